"""Pull quotes, emptied photo credits and share prompts: page furniture recognised by its
form and by repetition, never read as a quote. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import kinds_of, speaker_of

STORY = (
    "Port authority chief Selma Brandt on Monday defended the new harbour fees.\n\n"
    "“The fees pay for the dredging that keeps the harbour open,” Brandt said at a news "
    "conference, adding that shipping lines had been consulted for a year.\n\n"
)


def test_a_quotation_the_body_repeats_is_a_pull_quote() -> None:
    pulled = "“The fees pay for the dredging that keeps the harbour open.”"
    text = f"Harbour fees rise again\n\n{STORY}{pulled}\n\n— Brandt\n\nTraders object.\n"
    assert kinds_of(text).get(pulled) == "other"


def test_a_quotation_said_once_is_not_furniture() -> None:
    alone = "“We will not pay a cent more for the dredging of this harbour.”"
    text = f"Harbour fees rise again\n\n{STORY}{alone}\n\nTraders object to the fees.\n"
    assert alone not in kinds_of(text)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Selma Brandt says the fees pay for the harbour's dredging. (Photo:", "caption"),
        ("Pin It on Pinterest", "share"),
        ("Share this on WhatsApp", "share"),
        ("Support independent harbour journalism!", "share"),
        ("Book your ferry tickets right here!", "share"),
    ],
)
def test_lines_by_their_own_form(line: str, kind: str) -> None:
    text = f"Harbour fees rise again\n\n{STORY}{line}\n\nTraders object to the fees.\n"
    assert kinds_of(text).get(line) == kind


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        pytest.param(
            (
                "Prime Minister Arlen Voss on Sunday defended her trips abroad.\n\n"
                "Speaking to supporters in the capital on Sunday night, the PM explained that "
                "the visits to Europe had brought in new investment and jobs."
            ),
            "the visits to Europe",
            "Arlen Voss",
            id="the-PM-is-the-prime-minister-just-named",
        ),
        pytest.param(
            (
                "Finance Minister Tobias Renn said the budget would be reviewed.\n\n"
                "Deputy Speaker of the Assembly, Mirela Kovac, adjourned the session.\n\n"
                "“We cannot proceed without a quorum,” she said."
            ),
            "We cannot proceed",
            "Mirela Kovac",
            id="a-name-set-off-after-a-role-of-a-body-is-the-subject",
        ),
        pytest.param(
            (
                "Finance Minister Tobias Renn spoke to the assembly on Monday.\n\n"
                "He reminded the members that the grants had risen every year."
            ),
            "the grants had risen",
            "Tobias Renn",
            id="reminded-them-that",
        ),
    ],
)
def test_speakers(pipeline: Any, text: str, words: str, who: str) -> None:
    speaker = speaker_of(pipeline, text, words)
    assert speaker is not None and speaker.canonical == who


@pytest.mark.model
def test_a_verb_inside_a_quotation_that_runs_on_is_the_speakers(pipeline: Any) -> None:
    text = (
        "Prime Minister Arlen Voss on Sunday defended her many trips abroad to supporters.\n\n"
        "“For those who want to talk about travel, no number of letters or phone calls would "
        "cause people to believe that this country has a new government.\n\n"
        '"You have to go there and shake hands and build the networks we need.”\n\n'
        "She said the trips were neither long nor costly.\n"
    )
    quotes = pipeline.extract_texts([text])[0].quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "believe"]


@pytest.mark.model
def test_a_credit_line_run_into_the_next_sentence_never_speaks(pipeline: Any) -> None:
    text = (
        "Harbour fees rise again\n\n"
        "In this file photo, port workers unload containers at the northern terminal.\n"
        "| Photo Credit: Jana Holm/AP\n"
        "On May 3 the Port Council of the Northern Harbour Authority voted in favour of "
        "declaring “that the fees must rise to pay for dredging”.\n\n"
        "Traders said the rise would push up prices across the region.\n"
    )
    speaker = speaker_of(pipeline, text, "the fees must rise")
    assert speaker is None or "Holm" not in speaker.text


@pytest.mark.model
def test_quoted_as_saying_is_the_words_of_the_one_quoted(pipeline: Any) -> None:
    text = (
        "President Maren Ostby spoke at the party congress on Saturday.\n\n"
        "The state broadcaster quoted the president as saying, “Our harbours have been run "
        "for others for too long, and that era must end.”\n"
    )
    speaker = speaker_of(pipeline, text, "Our harbours have been")
    assert speaker is not None and speaker.canonical == "Maren Ostby"
    quotes = pipeline.extract_texts([text])[0].quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "quoted"]
