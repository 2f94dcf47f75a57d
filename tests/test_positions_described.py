"""Holders named by a definite description of their kind (sentences written for these
tests): "the government" is the state named just before, "the militia" the armed group
named before, "the bloc" the intergovernmental body named before; a description that says
whose or which it is ("the rights group", "the new government") refers to no one named."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import check_reading, positions

CATALOG = """
name: truce
description: A truce between an armed group and a state.
issues:
  truce:
    claim: The truce should hold.
    definition: accepting or keeping the truce
    keywords: [(truce|ceasefire) (deal|agreement|plan)]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Peru hosted the talks in Lima on Monday. The government rejected the ceasefire plan.",
            ("Peru", "truce", "oppose"),
            None,
        ),
        (
            "Peru hosted the talks in Lima on Monday. The new government rejected the "
            "ceasefire plan.",
            None,
            ("Peru", "truce", "oppose"),
        ),
        (
            "Hezbollah held a rally in Beirut on Sunday. The powerful Iran-backed militia "
            "rejected the ceasefire plan.",
            ("Hezbollah", "truce", "oppose"),
            ("Iran", "truce", "oppose"),
        ),
        (
            "Hezbollah held a rally in Beirut on Sunday. The rights group rejected the "
            "ceasefire plan.",
            None,
            ("Hezbollah", "truce", "oppose"),
        ),
        (
            "ECOWAS leaders met in Abuja on Sunday. The bloc rejected the ceasefire plan.",
            ("ECOWAS", "truce", "oppose"),
            None,
        ),
    ],
)
def test_described_holders(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, CATALOG, text), want, not_want)
