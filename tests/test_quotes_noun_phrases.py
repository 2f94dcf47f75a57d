"""What is not a statement: a clause inside a relative clause of the reported noun phrase
("addressed a rally where ..."), which describes the noun. Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from prose_checks import hand_parsed
from sitroom.nlp.quotes.finder import _hyphenated, _in_noun_phrase, _makes_clause


@pytest.mark.model
def test_a_relative_clause_of_the_object_is_no_statement(pipeline: Any) -> None:
    text = "The governor addressed a crowd of farmers who said the harvest had failed."
    quotes = pipeline.extract_texts([text])[0].quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "addressed"], [
        q.text for q in quotes
    ]


@pytest.mark.model
def test_a_gerund_completing_a_noun_is_no_statement(pipeline: Any) -> None:
    text = (
        "The governor emphasized the importance of clearing the roads while farmers bring "
        "in the harvest."
    )
    quotes = pipeline.extract_texts([text])[0].quotes
    assert not quotes, [q.text for q in quotes]


def test_a_hyphenated_verb_makes_no_clause() -> None:
    # "issued a shoot-to-kill order": "kill" is a verb inside one word of a noun phrase
    words = ["He", "issued", "a", "shoot", "-", "to", "-", "kill", "order"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, True, True, False, False, False, False, True, False],
        heads=[1, 1, 8, 8, 3, 7, 7, 3, 1],
        deps=["nsubj", "ROOT", "det", "nmod", "punct", "aux", "punct", "xcomp", "dobj"],
        pos=["PRON", "VERB", "DET", "VERB", "PUNCT", "PART", "PUNCT", "VERB", "NOUN"],
    )
    kill = doc[7]
    assert _makes_clause(kill) and _hyphenated(kill)
    assert not _hyphenated(doc[1])


def test_a_relative_clause_under_the_object_is_inside_its_noun_phrase() -> None:
    # "addressed a rally where he said the state is safe": content from "a rally"
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRP", "PRON"),
            ("addressed", 1, "ROOT", "VBD", "VERB"),
            ("a", 3, "det", "DT", "DET"),
            ("rally", 1, "dobj", "NN", "NOUN"),
            ("where", 6, "advmod", "WRB", "ADV"),
            ("he", 6, "nsubj", "PRP", "PRON"),
            ("said", 3, "relcl", "VBD", "VERB"),
            ("the", 8, "det", "DT", "DET"),
            ("state", 9, "nsubj", "NN", "NOUN"),
            ("is", 6, "ccomp", "VBZ", "AUX"),
            ("safe", 9, "acomp", "JJ", "ADJ"),
        ]
    )
    assert _makes_clause(doc[9]) and _in_noun_phrase(doc[9], 2)
    assert not _in_noun_phrase(doc[9], 7)  # the content "the state is safe" alone: a clause
