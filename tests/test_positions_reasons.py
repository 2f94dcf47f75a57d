"""Stance rules for acts, reasons and reductions (sentences written for these tests): an
issue whose claim ends something, a threatened act, an accusation, the reason of someone
else's act."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: steel_dispute
description: The dispute over steel duties and coal between Canada and Mexico.
scope:
  keywords: [steel, coal, duties]
issues:
  steel_duties:
    claim: Canada's duties on Mexican steel are justified.
    definition: the import duties or penalty tariffs that Canada put on steel from Mexico
    examples:
      - Canada doubled its duties on Mexican steel.
      - Mexico called the steel duties unfair.
    keywords: [(steel|import|penalty) (duties|tariffs)]
  coal_exports:
    claim: Mexico should keep exporting coal.
    definition: Mexico's coal exports and sales of coal abroad
    examples:
      - Mexico will keep selling coal to its neighbours.
    keywords: [coal (exports|sales)]
  coal_exit:
    claim: The region should phase out coal power.
    definition: a plan to move away from or phase out coal power stations
    examples:
      - Environmental groups want a timetable to phase out coal power.
      - Mining unions resist any move away from coal power.
    keywords: [coal exit]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # the claim ends coal power: lessening it says the claim, not its reverse
        (
            "Mexican Prime Minister Anna Holt urged parliament to adopt a plan to reduce "
            "dependence on coal power.",
            ("Anna Holt", "coal_exit", "support"),
            ("Anna Holt", "coal_exit", "oppose"),
        ),
        # objecting to a weak wording of the claim wants more of it
        (
            "Mexico objected to the weak coal power language in the final text.",
            ("Mexico", "coal_exit", "support"),
            ("Mexico", "coal_exit", "oppose"),
        ),
        # bringing a measure in is the act that is the stance
        (
            "Canada imposed new penalty duties on Mexican steel on Friday.",
            ("Canada", "steel_duties", "support"),
            ("Canada", "steel_duties", "oppose"),
        ),
        (
            "On Friday, Canada announced a 30% penalty tariff on Mexican steel.",
            ("Canada", "steel_duties", "support"),
            ("Canada", "steel_duties", "oppose"),
        ),
        # a threatened act: rejecting the threat rejects the act
        (
            "Mexico rejected the Canadian threat of higher steel duties.",
            ("Mexico", "steel_duties", "oppose"),
            ("Mexico", "steel_duties", "support"),
        ),
    ],
)
def test_wording(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, CATALOG, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        # what someone else's act is taken over is not what the critic judges
        (
            "Mexico criticised the decision to impose steel duties on its mills over its "
            "coal sales to the south.",
            ("Mexico", "coal_exports", "oppose"),
        ),
        # an accusation: the accuser is against the act; the accused takes no side
        (
            "Canada's trade minister Piet Brandt raised steel duties, accusing Mexico of "
            "dumping coal exports on the market.",
            ("Piet Brandt", "coal_exports", "support"),
        ),
        (
            "Mexico was accused of flooding the market with coal exports.",
            ("Mexico", "coal_exports", "oppose"),
        ),
        # announcing a known thing is no act of one's own
        (
            "Canada announced the steel duties that Mexico had set last year.",
            ("Canada", "steel_duties", "support"),
        ),
        # a penalty's reason is the penalised act, not what the critic judges
        (
            "Mexico condemned the new steel duties imposed on its mills as a penalty for its "
            "coal exports to Asia.",
            ("Mexico", "coal_exports", "oppose"),
        ),
        # a measure's target is not what the critic judges
        (
            "Mexico criticised Canada for imposing steel duties on its coal exports.",
            ("Mexico", "coal_exports", "oppose"),
        ),
        # a clause's negation does not reach what it concedes
        (
            "Mexico noted that Peru does not face steel duties despite its large coal exports.",
            ("Mexico", "coal_exports", "oppose"),
        ),
        # "they" after a pair of named subjects speaks of the pair, not of a later name
        (
            "Mexican minister Rosa Luna and Canadian envoy Mark Dale met Peru's trade "
            "minister. They proposed a plan to phase out coal power.",
            ("Peru", "coal_exit", "support"),
        ),
    ],
)
def test_not_read(pipeline: Any, text: str, not_want: tuple) -> None:
    assert not_want not in positions(pipeline, CATALOG, text)
