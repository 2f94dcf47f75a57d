"""Speakers named by a description: "the ministry" after a named ministry, "the statement"
someone issued, "the spokesman" named in the next sentence, never a head of state for an
aide, never a name from page furniture. Sentences and names are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Quote


def _speaker_of(pipeline: Any, text: str, words: str) -> Any:
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    at = text.index(words)
    found = [q for q in quotes if q.start <= at < q.end]
    assert found, [q.text for q in quotes]
    return found[0].speaker


@pytest.mark.model
def test_the_body_noun_names_the_body_named_before(pipeline: Any) -> None:
    text = (
        "The International Atomic Energy Agency met in Vienna on Monday. "
        "The agency said the inspectors had been refused access to two sites."
    )
    speaker = _speaker_of(pipeline, text, "the inspectors had been")
    assert speaker is not None and speaker.canonical == "International Atomic Energy Agency"


@pytest.mark.model
def test_the_statement_speaks_for_who_issued_it(pipeline: Any) -> None:
    text = (
        "The government of Ghana issued a short statement on Tuesday. "
        "The statement said the border would stay closed until further notice."
    )
    speaker = _speaker_of(pipeline, text, "the border would stay closed")
    assert speaker is not None and speaker.canonical == "Ghana"


@pytest.mark.model
def test_the_spokesman_is_the_spokesman_named_next(pipeline: Any) -> None:
    text = (
        "Donald Trump warned of new strikes on Friday. "
        "The spokesman for the agency said its engineers had been told to stay. "
        '"We will not leave," spokesman Karim Hadavi said.'
    )
    speaker = _speaker_of(pipeline, text, "its engineers had been told")
    assert speaker is not None and speaker.canonical == "Karim Hadavi"


@pytest.mark.model
def test_an_aide_is_not_the_head_of_state(pipeline: Any) -> None:
    text = (
        "Vladimir Putin met the envoy in Moscow on Thursday. "
        "The aide said the talks had been useful but short."
    )
    speaker = _speaker_of(pipeline, text, "the talks had been useful")
    assert speaker is None or speaker.canonical != "Vladimir Putin"


@pytest.mark.model
def test_two_people_together_are_no_one_speaker(pipeline: Any) -> None:
    text = "Hardline ministers Erik Dahl and Tomas Verhelst have voiced anger, vowing to resign."
    speaker = _speaker_of(pipeline, text, "to resign")
    assert speaker is None or speaker.canonical is None


@pytest.mark.model
def test_a_conjunct_after_a_quotation_is_the_reporters(pipeline: Any) -> None:
    text = (
        'Erik Dahl said "other things are happening" but gave no details, adding that he '
        "would speak about it later."
    )
    speaker = _speaker_of(pipeline, text, "he would speak about it")
    assert speaker is not None and speaker.canonical == "Erik Dahl"
