"""Acts and namings (sentences written for these tests): a noun's "against" between the words
of the issue's own wording names the act's target ("proceedings against X"), not a stance."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions
from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.catalog_fit import contrary_keywords

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


# A catalog whose author listed a word of the claim's contrary among its keywords.
TRAWLING = """
name: trawling
description: Trawling in the northern waters, 2026.
issues:
  trawling_resumed:
    claim: Trawling in the northern waters should resume.
    keywords:
      - (bottom)? trawling
      - moratorium
"""


def test_contrary_keyword_warned() -> None:
    """A keyword naming a prohibition the claim does not state is flagged to its author."""
    catalog = parse_catalog(TRAWLING, "test")
    assert [w for w in contrary_keywords(catalog) if "moratorium" in w]
    assert not contrary_keywords(parse_catalog(TRIAL, "test"))
