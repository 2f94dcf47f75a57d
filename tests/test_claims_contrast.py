"""How two aligned statements say otherwise (sitroom.claims.contrast, .events doers).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import re

import pytest

from sitroom.article import Article, Mention
from sitroom.claims import contradiction
from sitroom.claims.units import Unit, units


def _unit(text: str, index: int, orgs: tuple[str, ...] = ("Front", "Legion")) -> Unit:
    article = Article(text=text)
    article.assign_id(str(index))
    for org in orgs:
        for found in re.finditer(org, text):
            article.mentions.append(
                Mention(found.start(), found.end(), org, "ORG", org.upper(), org)
            )
    (u,) = units(article, index)
    return u


@pytest.mark.parametrize(
    ("first", "second", "differs"),
    [
        # one doer said to claim the act and to deny it: the attribution is disputed
        ("The Front claimed responsibility for the bombing of the market.",
         "The Front denied any role in the bombing of the market.", "doers"),
        ("The Front claimed responsibility for the bombing of the market.",
         "The Front has denied carrying out the bombing of the market.", "doers"),
        # a claim by one and a denial by another agree
        ("The Front claimed responsibility for the bombing of the market.",
         "The Legion denied any role in the bombing of the market.", None),
        # a denial of something else than the act is no denial of it
        ("The Front claimed responsibility for the bombing of the market.",
         "The Front denied reports of civilian deaths in the bombing of the market.", None),
        # two doers named otherwise, as before
        ("The Front claimed responsibility for the bombing of the market.",
         "The Legion claimed responsibility for the bombing of the market.", "doers"),
    ],
)  # fmt: skip
def test_a_doer_said_to_deny_the_act_disputes_its_claim(
    first: str, second: str, differs: str | None
) -> None:
    assert contradiction(_unit(first, 0), _unit(second, 1), score=0.5) == differs


@pytest.mark.parametrize(
    ("first", "second", "differs"),
    [
        # a stated past and a denied present of one irregular verb: one term, negated
        ("The ferry sank near the harbour after the storm on Tuesday.",
         "The ferry did not sink near the harbour after the storm on Tuesday.", "negation"),
        ("The prisoners fled the camp during the night.",
         "The prisoners did not flee the camp during the night.", "negation"),
        ("The ferry sank near the harbour after the storm on Tuesday.",
         "The ferry sank near the harbour after the storm on Tuesday.", None),
    ],
)  # fmt: skip
def test_an_irregular_past_is_denied_by_its_present(
    first: str, second: str, differs: str | None
) -> None:
    assert contradiction(_unit(first, 0), _unit(second, 1), score=0.5) == differs


def _dated_claims(first: str, second: str, published: tuple[str, str]) -> list[str]:
    """What differs in each contradiction of the first report's claim, cross-checked."""
    from sitroom.claims import cross_check

    a = Article(text=first, publisher="Outlet A", published=published[0])
    b = Article(text=second, publisher="Outlet B", published=published[1])
    for art, aid in ((a, "a"), (b, "b")):
        art.assign_id(aid)
        art.story_id = "s-1"
    cross_check([a, b])
    (claim,) = a.claims
    return [f"{e.this} / {e.other}" for e in claim.contradictions or []]


@pytest.mark.parametrize(
    ("second", "published", "expected"),
    [
        # "Sunday" in a report of Monday 1 September is 31 August, not 30 August
        ("A ferry with 300 passengers capsized off the northern coast on August 30, "
         "the coastguard said.", ("2025-09-01", "2025-09-01"), ["2025-08-31 / 2025-08-30"]),
        ("A ferry with 300 passengers capsized off the northern coast on August 31, "
         "the coastguard said.", ("2025-09-01", "2025-09-02"), []),
    ],
)  # fmt: skip
def test_a_weekday_and_a_date_of_one_act(
    second: str, published: tuple[str, str], expected: list[str]
) -> None:
    first = (
        "A ferry with 300 passengers capsized off the northern coast on Sunday, "
        "the coastguard said."
    )
    assert _dated_claims(first, second, published) == expected


@pytest.mark.parametrize(
    ("first", "second", "differs"),
    [
        # one named text passed and rejected by one body, named otherwise
        ("Parliament approved the water bill on Friday.",
         "Legislators rejected the water bill in a vote on Friday.", "predicates"),
        ("The water bill passed by 90 votes to 70 on Friday.",
         "The water bill was defeated in parliament on Friday.", "predicates"),
        # the same outcome told twice
        ("Parliament approved the water bill on Friday.",
         "Legislators passed the water bill on Friday.", None),
        # two texts: two votes
        ("Parliament approved the water bill on Friday.",
         "Legislators rejected the housing bill in a vote on Friday.", None),
        # two bodies of one legislature may vote otherwise
        ("The Senate approved the water bill on Friday.",
         "The Assembly rejected the water bill in a vote on Friday.", None),
    ],
)  # fmt: skip
def test_the_outcome_of_a_vote_on_a_named_text(
    first: str, second: str, differs: str | None
) -> None:
    u, v = _unit(first, 0, ()), _unit(second, 1, ())
    for score in (0.25, 0.31):  # few words in common besides the text's name
        assert contradiction(u, v, score) == differs


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a night told in weekdays (Friday 6, Saturday 7 June) and in dates (7 into 8 June)
        ("Gunmen raided the river village from late Friday into Saturday, the police said.",
         "Gunmen raided the river village from late June 7 into June 8, the police said.",
         ["2025-06-06, 2025-06-07 / 2025-06-07, 2025-06-08"]),
        ("Gunmen raided the river village late on Friday into Saturday, 7 June.",
         "Gunmen raided the river village from late June 7 into June 8, the police said.",
         ["2025-06-06, 2025-06-07 / 2025-06-07, 2025-06-08"]),
        # the same night told both ways agrees
        ("Gunmen raided the river village from late Friday into Saturday, the police said.",
         "Gunmen raided the river village from late June 6 into June 7, the police said.", []),
        # one day of the night told agrees with the whole night
        ("Gunmen raided the river village late on Friday, the police said.",
         "Gunmen raided the river village from late June 6 into June 7, the police said.", []),
    ],
)  # fmt: skip
def test_a_night_told_in_weekdays_and_in_dates(
    first: str, second: str, expected: list[str]
) -> None:
    # both reports of Monday 9 June 2025
    assert _dated_claims(first, second, ("2025-06-09", "2025-06-09")) == expected


def test_a_night_told_in_dates_by_a_report_of_no_known_day() -> None:
    first = "Gunmen raided the river village from late Friday into Saturday, the police said."
    second = "Gunmen raided the river village from late June 7 into June 8, the police said."
    found = _dated_claims(first, second, ("2025-06-09", ""))
    assert found == ["06-06, 06-07 / 06-07, 06-08"]
    agreeing = second.replace("June 7 into June 8", "June 6 into June 7")
    assert _dated_claims(first, agreeing, ("2025-06-09", "")) == []
