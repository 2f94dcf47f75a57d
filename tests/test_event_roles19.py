"""Event sources the syntax used to lose (session 34, eventroles19): the middle member of a
list "A, B, and C" read by the parser as an apposition of A, a band of fighters named by
whom it belongs to ("X-led militants", "groups affiliated with X"), and forces that "were
sent" somewhere. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of, hand_parsed
from sitroom.nlp.events.actors import conjuncts
from sitroom.nlp.events.phrases import middle_name, noun_phrase

PUBLISHED = "2025-06-10"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
def test_every_member_of_a_three_name_list_acts(pipeline: Any) -> None:
    text = "In January, Burkina Faso, Mali, and Niger jointly announced their withdrawal."
    found = _at(pipeline, text, "withdrawal")
    assert found
    assert {"BFA", "MLI", "NER"} <= countries(found[0].actor)
    assert all("," not in a.text for a in found[0].actor)  # no "Burkina Faso, Mali"


def _listed_doc(second: tuple[str, str, str], ent: str) -> Any:
    # "Chad, <second>, and Niger left": the second item hangs on "Chad" as an apposition
    word, tag, pos = second
    rows = [
        ("Chad", 6, "nsubj", "NNP", "PROPN"),
        (",", 0, "punct", ",", "PUNCT"),
        (word, 0, "appos", tag, pos),
        (",", 0, "punct", ",", "PUNCT"),
        ("and", 0, "cc", "CC", "CCONJ"),
        ("Niger", 0, "conj", "NNP", "PROPN"),
        ("left", 6, "ROOT", "VBD", "VERB"),
    ]
    return hand_parsed(rows, ["B-GPE", "O", ent, "O", "O", "B-GPE", "O"])


def test_a_name_between_commas_is_a_middle_member() -> None:
    doc = _listed_doc(("Mali", "NNP", "PROPN"), "B-GPE")
    assert middle_name(doc[2])
    assert [t.text for t in conjuncts(doc[0])] == ["Chad", "Mali", "Niger"]
    assert [t.text for t in noun_phrase(doc[0])] == ["Chad"]


def test_a_description_in_apposition_is_no_member() -> None:
    doc = _listed_doc(("neighbour", "NN", "NOUN"), "O")
    assert not middle_name(doc[2])
    assert [t.text for t in conjuncts(doc[0])] == ["Chad", "Niger"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Armed groups affiliated with Al-Shabaab launched an attack on two villages.", "attack"),
        ("Hamas-led militants stormed the kibbutz at dawn.", "stormed"),
        ("Fighters loyal to the RSF attacked the town overnight.", "attacked"),
    ],
)
def test_a_band_named_by_its_leader_is_the_leaders(pipeline: Any, text: str, anchor: str) -> None:
    found = _at(pipeline, text, anchor)
    assert found
    assert found[0].actor and all(a.actor_id for a in found[0].actor)


@pytest.mark.model
def test_forces_sent_somewhere_are_their_states_deployment(pipeline: Any) -> None:
    text = "Syrian government troops were dispatched to the southern region on Monday."
    found = _at(pipeline, text, "dispatched")
    assert found
    assert countries(found[0].actor) == {"SYR"}
    assert "SYR" not in countries(found[0].recipient)


@pytest.mark.model
def test_people_sent_somewhere_unarmed_are_not_made_actors(pipeline: Any) -> None:
    text = "Two Syrian diplomats were sent to the southern region on Monday."
    for e in _at(pipeline, text, "sent"):
        assert "SYR" not in countries(e.actor)


@pytest.mark.model
def test_a_states_led_forces_stay_its_forces(pipeline: Any) -> None:
    found = _at(pipeline, "Kenyan-led forces attacked the port city at night.", "attacked")
    assert found
    assert [(a.country, a.sector) for a in found[0].actor] == [("KEN", "MIL")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "ECOWAS suspended the three juntas after the coups. The bloc later imposed "
            "sanctions on Niger.",
            "sanctions",
        ),
        (
            "The US Treasury Department blacklisted six firms. The agency also imposed "
            "sanctions on two of their owners.",
            "sanctions",
        ),
    ],
)
def test_the_bloc_or_the_agency_is_the_body_named_before(
    pipeline: Any, text: str, anchor: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert found
    assert found[0].actor and all(a.actor_id for a in found[0].actor)


@pytest.mark.model
def test_the_agency_is_the_body_the_sentence_before_is_about(pipeline: Any) -> None:
    text = (
        "The Treasury Department said the tanker served a network of Hezbollah. The agency "
        "also imposed sanctions on two shipping firms."
    )
    found = _at(pipeline, text, "sanctions")
    assert found
    assert countries(found[0].actor) == {"USA"}


@pytest.mark.model
def test_a_body_of_something_refers_to_no_organisation(pipeline: Any) -> None:
    text = "The UN agency said a body of evidence showed the militia attacked the camp."
    for e in _at(pipeline, text, "attacked"):
        assert not any(a.actor_id and "un" in a.actor_id.lower() for a in e.actor)


@pytest.mark.model
def test_forces_stationed_somewhere_now_are_no_new_deployment(pipeline: Any) -> None:
    text = "About 800 Kenyan police officers are deployed in the capital."
    found = _at(pipeline, text, "deployed")
    assert found
    assert not found[0].actor


@pytest.mark.model
def test_a_counted_group_in_a_lead_is_named_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "The rulers of the three desert nations said it was a final decision to quit the "
        'customs union "at once."\nChad, Mali and Niger, said Monday they are quitting the '
        "customs union immediately."
    )
    found = _at(pipeline, text, "quit")
    assert found
    assert countries(found[0].actor) == {"TCD", "MLI", "NER"}


@pytest.mark.model
def test_the_tail_of_a_split_list_is_no_counted_group(pipeline: Any) -> None:
    text = (
        "The leaders of the two nations condemned the raid on the border. Chad, Mali and "
        "Niger said on Sunday they are leaving the regional bloc."
    )
    found = _at(pipeline, text, "condemned")
    assert found
    assert not countries(found[0].actor)
