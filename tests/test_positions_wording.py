"""Stance rules that follow from how an issue and a sentence are worded (sentences written
for these tests): a judging word of the issue's own claim, a comma splice, a reserved right."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: unrest
description: Street protests and sanctions.
issues:
  police_force:
    claim: The police used excessive force against protesters.
    definition: police violence or excessive force against demonstrators
    examples:
      - Rights groups accused the police of brutality against protesters.
      - The governor defended how officers handled the unrest.
    keywords: [excessive force, police brutality]
  retaliation:
    claim: The sanctioned country should respond in kind.
    definition: a response or countermeasure against sanctions
    keywords: [(retaliate|retaliation|countermeasures), right to respond]
  vote_fraud:
    claim: The vote was rigged or irregular.
    definition: fraud or irregularities in an election or its count
    keywords: [(rigged|stolen) (election|vote), (electoral)? irregularities]
  early_election:
    claim: An early election should be called.
    definition: calling an early or snap election
    keywords: [(early|snap) (election|vote)]
  sanctions:
    claim: The sanctions imposed are justified.
    definition: sanctions or entry bans imposed on a country's officials
    keywords: [sanctions]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # "excessive" is the claim's own word: saying it is saying the claim
        (
            '"Officers used excessive force against the marchers," opposition spokeswoman '
            "Jane Okoth said.",
            ("Jane Okoth", "police_force", "support"),
            ("Jane Okoth", "police_force", "oppose"),
        ),
        (
            '"Officers used excessive force, including firing rubber bullets into the crowd," '
            "opposition spokeswoman Jane Okoth said.",
            ("Jane Okoth", "police_force", "support"),
            ("Jane Okoth", "police_force", "oppose"),
        ),
        (
            "Interior minister John Kamau rejected claims that officers used excessive force "
            "at the march.",
            ("John Kamau", "police_force", "oppose"),
            ("John Kamau", "police_force", "support"),
        ),
        # the bare act of an issue that is an accusation: defending it opposes the claim
        (
            "Interior minister John Kamau defended the police response to the protesters.",
            ("John Kamau", "police_force", "oppose"),
            ("John Kamau", "police_force", "support"),
        ),
        # "call" under "refused to" names the act; it is no judgement of its own
        (
            "Prime Minister Tomas Berg has again refused to call an early vote.",
            ("Tomas Berg", "early_election", "oppose"),
            ("Tomas Berg", "early_election", "support"),
        ),
        # condemning a wrong the issue accuses someone of asserts it; "with X doing Y":
        # X is the participle's subject
        (
            "The republic has slid into turmoil since Sunday's ballot, with Paris and Berlin "
            'condemning "irregularities."',
            ("Germany", "vote_fraud", "support"),
            ("Germany", "vote_fraud", "oppose"),
        ),
        # a comma splice: what the ministry condemns is not the second clause's response
        (
            "The foreign ministry condemns the new sanctions imposed by the bloc, Tehran "
            "reserves the right to respond to this move, spokesman Ali Rezaei said.",
            ("Ali Rezaei", "retaliation", "support"),
            ("Ali Rezaei", "retaliation", "oppose"),
        ),
        (
            "Tehran reserves the right to respond to this move, spokesman Ali Rezaei said.",
            ("Ali Rezaei", "retaliation", "support"),
            ("Ali Rezaei", "retaliation", "oppose"),
        ),
        # an opposing word with its "against": one reversal, not two
        (
            "Spain protested against the new sanctions on its exporters.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        (
            "Spain has fought against the new sanctions for months.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        (
            "Spain staged protests against the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        # a copula's negation belongs to the attitude adjective under it
        (
            "Spain is not opposed to the new sanctions.",
            ("Spain", "sanctions", "support"),
            ("Spain", "sanctions", "oppose"),
        ),
        (
            "Spain is not happy with the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        (
            "Spain remains opposed to the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        # a copula with its own "against" stands against the issue
        (
            "Spain remains firmly against the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        # a purpose clause that ends its object: what the holder acts for
        (
            "Spain sent its trade minister to Brussels to stop the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        # "fight to" strives for the infinitive's act
        (
            "Spain will fight to block the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        (
            "Spain will fight to keep the new sanctions.",
            ("Spain", "sanctions", "support"),
            ("Spain", "sanctions", "oppose"),
        ),
        # loosening, relaxing or easing a measure diminishes it
        (
            "Spain wants to loosen the new sanctions.",
            ("Spain", "sanctions", "oppose"),
            ("Spain", "sanctions", "support"),
        ),
        (
            "Portugal wants to relax the sanctions on its neighbour.",
            ("Portugal", "sanctions", "oppose"),
            ("Portugal", "sanctions", "support"),
        ),
        (
            "Greece plans to ease the sanctions next year.",
            ("Greece", "sanctions", "oppose"),
            ("Greece", "sanctions", "support"),
        ),
    ],
)
def test_wording(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, CATALOG, text)
    assert want in got
    assert not_want not in got
