"""The JSON Schema of the record: hand-built records validate, broken ones do not."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sitroom.article import (
    ActorRef,
    Article,
    Claim,
    Event,
    Mention,
    Position,
    Quote,
    Span,
    Speaker,
)
from sitroom.schema import validation_errors


def _record() -> dict[str, Any]:
    text = "Kaja Kallas said Europe must be at the table."
    art = Article(text=text, source="x.txt", published="2025-02-13")
    art.assign_id()
    art.mentions = [
        Mention(0, 11, "Kaja Kallas", "PERSON", "kaja-kallas", "Kaja Kallas", "EUR", "GOV", 0.9)
    ]
    art.quotes = [
        Quote(
            17,
            45,
            text[17:45],
            "indirect",
            Span(12, 16, "said"),
            Speaker(0, 11, "Kaja Kallas", "kaja-kallas", "Kaja Kallas"),
            0.8,
        )
    ]
    ref = ActorRef("Kaja Kallas", "kaja-kallas", "Kaja Kallas", "EUR", "GOV")
    art.events = [Event("REQUEST", Span(17, 23, "Europe"), 0, len(text), actor=[ref])]
    art.positions = [
        Position(
            "kaja-kallas",
            "Kaja Kallas",
            "europe_at_table",
            "support",
            False,
            Span(0, len(text), text),
            0.7,
        )
    ]
    art.claims = [Claim(0, len(text), text, "single_source", [art.id], [])]
    return art.to_record()


def test_a_full_record_validates() -> None:
    assert validation_errors(_record()) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("quality", "flags"), ["not_a_flag"]),
        (("published",), "13 Feb 2025"),
        (("mentions", 0, "type"), "PLANET"),
        (("events", 0, "type"), "DEMAND"),
        (("positions", 0, "stance"), "maybe"),
        (("claims", 0, "status"), "true"),
    ],
)
def test_broken_records_fail(path: tuple[Any, ...], value: Any) -> None:
    record = copy.deepcopy(_record())
    target: Any = record
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert validation_errors(record)


def test_a_missing_field_fails() -> None:
    record = _record()
    del record["story_id"]
    assert any("story_id" in e for e in validation_errors(record))
