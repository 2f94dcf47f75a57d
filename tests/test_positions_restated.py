"""A claim of belonging said in the holder's own words (sentences and islands invented for
these tests): "the isles belong to Norway" supports "The Skerry Isles are Norwegian
territory"; giving them to another owner, or denying them to Norway, opposes it."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import check_reading, positions
from sitroom.nlp.positions.restated import claim_owners

ISLES = """
name: isles
description: The dispute over the Skerry Isles between Norway and Iceland, 2026.
issues:
  skerry_norway:
    claim: The Skerry Isles are Norwegian territory.
    definition: Norway's sovereignty over the Skerry Isles against Iceland's claim
    examples:
      - Oslo says the islands have been Norwegian since 1920.
    keywords:
      - Skerry Isles & (territory|sovereignty|belong*)
"""


@pytest.mark.parametrize(
    ("claim", "owners"),
    [
        ("The Skerry Isles are Norwegian territory.", {"norw"}),
        ("The canal belongs to Panama.", {"pana"}),
        ("The region remains an integral part of Somalia.", {"soma"}),
        ("The dam is a threat to Egypt's water.", set()),  # no claim of belonging
        ("Norway should extend the trawling ban.", set()),
    ],
)
def test_claim_owners(claim: str, owners: set[str]) -> None:
    assert claim_owners(claim) == owners


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway said the Skerry Isles belong to Norway.",
            ("Norway", "skerry_norway", "support"),
            ("Norway", "skerry_norway", "oppose"),
        ),
        (
            "Norway reiterated that the Skerry Isles are Norway's territory.",
            ("Norway", "skerry_norway", "support"),
            None,
        ),
        # another owner: the contrary of the claim, even under a verb of insisting
        (
            "Iceland insists the Skerry Isles are Icelandic territory.",
            ("Iceland", "skerry_norway", "oppose"),
            ("Iceland", "skerry_norway", "support"),
        ),
        (
            "Norway said the Skerry Isles are not Norwegian territory.",
            ("Norway", "skerry_norway", "oppose"),
            ("Norway", "skerry_norway", "support"),
        ),
        # a predicate of no belonging says nothing of the claim
        (
            "Norway said the Skerry Isles are beautiful.",
            None,
            ("Norway", "skerry_norway", "support"),
        ),
    ],
)
def test_claim_of_belonging_said(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, ISLES, text), want, not_want)
