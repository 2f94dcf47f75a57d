"""Attributions that generalise across reports (hand-written sentences): an "as" aside
with a verb of stating ("As X put it, A", "A, as X has noted") attributes the main clause
to its subject, but not "as expected", "as X spoke" or "as X said he would"; nouns of
saying and belief with a that-clause ("his stance that", "the army's explanation on
Sunday that") carry the holder's words; bodies such as an embassy or a regulator, and
plural nouns for people by their suffix ("environmentalists"), hold views."""

from __future__ import annotations

from typing import Any

import pytest


def _article(pipeline: Any, text: str) -> Any:
    return pipeline.extract_texts([text])[0]


def _at(article: Any, text: str, words: str) -> list[Any]:
    at = text.index(words)
    return [q for q in article.quotes if q.start <= at < q.end]


def _speaker(quotes: list[Any]) -> str:
    assert quotes
    speaker = quotes[0].speaker
    return "" if speaker is None else str(speaker.text)


@pytest.mark.model
def test_as_she_put_it_attributes_the_main_clause(pipeline: Any) -> None:
    text = "As the mayor put it on Monday, the harbour cannot wait another winter."
    quotes = _at(_article(pipeline, text), text, "the harbour cannot wait")
    assert "mayor" in _speaker(quotes)
    assert not any(q.start <= text.index("As the mayor") < q.end for q in quotes)


@pytest.mark.model
def test_a_clause_then_as_experts_have_noted(pipeline: Any) -> None:
    text = "Ferry fares have doubled in two years, as several economists have noted."
    quotes = _at(_article(pipeline, text), text, "Ferry fares have doubled")
    assert "economists" in _speaker(quotes)


@pytest.mark.model
def test_as_he_told_reporters_attributes_the_main_clause(pipeline: Any) -> None:
    text = "As the governor told reporters in the capital, the dam will be finished by May."
    assert "governor" in _speaker(_at(_article(pipeline, text), text, "the dam will be"))


@pytest.mark.model
def test_as_clauses_of_time_or_expectation_attribute_nothing(pipeline: Any) -> None:
    for text in (
        "As expected, the ruling party won most of the seats in the north.",
        "As the mayor spoke, farmers gathered outside the town hall.",
    ):
        assert _article(pipeline, text).quotes == []


@pytest.mark.model
def test_a_stance_that_carries_the_holders_words(pipeline: Any) -> None:
    text = "The minister repeated his stance that the country will not buy foreign grain."
    assert "minister" in _speaker(_at(_article(pipeline, text), text, "will not buy"))


@pytest.mark.model
def test_an_explanation_after_a_date_still_holds_its_clause(pipeline: Any) -> None:
    text = "The talks follow the army's explanation on Sunday that it had left the port."
    assert "army" in _speaker(_at(_article(pipeline, text), text, "it had left the port"))


@pytest.mark.model
def test_an_embassy_reporting_is_a_statement(pipeline: Any) -> None:
    text = "The embassy reported that several main roads were closed after the storm."
    assert _at(_article(pipeline, text), text, "several main roads were closed")


@pytest.mark.model
def test_a_restated_conviction_is_the_bodys_view(pipeline: Any) -> None:
    text = "The ministry restated its conviction that the dam posed no danger to the town."
    assert "ministry" in _speaker(_at(_article(pipeline, text), text, "the dam posed no"))


@pytest.mark.model
def test_plural_nouns_for_people_by_their_suffix_hold_beliefs(pipeline: Any) -> None:
    text = "Environmentalists worry that the new mine will poison the river below the town."
    quotes = _at(_article(pipeline, text), text, "the new mine will poison")
    assert "Environmentalists" in _speaker(quotes)


def test_people_by_suffix_needs_a_plural_agent_noun() -> None:
    import spacy

    from sitroom.nlp.quotes.people import people_by_suffix

    doc = spacy.blank("en")("regulators borders regulator")
    for tok, tag in zip(doc, ("NNS", "NNS", "NN"), strict=True):
        tok.tag_ = tag
    assert [people_by_suffix(t) for t in doc] == [True, False, False]


@pytest.mark.model
def test_an_act_done_as_promised_is_no_quote(pipeline: Any) -> None:
    text = "The harbour master stepped down on Friday, as she had promised in March."
    assert not _at(_article(pipeline, text), text, "stepped down on Friday")


@pytest.mark.model
def test_an_act_done_as_pledged_is_no_quote(pipeline: Any) -> None:
    text = "The old bridge was closed to lorries last week, as the council had pledged."
    assert not _at(_article(pipeline, text), text, "bridge was closed")
