"""How far a negation reaches, on sentences written for these tests: "neither ... nor",
a refused pejorative label, and stances named inside an indirect question."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: river
description: A dam on a shared river and a treaty handing islands over.
issues:
  dam_harm:
    claim: The new dam harms the farmers downstream.
    keywords:
      - harm* ... (farmers|downstream)
  island_treaty:
    claim: Britain should hand the islands over under the treaty.
    keywords:
      - (the|this) (treaty|handover)
    against:
      - capitulation
"""


def _positions(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return positions(pipeline, CATALOG, text)


@pytest.mark.model
def test_nor_negates_its_own_conjunct(pipeline: Any) -> None:
    found = _positions(
        pipeline,
        "Kenyan President William Ruto said Kenya will neither waste its neighbours' water "
        "nor seek to harm the farmers downstream.",
    )
    assert found == {("William Ruto", "dam_harm", "oppose")}


@pytest.mark.model
def test_and_leaves_its_conjunct_as_it_is(pipeline: Any) -> None:
    found = _positions(
        pipeline,
        "Kenyan President William Ruto said the dam will store water and harm the farmers "
        "downstream.",
    )
    assert ("William Ruto", "dam_harm", "oppose") not in found


@pytest.mark.model
def test_a_refused_pejorative_keeps_its_judgement(pipeline: Any) -> None:
    found = _positions(
        pipeline,
        "Conservative leader Kemi Badenoch said Britain should not be paying for a capitulation.",
    )
    assert found == {("Kemi Badenoch", "island_treaty", "oppose")}


@pytest.mark.model
def test_a_denied_pejorative_reverses(pipeline: Any) -> None:
    found = _positions(
        pipeline, "Prime Minister Keir Starmer said the agreement is not a capitulation."
    )
    assert found == {("Keir Starmer", "island_treaty", "support")}


@pytest.mark.model
def test_an_indirect_question_holds_no_stance(pipeline: Any) -> None:
    found = _positions(
        pipeline,
        "Prime Minister Keir Starmer told reporters it was worth asking who is against the "
        "treaty and who is in favour of it.",
    )
    assert found == set()


@pytest.mark.model
def test_a_plain_statement_of_being_against_holds_one(pipeline: Any) -> None:
    found = _positions(
        pipeline, "Conservative leader Kemi Badenoch told reporters she is against the treaty."
    )
    assert found == {("Kemi Badenoch", "island_treaty", "oppose")}


LIMITS = """
name: river2
description: A dam on a shared river and a treaty handing islands over.
issues:
  dam_deal:
    claim: The river states should conclude a binding agreement on the dam.
    keywords:
      - (binding|legal|prior) ... agreement
  island_treaty:
    claim: Britain should hand the islands over under the treaty.
    keywords:
      - (the|this|that) (treaty|deal)
      - (give|hand) (away|over) ... islands
"""


def _limits(pipeline: Any, text: str) -> set[tuple[str, str, str, bool]]:
    from positions_data import found as found_positions

    return {
        (p.canonical or "", p.issue, p.stance, p.red_line)
        for p in found_positions(pipeline, LIMITS, text)
    }


@pytest.mark.model
def test_a_refusal_without_its_condition_is_a_red_line(pipeline: Any) -> None:
    found = _limits(
        pipeline,
        "Egyptian Foreign Minister Badr Abdelatty warned that Cairo will not recognize new "
        "dams without a prior legal agreement.",
    )
    assert found == {("Badr Abdelatty", "dam_deal", "support", True)}


@pytest.mark.model
def test_a_duty_is_shared_by_its_conjoined_passive(pipeline: Any) -> None:
    found = _limits(
        pipeline,
        "Egyptian Foreign Minister Badr Abdelatty said any new dam must follow the law and be "
        "covered by a binding agreement.",
    )
    assert ("Badr Abdelatty", "dam_deal", "support", False) in found


@pytest.mark.model
def test_the_national_interest_judges_what_it_is_said_of(pipeline: Any) -> None:
    assert _limits(
        pipeline, "Prime Minister Keir Starmer said the treaty is in the national interest."
    ) == {("Keir Starmer", "island_treaty", "support", False)}
    assert _limits(
        pipeline,
        "Conservative leader Kemi Badenoch said it is not in our national interest to give "
        "away the islands.",
    ) == {("Kemi Badenoch", "island_treaty", "oppose", False)}


@pytest.mark.model
def test_a_quoted_command_is_the_speakers_stance(pipeline: Any) -> None:
    found = _limits(pipeline, 'Misley Mandarin told the radio station: "Scrap the treaty now."')
    assert found == {("Misley Mandarin", "island_treaty", "oppose", False)}


@pytest.mark.model
def test_a_do_not_is_not_carried_to_the_next_command(pipeline: Any) -> None:
    found = _limits(pipeline, 'Misley Mandarin said: "Don\'t ratify that deal, cancel that deal."')
    assert found == {("Misley Mandarin", "island_treaty", "oppose", False)}


@pytest.mark.model
def test_an_unnamed_speakers_we_is_not_the_previous_speakers(pipeline: Any) -> None:
    found = _limits(
        pipeline,
        "Conservative leader Kemi Badenoch said she opposes the treaty. The Prime Minister's "
        'spokesman said on Friday: "We welcome the treaty."',
    )
    assert ("Kemi Badenoch", "island_treaty", "support", False) not in found
    assert ("Kemi Badenoch", "island_treaty", "oppose", False) in found
