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
