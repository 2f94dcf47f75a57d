"""Issues named only by reference (:mod:`sitroom.nlp.positions.discourse`): a pronoun or a
definite shell noun that a stance takes stands for the one issue it refers back to.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: trade_pact
description: A regional trade pact and the limits on fishing it would set.
scope:
  keywords: [pact, fishing, catch]
issues:
  trade_pact:
    claim: The regional trade agreement should be signed and ratified.
    definition: signing or ratifying the free trade agreement between the two blocs
    keywords:
      - (trade|free trade) (agreement|deal|pact)
  catch_limits:
    claim: The catch of the fishing fleets should be capped or cut.
    definition: limits, caps or cuts on the catch of fishing fleets
    keywords:
      - (cap|caps|limit|limits|cut|cuts) ... catch
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a shell noun ("the move") stands for the issue of the sentence before
        (
            "Peru signed the trade pact on Monday. Chile welcomed the move.",
            ("Chile", "trade_pact", "support"),
        ),
        # ... or of the nearest sentence of the paragraph that was on one
        (
            "Peru signed the trade pact on Monday. The ceremony was held in Lima. "
            "Chile condemned the move.",
            ("Chile", "trade_pact", "oppose"),
        ),
        # a pronoun in a later clause with a holder of its own
        (
            "Peru will keep its opposition to the trade pact, although Chile has backed it.",
            ("Chile", "trade_pact", "support"),
        ),
        # a pronoun judged by a copula's noun
        (
            "Peru signed the trade pact on Monday. Chile said it was a mistake.",
            ("Chile", "trade_pact", "oppose"),
        ),
        # the owner of a side whose members the sentence lists; the shell noun said before
        # with a content of its own ("a call for ...") is that issue when repeated
        (
            "Peru issued a call for a trade pact on Monday. "
            "The call's supporters include countries like Chile and Bolivia.",
            ("Chile", "trade_pact", "support"),
        ),
        (
            "Peru issued a call for a trade pact on Monday. "
            "The call's supporters include countries like Chile and Bolivia.",
            ("Bolivia", "trade_pact", "support"),
        ),
        (
            "Peru signed the trade pact on Monday. Critics of the move include Chile.",
            ("Chile", "trade_pact", "oppose"),
        ),
        # beside a later match of another issue: the reference still reads
        (
            "Peru signed the trade pact on Monday. "
            "Chile condemned the move and called for limits on the catch.",
            ("Chile", "trade_pact", "oppose"),
        ),
        (
            "Peru signed the trade pact on Monday. "
            "Chile opposed it and called for limits on the catch.",
            ("Chile", "trade_pact", "oppose"),
        ),
        # a praising noun as the copula's complement
        (
            "Peru signed the trade pact on Monday. Chile said it was a milestone.",
            ("Chile", "trade_pact", "support"),
        ),
        (
            'Peru signed the trade pact on Monday. Chile said: "This is a landmark moment."',
            ("Chile", "trade_pact", "support"),
        ),
    ],
)
def test_reference_takes_the_issue(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in positions(pipeline, CATALOG, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # another paragraph: the reference is not told by it
        "Peru signed the trade pact on Monday.\n\nThe ceremony was held in Lima. "
        "Chile condemned the move.",
        # the noun says which move it is: not a reference back
        "Peru signed the trade pact on Monday. Chile condemned the move on tariffs.",
        # two issues before: ambiguous
        "Peru signed the trade pact and backed a cap on the catch. Chile condemned the move.",
        # a praising word that judges something else
        "Peru signed the trade pact on Monday. Chile said its exports were at a historic low.",
    ],
)
def test_no_reference(pipeline: Any, text: str) -> None:
    assert not {f for f in positions(pipeline, CATALOG, text) if f[0] == "Chile"}


@pytest.mark.model
def test_pronoun_after_other_match(pipeline: Any) -> None:
    """A pronoun after matched words of another issue points back to them, not to the
    issue of the sentence before."""
    text = (
        "Peru signed the trade pact on Monday. Chile proposed limits on the catch and "
        "Bolivia opposed it."
    )
    assert ("Bolivia", "trade_pact", "oppose") not in positions(pipeline, CATALOG, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The treaty is a victory for public health.", 1),
        ("The treaty is a victory for Moscow.", None),  # who gains, said by friend or critic
        ("The treaty is a milestone.", 1),
    ],
)
def test_a_gain_of_a_named_party_is_no_praise(pipeline: Any, text: str, want: int | None) -> None:
    from sitroom.nlp.positions.judgements import judgement

    doc = pipeline.nlp(text)
    noun = next(t for t in doc if t.dep_ == "attr")
    assert judgement(noun) == want
