"""What holds no stance, on sentences written for these tests: bulleted key points, what
a claim would undo, an act not asserted, a denial of one's own act, a negated reaction."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, positions
from sitroom.nlp.positions import heading_lines
from sitroom.nlp.positions.meaning import stem
from sitroom.nlp.positions.undoing import undone

CATALOG = (
    FISHERIES
    + """  quota_deal:
    claim: Iceland and Norway should sign the joint quota agreement.
    definition: a shared catch quota agreement between the coastal states
    examples:
      - Oslo signed the quota agreement.
    keywords:
      - quota (agreement|deal|accord)
    opposite:
      - walkout
"""
)


def _positions(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return positions(pipeline, CATALOG, text)


def test_bulleted_key_points_are_headings_not_the_body() -> None:
    text = (
        "Fishing talks collapse\n"
        "• Norway vows to extend the trawling ban if Iceland walks out.\n"
        "• Crews protest in Tromsø.\n"
        "Norway said on Monday that it would extend the trawling ban if Iceland left the "
        "talks, a move that fishing crews across the north have long opposed.\n"
    )
    lines = [text[a:b] for a, b in heading_lines(text)]
    assert lines == [
        "Fishing talks collapse",
        "• Norway vows to extend the trawling ban if Iceland walks out.",
        "• Crews protest in Tromsø.",
    ]


FLEET = """
name: fleet
description: Foreign fishing fleets in the northern waters.
issues:
  fleet_withdrawal:
    claim: Iceland should withdraw its trawlers from the northern waters they still patrol.
    definition: the withdrawal of Iceland's fleet from the waters it patrols
    examples:
      - Norway demands that Iceland withdraw its trawlers from the grounds it patrols.
    keywords:
      - withdraw* ... trawlers
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "patrol" is what the withdrawal would end: doing it is no act for the claim
        ("Iceland still patrols the northern waters with six trawlers.", set()),
        (
            "Iceland withdrew two trawlers from the northern waters on Monday.",
            {("Iceland", "fleet_withdrawal", "support")},
        ),
    ],
)
def test_what_a_claim_would_undo_is_no_act_for_it(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert positions(pipeline, FLEET, text) == want


def test_undone_words_are_those_only_in_a_diminishing_scope() -> None:
    texts = [
        "Israel should stop its strikes and withdraw from the land it occupies.",
        "an end to the occupation and a withdrawal of the troops",
        "Troops will leave the land.",
    ]
    ended = undone(texts, stem)
    assert stem("occupies") in ended
    # what the diminishing word takes itself, words said outside its scope too, and the
    # diminishing word itself are no state of things to undo
    assert not {stem("land"), stem("troops"), stem("withdraw"), stem("stop")} & ended
    assert stem("strikes") not in ended


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Norway extended the trawling ban on Monday.", {("Norway", "fishing_ban", "support")}),
        # an act in a clause that describes something else is background, no stance
        ("It was the second year in a row that Norway has extended the trawling ban.", set()),
    ],
)
def test_an_act_is_a_stance_only_when_it_is_asserted(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert _positions(pipeline, text) == want


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # denying one's own act answers an accusation: no side taken on the ban
        ("Iceland denied it was fishing inside the trawling ban zone.", set()),
        # denying a stance still says one
        (
            "Iceland denied that it would ever accept the quota deal.",
            {("Iceland", "quota_deal", "oppose")},
        ),
    ],
)
def test_a_denied_act_is_no_stance(
    pipeline: Any, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert _positions(pipeline, text) == want


@pytest.mark.model
def test_a_negated_reaction_is_silence(pipeline: Any) -> None:
    """ "has not responded to X": no stance (not the support a reversed counter-measure
    reading would give)."""
    text = "Iceland has not responded to the quota deal, a Norwegian diplomat said."
    assert _positions(pipeline, text) == set()
