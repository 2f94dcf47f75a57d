"""Verbs of citing, mentioning and remembering tell speech about an act, not the act
(recollections.py): the act is coded from its own noun or verb. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of

PUBLISHED = "2025-11-20"
pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str, anchor: str) -> list[str]:
    return [e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The ruling councils cited harsh sanctions imposed on them by the bloc.", "cited"),
        ("The minister mentioned the arrest of two reporters in the capital.", "mentioned"),
        ("The governor referred to the sanctions announced by the union.", "referred"),
        ("The mayor recalled the bombing of the market in 2019.", "recalled"),
        ("She recalled that soldiers had arrested the editor.", "recalled"),
    ],
)
def test_citing_verb_is_no_act(pipeline: Any, text: str, anchor: str) -> None:
    assert _types(pipeline, text, anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        (
            "The ruling councils cited harsh sanctions imposed on them by the bloc.",
            "sanctions",
            ["SANCTION"],
        ),
        ("Chile recalled its ambassador to Bolivia on Tuesday.", "recalled", ["SANCTION"]),
        ("The Peruvian ambassador was recalled.", "recalled", ["SANCTION"]),
        ("The senator described the tariffs as a mistake.", "described", ["ACCUSE"]),
    ],
)
def test_the_act_and_own_patterns_stay(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert _types(pipeline, text, anchor) == types
