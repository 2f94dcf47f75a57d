"""Red lines and limits from how they are said, on sentences written for these tests:
"not up for debate", "no room for talks", "cannot negotiate", "one way or the other", and a
refusal with "without" ("will not sign it without X": support only with X, a limit)."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import found
from sitroom.nlp.positions import lexicon as lx

CATALOG = """
name: fishing
description: A fishing treaty and the talks over an island's waters.
issues:
  fishing_treaty:
    claim: The fishing treaty should be signed.
    definition: signing or approving the regional fishing treaty
    examples:
      - Norland backs the fishing treaty.
    keywords:
      - fishing (treaty|accord|deal)
  island_talks:
    claim: The two governments should hold talks over the island's waters.
    definition: negotiations over the waters around the island
    examples:
      - Estmark ruled out talks on the waters.
    keywords:
      - (talks|negotiations|discussion|discussions)
"""


def _cells(pipeline: Any, text: str) -> set[tuple[str, str, str, bool]]:
    return {(p.canonical, p.issue, p.stance, p.red_line) for p in found(pipeline, CATALOG, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The island's future is not up for debate.",
        "There is no room for discussion on this matter.",
        "I cannot negotiate on the waters.",
        "We won’t compromise on our sovereignty.",
        "France cannot endorse such a deal.",
        "One way or the other we're going to get it.",
    ],
)
def test_limit_wordings_read_as_red_lines(text: str) -> None:
    assert lx.RED_LINE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "The waters are up for discussion next year.",
        "There is room for compromise.",
        "They could negotiate a better deal.",
        "One way to settle it is a vote.",
    ],
)
def test_open_wordings_are_no_red_lines(text: str) -> None:
    assert not lx.RED_LINE.search(text)


@pytest.mark.model
def test_no_room_for_talks_opposes_them_as_a_limit(pipeline: Any) -> None:
    cells = _cells(pipeline, "Estmark's president said there is no room for talks on the waters.")
    assert any(c[1:] == ("island_talks", "oppose", True) for c in cells), cells


@pytest.mark.model
def test_room_for_talks_supports_them(pipeline: Any) -> None:
    cells = _cells(pipeline, "The president of France said there was room for talks on the waters.")
    assert any(c[1:3] == ("island_talks", "support") and not c[3] for c in cells)


@pytest.mark.model
def test_will_not_sign_without_is_a_conditional_limit(pipeline: Any) -> None:
    cells = _cells(
        pipeline,
        "The government of France will not sign the fishing treaty without stronger quotas.",
    )
    assert any(c[1:] == ("fishing_treaty", "conditional", True) for c in cells), cells


@pytest.mark.model
def test_a_past_refusal_with_without_is_no_condition(pipeline: Any) -> None:
    cells = _cells(pipeline, "France did not sign the fishing treaty without a long debate.")
    assert not any(c[1:3] == ("fishing_treaty", "conditional") for c in cells), cells


@pytest.mark.model
def test_refusing_a_deal_lacking_something_is_a_conditional_limit(pipeline: Any) -> None:
    cells = _cells(
        pipeline,
        "She emphasized that France cannot endorse any fishing deal lacking solid quotas.",
    )
    assert any(c[1:] == ("fishing_treaty", "conditional", True) for c in cells), cells
