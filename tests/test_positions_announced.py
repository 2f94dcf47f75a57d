"""An act the holder announces (sentences written for these tests): an act noun with no
owner that the holder announces is the holder's own measure ("Norway announced a trawling
ban"), unless the announcing is denied or an "of" phrase names another doer."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions

PATROLS = """
name: patrols
description: Armed patrols in a disputed valley, 2026.
issues:
  patrol_withdrawal:
    claim: The border militia must withdraw its patrols from the valley.
    keywords:
      - (withdrawal|pullout) ... (valley)
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("catalog", "text", "want", "not_want"),
    [
        (
            FISHERIES,
            "Norway announced a trawling ban for the northern waters on Monday.",
            ("Norway", "fishing_ban", "support"),
            ("Norway", "fishing_ban", "oppose"),
        ),
        (
            FISHERIES,
            "The Norwegian government announced the extension of the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            None,
        ),
        (
            FISHERIES,
            "Norway did not announce a trawling ban for the northern waters.",
            None,
            ("Norway", "fishing_ban", "support"),
        ),
        (
            PATROLS,
            "Iceland announced the withdrawal of the country's soldiers from the valley.",
            None,
            ("Iceland", "patrol_withdrawal", "support"),
        ),
    ],
)
def test_announced_act(
    pipeline: Any, catalog: str, text: str, want: tuple | None, not_want: tuple | None
) -> None:
    check_reading(positions(pipeline, catalog, text), want, not_want)
