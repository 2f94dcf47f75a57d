"""Diplomatic sanctions told by their verb (events24, ``sitroom.nlp.events.envoys``): a recall
acts on the state the envoy was sent to, and a recall, an expulsion or a closed mission with
both sides coded is shown. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-05-01"


def _sanctions(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [
        e
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text == anchor and e.type == "SANCTION"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "source", "target"),
    [
        ("Chile recalled its ambassador to Peru on Tuesday.", "recalled", {"CHL"}, {"PER"}),
        ("Kenya has withdrawn its envoy from Uganda.", "withdrawn", {"KEN"}, {"UGA"}),
        ("Ghana recalled the Ghanaian ambassador in Abuja.", "recalled", {"GHA"}, {"NGA"}),
        (
            "Brazil said it was recalling its ambassador from Caracas.",
            "recalling",
            {"BRA"},
            {"VEN"},
        ),
    ],
)
def test_a_recall_acts_on_the_host_state_and_is_shown(
    pipeline: Any, text: str, anchor: str, source: set[str], target: set[str]
) -> None:
    found = _sanctions(pipeline, text, anchor)
    assert len(found) == 1
    assert countries(found[0].actor) == source
    assert countries(found[0].recipient) == target
    assert found[0].shown


@pytest.mark.model
def test_the_capital_an_envoy_is_called_home_to_is_no_target(pipeline: Any) -> None:
    text = "The Swedish ambassador was recalled to Stockholm on Monday."
    found = _sanctions(pipeline, text, "recalled")
    assert len(found) == 1
    assert countries(found[0].actor) == {"SWE"}
    assert "SWE" not in countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Canada expelled two Indian diplomats over the affair.", "expelled"),
        ("Argentina ordered three Bolivian diplomats to leave the country.", "ordered"),
        ("Chile closed the Peruvian consulates in Arica and Iquique.", "closed"),
    ],
)
def test_an_expulsion_or_a_closed_mission_with_both_sides_is_shown(
    pipeline: Any, text: str, anchor: str
) -> None:
    found = _sanctions(pipeline, text, anchor)
    assert len(found) == 1
    assert found[0].shown


@pytest.mark.model
def test_a_recall_told_by_a_noun_is_the_envoy_states_sanction(pipeline: Any) -> None:
    text = "The recall of the Chilean ambassador to Peru followed the incident."
    found = _sanctions(pipeline, text, "recall")
    assert len(found) == 1
    assert countries(found[0].actor) == {"CHL"}
    assert countries(found[0].recipient) == {"PER"}


@pytest.mark.model
def test_a_recall_of_no_envoy_is_no_sanction(pipeline: Any) -> None:
    text = "Voters in the city backed the recall of the mayor."
    assert _sanctions(pipeline, text, "recall") == []


@pytest.mark.model
def test_an_ordered_closure_of_a_mission_is_the_orderers_sanction(pipeline: Any) -> None:
    text = "Chile ordered the closure of the Peruvian consulate in Arica."
    found = _sanctions(pipeline, text, "closure")
    assert len(found) == 1
    assert countries(found[0].actor) == {"CHL"}
    assert countries(found[0].recipient) == {"PER"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Norway summoned Iran's ambassador and recalled its own envoy for consultations.",
            {"IRN"},
        ),
        ("Chile recalled its envoy for consultations after Peru and Bolivia signed a pact.", set()),
    ],
)
def test_with_no_host_a_recall_aims_at_the_one_other_state_named(
    pipeline: Any, text: str, target: set[str]
) -> None:
    found = _sanctions(pipeline, text, "recalled")
    assert len(found) == 1
    assert countries(found[0].recipient) == target


@pytest.mark.model
def test_a_closure_naming_nothing_closed_is_no_new_act(pipeline: Any) -> None:
    text = (
        "Chile closed its border with Peru on Sunday after the incident. "
        "The government will decide on Friday whether to maintain the closure."
    )
    assert _sanctions(pipeline, text, "closure") == []
