"""Quote kinds and speakers of the fourth round (hand-written sentences): a statement
passed on by "according to" is quoted once, a noun completed by an infinitive after a
stance cue is no statement, nor a purpose participle after the speaker's words; "That was
the message from X" names the speaker of the quotation before it; "according to data from
X" speaks for X; "the Oslo-based agency" is the body last quoted."""

from __future__ import annotations

from typing import Any

import pytest


def _article(pipeline: Any, text: str) -> Any:
    return pipeline.extract_texts([text])[0]


def _at(article: Any, text: str, words: str) -> list[Any]:
    at = text.index(words)
    return [q for q in article.quotes if q.start <= at < q.end]


@pytest.mark.model
def test_according_to_passing_on_a_speakers_words_quotes_them_once(pipeline: Any) -> None:
    text = (
        "The minister said the harbour would reopen, adding that ferries would run again "
        "by May, according to Radio Nord."
    )
    article = _article(pipeline, text)
    quotes = _at(article, text, "ferries would run")
    assert quotes
    assert all(q.cue is not None and q.cue.text != "according to" for q in quotes)
    # the passing-on is kept as an attribution (a reaction), not lost
    assert any(r.cue is not None and r.cue.text == "according to" for r in article.reactions)


@pytest.mark.model
def test_according_to_alone_still_quotes(pipeline: Any) -> None:
    text = "Ferry crossings will resume on Friday, according to Radio Nord."
    quotes = _at(_article(pipeline, text), text, "Ferry crossings will resume")
    assert quotes and quotes[0].speaker is not None


@pytest.mark.model
def test_a_noun_completed_by_an_infinitive_is_no_statement(pipeline: Any) -> None:
    text = "The council welcomed a plan presented by the navy on Monday to clear the mines."
    assert _at(_article(pipeline, text), text, "to clear the mines") == []


@pytest.mark.model
def test_a_proposal_of_ones_own_plan_stays_a_statement(pipeline: Any) -> None:
    text = "The mayor proposed a plan to rebuild the harbour wall before the winter storms."
    assert _at(_article(pipeline, text), text, "to rebuild the harbour")


@pytest.mark.model
def test_a_stance_on_a_claim_with_a_clause_stays_a_statement(pipeline: Any) -> None:
    text = "The council rejected claims that the navy had fired on the fishing boats."
    assert _at(_article(pipeline, text), text, "the navy had fired")


@pytest.mark.model
def test_a_purpose_participle_after_the_words_is_no_quote(pipeline: Any) -> None:
    text = (
        'The governor stressed that "the river plan is the only way forward," aiming to '
        'achieve "a cleaner valley for all."'
    )
    article = _article(pipeline, text)
    assert all(q.cue is None or q.cue.text != "aiming" for q in article.quotes)
    assert _at(article, text, "the river plan")


@pytest.mark.model
def test_that_was_the_message_from_names_the_speaker(pipeline: Any) -> None:
    text = (
        '"We will not give up the harbour." That was the message from mayor Lena Koskinen '
        "to the striking dockers."
    )
    quotes = _at(_article(pipeline, text), text, "We will not")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical == "Lena Koskinen"


@pytest.mark.model
def test_a_quotation_with_no_message_sentence_gets_no_such_speaker(pipeline: Any) -> None:
    text = '"We will not give up the harbour." The dockers went on strike on Monday.'
    quotes = _at(_article(pipeline, text), text, "We will not")
    assert all(q.speaker is None or q.speaker.canonical is None for q in quotes)


@pytest.mark.model
def test_according_to_data_from_a_body_speaks_for_the_body(pipeline: Any) -> None:
    text = (
        "According to preliminary data from the Archive of Public Gatherings, 140,000 "
        "people gathered in the capital."
    )
    quotes = _at(_article(pipeline, text), text, "people gathered")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical == "Archive of Public Gatherings"


@pytest.mark.model
def test_a_body_described_by_its_seat_is_the_body_last_quoted(pipeline: Any) -> None:
    text = (
        "The Kestrel Shipping Watch said on Monday that a tanker had been hit near the "
        "strait. In a notice issued later, the Oslo-based agency said two more vessels had "
        "been struck."
    )
    quotes = _at(_article(pipeline, text), text, "two more vessels")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical == "Kestrel Shipping Watch"


@pytest.mark.model
def test_a_seated_body_skips_a_named_thing_that_did_not_speak(pipeline: Any) -> None:
    text = (
        "The Kestrel Shipping Watch said on Monday that a search was under way after the "
        "Nordlys Carrier sank. In a notice issued later, the Oslo-based agency said two more "
        "vessels had been struck."
    )
    quotes = _at(_article(pipeline, text), text, "two more vessels")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical == "Kestrel Shipping Watch"


@pytest.mark.model
def test_according_to_on_another_clause_keeps_its_quote(pipeline: Any) -> None:
    text = (
        "According to the harbour board, 300 workers joined the strike, while the ministry "
        "said that only 40 had stayed away."
    )
    quotes = _at(_article(pipeline, text), text, "300 workers joined")
    assert quotes and quotes[0].cue is not None and quotes[0].cue.text == "According to"


@pytest.mark.model
def test_a_seat_with_no_body_quoted_before_resolves_to_none(pipeline: Any) -> None:
    text = "The Oslo-based agency said two more vessels had been struck near the strait."
    quotes = _at(_article(pipeline, text), text, "two more vessels")
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.actor_id is None)


@pytest.mark.model
def test_according_to_hung_on_the_said_clause_is_a_relay(pipeline: Any) -> None:
    # the parser hangs "according to Y" on the verb of what X said: X still speaks, once
    text = "Tom Okello said the ferry was safe, according to Radio Nord."
    quotes = _at(_article(pipeline, text), text, "the ferry was safe")
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Tom Okello"
    assert "according" not in quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize("source", ["Nobody", "No one", "No official"])
def test_a_source_that_is_no_one_states_nothing(pipeline: Any, source: str) -> None:
    text = f"{source} said the talks had failed before the vote."
    assert not _at(_article(pipeline, text), text, "the talks had failed")


@pytest.mark.model
def test_a_quotation_after_a_paragraph_ending_in_a_colon_is_the_posters(pipeline: Any) -> None:
    text = (
        "The Harbour Workers Party posted on X late on Thursday:\n\n"
        "“Police officers have climbed over the fence and are now searching the offices.”"
    )
    quotes = _at(_article(pipeline, text), text, "Police officers have climbed")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical == "Harbour Workers Party"


@pytest.mark.model
def test_according_to_opening_a_sentence_whose_verb_reads_as_a_noun(pipeline: Any) -> None:
    # "reeks" is read as a noun and the clause hung on the source's name: the opening
    # phrase still ends at its comma, and the rest of the sentence is what the source says
    text = (
        "According to late-night radio host Tom Vale, the plan reeks of panic and haste.\n\n"
        "The council votes on it next week."
    )
    quotes = _at(_article(pipeline, text), text, "the plan reeks")
    assert quotes
    assert "Tom Vale" not in quotes[0].text
    assert quotes[0].speaker is not None and "Vale" in quotes[0].speaker.text
