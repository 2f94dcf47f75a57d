"""Quotes on patterns of news prose that are not attributed statements (hand-written
sentences): what a speaker withholds, the writer's own asides, and the like."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import quote_at

pytestmark = pytest.mark.model


def _quoted(pipeline: Any, text: str, words: str) -> list[str]:
    """The quotes (not reactions) that cover ``words``."""
    article = pipeline.extract_texts([text])[0]
    at = text.index(words)
    return [q.text for q in article.quotes if q.start <= at < q.end]


def _reacted(pipeline: Any, text: str, words: str) -> list[str]:
    article = pipeline.extract_texts([text])[0]
    at = text.index(words)
    return [q.text for q in article.reactions if q.start <= at < q.end]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour authority declined to say whether the ferries would sail on Monday.",
         "the ferries would sail"),
        ("The governor did not confirm that the bridge had been closed overnight.",
         "the bridge had been closed"),
        ("The mayor stopped short of saying the budget talks had collapsed.",
         "the budget talks had collapsed"),
        ("The railway company has not said when the line will reopen to passengers.",
         "the line will reopen"),
        ("The envoy left the building without saying whether a deal was close.",
         "a deal was close"),
        ("In a statement, the coach avoided naming a captain and did not confirm that the "
         "squad had been picked.", "the squad had been picked"),
    ],
    ids=["declined-to-say", "did-not-confirm", "stopped-short-of", "has-not-said",
         "without-saying", "in-a-statement-avoided"],
)  # fmt: skip
def test_what_a_speaker_withholds_is_not_a_quote(pipeline: Any, text: str, content: str) -> None:
    assert _quoted(pipeline, text, content) == []
    assert _reacted(pipeline, text, content)  # still an attribution (PolNeAR counts it)


@pytest.mark.parametrize(
    "text",
    [
        "The port workers never denied that the cranes had been sabotaged.",
        "The minister said that the mine would not close this year.",
    ],
    ids=["never-denied", "negation-inside-the-content"],
)
def test_a_denial_or_a_negative_content_stays_a_quote(pipeline: Any, text: str) -> None:
    assert _quoted(pipeline, text, "would" if "would" in text else "had been")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It should be noted that the two dams were built in the same decade.",
         "the two dams were built"),
        ("It is worth noting that the river has flooded twice since then.",
         "the river has flooded"),
        ("It is important to stress that the vaccine trial is still under way.",
         "the vaccine trial"),
    ],
    ids=["should-be-noted", "worth-noting", "important-to-stress"],
)  # fmt: skip
def test_the_writers_aside_is_not_a_quote(pipeline: Any, text: str, content: str) -> None:
    assert _quoted(pipeline, text, content) == []


def test_an_impersonal_report_stays_a_quote(pipeline: Any) -> None:
    text = "It was announced that the festival would move to a new site in June."
    assert _quoted(pipeline, text, "the festival would move")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority said the ferry had run aground near the island, the local "
        "newspaper reported.",
        "The coastguard confirmed the rescue of four sailors and said the search would go on, "
        "a regional radio station reported.",
    ],
    ids=["said-then-reported", "conjoined-said"],
)
def test_a_relayed_statement_belongs_to_its_speaker(pipeline: Any, text: str) -> None:
    """ "X said A, the newspaper reported": A is X's, and ends before the relay."""
    article = pipeline.extract_texts([text])[0]
    relay = text.index("reported")
    covering = [q for q in article.quotes if q.cue is not None and q.cue.text == "said"]
    assert covering and all(q.end < relay for q in covering), article.quotes
    assert not [q for q in article.quotes if q.cue is not None and q.cue.text == "reported"]


def test_a_report_of_no_one_elses_statement_stays_a_quote(pipeline: Any) -> None:
    text = "The ferry had run aground near the island, the local newspaper reported."
    quotes = _quoted(pipeline, text, "run aground")
    assert quotes == ["The ferry had run aground near the island"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The strike grew out of the union's decision, announced two weeks before the vote, "
         "that no drivers would work.", "no drivers would work"),
        ("Asked whether he would resign, the mayor smiled and left the room.",
         "whether he would resign"),
        ("The northern district also saw casualties when the market was shelled.",
         "the market was shelled"),
        # a question asked is no statement (kept as a reaction, as PolNeAR counts it)
        ("The reporters asked when the talks would resume.", "the talks would resume"),
    ],
    ids=["participle-announced", "asked-whether", "saw-when", "asked-when"],
)  # fmt: skip
def test_a_passive_adjunct_or_a_clause_of_time_is_not_a_quote(
    pipeline: Any, text: str, content: str
) -> None:
    assert _quoted(pipeline, text, content) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said when the talks resume, the border will open.", "the border will"),
    ],
    ids=["said-when"],
)  # fmt: skip
def test_a_conditional_content_stays_a_quote(pipeline: Any, text: str, content: str) -> None:
    assert _quoted(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor of the port city condemned what she called reckless driving by the "
         "lorry firms.", "The mayor"),
        ("The union rejected what it described as an insulting offer from the owners.",
         "The union"),
    ],
    ids=["condemned-what-she-called", "rejected-what-it-described-as"],
)  # fmt: skip
def test_a_stance_on_what_the_speaker_called_something_is_a_quote(
    pipeline: Any, text: str, speaker: str
) -> None:
    article = pipeline.extract_texts([text])[0]
    (quote,) = [q for q in article.quotes if q.text.startswith("what")]
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)


def test_a_stance_on_what_happened_is_no_quote(pipeline: Any) -> None:
    text = "The town council welcomed what happened at the harbour last week."
    assert _quoted(pipeline, text, "happened") == []


def test_what_a_speaker_did_in_an_interview_is_not_a_quote(pipeline: Any) -> None:
    text = "The coach made his remarks in an interview with a local radio station on Friday."
    assert _quoted(pipeline, text, "made his remarks") == []


def test_a_sub_heading_names_no_next_speaker(pipeline: Any) -> None:
    text = (
        "Farmers block the ring road for a third day\n\n"
        "The protest began on Monday. The farm minister, Lena Haug, condemned what she "
        "called a blockade of the capital.\n\n"
        "Unions defend “peaceful” protest\n\n"
        "“We will stay until the price of diesel falls and not one day less.”"
    )
    article = pipeline.extract_texts([text])[0]
    at = text.index("We will stay")
    (quote,) = [q for q in article.quotes if q.start <= at < q.end]
    assert quote.speaker is not None and quote.speaker.canonical == "Lena Haug"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The army released footage showing what appeared to be a drone falling into a lake.",
         "a drone falling"),
        ("Ship-tracking websites showed the tanker sailing slowly along the coast.",
         "the tanker sailing"),
    ],
    ids=["footage-showing-what-appeared", "sites-showed-x-sailing"],
)  # fmt: skip
def test_what_footage_or_a_tracker_shows_is_not_a_quote(
    pipeline: Any, text: str, content: str
) -> None:
    assert _quoted(pipeline, text, content) == []


def test_what_a_study_shows_to_be_true_stays_a_quote(pipeline: Any) -> None:
    text = "Satellite images showed that the runway had been destroyed."
    assert _quoted(pipeline, text, "the runway had been destroyed")


def test_a_second_speaker_after_while_ends_the_first_report(pipeline: Any) -> None:
    text = (
        "The city police said that 40 people were arrested at the march, while the "
        "organisers said that more than 300 people were detained."
    )
    q = quote_at(pipeline, text, "40 people were arrested")
    assert q is not None and "organisers" not in q.text
    second = quote_at(pipeline, text, "more than 300 people")
    assert second is not None and second.speaker is not None
    assert "organisers" in second.speaker.text


def test_a_fronted_according_to_keeps_the_clause_after_and(pipeline: Any) -> None:
    text = (
        "According to the police, officers saw the man leave a van with a rifle, and they "
        "ordered him to drop the weapon."
    )
    q = quote_at(pipeline, text, "officers saw the man")
    assert q is not None and "drop the weapon" in q.text
