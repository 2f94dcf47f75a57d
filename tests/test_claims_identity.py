"""What makes statements of two reports tell one event and count one thing, whatever their
words (sitroom.claims.identity, .spans, .scope).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.units import units


def unit_of(text: str):  # type: ignore[no-untyped-def]
    article = Article(text=text)
    article.assign_id("a")
    (u,) = units(article, 0)
    return u


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        # the day of the telling is not the day of the event
        ("The ministry said on Monday that 40 people died in the floods.", set()),
        ("Some 40 people died in the floods, the governor told reporters in Ardena on Tuesday.",
         set()),
        # the day a count changed on is the count's
        ("The toll from the floods rose to 55 on Friday, officials said.", set()),
        # the day of the event stays
        ("The ministry said the bridge collapsed on Monday, killing four people.", {"monday"}),
        ("The storm struck the coast late on Sunday, officials said Tuesday.", {"sunday"}),
    ],
)  # fmt: skip
def test_the_day_of_a_telling_does_not_date_the_event(sentence: str, days: set[str]) -> None:
    assert set(unit_of(sentence).when) == days


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll heads its clause however long the phrase of whose toll it is
        ("The death toll from the storm that hit the coast, flattening villages, has climbed "
         "to 87, the agency said.", [("87", "dead", frozenset())]),
        # counts given for a place, or for the whole country
        ("Officials said 30 people were killed in Harlow province.",
         [("30", "dead", frozenset({"harlow"}))]),
        ("The agency recorded 400 deaths nationwide on the first day.",
         [("400", "dead", frozenset({"*"}))]),
        ("In Harlow province, where 30 people died and 70 were injured, roads were cut.",
         [("30", "dead", frozenset({"harlow"})), ("70", "injured", frozenset({"harlow"}))]),
        # a measure is not a count
        ("A magnitude 6.4 earthquake killed 12 people in the valley.",
         [("6.4", "magnitude", frozenset()), ("12", "dead", frozenset())]),
        # the outcome before "another" is the figure's
        ("Gunmen killed another nine villagers and wounded 20 on Friday.",
         [("nine", "dead", frozenset()), ("20", "injured", frozenset())]),
    ],
)  # fmt: skip
def test_what_and_where_a_count_counts(
    sentence: str, expected: list[tuple[str, str, frozenset[str]]]
) -> None:
    assert [(f.text, f.key, f.where) for f in unit_of(sentence).figures] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Morrison, 64, told reporters he would run again.", [("64", "age:morrison")]),
        ("Morrison, a 64-year-old former mayor, told reporters he would run.",
         [("64-year-old", "age:morrison")]),
        ("Voters backed the 71-year-old Morrison in the runoff.",
         [("71-year-old", "age:morrison")]),
        # nobody named: an age that compares with no other
        ("A 58-year-old farmer was among the dead.", [("58-year-old", "age")]),
    ],
)  # fmt: skip
def test_an_age_is_the_age_of_the_person_named(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.key) for f in unit_of(sentence).figures] == expected


def test_the_whole_a_share_is_taken_of_is_not_the_count() -> None:
    figs = unit_of("Voting took place in 14 of the 30 districts on Sunday.").figures
    assert [(f.text, f.key, f.partial) for f in figs] == [
        ("14", "district", False),
        ("30", "district", True),
    ]


def conflicts(first: str, second: str) -> list[list[str]]:
    """For each claim of the first report, the reports it is contradicted by."""
    a, b = Article(text=first, publisher="Outlet A"), Article(text=second, publisher="Outlet B")
    for art, aid in ((a, "a"), (b, "b")):
        art.assign_id(aid)
        art.story_id = "s-1"
    cross_check([a, b])
    return [c.conflict for c in a.claims]


def test_a_count_stated_in_other_words_is_compared() -> None:
    assert conflicts(
        "Rescuers said 12 people died when the ferry sank near the harbour.",
        "Officials reported 19 deaths after the vessel went down.",
    ) == [["b"]]


def test_a_count_no_count_of_the_other_report_agrees_with_is_set_against_each() -> None:
    assert conflicts(
        "The United Nations reported at least nine deaths in the unrest.",
        "The opposition said about 300 people were killed in clashes with police. A doctor "
        "said more than 150 people had died.",
    ) == [["b"]]


def test_a_place_count_and_the_whole_count_are_two_scopes() -> None:
    assert conflicts(
        "The floods killed 40 people in Ardena province, officials said.",
        "The floods killed 120 people, officials said. In Ardena province alone, 40 people "
        "were killed.",
    ) == [[]]


def test_counts_for_two_places_are_two_counts() -> None:
    assert conflicts(
        "The storm killed nine people in Velmar province on Sunday.",
        "The storm killed 14 people in Ostrova province on Sunday.",
    ) == [[]]


def test_two_ages_of_one_person_contradict() -> None:
    assert conflicts(
        "Morrison, 64, told reporters he would run for the presidency again.",
        "Morrison, 69, told reporters he would run for the presidency again.",
    ) == [["b"]]


def test_only_a_count_set_against_another_is_a_rival_count() -> None:
    from sitroom.claims.identity import _SET_AGAINST

    assert _SET_AGAINST.search("officials confirmed a lower death toll of 45")
    assert _SET_AGAINST.search("the army gave a higher figure of 60")
    assert not _SET_AGAINST.search("a lower death toll than last year's 45")
    assert not _SET_AGAINST.search("officials confirmed a death toll of 45")
