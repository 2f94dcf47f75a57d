"""Session 36 (actors24): a state's name that the sentence's frame makes land, not the state
acting (land.py): where people flee, cross or return, what a region separates from, the
possessor of camps people live in, the country closing a dateline; and the name inside a
place compound ("X-controlled territory", "X-based firm") even where it acts elsewhere.
Sentences are written for these tests; the places are real, the events invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import actor_texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of families started fleeing in droves to Kenya in 2019.", "Kenya"),
        ("Herders who fled Chad last spring describe empty wells.", "Chad"),
        ("The movement has long called for the separation of the north from Mali.", "Mali"),
        ("The river, which separates Kenya from Uganda, floods each year.", "Kenya"),
        ("The river, which separates Kenya from Uganda, floods each year.", "Uganda"),
        ("Armed gangs have grown inside Kenya's crowded refugee camps.", "Kenya"),
        ("MOMBASA, Kenya (Reuters) - The ferry sank near the harbour at dawn.", "Kenya"),
    ],
)  # fmt: skip
def test_a_states_land_in_the_sentences_frame_is_no_actor(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name not in actor_texts(actor_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya said it would reply. Rebels shelled Kenya-controlled territory overnight.",
         "Kenya-controlled"),
        ("Chad backed the plan. A Chad-based charity said its staff had left.", "Chad-based"),
    ],
)  # fmt: skip
def test_a_name_inside_a_place_compound_is_no_actor_even_where_it_acts(
    actor_nlp: Language, text: str, name: str
) -> None:
    doc = actor_nlp(text)
    places = {(p.start, p.end) for p in doc._.places}
    at = text.index(name)
    inside = [m for m in doc._.mentions if m.start == at and (m.start, m.end) not in places]
    acting = [m for m in doc._.mentions if m.start == 0 and (m.start, m.end) not in places]
    assert not inside and acting


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya returned the envoy's letter and said talks would resume.", "Kenya"),
        ("The refugees were welcomed by Uganda, which said it would help them.", "Uganda"),
        ("Kenya's refugee agency said the camps were full.", "Kenya"),
        ("An Ethiopia-backed militia crossed the border.", "Ethiopia"),
    ],
)  # fmt: skip
def test_a_state_acting_or_backing_keeps_its_actor(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name in actor_texts(actor_nlp, text)


def test_a_part_of_a_land_by_where_it_lies_is_land(actor_nlp: Language) -> None:
    found = actor_texts(actor_nlp, "Thousands of farmers blocked central Brussels on Friday.")
    assert "Brussels" not in found


def test_a_compass_word_marks_only_the_name_after_it(actor_nlp: Language) -> None:
    from sitroom.nlp.actors.land import a_compass_part

    doc = actor_nlp("Shelling hit eastern Chad while Chad said it would respond.")
    first = next(e for e in doc.ents if e.text == "Chad")
    later = [e for e in doc.ents if e.text == "Chad"][-1]
    assert a_compass_part(first) and not a_compass_part(later)
