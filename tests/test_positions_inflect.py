"""A catalog phrase's plain words match their regular inflections (words made up here)."""

from __future__ import annotations

import pytest

from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.inflect import forms, inflectable, prefix
from sitroom.nlp.positions.phrases import compile_phrase
from sitroom.nlp.positions.prefilter import TextProbe, phrase_tests


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("take", "taking"),
        ("take", "takes"),
        ("reject", "rejected"),
        ("ban", "banned"),
        ("ban", "banning"),
        ("deny", "denied"),
        ("agree", "agreeing"),
        ("tax", "taxes"),
    ],
)
def test_regular_forms(word: str, form: str) -> None:
    assert form in forms(word)
    assert form.startswith(prefix(word))


@pytest.mark.parametrize("word", ["over", "the", "arms", "disarming", "rejected", "Greenland"])
def test_particles_names_and_inflected_words_stay_as_written(word: str) -> None:
    assert not inflectable(word)
    assert forms(word) == (word,)


def test_a_phrase_matches_the_inflected_verb_but_not_a_longer_word() -> None:
    (part,) = compile_phrase("take over ... island")
    assert part.search("He spoke of taking over the island.")
    assert part.search("Nobody takes over an island.")
    assert not part.search("The takeover of the island.")
    (part,) = compile_phrase("(ban|cap) ... imports")
    assert part.search("The bloc banned most imports.")
    assert not part.search("The bloc's bandwidth for imports.")


CATALOG = """
name: islands
description: An island's future.
issues:
  island_purchase:
    claim: The island should be bought by the republic.
    keywords:
      - (buy|take over) ... island
"""


def test_the_prefilter_lets_inflected_forms_through() -> None:
    catalog = parse_catalog(CATALOG, "test")
    text = "The president repeated that the republic is buying the island."
    assert catalog.find(text)
    for anchors, needs, opens in phrase_tests("(buy|take over) ... island"):
        probe = TextProbe(text)
        assert probe.holds(compile_phrase("(buy|take over) ... island")[0], anchors, needs, opens)
