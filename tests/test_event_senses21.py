"""Event senses of round 13 (eventtypes21): denying or rejecting what another party says
is a rejection, and a noun label qualified by a condemning adjective accuses. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of
from sitroom.nlp.events.plover import load_lexicon

PUBLISHED = "2025-05-01"


def _coded(pipeline: Any, text: str, anchor: str) -> list[str]:
    return [e.type for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]


def test_an_own_pattern_wins_over_the_generated_one_of_the_same_words() -> None:
    lexicon = load_lexicon()
    for verb in ("deny", "reject", "dismiss"):
        entry = next(e for e in lexicon.verbs[verb] if not e.particles)
        first = next(p for p in lexicon.patterns(entry) if any("allegation" in k for k in p.keys))
        assert first.code is not None and first.code.event == "REJECT"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        ("Peru firmly rejected Chile's claims about the border incident.", "rejected", ["REJECT"]),
        ("Bolivia dismissed all the allegations made by Peru.", "dismissed", ["REJECT"]),
        ("The Chilean government denied the accusations from Argentina.", "denied", ["REJECT"]),
        ("Chile denied the charges brought by Bolivia.", "denied", ["REJECT"]),
        ("Argentina dismissed the claim as fabricated.", "dismissed", ["REJECT"]),
        ("Peru rejected the proposal from Chile.", "rejected", ["REJECT"]),
    ],
)
def test_denying_another_partys_allegation_or_claim_rejects_it(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert _coded(pipeline, text, anchor) == types


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "types"),
    [
        (
            "Chile's foreign minister spoke about the shelling, calling them cowardly attacks.",
            "calling",
            ["ACCUSE"],
        ),
        (
            "The strikes followed what Peru termed an unprovoked and cowardly assault.",
            "termed",
            ["ACCUSE"],
        ),
        ("Ecuador described the talks as a useful exchange.", "described", []),
        ("The minister described Brazil as a key partner.", "described", []),
    ],
)
def test_a_noun_label_with_a_condemning_adjective_accuses(
    pipeline: Any, text: str, anchor: str, types: list[str]
) -> None:
    assert _coded(pipeline, text, anchor) == types
