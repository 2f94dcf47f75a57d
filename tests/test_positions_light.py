"""A light verb's attitude noun whose object the parser hung on the verb ("voiced its
opposition to X", "lent its support to X"), and "rebuke" as a word of opposition (sentences
written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway voiced its opposition to the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        (
            "Norway voiced opposition to the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
        (
            "Norway lent its support to the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            ("Norway", "fishing_ban", "oppose"),
        ),
        (
            "Norway issued a stern rebuke of the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
        (
            "Norway rebuked Iceland over the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
    ],
)
def test_light_verb_nouns(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)


@pytest.mark.model
def test_a_light_verb_without_an_attitude_noun_says_nothing(pipeline: Any) -> None:
    text = "Norway raised the matter with Iceland of the trawling ban."
    assert positions(pipeline, FISHERIES, text) == set()
