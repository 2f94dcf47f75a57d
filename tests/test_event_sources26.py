"""Event parties named by their part in the story (session 36, eventsrc26): "the visiting
president" is the guest of a visit, of the country of the latest person named before it
who is not the host (the subject of the clause); "its consulate" in the object of an act
noun belongs to the clause's subject, and the place a state's premises stand in does not
own them. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
def test_the_visiting_president_is_the_guests_state(pipeline: Any) -> None:
    text = (
        "Chilean President Gabriel Boric gave a speech in Lima on Sunday. "
        "Peru's foreign minister condemned the visiting president on Monday."
    )
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].recipient) == {"CHL"}


@pytest.mark.model
def test_the_visiting_leader_as_subject_is_the_latest_person(pipeline: Any) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva arrived in Hanoi on Monday. "
        "The visiting president criticized Israel on Tuesday."
    )
    found = _at(pipeline, text, "criticized")
    assert found
    assert countries(found[0].actor) == {"BRA"}


@pytest.mark.model
def test_a_plain_president_is_not_a_guest(pipeline: Any) -> None:
    text = (
        "Chilean President Gabriel Boric gave a speech in Lima on Sunday. "
        "Peru's foreign minister condemned the new president on Monday."
    )
    found = _at(pipeline, text, "condemned")
    assert not found or "CHL" not in countries(found[0].recipient)


@pytest.mark.model
def test_its_premises_in_an_act_belong_to_the_clause_subject(pipeline: Any) -> None:
    text = "Chile warned it would respond to a Peruvian raid on its Bolivia consulate."
    found = _at(pipeline, text, "raid")
    assert found
    assert countries(found[0].actor) == {"PER"}
    assert countries(found[0].recipient) == {"CHL"}


@pytest.mark.model
def test_its_premises_under_a_subject_act_noun(pipeline: Any) -> None:
    text = "Chile said a Peruvian attack on its embassy wounded two guards."
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert found
    assert all("PER" not in countries(e.recipient) for e in found)
    assert any("CHL" in countries(e.recipient) for e in found)


@pytest.mark.model
def test_its_own_troops_stay_the_doers(pipeline: Any) -> None:
    text = "Chile said a Peruvian raid on its own troops was an accident."
    found = _at(pipeline, text, "raid")
    assert not found or "CHL" not in countries(found[0].recipient)
