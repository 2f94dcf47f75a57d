"""span_text is spaCy's Span.text."""

from __future__ import annotations

import pytest
import spacy

from sitroom.nlp import span_text
from sitroom.settings import Settings

pytestmark = pytest.mark.model

TEXTS = [
    "The minister said on Monday that talks with Russia would resume in Geneva.",
    "“We won't back down,” Ms. Kallas told reporters. NATO's chief agreed.",
    "Y'all gonna see. Prices rose 5% — the most since 2008!",
    "",
    " \n ",
]


def test_span_text_is_spacy_span_text(settings: Settings) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    texts = [*TEXTS, "Trailing spaces.  \n\nA new line  follows.\t", "x  "]
    for doc in nlp.pipe(texts):
        spans = [*doc.sents, *doc.ents, doc[:], doc[0:0]]
        spans += [doc[i:j] for i in range(len(doc)) for j in range(i, min(len(doc), i + 4) + 1)]
        for span in spans:
            assert span_text(span) == span.text
