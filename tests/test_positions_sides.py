"""Holders listed under a side label on lines of their own, counted members of a group,
"in favour of" as an attitude (text written for these tests). A side list:
the tally stands on the issue of the sentence before; a label of no side, an item that
names no actor, or a sentence before on no issue gives nothing."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions
from sitroom.nlp.positions.frame import attitude_to
from sitroom.nlp.positions.lines import heading_lines
from sitroom.nlp.positions.sides import side_label

LEAD = "Ministers will vote next week on extending the trawling ban.\n"


@pytest.mark.parametrize(
    ("line", "sign"),
    [
        ("Supporting countries: Norway, Iceland", 1),
        ("In favour: Norway and Iceland", 1),
        ("Opposing member states: Spain, Portugal", -1),
        ("Against: Spain", -1),
        ("Undecided: Estonia, Greece", None),
        ("Supporting evidence: none", None),  # no noun for the parties
        ("Supporters of the plan met in Oslo.", None),
    ],
)
def test_side_label(line: str, sign: int | None) -> None:
    got = side_label(line)
    assert (got[0] if got else None) == sign


def test_a_tally_line_is_no_heading() -> None:
    text = "Opposing countries: Spain, Portugal\nFishing ban vote delayed\n"
    assert [text[a:b] for a, b in heading_lines(text)] == ["Fishing ban vote delayed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            LEAD + "Supporting countries: Norway, Iceland, Denmark\n",
            ("Iceland", "fishing_ban", "support"),
            None,
        ),
        (
            LEAD + "Supporting countries: Norway\nOpposing countries: Spain and Portugal\n",
            ("Portugal", "fishing_ban", "oppose"),
            ("Portugal", "fishing_ban", "support"),
        ),
        (LEAD + "Undecided: Spain, Portugal\n", None, ("Spain", "fishing_ban", "support")),
        # an item that names no actor: not a list of holders
        (
            LEAD + "Against: Spain, the weather\n",
            None,
            ("Spain", "fishing_ban", "oppose"),
        ),
        # the sentence before is on no issue
        (
            "Ministers met in Oslo on Monday.\nSupporting countries: Norway, Iceland\n",
            None,
            ("Norway", "fishing_ban", "support"),
        ),
    ],
)
def test_side_tally_holds_the_issue_before(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "EU member states voted against the trawling ban.",
            ("EU member states", "fishing_ban", "oppose"),
            None,
        ),
        # a number of a group's members is part of it: not the group's stance
        (
            "Four EU member states voted against the trawling ban.",
            None,
            ("EU member states", "fishing_ban", "oppose"),
        ),
    ],
)
def test_counted_members_are_not_the_group(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Norway voted in favour of the levy.", True),
        ("Norway spoke in favor of a levy on catches.", True),
        ("Norway spoke in the name of the levy.", False),
    ],
)
def test_in_favour_of_takes_the_anchor(pipeline: Any, text: str, taken: bool) -> None:
    doc = pipeline.nlp(text)
    levy = next(t for t in doc if t.lower_ == "levy")
    assert (attitude_to(levy) is not None) == taken
