"""The fast attribute ruler sets exactly what spaCy's AttributeRuler sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from sitroom.run.scale.attributes import FastAttributeRuler
from sitroom.settings import Settings

pytestmark = pytest.mark.model


def test_the_fast_ruler_gives_the_same_tokens(settings: Settings, examples: Path) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(ruler)
    assert len(fast.matcher) < len(ruler.patterns) // 2  # most rules are looked up
    assert fast.sequences  # and the rules of several tokens are tests in a row
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))[:8]]
    texts.append("Y'all gonna let's go, ain't nothin' there. It is what it isn't; I'd say so.")
    # every rule of several tokens, in several spellings and cases, at a text's edges too
    texts += [
        "C'mon, y' all, there's gotta be more. THERE ARE GOTTA BE. Gonna",
        "There were ya all, let's see; we gon na win, they ain't, it AIN'T, ainnt.",
        "Nuthin' is wrong; nothin' was, y all were there, c'm on.",
        "Y'",
    ]
    parsed = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in parsed:
        slow_doc, fast_doc = ruler(doc.copy()), fast(doc.copy())
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in fast_doc] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in slow_doc
        ]
    assert any(t.pos_ == "AUX" for doc in parsed for t in fast(doc.copy()))
