"""Recorded votes (sentences written for these tests): the voters named in brackets after a
side of the count ("3 against (A, B)") take that side on the motion; abstentions none; a
bracket that names no actor lists no voters. A vote's side taken by a pronoun ("voted
against it"), also by a count that lists its members ("three, including A and B, voted
against it")."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions
from sitroom.nlp.positions.tallies import TALLY


@pytest.mark.parametrize(
    ("text", "side", "voters"),
    [
        ("by 12 in favour to 3 against (Norway, Iceland)", "con", "Norway, Iceland"),
        ("two voted against (the Faroes and Iceland)", "con", "the Faroes and Iceland"),
        ("with 30 votes in favor (Norway)", "pro", "Norway"),
        ("and 2 abstentions (Sweden, Finland)", "none", "Sweden, Finland"),
        ("with seven countries voting against (Norway)", "con", "Norway"),
    ],
)
def test_tally_pattern(text: str, side: str, voters: str) -> None:
    m = TALLY.search(text)
    assert m is not None and m.group(side) and m.group("list") == voters


@pytest.mark.parametrize(
    "text", ["the ban (document A/80/L.6)", "against (Norway)", "in 2024 (Norway)"]
)
def test_no_count_no_tally(text: str) -> None:
    assert TALLY.search(text) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "The trawling ban passed with 12 votes in favour and 3 against (Norway, Iceland).",
            ("Iceland", "fishing_ban", "oppose"),
            ("Iceland", "fishing_ban", "support"),
        ),
        (
            "The council adopted the trawling ban by 12 in favour (Sweden, Finland) to 2 against"
            " (the United States and Iceland).",
            ("United States", "fishing_ban", "oppose"),
            ("Finland", "fishing_ban", "oppose"),
        ),
        (
            "The council adopted the trawling ban by 12 in favour (Sweden, Finland) to 2 against"
            " (the United States and Iceland).",
            ("Finland", "fishing_ban", "support"),
            None,
        ),
        # abstentions say no stance
        (
            "The trawling ban was adopted with 3 against (Norway, Iceland) and 2 abstentions"
            " (Sweden, Finland).",
            ("Norway", "fishing_ban", "oppose"),
            ("Sweden", "fishing_ban", "oppose"),
        ),
        # the motion of the sentence before, when this one names none
        (
            "The council debated the trawling ban. It passed by 9 votes to 2 against (Norway,"
            " Iceland).",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
        # a pronoun a vote's side takes stands for the motion
        (
            "The trawling ban was debated. Norway voted against it.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
        (
            "Sweden backed the trawling ban, but Norway voted against it.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        (
            "Twelve states voted in favour of the trawling ban, and three, including Norway and"
            " Iceland, voted against it.",
            ("Iceland", "fishing_ban", "oppose"),
            ("Iceland", "fishing_ban", "support"),
        ),
    ],
)
def test_recorded_votes(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)


@pytest.mark.model
def test_a_bracket_of_no_actors_lists_no_voters(pipeline: Any) -> None:
    text = "The council adopted the trawling ban by 12 votes to 3 against (document A/80/L.6)."
    assert positions(pipeline, FISHERIES, text) == set()
