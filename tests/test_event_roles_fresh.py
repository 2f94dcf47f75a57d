"""Roles on unseen real-prose patterns (issue 15): a nation's body named as a modifier of
the act, and monitors that report an act never its doer or target. Sentences written for
these tests (invented facts, wire-report style)."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-02-14"


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian government airstrike on a village near the border killed nine people.",
        "A Chilean army raid on a farm in the south wounded four men on Sunday.",
    ],
)
def test_a_nations_body_modifying_the_act_does_it(pipeline: Any, text: str) -> None:
    harms = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert harms and all(_codes(e.actor) & {"PER", "CHL"} for e in harms[:1])


@pytest.mark.model
def test_a_rights_group_reporting_acts_does_not_do_them(pipeline: Any) -> None:
    text = (
        "Human Rights Watch accused the Bolivian army of killing civilians in the east. "
        "A raid struck the town of Tarija on Friday. Another strike hit a market nearby."
    )
    for event in events_of(pipeline, PUBLISHED, text):
        if event.type in ("ASSAULT", "COERCE"):
            names = {a.canonical for a in event.actor + event.recipient}
            assert "Human Rights Watch" not in names, event


@pytest.mark.model
def test_both_sides_are_the_two_parties_of_the_meeting(pipeline: Any) -> None:
    text = (
        "Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister "
        "Alberto van Klaveren in Quito on Monday. Both sides agreed to expand cooperation on "
        "border security."
    )
    agreed = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "agreed"]
    assert agreed and {"PER", "CHL"} <= {a.country for a in agreed[0].actor}


@pytest.mark.model
def test_penalties_a_state_imposed_are_sanctions(pipeline: Any) -> None:
    text = "Chile retaliated on Monday against penalties Peru imposed in May on its diplomats."
    imposed = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "imposed"]
    assert imposed and imposed[0].type == "SANCTION"


@pytest.mark.model
def test_who_made_a_decision_to_act_acts(pipeline: Any) -> None:
    text = (
        "In response to the expulsions, the Bolivian side made a decision to impose "
        "sanctions on ten Peruvian officials."
    )
    sanctions = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "sanctions"]
    assert sanctions and "BOL" in {a.country for a in sanctions[0].actor}


@pytest.mark.model
def test_police_in_the_first_sentence_belong_to_the_country_it_names(pipeline: Any) -> None:
    text = "Riot police fired tear gas at thousands of protesters in Peru's capital on Sunday."
    fired = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "fired"]
    assert fired and fired[0].type == "ASSAULT"
    assert "PER" in {a.country for a in fired[0].actor}


@pytest.mark.model
def test_the_countrys_president_is_the_home_country(pipeline: Any) -> None:
    text = (
        "Thousands marched in Lima against the government of Peru on Monday. "
        "Later the country's president accused Chile of meddling in the vote."
    )
    accused = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "accused"]
    assert accused and "PER" in {a.country for a in accused[0].actor}


@pytest.mark.model
def test_a_toll_shows_the_act_its_sentence_names(pipeline: Any) -> None:
    text = (
        "Peru and Chile traded fire on the border on Monday. "
        "Six Chilean soldiers were killed in Peruvian artillery strikes on the post."
    )
    shown = [
        e for e in events_of(pipeline, PUBLISHED, text) if e.shown and e.anchor.text == "killed"
    ]
    assert not shown


@pytest.mark.model
def test_a_toll_alone_stays_the_event(pipeline: Any) -> None:
    text = "Peruvian troops attacked a Chilean post. Six Chilean soldiers were killed."
    killed = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "killed"]
    assert killed and killed[0].type == "ASSAULT"


@pytest.mark.model
def test_the_wounded_are_people_not_an_act(pipeline: Any) -> None:
    text = (
        "Chilean rebels attacked a Peruvian base on Monday. "
        "Most of the wounded were flown to a hospital in Lima."
    )
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "wounded"]


@pytest.mark.model
def test_the_un_condemning_an_attack_is_not_its_target(pipeline: Any) -> None:
    text = (
        "The United Nations condemned the Bolivian army's attack on a village. "
        "The army said it launched the strike against rebels."
    )
    for event in events_of(pipeline, PUBLISHED, text):
        if event.type == "ASSAULT":
            assert "United Nations" not in {r.canonical for r in event.recipient}, event


@pytest.mark.model
def test_who_rejects_accusations_did_not_make_them(pipeline: Any) -> None:
    text = "Peru's interior minister rejected accusations that police had beaten protesters."
    for event in events_of(pipeline, PUBLISHED, text):
        if event.anchor.text == "accusations":
            assert "PER" not in {a.country for a in event.actor}, event


@pytest.mark.model
def test_a_toll_of_people_alone_is_not_shown(pipeline: Any) -> None:
    text = "Bolivian troops shelled the Peruvian town of Puno. Later, 35 people were injured."
    injured = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "injured"]
    assert all(not e.shown for e in injured)


@pytest.mark.model
def test_a_camp_of_a_group_stands_for_the_group(pipeline: Any) -> None:
    text = "Sudanese army jets struck a camp of the Rapid Support Forces near the border."
    struck = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "struck"]
    assert struck
    names = {r.canonical for r in struck[0].recipient}
    assert "Rapid Support Forces" in names, struck[0].recipient
