"""Where an actor's name starts and ends: an acronym matched only exactly, an envoy's host
run into the name after it, a place's short form, a body's part the recognizer cut off, a
headline's owner and thing, a headline's verb and noun, the state across a border.
Sentences and names are invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.kb.normalize import common_word, is_acronym
from sitroom.nlp.actors.linker import DocState, Linker
from sitroom.nlp.actors.spans import trim


def _by_text(nlp: Language, text: str) -> dict[str, Any]:
    doc = nlp(text)
    places = {p.text for p in doc._.places}
    return {m.text: m for m in doc._.mentions if m.text not in places}


@pytest.mark.parametrize(
    ("word", "acronym"),
    [("AFRICOM", True), ("U.S.", True), ("ECOWAS", True), ("Africom", False), ("A", False)],
)
def test_is_acronym(word: str, acronym: bool) -> None:
    assert is_acronym(word) is acronym


def test_common_word_takes_plurals_and_verb_forms() -> None:
    common = frozenset({"seize", "power", "spark"})
    assert common_word("seizes", common) and common_word("sparks", common)
    assert not common_word("karimova", common)


def test_an_acronym_is_no_misspelt_acronym() -> None:
    """An unknown acronym one letter off a known one stays unknown; its spelled-out
    near name is still matched ("Caribean Community" is CARICOM)."""
    linker = Linker(load_kb(), fuzzy_threshold=82)
    assert linker.link("CARICOMS", "ORG", DocState()).canonical != "CARICOM"
    assert linker.link("ARICOM", "ORG", DocState()).canonical != "CARICOM"
    assert linker.link("Caribean Community", "ORG", DocState()).canonical == "CARICOM"


@pytest.mark.parametrize(
    ("text", "canonical", "country"),
    [
        ("AFRICOM", "United States Africa Command", "USA"),
        ("U.S. Central Command", "United States Central Command", "USA"),
        ("Tehreek-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "PAK"),
        ("Amal Movement", "Amal Movement", "LBN"),
    ],
)
def test_bodies_added_to_the_kb(text: str, canonical: str, country: str) -> None:
    link = Linker(load_kb(), fuzzy_threshold=82).link(text, "ORG", DocState())
    assert (link.canonical, link.country) == (canonical, country)


@pytest.mark.model
def test_an_envoys_host_is_no_part_of_the_name(actor_nlp: Language) -> None:
    text = "The ministry summoned the Ruritanian Ambassador to Baku Ivo Marlenkov on Monday."
    found = _by_text(actor_nlp, text)
    assert "Ivo Marlenkov" in found
    assert not any("Baku" in t for t in found)


@pytest.mark.model
def test_a_places_short_form_is_the_place(actor_nlp: Language) -> None:
    text = "Fighters entered Wadi Kharbeen on Tuesday. Officials said Kharbeen was calm."
    assert "Kharbeen" not in _by_text(actor_nlp, text)


@pytest.mark.model
def test_a_bodys_part_runs_on(actor_nlp: Language) -> None:
    text = "The statement was issued by the PM Office Media Wing on Friday."
    found = _by_text(actor_nlp, text)
    assert "PM Office Media Wing" in found
    assert "Media Wing" not in found


@pytest.mark.model
def test_a_headlines_owner_and_thing(actor_nlp: Language) -> None:
    """ "Rajoelina’s Impeachment": the owner is the mention, the thing is none."""
    found = _by_text(actor_nlp, "Army Takes Over After President Rajoelina’s Impeachment")
    assert "Rajoelina" in found
    assert not any("Impeachment" in t for t in found)


@pytest.mark.model
def test_a_possessive_before_lower_case_words_cuts_the_name(actor_nlp: Language) -> None:
    """ "Lindqvist’s party won": the owner is the mention, "party" is no part of a name;
    "Workers’ Party" (capitalised) stays whole."""
    found = _by_text(actor_nlp, "Yes, Lindqvist’s party won half of the seats on Sunday.")
    assert not any("party" in t for t in found)
    found = _by_text(actor_nlp, "The Workers’ Party of Brazil won half of the seats.")
    assert not any(t in ("Workers", "Workers’") for t in found)


@pytest.mark.model
def test_a_name_of_two_words_joined_by_and_is_one_name(actor_nlp: Language) -> None:
    """ "the Action and Solidarity Party (PAS)": the recognizer cut it at "and"."""
    text = "With most ballots counted, the Action and Solidarity Party (PAS) won 50% of the vote."
    found = _by_text(actor_nlp, text)
    assert "Action and Solidarity Party" in found
    assert "Action" not in found and "Solidarity Party" not in found


@pytest.mark.model
def test_lower_case_words_before_an_opening_quote_are_no_part_of_the_name(
    actor_nlp: Language,
) -> None:
    """The recognizer may take "electoral bloc “Renewal" as one name: the name is the
    quoted word."""
    doc = actor_nlp.make_doc("Parties included the electoral bloc “Renewal” with 7%.")
    span = trim(doc[3:7])
    assert span is not None and span.text == "Renewal"
    assert str(trim(doc[4:8])) == "Renewal"


@pytest.mark.model
def test_a_headlines_verb_and_noun_are_no_name(actor_nlp: Language) -> None:
    found = _by_text(actor_nlp, "Kenya Seizes Power in Dramatic Move, Officials Say")
    assert not any("Seizes" in t for t in found)


@pytest.mark.model
def test_the_state_across_a_border_is_a_place(actor_nlp: Language) -> None:
    """ "the border with X" is a line on the map; "a deal with X" keeps X acting."""
    text = "The province runs to the border with Ruritania. Oman signed a deal with Qatar."
    found = _by_text(actor_nlp, text)
    assert "Ruritania" not in found
    assert "Qatar" in found
