"""Speakers and spans around participles, relative clauses, relays and appositions: a
participle of saying after a topic ("spoke about X saying, ..."), a concessive participle
("while cautioning that"), an occasion as a relative's antecedent ("the session, which
discussed"), the people behind reports ("reports from residents claim"), a document
relaying someone's quoted words ("a press note said he praised the 'X'"), a name in
apposition to a posted title ("the envoy in Accra, X,") or to a title at a body ("the head of
the X Court, Y,") and a coordinated verb's words
outside the first verb's span. Sentences and names are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from prose_checks import hand_parsed, speaker_of
from sitroom.article import Quote
from sitroom.nlp.quotes.frame import tokens_segment
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.subjects import source_of


def _quotes(pipeline: Any, text: str) -> list[Quote]:
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    return quotes


@pytest.mark.model
def test_a_participle_of_saying_after_a_topic_is_the_clauses_subjects(pipeline: Any) -> None:
    text = (
        "Opposition leader Dora Kwelane said the count was fair. She also spoke about "
        'corruption saying, "Those who stole public money must be tried and jailed."'
    )
    quotes = _quotes(pipeline, text)
    held = [q for q in quotes if "Those who stole" in q.text]
    assert len(held) == 1, [q.text for q in quotes]
    assert held[0].text.startswith('"Those')  # the topic frame does not swallow it
    assert held[0].speaker is not None and held[0].speaker.canonical == "Dora Kwelane"


@pytest.mark.model
def test_a_concessive_participle_is_the_main_clauses(pipeline: Any) -> None:
    text = (
        "The council had welcomed the new budget and indicated it would begin funding it, "
        "though without a fixed date and while cautioning that the treasury had little cash."
    )
    speaker = speaker_of(pipeline, text, "the treasury had little cash")
    assert speaker is not None and speaker.text == "The council"


@pytest.mark.model
def test_a_meeting_that_discussed_a_plan_says_nothing(pipeline: Any) -> None:
    text = (
        "The mayor said the council session on Monday, which discussed a plan to cut bus "
        "fares, was a chance to restore calm."
    )
    assert not any(q.text == "a plan to cut bus fares" for q in _quotes(pipeline, text))


@pytest.mark.model
def test_the_people_behind_reports_are_their_sources(pipeline: Any) -> None:
    text = (
        "The town was shelled overnight, and reports from residents claim that dozens of "
        "homes were destroyed."
    )
    speaker = speaker_of(pipeline, text, "dozens of homes")
    assert speaker is not None and speaker.text == "residents"


@pytest.mark.model
def test_a_document_relaying_quoted_words_gives_one_quote(pipeline: Any) -> None:
    text = (
        "Jane Roe met the envoy on Monday. A press note said she praised the "
        '"remarkable progress" of the talks.'
    )
    held = [q for q in _quotes(pipeline, text) if "remarkable progress" in q.text]
    assert len(held) == 1, [q.text for q in held]
    assert held[0].speaker is not None and held[0].speaker.canonical == "Jane Roe"


@pytest.mark.model
def test_a_name_after_a_posted_title_speaks(pipeline: Any) -> None:
    text = "Kenya's ambassador in Cairo, John Mwangi Otieno, stated that the talks had failed."
    speaker = speaker_of(pipeline, text, "the talks had failed")
    assert speaker is not None and speaker.canonical == "John Mwangi Otieno"


@pytest.mark.model
def test_a_name_after_a_title_at_a_body_speaks(pipeline: Any) -> None:
    # the parser hangs the name on the body ("of the X Commission, Y,"), not on the title
    text = (
        "Outgoing President Oscar Delgado praised the vote. In a statement, the chairman of "
        "the Independent Electoral Commission, Elena Marquez, asked candidates to accept the "
        "results."
    )
    speaker = speaker_of(pipeline, text, "candidates to accept")
    assert speaker is not None and speaker.canonical == "Elena Marquez"


@pytest.mark.model
def test_a_posted_title_before_the_name_gives_role_and_country(actor_nlp: Language) -> None:
    doc = actor_nlp("Kenya's ambassador in Cairo, John Mwangi Otieno, stated that talks failed.")
    person = next(m for m in doc._.mentions if m.text == "John Mwangi Otieno")
    assert (person.country, person.sector) == ("KEN", "GOV")
    assert person.role is not None and "ambassador" in person.role


@pytest.mark.model
def test_a_coordinated_verbs_words_stay_out_of_the_first_span(pipeline: Any) -> None:
    text = (
        "Police chief Amos Darko has since instructed his officers to protect the marchers "
        "and promised that any abuses will be punished."
    )
    spans = [q.text for q in _quotes(pipeline, text)]
    assert not any(s.endswith(" and") for s in spans), spans


def test_a_participle_conjoined_with_a_phrase_climbs_to_the_clause() -> None:
    doc = hand_parsed(
        [
            ("Officials", 1, "nsubj", "NNS", "NOUN"),
            ("agreed", 1, "ROOT", "VBD", "VERB"),
            ("without", 1, "prep", "IN", "ADP"),
            ("delay", 2, "pobj", "NN", "NOUN"),
            ("and", 2, "cc", "CC", "CCONJ"),
            ("while", 6, "mark", "IN", "SCONJ"),
            ("warning", 2, "conj", "VBG", "VERB"),
            ("that", 9, "mark", "IN", "SCONJ"),
            ("funds", 9, "nsubj", "NNS", "NOUN"),
            ("ran", 6, "ccomp", "VBD", "VERB"),
        ]
    )
    source = source_of(doc[6])
    assert source is not None and source.text == "Officials"


def test_a_segment_does_not_end_on_a_conjunction() -> None:
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRP", "PRON"),
            ("told", 1, "ROOT", "VBD", "VERB"),
            ("them", 1, "dobj", "PRP", "PRON"),
            ("to", 4, "aux", "TO", "PART"),
            ("leave", 1, "xcomp", "VB", "VERB"),
            ("and", 4, "cc", "CC", "CCONJ"),
            ("left", 1, "conj", "VBD", "VERB"),
        ]
    )
    idx = DocIndex(doc, [])
    start, end = tokens_segment(idx, 2, 5)
    assert doc.text[start:end] == "them to leave"
