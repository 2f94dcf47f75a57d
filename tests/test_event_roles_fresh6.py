"""Roles on patterns seen in fresh real reports (session 28): the owner of an intention noun
does the act on it ("Peru's decision to expel"), and a wire dateline ("LIMA -") is never
the subject a reported pronoun stands for. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-03-02"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Farmers protested against Chile's decision to impose tariffs on Peruvian fruit.",
         "SANCTION", "CHL"),
        # a plan's act lies ahead: coded as "Bolivia plans to expel" is (eventsrc22)
        ("Analysts doubt Bolivia's plan to expel the Chilean ambassador.", "THREATEN", "BOL"),
        ("The decision by Ecuador to expel the Colombian envoy surprised diplomats.",
         "SANCTION", "ECU"),
    ],
)  # fmt: skip
def test_the_owner_of_an_intention_does_the_act(
    pipeline: Any, text: str, event: str, actor: str
) -> None:
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == event]
    assert found and actor in countries(found[0].actor), found


@pytest.mark.model
def test_a_directive_owner_does_not_do_the_act(pipeline: Any) -> None:
    text = "The Chilean court's order to release the Peruvian fishermen was ignored."
    for e in events_of(pipeline, PUBLISHED, text):
        if e.anchor.text == "release":
            assert "CHL" not in countries(e.actor), e


@pytest.mark.model
def test_a_dateline_is_not_the_reporter(pipeline: Any) -> None:
    text = "QUITO - The Peruvian army said it had killed 12 rebels in a raid near the border."
    harms = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]
    assert harms and "PER" in countries(harms[0].actor)
    assert "ECU" not in countries(harms[0].actor)


@pytest.mark.model
def test_the_opposition_and_the_ruling_party_belong_to_the_home_country(pipeline: Any) -> None:
    text = (
        "Thousands marched in Peru on Monday. The European Union and Brussels diplomats "
        "urged calm as the EU monitored the vote. The opposition called for protests, "
        "accusing the ruling party of rigging the vote."
    )
    events = events_of(pipeline, PUBLISHED, text)
    called = [e for e in events if e.anchor.text == "called"]
    assert called and "PER" in countries(called[0].actor)
    accused = [e for e in events if e.anchor.text == "accusing"]
    assert accused and "PER" in countries(accused[0].recipient)


@pytest.mark.model
def test_an_agentless_arrest_is_the_home_countrys_police(pipeline: Any) -> None:
    text = (
        "Protests continued in Peru on Friday. More than 40 people were arrested, officials said."
    )
    arrests = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "arrested"]
    assert arrests and "PER" in countries(arrests[0].actor)


@pytest.mark.model
def test_an_arrest_by_a_named_doer_keeps_its_doer(pipeline: Any) -> None:
    text = "Rebels in Colombia kidnapped two soldiers. Three farmers were arrested by the rebels."
    arrests = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "arrested"]
    assert arrests and all(a.sector != "COP" for a in arrests[0].actor)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "accuse"),
    [
        ("The opposition leader called the results a blatant fraud on Sunday.", True),
        ("Peru mounted what it called defensive strikes on the camps.", False),
        ("The minister called the talks constructive.", False),
    ],
)
def test_calling_an_act_a_name(pipeline: Any, text: str, accuse: bool) -> None:
    called = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "called"]
    assert [e.type for e in called] == (["ACCUSE"] if accuse else [])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "target"),
    [
        ("Rights groups in Kenya have sharply condemned the government's stance.",
         "condemned", "KEN"),
        ("Chile rejected Peru's demands on Monday.", "rejected", "PER"),
    ],
)  # fmt: skip
def test_the_owner_of_a_thing_aimed_at_is_the_target(
    pipeline: Any, text: str, anchor: str, target: str
) -> None:
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]
    assert found and target in countries(found[0].recipient)


@pytest.mark.model
def test_anti_government_protests_are_aimed_at_the_home_government(pipeline: Any) -> None:
    text = "Peru's minister denied that police used force during anti-government protests."
    protests = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "PROTEST"]
    assert protests and "PER" in countries(protests[0].recipient)
