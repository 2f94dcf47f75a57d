"""Event roles on forms seen in fresh real reports (session 32, events12): a summons told in
a relative clause, a heading the parser glues onto the first subject, and a people's word
the NER reads as a person's name. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Iranian ambassador, who was summoned to the Norwegian foreign ministry, "
            "left without comment.",
            "NOR",
            "IRN",
        ),
        (
            "Russian diplomat Ivan Petrov, who was summoned to the Azerbaijani Foreign "
            "Ministry, gave explanations.",
            "AZE",
            "RUS",
        ),
    ],
)
def test_a_summons_in_a_relative_clause(pipeline: Any, text: str, source: str, target: str) -> None:
    # the noun the clause describes is the one summoned: the pattern "ambassador *" reads it
    found = _at(pipeline, text, "summoned")
    assert [e.type for e in found] == ["CONSULT"]
    assert countries(found[0].actor) == {source}
    assert countries(found[0].recipient) == {target}


@pytest.mark.model
def test_summoned_to_court_in_a_relative_clause_is_no_consultation(pipeline: Any) -> None:
    found = _at(pipeline, "A mayor who was summoned to court resigned.", "summoned")
    assert all(e.type != "CONSULT" for e in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "actor"),
    [
        (
            "Ghana Summons Malian Envoy\n\nGhana's foreign ministry summoned the Malian "
            "ambassador on Friday.",
            "summoned",
            "Ghana's foreign ministry",
        ),
        (
            "Soldiers Clear Barricades In Capital\n\nRiot police used tear gas to disperse "
            "students in Lome.",
            "used",
            "Riot police",
        ),
    ],
)
def test_a_heading_is_no_part_of_the_first_subject(
    pipeline: Any, text: str, anchor: str, actor: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert found
    assert [r.text for r in found[0].actor] == [actor]
    assert all("\n" not in r.text for e in found for r in e.actor + e.recipient)


@pytest.mark.model
def test_a_heading_word_does_not_code_the_envoy(pipeline: Any) -> None:
    text = "Ghana Summons Malian Envoy\n\nGhana's foreign ministry summoned the Malian envoy."
    found = _at(pipeline, text, "summoned")
    assert countries(found[0].recipient) == {"MLI"}


@pytest.mark.model
def test_a_nationality_word_read_as_a_name_keeps_its_state(pipeline: Any) -> None:
    text = (
        "Azerbaijani Ambassador to Russia Polad Aliyev, who was summoned to the Russian "
        "Foreign Ministry, arrived at the ministry's building in downtown Moscow, a "
        "correspondent reported on Tuesday."
    )
    found = _at(pipeline, text, "summoned")
    assert [e.type for e in found] == ["CONSULT"]
    assert countries(found[0].actor) == {"RUS"}
    assert countries(found[0].recipient) == {"AZE"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tokyo delivered a formal protest to Beijing over the remarks.",
        "Norway's foreign ministry lodged a protest with Tehran over the arrests.",
    ],
)
def test_a_protest_lodged_by_a_government_is_an_accusation(pipeline: Any, text: str) -> None:
    found = _at(pipeline, text, "protest")
    assert [e.type for e in found] == ["ACCUSE"]


@pytest.mark.model
def test_a_protest_joined_by_a_crowd_stays_a_demonstration(pipeline: Any) -> None:
    found = _at(pipeline, "Thousands joined a protest against the government in Lima.", "protest")
    assert [e.type for e in found] == ["PROTEST"]


@pytest.mark.model
def test_citizens_belong_to_their_state_wherever_they_are(pipeline: Any) -> None:
    text = "Baku condemned the detentions of Azerbaijani citizens in Yekaterinburg."
    found = _at(pipeline, text, "detentions")
    assert found
    assert countries(found[0].recipient) == {"AZE"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "source", "target"),
    [
        ("Georgia cancelled all sporting events with Turkish clubs.", "cancelled", "GEO", "TUR"),
        ("Chile called off the minister's trip to Bolivia.", "called", "CHL", "BOL"),
        ("Bolivia cancelled a visit by the Chilean foreign minister.", "cancelled", "BOL", "CHL"),
    ],
)
def test_calling_off_a_visit_or_events_cuts_ties_with_the_other_party(
    pipeline: Any, text: str, anchor: str, source: str, target: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert [e.type for e in found] == ["SANCTION"]
    assert countries(found[0].actor) == {source}
    assert countries(found[0].recipient) == {target}


@pytest.mark.model
def test_cancelling_a_measure_still_eases_it(pipeline: Any) -> None:
    found = _at(pipeline, "Peru cancelled the curfew in the capital.", "cancelled")
    assert [e.type for e in found] == ["CONCEDE"]


@pytest.mark.model
def test_a_cancelled_visit_did_not_take_place(pipeline: Any) -> None:
    found = _at(pipeline, "Chile called off the minister's trip to Bolivia.", "trip")
    assert found
    assert all(e.negated for e in found)


@pytest.mark.model
def test_a_demanded_resignation_is_asked_of_the_one_who_must_go(pipeline: Any) -> None:
    text = "Thousands of students in Lima called for President Dina Boluarte's resignation."
    found = _at(pipeline, text, "called")
    assert [e.type for e in found] == ["REQUEST"]
    assert [r.text for r in found[0].recipient] == ["President Dina Boluarte"]


@pytest.mark.model
def test_a_demanded_release_names_no_doer(pipeline: Any) -> None:
    found = _at(pipeline, "Qatar called for the release of the hostages.", "called")
    assert all(not e.recipient for e in found)


@pytest.mark.model
def test_an_aide_to_a_president_is_of_his_side_not_him(pipeline: Any) -> None:
    text = "An aide to President Gustavo Petro accused Ecuador of meddling in the election."
    found = _at(pipeline, text, "accused")
    assert found
    assert countries(found[0].actor) == {"COL"}
    assert all("Petro" not in r.text for r in found[0].actor)


@pytest.mark.model
def test_his_counterpart_is_the_other_party(pipeline: Any) -> None:
    text = "Kenyan President William Ruto met his Ugandan counterpart on Monday."
    found = _at(pipeline, text, "met")
    assert countries(found[0].recipient) == {"UGA"}
    bare = _at(pipeline, "Kenyan President William Ruto met his counterpart on Monday.", "met")
    assert "KEN" not in countries(bare[0].recipient)
