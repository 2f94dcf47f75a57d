"""Event senses and roles on forms seen in fresh real reports (session 31, events11):
summoning a diplomat, "demonstrate" as "show", "strike down" as rejecting, cordoning off a
home, and places that never act. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-05-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "source", "target"),
    [
        (
            "Norway's foreign ministry summoned the Iranian ambassador on Monday.",
            "summoned",
            "NOR",
            "IRN",
        ),
        ("Canada called in the Indian envoy after the killing.", "called", "CAN", "IND"),
        (
            "The Dutch ambassador was summoned to the foreign ministry in Ankara.",
            "summoned",
            "TUR",
            "NLD",
        ),
    ],
)
def test_summoning_a_diplomat_is_a_consultation(
    pipeline: Any, text: str, anchor: str, source: str, target: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert [e.type for e in found] == ["CONSULT"]
    assert countries(found[0].actor) == {source}
    assert countries(found[0].recipient) == {target}


@pytest.mark.model
def test_summoned_to_court_is_no_consultation(pipeline: Any) -> None:
    assert all(
        e.type != "CONSULT"
        for e in _at(pipeline, "A judge summoned the mayor to court.", "summoned")
    )


@pytest.mark.model
def test_demonstrate_with_an_object_is_showing(pipeline: Any) -> None:
    text = "The figures demonstrate a steady fall in exports, the ministry said."
    assert not _at(pipeline, text, "demonstrate")
    crowd = "Thousands of teachers demonstrated against the government in Lima."
    assert [e.type for e in _at(pipeline, crowd, "demonstrated")] == ["PROTEST"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Voters struck down both proposals in the referendum.",
        "The constitutional court struck down the decree on Tuesday.",
    ],
)
def test_strike_down_rejects(pipeline: Any, text: str) -> None:
    assert [e.type for e in _at(pipeline, text, "struck")] == ["REJECT"]


@pytest.mark.model
def test_surrounding_a_home_is_coercion(pipeline: Any) -> None:
    text = "Soldiers surrounded the residence of the opposition leader in Bamako on Friday."
    assert [e.type for e in _at(pipeline, text, "surrounded")] == ["COERCE"]


@pytest.mark.model
def test_a_place_never_acts(pipeline: Any) -> None:
    text = "The port of Berbera, in Somaliland, has returned to the heart of Ethiopia's debate."
    for e in _at(pipeline, text, "returned"):
        assert not e.actor
        assert not e.shown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Venezuela hit back at accusations from Guyana on Sunday.", "hit"),
        ("Iran condemned the allegations by Israel as lies.", "condemned"),
    ],
)
def test_answering_an_accusation_rejects_it(pipeline: Any, text: str, anchor: str) -> None:
    assert [e.type for e in _at(pipeline, text, anchor)] == ["REJECT"]


@pytest.mark.model
def test_condemning_an_attack_still_accuses(pipeline: Any) -> None:
    text = "Kenya condemned the attack on its police base near the border."
    assert [e.type for e in _at(pipeline, text, "condemned")] == ["ACCUSE"]


@pytest.mark.model
def test_demand_between_two_coded_parties_is_shown(pipeline: Any) -> None:
    text = "Islamabad demanded that the Taliban government stop the militants from crossing."
    found = [e for e in _at(pipeline, text, "demanded") if e.type == "REQUEST"]
    assert found and all(e.shown for e in found)
    assert countries(found[0].actor) == {"PAK"}


@pytest.mark.model
def test_appeal_to_ones_own_people_stays_hidden(pipeline: Any) -> None:
    text = "Mali's president called on Malians to limit their journeys during the blockade."
    found = [e for e in _at(pipeline, text, "called") if e.type == "REQUEST"]
    assert found and not any(e.shown for e in found)


@pytest.mark.model
def test_charging_a_crowd_is_force_charging_with_a_crime_accuses(pipeline: Any) -> None:
    crowd = "Riot police charged the demonstrators outside the parliament."
    assert [e.type for e in _at(pipeline, crowd, "charged")] == ["ASSAULT"]
    court = "Prosecutors charged the demonstrators with arson."
    assert all(e.type != "ASSAULT" for e in _at(pipeline, court, "charged"))


@pytest.mark.model
def test_no_side_is_the_inferred_doer_of_harm_to_its_own(pipeline: Any) -> None:
    text = (
        "Peruvian riot police fired tear gas at protesters in Lima on Friday. "
        '"Nine police officers were injured," the Peruvian interior ministry said.'
    )
    found = _at(pipeline, text, "injured")
    assert found
    assert all(not e.actor and not e.shown for e in found)


@pytest.mark.model
def test_a_month_in_a_date_is_no_protest_march(pipeline: Any) -> None:
    text = "The minister spoke to the senate on Thursday, March 20, about the arrest."
    assert _at(pipeline, text, "March") == []


@pytest.mark.model
def test_an_arrest_is_aimed_at_the_arrested_not_at_a_body_named_before(pipeline: Any) -> None:
    text = (
        "President Ana Reyes spoke on Tuesday.\n\n"
        "“Mr. Cruz was arrested in compliance with our commitments to Interpol,” Reyes said."
        "\n\nPhilippine police arrested the former mayor in line with a request from "
        "Interpol.\n"
    )
    arrest = [
        e
        for e in _at(pipeline, text, "arrested")
        if "former mayor" in text[e.sentence_start : e.sentence_end]
    ]
    assert arrest and "IGO" not in countries(arrest[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya surrendered the suspect to the International Criminal Court.", "COOPERATE"),
        ("The rebels surrendered the town to the Malian army on Friday.", "RETREAT"),
    ],
)
def test_surrendering_a_person_to_a_court_is_handing_over(
    pipeline: Any, text: str, event: str
) -> None:
    assert [e.type for e in _at(pipeline, text, "surrendered")] == [event]
