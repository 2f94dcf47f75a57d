"""Furniture of round 10 (furniture18): page notes found by their wording wherever they
stand (an editor's note, a reading-time note, a cookie banner's buttons, a comment box's
heading, style names copied as text, a newsroom desk as the writer, an agency's photo
label, live-page and summary labels, a link closed by an arrow), a wire photo's caption
closed by its weekday and full date, and datelines with a country in brackets or two
places between spaced slashes. Lines written for these tests."""

from __future__ import annotations

import pytest

from prose_checks import BODY, BODY2, kinds_of
from sitroom.repair.furniture import find_furniture
from sitroom.repair.furniture_datelines import dateline_place

HEAD = "Bridge repairs to start next month"
NOTES = [
    ("Editor's note: This story has been updated with the ministry's reply.", "other"),
    ("EDITOR'S NOTE: This report contains details of the crash.", "other"),
    ("Unable to calculate read time", "other"),
    ("Estimated reading time: 4 minutes", "other"),
    ("Accept all cookies", "other"),
    ("Manage cookie preferences", "other"),
    ("Discussion about this post", "other"),
    ("icon-facebook icon-twitter icon-whatsapp", "other"),
    ("Example Gazette Staff", "byline"),
    ("Web Desk", "byline"),
    ("Reuters file photo", "credit"),
    ("AFP Photo", "credit"),
    ("Read Full Article →", "related"),
    ("More on the bridges »", "related"),
]


@pytest.mark.parametrize(("line", "kind"), NOTES)
def test_page_notes_after_the_last_paragraph(line: str, kind: str) -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n{line}\n"
    assert kinds_of(text).get(line) == kind


@pytest.mark.parametrize(("line", "kind"), NOTES)
def test_page_notes_above_the_headline(line: str, kind: str) -> None:
    text = f"{line}\n{HEAD}\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds.get(line) is not None
    assert kinds.get(HEAD) == "title"


@pytest.mark.parametrize(
    "line",
    [
        "Farmers marched to the ministry on Tuesday, Nov. 11, 2025, to demand repairs.",
        "The bridge, closed since Monday, March 3, 2025, will reopen next month, she said.",
    ],
)
def test_a_dated_caption_needs_its_date_at_the_end_and_no_speech(line: str) -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line not in kinds_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "Farmers march to the ministry in the capital, Tuesday, Nov. 11, 2025.",
        "Workers inspect the old bridge on Monday, 3 March 2025. (AP Photo/Jane Roe)",
    ],
)
def test_a_wire_caption_closed_by_its_weekday_and_full_date(line: str) -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == "caption"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Nairobi (Kenya), 12 March 2025 - ", "Nairobi"),
        ("Geneva / Nairobi, 3 June 2025 – ", "Geneva / Nairobi"),
    ],
)
def test_datelines_with_a_country_in_brackets_or_two_places(opening: str, place: str) -> None:
    text = f"{HEAD}\n\n{opening}{BODY}\n\n{BODY2}\n"
    spans = [f for f in find_furniture(text) if f.kind == "dateline"]
    assert [f.text.strip() for f in spans] == [opening.strip()]
    assert dateline_place(spans) == place


@pytest.mark.parametrize(
    "line",
    [
        "Staff at the ministry said the repairs would take a year.",
        "Readers were warned that the bridge would close at 10 pm.",
    ],
)
def test_prose_with_the_same_words_stays_prose(line: str) -> None:
    for text in (f"{HEAD}\n\n{BODY}\n\n{line}\n\n{BODY2}\n", f"{HEAD}\n\n{BODY}\n\n{line}\n"):
        assert line not in kinds_of(text)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2025/11/03 - 17:47", "date"),
        ("2025-11-03 09:15", "date"),
        ("In this June 2, 2024, file photo, the mayor opens the rebuilt bridge.", "caption"),
    ],
)
def test_iso_dates_and_dated_wire_photo_formula(line: str, kind: str) -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Jane Roe, Research Fellow, Example Institute", "byline"),
        ("Jane Roe | Associate Professor, Example University", "byline"),
        ("Courtesy: Example Staff", "credit"),
    ],
)
def test_author_lines_and_courtesy_credits_under_the_headline(line: str, kind: str) -> None:
    under = f"{HEAD}\n{line}\n\n{BODY}\n\n{BODY2}\n"
    for text in (under, f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{line}\n"):
        kinds = kinds_of(text)
        assert kinds.get(line) == kind
        assert kinds.get(HEAD) == "title"


def test_a_name_with_a_common_noun_after_it_is_no_author_line() -> None:
    line = "Jane Roe, the analyst"
    assert kinds_of(f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{line}\n").get(line) is None


def test_a_courtesy_line_after_the_report_leaves_its_last_paragraph_prose() -> None:
    short = "The council approved the repairs on Monday. Work will start in the spring."
    kinds = kinds_of(f"{HEAD}\n\n{BODY}\n\n{short}\n\nCourtesy: Example Staff\n")
    assert kinds.get("Courtesy: Example Staff") == "credit"
    assert short not in kinds
