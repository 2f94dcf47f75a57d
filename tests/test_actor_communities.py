"""Session 34 (actors20): a community's name the KB does not know, heading its own noun
phrase, is the people acting (a group actor), not a demonym describing a thing.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.nonactors import names_a_people


def _texts(nlp: Language, text: str) -> list[Any]:
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m.text for m in doc._.mentions if (m.start, m.end) not in where]


def _doc(words: list[str], tags: list[str], deps: list[str], heads: list[int]) -> Doc:
    pos = ["PROPN" if t.startswith("NNP") else "X" for t in tags]
    return Doc(Language().vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_a_community_heading_its_phrase_names_the_people() -> None:
    # "the Zarani marched": the name heads the subject
    doc = _doc(
        ["the", "Zarani", "marched"], ["DT", "NNP", "VBD"], ["det", "nsubj", "ROOT"], [1, 2, 2]
    )
    assert names_a_people(doc[1:2])
    # "thousands of Zarani": the object of "of"
    doc = _doc(
        ["thousands", "of", "Zarani"], ["NNS", "IN", "NNP"], ["ROOT", "prep", "pobj"], [0, 0, 1]
    )
    assert names_a_people(doc[2:3])
    # "Zarani villages": a word describing a thing
    doc = _doc(
        ["Zarani", "villages", "burned"],
        ["NNP", "NNS", "VBD"],
        ["compound", "nsubj", "ROOT"],
        [1, 2, 2],
    )
    assert not names_a_people(doc[0:1])
    # "a Zarani, he ...": one person described
    doc = _doc(["a", "Zarani", "spoke"], ["DT", "NNP", "VBD"], ["det", "nsubj", "ROOT"], [1, 2, 2])
    assert not names_a_people(doc[1:2])


def test_a_community_acting_is_an_actor(actor_nlp: Language) -> None:
    text = "Thousands of Rohingya fled across the border, and the Rohingya say they are afraid."
    assert _texts(actor_nlp, text).count("Rohingya") == 2


def test_a_number_opening_a_sentence_counts_the_noun_after_the_name(actor_nlp: Language) -> None:
    assert "Three Board" not in _texts(actor_nlp, "Three Board members voted against it.")
    # a name's own number stays in the name
    assert any("Five Eyes" in t for t in _texts(actor_nlp, "Five Eyes partners shared it."))
