"""A later count of a running toll is an update, not a contradiction (gold rule C1)."""

from __future__ import annotations

import pytest

from sitroom.article import Article, Claim
from sitroom.claims import cross_check


def _report(aid: str, text: str, publisher: str, published: str = "2025-06-01") -> Article:
    article = Article(text=text, publisher=publisher, published=published)
    article.assign_id(aid)
    article.story_id = "s-1"
    return article


def _claim(article: Article, word: str) -> Claim:
    (claim,) = [c for c in article.claims if word in c.text]
    return claim


def test_a_toll_told_on_a_later_day_updates_the_earlier_one() -> None:
    a = _report(
        "a", "The flood in the valley killed at least 13 people, officials said.", "Alpha News"
    )
    b = _report(
        "b",
        "Officials said the flood in the valley killed at least 24 people.",
        "Beta Post",
        published="2025-06-02",
    )
    cross_check([a, b])
    early, late = _claim(a, "13"), _claim(b, "24")
    assert (early.status, early.conflict, early.updated_by) == ("single_source", [], ["b"])
    assert (late.status, late.conflict, late.updated_by) == ("single_source", [], [])


def test_two_tolls_of_one_day_still_contradict() -> None:
    a = _report("a", "The flood in the valley killed 13 people, officials said.", "Alpha News")
    b = _report("b", "Officials said the flood in the valley killed 24 people.", "Beta Post")
    cross_check([a, b])
    assert _claim(a, "13").conflict == ["b"]
    assert _claim(a, "13").updated_by == []


@pytest.mark.parametrize("other", ["at least 24", "more than 24"])
def test_two_least_values_of_one_day_are_two_counts_so_far(other: str) -> None:
    a = _report(
        "a", "The flood in the valley killed at least 13 people, officials said.", "Alpha News"
    )
    b = _report("b", f"Officials said the flood in the valley killed {other} people.", "Beta Post")
    cross_check([a, b])
    early = _claim(a, "13")
    assert (early.conflict, early.updated_by) == ([], ["b"])


def test_a_least_value_against_an_exact_count_of_one_day_still_contradicts() -> None:
    a = _report(
        "a", "The flood in the valley killed at least 13 people, officials said.", "Alpha News"
    )
    b = _report("b", "Officials said the flood in the valley killed 24 people.", "Beta Post")
    cross_check([a, b])
    assert _claim(a, "13").conflict == ["b"]


@pytest.mark.parametrize(("risen", "updated"), [(24, True), (9, False)])
def test_a_toll_that_rose_above_the_other_is_the_later_one(risen: int, updated: bool) -> None:
    # a toll that rose to 9 cannot be a later count than one of 13: they disagree
    a = _report(
        "a", "Officials said the flood in the valley killed 13 people on Sunday.", "Alpha News"
    )
    b = _report(
        "b",
        f"The death toll from the flood in the valley rose to {risen} on Sunday, officials said.",
        "Beta Post",
    )
    cross_check([a, b])
    claim = _claim(a, "13")
    assert (claim.updated_by == ["b"]) is updated
    assert (claim.conflict == ["b"]) is not updated


def test_a_count_named_early_is_updated_by_a_higher_one() -> None:
    a = _report(
        "a",
        "Initial reports said the flood in the valley killed 13 people, officials said.",
        "Alpha News",
    )
    b = _report("b", "Officials said the flood in the valley killed 24 people.", "Beta Post")
    cross_check([a, b])
    assert _claim(a, "13").updated_by == ["b"]
    assert _claim(b, "24").conflict == []


@pytest.mark.parametrize("told", ["updating an earlier toll", "revising down a previous toll"])
def test_a_count_told_as_replacing_an_earlier_one_is_the_later_one(told: str) -> None:
    a = _report(
        "a", f"The flood in the valley killed 19 people, officials said, {told}.", "Alpha News"
    )
    b = _report("b", "Officials said the flood in the valley killed 27 people.", "Beta Post")
    cross_check([a, b])
    assert _claim(b, "27").updated_by == ["a"]
    assert _claim(a, "19").conflict == []


def test_reports_of_one_day_that_count_the_dead_alike_count_one_moment() -> None:
    # both give 40 dead: their counts of the injured are of one moment, rise or not
    a = _report(
        "a",
        "The storm in the valley killed 40 people, officials said. "
        "The number of injured in the valley rose to 300, officials said.",
        "Alpha News",
    )
    b = _report(
        "b",
        "Officials said the storm in the valley killed 40 people. "
        "Officials said 120 people in the valley were injured.",
        "Beta Post",
    )
    cross_check([a, b])
    assert _claim(b, "120").conflict == ["a"]
    assert _claim(b, "120").updated_by == []


def test_a_count_set_against_another_is_no_update_on_a_later_day() -> None:
    # "a lower death toll of 30" answers the other teller's count of the same moment
    a = _report(
        "a",
        "Gunmen killed at least 90 people in the hill town, a rights group said. The mayor "
        "said officials had confirmed a lower death toll of 30.",
        "Alpha News",
    )
    b = _report(
        "b",
        "The rights group said gunmen killed at least 90 people in the hill town.",
        "Beta Post",
        published="2025-06-02",
    )
    cross_check([a, b])
    rival = _claim(a, "lower death toll")
    assert (rival.status, rival.conflict, rival.updated_by) == ("contradicted", ["b"], [])


@pytest.mark.parametrize(
    "early",
    [
        "Police said ten people were already detained over the nightclub fire.",
        "Police said ten people have already been detained over the nightclub fire.",
    ],
)
def test_a_count_told_as_so_far_is_updated_by_a_higher_one(early: str) -> None:
    a = _report("a", early, "Alpha News")
    b = _report("b", "In total, 15 people have been detained over the nightclub fire.", "Beta Post")
    cross_check([a, b])
    assert (_claim(a, "ten").conflict, _claim(a, "ten").updated_by) == ([], ["b"])


def test_a_count_so_far_above_the_other_still_contradicts() -> None:
    a = _report("a", "Police said 20 people were already detained over the nightclub fire.", "A")
    b = _report("b", "In total, 15 people have been detained over the nightclub fire.", "B")
    cross_check([a, b])
    assert _claim(a, "20").conflict == ["b"]
