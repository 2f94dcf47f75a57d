"""Travel and receiving in the wrong sense (nlp/events/motions.py): no visit without a host."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of


def _visits(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events_of(pipeline, "2025-05-01", text) if e.type == "CONSULT"]


def _shown_on(pipeline: Any, text: str, anchor: str) -> bool:
    return any(e.shown and e.anchor.text == anchor for e in _visits(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "shown"),
    [
        # the journey home from a meeting meets no one
        (
            "The Chilean minister spoke flying back to Santiago from a summit in Lima.",
            "flying",
            False,
        ),
        (
            "The Chilean minister spoke returning to Santiago from a summit in Lima.",
            "returning",
            False,
        ),
        ("The Chilean foreign minister flew home from Lima on Friday.", "flew", False),
        # giving back is no journey
        (
            "The rebel front announced it will return rifles and trucks seized last year "
            "from United Nations monitors.",
            "return",
            None,
        ),
        # the journey to a host is a visit
        ("The Chilean foreign minister flew to Lima on Friday.", "flew", True),
    ],
)
def test_travel_back_is_no_visit(pipeline: Any, text: str, anchor: str, shown: bool | None) -> None:
    if shown is None:  # not travel: whatever it codes, it is not dropped as a journey back
        events = events_of(pipeline, "2025-05-01", text)
        assert any(e.anchor.text == anchor for e in events)
        return
    assert _shown_on(pipeline, text, anchor) is shown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a host receives a guest; a thing received is no guest
        ("The Bolivian president said he received a letter from Lima on Friday.", False),
        ("The Bolivian president received the Peruvian minister in La Paz on Friday.", True),
    ],
)
def test_thing_received_is_no_visit(pipeline: Any, text: str, shown: bool) -> None:
    assert _shown_on(pipeline, text, "received") is shown
