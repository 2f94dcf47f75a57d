"""Page widgets copied with the text (box headings, counters, empty boxes, image ids,
date-and-time lines) and captions that carry a picture's own mark wherever they stand
(furniture24). Lines written for these tests."""

from __future__ import annotations

import pytest

from prose_checks import kinds_of
from sitroom.repair.furniture_captions import marked_caption

HEAD = "Harbour council approves new budget"
P1 = (
    "The harbour council approved the new budget on Tuesday after a long debate, "
    "officials said, ending months of dispute over the cost of the new quay."
)
P2 = (
    "Opposition members criticised the plan, saying it would raise fees for small "
    "fishing firms that already pay more than those in the neighbouring towns."
)
P3 = "The finance officer said the measures would take effect in January next year."


def _page(line: str, where: str) -> str:
    if where == "top":
        return f"{line}\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    if where == "mid":
        return f"{HEAD}\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n"
    return f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{line}\n"


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Same category", "related"),
        ("More like this", "related"),
        ("FEATURE NEWS", "related"),
        ("Comment (0)", "share"),
        ("No data", "other"),
        ("No videos available", "other"),
        ("1732001122334 2", "other"),
    ],
)
def test_a_page_widget_is_furniture_wherever_it_stands(line: str, kind: str, where: str) -> None:
    assert kinds_of(_page(line, where)).get(line) == kind


def test_a_date_and_clock_time_opening_a_weather_line_is_a_date_not_the_title() -> None:
    line = "3 March, 2025, 7:15 am Harbourtown - 18°C Cloudy"
    kinds = kinds_of(_page(line, "top"))
    assert kinds.get(line) == "date"
    assert kinds.get(HEAD) == "title"


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "cap",
    [
        "Councillor Jane Roe (C) poses with harbour workers outside the council hall.",
        "Council members pictured during the budget vote on Tuesday.",
        "Jane Roe and Sam Reed (L) at the signing of the quay contract.",
        "Fishing boats return to the harbour at dawn (3 March 2025)",
        "The finance officer speaking at a news conference in the council hall.",
    ],
)
def test_a_sentence_with_a_pictures_mark_is_a_caption_between_paragraphs(
    cap: str, where: str
) -> None:
    assert kinds_of(_page(cap, where)).get(cap) == "caption"


@pytest.mark.parametrize(
    "prose",
    [
        "The vote is seen as a test of the council's hold on the harbour budget.",
        "Sen. Jane Roe (R) said the harbour plan would cost more than promised.",
        "However, council members pictured the quay as a source of new jobs.",
        "Residents pictured the new quay as a threat to the old market.",
        "The quay is pictured as the harbour's biggest project (2025)",
        "Officials speaking at the hall agreed to delay the new fees.",
        "Fishermen gathering at the quay are angry about the new fees.",
    ],
)
def test_a_report_sentence_is_no_marked_caption(prose: str) -> None:
    assert not marked_caption(prose)


def test_a_report_sentence_between_paragraphs_stays_prose() -> None:
    line = "The fishing firms have asked the council to delay the new fees until 2026."
    assert kinds_of(_page(line, "mid")).get(line) is None


def test_a_photo_credit_after_a_slash_is_a_credit_and_its_caption_no_headline() -> None:
    cap = "Mayor Jane Roe greets councillors in the hall before the vote on Tuesday."
    credit = "Photo/Harbour News/file"
    kinds = kinds_of(f"{cap}\n\n{credit}\n\n{HEAD}\n\n{P1}\n\n{P2}\n")
    assert kinds.get(credit) == "credit"
    assert kinds.get(cap) == "caption"
    assert kinds.get(HEAD) == "title"


def test_a_headline_over_a_photo_credit_stays_the_headline() -> None:
    credit = "Photo: Harbour News"  # (a headline has no full stop: it is no caption)
    kinds = kinds_of(f"{HEAD}\n\n{credit}\n\n{P1}\n\n{P2}\n")
    assert kinds.get(HEAD) == "title"


def test_a_label_under_the_byline_and_date_is_a_caption_not_a_second_title() -> None:
    label = "Harbourtown's newly elected mayor Jane Roe"
    text = f"{HEAD}\n\n{HEAD}\n\nBy Sam Reed\n12/03/2025\n{label}\n\n{P1}\n\n{P2}\n"
    kinds = kinds_of(text)
    assert kinds.get(label) == "caption"
    assert kinds.get(HEAD) == "title"


def test_a_writers_bio_saying_what_they_cover_closes_the_page() -> None:
    bio = "Sam Reed covers politics and the harbour economy for the Harbour Times."
    assert kinds_of(_page(bio, "end")).get(bio) == "byline"
