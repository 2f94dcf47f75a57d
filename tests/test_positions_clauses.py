"""Whose stance a clause holds, on sentences written for these tests: background clauses,
sentence-opening participles, conditions, acts and judging adjectives."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import found, positions

CATALOG = """
name: arms
description: Arms sales and attacks on shipping.
issues:
  arms_sales:
    claim: The United States should sell weapons to Taiwan.
    definition: American arms packages for the island's defence
    examples:
      - Beijing demanded that Washington stop selling weapons to Taipei.
    keywords:
      - arms (sale|sales|package)
  ship_attacks:
    claim: Attacks on merchant ships in the Red Sea are justified.
    definition: attacks on merchant vessels and cargo ships sailing the Red Sea
    examples:
      - The group claimed it attacked the bulk carrier.
      - Several navies condemned the attacks on shipping.
    keywords:
      - (attack|attacks|attacked) ... (ship|ships|vessel|vessels|shipping)
"""


def _positions(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return positions(pipeline, CATALOG, text)


@pytest.mark.model
def test_a_background_clause_is_its_own_subjects_not_the_speakers(pipeline: Any) -> None:
    found = _positions(
        pipeline,
        "President Emmanuel Macron said he was not worried by the naval exercise, which "
        "Beijing held days after Washington approved new arms sales to Taiwan.",
    )
    assert found == {("United States", "arms_sales", "support")}


@pytest.mark.model
def test_an_opening_participle_judges_its_own_object(pipeline: Any) -> None:
    # "vowed" is the main verb's attitude, not the participle's; "cowardly" judges
    found = _positions(
        pipeline,
        'Calling them "cowardly attacks on merchant ships", Egyptian President Abdel Fattah '
        "el-Sisi vowed to protect the Suez Canal.",
    )
    assert found == {("Abdel Fattah el-Sisi", "ship_attacks", "oppose")}


@pytest.mark.model
def test_a_condition_holds_no_stance_of_its_subject(pipeline: Any) -> None:
    found = _positions(
        pipeline, "Trump said he might lift tariffs if China commits to new arms sales to Taiwan."
    )
    assert not any(actor == "China" for actor, _, _ in found)


@pytest.mark.model
def test_an_act_is_its_doers_stance_and_a_ship_is_no_doer(pipeline: Any) -> None:
    assert ("Houthis", "ship_attacks", "support") in _positions(
        pipeline, "The Houthis attacked a cargo ship off Yemen."
    )
    found = _positions(
        pipeline,
        "A cargo ship, the Sea Falcon, sank in the Red Sea after an attack on shipping by "
        "Houthi fighters.",
    )
    assert not any(actor == "Sea Falcon" for actor, _, _ in found)


@pytest.mark.model
def test_a_would_nobody_says_is_no_plan(pipeline: Any) -> None:
    text = (
        "On the table is a possible bargain under which the United States would halt new "
        "arms sales to Taiwan."
    )
    assert not _positions(pipeline, text)
    said = "Trump said the United States would halt new arms sales to Taiwan."
    assert ("Donald Trump", "arms_sales", "oppose") in _positions(pipeline, said)


COURT = """
name: court
description: States, the International Criminal Court and reprisals.
issues:
  icc_exit:
    claim: States should withdraw from the International Criminal Court.
    definition: a country leaving or withdrawing from the court's founding treaty
    examples:
      - Ministers said they would leave the tribunal.
      - The government announced its withdrawal from the court.
  reprisal:
    claim: The government should retaliate against those behind the attack.
    definition: punishing or avenging the attackers
    examples:
      - The minister vowed revenge for the killings.
    keywords:
      - (retaliat*|revenge|avenge|settle the score|punish*)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # litotes: the negation affirms ("won't take long to", "not hesitate to")
        (
            "Indian Defence Minister Rajnath Singh said it won't take long to settle the score.",
            ("Rajnath Singh", "reprisal", "support", False),
        ),
        (
            "Indian Defence Minister Rajnath Singh said India would not hesitate to punish the "
            "attackers.",
            ("Rajnath Singh", "reprisal", "support", False),
        ),
        # "there can be no X without Y" is a red line for Y
        (
            "Foreign Minister Péter Szijjártó said there can be no cooperation without "
            "withdrawal from the International Criminal Court.",
            ("Péter Szijjártó", "icc_exit", "support", True),
        ),
    ],
)
def test_litotes_and_red_lines(pipeline: Any, text: str, want: tuple[str, str, str, bool]) -> None:
    got = {(p.canonical, p.issue, p.stance, p.red_line) for p in found(pipeline, COURT, text)}
    assert want in got


@pytest.mark.model
def test_an_unnamed_critic_is_not_the_actor_criticised(pipeline: Any) -> None:
    # the critics name no known actor: the Houthis (the attack's doer) do not oppose attacks
    found_here = _positions(
        pipeline, "Protesters have criticised the Houthis for attacking merchant ships."
    )
    assert ("Houthis", "ship_attacks", "oppose") not in found_here


@pytest.mark.model
def test_part_of_a_known_name_is_that_person(pipeline: Any) -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan spoke on television. Abdel said his forces "
        "would not hesitate to punish the attackers."
    )
    got = {(p.canonical, p.issue, p.stance) for p in found(pipeline, COURT, text)}
    assert ("Abdel Fattah al-Burhan", "reprisal", "support") in got


def test_a_red_line_said_outranks_a_surer_reading_of_the_same_stance() -> None:
    from sitroom.article import Span as TextSpan
    from sitroom.nlp.positions.actors import Holder
    from sitroom.nlp.positions.found import Found
    from sitroom.nlp.positions.found import resolve_found as _resolve

    holder = Holder("PER", "Peru", "GPE", "PER", 0, 4)
    act = Found(
        holder, "mining", "oppose", False, TextSpan(0, 30, "Peru struck the mines."), 0.9, False
    )
    line = Found(
        holder, "mining", "oppose", True, TextSpan(40, 80, "Peru won't allow it."), 0.7, False
    )
    kept = _resolve([act, line])
    assert len(kept) == 1 and kept[0].red_line
