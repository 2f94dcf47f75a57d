"""A count given for a place inside the state another count is given for
(sitroom.claims.scope, .numbers, .check).

Sentences and places written for these tests; none is taken from a report. The places
are invented: where each lies is given to the gazetteer look-up by hand.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article, Mention
from sitroom.claims import cross_check, scope
from sitroom.claims.numbers import disagree, exceeding
from sitroom.claims.spans import EVERYWHERE
from sitroom.claims.units import Unit, units

#: Invented places and the state each lies in.
_GAZETTEER = {"northmark": "FRD", "eastvale": "FRD", "freedonia": "FRD", "sylvania": "SYL",
              "southmoor": "SYL"}  # fmt: skip


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scope, "place_country", _GAZETTEER.get)


def _unit(text: str, index: int) -> Unit:
    """The one unit of ``text``, "Freedonia" and "Sylvania" linked as states."""
    article = Article(text=text)
    article.assign_id(str(index))
    for state, code in (("Freedonia", "FRD"), ("Sylvania", "SYL")):
        at = text.find(state)
        if at >= 0:
            article.mentions.append(
                Mention(at, at + len(state), state, "GPE", code, state, country=code)
            )
    (u,) = units(article, index)
    return u


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ({"northmark"}, {"*freedonia"}, True),  # a province inside its state
        ({"northmark", "eastvale"}, {"*freedonia"}, True),  # two provinces of it
        ({"northmark"}, EVERYWHERE, True),  # "nationwide"
        ({"southmoor"}, {"*freedonia"}, False),  # a province of another state
        ({"lakeside"}, {"*freedonia"}, False),  # a place the gazetteer does not know
        ({"northmark"}, {"eastvale"}, False),  # two places, neither a whole state
        ({"*freedonia"}, {"*freedonia"}, False),  # the whole is no part of itself
    ],
)
def test_a_place_inside_the_state_a_count_is_given_for(
    part: set[str], whole: set[str], expected: bool
) -> None:
    assert scope.inside(frozenset(part), frozenset(whole)) is expected


@pytest.mark.parametrize(
    ("provincial", "national", "expected"),
    [
        # a province's toll above the whole country's: a part cannot outnumber its whole
        (
            "At least 900 people were injured in Northmark province by the storm on Monday.",
            "The storm injured 800 people in Freedonia on Monday.",
            True,
        ),
        # below it, the province's toll is a part of the country's
        (
            "At least 700 people were injured in Northmark province by the storm on Monday.",
            "The storm injured 800 people in Freedonia on Monday.",
            False,
        ),
        # a province of another state is no part of this one
        (
            "At least 900 people were injured in Southmoor province by the storm on Monday.",
            "The storm injured 800 people in Freedonia on Monday.",
            False,
        ),
        # about 800: a value in common with the whole's
        (
            "About 800 people were injured in Northmark province by the storm on Monday.",
            "The storm injured 800 people in Freedonia on Monday.",
            False,
        ),
    ],
)
def test_a_toll_for_a_place_above_the_toll_for_its_whole_state(
    provincial: str, national: str, expected: bool
) -> None:
    u, v = _unit(provincial, 0), _unit(national, 1)
    assert disagree(u.figures, v.figures) is None  # two places: never compared as one count
    assert (exceeding(u.figures, v.figures) is not None) is expected
    assert (exceeding(v.figures, u.figures) is not None) is expected


def _report(aid: str, text: str, publisher: str) -> Article:
    article = Article(text=text, publisher=publisher)
    article.assign_id(aid)
    article.story_id = "s-1"
    for state, code in (("Freedonia", "FRD"), ("Sylvania", "SYL")):
        at = text.find(state)
        if at >= 0:
            article.mentions.append(
                Mention(at, at + len(state), state, "GPE", code, state, country=code)
            )
    return article


@pytest.mark.parametrize(("provinces", "expected"), [(900, True), (700, False)])
def test_a_provincial_toll_is_checked_against_the_whole_whatever_matches_best(
    provinces: int, expected: bool
) -> None:
    # the first report's own sentence on Northmark alone matches the national toll best;
    # its toll for two provinces is still a part of the whole
    a = _report(
        "a",
        "The storm injured 600 people in Northmark province, officials said on Monday. "
        f"At least {provinces} people were injured in Northmark and Eastvale provinces by the"
        " storm, a spokesman said on Monday.",
        "Alpha News",
    )
    b = _report(
        "b", "Officials said the storm injured 800 people in Freedonia on Monday.", "Beta Post"
    )
    cross_check([a, b])
    (claim,) = [c for c in b.claims if "800" in c.text]
    assert ("a" in claim.conflict) is expected
