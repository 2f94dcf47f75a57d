"""One slot of an event read in each report (sitroom.claims.slots): the time of day it
happened, the first of its kind since when, an actor's answer.

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from prose_checks import unit_lists
from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.slots import (
    agreeing,
    alone,
    clock_of,
    duration_of,
    first_since,
    open_question,
    slotted,
)
from sitroom.claims.units import Unit, units


def reasons(first: str, second: str) -> list[str]:
    return [why for _, _, why, _, _ in slotted(unit_lists(first, second))]


# -- the time of day ------------------------------------------------------------------------


def test_a_clock_time_is_read_with_its_hedge() -> None:
    found = clock_of("The blast happened shortly after 6 p.m. near the port.")
    assert found is not None and (found.low, found.high) == (18 * 60, 18 * 60 + 15)
    found = clock_of("The fire broke out around 1:30 a.m. inside the club.")
    assert found is not None and (found.low, found.high) == (80, 100)
    # a number that is no time, or no verb of happening
    assert clock_of("The attack occurred in 12 places across the city.") is None
    assert clock_of("Police said at 6 p.m. that the road was closed again.") is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ambush happened around 5:30 a.m. on the main road to the airport.",
         "Gunmen opened fire at about 5 a.m. near the airport checkpoint."),
        ("The fire broke out at 11 p.m. in the old market hall.",
         "The blaze started shortly after 9 p.m. in the market hall."),
    ],
)  # fmt: skip
def test_a_time_of_day_stated_otherwise(first: str, second: str) -> None:
    assert reasons(first, second) == ["hours"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the spans meet: one time told with two hedges
        ("The derailment happened shortly after 6 p.m. on the hill line.",
         "The crash occurred around 6:05 p.m. on the hill line."),
        # two events of other kinds: two facts
        ("The fire broke out around 1:30 a.m. in the basement of the club.",
         "The explosion happened at 3:10 a.m. in the basement of the club."),
        # a time in GMT and a local one: the offset is not known here
        ("The shooting started at 05:30 GMT near the base.",
         "The shooting started around 8 a.m. near the base."),
    ],
)  # fmt: skip
def test_times_that_do_not_contradict(first: str, second: str) -> None:
    assert "hours" not in reasons(first, second)


# -- the first since when -------------------------------------------------------------------


def test_a_first_is_read_with_its_bound() -> None:
    assert first_since("It is the first time in two decades that the board acted.") == (
        "first time in two decades",
        20.0,
    )
    assert first_since("This is the first time the board has acted.") == ("first time", None)
    assert first_since("The board acted for the first time ever on Friday.") == (
        "first time ever",
        None,
    )
    assert first_since("The board met on Friday.") is None


def test_a_first_since_then_against_a_first_ever() -> None:
    bounded = "The agency board formally censured the operator for the first time in 15 years."
    ever = "This is the first time the agency board has formally censured the operator."
    assert reasons(bounded, ever) == ["first"]
    # two firsts ever, or one first about another act: no contrast
    assert "first" not in reasons(ever, ever.replace("This is", "It was"))
    assert "first" not in reasons(bounded, "The team won the cup for the first time.")


# -- an answer --------------------------------------------------------------------------------


def test_an_actor_silent_in_one_report_and_answering_in_another() -> None:
    silent = "The union has yet to respond to the offer made by the ministry."
    answered = "In a statement, the Union said it would consider the offer made by the ministry."
    assert "response" not in reasons(silent, answered)  # "union" is no name: not read
    silent = "Meridia has yet to respond to questions about the withdrawal."
    answered = "Meridia has expressed readiness for talks about the withdrawal."
    assert reasons(silent, answered) == ["response"]
    # both silent: one account
    assert "response" not in reasons(silent, "Meridia did not respond to requests for comment.")


def test_a_slot_contradiction_is_kept_with_its_evidence() -> None:
    texts = [
        "The ambush happened around 5:30 a.m. on the main road to the airport.",
        "Gunmen opened fire at about 5 a.m. near the airport checkpoint.",
    ]
    arts = []
    for k, (text, url) in enumerate(
        zip(texts, ("https://a.example/x", "https://b.example/y"), strict=True)
    ):
        a = Article(text=text, url=url, publisher=f"Outlet {k}", published="2026-03-02")
        a.assign_id(f"s{k}")
        a.story_id = "story"
        arts.append(a)
    cross_check(arts)
    found = [e for a in arts for c in a.claims for e in c.contradictions]
    assert found and {e.differs for e in found} == {"date"}
    assert any("5:30" in e.this or "5:30" in e.other for e in found)


@pytest.mark.parametrize("who", ["He", "Police", "Officials"])
def test_no_answer_of_a_pronoun_or_a_common_noun(who: str) -> None:
    silent = f"{who} did not respond to questions about the withdrawal."
    answered = f"{who} said the withdrawal would go ahead as planned."
    assert "response" not in reasons(silent, answered)


def test_the_edge_of_a_span_is_no_time_of_the_event() -> None:
    assert clock_of("As of 13:00, power began to return to the northern grid.") is None
    assert clock_of("The rally started by 10 a.m. in the main square.") is None


# -- alone or not ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Investigators believe the driver acted alone.", True),
        ("Police said the suspect was a lone attacker.", True),
        ("The prosecutor called it a one-man operation.", True),
        ("Investigators suspect the driver did not act alone.", False),
        ("The agency does not believe the driver acted alone.", False),
        ("Police are looking for two accomplices of the driver.", False),
    ],
)  # fmt: skip
def test_alone_or_not(text: str, one: bool) -> None:
    found = alone(text)
    assert found is not None and found[1] is one


def test_a_question_states_neither() -> None:
    assert alone("Police are investigating whether the driver acted alone.") is None
    assert alone("The driver had no accomplices, police said.") == ("no accomplices", True)


def test_alone_against_not_alone() -> None:
    assert reasons(
        "Investigators believe the driver acted alone in the market attack.",
        "Investigators suspect the driver did not act alone in the market attack.",
    ) == ["doers"]
    assert "doers" not in reasons(
        "Investigators believe the driver acted alone in the market attack.",
        "Police said the driver was a lone attacker.",
    )


def test_an_open_question_against_a_closed_one() -> None:
    assert alone("Police are not searching for any other suspects.") == (
        "not searching for any other suspects",
        True,
    )
    assert open_question("Police are examining whether a second gunman was involved.")
    assert open_question("Police are investigating whether the driver acted alone.")
    assert open_question("Police said the driver acted alone.") is None
    assert reasons(
        "Detectives are examining whether a second attacker was involved in the market attack.",
        "Detectives are not looking for other suspects in the market attack.",
    ) == ["doers"]
    # an open question does not answer "did not act alone"; two open questions agree
    assert "doers" not in reasons(
        "Detectives are examining whether a second attacker was involved in the market attack.",
        "Detectives believe the driver did not act alone in the market attack.",
    )
    pairs = agreeing(
        unit_lists(
            "Detectives are examining whether a second attacker was involved in the attack.",
            "Officers are investigating whether others were involved in the market attack.",
        )
    )
    assert len(list(pairs)) == 1


def test_one_slot_stated_alike_is_a_support() -> None:
    pairs = list(
        agreeing(
            unit_lists(
                "Investigators believe the driver acted alone in the market attack.",
                "Police said the driver was a lone attacker, with no sign of a network.",
            )
        )
    )
    assert len(pairs) == 1
    pairs = list(
        agreeing(
            unit_lists(
                "The outage began around 12:30 p.m. across the peninsula.",
                "The blackout started shortly after 12:30 p.m. in both countries.",
            )
        )
    )
    assert len(pairs) == 1


# -- how long it lasted ---------------------------------------------------------------------------


def test_a_duration_is_read_with_its_hedge() -> None:
    found = duration_of("The gunfight lasted about 20 minutes, witnesses said.")
    assert found is not None and found[:2] == (15.0, 25.0)
    found = duration_of("The siege went on for more than two days.")
    assert found is not None and found[:2] == (2880.0, 5760.0)
    assert duration_of("The shooting lasted until the police arrived.") is None


def test_a_duration_stated_otherwise() -> None:
    assert reasons(
        "The shooting lasted about 10 minutes before police arrived at the market.",
        "Shoppers fled gunfire that persisted for approximately three minutes at the market.",
    ) == ["duration"]
    # spans that meet: one duration
    assert "duration" not in reasons(
        "The shooting lasted about 10 minutes before police arrived at the market.",
        "Shoppers fled gunfire that persisted for roughly 12 minutes at the market.",
    )


# -- the day it happened --------------------------------------------------------------------------


def dated_lists(*texts: str, published: str = "2026-03-04") -> list[list[Unit]]:
    out = []
    for k, text in enumerate(texts):
        article = Article(text=text, published=published)
        article.assign_id(f"d{k}")
        out.append(units(article, k))
    return out


def test_the_day_of_one_kind_of_event_stated_otherwise() -> None:
    # published on Wednesday 4 March 2026: Monday is 2 March, "March 1" a Sunday
    found = [
        why
        for _, _, why, _, _ in slotted(
            dated_lists(
                "The shooting occurred on Monday at a school in the northern suburbs.",
                "Police said the attack happened on March 1 near a school.",
            )
        )
    ]
    assert found == ["dates"]


def test_a_date_named_in_a_report_of_no_known_day_is_its_month_and_day() -> None:
    dated = dated_lists("The shooting occurred on Monday at a school in the northern suburbs.")
    undated = []
    for k, text in enumerate(
        [
            "Police said the attack happened on March 1 near a school.",
            "Police said the attack happened on March 2 near a school.",
        ],
        start=1,
    ):
        article = Article(text=text)  # no day of publication
        article.assign_id(f"n{k}")
        undated.append(units(article, k))
    found = [(why, u.article, v.article) for u, v, why, _, _ in slotted(dated + undated)]
    assert ("dates", 0, 1) in found  # Monday 2 March / March 1
    assert ("dates", 0, 2) not in found  # Monday 2 March / March 2: one day
    assert ("dates", 1, 2) in found  # March 1 / March 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one day named two ways
        ("The shooting occurred on Monday at a school in the northern suburbs.",
         "Police said the attack happened on March 2 near a school."),
        # other kinds of event: two facts
        ("The shooting occurred on Monday at a school in the northern suburbs.",
         "A fire broke out on March 1 near the school."),
        # one of several: "another attack"
        ("The shooting occurred on Monday at a school in the northern suburbs.",
         "Another attack happened on March 1 near a school."),
    ],
)  # fmt: skip
def test_days_that_do_not_contradict(first: str, second: str) -> None:
    assert "dates" not in [why for _, _, why, _, _ in slotted(dated_lists(first, second))]


def test_a_day_stated_otherwise_is_kept_by_the_cross_check() -> None:
    texts = [
        "The shooting occurred on Monday at a school in the northern suburbs.",
        "Police said the attack happened on Sunday near a school in the suburbs.",
    ]
    arts = []
    for k, text in enumerate(texts):
        a = Article(
            text=text, url=f"https://{'ab'[k]}.example/x", publisher=f"Outlet {k}",
            published="2026-03-04",
        )  # fmt: skip
        a.assign_id(f"t{k}")
        a.story_id = "story"
        arts.append(a)
    cross_check(arts)
    found = [e for a in arts for c in a.claims for e in c.contradictions]
    assert found and {e.differs for e in found} == {"date"}


# -- who did it -----------------------------------------------------------------------------------


def test_other_doers_of_one_kind_of_event() -> None:
    first = "The Northern Front claimed responsibility for the bombing of the bridge."
    second = "Officials said the blast was carried out by the Eastern League."
    lists = unit_lists(first, second)
    # the doers are read from the actors the pipeline tags; set them as it would
    lists[0][0].doers = {"a:front": "The Northern Front"}
    lists[1][0].doers = {"a:league": "the Eastern League"}
    assert [why for _, _, why, _, _ in slotted(lists)] == ["doers"]
    # one doer named by both: no contrast; other kinds of event: two facts
    lists[1][0].doers = {"a:front": "the Northern Front"}
    assert "doers" not in [why for _, _, why, _, _ in slotted(lists)]
    lists = unit_lists(first, "The Eastern League carried out the raid on the port.")
    lists[0][0].doers = {"a:front": "The Northern Front"}
    lists[1][0].doers = {"a:league": "The Eastern League"}
    assert "doers" not in [why for _, _, why, _, _ in slotted(lists)]


def test_a_verb_of_happening_can_name_the_kind_of_event() -> None:
    crash = clock_of("The plane crashed at 1:38 p.m. near the airport.")
    blast = clock_of("A fuel tank exploded at 1:38 p.m. near the airport.")
    assert crash is not None and blast is not None and crash.kind != blast.kind
    assert "dates" in [
        why
        for _, _, why, _, _ in slotted(
            dated_lists(
                "The plane crashed on Monday near the airport, officials said.",
                "The crash happened on Tuesday near the airport.",
            )
        )
    ]
