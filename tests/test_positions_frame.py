"""Issues by meaning across wordings: sense classes, anchors a few issues share, and the
agent of the claim (whose act the question is about). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from positions_data import positions
from sitroom.article import ActorRef, Event, Span
from sitroom.nlp.positions.actors import DocContext
from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.frame import claim_agent
from sitroom.nlp.positions.meaning import MeaningMatcher, sense
from sitroom.nlp.positions.rescore import english_vocab
from sitroom.nlp.positions.route import route
from sitroom.nlp.positions.sources import event_actor

CATALOG = """
name: civil_war
description: A civil war between an army and a militia.
issues:
  militia_withdrawal:
    claim: The Northern Militia must withdraw from the cities it has seized.
    definition: the militia withdrawing from the cities it captured
    examples:
      - The government demands the militia's withdrawal from occupied cities.
  truce:
    claim: The warring parties should accept a humanitarian truce.
    definition: a humanitarian truce proposed by mediators, with troops to withdraw later
    examples:
      - The mediators proposed a humanitarian truce.
  war_to_victory:
    claim: The army should keep fighting until the militia is defeated.
    definition: pursuing the war against the militia to victory
    examples:
      - The general vowed to fight on until victory.
"""


def test_sense_classes_fold_wordings() -> None:
    assert sense("ceasefire") == sense("truce") == sense("truces")
    assert sense("fighting") == sense("war") == sense("hostilities")
    assert sense("withdrawal") == sense("withdraw") == sense("pullout")
    assert sense("enrichment") != sense("truce")


def test_anchors_shared_by_issues_go_to_the_one_that_names_them_most() -> None:
    matcher = MeaningMatcher(parse_catalog(CATALOG, "test"))
    anchors = {a.issue.id: a.stems for a in matcher.anchors}
    # "withdraw" is in every text of the withdrawal, once in the truce's definition
    assert sense("withdraw") in anchors["militia_withdrawal"]
    assert sense("withdraw") not in anchors["truce"]
    # "fighting" (claim) and "war" (definition) are one sense: an anchor of two texts
    assert sense("war") in anchors["war_to_victory"]
    # a name opening the claim is no anchor
    assert not any(sense("Northern") in stems for stems in anchors.values())


@pytest.mark.parametrize(
    ("claim", "agent"),
    [
        ("The Northern Militia must withdraw from the cities it has seized.", "northern militia"),
        ("Iran should expand its uranium enrichment.", "iran"),
        ("UN sanctions on Iran should be reimposed (the snapback).", None),  # passive
        ("The army should keep fighting until the militia is defeated.", None),  # no name
        ("Talks on a political process should begin.", None),
    ],
)
def test_claim_agent(claim: str, agent: str | None) -> None:
    issue = parse_catalog(
        f"issues:\n  x:\n    claim: {claim}\n    definition: something\n", "test"
    ).issues[0]
    assert claim_agent(issue) == agent


@pytest.mark.model
def test_the_claims_act_done_by_another_actor_is_another_question(pipeline: Any) -> None:
    mine = (
        "The Northern Militia seized Kassala last week. General Idris Bako said: "
        '"We have agreed to withdraw the army from Kassala to a safer location."'
    )
    assert not any(
        issue == "militia_withdrawal" for _, issue, _ in positions(pipeline, CATALOG, mine)
    )
    theirs = (
        "The Northern Militia seized Kassala last week. General Idris Bako demanded that the "
        "Northern Militia withdraw from the cities it had seized."
    )
    found = positions(pipeline, CATALOG, theirs)
    assert any(i == "militia_withdrawal" and s == "support" for _, i, s in found)


@pytest.mark.model
def test_a_sense_class_puts_another_wording_on_the_issue(pipeline: Any) -> None:
    text = "The Northern Militia said it rejected the ceasefire proposed by the mediators."
    found = positions(pipeline, CATALOG, text)
    assert any(i == "truce" and s == "oppose" for _, i, s in found)


BOARD = """
name: board
description: A watchdog's board and a country's programme.
issues:
  board_resolution:
    claim: The watchdog's board should find Norland in breach of its obligations.
    definition: the board of governors' resolution on Norland's non-compliance
    examples:
      - The board adopted a resolution on Norland's breach.
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one anchor ("motion", a sense of "resolution") that an attitude verb takes; the
        # issue's object (the board) is in the sentence before
        (
            "The board of governors voted on Norland's breach of its obligations. Russia, "
            "China and Burkina Faso opposed the motion.",
            ("China", "board_resolution", "oppose"),
        ),
        # the passive subject of an attitude verb
        (
            "The board of governors voted on Norland's breach of its obligations. The "
            "resolution was put forward by France.",
            ("France", "board_resolution", "support"),
        ),
    ],
)
def test_one_anchor_an_attitude_verb_takes(pipeline: Any, text: str, want: tuple[str, ...]) -> None:
    assert want in positions(pipeline, BOARD, text)


@pytest.mark.model
def test_one_anchor_needs_the_issues_object_nearby(pipeline: Any) -> None:
    text = "The city council met on Monday. France opposed the motion on parking fees."
    assert not positions(pipeline, BOARD, text)


@pytest.mark.model
def test_a_modal_plan_on_the_anchor(pipeline: Any) -> None:
    text = (
        "The Northern Militia seized Kassala last week. General Idris Bako said his forces "
        "will retaliate and fight until the land is purified."
    )
    found = positions(pipeline, CATALOG, text)
    assert any(i == "war_to_victory" and s == "support" for _, i, s in found)


def test_an_events_actor_in_a_credit_line_run_into_the_sentence_holds_nothing() -> None:
    words = ["Credit", ":", "Zak", "/", "AP", "\n", "The", "board", "voted", "on", "the", "breach"]
    spaces = [False, True, False, False, False, False, True, True, True, True, True, False]
    heads = [8, 0, 4, 4, 0, 0, 7, 8, 8, 8, 11, 9]
    deps = ["npadvmod", "punct", "compound", "punct", "appos", "dep", "det", "nsubj"]
    deps += ["ROOT", "prep", "det", "pobj"]
    doc = Doc(english_vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    text = doc.text
    at = text.index("voted")
    ref = ActorRef("AP", "Q40469", "Associated Press", None, "MED")
    vote = Event("SUPPORT", Span(at, at + 5, "voted"), 0, len(text), actor=[ref])
    ctx = DocContext(text, [], [], [vote])
    sent = doc[:]
    breach = text.index("breach")
    line = (text.index("The"), len(text))
    rt = route(sent, ((breach, breach + 6),), line)
    assert rt is not None
    assert event_actor(rt, ctx) is None
    # the same event, its actor named on the line, holds it
    ref.text = "board"
    found = event_actor(rt, ctx)
    assert found is not None and found[0].canonical == "Associated Press"


SUMMIT = """
name: summit
issues:
  us_attendance:
    claim: The United States should attend the Lisbon summit.
    definition: the US attending the summit of the alliance
    examples:
      - Trump said he would attend the summit.
  summit_declaration:
    claim: The summit should adopt a joint declaration.
    definition: the summit's leaders adopting a joint declaration
    examples:
      - The summit adopted the declaration.
"""


@pytest.mark.model
def test_an_act_that_undoes_the_anchor_reverses_the_stance(pipeline: Any) -> None:
    found = positions(pipeline, SUMMIT, "The United States boycotted the two-day meeting.")
    assert ("United States", "us_attendance", "oppose") in found
    assert ("United States", "us_attendance", "support") not in found


@pytest.mark.model
def test_an_attitude_participle_on_the_anchor(pipeline: Any) -> None:
    text = (
        "The board of governors voted on Norland's breach of its obligations. They said the "
        "motion, drafted by France and Germany, was carried by 19 votes."
    )
    assert ("France", "board_resolution", "support") in positions(pipeline, BOARD, text)
