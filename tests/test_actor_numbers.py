"""Session 34 (actors20): a capitalised number word opening a sentence that counts the
noun after a name is no part of the name. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)


def _texts(nlp: Language, text: str) -> list[Any]:
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m.text for m in doc._.mentions if (m.start, m.end) not in where]


def test_a_number_opening_a_sentence_counts_the_noun_after_the_name(actor_nlp: Language) -> None:
    assert "Three Board" not in _texts(actor_nlp, "Three Board members voted against it.")
    # a name's own number stays in the name
    assert any("Five Eyes" in t for t in _texts(actor_nlp, "Five Eyes partners shared it."))
