"""Session 35 (actors22): rule A1 of the gold guidelines. A nationality adjective names its
state before an act, a force or body, officials or people as a group; it names no actor
before a thing, a place, an abstract noun, a company or a named organisation, or as a named
person's title, where no other occurrence of it acts (one reading per surface). Sentences
are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import actor_mentions, actor_texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def _has(found: list[str], demonym: str) -> bool:
    return any(t == demonym or t.startswith(demonym + " ") for t in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("Shops began to pull Israeli goods from their shelves last spring.", "Israeli"),
        ("The fund sold its shares in Israeli companies on Tuesday.", "Israeli"),
        ("Critics called the ruling a blow to Turkish democracy.", "Turkish"),
        ("Classes at Serbian universities were cancelled for a month.", "Serbian"),
        ("The talks were held after Chinese President Xi Jinping arrived in Lima.", "Chinese"),
        ("The tariff on Chinese goods was cut after Chinese President Xi Jinping spoke.",
         "Chinese"),
    ],
)  # fmt: skip
def test_an_adjective_naming_no_actor_is_dropped(
    actor_nlp: Language, text: str, demonym: str
) -> None:
    found = actor_texts(actor_nlp, text)
    assert not _has(found, demonym), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("Chinese tourists filled the old town's shops over the holiday.", "Chinese"),
        ("The gangs have terrorised the Haitian population for years, he said.", "Haitian"),
        ("Four people were killed in Israeli strikes on the town.", "Israeli"),
    ],
)  # fmt: skip
def test_an_adjective_before_people_or_an_act_is_an_actor(
    actor_nlp: Language, text: str, demonym: str
) -> None:
    found = actor_texts(actor_nlp, text)
    assert _has(found, demonym), found


@pytest.mark.model
def test_an_adjective_that_acts_elsewhere_keeps_every_occurrence(actor_nlp: Language) -> None:
    text = (
        "Protesters waved Georgian flags outside parliament. "
        "Georgian officials condemned the protest overnight."
    )
    found = actor_texts(actor_nlp, text)
    assert sum(_has([t], "Georgian") for t in found) == 2, found


@pytest.mark.model
def test_a_name_inside_a_longer_name_does_not_act(actor_nlp: Language) -> None:
    text = (
        "Saudi Arabia signed the pact on Monday. Investors later bought shares in Saudi companies."
    )
    found = actor_texts(actor_nlp, text)
    assert "Saudi" not in found, found


@pytest.mark.model
def test_a_state_bodys_name_does_not_make_the_adjective_act(actor_nlp: Language) -> None:
    text = (
        "The Venezuelan government denied the claim. "
        "Buyers of Venezuelan crude were warned on Friday."
    )
    found = actor_texts(actor_nlp, text)
    assert sum(_has([t], "Venezuelan") for t in found) == 1, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes hit the port at dawn. Later, Israeli Prime Minister Yair Golan said "
        "the raids would go on.",
        "Venezuelan strikes on the camp killed four people. Two jets later entered Venezuelan "
        "airspace without warning.",
    ],
)
def test_a_title_or_place_adjective_acts_where_it_acts_elsewhere(
    actor_nlp: Language, text: str
) -> None:
    """Issue 14: one surface, one reading; the actor reading wins over a named person's
    title and over a place the adjective describes."""
    found = actor_texts(actor_nlp, text)
    demonym = text.split()[0]
    assert sum(_has([t], demonym) for t in found) == 2, found


@pytest.mark.model
def test_a_force_or_its_people_does_not_make_the_title_adjective_act(
    actor_nlp: Language,
) -> None:
    """ "Israeli soldiers" is a surface of its own: the title keeps no actor."""
    text = "Israeli soldiers patrolled the road. Later, Israeli Prime Minister Yair Golan spoke."
    title = text.index("Israeli Prime")
    found = [m for m in actor_mentions(actor_nlp, text) if m.start == title]
    assert not found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("Soldiers shelled Pakistani border posts before dawn on Monday.", "Pakistani"),
        ("Syrian state media reported that a bridge had collapsed.", "Syrian"),
        ("The Uruguayan newspaper ran the story on its front page.", "Uruguayan"),
        ("A Peruvian opposition party called for a new vote.", "Peruvian"),
        ("Iranian state television reported that the talks had ended.", "Iranian"),
        ("The Chilean party said it would back the bill next week.", "Chilean"),
    ],
)  # fmt: skip
def test_an_adjective_before_the_press_a_party_or_a_post_is_dropped(
    actor_nlp: Language, text: str, demonym: str
) -> None:
    """Actors28: a country's press and parties are bodies of their own, and its border posts
    are places: the adjective before them names no actor."""
    found = actor_texts(actor_nlp, text)
    assert not _has(found, demonym), found
