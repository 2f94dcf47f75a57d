"""Event senses of session 32, round 5: measures ordered ("ordered the expulsion of X"),
envoys declared persona non grata or told to leave, voiced opposition and rebuttals
(REJECT), and acts named only as what stirs a reaction (topics).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.anchor.text, e.type, e.mode) for e in events_of(pipeline, PUBLISHED, text)]


def test_an_ordered_expulsion_is_the_orderers_expulsion(pipeline: Any) -> None:
    text = "Kenya ordered the expulsion of five Ugandan diplomats on Monday."
    events = events_of(pipeline, PUBLISHED, text)
    assert [(e.anchor.text, e.type) for e in events] == [("expulsion", "SANCTION")]
    assert countries(events[0].actor) == {"KEN"}
    assert countries(events[0].recipient) == {"UGA"}


def test_an_order_of_no_measure_stays_the_verbs_event(pipeline: Any) -> None:
    coded = _coded(pipeline, "The court ordered the arrest of the former minister.")
    assert ("ordered", "COERCE", "arrest") in coded


@pytest.mark.parametrize(
    "text",
    [
        "Kenya declared the Ugandan ambassador persona non grata.",
        "The Ugandan envoy, who was declared persona non grata last week, left on Sunday.",
    ],
)
def test_persona_non_grata_is_an_expulsion(pipeline: Any, text: str) -> None:
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "SANCTION"]
    assert [(e.anchor.text, e.mode) for e in events] == [("declared", "expel")]
    assert countries(events[0].recipient) == {"UGA"}


def test_a_declaration_that_reports_a_clause_is_no_expulsion(pipeline: Any) -> None:
    text = "Kenya declared that the Ugandan ambassador was welcome to stay."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "SANCTION"]


def test_envoys_told_to_leave_are_expelled(pipeline: Any) -> None:
    text = "Kenya told five Ugandan diplomats to leave the country within 48 hours."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "told"]
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert countries(events[0].recipient) == {"UGA"}


def test_residents_told_to_leave_are_not_expelled(pipeline: Any) -> None:
    text = "The army told residents of the village to leave before the storm."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Kenya reiterated its opposition to the peacekeeping plan.", "reiterated"),
        ("Uganda expressed its strong opposition to the new levy.", "expressed"),
        ("Uganda countered that the accusations were baseless.", "countered"),
        ("The Ugandan minister countered these claims at a briefing.", "countered"),
    ],
)
def test_voiced_opposition_and_rebuttals_are_rejections(
    pipeline: Any, text: str, anchor: str
) -> None:
    assert [t for a, t, _ in _coded(pipeline, text) if a == anchor] == ["REJECT"]


def test_criticism_stays_an_accusation(pipeline: Any) -> None:
    text = "Kenya expressed its anger at the Ugandan raids."
    assert "REJECT" not in [t for _, t, _ in _coded(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The attacks have sparked concern among neighbouring states.", True),
        ("The clashes raised fears of a wider war.", True),
        ("The attacks killed five soldiers near the border.", False),
    ],
)
def test_an_act_that_stirs_a_reaction_is_a_topic(pipeline: Any, text: str, topic: bool) -> None:
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert events
    assert ("topic" in events[0].context) is topic


def test_opposition_to_nothing_named_stays_a_disapproval(pipeline: Any) -> None:
    text = "Two Kenyan ministers have expressed staunch opposition, vowing to resign."
    assert [t for a, t, _ in _coded(pipeline, text) if a == "expressed"] == ["ACCUSE"]
