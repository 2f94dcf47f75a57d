"""Acts and namings (sentences written for these tests): a noun's "against" between the words
of the issue's own wording names the act's target ("proceedings against X"), not a stance."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions
from sitroom.article import Span as TextSpan
from sitroom.nlp.positions.actors import Holder
from sitroom.nlp.positions.found import Found, prune

TRIAL = """
name: trial
description: The trial of a former minister, 2026.
issues:
  kessler_trial:
    claim: Former minister Anton Kessler should be tried for fraud.
    definition: the prosecution and trial of former minister Anton Kessler
    examples:
      - The court opened the trial of the former minister.
    keywords:
      - (trial|prosecution|proceedings|charges) ... (Kessler)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway's prime minister defended the legal proceedings against Kessler.",
            ("Norway", "kessler_trial", "support"),
            ("Norway", "kessler_trial", "oppose"),
        ),
        (
            "Iceland condemned the charges against Kessler.",
            ("Iceland", "kessler_trial", "oppose"),
            ("Iceland", "kessler_trial", "support"),
        ),
    ],
)
def test_naming_against(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, TRIAL, text)
    assert want in got
    assert not_want not in got


def _reading(stance: str, cues: set[str], confidence: float) -> Found:
    who = Holder("is", "Iceland", "state", "IS", 0, 7)
    return Found(
        who,
        "trawling",
        stance,
        False,
        TextSpan(0, 9, "evidence"),
        confidence,
        False,
        cues=frozenset(cues),
    )


def test_reversing_word_taken_for_the_issue() -> None:
    """ "urged X to respect its moratorium on trawling" with "moratorium" among the keywords:
    the reading that read "moratorium" as reversing "trawling" outranks the one that took
    it for the issue itself, however sure that one is."""
    took = _reading("support", {"support:respect", "support:urge"}, 0.9)
    saw = _reading("oppose", {"less:moratorium", "support:respect", "support:urge"}, 0.6)
    assert [f.stance for f in prune([took, saw])] == ["oppose"]
    assert [f.stance for f in prune([saw, took])] == ["oppose"]
    # a contrary reading with another kind of word more is someone else's: confidence decides
    other = _reading("oppose", {"oppose:against", "support:respect", "support:urge"}, 0.6)
    assert [f.stance for f in prune([took, other])] == ["support"]
