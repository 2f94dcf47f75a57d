"""A packed parse holds what ``Doc.to_bytes`` holds (without tensor and user data)."""

from __future__ import annotations

import zlib

import numpy
import pytest
import spacy
import srsly
from spacy.tokens import Doc, Span

from sitroom.nlp import span_text
from sitroom.nlp.positions.rescore import english_vocab, pack, unpack
from sitroom.settings import Settings

pytestmark = pytest.mark.model

TEXTS = [
    "The minister said on Monday that talks with Russia would resume in Geneva.",
    "“We won't back down,” Ms. Kallas told reporters. NATO's chief agreed.",
    "Y'all gonna see. Prices rose 5% — the most since 2008!",
    "",
    " \n ",
]


def _content(data: bytes) -> dict[str, object]:
    msg = srsly.msgpack_loads(zlib.decompress(data) if data[:1] == b"x" else data)
    msg["strings"] = sorted(msg["strings"])
    return {k: v.tolist() if isinstance(v, numpy.ndarray) else v for k, v in msg.items()}


def test_pack_holds_what_to_bytes_holds(settings: Settings) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    docs = list(nlp.pipe(TEXTS))
    docs.append(Doc(nlp.vocab, words=["a", "b"], spaces=[True, False]))  # not parsed
    with_spans = nlp(TEXTS[0])
    with_spans.spans["people"] = [Span(with_spans, 0, 2, label="ROLE", kb_id="Q1", span_id="x")]
    docs.append(with_spans)
    for doc in docs:
        expected = doc.to_bytes(exclude=["tensor", "user_data"])
        assert _content(pack(doc)) == _content(expected)
        again = unpack(pack(doc), english_vocab())
        assert [(t.text, t.lemma_, t.tag_, t.dep_, str(t.morph), t.ent_type_) for t in again] == [
            (t.text, t.lemma_, t.tag_, t.dep_, str(t.morph), t.ent_type_) for t in doc
        ]


def test_span_text_is_spacy_span_text(settings: Settings) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    texts = [*TEXTS, "Trailing spaces.  \n\nA new line  follows.\t", "x  "]
    for doc in nlp.pipe(texts):
        spans = [*doc.sents, *doc.ents, doc[:], doc[0:0]]
        spans += [doc[i:j] for i in range(len(doc)) for j in range(i, min(len(doc), i + 4) + 1)]
        for span in spans:
            assert span_text(span) == span.text
