"""Votes said in other words (sentences written for these tests): the complex preposition
"in favour of" ("voted / spoke / is in favour of X" = favours X), "voted down X", and a vote
whose object is left out ("Y voted against.") standing for the motion said before."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import FISHERIES, check_reading, positions
from sitroom.nlp.positions.route import elided_vote, in_favour


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Norway voted in favour of the trawling ban on Monday.",
            ("Norway", "fishing_ban", "support"),
            ("Norway", "fishing_ban", "oppose"),
        ),
        (
            "Norway argued in favor of the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            None,
        ),
        (
            "Norway remains firmly in favour of the trawling ban.",
            ("Norway", "fishing_ban", "support"),
            None,
        ),
        (
            "Norway is not in favour of the trawling ban.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        # the verb's own attitude decides: the phrase names what is preferred instead
        (
            "Norway rejected the trawling ban in favour of quotas.",
            ("Norway", "fishing_ban", "oppose"),
            ("Norway", "fishing_ban", "support"),
        ),
        (
            "The trawling ban was debated. Norway voted in favour of it.",
            ("Norway", "fishing_ban", "support"),
            None,
        ),
        (
            "Sweden voted down the trawling ban.",
            ("Sweden", "fishing_ban", "oppose"),
            ("Sweden", "fishing_ban", "support"),
        ),
        (
            "Parliament debated the trawling ban. Sweden voted against.",
            ("Sweden", "fishing_ban", "oppose"),
            ("Sweden", "fishing_ban", "support"),
        ),
        (
            "Parliament debated the trawling ban. Sweden voted for, while Finland voted against.",
            ("Finland", "fishing_ban", "oppose"),
            ("Finland", "fishing_ban", "support"),
        ),
        (
            "Parliament debated the trawling ban. Ulf Kristersson kept his vote secret, but did"
            " eventually vote in favour.",
            ("Ulf Kristersson", "fishing_ban", "support"),
            None,
        ),
        # the motion voted on stays the last one named, over a paragraph on something else
        (
            "Parliament debated the trawling ban.\n\nThe debate lasted until midnight.\n\n"
            "Sweden voted against, as did Finland.",
            ("Finland", "fishing_ban", "oppose"),
            None,
        ),
        # a vote with an object of its own is on that, not on the motion said before
        (
            "Parliament debated the trawling ban. Sweden voted against the budget.",
            None,
            ("Sweden", "fishing_ban", "oppose"),
        ),
        # a count of voters is nobody's stance: no member of the group before takes it
        (
            "Parliament debated the trawling ban. Twenty members backed it and only five"
            " voted against.",
            None,
            ("Parliament", "fishing_ban", "oppose"),
        ),
        # nothing said before: an elided vote refers to nothing
        ("Sweden voted against.", None, ("Sweden", "fishing_ban", "oppose")),
    ],
)
def test_votes_in_other_words(
    pipeline: Any,
    text: str,
    want: tuple[str, str, str] | None,
    not_want: tuple[str, str, str] | None,
) -> None:
    check_reading(positions(pipeline, FISHERIES, text), want, not_want)


@pytest.mark.model
def test_elided_vote_and_in_favour_words(pipeline: Any) -> None:
    doc = pipeline.nlp("Sweden voted against. Norway voted in favour of the ban.")
    against = next(t for t in doc if t.lower_ == "against")
    assert elided_vote(against)
    of_ban = next(t for t in doc if t.lower_ == "of")
    assert not elided_vote(of_ban)
    voted = [t for t in doc if t.lower_ == "voted"]
    assert in_favour(voted[1]) and not in_favour(voted[0])
    counted = pipeline.nlp("Only five voted against.")
    assert not elided_vote(next(t for t in counted if t.lower_ == "against"))
