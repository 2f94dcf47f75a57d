"""Event senses of round 14 (events22): police force coded as PLOVER 2.0 codes it (an
arrest is COERCE, crowd-control weapons ASSAULT), a label accuses the doer it names, and
commitments (rule E1 of eval/real/GUIDELINES.md). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-05-01"


def _coded(pipeline: Any, text: str, anchor: str) -> list[tuple[str, bool]]:
    return [
        (e.type, bool(e.hypothetical))
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text == anchor
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("Kenyan police arrested dozens of demonstrators in Nairobi.", "arrested", ["COERCE"]),
        ("Kenyan police detained a protester and a journalist.", "detained", ["COERCE"]),
        ("Kenyan police broke up demonstrations in the capital.", "broke", ["COERCE"]),
        ("Kenyan police used tear gas against the protesters.", "used", ["ASSAULT"]),
    ],
)
def test_arrests_of_protesters_coerce_and_crowd_control_weapons_assault(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert [t for t, _ in _coded(pipeline, text, anchor)] == types


@pytest.mark.model
def test_a_label_accuses_the_doer_it_names_not_the_label_itself(pipeline: Any) -> None:
    text = "The Iranian foreign ministry termed it a cowardly assault by Israel."
    accusations = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ACCUSE"]
    assert accusations
    assert countries(accusations[0].recipient) == {"ISR"}
    assert all("assault" not in r.text for r in accusations[0].recipient)


@pytest.mark.model
def test_a_commitment_to_a_concession_concedes(pipeline: Any) -> None:
    text = "Chile pledged to lift the tariffs on Peruvian goods."
    assert _coded(pipeline, text, "pledged") == [("CONCEDE", False)]
    text = "Chile agreed to lift the tariffs on Peruvian goods."  # PLOVER's own AGREE
    assert _coded(pipeline, text, "agreed") == [("AGREE", False)]


@pytest.mark.model
def test_a_commitment_to_meet_stays_an_agreement(pipeline: Any) -> None:
    text = "Chile agreed to hold follow-up meetings with Peru."
    assert _coded(pipeline, text, "agreed") == [("AGREE", False)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("Kenya said it will work with Ethiopia on the dam.", "work", [("AGREE", False)]),
        ("Kenya worked with Ethiopia on the dam last year.", "worked", [("COOPERATE", False)]),
    ],
)
def test_working_with_another_party_cooperates_and_promising_to_agrees(
    pipeline: Any, text: str, anchor: str, types: list[tuple[str, bool]]
) -> None:
    assert _coded(pipeline, text, anchor) == types


@pytest.mark.model
def test_denying_press_reports_rejects_no_party(pipeline: Any) -> None:
    text = "The Kenyan government denied reports that its troops had entered Somalia."
    assert _coded(pipeline, text, "denied") == []
