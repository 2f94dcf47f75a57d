"""Event senses and modality seen in unseen reports of session 32, round 4: orders to
leave a country, orders to one's own forces, acts that raise a state ("intensified
tensions"), verbs of harm that harm no one, summonses still to come.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str, anchor: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.mode) for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor
    ]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "Kenya ordered five Ugandan diplomats to leave the country within 72 hours.",
            [("SANCTION", "expel")],
        ),
        (
            "The ministry ordered three foreign journalists to leave the country.",
            [("COERCE", "deport")],
        ),
        ("Kenya ordered Uganda to withdraw its troops from the border.", [("REQUEST", "yield")]),
    ],
)
def test_an_order_to_leave_is_an_expulsion(
    pipeline: Any, text: str, coded: list[tuple[str, str | None]]
) -> None:
    assert _coded(pipeline, text, "ordered") == coded


def test_an_order_to_ones_own_army_is_no_request(pipeline: Any) -> None:
    text = "Ghana's president ordered the army to help police restore order in the capital."
    assert _coded(pipeline, text, "ordered") == []


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        (
            "The remarks by the envoy intensified tensions between the two neighbours.",
            "intensified",
            [],
        ),
        (
            "The comments heightened fears of a wider war between Kenya and Uganda.",
            "heightened",
            [],
        ),
    ],
)
def test_a_state_raised_is_no_act(pipeline: Any, text: str, anchor: str, types: list[str]) -> None:
    assert [t for t, _ in _coded(pipeline, text, anchor)] == types


def test_a_summons_to_come_is_a_consultation_not_yet_held(pipeline: Any) -> None:
    text = "Ghana will summon the Nigerian envoy on Tuesday, the ministry said."
    [summons] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "summon"]
    assert (summons.type, summons.hypothetical) == ("CONSULT", True)


def test_a_meeting_to_come_stays_a_commitment(pipeline: Any) -> None:
    text = "Kenya will meet Ugandan officials on Tuesday, the ministry said."
    assert [t for t, _ in _coded(pipeline, text, "meet")] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The president fired his defence minister on Tuesday.", "fired"),
        ("The campaign targeted young voters in the north.", "targeted"),
        ("The drought struck the north hard this year.", "struck"),
        ("Kenya beat Nigeria 2-0 in the final in Nairobi.", "beat"),
    ],
)
def test_a_verb_of_harm_that_harms_no_one(pipeline: Any, text: str, anchor: str) -> None:
    assert _coded(pipeline, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Ugandan troops struck rebel positions near the border.", "struck"),
        ("Kenyan jets targeted rebel camps in the north.", "targeted"),
        ("The army fired on the crowd in Kampala.", "fired"),
    ],
)
def test_a_verb_of_harm_that_harms_stays_an_assault(pipeline: Any, text: str, anchor: str) -> None:
    assert [t for t, _ in _coded(pipeline, text, anchor)] == ["ASSAULT"]


def test_an_act_failed_did_not_happen(pipeline: Any) -> None:
    text = "Kenya failed to reach a deal with Uganda on Monday."
    [deal] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "reach"]
    assert deal.negated


def test_an_act_weighed_is_not_yet_done(pipeline: Any) -> None:
    text = "Uganda is considering expelling Kenyan diplomats."
    [expel] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "expelling"]
    assert expel.hypothetical


def test_a_postponed_meeting_did_not_take_place(pipeline: Any) -> None:
    text = "The talks between Kenya and Uganda were postponed."
    [talks] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "talks"]
    assert talks.negated


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The ship was headed to Kenya when it was stopped.", "headed"),
        ("A Kenyan official travelling with the president confirmed the deal.", "travelling"),
        ("The army remains capable of defeating the rebels, the general said.", "remains"),
        ("The rebels are reinforcing their administration in the north.", "reinforcing"),
    ],
)
def test_a_motion_or_a_state_is_no_act(pipeline: Any, text: str, anchor: str) -> None:
    assert _coded(pipeline, text, anchor) == []


def test_reinforcing_positions_stays_a_mobilisation(pipeline: Any) -> None:
    text = "Ugandan troops reinforced their positions near the border."
    assert [t for t, _ in _coded(pipeline, text, "reinforced")] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya reiterated its right to strike militants in Somalia.",
        "Uganda has the ability to strike any target in Kenya.",
    ],
)
def test_a_right_to_act_is_no_act_done(pipeline: Any, text: str) -> None:
    [strike] = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "strike"]
    assert strike.hypothetical


def test_seizing_control_of_a_named_town_is_an_assault(pipeline: Any) -> None:
    text = "On Sunday, the rebels announced that they had seized control of El Fasher."
    assert [t for t, _ in _coded(pipeline, text, "seized")] == ["ASSAULT"]


def test_seizing_control_of_a_ship_stays_a_seizure(pipeline: Any) -> None:
    text = "Houthi fighters seized control of the tanker off the coast."
    assert _coded(pipeline, text, "seized") == [("COERCE", "seize")]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            'Calling them "cowardly attacks at five locations" by an enemy, he vowed revenge.',
            "attacks",
        ),
        ("Uganda described the raids as an invasion of its territory.", "invasion"),
    ],
)
def test_an_event_noun_that_labels_an_act_is_no_event(
    pipeline: Any, text: str, anchor: str
) -> None:
    assert _coded(pipeline, text, anchor) == []


def test_what_a_party_calls_its_own_act_stays_the_act(pipeline: Any) -> None:
    text = "Kenya launched what it called retaliatory strikes against Uganda."
    assert [t for t, _ in _coded(pipeline, text, "strikes")] == ["ASSAULT"]
