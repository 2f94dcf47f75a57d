"""Session 37 (actors30): where a name names a place or a thing, not an actor: places
listed after "countries including", a demonym before a military base where people shelter,
a state's name modifying a thing. Sentences are written for these tests."""

from __future__ import annotations

from spacy.language import Language

from prose_checks import actor_texts as _texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def test_places_listed_after_countries_including_are_places(actor_nlp: Language) -> None:
    text = "Farmers protested in Brussels and in several countries including Poland and Greece."
    found = _texts(actor_nlp, text)
    assert "Poland" not in found and "Greece" not in found


def test_countries_including_that_act_are_actors(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "Several countries including Poland and Greece opposed the deal.")
    assert "Poland" in found and "Greece" in found


def test_a_body_before_a_base_where_people_shelter_is_no_actor(actor_nlp: Language) -> None:
    text = "Hundreds of families took shelter at a Russian military base near the coast."
    assert not any("Russia" in t for t in _texts(actor_nlp, text))


def test_a_body_that_acts_is_still_an_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The Russian military said it had shot down two drones.")
    assert any("Russian military" in t for t in found)


def test_a_states_name_modifying_the_press_is_no_actor(actor_nlp: Language) -> None:
    text = "The candidate thanked her voters on the US social media platform X on Monday."
    assert "US" not in _texts(actor_nlp, text)


def test_a_states_name_before_officials_is_an_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "US officials said the talks would resume on Monday.")
    assert any(t.startswith("US") for t in found)
