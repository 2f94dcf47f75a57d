"""A verb phrase left out after an auxiliary ("as he had promised voters he would") is no
content to quote; an auxiliary with its verb, or a copula with its complement, still is.
Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import hand_parsed, quote_at
from sitroom.nlp.quotes.ellipsis import stranded


def test_a_modal_alone_is_stranded() -> None:
    # "he would" (the verb phrase elided) against "he would go"
    alone = hand_parsed([("he", 1, "nsubj", "PRP", "PRON"), ("would", 1, "ROOT", "MD", "AUX")])
    assert stranded(alone[1])
    full = hand_parsed(
        [
            ("he", 2, "nsubj", "PRP", "PRON"),
            ("would", 2, "aux", "MD", "AUX"),
            ("go", 2, "ROOT", "VB", "VERB"),
        ]
    )
    assert not stranded(full[1]) and not stranded(full[2])


def test_a_copula_with_its_complement_is_not_stranded() -> None:
    doc = hand_parsed(
        [
            ("it", 1, "nsubj", "PRP", "PRON"),
            ("was", 1, "ROOT", "VBD", "AUX"),
            ("late", 1, "acomp", "JJ", "ADJ"),
        ]
    )
    assert not stranded(doc[1])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The governor cut the bus fares in May, as he had promised voters he would.", "he would"),
        ("The envoy left the capital on Friday, as she had said she would.", "she would"),
    ],
)
def test_an_elided_promise_is_no_quote(pipeline: Any, text: str, words: str) -> None:
    assert quote_at(pipeline, text, words) is None


@pytest.mark.model
def test_a_short_full_clause_is_still_a_quote(pipeline: Any) -> None:
    text = "The envoy left the capital on Friday. She said she would return."
    quote = quote_at(pipeline, text, "would return")
    assert quote is not None and "return" in quote.text


def test_a_copula_with_an_adverb_for_predicate_is_not_stranded() -> None:
    # "the talks were mostly over": "over" is what the talks were
    doc = hand_parsed(
        [
            ("talks", 1, "nsubj", "NNS", "NOUN"),
            ("were", 1, "ROOT", "VBD", "AUX"),
            ("mostly", 3, "advmod", "RB", "ADV"),
            ("over", 1, "advmod", "RB", "ADV"),
        ]
    )
    assert not stranded(doc[1])
