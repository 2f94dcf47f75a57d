"""Which counts of two statements count one thing (sitroom.claims.numbers, .scope).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import re

import pytest

from sitroom.article import Article, Mention
from sitroom.claims.numbers import disagree, figures
from sitroom.claims.units import Unit, _tokens, units


def figures_of(text: str, aid: str = "a") -> list[tuple[str, str, set[str]]]:
    article = Article(text=text)
    article.assign_id(aid)
    (u,) = units(article, 0)
    return [(f.text, f.key, set(f.kinds)) for f in u.figures]


def differ(first: str, second: str) -> bool:
    a, b = Article(text=first), Article(text=second)
    a.assign_id("a")
    b.assign_id("b")
    (u,) = units(a, 0)
    (v,) = units(b, 1)
    return disagree(u.figures, v.figures) is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the words of what is counted, synonyms folded, "people" no kind
        ("Officials said 12 coastguard boats entered the zone.",
         [("12", "ship", {"coastguard", "ship"})]),
        ("Officials said 26 people were killed in the raid.", [("26", "dead", set())]),
        # a participle before the noun describes it: the noun is still what is counted
        ("The council said the force will have 2,350 uniformed officers.",
         [("2,350", "officer", {"uniform", "officer"})]),
        # two counts joined by "and" before one outcome both count it
        ("Police said three officers and seven gunmen were killed in the siege.",
         [("three", "dead", {"officer"}), ("seven", "dead", {"gunmen"})]),
        # "perished" counts the dead
        ("At least 40 migrants perished when the boat capsized.",
         [("at least 40", "dead", {"migrant"})]),
        # a crowd: told by a vague size, by a verb with no noun, or by who makes it up
        ("Tens of thousands marched through the old town on Sunday.",
         [("tens of thousands", "people", set())]),
        ("Organisers said 90,000 demonstrators rallied in the square.",
         [("90,000", "people", set())]),
        ("The ministry said 1.5 million people demonstrated nationwide.",
         [("1.5 million", "people", set())]),
        ("Police said 20,000 were taking part in the march.", [("20,000", "people", set())]),
        # "taken hostage" counts hostages as "40 hostages" does; "forced from their homes"
        # counts the displaced; the homes counted by a figure are homes
        ("Police said 52 people were taken hostage at the hotel.",
         [("52", "hostages", set())]),
        ("Gunmen seized 40 hostages at the hotel, police said.",
         [("40", "hostages", {"hostages"})]),
        ("The floods forced 5,000 people from their homes, officials said.",
         [("5,000", "displaced", set())]),
        ("The fighting drove 300 families out of their homes, officials said.",
         [("300", "displaced", {"famil"})]),
        ("Officials said the storm destroyed 2,000 homes in the valley.",
         [("2,000", "home", {"home"})]),
        # an outcome before a comma is the previous figure's: a list of outcomes
        ("Blast at the depot on Friday, three dead, 17 injured.",
         [("three", "dead", set()), ("17", "injured", set())]),
        # fighters "eliminated" or "neutralised" by troops are killed; devices are not
        ("The army said troops eliminated 12 militants in the hills on Monday.",
         [("12", "dead", {"gunmen"})]),
        ("Police said they had neutralised four gunmen at the bank.",
         [("four", "dead", {"gunmen"})]),
        ("Police said experts neutralised two bombs at the station.",
         [("two", "bomb", {"bomb"})]),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # one side counts two groups, the other one count it cannot place
        ("The army said 17 soldiers and more than 80 rebel fighters were killed.",
         "The rebels said nine were killed in the fighting.", False),
        ("The rebels said nine were killed in the fighting.",
         "The army said 17 soldiers and more than 80 rebel fighters were killed.", False),
        # ... unless the words of what is counted place it
        ("The army said 17 soldiers and more than 80 rebel fighters were killed.",
         "The rebels said nine rebel fighters were killed in the fighting.", True),
        ("Officials said 12 coastguard boats and three fishing boats entered the zone.",
         "Officials said 16 coastguard boats entered the zone.", True),
        ("Officials said 16 coastguard boats and three fishing boats entered the zone.",
         "Officials said 16 coastguard boats entered the zone.", False),
        # "among the 30 killed were four children": the four are a part of the 30
        ("Among the 30 people killed in the blast were four children, police said.",
         "Police said 32 people were killed in the blast.", True),
        ("Among the 30 people killed in the blast were four children, police said.",
         "Police said 30 people were killed in the blast.", False),
        # "a maximum of N" allows N and less
        ("The council said the force can have a maximum of 2,300 officers.",
         "The council said the force will have 2,350 officers.", True),
        ("The council said the force can have a maximum of 2,300 officers.",
         "The council said the force will have 2,250 officers.", False),
    ],
)  # fmt: skip
def test_counts_are_compared_only_where_they_can_be_placed(
    first: str, second: str, expected: bool
) -> None:
    assert differ(first, second) is expected


def pair_claims(first: str, second: str) -> tuple[list[str], list[str]]:
    """The other report's id among each claim's conflicts and supports, cross-checked."""
    from sitroom.claims import cross_check

    a, b = Article(text=first, publisher="Outlet A"), Article(text=second, publisher="Outlet B")
    for art, aid in ((a, "a"), (b, "b")):
        art.assign_id(aid)
        art.story_id = "s-1"
    cross_check([a, b])
    (ca,) = a.claims
    return ca.conflict, ca.support


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Tens of thousands of people marched in the capital on Sunday.",
         "Hundreds of thousands marched in the capital on Sunday.", True),
        ("Several hundred thousand people marched in the capital on Sunday.",
         "Hundreds of thousands of protesters marched in the capital on Sunday.", False),
    ],
)  # fmt: skip
def test_crowd_sizes_told_vaguely(first: str, second: str, expected: bool) -> None:
    assert differ(first, second) is expected


def test_a_tally_of_voters_on_other_sides_is_neither_support_nor_denial() -> None:
    conflict, support = pair_claims(
        "Twenty-one members of the board voted for the motion on Thursday, diplomats said.",
        "Diplomats said three members of the board did not vote on the motion on Thursday.",
    )
    assert (conflict, support) == ([], [])


def test_a_pending_act_contradicts_the_act_done() -> None:
    conflict, _ = pair_claims(
        "The parliament has ratified the border treaty with its neighbour.",
        "The border treaty still awaits approval by the parliament and the president.",
    )
    assert conflict == ["b"]


def test_two_antonyms_at_little_alignment_are_two_facts() -> None:
    conflict, _ = pair_claims(
        "Steel exports to the region rose sharply in March, the trade ministry said.",
        "The trade ministry said fuel imports from the region fell sharply in March.",
    )
    assert conflict == []


def _units_with_place(text: str, place: str, canonical: str, index: int) -> Unit:
    article = Article(text=text)
    article.assign_id(str(index))
    at = text.find(place)
    if at >= 0:
        article.mentions.append(
            Mention(at, at + len(place), place, "GPE", "FRD", canonical, country="FRD")
        )
    (u,) = units(article, index)
    return u


@pytest.mark.parametrize(
    ("place", "canonical", "expected"),
    [
        ("Freedonia", "Freedonia", True),  # the state by its own name: the whole country
        ("Fredville", "Freedonia", False),  # its capital: a count of one city
    ],
)
def test_a_count_for_a_state_by_its_own_name_is_one_for_the_whole_country(
    place: str, canonical: str, expected: bool
) -> None:
    u = _units_with_place(
        "Officials said 1.1 million people marched nationwide on Thursday.", place, canonical, 0
    )
    v = _units_with_place(
        f"The union said 2 million people marched in {place} on Thursday.", place, canonical, 1
    )
    assert (disagree(u.figures, v.figures) is not None) is expected


def test_since_before_a_figure_gives_a_cause_not_a_running_total() -> None:
    assert differ(
        "It is done, since 1.2 million people marched in the capital on Thursday.",
        "More than 2 million people marched in the capital on Thursday.",
    )
    assert not differ(
        "Some 1.2 million people have marched in the capital since Thursday.",
        "More than 2 million people marched in the capital on Thursday.",
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the whole a share is taken of, told alone by the other report, is told alike
        ("Officials said the estate has eight towers.",
         "Officials said the fire reached seven of the eight towers.", False),
        # two shares of one whole still differ
        ("Officials said the fire reached five of the eight towers.",
         "Officials said the fire reached seven of the eight towers.", True),
        # a whole told otherwise is no agreement
        ("Officials said the estate has nine towers.",
         "Officials said the fire reached seven of the eight towers.", True),
    ],
)  # fmt: skip
def test_the_whole_of_a_share_is_a_count_of_the_whole(
    first: str, second: str, expected: bool
) -> None:
    assert differ(first, second) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adjective ending in -s is no plural noun: the noun after it is counted
        ("Police said nine priceless paintings were taken from the gallery.",
         [("nine", "paint", {"priceles", "paint"})]),
        ("Police said two famous bridges were closed after the storm.",
         [("two", "bridg", {"famou", "bridg"})]),
    ],
)  # fmt: skip
def test_adjectives_ending_in_s_are_not_the_counted_noun(
    sentence: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    assert figures_of(sentence) == expected


def test_paraphrases_of_flight_and_of_thieves_align_as_one_statement() -> None:
    # "the robbers fled" / "the thieves escaped": one statement, reworded
    a = Article(text="Police said the robbers fled on two scooters after the raid.")
    b = Article(text="Police said the thieves escaped on scooters after the raid.")
    a.assign_id("a")
    b.assign_id("b")
    (u,) = units(a, 0)
    (v,) = units(b, 1)
    assert set(u.terms) - {"two"} == set(v.terms)


def _told(text: str, who: str, index: int) -> Unit:
    article = Article(text=text)
    article.assign_id(str(index))
    for found in re.finditer(who, text):
        article.mentions.append(Mention(found.start(), found.end(), who, "ORG", "FRD", who))
    (u,) = units(article, index)
    return u


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # "nine on its side": the Taliban's own dead, set against the army's count of them
        ("The Taliban said nine on its side were killed in the clashes.", True),
        ("The Taliban said nine of its own were killed in the clashes.", True),
        # no side named: the count cannot be placed against one of the two
        ("The Taliban said nine were killed in the clashes.", False),
    ],
)
def test_a_count_of_the_tellers_own_side_counts_the_teller(first: str, expected: bool) -> None:
    u = _told(first, "Taliban", 0)
    v = _told("The army said 23 soldiers and over 200 Taliban fighters were killed.", "Taliban", 1)
    assert (disagree(u.figures, v.figures) is not None) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "less than a minute": one unit of time, bounded; five minutes is another time
        ("The train stopped less than a minute after leaving the station.",
         "The train stopped five minutes after leaving the station.", True),
        ("The train stopped nearly an hour after leaving the station.",
         "The train stopped two hours after leaving the station.", True),
        # "a" with no qualifier before it counts nothing
        ("The train stopped a day after the strike began.",
         "The train stopped two days after the strike began.", False),
    ],
)  # fmt: skip
def test_one_unit_of_time_after_a_qualifier_is_a_figure(
    first: str, second: str, expected: bool
) -> None:
    assert differ(first, second) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count's change: the value it changed from is not the count, the new one is
        ("Officials said the death toll rose from four to nine on Monday.",
         [("nine", "dead", set())]),
        ("The toll climbed sharply from 31 to 47, the agency said.", [("47", "dead", set())]),
        ("At least 12 people are dead, up from eight reported at first.",
         [("at least 12", "dead", set())]),
        ("The ministry said 90 were killed, revising a previous toll of 120.",
         [("90", "dead", set())]),
        # "the deaths of N": the dead, though an injury is named after it
        ("The fire caused the deaths of 17 people and left many others injured.",
         [("17", "dead", set())]),
        # "more N" (its "than" dropped) and "beyond N" are lower bounds
        ("The storm killed more 300 and injured 900 others.",
         [("more 300", "dead", set()), ("900", "injured", set())]),
    ],
)  # fmt: skip
def test_a_count_changed_from_and_bounds(
    sentence: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the toll a count rose from is not a second toll
        ("Officials said the toll rose from two to five.", "Police said five people died.",
         False),
        ("Officials said the toll rose from two to five.", "Police said eight people died.",
         True),
        # "more 1,400" (than dropped) agrees with "more than 1,411"
        ("The quake killed more 1,400 people, officials said.",
         "More than 1,411 people were killed by the quake, officials said.", False),
        # a count joined to an increment is one too: not the whole count of injured
        ("Another dozen people were killed and hundreds injured in the north.",
         "Officials said over 3,000 people were injured by the quake.", False),
        # "the deaths of 15" is no count of the injured
        ("The crash caused the deaths of 15 people and left many others injured.",
         "At least 15 people were killed and about 30 injured.", False),
    ],
)  # fmt: skip
def test_changed_and_joined_counts(first: str, second: str, expected: bool) -> None:
    assert differ(first, second) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "about 10" is near ten, not anything from five to fifteen
        ("Police said the shooting lasted about 10 minutes.",
         "Police said the shooting lasted about five minutes.", True),
        ("Police said the shooting lasted about 10 minutes.",
         "Police said the shooting lasted 11 minutes.", False),
        # a round figure keeps the precision it is written with
        ("Officials said about 2,000 people were evacuated from the valley.",
         "Officials said 1,800 people were evacuated from the valley.", False),
    ],
)  # fmt: skip
def test_about_a_round_figure(first: str, second: str, expected: bool) -> None:
    assert differ(first, second) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a share of a count just named is a part: "five of them", "two of whom"
        ("Twelve people were hurt, five of them children.",
         "Twelve people were hurt in the blast.", False),
        ("The mayor said four of them are seriously injured.",
         "Police said nine people were seriously injured.", True),
        ("Twelve people were hurt, two of whom died later.",
         "Police said eleven people died in the blast.", False),
        # a figure joined to a noun phrase before its outcome counts a part of it
        ("The blast left two guards and the driver dead.",
         "Three people died in the blast.", False),
        ("The blast left two guards dead on the road.",
         "Three people died in the blast.", True),
        ("Two guards and four drivers were killed in the blast.",
         "Three guards were killed in the blast.", True),
    ],
)  # fmt: skip
def test_shares_and_joined_parts_are_parts(first: str, second: str, expected: bool) -> None:
    assert differ(first, second) is expected


def test_a_clause_naming_the_whole_first_makes_a_part() -> None:
    text = "Of the 12 injured in the blast, five are children."
    parts = [(f.text, f.partial) for f in figures(_tokens(text, 0, len(text)))]
    assert parts == [("12", False), ("five", True)]


def test_sentences_run_together_are_split_into_words() -> None:
    # a page's lost line break: "wounded.Police" is two words, "U.S." and "2.5" one
    text = "Two guards in the U.S. were killed and up to 9 wounded.Police paid 2.5 million."
    words = [t.low for t in _tokens(text, 0, len(text))]
    assert words[words.index("wounded") + 1] == "police"
    assert "u.s" in words and "2.5" in words
    assert not differ(
        "Two guards were killed and up to 9 wounded.Police closed the road.",
        "At least two guards died and nine were injured.",
    )


def report_figures(text: str) -> list[tuple[str, str, bool]]:
    article = Article(text=text)
    article.assign_id("a")
    return [(f.text, f.key, f.partial) for u in units(article, 0) for f in u.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a further", "another", "additional" after a count of another outcome: the count
        # of its own outcome, added to the other
        ("Officials said 16 people died and a further 23 were injured in the crash.",
         [("16", "dead", False), ("23", "injured", False)]),
        ("The blast killed five people and a further 30 were wounded, police said.",
         [("five", "dead", False), ("30", "injured", False)]),
        ("Police said four people died in the crash on Monday. "
         "The crash also left 12 additional people injured, police said.",
         [("four", "dead", False), ("12", "injured", False)]),
        # an increment of a count of its own outcome told before it stays one
        ("Police said 20 people were injured in the blast on Monday. "
         "Officials said a further three people were injured in a second blast.",
         [("20", "injured", False), ("three", "injured", True)]),
        # an added count with no count of another outcome before it stays an increment
        ("Rescuers said three additional crew members were rescued overnight.",
         [("three", "rescued", True)]),
        # a noun phrase after "and" still makes the figure before it a part
        ("Police said the raid left two children and the gunman dead.",
         [("two", "dead", True)]),
    ],
)  # fmt: skip
def test_a_count_told_as_added_to_another_outcome_is_its_whole_count(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert report_figures(text) == expected


def test_future_in_the_past_is_a_toll_told() -> None:
    """ "a blaze that would claim 30 lives" tells what the blaze went on to do: a count of
    the dead like "killing 25"; a "would" of condition stays a possibility."""
    told = "Officials said a gas leak started a blaze that would claim at least 30 lives."
    plain = "Officials said the blaze killed 25 people in the village."
    assert differ(told, plain)
    maybe = "Officials said that if the dam broke, a flood that would kill 30 people could come."
    assert not differ(maybe, plain)


def test_fighting_for_their_lives_is_no_count_of_the_dead() -> None:
    """ "left 90 others fighting for their lives": the living, not the dead."""
    assert ("90", "dead", set()) not in figures_of(
        "Officials said the blast left 90 others fighting for their lives in hospital."
    )
    assert differ(
        "Officials said the blast left 12 dead and 90 others fighting for their lives.",
        "Officials said the blast killed 15 people on Sunday.",
    )


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        # "more" adds to the people of another outcome: the whole count of its own
        ("Dozens are still missing, and hundreds more were wounded.", [False, False]),
        ("Four people died and 30 more were hurt in the blast.", [False, False]),
        # more of the same outcome, or with nothing before it: an increment
        ("Six people died on Friday and two more died overnight.", [False, True]),
        ("Hundreds more were wounded.", [True]),
    ],
)
def test_more_after_a_count_of_another_outcome_is_a_whole_count(
    sentence: str, partial: list[bool]
) -> None:
    toks = _tokens(sentence, 0, len(sentence))
    assert [f.partial for f in figures(toks)] == partial


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a least value is open above: a vague plural above it agrees with it
        ("At least 150 were killed in the storm.", "Hundreds were killed in the storm.", False),
        ("More than 1,000 people fled the floods.", "Thousands of people fled the floods.", False),
        # but not one below it, nor a point outside the plural's range
        ("More than 150 were killed in the storm.", "Dozens were killed in the storm.", True),
        ("Hundreds were injured in the storm.", "The storm injured 45 people.", True),
        ("At least 150 people were killed in the storm.", "The storm killed 300 people.", True),
    ],
)  # fmt: skip
def test_a_vague_plural_agrees_with_a_least_value_below_it(
    first: str, second: str, expected: bool
) -> None:
    assert differ(first, second) is expected
