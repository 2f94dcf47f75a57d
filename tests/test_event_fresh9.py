"""Events on patterns seen in fresh real reports (session 30): an act told again by a
definite noun ("the attack") is not shown as a second act. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2024-05-10"


def _shown(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor and e.shown]


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "The attack came a week after the group announced a truce.",
        "During the attack, the gunmen also burned two trucks.",
        "Monday's attack was the deadliest this year.",
    ],
)
def test_restated_act_is_not_shown_again(pipeline: Any, second: str) -> None:
    text = (
        "Fighters of the Islamic State group attacked an army post in northern Iraq on "
        f"Monday, killing six soldiers, the Iraqi military said. {second}"
    )
    assert not _shown(pipeline, text, "attack")


@pytest.mark.model
def test_definite_act_with_its_target_or_taking_effect_stays(pipeline: Any) -> None:
    text = (
        "Canada imposed tariffs on American steel on Friday. The tariffs took effect "
        "at midnight, the finance ministry said."
    )
    assert [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "tariffs"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The mediator asked the army to release the detained reporters.", "release"),
        ("Brussels urged Belgrade to free the three officers and withdraw its troops.", "withdraw"),
        ("The council called on the rebels to lay down their weapons.", "lay"),
    ],
)
def test_act_asked_of_someone_is_not_shown(pipeline: Any, text: str, asked: str) -> None:
    """ "Asked X to release Y": the request happened, the release has not."""
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == asked]
    assert found
    assert all(e.hypothetical and not e.shown for e in found)


@pytest.mark.model
def test_act_aimed_at_the_side_its_toll_names(pipeline: Any) -> None:
    text = "Four Nigerien soldiers were killed on Sunday in an ambush by Islamic State fighters."
    acts = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "ambush"]
    assert acts and countries(acts[0].recipient) == {"NER"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        (
            "The president said he rejected the cowardly attack on the police post.",
            "rejected",
            "ACCUSE",
        ),
        ("The opposition rejected the proposal of the ruling party.", "rejected", "REJECT"),
    ],
)
def test_rejecting_an_attack_condemns_it(pipeline: Any, text: str, anchor: str, kind: str) -> None:
    types = {e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor}
    assert types == {kind}


@pytest.mark.model
def test_trip_to_a_place_and_looking_at_a_scene_are_no_events(pipeline: Any) -> None:
    text = "The army commander travelled to the northern province to inspect the damage."
    anchors = {e.anchor.text for e in events_of(pipeline, PUBLISHED, text)}
    assert not anchors & {"travelled", "inspect"}
