"""Holders told by reference (sentences written for these tests): an office described
without a name stands for the knowledge base's holder of that office on the report's date,
and a proposing participle names who put the measure forward."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, positions
from sitroom.nlp.positions import PositionFinder
from sitroom.nlp.positions.catalog import parse_catalog

CHANNEL = """
name: channel
description: Crossings of the English Channel, invented for tests.
issues:
  return_deal:
    claim: Migrants crossing the Channel should be returned under a deal with France.
    definition: a returns deal for Channel crossings
    examples:
      - London wants a returns deal with Paris.
    keywords:
      - returns deal
"""


def _dated(pipeline: Any, text: str, published: str | None) -> set[tuple[str, str, str]]:
    article = pipeline.extract_texts([text])[0]
    doc = pipeline.nlp(text)
    doc._.mentions, doc._.quotes, doc._.events = article.mentions, article.quotes, article.events
    doc._.published = published
    PositionFinder(parse_catalog(CHANNEL, "test"))(doc)
    return {(p.canonical, p.issue, p.stance) for p in doc._.positions or []}


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "holder"),
    [
        ("2025-03-10", "Keir Starmer"),  # Prime Minister of the United Kingdom since July 2024
        ("2023-03-10", "Rishi Sunak"),  # October 2022 to July 2024
        (None, "United Kingdom"),  # no date: no knowing who held it, the state does
    ],
)
def test_an_office_without_a_name_is_its_holder_on_the_date(
    pipeline: Any, published: str | None, holder: str
) -> None:
    text = "The British prime minister defended the returns deal on Tuesday."
    assert (holder, "return_deal", "support") in _dated(pipeline, text, published)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Ministers debated Norway's proposed trawling ban on Monday.", "Norway"),
        ("Put forward by Iceland, the trawling ban won wide support.", "Iceland"),
        ("Drafted by Iceland, the trawling ban was debated for hours.", "Iceland"),
    ],
)
def test_a_proposing_participle_names_the_proposer(pipeline: Any, text: str, holder: str) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert (holder, "fishing_ban", "support") in got, got
    assert (holder, "fishing_ban", "oppose") not in got, got


@pytest.mark.model
def test_a_possessor_of_a_noun_not_proposed_holds_nothing(pipeline: Any) -> None:
    got = positions(pipeline, FISHERIES, "Ministers debated Norway's long trawling ban on Monday.")
    assert not any(g[0] == "Norway" for g in got), got
