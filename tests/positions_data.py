"""Running a test catalog's position finder over a sentence the whole pipeline has read."""

from __future__ import annotations

from typing import Any

from sitroom.article import Position
from sitroom.nlp.positions import PositionFinder
from sitroom.nlp.positions.catalog import parse_catalog

# A catalog of one issue for tests, on invented fishing rights; tests add issues to it.
FISHERIES = """
name: fisheries
description: Fishing rights in the northern waters, 2026.
issues:
  fishing_ban:
    claim: The ban on trawling in the northern waters should be extended.
    definition: extending the trawling ban in the northern fishing grounds
    examples:
      - The ministry wants the trawling ban extended for another decade.
      - Fishing crews oppose any extension of the ban.
    keywords:
      - (trawling|fishing) ban
      - (extend|extension of) ... ban
"""


def found(pipeline: Any, catalog: str, text: str) -> list[Position]:
    """The positions the catalog's finder reads in ``text``."""
    article = pipeline.extract_texts([text])[0]
    doc = pipeline.nlp(text)
    doc._.mentions, doc._.quotes, doc._.events = article.mentions, article.quotes, article.events
    PositionFinder(parse_catalog(catalog, "test"))(doc)
    return list(doc._.positions or [])


def positions(pipeline: Any, catalog: str, text: str) -> set[tuple[str, str, str]]:
    """(holder, issue, stance) of each position the catalog's finder reads in ``text``."""
    return {(p.canonical, p.issue, p.stance) for p in found(pipeline, catalog, text)}


def check_reading(
    got: set[tuple[str, str, str]],
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    """``want`` is among the positions read and ``not_want`` is not (None: not checked)."""
    if want is not None:
        assert want in got, got
    if not_want is not None:
        assert not_want not in got, got
