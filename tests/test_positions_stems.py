"""The stem the issue matcher compares words by (:mod:`sitroom.nlp.positions.stems`) and the
sense classes of the lexicon (:func:`sitroom.nlp.positions.meaning.sense`). Words chosen
for these tests."""

from __future__ import annotations

import pytest

from sitroom.nlp.positions.meaning import _words, sense
from sitroom.nlp.positions.stems import stem


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("sovereignty", "sovereign"),  # -ty
        ("neutrality", "neutral"),  # -ity, then the adjective's own ending
        ("security", "secure"),
        ("territorial", "territory"),  # -ial / -ory
        ("territories", "territorial"),
        ("industrial", "industry"),  # -ial / -ry
        ("recovery", "recover"),
        ("offensive", "offense"),  # -ive
        ("aggressive", "aggression"),
        ("withdrawal", "withdrawing"),  # the verb and its nominalisation, as before
        ("cession", "cede"),
    ],
)
def test_derivations_share_a_stem(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(("one", "other"), [("story", "store"), ("every", "ever")])
def test_short_words_keep_their_ending(one: str, other: str) -> None:
    assert stem(one) != stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("buy", "annex"), ("seizure", "annexation"), ("takeover", "annex"), ("halt", "suspend")],
)
def test_close_synonyms_are_one_sense(one: str, other: str) -> None:
    assert sense(one) == sense(other)


def test_a_short_word_of_a_sense_class_is_content() -> None:
    # "buy" is shorter than a content word, but names the same act as "annex"
    assert "buy" in _words("the state wants to buy the island")
    assert "the" not in _words("the state wants to buy the island")
