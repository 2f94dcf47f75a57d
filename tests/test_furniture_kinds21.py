"""Furniture kinds added in round 13 (furniture21): a question sub-heading run into its
paragraph, a name under the headline, desk and "Authored by" bylines, and a dateline whose
full date is closed by a full stop. Short invented pages."""

from __future__ import annotations

import pytest

from sitroom.repair.furniture import find_furniture

LEAD = "The harbour council voted on Monday to delay the new ferry terminal by two years.\n\n"


def marks(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_furniture(text)]


def test_a_question_sub_heading_glued_to_its_paragraph() -> None:
    text = LEAD + (
        "What did the council decide? The members backed the delay by nine votes to four, "
        "after a long debate about the costs.\n"
    )
    assert ("subheading", "What did the council decide?") in marks(text)


@pytest.mark.parametrize(
    "para",
    [
        # the writer's own question, answered in their voice
        "Why does this matter? Because the ferry carries most of the island's food supplies.\n",
        # a run of questions is prose
        "Who pays? Who decides? The council has not said, and the crews are still waiting.\n",
    ],
)
def test_a_question_the_writer_asks_stays(para: str) -> None:
    assert not [k for k, _ in marks(LEAD + para) if k == "subheading"]


def test_the_first_paragraph_question_stays() -> None:
    text = "What happens now? The harbour council voted on Monday to delay the terminal.\n"
    assert marks(text) == []


def test_a_name_under_the_headline() -> None:
    head = "Ferry strike ends after three days\n"
    text = head + "\n" + head + "Jane Roe\n\nThe reason is known.\n\n" + LEAD
    assert ("other", "Jane Roe") in marks(text)


@pytest.mark.parametrize(
    "line", ["Staff Reporter :", "Our Correspondent", "Authored by Jo Lamb via The Courier,"]
)
def test_desk_and_authored_bylines(line: str) -> None:
    assert ("byline", line) in marks(
        line + "\n\n" + LEAD + "The mayor said the delay would cost.\n"
    )


def test_a_dateline_closed_by_a_full_stop() -> None:
    text = "Portville, March 2, 2025. " + LEAD
    assert ("dateline", "Portville, March 2, 2025.") in marks(text)


def test_a_date_ending_a_sentence_is_no_dateline() -> None:
    text = LEAD + "Turnout reached half by March 2, 2025. The count goes on in every district.\n"
    assert not [k for k, _ in marks(text) if k == "dateline"]


@pytest.mark.parametrize(
    "label",
    ["4 min read", "Jane Roe/AP", "REUTERS/Jane Roe", "(Photo: Jane Roe/Lakeside)"],
)
def test_a_label_run_into_the_first_paragraph(label: str) -> None:
    text = "Ferry terminal delayed by two years after protests\n\n" + label + " " + LEAD
    assert ("credit", label) in marks(text)


def test_a_label_needs_a_sentence_after_it() -> None:
    text = (
        "Ferry terminal delayed\n\n12 minutes read aloud by the mayor were enough for the crews.\n"
    )
    assert not [k for k, _ in marks(text) if k == "credit"]
