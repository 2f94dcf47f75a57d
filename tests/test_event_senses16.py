"""Event senses and roles of session 33, round 8 (issue 15): results claimed, campaigns
countered and power taken are no acts; losses inflicted are ASSAULT; a gathering after "at"
and the place of fighting are no targets; the sides of fighting hang on its onset verb;
an adjective tagged an organisation names no party. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import anchored_types, countries, events_of

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return anchored_types(pipeline, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The Chilean senator claimed 41% of the vote in the first round.", "claimed"),
        ("The Peruvian opposition claimed victory in Sunday's election.", "claimed"),
        ("Latvian officials said they had countered a propaganda campaign.", "countered"),
        ("The junta that came to power in 2023 with army backing dissolved parties.", "came"),
    ],
)
def test_results_counters_and_taking_power_are_no_acts(
    pipeline: Any, text: str, anchor: str
) -> None:
    assert all(a != anchor for a, _ in _coded(pipeline, text))


def test_an_accusation_with_a_claim_stays() -> None:
    from sitroom.nlp.events.outcomes import RESULTS

    assert "allegation" not in RESULTS  # claims against someone are not results


def test_countering_that_stays_a_rebuttal(pipeline: Any) -> None:
    text = "Chile countered that Peru had broken the fishing accord."
    assert ("countered", "REJECT") in _coded(pipeline, text)


def test_inflicted_losses_are_an_assault_on_the_other_side(pipeline: Any) -> None:
    text = "Nigerien troops inflicted heavy losses on the Malian rebels near the border."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "inflicted"]
    assert [e.type for e in events] == ["ASSAULT"]
    assert countries(events[0].actor) == {"NER"}


def test_a_meeting_after_at_is_the_occasion_not_the_target(pipeline: Any) -> None:
    text = "At a cabinet meeting on Tuesday, Peruvian ministers withdrew the bill."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "withdrew"]
    assert events and not any("meeting" in r.text for e in events for r in e.recipient)


def test_outrage_at_a_strike_keeps_its_target(pipeline: Any) -> None:
    text = "Peru voiced outrage at the raid by Chilean forces on its embassy."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ACCUSE"]
    assert events and countries(events[0].recipient) == {"CHL"}


def test_clashes_breaking_out_take_their_sides_from_the_verb(pipeline: Any) -> None:
    text = "Fierce clashes erupted in Bamako on Monday between Malian troops and Wagner."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert events
    assert not any(r.text.lower() == "fierce" for e in events for r in e.actor)
    assert "MLI" in countries(events[0].actor)


def test_clashes_without_sides_have_no_place_as_target(pipeline: Any) -> None:
    text = "Heavy clashes broke out in the Libyan capital Tripoli overnight."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert events and all(not e.recipient for e in events)


def test_we_agreed_after_a_meeting_is_both_parties(pipeline: Any) -> None:
    text = (
        '"We agreed to reopen the consulates," the Chilean foreign minister said after '
        "talks with his Bolivian counterpart."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "AGREE"]
    assert events and countries(events[0].actor) == {"CHL", "BOL"}


def test_we_agreed_with_ones_own_side_stays_the_speakers(pipeline: Any) -> None:
    text = '"We agreed to raise pensions," the Chilean labour minister said after meeting unions.'
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "AGREE"]
    assert events and countries(events[0].actor) == {"CHL"}


def test_the_harm_inflicted_is_no_target(pipeline: Any) -> None:
    text = "Nigerien troops inflicted heavy losses on the Malian army near the border."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "inflicted"]
    assert events and not any("losses" in r.text for r in events[0].recipient)


def test_a_known_groups_fighters_are_the_group(pipeline: Any) -> None:
    text = "According to Hamas, its fighters attacked an Israeli patrol near Rafah on Sunday."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "attacked"]
    assert events and [a.canonical for a in events[0].actor] == ["Hamas"]


def test_a_states_forces_stay_the_state() -> None:
    from sitroom.article import ActorRef
    from sitroom.nlp.events.actors import _known_group

    army = ActorRef("Sudanese army", "sudanese-armed-forces", "Sudanese Armed Forces", "SDN", "MIL")
    rebels = ActorRef("RSF", "rsf-sudan", "Rapid Support Forces", "SDN", "REB")
    assert not _known_group(army) and _known_group(rebels)


def test_a_strike_after_fighting_continues_the_earlier_strikes_not_the_fighting(
    pipeline: Any,
) -> None:
    text = (
        "Israeli jets carried out airstrikes on the Syrian defence ministry on Wednesday. "
        "Fierce battles continued between Syrian government forces and Druze militias. "
        "At least 13 people were wounded in the airstrike."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "airstrike"]
    assert events and countries(events[0].actor) == {"ISR"}


def test_each_side_against_the_other_is_mutual(pipeline: Any) -> None:
    text = (
        "Chile and Bolivia fought along the border on Sunday. Each side said it inflicted "
        "heavy losses on the other side."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "inflicted"]
    assert events and countries(events[0].actor) == countries(events[0].recipient)
    assert countries(events[0].actor) == {"CHL", "BOL"}


def test_one_side_inflicting_losses_stays_one_sided(pipeline: Any) -> None:
    text = "Chile and Bolivia fought on Sunday. Chile said it inflicted heavy losses on Bolivia."
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "inflicted"]
    assert events and countries(events[0].actor) == {"CHL"}


def test_each_side_with_one_side_named_takes_the_counterpart_as_the_other(
    pipeline: Any,
) -> None:
    text = (
        "Chilean troops shelled Bolivian army posts near the border on Friday. Bolivia's "
        "defence ministry said its soldiers returned fire. Each side said it inflicted heavy "
        "losses on the other side."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "inflicted"]
    assert events and countries(events[0].actor) == {"CHL", "BOL"}
    assert countries(events[0].recipient) == {"CHL", "BOL"}


def test_a_strike_without_its_doer_takes_no_side_of_fighting(pipeline: Any) -> None:
    # fighting between sides is no one side's act: a strike told without its doer does
    # not continue it
    text = (
        "Syrian troops and Druze militias clashed in Sweida on Tuesday. "
        "At least 13 people were wounded in an airstrike on Wednesday."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "airstrike"]
    assert events and "SYR" not in countries(events[0].actor)


def test_fighting_told_without_its_sides_continues_the_fighting(pipeline: Any) -> None:
    text = (
        "Chilean and Bolivian troops clashed along the border on Sunday. "
        "Further clashes were reported on Monday."
    )
    events = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "clashes"]
    assert events and countries(events[-1].actor) >= {"CHL"}
