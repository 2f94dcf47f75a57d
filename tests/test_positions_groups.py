"""Holders the knowledge base does not know (sentences written for these tests): a group
of people by trade with a nationality ("Greek fishermen") holds a stance; a bare trade
noun ("fishermen") names no one."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions

CATALOG = """
name: trade
description: A trade agreement between two blocs.
issues:
  trade_deal:
    claim: The trade agreement should be ratified.
    definition: ratifying or signing the free trade agreement
    keywords: [(trade|free-trade) (deal|agreement|pact)]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Greek fishermen reject the new trade agreement with Canada.",
            ("Greek fishermen", "trade_deal", "oppose"),
            ("Greece", "trade_deal", "oppose"),
        ),
        (
            "Irish farmers gathered in Dublin on Friday. They argue the trade deal will ruin "
            "their livelihoods.",
            None,
            ("Ireland", "trade_deal", "oppose"),
        ),
        # "against" as the copula's own: only when the holder is the copula's subject
        (
            "The protest in Ottawa is against the new trade agreement.",
            None,
            ("Canada", "trade_deal", "oppose"),
        ),
        # a denied act states no purpose; "stop X from collapsing" keeps X
        (
            "Canada did not send envoys to Brussels to stop the new trade agreement.",
            None,
            ("Canada", "trade_deal", "oppose"),
        ),
        (
            "Canada sent envoys to Brussels to stop the new trade agreement from collapsing.",
            None,
            ("Canada", "trade_deal", "oppose"),
        ),
        # a bare trade noun shortly after the named group is that group
        (
            "Greek fishermen gathered in Athens on Friday. The fishermen reject the new "
            "trade agreement with Canada.",
            ("Greek fishermen", "trade_deal", "oppose"),
            ("Greece", "trade_deal", "oppose"),
        ),
        (
            "Fishermen reject the new trade agreement with Canada.",
            None,
            ("Fishermen", "trade_deal", "oppose"),
        ),
    ],
)
def test_social_groups(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str],
) -> None:
    got = positions(pipeline, CATALOG, text)
    if want is not None:
        assert want in got
    assert not_want not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # the members listed on the group's "of" phrase hold its stance
        (
            "A bloc of fishing nations, including Norway and Iceland, has firmly opposed "
            "the new trade agreement.",
            ("Iceland", "trade_deal", "oppose"),
            None,
        ),
        # "they" after a body of many ("a bloc of nations") speaks of those who lead it
        (
            "A bloc of fishing nations, led by Norway and Iceland, walked out of the talks. "
            "They rejected the new trade agreement.",
            ("Norway", "trade_deal", "oppose"),
            None,
        ),
        # a relative clause on a group holds for the actors listed with it
        (
            "Ministers met for hours with nations such as Peru and Bolivia, which want to "
            "block the new trade agreement.",
            ("Bolivia", "trade_deal", "oppose"),
            None,
        ),
        # "they" after a pair of names joined by "and" is both of them
        (
            "Chile's Gabriel Boric and Peru's Dina Boluarte met the EU envoy on Monday. They "
            "rejected the new trade agreement.",
            ("Dina Boluarte", "trade_deal", "oppose"),
            None,
        ),
        # so is "the two presidents", "the ministers": people by role, not said whose
        (
            "Gabriel Boric and Dina Boluarte met in Lima on Monday. In a joint statement, the "
            "two presidents rejected the new trade agreement.",
            ("Gabriel Boric", "trade_deal", "oppose"),
            None,
        ),
    ],
)
def test_listed_holders(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, CATALOG, text), want, not_want)


RECOGNITION = """
name: isle
description: Recognition of a breakaway island republic.
issues:
  isle_recognition:
    claim: States should recognise the island republic.
    definition: recognising the breakaway island republic as a state
    keywords: [recogni* ... (island republic|breakaway republic)]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the first country to X": the copula's subject did X
        ("Chile on Monday became the first country to recognise the breakaway republic.", True),
        ("Chile was the only state to recognise the island republic last year.", True),
        # ... not when it only would
        ("Chile would be the first country to recognise the breakaway republic.", False),
    ],
)
def test_ranked_doer(pipeline: Any, text: str, want: bool) -> None:
    got = positions(pipeline, RECOGNITION, text)
    assert (("Chile", "isle_recognition", "support") in got) is want, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a leader telling his own state's act: the act is his stance too
        (
            "Prime Minister Mark Carney said Canada is the first G7 nation to recognise the "
            "island republic.",
            True,
        ),
        (
            "Prime Minister Mark Carney said Canada was the first state to recognise the "
            "breakaway republic.",
            True,
        ),
        # ... not another state's act he reports
        (
            "Prime Minister Mark Carney said Chile is the first G7 nation to recognise the "
            "island republic.",
            False,
        ),
    ],
)
def test_own_side_act(pipeline: Any, text: str, want: bool) -> None:
    got = positions(pipeline, RECOGNITION, text)
    assert (("Mark Carney", "isle_recognition", "support") in got) is want, got


AGENT_RECOGNITION = RECOGNITION.replace(
    "States should recognise the island republic.", "Chile should recognise the island republic."
)


@pytest.mark.model
def test_own_side_act_of_another_agent(pipeline: Any) -> None:
    # the claim names who is to act: another state's act is not on it
    text = (
        "Prime Minister Mark Carney said Canada is the first G7 nation to recognise the "
        "island republic. Chile has not decided."
    )
    got = positions(pipeline, AGENT_RECOGNITION, text)
    assert ("Mark Carney", "isle_recognition", "support") not in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an act noun whose phrase held the issue's words names it later in the report
        (
            "The EU presented a plan to sign a free-trade pact with Mercosur. Bolivia "
            "welcomed the plan.",
            True,
        ),
        (
            "Brussels tabled a proposal for a new trade agreement on Monday. Bolivia rejected "
            "the proposal on Tuesday.",
            True,
        ),
        # ... not a noun the words only stood near
        ("Chile signed the trade agreement under a plan. Bolivia welcomed the plan.", False),
    ],
)
def test_nouns_named_in_the_report(pipeline: Any, text: str, want: bool) -> None:
    got = {(who, issue) for who, issue, _ in positions(pipeline, CATALOG, text)}
    assert (("Bolivia", "trade_deal") in got) is want, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an act done by a list of actors is each one's act, the last as much as the first
        ("Norway, Iceland and Denmark have extended the trawling ban.", "Denmark"),
        ("Norway, Iceland and Denmark have extended the trawling ban.", "Iceland"),
        ("Sweden and Finland extended the trawling ban last week.", "Finland"),
    ],
)
def test_listed_doers(pipeline: Any, text: str, want: str) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert (want, "fishing_ban", "support") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the states sitting in a body vote each for itself: their vote is not the body's
        ("Members of the World Trade Organization voted to block the new trade agreement.", False),
        ("Members of the European Union voted to block the new trade agreement.", False),
        # ... the body itself holds its stance
        ("The World Trade Organization voted to block the new trade agreement.", True),
    ],
)
def test_members_are_not_the_body(pipeline: Any, text: str, want: bool) -> None:
    got = {who for who, issue, _ in positions(pipeline, CATALOG, text)}
    assert bool(got & {"World Trade Organization", "European Union"}) is want, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list after a relative clause on a plural group names the group's members, though
        # the parser hangs it on the clause's object
        (
            "The delay frustrated the countries that had backed the new trade agreement, "
            "including Peru and Chile.",
            "Chile",
        ),
        (
            "The vote frustrated member states that had backed the new trade agreement, "
            "including Peru, Chile and Ecuador.",
            "Peru",
        ),
    ],
)
def test_list_after_relative_clause(pipeline: Any, text: str, want: str) -> None:
    got = positions(pipeline, CATALOG, text)
    assert (want, "trade_deal", "support") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "made its opposition clear": the pronoun stands for the subject of "made"
        ("Iceland made its opposition to the trawling ban clear.", ("Iceland", "oppose")),
        ("Iceland made its opposition to the trawling ban clear on Monday.", ("Iceland", "oppose")),
    ],
)
def test_made_its_stance_clear(pipeline: Any, text: str, want: tuple[str, str]) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert (want[0], "fishing_ban", want[1]) in got, got
