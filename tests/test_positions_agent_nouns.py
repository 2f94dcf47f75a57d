"""Who is named by the side they take holds it (sentences written for these tests): "X is a
strong supporter of Y", "X, a vocal opponent of Y, ..."."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway is a strong supporter of the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            ("Norway", "fishing_ban", "oppose"),
        ),
        (
            "Norway has been a vocal opponent of the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        (
            "Norway, a longtime critic of the trawling ban, walked out of the talks.",
            ("Norway", "fishing_ban", "oppose"),
            None,
        ),
    ],
)
def test_agent_nouns(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)
