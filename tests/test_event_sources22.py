"""Event sources the syntax used to lose (session 35, eventsrc22): the doer of an act an
intent noun names, when the noun has no owner and is the object of the verb that holds it
("announced plans to summon", "expressed readiness to meet"). Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
def test_announced_plans_name_their_doer(pipeline: Any) -> None:
    found = _at(pipeline, "Norway has announced plans to summon the Chilean ambassador.", "summon")
    assert found
    assert "NOR" in countries(found[0].actor)


@pytest.mark.model
def test_a_rejected_plan_is_not_the_rejecters_act(pipeline: Any) -> None:
    found = _at(pipeline, "Chile rejected a plan to expel the Peruvian envoy.", "expel")
    assert not found or "CHL" not in countries(found[0].actor)


@pytest.mark.model
def test_an_act_under_announced_plans_lies_ahead(pipeline: Any) -> None:
    found = _at(pipeline, "Norway has announced plans to summon the Chilean ambassador.", "summon")
    assert found and found[0].hypothetical


@pytest.mark.model
def test_fighting_between_two_sides_as_a_subject(pipeline: Any) -> None:
    text = "Fighting between Bolivian troops and Peruvian soldiers broke out on Monday."
    found = _at(pipeline, text, "Fighting")
    assert found
    assert {"BOL", "PER"} <= countries(found[0].actor)


@pytest.mark.model
def test_the_signer_of_an_agreement_agrees(pipeline: Any) -> None:
    text = "On Friday, Ecuador signed an agreement with Peru on fishing rights."
    found = _at(pipeline, text, "agreement")
    assert found
    assert "ECU" in countries(found[0].actor)


@pytest.mark.model
def test_its_office_abroad_stays_its_own(pipeline: Any) -> None:
    text = (
        "Bolivia summoned the Chilean envoy, and its embassy in Santiago has filed a formal "
        "complaint with Chile."
    )
    found = _at(pipeline, text, "complaint")
    assert found
    assert countries(found[0].actor) == {"BOL"}


@pytest.mark.model
def test_allies_listed_in_apposition_act(pipeline: Any) -> None:
    text = "Peru and its allies Chile and Bolivia will recall their ambassadors from Ecuador."
    found = _at(pipeline, text, "recall")
    assert found
    assert {"PER", "CHL", "BOL"} <= countries(found[0].actor)


@pytest.mark.model
def test_its_after_according_to_is_the_source_named(pipeline: Any) -> None:
    text = (
        "Peruvian troops crossed the border on Monday. According to Chile, its soldiers "
        "attacked the Peruvian troops near the river."
    )
    found = _at(pipeline, text, "attacked")
    assert found
    assert countries(found[0].actor) == {"CHL"}
