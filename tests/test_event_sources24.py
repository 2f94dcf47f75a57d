"""Event sources read from how a phrase names its party (session 36, eventsrc24): a
state's word before "-backed", "-made", "-brokered" names the backer or maker of the thing,
not the thing's own state ("the Iran-backed militia" is not Iran); "the former French
colony" is not France. As the doer only: a charge against "X and their India-sponsored
allies" is aimed at the sponsor too. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
def test_a_backed_force_is_not_its_backer(pipeline: Any) -> None:
    text = "The Chile-backed militia fired rockets at Peru on Monday."
    found = _at(pipeline, text, "fired")
    assert found
    assert "CHL" not in countries(found[0].actor)


@pytest.mark.model
def test_a_sponsored_group_is_not_its_sponsor(pipeline: Any) -> None:
    text = "Police in Peru said Bolivian-sponsored rebels attacked a border post."
    found = _at(pipeline, text, "attacked")
    assert not found or "BOL" not in countries(found[0].actor)


@pytest.mark.model
def test_a_former_colony_is_not_its_ruler(pipeline: Any) -> None:
    text = "The former Portuguese colony expelled four Portuguese diplomats on Tuesday."
    found = _at(pipeline, text, "expelled")
    assert not found or "PRT" not in countries(found[0].actor)


@pytest.mark.model
def test_a_led_force_stays_its_leaders(pipeline: Any) -> None:
    text = "Chilean-led forces attacked rebel positions in Peru on Monday."
    found = _at(pipeline, text, "attacked")
    assert found
    assert "CHL" in countries(found[0].actor)


@pytest.mark.model
def test_a_sponsor_named_in_a_charge_is_charged(pipeline: Any) -> None:
    text = "Peru accused Bolivia and its Chile-backed allies of attacking a border post."
    found = _at(pipeline, text, "accused")
    assert found
    assert "CHL" in countries(found[0].recipient)
