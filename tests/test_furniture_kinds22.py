"""Furniture kinds added in round 14 (furniture22): datelines with an agency code, a comma
before the dash or a place name's lower-case particle; a byline naming the place the writer
files from; a desk's byline glued to the headline; labels closed by a colon; share buttons
run together; a date stamp with seconds; a live page's flagged headline run into the first
paragraph. Short invented pages."""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.repair.title_guard import clean_headline

LEAD = "The harbour council voted on Monday to delay the new ferry terminal by two years.\n"
MORE = "The mayor said the crews would be paid in full while the work waits.\n"


def marks(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_furniture(text)]


@pytest.mark.parametrize(
    "head",
    [
        "PORTVILLE, Lakeland, XNA –",  # an agency's code after the place
        "Portville DC, Lakeland, –",  # a comma left before the dash
        "Dar es Lago –",  # a place name's lower-case particle
        "November 19, Portville (XNA):",  # the date first, the agency after the place
    ],
)
def test_dateline_forms(head: str) -> None:
    text = f"\n{head} {LEAD}{MORE}"
    assert ("dateline", head) in marks(text)


def test_a_sentence_with_a_dash_is_no_dateline() -> None:
    text = "The mayor es gone – the council voted on Monday to delay the terminal.\n" + MORE
    assert not [k for k, _ in marks(text) if k == "dateline"]


def test_a_byline_with_the_writers_place_is_no_title() -> None:
    text = "By Jane Roe in Portville, Lakeland\n" + LEAD + MORE
    assert ("byline", "By Jane Roe in Portville, Lakeland") in marks(text)
    art = Article(text=text, source="t")
    repair(art)
    assert art.title is None
    assert art.author == "Jane Roe"


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Example StaffFerry Strike Ends", "Ferry Strike Ends"),
        ("Web Desk“Ferry” strike ends", "“Ferry” strike ends"),
        ("Staff Reporters Meet in Portville", "Staff Reporters Meet in Portville"),
    ],
)
def test_a_desk_byline_glued_to_the_headline(title: str, clean: str) -> None:
    assert clean_headline(title) == clean


@pytest.mark.parametrize(
    ("label", "kind", "before"),
    [
        ("What Residents Should Do Now:", "subheading", False),  # closing the page
        ("Key points:", "subheading", False),
        ("Date:", "other", True),  # a page's field above the report
        ("Follow topic:", "other", True),
    ],
)
def test_labels_closed_by_a_colon(label: str, kind: str, before: bool) -> None:
    text = f"{label}\n{LEAD}{MORE}" if before else f"{LEAD}{MORE}{label}\n"
    assert (kind, label) in marks(text)


@pytest.mark.parametrize(
    "lead_in", ["The mayor said:", "The statement read as follows in full:", "He added:"]
)
def test_a_speakers_lead_in_is_prose(lead_in: str) -> None:
    text = f"{LEAD}{lead_in}\n“We will pay the crews,” she told the council.\n"
    assert not [t for _, t in marks(text) if t == lead_in]


def test_share_buttons_run_together_and_a_stamp_with_seconds() -> None:
    text = "PostEmailWhatsapp\nFollow\n2025-10-02 08:08:56\n" + LEAD + MORE
    found = marks(text)
    assert ("share", "PostEmailWhatsapp") in found
    assert ("share", "Follow") in found
    assert ("date", "2025-10-02 08:08:56") in found


def test_a_live_pages_flagged_headline_run_into_the_lead() -> None:
    text = "Harbour Ferry Vote LIVE Updates: " + LEAD + MORE
    assert [t for _, t in marks(text)] == ["Harbour Ferry Vote LIVE Updates:"]


def test_follow_opening_a_sentence_stays() -> None:
    text = LEAD + "Follow the money, the mayor told the council on Monday.\n"
    assert not marks(text)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Updated: May 12, 2025 10:30 am", "date"),
        ("12 May 2025, 10:31 GMT", "date"),
        ("Source: Example Agency", "credit"),
        ("Copyright: XNA", "credit"),
        ("Listen to this article", None),
    ],
)
def test_a_label_run_into_the_first_paragraph(label: str, kind: str | None) -> None:
    found = marks(f"{label} {LEAD}{MORE}")
    assert [t for _, t in found] == [label]  # the label only, never the paragraph
    assert kind is None or found[0][0] == kind


def test_a_sentence_opening_with_a_date_stays() -> None:
    text = "May 12, 2025 was the day the harbour council voted to delay the terminal.\n" + MORE
    assert not marks(text)


def test_a_speakers_name_over_quoted_words_stays() -> None:
    text = f"{LEAD}Harbourwatcher:\n“Who pays for the delay?”\n{MORE}"
    assert not [t for _, t in marks(text) if t == "Harbourwatcher:"]
