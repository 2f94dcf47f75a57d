"""Reads of a Doc kept once per Doc (``sitroom.nlp``): the entities a component holds fixed
give what spaCy's ``doc.ents`` and ``span.ents`` give, and are dropped after it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import sitroom.nlp
from sitroom.nlp import doc_ents, hold_ents, release_ents, sent_ents

WORDS = "Ana Lopez met the Foo Bar Group in Lima . Then Bob Ray left for New York City today ."


def _doc() -> Doc:
    words = WORDS.split()
    starts = [1 if i in (0, 10) else 0 for i in range(len(words))]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O",
            "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O"]  # fmt: skip
    return Doc(Vocab(), words=words, sent_starts=starts, ents=ents)


def _key(spans: object) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]  # type: ignore[attr-defined]


@pytest.mark.parametrize("held", [False, True])
def test_sent_ents_are_spacys_span_ents(held: bool) -> None:
    doc = _doc()
    if held:
        hold_ents(doc)
    assert _key(doc_ents(doc)) == _key(doc.ents)
    # every span, including those that cut an entity at either end
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i, len(doc) + 1)]
    for span in [*doc.sents, *spans]:
        assert _key(sent_ents(span)) == _key(span.ents), (span.start, span.end)


def test_held_ents_stay_until_released() -> None:
    doc = _doc()
    hold_ents(doc)
    before = _key(doc.ents)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert _key(doc_ents(doc)) == before  # held: a component that holds them sets none
    release_ents(doc)
    assert _key(doc_ents(doc)) == [(0, 1, "PERSON")]
    release_ents(doc)  # releasing twice is harmless


@pytest.mark.model
def test_actor_component_releases_the_entities(actor_nlp: Language) -> None:
    doc = actor_nlp("Foreign Minister Ana Lopez of Peru met Chile's envoy in Lima on Monday.")
    assert doc._.mentions
    assert sitroom.nlp._ENTS not in doc.user_data  # nothing held (nor stored) after it
