"""Quote precision of round 10 (hand-written sentences): a trailing "according to X" that
ends its sentence attributes all of the sentence before it; what a thing or an event
"shows" or "proves" is the writer's inference, not a statement (a person's finding and a
speaker's reported inference stay), though it is kept as a reaction (an attribution)."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.extract_texts([text])[0].quotes)


def _covering(quotes: list[Any], text: str, words: str) -> list[Any]:
    at = text.index(words)
    end = at + len(words)
    return [q for q in quotes if q.start <= at and end <= q.end]


@pytest.mark.model
def test_a_closing_according_to_takes_both_conjuncts(pipeline: Any) -> None:
    text = (
        "Two sailors have died and five remain missing after the ferry sank, according to "
        "the coast guard."
    )
    quotes = _quotes(pipeline, text)
    assert _covering(quotes, text, "Two sailors have died and five remain missing"), [
        q.text for q in quotes
    ]


@pytest.mark.model
def test_a_closing_according_to_is_not_read_into_its_own_phrase(pipeline: Any) -> None:
    text = (
        "The opposition won 48 percent of the vote, according to early results released "
        "by the election board with 90 percent of ballots counted."
    )
    quotes = _quotes(pipeline, text)
    assert _covering(quotes, text, "The opposition won 48 percent of the vote")
    assert not [q for q in quotes if q.text.startswith("90 percent")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The fire proved that the old bridge was unsafe.",
        "The rally showed that the party remains popular.",
        "The crash demonstrated how fragile the rail network is.",
    ],
)
def test_what_an_event_shows_is_no_statement(pipeline: Any, text: str) -> None:
    article = pipeline.extract_texts([text])[0]
    assert list(article.quotes) == []
    assert article.reactions  # still an attribution, for PolNeAR's broad sense


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found that the old bridge had collapsed.",
        "The survey showed that the party remains popular.",
        "The mayor said the crash proves that the rail network is fragile.",
    ],
)
def test_findings_of_people_documents_and_speakers_stay(pipeline: Any, text: str) -> None:
    assert _quotes(pipeline, text), text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The statement confirmed that the ferry would sail on Monday.",
        "The results showed that turnout had fallen.",
    ],
)
def test_what_a_statement_or_a_count_shows_stays(pipeline: Any, text: str) -> None:
    assert _quotes(pipeline, text), text
