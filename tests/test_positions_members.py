"""Holders named as the members of a side (sentences written for these tests): a list a
membership verb predicates of "supporters"/"opponents", an inverted "Among the X who ...
were A and B", an elliptical "as did Y", and those who lead a push for an issue."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Supporters of the trawling ban include Norway, Iceland and Denmark.",
            ("Denmark", "fishing_ban", "support"),
            None,
        ),
        (
            "The trawling ban's opponents include Spain and Portugal.",
            ("Portugal", "fishing_ban", "oppose"),
            ("Portugal", "fishing_ban", "support"),
        ),
        (
            "Among the ministers who backed the trawling ban were Norway and Iceland.",
            ("Iceland", "fishing_ban", "support"),
            None,
        ),
        # a negated membership verb lists no one
        (
            "Supporters of the trawling ban do not include Spain.",
            None,
            ("Spain", "fishing_ban", "support"),
        ),
        (
            "Spain voted against the trawling ban, as did Portugal.",
            ("Portugal", "fishing_ban", "oppose"),
            None,
        ),
        # "as" with a clause of its own is a comparison, not an ellipsis
        (
            "Spain voted against the trawling ban, as Portugal did with the quota deal.",
            None,
            ("Portugal", "fishing_ban", "oppose"),
        ),
        (
            "Norway and Iceland led the push for an extension of the trawling ban.",
            ("Iceland", "fishing_ban", "support"),
            None,
        ),
        (
            "Spain is spearheading opposition to the trawling ban.",
            ("Spain", "fishing_ban", "oppose"),
            None,
        ),
        # leading talks on an issue is no stance on it
        (
            "Norway led the talks on the trawling ban in Oslo.",
            None,
            ("Norway", "fishing_ban", "support"),
        ),
    ],
)
def test_listed_members_hold_the_side(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)
