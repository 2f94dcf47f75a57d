"""Event senses and modality of round 10 (eventtypes18): measures a state says it will
take, labels pinned by naming verbs, closures aimed at another state and pacts ended.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-05-01"
pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str, anchor: str) -> list[tuple[str, bool]]:
    return [
        (e.type, e.hypothetical)
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text == anchor
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "coded"),
    [
        (
            "Peru will recall its ambassador from Bolivia, the foreign ministry said.",
            "recall",
            [("SANCTION", True)],
        ),
        (
            "Spain will expel two Moroccan diplomats in response, the ministry said.",
            "expel",
            [("SANCTION", True)],
        ),
        (
            "Spain will expel Moroccan diplomats if the attacks continue, the minister said.",
            "expel",
            [("THREATEN", False)],
        ),
        (
            "Spain would expel Moroccan diplomats, the minister warned on Monday.",
            "expel",
            [("THREATEN", False)],
        ),
    ],
)
def test_a_measure_announced_is_the_measure_to_come_a_conditional_one_a_threat(
    pipeline: Any, text: str, anchor: str, coded: list[tuple[str, bool]]
) -> None:
    assert _coded(pipeline, text, anchor) == coded


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("The Venezuelan government labeled Ali a dangerous liar.", "labeled", ["ACCUSE"]),
        ("The ministry branded the court's ruling a political stunt.", "branded", ["ACCUSE"]),
        ("The mayor described the court's decision as a political attack.", "attack", []),
        ("The minister described Brazil as a key partner.", "described", []),
    ],
)
def test_labeling_or_branding_accuses_a_label_names_no_act_of_its_own(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert [t for t, _ in _coded(pipeline, text, anchor)] == types


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("Latvia closed its border with Belarus on Friday.", "closed", ["SANCTION"]),
        ("Kosovo police closed the Serbian post offices in the north.", "closed", ["SANCTION"]),
        ("Iran arrested a British citizen in Tehran.", "arrested", ["COERCE"]),
        ("Chad ended its defence cooperation pact with France.", "ended", ["SANCTION"]),
        ("Chad terminated the defence accord with France.", "terminated", ["SANCTION"]),
        ("Mali suspended its military agreement with Russia.", "agreement", []),
        ("The two sides ended the war in 2003.", "ended", ["RETREAT"]),
    ],
)
def test_closures_on_another_state_and_ended_pacts_are_sanctions(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert [t for t, _ in _coded(pipeline, text, anchor)] == types
