"""Stances worded otherwise than the catalog (sentences written for these tests): a verb
that controls the attitude verb, contrastive "not", a noun of attitude, a judged subject,
anaphora by pronoun, demonstrative or relative pronoun, and holders that are no actor."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: trade_pact
description: A regional trade pact and the limits on fishing it would set.
scope:
  keywords: [pact, fishing, catch]
issues:
  trade_pact:
    claim: The regional trade agreement should be signed and ratified.
    definition: signing or ratifying the free trade agreement between the two blocs
    examples:
      - Italy pushed to sign the trade agreement before the summit.
      - Poland said it could not accept the deal in its current form.
    keywords:
      - (trade|free trade) (agreement|deal|pact)
  catch_limits:
    claim: The catch of the fishing fleets should be capped or cut.
    definition: limits, caps or cuts on the catch of fishing fleets
    examples:
      - Most coastal states back a cap on the catch.
    keywords:
      - (cap|caps|limit|limits|cut|cuts) ... catch
"""


def _found(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return positions(pipeline, CATALOG, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a verb whose subject controls the attitude verb is the holder's predicate
        (
            "The fishing talks went on. Japan welcomed new ports but declined to back "
            "catch limits.",
            ("Japan", "catch_limits", "oppose"),
            ("Japan", "catch_limits", "support"),
        ),
        # a past-tense conjunct does not share its partner's "would not"
        (
            "The fishing talks went on. Canada said it would not accept new quotas and "
            "opposed caps on the catch.",
            ("Canada", "catch_limits", "oppose"),
            ("Canada", "catch_limits", "support"),
        ),
        # ", not on Y" denies Y wherever the parser hung the "not"
        (
            "The fishing talks went on. Norway argues that the pact should focus on ports, "
            "not on limiting the catch.",
            ("Norway", "catch_limits", "oppose"),
            ("Norway", "catch_limits", "support"),
        ),
        # a synonym of the issue's key word ("curtail" ~ "cap")
        (
            "The fishing talks went on. Japan resisted every effort to curtail the catch.",
            ("Japan", "catch_limits", "oppose"),
            ("Japan", "catch_limits", "support"),
        ),
        # an attitude noun taking the issue; a possessive on a light verb's noun
        (
            "The pact talks went on. Poland restated its opposition to the proposed treaty.",
            ("Poland", "trade_pact", "oppose"),
            ("Poland", "trade_pact", "support"),
        ),
        # a wish through "see"
        (
            "The pact talks went on. Germany would like to see a broad deal with the bloc.",
            ("Germany", "trade_pact", "support"),
            ("Germany", "trade_pact", "oppose"),
        ),
        # the issue's noun judged by its own predicate
        (
            "The pact talks went on. Poland argued that the deal threatens its fishermen.",
            ("Poland", "trade_pact", "oppose"),
            ("Poland", "trade_pact", "support"),
        ),
        # the issue's noun meets an attitude from its holder
        (
            "The pact talks went on. The trade agreement has met fierce resistance from the "
            "Polish government.",
            ("Poland", "trade_pact", "oppose"),
            ("Poland", "trade_pact", "support"),
        ),
        # a relative pronoun holds its antecedent
        (
            "The pact talks went on. The minister of Italy, Giorgia Meloni, backed the trade "
            "pact, which Poland firmly rejected.",
            ("Poland", "trade_pact", "oppose"),
            ("Poland", "trade_pact", "support"),
        ),
        # "US" is the country, not the pronoun "us"
        (
            "The pact talks went on. The US backs the trade pact.",
            ("United States", "trade_pact", "support"),
            ("United States", "trade_pact", "oppose"),
        ),
        # "devoid of X" is "without X"
        (
            "The fishing talks went on. Japan rejected any pact devoid of catch limits.",
            ("Japan", "catch_limits", "support"),
            ("Japan", "catch_limits", "oppose"),
        ),
        # "such a <noun>" stands for the issue of the sentence before, like "this <noun>"
        (
            "Iceland wants a cap on the catch. Japan has long opposed such a measure.",
            ("Japan", "catch_limits", "oppose"),
            ("Japan", "catch_limits", "support"),
        ),
        # "it" judged by its own predicate stands for the issue of the sentence before
        (
            "Talks on the free trade pact stalled in May. \u201cIt is unacceptable as it "
            "stands,\u201d said Polish Prime Minister Donald Tusk.",
            ("Donald Tusk", "trade_pact", "oppose"),
            ("Donald Tusk", "trade_pact", "support"),
        ),
    ],
)
def test_paraphrased_stances(
    pipeline: Any, text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    found = _found(pipeline, text)
    assert want in found
    assert not_want not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "trade" only ever modifies the catalog's "agreement": alone it names nothing
        "The pact talks went on. Fishermen want Poland to protect its trade from imports.",
        # "they" after a plural subject that names no actor is no actor's
        "The pact talks in Poland went on. Fishermen are protesting across the country. "
        "They argue the deal threatens their jobs.",
        # "according to" names no agreement
        "The pact talks went on. Japan said its fleet caught more fish, according to data.",
    ],
)
def test_no_stance_without_its_holder_or_issue(pipeline: Any, text: str) -> None:
    found = _found(pipeline, text)
    assert not {f for f in found if f[0] == "Poland" and f[2] == "support"}
    assert not {f for f in found if f[0] == "Japan" and f[1] == "trade_pact"}
    if "They argue" in text:
        assert not {f for f in found if f[0] == "Poland"}


TARGET = """
name: emissions
description: A bloc's 2035 emissions target.
issues:
  target_2035:
    claim: The bloc should adopt a binding target to cut emissions by 80% by 2035.
    definition: the bloc's 2035 climate target
    keywords:
      - (2035|80%) ... (target|goal|cut)
      - (climate|emissions) (target|goal)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a definite instrument noun ("the new target") is the issue named by it earlier,
        # also as the object of a verb's preposition
        (
            "Ministers debated the 2035 climate target on Monday. Later, Chile voted against "
            "the new target.",
            ("Chile", "target_2035", "oppose"),
        ),
        # ... and the sentence that names it that way lends it to a pronoun after it
        (
            "Ministers debated the 2035 climate target on Monday. Most members approved the "
            "target in the evening. Chile opposed it.",
            ("Chile", "target_2035", "oppose"),
        ),
    ],
)
def test_definite_instruments(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in positions(pipeline, TARGET, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "threatened to X" states an intention to do X
        (
            "Peru threatened to sign the trade pact without Chile.",
            ("Peru", "trade_pact", "support"),
        ),
        ("Peru threatened to quit the trade pact.", ("Peru", "trade_pact", "oppose")),
        # deciding that something will (not) happen is the decider's plan
        (
            "Peru decided that no envoy would sign the trade pact.",
            ("Peru", "trade_pact", "oppose"),
        ),
    ],
)
def test_threats_are_intentions(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in _found(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # stepping up or ramping up a demand voices it, like renewing it
        (
            "Peru has ramped up calls for Bolivia to sign the trade pact.",
            ("Peru", "trade_pact", "support"),
        ),
        ("Peru stepped up its campaign against the trade pact.", ("Peru", "trade_pact", "oppose")),
    ],
)
def test_stepped_up_demands(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in _found(pipeline, text)


DISARM = """
name: militia
description: A plan to disarm a militia.
scope:
  keywords: [militia, arms]
issues:
  disarmament:
    claim: The Northern Militia should be disarmed and hand over its weapons.
    definition: disarming the Northern Militia, collecting its weapons
    examples:
      - The cabinet approved a plan to disarm the Northern Militia.
    keywords:
      - (disarm|disarming|disarmament) (of)? (the)? Northern Militia
      - (give up|hand over) (its|their)? (arms|weapons)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a noun whose infinitive names the act, taken by an attitude verb
        (
            "The Northern Militia met on Monday. The Northern Militia rejected the plan to "
            "disarm the group.",
            ("Northern Militia", "disarmament", "oppose"),
            ("Northern Militia", "disarmament", "support"),
        ),
        # the phrase holding the issue meets an attitude from its holder
        (
            "The plan to disarm the Northern Militia has drawn sharp criticism from Chile.",
            ("Chile", "disarmament", "oppose"),
            ("Chile", "disarmament", "support"),
        ),
        (
            "Disarming the Northern Militia has won backing from Chile.",
            ("Chile", "disarmament", "support"),
            ("Chile", "disarmament", "oppose"),
        ),
        # a relative clause on a noun in apposition to the issue
        (
            "The cabinet approved a plan to disarm the Northern Militia, a move that Chile "
            "has rejected.",
            ("Chile", "disarmament", "oppose"),
            ("Chile", "disarmament", "support"),
        ),
        # "for X to act" after "call for", "calls for": what is asked, by everyone asking
        (
            "Peru and Chile have called for the Northern Militia to hand over its weapons.",
            ("Chile", "disarmament", "support"),
            ("Northern Militia", "disarmament", "support"),
        ),
    ],
)
def test_the_issue_inside_a_phrase(
    pipeline: Any, text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    found = positions(pipeline, DISARM, text)
    assert want in found
    assert not_want not in found


@pytest.mark.model
def test_what_a_plan_is_said_to_be_is_no_stance(pipeline: Any) -> None:
    text = (
        "The Northern Militia met on Monday. The army's plan is an unprecedented effort to "
        "disarm the group."
    )
    assert not positions(pipeline, DISARM, text)


@pytest.mark.model
def test_a_commitment_never_received_is_not_its_owners(pipeline: Any) -> None:
    text = "Chile has not received any commitment from Peru to disarm the Northern Militia."
    assert not {f for f in positions(pipeline, DISARM, text) if f[0] == "Peru"}
    text = "Chile has received a firm commitment from Peru to disarm the Northern Militia."
    assert ("Peru", "disarmament", "support") in positions(pipeline, DISARM, text)


ISLAND = """
name: island
description: A republic's wish to take over an island.
issues:
  takeover:
    claim: The republic of Peru should take over the island of Nauru.
    definition: Peru buying, annexing or taking over Nauru
    keywords:
      - (take over|buy|annex) ... Nauru
"""


@pytest.mark.model
def test_dismissing_an_idea_stands_against_it(pipeline: Any) -> None:
    # the one whose plan the dismissed idea tells is no holder; the one dismissing it is
    text = "Chile spoke on Monday, dismissing the idea that Peru could justify taking over Nauru."
    found = positions(pipeline, ISLAND, text)
    assert ("Chile", "takeover", "oppose") in found
    assert not {f for f in found if f[0] == "Peru"}
