"""Event senses seen in unseen reports of session 32 (a coup, an arrest on a court's
warrant): intensifying verbs, "take charge", surrendering a person. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str, anchor: str) -> list[str]:
    return [e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("The vote came as the leader sought to stay, deepening the crisis.", "deepening", []),
        ("Protests erupted on Monday amid escalating turmoil.", "escalating", []),
        ("Kenya and Ghana agreed to deepen ties in trade and defence.", "deepen", ["COOPERATE"]),
    ],
)
def test_intensifying_is_cooperation_only_of_a_tie(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert _types(pipeline, text, anchor) == types


@pytest.mark.parametrize(
    "text",
    [
        "The colonel said the army had taken charge of the island nation.",
        "The minister in charge of defence visited the base on Monday.",
    ],
)
def test_charge_held_is_control_not_an_allegation(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text, "charge") == []


def test_a_legal_charge_stays_an_accusation(pipeline: Any) -> None:
    text = "Prosecutors in Nairobi brought a charge of fraud against the former governor."
    assert _types(pipeline, text, "charge") == ["ACCUSE"]


def test_he_continues_the_person_subject_not_the_last_person_named(pipeline: Any) -> None:
    text = (
        "The president fled the island on Sunday. According to radio reports, President "
        "Andry Rajoelina left under an arrangement with French President Emmanuel Macron. "
        "He later confirmed his departure."
    )
    [left] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "departure"]
    assert [a.actor_id for a in left.actor] == ["andry-rajoelina"]


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        (
            "Voters went to the polls on Sunday. Mendez defeated former president Luis Ortega, "
            "who garnered 45 percent, the electoral tribunal said.",
            "defeated",
            [],
        ),
        ("The new president, Ana Mendez, will be sworn in on November 8.", "sworn", []),
        ("The results released by the tribunal showed a clear lead.", "released", []),
        ("The rebels released 12 hostages on Friday.", "released", ["RETREAT"]),
    ],
)
def test_election_and_publishing_senses(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert _types(pipeline, text, anchor) == types
