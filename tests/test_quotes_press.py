"""A country's press as a speaker: no state stands behind "Israeli media" or "state
media"; a named outlet keeps its name, a country's army keeps its actor. A demanded thing
with its purpose is no statement; an unnamed speaker takes the name of its appositive; a quoted
term inside the speaker's own phrase is not said."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import quote_at
from sitroom.article import Speaker
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.quotes.press import press_of_a_state, unstate_press

pytestmark = pytest.mark.model


def _quote(pipeline: Any, text: str, words: str) -> Any:
    return quote_at(pipeline, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("French media reported that the minister would resign within days.", "the minister"),
        ("The storm cut power to 9,000 homes, according to Egyptian state media.", "The storm"),
    ],
    ids=["media-reported", "according-to-state-media"],
)
def test_a_countrys_press_speaks_for_no_state(pipeline: Any, text: str, words: str) -> None:
    q = _quote(pipeline, text, words)
    assert q is not None and q.speaker is not None
    assert q.speaker.actor_id is None and q.speaker.canonical is None


def test_a_countrys_army_still_speaks_for_it(pipeline: Any) -> None:
    q = _quote(pipeline, "The French army said it had sent two ships to the gulf.", "sent two")
    assert q is not None and q.speaker is not None and q.speaker.actor_id is not None


@pytest.mark.parametrize(
    ("speaker", "taken"),
    [
        (Speaker(0, 13, "Kenyan media", "KEN", "Kenya"), True),
        (Speaker(0, 14, "Dawn newspaper", None, "Dawn newspaper"), False),
        (Speaker(0, 12, "Kenyan army", "KEN", "Kenya"), False),
    ],
    ids=["country-press", "named-outlet", "not-press"],
)
def test_only_a_country_is_taken_off_a_press_speaker(speaker: Speaker, taken: bool) -> None:
    kb = load_kb()
    assert press_of_a_state(speaker, kb) is taken
    assert (unstate_press(speaker, kb) is speaker) is not taken


def test_a_demanded_thing_with_its_purpose_is_no_statement(pipeline: Any) -> None:
    text = "The farmers demanded its repeal to protect small growers."
    assert _quote(pipeline, text, "its repeal") is None


def test_a_demand_with_a_clause_is_still_a_statement(pipeline: Any) -> None:
    text = "The farmers demanded that the council repeal the levy."
    assert _quote(pipeline, text, "the council repeal") is not None


def test_an_unnamed_speaker_takes_its_appositives_name(pipeline: Any) -> None:
    text = (
        "Tarique Rahman returned to Dhaka. His party, the Bangladesh Nationalist Party, "
        "said the count was fair."
    )
    q = _quote(pipeline, text, "the count was fair")
    assert q is not None and q.speaker is not None
    assert q.speaker.canonical == "Bangladesh Nationalist Party"


def test_a_quoted_term_in_the_speakers_own_phrase_is_not_said(pipeline: Any) -> None:
    text = 'The caretaker, known as the "chief steward", said the harbour would reopen.'
    assert _quote(pipeline, text, "chief steward") is None
    q = _quote(pipeline, text, "the harbour would reopen")
    assert q is not None and q.speaker is not None


def test_a_quotation_before_its_speaker_is_still_said(pipeline: Any) -> None:
    text = '"We will not give up," the harbour master said.'
    assert _quote(pipeline, text, "We will not") is not None


def test_a_quotation_after_an_inverted_cue_is_still_said(pipeline: Any) -> None:
    text = "Prices kept rising all year. Said Ellis: “I don’t see any sign of a slowdown.”"
    assert _quote(pipeline, text, "any sign of") is not None


def test_two_people_in_apposition_are_no_one_speaker(pipeline: Any) -> None:
    text = "Two ministers, Tarique Rahman and Muhammad Yunus, said the count was fair."
    q = _quote(pipeline, text, "the count was fair")
    assert q is not None and q.speaker is not None
    assert q.speaker.canonical not in ("Tarique Rahman", "Muhammad Yunus")
