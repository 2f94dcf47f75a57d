"""Whose a bare state institution is ("the junta", "the police") on patterns seen in fresh
real reports (session 28): a state acting on it is not its owner, and the state a report is
filed from breaks a tie between the states it names. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-03-02"


@pytest.mark.model
def test_a_state_acting_on_an_institution_does_not_own_it(pipeline: Any) -> None:
    text = (
        "Norway and Chile imposed sanctions on Sudan on Friday. Chile sanctioned four Sudanese"
        " army officers and accused the junta of brutal repression."
    )
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "accused"]
    assert found and countries(found[0].recipient) == {"SDN"}, found


@pytest.mark.model
def test_the_dateline_breaks_a_tie_for_the_police(pipeline: Any) -> None:
    text = (
        "LUSAKA - Malawi's president met Zambian ministers on Monday. The police later"
        " arrested dozens of opposition protesters outside parliament."
    )
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "arrested"]
    assert found and countries(found[0].actor) == {"ZMB"}, found


@pytest.mark.model
def test_no_dateline_no_owner_on_a_tie(pipeline: Any) -> None:
    text = (
        "Malawi's president met Zambian ministers on Monday. The police later arrested dozens"
        " of opposition protesters outside parliament."
    )
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "arrested"]
    assert found and not countries(found[0].actor), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        ("Israel said it will not allow Iran to build a nuclear weapon.", "allow", "THREATEN"),
        ("Peru said it would not tolerate attacks on its border posts by Chilean smugglers.",
         "tolerate", "THREATEN"),
        ("Egypt said it would not meet the Ethiopian delegation in Cairo.", "meet", "REJECT"),
    ],
)  # fmt: skip
def test_will_not_allow_is_a_threat(pipeline: Any, text: str, anchor: str, kind: str) -> None:
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]
    assert found and found[0].type == kind and not found[0].negated, found


@pytest.mark.model
def test_counted_officers_sanctioned_belong_to_the_home_state(pipeline: Any) -> None:
    text = (
        "Norway imposed sanctions on Sudan's junta on Friday. Norway announced sanctions"
        " against three generals for war crimes."
    )
    found = [
        e
        for e in events_of(pipeline, PUBLISHED, text)
        if "generals" in text[e.sentence_start : e.sentence_end]
    ]
    assert found and "SDN" in countries(found[0].recipient), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army said no civilians were killed in the air strike near Arica.",
        "The Peruvian navy said nobody was injured in the Chilean attack on its patrol boat.",
    ],
)
def test_a_denying_subject_negates_the_act(pipeline: Any, text: str) -> None:
    found = [
        e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text in ("killed", "injured")
    ]
    assert found and found[0].negated, found


@pytest.mark.model
def test_competing_in_a_race_is_no_accusation(pipeline: Any) -> None:
    text = "Chile's president said he competed with the Peruvian candidates fairly."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "competed"]


@pytest.mark.model
def test_claimed_to_have_done_codes_the_act_not_the_claim(pipeline: Any) -> None:
    text = "Both Peru and Chile claimed to have destroyed border posts of the other side."
    types = {e.anchor.text: e.type for e in events_of(pipeline, PUBLISHED, text)}
    assert "claimed" not in types and types.get("destroyed") == "ASSAULT", types


@pytest.mark.model
def test_warning_a_party_to_stop_stays_a_threat(pipeline: Any) -> None:
    text = "The United States warned Iran to stop enriching uranium."
    assert [e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "warned"] == [
        "THREATEN"
    ]


@pytest.mark.model
def test_monitoring_is_no_accusation(pipeline: Any) -> None:
    text = "A senior Peruvian official said Lima is monitoring whether Chile will hold drills."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "monitoring"]
