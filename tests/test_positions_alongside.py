"""Second holders and cleft focuses (sentences written for these tests): an actor joined to
the subject by "along with", "together with" or "alongside" holds the subject's stance too;
"it was X that ..." puts X as the doer; words naming no actor add nobody."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import check_reading, positions

ISLE = """
name: isle
description: Recognition of an invented island state, 2026.
issues:
  isle_recognition:
    claim: The Republic of Verdania should be recognised as a state.
    keywords:
      - (recognise|recognition|recognised) ... (Verdania)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "It was Norway that recognised the Republic of Verdania first.",
            ("Norway", "isle_recognition", "support"),
            ("Norway", "isle_recognition", "oppose"),
        ),
        (
            "It was Sweden that refused to recognise the Republic of Verdania.",
            ("Sweden", "isle_recognition", "oppose"),
            ("Sweden", "isle_recognition", "support"),
        ),
        (
            "Norway, along with Iceland, recognised the Republic of Verdania on Tuesday.",
            ("Iceland", "isle_recognition", "support"),
            None,
        ),
        (
            "Norway recognised the Republic of Verdania together with Iceland.",
            ("Iceland", "isle_recognition", "support"),
            None,
        ),
        (
            "Denmark, alongside Finland, rejected the recognition of Verdania.",
            ("Finland", "isle_recognition", "oppose"),
            ("Finland", "isle_recognition", "support"),
        ),
    ],
)
def test_joined_and_cleft(
    pipeline: Any, text: str, want: tuple | None, not_want: tuple | None
) -> None:
    check_reading(positions(pipeline, ISLE, text), want, not_want)


@pytest.mark.model
def test_joined_non_actor_adds_nobody(pipeline: Any) -> None:
    got = positions(
        pipeline, ISLE, "Norway recognised the Republic of Verdania along with its outer islands."
    )
    assert got == {("Norway", "isle_recognition", "support")}, got


@pytest.mark.model
def test_pronoun_speaker_takes_own_sides_act(pipeline: Any) -> None:
    """A speaker read from "he said" is the minister named before: his country's act
    told in his quote is his stance too."""
    text = (
        "Prime Minister Jonas Gahr Store spoke in Oslo. "
        '"It is in this context that Norway recognises the Republic of Verdania," he said.'
    )
    got = positions(pipeline, ISLE, text)
    assert ("Jonas Gahr Støre", "isle_recognition", "support") in got, got
