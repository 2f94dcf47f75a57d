"""Event lexicon of session 36, round 17 (issue 15): closing a border or its crossings is a
SANCTION in the active and the passive; giving a plan "the green light" or "the go-ahead"
approves it (SUPPORT); attacking an aircraft is an ASSAULT. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import anchored_types

PUBLISHED = "2025-10-14"
pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The border crossings with Belarus were closed on Friday.", "closed"),
        ("Both crossings with Estonia were shut last week.", "shut"),
        ("The border with Laos was closed after the clashes.", "closed"),
    ],
)
def test_a_closed_border_is_a_sanction(pipeline: Any, text: str, anchor: str) -> None:
    assert (anchor, "SANCTION") in anchored_types(pipeline, PUBLISHED, text)


def test_shops_that_close_are_no_sanction(pipeline: Any) -> None:
    text = "The shops closed early on Sunday because of the holiday."
    assert all(t != "SANCTION" for _, t in anchored_types(pipeline, PUBLISHED, text))


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The Senate gave the green light to a bill on Monday.", "light"),
        ("The Kenyan cabinet gave the go-ahead to a plan to build new roads.", "ahead"),
    ],
)
def test_a_green_light_approves(pipeline: Any, text: str, anchor: str) -> None:
    assert (anchor, "SUPPORT") in anchored_types(pipeline, PUBLISHED, text)


@pytest.mark.parametrize(
    "text",
    ["The rebels attacked the helicopter.", "The militia attacked a police plane."],
)
def test_an_attacked_aircraft_is_an_assault(pipeline: Any, text: str) -> None:
    assert ("attacked", "ASSAULT") in anchored_types(pipeline, PUBLISHED, text)
