"""Speakers that are not there: a dateline, a time phrase, a clause's subject for a
participle that describes the speaker, a country for "he", a name in a list for "the
minister", a minister for "the spokesperson". Sentences and names are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import hand_parsed, speaker_of
from sitroom.nlp.quotes.assemble import _subject_before
from sitroom.nlp.quotes.subjects import source_of


def test_a_dateline_is_no_subject() -> None:
    doc = hand_parsed(
        [
            ("Lusaka", 5, "nsubj", "NNP", "PROPN"),
            ("–", 0, "punct", ":", "PUNCT"),
            ("The", 3, "det", "DT", "DET"),
            ("minister", 5, "nsubj", "NN", "NOUN"),
            ("has", 5, "aux", "VBZ", "AUX"),
            ("apologised", 5, "ROOT", "VBN", "VERB"),
        ]
    )
    source = source_of(doc[5])
    assert source is not None and source.text == "minister"


def test_a_subject_before_a_clause_of_time_is_the_main_verbs() -> None:
    rows = [
        ("Orvell", 2, "nsubj", "NNP", "PROPN"),
        ("while", 2, "mark", "IN", "SCONJ"),
        ("talking", 5, "advcl", "VBG", "VERB"),
        ("Friday", 4, "compound", "NNP", "PROPN"),
        ("night", 5, "npadvmod", "NN", "NOUN"),
        ("said", 5, "ROOT", "VBD", "VERB"),
        ("that", 8, "mark", "IN", "SCONJ"),
        ("prices", 8, "nsubj", "NNS", "NOUN"),
        ("rose", 5, "ccomp", "VBD", "VERB"),
    ]
    doc = hand_parsed(rows, ["O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"])
    source = source_of(doc[5])
    assert source is not None and source.text == "Orvell"
    assert _subject_before(doc[5], [(doc[6].idx, len(doc.text))]) is None  # not "night"


@pytest.mark.model
def test_a_trailing_participle_is_the_speakers(pipeline: Any) -> None:
    text = (
        "She stressed that the council is not dependent on any single plan, describing "
        "the budget as a work in progress."
    )
    speaker = speaker_of(pipeline, text, "the budget as a work")
    assert speaker is not None and "council" not in speaker.text.lower()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "not_the_speaker"),
    [
        pytest.param(
            "Minister of State for Trade K Morabe told reporters in Accra that the talks "
            'went well. "We have no final deal yet," he said.',
            "We have no final deal",
            ("Ghana",),
            id="he-is-never-a-country",
        ),
        pytest.param(
            "Four workers were freed on Sunday, among them Ravi Lal, Tomo Aki and Joseph "
            'Okoth. "It is too early to celebrate," the minister said.',
            "too early to celebrate",
            ("Joseph Okoth", "Tomo Aki", "Ravi Lal"),
            id="a-name-in-a-list-is-not-the-minister",
        ),
        pytest.param(
            "Energy Minister Paulo Serrano visited the plant on Monday. "
            "A spokesperson for the ministry said the visit had been routine.",
            "the visit had been routine",
            ("Paulo Serrano",),
            id="the-spokesperson-is-not-the-minister",
        ),
        pytest.param(
            "Farm Minister Rosa Quispe toured the valley on Monday. Asked about the claims "
            "by trader Hugo Salas, the minister said that they were baseless.",
            "they were baseless",
            ("Hugo Salas",),
            id="the-minister-is-not-the-person-his-remark-is-about",
        ),
    ],
)
def test_who_is_not_the_speaker(
    pipeline: Any, text: str, words: str, not_the_speaker: tuple[str, ...]
) -> None:
    speaker = speaker_of(pipeline, text, words)
    assert speaker is None or speaker.canonical not in not_the_speaker


@pytest.mark.model
def test_a_role_noun_still_finds_the_person_who_spoke(pipeline: Any) -> None:
    text = (
        "Peter Okafor said the roads would be finished in March. "
        "The minister added that the funding was secure."
    )
    speaker = speaker_of(pipeline, text, "the funding was secure")
    assert speaker is not None and speaker.canonical == "Peter Okafor"


@pytest.mark.model
def test_a_rank_alone_is_no_person(pipeline: Any) -> None:
    text = "Police spokesman Insp. Gen. Budi Santoso said the roads had been cleared."
    mentions = pipeline.extract_texts([text])[0].mentions
    assert all(m.text not in ("Insp", "Insp.") for m in mentions)


@pytest.mark.model
def test_the_ministry_after_a_ministry_written_in_lower_case(pipeline: Any) -> None:
    text = (
        "Wreckage fell near the shore, according to the Philippines' defence ministry, "
        "which condemned the drills. The ministry said 30 aircraft had been operating."
    )
    speaker = speaker_of(pipeline, text, "30 aircraft had been")
    assert speaker is not None and speaker.actor_id is not None
    assert "Philippine" in (speaker.canonical or "")


@pytest.mark.model
def test_an_unknown_role_keeps_its_quote_from_the_relaying_paper(pipeline: Any) -> None:
    text = "The lighthouse keeper said the storm had passed by dawn, the newspaper reported."
    speaker = speaker_of(pipeline, text, "the storm had passed")
    assert speaker is not None and "keeper" in speaker.text


def test_a_gerund_after_in_favour_of_is_the_voters() -> None:
    doc = hand_parsed(
        [
            ("council", 1, "nsubj", "NN", "NOUN"),
            ("voted", 1, "ROOT", "VBD", "VERB"),
            ("in", 1, "prep", "IN", "ADP"),
            ("favour", 2, "pobj", "NN", "NOUN"),
            ("of", 3, "prep", "IN", "ADP"),
            ("declaring", 4, "pcomp", "VBG", "VERB"),
            ("a", 7, "det", "DT", "DET"),
            ("breach", 5, "dobj", "NN", "NOUN"),
        ]
    )
    source = source_of(doc[5])
    assert source is not None and source.text == "council"
