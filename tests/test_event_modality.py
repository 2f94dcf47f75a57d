"""Event coding on news prose: modality of scheduled acts, roles of event nouns.

Sentences written for these tests; each checks one general rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article, Event

PUBLISHED = "2025-02-14"


def _events(pipeline: Any, text: str) -> list[Event]:
    articles: list[Article] = list(pipeline.process([Article(text=text, published=PUBLISHED)]))
    return articles[0].events


def _at(pipeline: Any, text: str, anchor: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.anchor.text == anchor]
    assert found, f"no event on {anchor!r} in {text!r}"
    return found[0]


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


# -- modality ---------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Under the accord, Chile will free forty Peruvian detainees next week.", "free"),
        ("Peru is expected to release twelve Chilean fishermen on Monday.", "release"),
        ("More detainees are to be released by Chile in stages.", "released"),
    ],
)
def test_scheduled_release_keeps_its_type_and_is_hypothetical(
    pipeline: Any, text: str, anchor: str
) -> None:
    event = _at(pipeline, text, anchor)
    assert event.type == "RETREAT"
    assert event.hypothetical and not event.negated


@pytest.mark.model
def test_release_promised_by_its_actor_is_agree(pipeline: Any) -> None:
    event = _at(pipeline, "Chile will release the detainees, its foreign minister said.", "release")
    assert event.type == "AGREE"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The truce is set to take effect on Monday.", "truce"),
        ("Peru still awaits talks with Chile on the border.", "talks"),
    ],
)
def test_event_noun_ahead_is_hypothetical(pipeline: Any, text: str, anchor: str) -> None:
    assert _at(pipeline, text, anchor).hypothetical
