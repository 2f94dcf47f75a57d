"""Claims and findings of a wrong coded as ACCUSE (events/findings.py, eventtypes19).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-05-01"
pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str, anchor: str) -> list[str]:
    return [e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.parametrize(
    ("text", "anchor", "coded"),
    [
        (
            "Chile argued that Peru's blockade violates the treaty of 1929.",
            "argued",
            ["ACCUSE"],
        ),
        ("Chile alleged that Peru is not complying with the accord.", "alleged", ["ACCUSE"]),
        ("Ghana claimed that Togo had attacked its border posts.", "claimed", ["ACCUSE"]),
        # a neutral content accuses no one: the reporting verb stays transparent
        ("Chile argued that Peru is meeting its obligations.", "argued", []),
        # a wrong told in a clause of its own inside the content is not the one claimed
        (
            "Chile claimed that Chilean troops won the battle after the rebels attacked them.",
            "claimed",
            [],
        ),
        ("Chile argued that Peru should join the talks.", "argued", []),
        # not claimed: no assertion
        ("Chile did not claim that Peru violated the treaty.", "claim", []),
    ],
)
def test_claimed_wrong_accuses(pipeline: Any, text: str, anchor: str, coded: list[str]) -> None:
    assert _types(pipeline, text, anchor) == coded


def test_claim_accuses_the_doer(pipeline: Any) -> None:
    text = "Chile argued that Peru's blockade violates the treaty of 1929."
    (event,) = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "argued"]
    assert [r.country for r in event.recipient] == ["PER"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The boycott followed Chile's claims that Peru had violated the treaty.", ["ACCUSE"]),
        ("Chile rejected Peru's claim that Chilean troops had violated the border.", []),
        ("Chile's claim that the talks would resume was welcomed.", []),
    ],
)
def test_claim_noun_of_a_wrong(pipeline: Any, text: str, coded: list[str]) -> None:
    found = [
        e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text.startswith("claim")
    ]
    assert found == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Lima described the Chilean decision to close the port as an insult.", ["ACCUSE"]),
        ("The spokesman described the ship's seizure as an act of piracy by Iran.", ["ACCUSE"]),
        ("He described the court's decision as a political attack on his party.", ["ACCUSE"]),
        # an attack label on an incident of force classifies it; praise names no wrong
        ("Police described the incident as a terror attack.", []),
        ("Turkey described Brazil as a key partner.", []),
    ],
)
def test_wrong_label_accuses(pipeline: Any, text: str, coded: list[str]) -> None:
    found = [
        e.type
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text == "described" and e.type == "ACCUSE"
    ]
    assert found == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a claim to a thing (land, a title) says nothing against anyone
        ("Chile claims the three islets as its own territory.", []),
        ("Peru claims several reefs that lie within the zone of Chile.", []),
        # an accusation is told in a clause
        ("Chile claimed that Peru had attacked its border posts.", ["ACCUSE"]),
    ],
)
def test_claim_to_a_thing_accuses_no_one(pipeline: Any, text: str, coded: list[str]) -> None:
    types = [
        e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text.startswith("claim")
    ]
    assert types == coded
