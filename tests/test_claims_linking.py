"""Stories told of one event, cross-checked together (sitroom.claims.linking).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.linking import check_groups


def _report(aid: str, text: str, story: str, published: str, publisher: str) -> Article:
    article = Article(text=text, publisher=publisher, published=published)
    article.assign_id(aid)
    article.story_id = story
    return article


_FIRST = (
    "Thieves broke into the city museum on Sunday morning and took six gold crowns from "
    "the royal gallery. The thieves escaped on two motorbikes, police said."
)
_LATER = (
    "Police are still hunting the thieves who took six gold crowns from the royal gallery "
    "of the city museum. The thieves escaped on two motorbikes, investigators said."
)


@pytest.mark.parametrize(
    ("later", "linked"),
    [
        ("2025-06-07", True),  # a follow-up of the same week restates the event
        ("2025-06-20", False),  # weeks later: nothing says it is the same event
    ],
)
def test_a_follow_up_report_of_the_same_week_is_checked_with_the_first(
    later: str, linked: bool
) -> None:
    a = _report("a", _FIRST, "s-1", "2025-06-01", "Alpha News")
    b = _report("b", _LATER, "s-2", later, "Beta Post")
    assert (len(check_groups([[a], [b]])) == 1) is linked
    cross_check([a, b])
    (claim,) = [c for c in b.claims if "motorbikes" in c.text]
    assert (claim.status == "corroborated") is linked


_OTHER = (
    "Farmers in the northern valley began the barley harvest early this year after a dry "
    "spring, and the cooperative expects prices to fall, its chairman said."
)


@pytest.mark.parametrize(
    ("text", "dated", "linked"),
    [
        (_LATER, True, True),  # an undated report of the event is checked with the dated one
        (_OTHER, True, False),  # undated, of something else: its wording keeps it apart
        (_LATER, False, False),  # two undated stories: nothing places either in time
    ],
)
def test_an_undated_report_is_linked_on_its_wording(text: str, dated: bool, linked: bool) -> None:
    a = _report("a", _FIRST, "s-1", "2025-06-01" if dated else "", "Alpha News")
    b = _report("b", text, "s-2", "", "Beta Post")
    assert (len(check_groups([[a], [b]])) == 1) is linked
