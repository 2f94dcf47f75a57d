"""A state referred back to by a description ("the West African country", "the Gulf state",
"the island nation", "the kingdom"): the one state named before it whose region and trait
facts fit the words. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article, Mention, Place
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.actors.state_descriptions import described_states


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _named(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of each (name, code) at its first place in ``text``."""
    out = []
    for name, code in names:
        start = text.index(name)
        out.append(Mention(start, start + len(name), name, "GPE", code, name, code))
    return out


def _resolved(kb: KnowledgeBase, text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    found = described_states(text, _named(text, *names), [], kb)
    return [(m.text, str(m.country)) for m in found]


def test_a_region_word_picks_the_one_state_of_that_region(kb: KnowledgeBase) -> None:
    text = "Ghana blamed Spain for the delay. The West African country recalled its envoy."
    assert _resolved(kb, text, ("Ghana", "GHA"), ("Spain", "ESP")) == [
        ("The West African country", "GHA")
    ]


def test_a_trait_word_picks_the_island_or_the_landlocked_state(kb: KnowledgeBase) -> None:
    text = "Canada sent ships to Fiji. Aid reached the island nation on Friday."
    assert _resolved(kb, text, ("Canada", "CAN"), ("Fiji", "FJI")) == [("the island nation", "FJI")]
    text = "Peru and Paraguay met. The landlocked country asked for a port."
    assert _resolved(kb, text, ("Peru", "PER"), ("Paraguay", "PRY")) == [
        ("The landlocked country", "PRY")
    ]


def test_the_head_noun_kingdom_is_a_fact_too(kb: KnowledgeBase) -> None:
    text = "Chile and Jordan signed a pact. The kingdom will send wheat."
    assert _resolved(kb, text, ("Chile", "CHL"), ("Jordan", "JOR")) == [("The kingdom", "JOR")]


def test_two_states_that_fit_leave_the_description_unresolved(kb: KnowledgeBase) -> None:
    text = "Qatar and Oman hosted the talks. The Gulf state said it would mediate."
    assert _resolved(kb, text, ("Qatar", "QAT"), ("Oman", "OMN")) == []


def test_only_states_named_before_the_description_count(kb: KnowledgeBase) -> None:
    text = "The Gulf state said it would mediate, Brazil said. Qatar agreed."
    assert _resolved(kb, text, ("Brazil", "BRA"), ("Qatar", "QAT")) == []


def test_bare_or_unknown_words_resolve_nothing(kb: KnowledgeBase) -> None:
    text = "Ghana blamed Spain. The country recalled its envoy from the neighbouring nation."
    assert _resolved(kb, text, ("Ghana", "GHA"), ("Spain", "ESP")) == []


def test_a_name_holding_the_head_is_no_description(kb: KnowledgeBase) -> None:
    text = "Haiti and the Dominican Republic closed the border."
    found = described_states(
        text, _named(text, ("Haiti", "HTI"), ("Dominican Republic", "DOM")), [], kb
    )
    assert found == []


def test_a_place_names_a_state_before_the_description(kb: KnowledgeBase) -> None:
    text = "Talks opened in Bamako. The West African country hosts the envoys."
    places = [Place(16, 22, "Bamako", "MLI")]
    found = described_states(text, [], places, kb)
    assert [(m.text, m.country, m.canonical) for m in found] == [
        ("The West African country", "MLI", "Mali")
    ]


def test_an_event_takes_the_described_state_as_its_party(pipeline: Any) -> None:
    """ "The West African country and its allies ... recalled" : the country is Ghana, and
    the description is no actor mention of its own ("West" in it names nothing)."""

    text = (
        "Ghana accused Spain of spying on its diplomats. "
        "The West African country and its ally Togo recalled their ambassadors from Madrid."
    )
    article = next(iter(pipeline.process([Article(text=text, published="2025-05-02")])))
    recalled = [e for e in article.events if e.anchor.text == "recalled"]
    assert recalled, [e.anchor.text for e in article.events]
    assert "GHA" in {r.country for r in recalled[0].actor}
    assert not [m for m in article.mentions if "West" in m.text]


def test_a_description_in_the_possessive_refers_back_too(kb: KnowledgeBase) -> None:
    text = "Algeria and Peru talked. Drones crossed the North African country's border."
    assert _resolved(kb, text, ("Algeria", "DZA"), ("Peru", "PER")) == [
        ("the North African country", "DZA")
    ]
