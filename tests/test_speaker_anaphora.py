"""Who "he", "the official" and "the minister" are: the person a report is about, not
a person named inside a quotation, not a prime minister for "the minister", and the
previous speaker for "he added". Sentences and names are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import speaker_of
from sitroom.article import Quote


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        pytest.param(
            (
                "Trade ministry spokesman Daniel Okafor on Tuesday ruled out new tariffs.\n\n"
                '"As President Amara Velde has said many times, we will not start a trade war," '
                "noted the spokesman.\n\n"
                "Asked about the talks, he said that the two sides would meet again in March."
            ),
            "the two sides would meet",
            "Daniel Okafor",
            id="a-name-inside-a-quotation-is-not-he",
        ),
        pytest.param(
            (
                "Harbour authority spokesman Tomas Reyland on Monday rejected the union's "
                "demands.\n\n"
                "The official said that the port would stay open through the strike."
            ),
            "the port would stay open",
            "Tomas Reyland",
            id="the-official-is-the-person-just-named",
        ),
        pytest.param(
            (
                "Interior Minister Farid Qazal said on Monday that the border would reopen.\n\n"
                "Last week, Prime Minister Imran Khan had announced a review of the crossings.\n\n"
                "The minister said that the review would take a month."
            ),
            "the review would take a month",
            "Farid Qazal",
            id="the-minister-is-not-the-prime-minister",
        ),
        pytest.param(
            (
                "Govt to keep ferry fares frozen\n\nStaff Reporter\n\n"
                "Transport Minister Lena Baptiste on Friday said the fares would stay frozen."
            ),
            "the fares would stay frozen",
            "Lena Baptiste",
            id="a-paragraph-break-ends-a-headline",
        ),
        pytest.param(
            (
                "Finance Minister Rosa Delmar said on Friday that Petra Olund had backed the plan "
                "in the meeting. Olund had asked for more time, she also said."
            ),
            "Olund had asked for more time",
            "Rosa Delmar",
            id="a-speaker-inside-anothers-words-is-not-the-next-he",
        ),
    ],
)
def test_the_speaker_is_who_the_report_means(
    pipeline: Any, text: str, words: str, who: str
) -> None:
    speaker = speaker_of(pipeline, text, words)
    assert speaker is not None and speaker.canonical == who


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "term"),
    [
        pytest.param(
            "Demanding ‘flood-hit’ status for the valley, the growers wrote to the governor.",
            "flood-hit",
            id="a-quoted-modifier",
        ),
        pytest.param(
            "Raising slogans including ‘Water for the fields’, they demanded free diesel.",
            "Water for the fields",
            id="a-slogan",
        ),
    ],
)
def test_a_quoted_name_or_term_is_no_quote(pipeline: Any, text: str, term: str) -> None:
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    at = text.index(term)
    assert not [q for q in quotes if q.start <= at < q.end and q.kind == "direct"]


@pytest.mark.model
def test_the_writers_own_question_is_no_quote(pipeline: Any) -> None:
    text = (
        "The senator arrived late for the interview. When I asked him to speak in French, "
        "he refused, saying that his French was rusty."
    )
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    at = text.index("him to speak in French")
    assert not [q for q in quotes if q.start <= at < q.end]


@pytest.mark.model
def test_the_company_is_the_firm_the_report_is_about(pipeline: Any) -> None:
    text = (
        "Shares of Brightwell Robotics fell 12 percent on Tuesday after Brightwell Robotics "
        "cut its forecast. Analysts at Norbank Securities had expected more.\n\n"
        "The company said that demand from carmakers had slowed in the third quarter."
    )
    speaker = speaker_of(pipeline, text, "demand from carmakers had slowed")
    assert speaker is not None and speaker.canonical is not None
    assert "Brightwell" in speaker.canonical
