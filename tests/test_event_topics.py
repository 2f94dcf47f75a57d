"""Event nouns that name an act without reporting it (``nlp/events/topics.py``): the
topic of another event, or a definite mention of an act told before; and verbs of
increase that only carry their act ("intensified its attacks"), and the word senses seen
beside them (idioms, "push back", the medium of a statement). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-03-04"


def _events(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The foreign ministry of Chad condemned the deadly attack.", "attack"),
        ("Kabul said it had halted attacks at the request of Qatar.", "attacks"),
        ("The army of Nigeria accused the rebels of repeated attacks.", "attacks"),
    ],
)
def test_act_that_is_another_events_topic_is_not_shown(
    pipeline: Any, text: str, anchor: str
) -> None:
    found = _events(pipeline, text, anchor)
    assert found  # kept for recall studies
    assert not any(e.shown for e in found)
    assert all("topic" in e.context for e in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "anchor"),
    [
        ("Aid groups said many families fled during the attacks.", "attacks"),
        ("Residents said four people died in the clashes.", "clashes"),
        ("The opposition has not commented about the fighting.", "fighting"),
    ],
)
def test_definite_mention_of_a_told_act_is_not_shown(
    pipeline: Any, second: str, anchor: str
) -> None:
    text = f"Rebels of the Arakan Army shelled army posts in Rakhine on Sunday. {second}"
    found = _events(pipeline, text, anchor)
    assert found
    assert not any(e.shown for e in found)


@pytest.mark.model
def test_threatened_act_is_a_topic_an_ordered_one_is_not(pipeline: Any) -> None:
    """A threat's object is what it is about; an order's object is what it brings about."""
    threat = _events(pipeline, "The government of Peru threatened tariffs.", "tariffs")
    order = _events(pipeline, "The government of Peru ordered tariffs.", "tariffs")
    assert threat and all("topic" in e.context for e in threat)
    assert order and not any("topic" in e.context for e in order)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        ("Peru imposed a 20% tariff on all goods from Chile.", "tariff", "SANCTION"),
        (
            "Rebels of the Arakan Army shelled army posts in Rakhine on Sunday. "
            "The assault continued the next day.",
            "assault",
            "ASSAULT",
        ),
        (
            "Pakistan said Indian forces launched these attacks from their own airspace.",
            "attacks",
            "ASSAULT",
        ),
    ],
)
def test_act_told_by_its_noun_stays_shown(pipeline: Any, text: str, anchor: str, kind: str) -> None:
    found = _events(pipeline, text, anchor)
    assert any(e.shown and e.type == kind for e in found), [(e.type, e.shown) for e in found]


@pytest.mark.model
def test_verb_of_increase_carries_the_act(pipeline: Any) -> None:
    """ "Intensified its attacks": the attacks are the event, the intensifying no threat."""
    text = "In recent weeks al-Shabaab has been intensifying its attacks on army posts in Somalia."
    evs = events_of(pipeline, PUBLISHED, text)
    assert not [e for e in evs if e.anchor.text == "intensifying"]
    assert any(e.type == "ASSAULT" and e.anchor.text == "attacks" and e.shown for e in evs)


@pytest.mark.model
def test_caught_by_surprise_is_no_coercion(pipeline: Any) -> None:
    text = "The government of Ghana was caught by surprise by the move of the rebels."
    assert not _events(pipeline, text, "caught")


@pytest.mark.model
def test_the_means_of_a_statement_is_no_recipient(pipeline: Any) -> None:
    """ "Criticized Peru on social media": the medium is no party."""
    text = "The president of Ecuador criticized Peru on social media."
    found = _events(pipeline, text, "criticized")
    assert found
    assert all(r.text != "social media" for e in found for r in e.recipient)
    assert any(r.country == "PER" for e in found for r in e.recipient)


@pytest.mark.model
def test_pushing_back_is_a_rejection_pushing_someone_a_request(pipeline: Any) -> None:
    """The particle decides the sense: "pushed back" resists, "pushed X to" asks."""
    back = _events(
        pipeline, "The government of Kenya has pushed back, calling it a mistake.", "pushed"
    )
    push = _events(pipeline, "The United States pushed Kenya to hold talks.", "pushed")
    assert back and all(e.type == "REJECT" for e in back)
    assert push and all(e.type == "REQUEST" for e in push)


@pytest.mark.model
def test_a_refusal_answers_the_demand_before_it(pipeline: Any) -> None:
    """ "X urged Y to Z. Y pushed back": the refusal is aimed at the demander."""
    text = (
        "The United States urged the government of Iraq to expel the militia on Monday. "
        "But the government of Iraq has pushed back, saying it would be a serious mistake."
    )
    found = _events(pipeline, text, "pushed")
    assert found and found[0].type == "REJECT"
    assert [r.country for r in found[0].recipient] == ["USA"]
