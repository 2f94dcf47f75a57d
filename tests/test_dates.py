"""Relative and explicit date expressions resolved against the published date."""

from __future__ import annotations

import pytest

from sitroom.nlp.dates import find_dates, resolve_date

FRIDAY = "2025-02-14"  # a Friday
JANUARY = "2025-01-15"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # weekdays: the latest one on or before the published date
        ("Ministers met on Thursday in Brussels.", FRIDAY, "2025-02-13"),
        ("The talks ended Friday.", FRIDAY, "2025-02-14"),
        ("Troops crossed the border late Sunday.", FRIDAY, "2025-02-09"),
        ("He spoke last Friday.", FRIDAY, "2025-02-07"),
        ("They will meet next Monday.", FRIDAY, "2025-02-17"),
        # relative days, weeks and months
        ("The minister resigned yesterday.", FRIDAY, "2025-02-13"),
        ("Shelling continued last night.", FRIDAY, "2025-02-13"),
        ("Talks resume today.", FRIDAY, "2025-02-14"),
        ("Talks resume tomorrow.", FRIDAY, "2025-02-15"),
        ("The envoy visited Kyiv last week.", FRIDAY, "2025-02-07"),
        ("The envoy visited Kyiv two days ago.", FRIDAY, "2025-02-12"),
        ("The deal was signed three weeks ago.", FRIDAY, "2025-01-24"),
        ("Sanctions were imposed last month.", FRIDAY, "2025-01-14"),
        # explicit dates, with and without a year
        ("The summit opened on 2024-11-05.", FRIDAY, "2024-11-05"),
        ("The summit opened on March 3, 2024.", FRIDAY, "2024-03-03"),
        ("The summit opened on 3 March 2024.", FRIDAY, "2024-03-03"),
        ("The summit opened on Feb. 10.", FRIDAY, "2025-02-10"),
        ("The summit opened on 10th February.", FRIDAY, "2025-02-10"),
        ("The ceasefire began on March 3.", JANUARY, "2024-03-03"),
        ("Talks opened on December 3.", JANUARY, "2024-12-03"),
        ("Talks open on January 20.", JANUARY, "2025-01-20"),
        # nothing said: the published date; nothing known: None
        ("Russia and Ukraine exchanged prisoners.", FRIDAY, "2025-02-14"),
        ("Russia and Ukraine exchanged prisoners.", None, None),
        ("Ministers met on Thursday.", None, None),
        ("The treaty was signed on March 3, 2024.", None, "2024-03-03"),
        # a published date with a time, or not a date at all
        ("The minister resigned yesterday.", "2025-02-14T09:30:00Z", "2025-02-13"),
        ("The minister resigned yesterday.", "not a date", None),
        # words that look like dates but are not
        ("They may 3 times refuse.", FRIDAY, "2025-02-14"),
        ("Since Tirana split with Moscow in 1961, nothing changed.", FRIDAY, "2025-02-14"),
    ],
)
def test_resolve_date(sentence: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(sentence, published) == expected


def test_future_events_read_forward() -> None:
    sentence = "The ministers will meet on Thursday."
    assert resolve_date(sentence, FRIDAY, future=True) == "2025-02-20"
    assert resolve_date("Talks will open on March 3.", JANUARY, future=True) == "2025-03-03"


def test_the_expression_nearest_the_event_wins() -> None:
    sentence = "Rebels shelled the town on Monday, officials said on Wednesday."
    assert resolve_date(sentence, FRIDAY, anchor=sentence.index("shelled")) == "2025-02-10"
    assert resolve_date(sentence, FRIDAY, anchor=sentence.index("said")) == "2025-02-12"


def test_expressions_are_found_once() -> None:
    found = find_dates("On March 3, 2024, and again yesterday.")
    assert [(f.start, f.explicit) for f in found] == [(3, True), (28, False)]
