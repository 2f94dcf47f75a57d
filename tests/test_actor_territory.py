"""Session 35 (actors21): a state's name or demonym naming land or what a country's people
hold, not the state acting (a share of the land, a place listed under a region, the end of
a journey, the home of a group not the state's own), where no other occurrence of the name
acts (demonyms: test_actor_demonyms.py); and a people's name used as a noun kept as an
actor. Sentences are written for these tests; the places are real, the events invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import actor_texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The militia now says it holds much of Sudan after the winter offensive.", "Sudan"),
        ("Its fighters are now aiming at controlling all of Hadhramawt.", "Hadhramawt"),
        ("The movement controls part of the south, including Aden.", "Aden"),
        ("The tanker was struck at dawn because it was headed to Israel, the rebels said.",
         "Israel"),
        ("The freighter sank after an attack by Yemen's Houthi rebels last week.", "Yemen"),
        ("Aid convoys were blocked by Sudan's paramilitary forces near the town.", "Sudan"),
    ],
)  # fmt: skip
def test_a_states_land_or_a_journeys_end_is_no_actor(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name not in actor_texts(actor_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yemen has been plagued by war and hunger for a decade.", "Yemen"),
        ("Before the verdict was read, Dhaka was placed under tight security.", "Dhaka"),
    ],
)  # fmt: skip
def test_a_land_that_something_befalls_is_no_actor(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name not in actor_texts(actor_nlp, text)


@pytest.mark.model
def test_a_state_placed_under_sanctions_stays_an_actor(actor_nlp: Language) -> None:
    found = actor_texts(actor_nlp, "Iran was placed under new sanctions by the council.")
    assert "Iran" in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The army holds much of Sudan. Sudan rejected the truce on Monday.", "Sudan"),
        ("Israel said the vessel was headed to Israel when it was seized.", "Israel"),
        ("Shops pulled Chinese goods. Chinese officials protested the decision.", "Chinese"),
    ],
)  # fmt: skip
def test_a_name_that_acts_elsewhere_keeps_its_actor_reading(
    actor_nlp: Language, text: str, name: str
) -> None:
    found = actor_texts(actor_nlp, text)
    assert sum(t == name or t.startswith(name + " ") for t in found) == 2, found


@pytest.mark.model
def test_a_states_own_force_after_its_possessive_names_the_state(actor_nlp: Language) -> None:
    found = actor_texts(actor_nlp, "The convoy was shelled by Sudan's army near the town.")
    assert any(t.startswith("Sudan") for t in found), found


@pytest.mark.model
def test_a_people_named_as_a_noun_is_an_actor(actor_nlp: Language) -> None:
    assert "Kurds" in actor_texts(actor_nlp, "The Kurds have long demanded more rights.")


@pytest.mark.model
def test_a_peoples_adjective_stays_no_actor(actor_nlp: Language) -> None:
    assert "Kurdish" not in actor_texts(actor_nlp, "The Kurdish fighters withdrew at night.")
