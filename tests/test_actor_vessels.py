"""Ships named in the prose are things, not actors (:mod:`sitroom.nlp.actors.vessels`).
Sentences are written for these tests; the people and ships are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.nlp import actors  # noqa: F401  (registers the component)


@pytest.mark.model
def test_a_womans_surname_after_ms_is_a_person_not_a_ship(actor_nlp: Language) -> None:
    text = (
        "US deputy envoy Mary Loring told the council the militia was to blame. "
        "\u201cThe militia blocks the aid convoys,\u201d Ms Loring said."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Loring"]
    assert found and found[0].type == "PERSON" and found[0].role == "US deputy envoy"


@pytest.mark.model
def test_a_ships_prefix_in_capitals_still_makes_a_vessel(actor_nlp: Language) -> None:
    text = "The MS Ocean Wren was boarded by the coast guard off the island on Friday."
    assert "Ocean Wren" not in [m.text for m in _mentions(actor_nlp, text)]
