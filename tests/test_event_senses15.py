"""Event senses of session 33 (issue 15): fire idioms (ASSAULT), walkouts (PROTEST),
leaving talks (SANCTION), alliances formed (COOPERATE), resolutions sponsored (SUPPORT),
concern voiced over an act (ACCUSE), drills alone and troops sent to an area (MOBILIZE),
shows of force, rescues and approvals. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import anchored_types, events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return anchored_types(pipeline, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Venezuelan soldiers opened fire on a Colombian border post on Friday.", "opened"),
        ("Chadian and Sudanese troops exchanged fire near the frontier overnight.", "exchanged"),
        ("Thailand's neighbour said it had responded with artillery fire.", "responded"),
    ],
)
def test_fire_idioms_and_fighting_are_assaults(pipeline: Any, text: str, anchor: str) -> None:
    assert (anchor, "ASSAULT") in _coded(pipeline, text)


def test_coming_under_artillery_fire_is_an_assault_on_the_subject(pipeline: Any) -> None:
    text = "Ethiopian positions came under heavy artillery fire from Eritrean troops."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "came"]
    assert [e.type for e in events] == ["ASSAULT"]


def test_coming_under_fire_for_words_stays_criticism(pipeline: Any) -> None:
    coded = _coded(pipeline, "The Kenyan minister came under fire for his remarks.")
    assert ("came", "ASSAULT") not in coded


def test_opening_a_border_is_no_assault(pipeline: Any) -> None:
    coded = _coded(pipeline, "Pakistan opened the border crossing with Afghanistan on Monday.")
    assert ("opened", "ASSAULT") not in coded


@pytest.mark.parametrize(
    "text",
    [
        "Four opposition ministers walked out of the cabinet session in Beirut.",
        "The Kurdish deputies withdrew from the parliamentary session on Tuesday.",
    ],
)
def test_leaving_a_session_is_a_walkout(pipeline: Any, text: str) -> None:
    assert [t for _, t in _coded(pipeline, text)] == ["PROTEST"]


def test_withdrawing_from_talks_cuts_ties(pipeline: Any) -> None:
    coded = _coded(pipeline, "Iran withdrew from the talks with France on Sunday.")
    assert ("withdrew", "SANCTION") in coded


def test_withdrawing_troops_stays_a_retreat(pipeline: Any) -> None:
    coded = _coded(pipeline, "France withdrew its troops from Niger last year.")
    assert ("withdrew", "RETREAT") in coded


def test_forming_an_alliance_is_cooperation(pipeline: Any) -> None:
    text = "Mali, Niger and Burkina Faso formed a military alliance in 2023."
    assert ("formed", "COOPERATE") in _coded(pipeline, text)


def test_sponsoring_a_resolution_supports_it(pipeline: Any) -> None:
    text = "Panama co-sponsored the resolution on Haiti with Ecuador."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "sponsored"]
    assert [e.type for e in events] == ["SUPPORT"]


def test_concern_voiced_over_an_act_is_disapproval(pipeline: Any) -> None:
    text = "The agency expressed grave concern over Iran's failure to explain the traces."
    assert ("expressed", "ACCUSE") in _coded(pipeline, text)


def test_concern_about_a_state_is_no_event(pipeline: Any) -> None:
    assert _coded(pipeline, "The minister expressed concern about the weather.") == []


def test_drills_without_a_partner_are_a_show_of_force(pipeline: Any) -> None:
    coded = _coded(pipeline, "The exercises began two days after the arms sale to Taiwan.")
    assert ("exercises", "MOBILIZE") in coded


def test_joint_drills_stay_cooperation(pipeline: Any) -> None:
    coded = _coded(pipeline, "China and Russia held joint naval exercises near Japan.")
    assert ("exercises", "COOPERATE") in coded or ("held", "COOPERATE") in coded


def test_troops_dispatched_to_a_region_are_mobilised(pipeline: Any) -> None:
    text = "Syrian government troops were dispatched to the southern region on Monday."
    assert ("dispatched", "MOBILIZE") in _coded(pipeline, text)


@pytest.mark.parametrize(
    ("text", "anchor", "event"),
    [
        (
            "Chinese warships sailed around the island, simulating a blockade.",
            "blockade",
            "MOBILIZE",
        ),
        ("The Lebanese army increased its readiness along the border.", "increased", "MOBILIZE"),
        ("The US flew two bombers over the Gulf of Venezuela.", "flew", "MOBILIZE"),
        ("The coast guard pulled six sailors from the sea overnight.", "pulled", "AID"),
        (
            "The Security Council authorized a new multinational force for Haiti.",
            "authorized",
            "SUPPORT",
        ),
    ],
)
def test_readiness_shows_of_force_rescues_and_approvals(
    pipeline: Any, text: str, anchor: str, event: str
) -> None:
    assert (anchor, event) in _coded(pipeline, text)


def test_a_blockade_staged_by_protesters_is_no_drill(pipeline: Any) -> None:
    coded = _coded(pipeline, "Protesters blocked the road and staged a blockade of the port.")
    assert ("blockade", "MOBILIZE") not in coded


def test_a_response_with_an_event_noun_is_one_event(pipeline: Any) -> None:
    coded = _coded(pipeline, "The Sudanese army responded with airstrikes on rebel positions.")
    assert [t for _, t in coded].count("ASSAULT") == 1


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Pretoria described the American explanation as unacceptable and unfounded.", "described"),
        ("Tokyo called Beijing's drills inconsistent with its stated aims.", "called"),
        ("The Chadian ministry called the French decision illegal.", "called"),
    ],
)
def test_a_condemning_label_criticises_the_act(pipeline: Any, text: str, anchor: str) -> None:
    assert (anchor, "ACCUSE") in _coded(pipeline, text)


def test_a_condemning_label_on_an_accusation_rejects_it(pipeline: Any) -> None:
    coded = _coded(pipeline, "India termed the Canadian allegations preposterous.")
    assert ("termed", "REJECT") in coded


def test_a_kind_label_is_no_event(pipeline: Any) -> None:
    coded = _coded(pipeline, "Chad called the talks with France constructive.")
    assert not [a for a, _ in coded if a == "called"]


def test_a_noun_label_still_accuses(pipeline: Any) -> None:
    assert ("called", "ACCUSE") in _coded(pipeline, "Kenya called the vote a fraud.")


def test_troops_withdrawing_at_a_border_retreat(pipeline: Any) -> None:
    coded = _coded(pipeline, "At the border, Syrian troops withdrew on Monday.")
    assert ("withdrew", "PROTEST") not in coded


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The Israeli bombardment of the city began in October.", "bombardment"),
        ("Intermittent gunfire continued along the frontier overnight.", "gunfire"),
    ],
)
def test_nominal_fire_is_an_assault(pipeline: Any, text: str, anchor: str) -> None:
    assert (anchor, "ASSAULT") in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Niger announced the withdrawal of its ambassador from Paris.",
        "Mali withdrew its ambassador from Algeria on Sunday.",
    ],
)
def test_withdrawing_an_envoy_cuts_relations(pipeline: Any, text: str) -> None:
    assert "SANCTION" in [t for _, t in _coded(pipeline, text)]


def test_a_decision_taken_is_the_act_decided(pipeline: Any) -> None:
    coded = _coded(pipeline, "Kenya has decided to expel five Ugandan diplomats.")
    assert ("expel", "SANCTION") in coded


def test_a_plan_to_act_stays_an_intention(pipeline: Any) -> None:
    coded = _coded(pipeline, "Kenya plans to expel five Ugandan diplomats.")
    assert ("expel", "SANCTION") not in coded


def test_outrage_voiced_over_a_statement_is_disapproval(pipeline: Any) -> None:
    text = "The Turkish foreign ministry expressed outrage over the Greek statement."
    assert ("expressed", "ACCUSE") in _coded(pipeline, text)


def test_overrunning_a_base_is_an_assault(pipeline: Any) -> None:
    text = "Rebel fighters overran an army base in the north on Sunday."
    assert ("overran", "ASSAULT") in _coded(pipeline, text)


@pytest.mark.model
def test_concern_voiced_over_a_states_act_is_aimed_at_that_state(pipeline: Any) -> None:
    text = "The agency's board expressed grave concern over Peru's failure to report the stocks."
    found = [e for e in events_of(pipeline, "2025-06-01", text) if e.type == "ACCUSE"]
    assert found and "PER" in {r.country for r in found[0].recipient}
