"""Positions where the parser ran a headline into the sentence under it, on sentences
written for these tests: the body's subject parsed as the headline's object still holds
the body's stance, and the headline's own words give none."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, positions

CATALOG = FISHERIES
DEAL = """
  ban_deal:
    claim: Norway and Iceland should keep their fishing ban deal.
    definition: the fishing ban deal between Norway and Iceland
    examples:
      - Oslo defended the ban deal.
    keywords:
      - ban (deal|agreement)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Norway condemns Iceland's unilateral end of trawling ban\n"
            "Norway has sharply criticised Iceland's decision to lift the trawling ban, "
            "calling it a blow to the northern fishing grounds.\n",
            {("Norway", "fishing_ban", "support")},
        ),
        (
            "Iceland Lifts Trawling Ban\n"
            "Iceland Lifts Trawling Ban / Staff / Reykjavik / Fishing crews gathered in "
            "the harbour on Monday.\n",
            set(),
        ),
    ],
)
def test_a_body_subject_hung_on_the_headline_holds_the_body_stance(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert positions(pipeline, CATALOG, text) == want


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the deal" in a report on one deal is that deal
        (
            "Norway and Iceland signed a fishing ban deal on Monday. "
            "Iceland's opposition condemned the agreement, and Denmark criticised the deal.",
            {("Denmark", "ban_deal", "oppose")},
        ),
        # a demand that someone else do it: "called on X to do Y"
        (
            "Norway called on the council to extend the trawling ban.",
            {("Norway", "fishing_ban", "support")},
        ),
        # the speaker's own state, named by "his country"
        (
            "Iceland's fisheries minister said that his country rejects any extension of "
            "the trawling ban.",
            {("Iceland", "fishing_ban", "oppose")},
        ),
    ],
)
def test_back_references_demands_and_own_states(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert positions(pipeline, CATALOG + DEAL, text) == want


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what was traded in an act done is no condition
        (
            "Iceland was forced to accept the trawling ban in return for access to Norway's ports.",
            set(),
        ),
        (
            "Iceland said it would accept the trawling ban in return for access to the ports.",
            {("Iceland", "fishing_ban", "conditional")},
        ),
    ],
)
def test_an_exchange_done_is_no_condition(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    got = positions(pipeline, CATALOG, text)
    assert {p for p in got if p[2] == "conditional"} == want
