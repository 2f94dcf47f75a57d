"""One judgement said twice (sentences written for these tests): rejecting what the same
words name as bad ("rejected the unlawful move to X", "rejected threats to X") is against
X, not two judgements that cancel; and a "they" after a listed group holds for each actor
of the list."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, positions
from sitroom.nlp.positions.reading import Reading


def test_reading_agreement() -> None:
    r = Reading(polarity=1, loaded=False)
    r.judge(-1, "unlawful")  # "an unlawful extension of the ban"
    r.attitude(-1, "reject")  # "... rejected": the same judgement again
    assert r.stance == "oppose"
    r = Reading(polarity=1, loaded=False)
    r.attitude(-1, "reject")  # without a judging word the attitude alone decides
    assert r.stance == "oppose"
    r = Reading(polarity=1, loaded=False)
    r.judge(-1, "unlawful")
    r.negate("not")  # negation still reverses, and ends the agreement
    r.attitude(-1, "reject")
    assert r.stance == "oppose"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway strongly rejected what it called an unlawful move by Denmark to extend "
            "the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        (
            "Iceland has rejected Denmark's threats to extend the trawling ban.",
            ("Iceland", "fishing_ban", "oppose"),
            ("Iceland", "fishing_ban", "support"),
        ),
        (
            "Several coastal states, including Norway, Iceland and Ireland, met in Oslo. "
            "They argue that the trawling ban should be extended.",
            ("Iceland", "fishing_ban", "support"),
            None,
        ),
    ],
)
def test_said_twice(pipeline: Any, text: str, want: tuple, not_want: tuple | None) -> None:
    got = positions(pipeline, FISHERIES, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
def test_reported_speech_holder(pipeline: Any) -> None:
    """A plan told by a speaker whom a paper reports is the speaker's, not the paper's."""
    text = (
        "On Monday the New York Times reported that Iceland's fisheries minister Anna Berg "
        "said she would not extend the trawling ban."
    )
    got = positions(pipeline, FISHERIES, text)
    assert ("Anna Berg", "fishing_ban", "oppose") in got
    assert not any(h == "New York Times" for h, _, _ in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the condition belongs to the second clause, which has its own subject and verb
        (
            '"We fully support extending the trawling ban, and if you agree, we will send '
            'inspectors," the Norwegian minister Ola Dahl said.',
            ("Ola Dahl", "fishing_ban", "support"),
        ),
        # a conjoined clause that is itself the condition
        (
            "Iceland will accept an extension of the trawling ban, but only if Norway pays "
            "for the patrols.",
            ("Iceland", "fishing_ban", "conditional"),
        ),
    ],
)
def test_condition_scope(pipeline: Any, text: str, want: tuple) -> None:
    assert want in positions(pipeline, FISHERIES, text)
