"""Event sources no sentence names (session 37, eventsrc30): drills, a deployment or
strikes told without a doer right after a party's show of force or attack are that
party's (one campaign), unless an active subject tells who acted. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
def test_drills_after_a_partys_strikes_are_its_own(pipeline: Any) -> None:
    text = (
        "Chile fired rockets toward Peru on Tuesday. "
        "The drills involve live-firing in five zones near the coast."
    )
    found = _at(pipeline, text, "drills")
    assert found and countries(found[0].actor) == {"CHL"}
    assert "source_inferred" in found[0].context


@pytest.mark.model
def test_strikes_after_a_partys_deployment_are_its_own(pipeline: Any) -> None:
    text = (
        "Chile deployed warships to the Pacific coast last month. "
        "Deadly strikes on fishing boats followed, killing twelve people."
    )
    found = _at(pipeline, text, "strikes")
    assert found and countries(found[0].actor) == {"CHL"}


@pytest.mark.model
def test_a_campaign_act_far_back_gives_no_doer(pipeline: Any) -> None:
    text = (
        "Chile fired rockets toward Peru on Tuesday. Markets fell sharply in Lima. "
        "Schools closed across the south. The drills involve live-firing near the coast."
    )
    found = _at(pipeline, text, "drills")
    assert found and not found[0].actor


@pytest.mark.model
def test_welcoming_a_resolution_answers_the_body_that_adopted_it(pipeline: Any) -> None:
    text = (
        "The Arab League endorsed a resolution on Peru's fisheries on Monday. "
        "Chile's foreign minister hailed the resolution as a fair outcome."
    )
    found = _at(pipeline, text, "hailed")
    assert found and found[0].type == "SUPPORT"
    assert any("Arab League" in (r.canonical or r.text) for r in found[0].recipient)


@pytest.mark.model
def test_welcoming_a_plan_answers_no_earlier_approver(pipeline: Any) -> None:
    text = (
        "The Arab League endorsed a resolution on Peru's fisheries on Monday. "
        "Chile's foreign minister hailed the plan as a fair outcome."
    )
    found = _at(pipeline, text, "hailed")
    assert found and not any("Arab League" in (r.canonical or r.text) for r in found[0].recipient)
