"""Consent, challenge and concession (sentences written for these tests): "gave the green
light / the go-ahead to X" supports X; "challenged X", "called for a vote to challenge X"
oppose it; "adopted X despite a rejection by Y": Y stands against the act; "their position
was echoed by Y": Y takes the stance of the sentence before."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, positions

BAN = "fishing_ban"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a noun of consent given to the content, as the light verb's object
        (
            "Norway gave the green light to the trawling ban.",
            ("Norway", BAN, "support"),
            ("Norway", BAN, "oppose"),
        ),
        # ... or with the content under the noun itself
        (
            "Norway gave the go-ahead for the trawling ban.",
            ("Norway", BAN, "support"),
            ("Norway", BAN, "oppose"),
        ),
        # refusing consent is opposing
        (
            "Norway refused to give the green light to the trawling ban.",
            ("Norway", BAN, "oppose"),
            ("Norway", BAN, "support"),
        ),
        # "challenge" a measure: against it, also under a call for a vote
        (
            "Norway challenged the trawling ban in court.",
            ("Norway", BAN, "oppose"),
            ("Norway", BAN, "support"),
        ),
        (
            "Norway called for a vote to challenge the trawling ban.",
            ("Norway", BAN, "oppose"),
            ("Norway", BAN, "support"),
        ),
        # a subject with a relative clause, its finite verb parsed as the noun's acl
        (
            "Norway, whose prime minister has expressed doubts about stock counts, called for a "
            "vote to challenge the trawling ban.",
            ("Norway", BAN, "oppose"),
            ("Norway", BAN, "support"),
        ),
    ],
)
def test_consent(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
def test_green_light_is_not_any_light() -> None:
    from types import SimpleNamespace

    from sitroom.nlp.positions.judgements import consents

    def noun(text: str, mods: list[str]) -> Any:
        lefts = [SimpleNamespace(dep_="amod", lower_=m) for m in mods]
        return SimpleNamespace(pos_="NOUN", lower_=text, lefts=lefts, children=lefts)

    assert consents(noun("light", ["green"]))
    assert not consents(noun("light", ["red"]))
    assert not consents(noun("light", []))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway adopted the trawling ban despite a rejection by Iceland.",
            {("Norway", BAN, "support"), ("Iceland", BAN, "oppose")},
            {("Iceland", BAN, "support")},
        ),
        (
            "Norway adopted the trawling ban despite opposition from Iceland and Denmark.",
            {("Iceland", BAN, "oppose"), ("Denmark", BAN, "oppose")},
            set(),
        ),
        (
            "Norway rejected the trawling ban despite support from Iceland.",
            {("Norway", BAN, "oppose"), ("Iceland", BAN, "support")},
            {("Iceland", BAN, "oppose")},
        ),
        # the noun's own content is another question; an attitude that agrees with the
        # act is no concession and says nothing sure
        (
            "Norway adopted the trawling ban despite calls from Iceland for a delay.",
            {("Norway", BAN, "support")},
            {("Iceland", BAN, "support"), ("Iceland", BAN, "oppose")},
        ),
        (
            "Norway rejected the trawling ban despite opposition from Iceland.",
            {("Norway", BAN, "oppose")},
            {("Iceland", BAN, "support"), ("Iceland", BAN, "oppose")},
        ),
    ],
)
def test_despite(pipeline: Any, text: str, want: set, not_want: set) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert want <= got
    assert not (not_want & got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Iceland rejected the trawling ban. Its position was echoed by Denmark.",
            {("Iceland", BAN, "oppose"), ("Denmark", BAN, "oppose")},
            {("Denmark", BAN, "support")},
        ),
        (
            "Iceland rejected the trawling ban. The criticism was echoed by Denmark and Sweden.",
            {("Denmark", BAN, "oppose"), ("Sweden", BAN, "oppose")},
            set(),
        ),
        (
            "Iceland backed the trawling ban. Denmark shared that view.",
            {("Iceland", BAN, "support"), ("Denmark", BAN, "support")},
            {("Denmark", BAN, "oppose")},
        ),
        # what is echoed has a content of its own: another question
        (
            "Iceland rejected the trawling ban. Denmark echoed calls for a new vote.",
            {("Iceland", BAN, "oppose")},
            {("Denmark", BAN, "oppose"), ("Denmark", BAN, "support")},
        ),
    ],
)
def test_echoed(pipeline: Any, text: str, want: set, not_want: set) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert want <= got
    assert not (not_want & got)
