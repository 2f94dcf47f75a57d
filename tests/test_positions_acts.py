"""Acts and namings (sentences written for these tests): a noun's "against" between the words
of the issue's own wording names the act's target ("proceedings against X"), not a stance."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions
from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.catalog_fit import contrary_keywords

TRIAL = """
name: trial
description: The trial of a former minister, 2026.
issues:
  kessler_trial:
    claim: Former minister Anton Kessler should be tried for fraud.
    definition: the prosecution and trial of former minister Anton Kessler
    examples:
      - The court opened the trial of the former minister.
    keywords:
      - (trial|prosecution|proceedings|charges) ... (Kessler)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway's prime minister defended the legal proceedings against Kessler.",
            ("Norway", "kessler_trial", "support"),
            ("Norway", "kessler_trial", "oppose"),
        ),
        (
            "Iceland condemned the charges against Kessler.",
            ("Iceland", "kessler_trial", "oppose"),
            ("Iceland", "kessler_trial", "support"),
        ),
    ],
)
def test_naming_against(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, TRIAL, text)
    assert want in got
    assert not_want not in got


# A catalog whose author listed a word of the claim's contrary among its keywords.
TRAWLING = """
name: trawling
description: Trawling in the northern waters, 2026.
issues:
  trawling_resumed:
    claim: Trawling in the northern waters should resume.
    keywords:
      - (bottom)? trawling
      - moratorium
"""


def test_contrary_keyword_warned() -> None:
    """A keyword naming a prohibition the claim does not state is flagged to its author."""
    catalog = parse_catalog(TRAWLING, "test")
    assert [w for w in contrary_keywords(catalog) if "moratorium" in w]
    assert not contrary_keywords(parse_catalog(TRIAL, "test"))
    assert not contrary_keywords(parse_catalog(FISHERIES, "test"))  # the claim's own ban


@pytest.mark.model
@pytest.mark.parametrize(
    ("catalog", "text", "want", "not_want"),
    [
        # a stance on the claim's contrary is the reverse stance on the claim
        (
            TRAWLING,
            "Norway urged the fleets to respect the moratorium.",
            ("Norway", "trawling_resumed", "oppose"),
            ("Norway", "trawling_resumed", "support"),
        ),
        (
            TRAWLING,
            "Spain called for an end to the moratorium.",
            ("Spain", "trawling_resumed", "support"),
            ("Spain", "trawling_resumed", "oppose"),
        ),
        # a claim that asks for the ban keeps its keyword's reading
        (
            FISHERIES,
            "Norway urged the fleets to respect the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            ("Norway", "fishing_ban", "oppose"),
        ),
    ],
)
def test_contrary_keyword_read_reversed(
    pipeline: Any, catalog: str, text: str, want: tuple, not_want: tuple
) -> None:
    check_reading(positions(pipeline, catalog, text), want, not_want)


# Acts that state a stance without a stance word (``acts``), on the fisheries catalog.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an instrument of will supports what its purpose names
        (
            "Norway signed a decree extending the trawling ban.",
            {("Norway", "fishing_ban", "support")},
        ),
        (
            "Iceland tabled a motion to extend the trawling ban.",
            {("Iceland", "fishing_ban", "support")},
        ),
        # a legal challenge opposes what it is against, however the parser hangs "against"
        (
            "Iceland filed a lawsuit against the trawling ban.",
            {("Iceland", "fishing_ban", "oppose")},
        ),
        (
            "Iceland launched a court challenge to the trawling ban.",
            {("Iceland", "fishing_ban", "oppose")},
        ),
        # a denied act, a topic ("an order on X") or a time clause state nothing
        ("Norway did not sign the decree extending the trawling ban.", set()),
        ("Norway issued an order on the trawling ban.", set()),
        ("Norway signed the decree after the trawling ban was extended.", set()),
    ],
)
def test_act_states_stance(pipeline: Any, text: str, want: set) -> None:
    assert positions(pipeline, FISHERIES, text) == want


# The author of an instrument named as a passive act's agent holds what it says.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A letter signed by Norway and Iceland calling for an extension of the trawling ban"
            " was sent.",
            {("Norway", "fishing_ban", "support"), ("Iceland", "fishing_ban", "support")},
        ),
        (
            "The motion to extend the trawling ban was put forward by Iceland.",
            {("Iceland", "fishing_ban", "support")},
        ),
        ("A decree issued by Norway after the trawling ban was extended.", set()),
    ],
)
def test_instrument_agent_holds(pipeline: Any, text: str, want: set) -> None:
    assert positions(pipeline, FISHERIES, text) == want


# The doer of a legal act when the content names another actor's measure: the possessor
# of the measure ("Iceland's ban") is its author, not the one challenging it.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway has initiated legal proceedings against Iceland's trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
        (
            "Norway's lawsuit against Iceland's trawling ban was heard on Monday.",
            ("Norway", "fishing_ban", "oppose"),
            ("Iceland", "fishing_ban", "oppose"),
        ),
        (
            "Norway did not file a lawsuit against Iceland's trawling ban.",
            None,
            ("Norway", "fishing_ban", "oppose"),
        ),
        (
            "Iceland's trawling ban took effect on Monday.",
            None,
            ("Iceland", "fishing_ban", "oppose"),
        ),
    ],
)
def test_act_doer_over_measure_owner(
    pipeline: Any, text: str, want: tuple[str, str, str] | None, not_want: tuple | None
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)
