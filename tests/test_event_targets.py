"""Targets an event's own arguments leave unnamed (``sitroom.nlp.events.targets``): the land
an attack struck, the site it hit, and the doer of a condemned act. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of, hand_parsed
from sitroom.nlp.events.targets import _definite, act_doer, ground_heads, object_agents, site_heads

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


def test_ground_heads_reads_the_preposition_on_the_carrying_verb() -> None:
    # "launched strikes across towns": the ground hangs on the verb that carries the attack
    doc = hand_parsed(
        [
            ("Chile", 1, "nsubj", "NNP", "PROPN"),
            ("launched", 1, "ROOT", "VBD", "VERB"),
            ("strikes", 1, "dobj", "NNS", "NOUN"),
            ("across", 1, "prep", "IN", "ADP"),
            ("towns", 3, "pobj", "NNS", "NOUN"),
            ("in", 2, "prep", "IN", "ADP"),
            ("Peru", 5, "pobj", "NNP", "PROPN"),
        ]
    )
    doc[1].lemma_ = "launch"
    assert [t.text for t in ground_heads(doc[2])] == ["Peru", "towns"]
    assert ground_heads(doc[4]) == []  # a noun that is no attack carries nothing


def test_act_doer_is_the_by_agent_of_a_named_act() -> None:
    doc = hand_parsed(
        [
            ("Peru", 1, "nsubj", "NNP", "PROPN"),
            ("condemned", 1, "ROOT", "VBD", "VERB"),
            ("the", 3, "det", "DT", "DET"),
            ("act", 1, "dobj", "NN", "NOUN"),
            ("by", 3, "prep", "IN", "ADP"),
            ("Chile", 4, "pobj", "NNP", "PROPN"),
        ]
    )
    doer = act_doer(doc[3])
    assert doer is not None and doer.text == "Chile"
    assert act_doer(doc[5]) is None  # a name is no act


def test_a_by_phrase_on_an_active_verb_with_an_object_is_the_objects() -> None:
    # the parser hangs "by the government" on "condemned" as a passive agent
    doc = hand_parsed(
        [
            ("Peru", 1, "nsubj", "NNP", "PROPN"),
            ("condemned", 1, "ROOT", "VBD", "VERB"),
            ("the", 3, "det", "DT", "DET"),
            ("act", 1, "dobj", "NN", "NOUN"),
            ("by", 1, "agent", "IN", "ADP"),
            ("Chile", 4, "pobj", "NNP", "PROPN"),
        ]
    )
    assert object_agents(doc[1], [doc[0]], [doc[5]])
    passive = hand_parsed(
        [
            ("Peru", 2, "nsubjpass", "NNP", "PROPN"),
            ("was", 2, "auxpass", "VBD", "AUX"),
            ("condemned", 2, "ROOT", "VBN", "VERB"),
            ("by", 2, "agent", "IN", "ADP"),
            ("Chile", 3, "pobj", "NNP", "PROPN"),
        ]
    )
    assert not object_agents(passive[2], [], [passive[4]])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile's missile strikes across several towns of Peru killed 12 people on Monday.",
        "Chile conducted air strikes across several provinces of Peru on Monday.",
    ],
)
def test_an_attack_on_a_states_land_is_aimed_at_that_state(pipeline: Any, text: str) -> None:
    found = _at(pipeline, text, "strikes")
    assert found and found[0].type == "ASSAULT"
    assert countries(found[0].actor) == {"CHL"}
    assert "PER" in countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile launched strikes on Monday in Peru and Bolivia, officials said.",
        "Officials said Chile had carried out strikes overnight across Peru and Bolivia.",
    ],
)
def test_a_bare_strike_read_as_an_attack_is_aimed_at_every_land_struck(
    pipeline: Any, text: str
) -> None:
    # a bare "strikes" is first read as a walk-out, then as an attack: the land it hit
    # still names its targets, each state of a coordinated ground
    found = _at(pipeline, text, "strikes")
    assert found and found[0].type == "ASSAULT"
    assert countries(found[0].actor) == {"CHL"}
    assert {"PER", "BOL"} <= countries(found[0].recipient)


@pytest.mark.model
def test_an_attack_on_the_attackers_own_land_names_no_other_state(pipeline: Any) -> None:
    text = "The Chilean army conducted air strikes across several provinces of Chile on Monday."
    found = _at(pipeline, text, "strikes")
    assert found and "CHL" not in countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru's foreign ministry condemned the reckless act by the Chilean government.",
        "Peru condemned the irresponsible act by the Chilean government on Sunday.",
    ],
)
def test_a_condemned_act_is_aimed_at_its_doer(pipeline: Any, text: str) -> None:
    found = _at(pipeline, text, "condemned")
    assert found and found[0].type == "ACCUSE"
    assert countries(found[0].actor) == {"PER"}
    assert countries(found[0].recipient) == {"CHL"}


def test_site_heads_are_an_attacks_place_objects() -> None:
    # "rebels attacked the city": the object is a site; "attacked rebels" names none
    doc = hand_parsed(
        [
            ("Rebels", 1, "nsubj", "NNS", "NOUN"),
            ("attacked", 1, "ROOT", "VBD", "VERB"),
            ("the", 3, "det", "DT", "DET"),
            ("city", 1, "dobj", "NN", "NOUN"),
        ]
    )
    assert [t.text for t in site_heads(doc[1], noun=False)] == ["city"]
    assert _definite(doc[3])
    again = hand_parsed(
        [
            ("Drones", 1, "nsubj", "NNS", "NOUN"),
            ("hit", 1, "ROOT", "VBD", "VERB"),
            ("the", 4, "det", "DT", "DET"),
            ("same", 4, "amod", "JJ", "ADJ"),
            ("base", 1, "dobj", "NN", "NOUN"),
        ]
    )
    assert not _definite(again[4])  # "the same base": one named before, not a new site


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Fighting has raged in Peru for months. Rebels attacked the city on Monday.", "attacked"),
        ("Peru has fought rebels for years. Rebels stormed the camp on Monday.", "stormed"),
        ("Peru has fought rebels for years. Militants launched an attack on the town.", "attack"),
    ],
)
def test_an_attack_on_a_site_is_aimed_at_the_state_it_lies_in(
    pipeline: Any, text: str, anchor: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert found and found[0].type == "ASSAULT"
    assert "PER" in countries(found[0].recipient)
    # the site itself is no second, uncoded target
    assert all(r.country for r in found[0].recipient)


@pytest.mark.model
def test_a_states_attack_on_a_site_at_home_names_no_state(pipeline: Any) -> None:
    # the army shelling a camp in its own country: no other state is attacked
    text = "Peru's army said on Monday that it had shelled the camp in the north."
    found = _at(pipeline, text, "shelled")
    assert not found or "PER" not in countries(found[0].recipient)
