"""Furniture kinds added in round 19 (furniture27): the label of a summary box ("Key
highlights", "What's the story") is a heading, never the headline, even as a page's first
line; a desk's byline may name two places ("Example News – Geneva / Nairobi"). Short
invented pages."""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.repair.title_guard import headline_furniture

LEAD = (
    "The harbour council elected Jane Roe as mayor on Monday, ending a month of talks "
    "between the two largest groups on the council.\n\n"
    "Roe, 58, led the port authority board for eleven years until last spring.\n"
)


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text)}


def title_of(text: str) -> str | None:
    article = Article(text=text)
    repair(article)
    return article.title


@pytest.mark.parametrize(
    "label", ["What's the story", "KEY HIGHLIGHTS", "Key takeaways", "Why it matters"]
)
def test_a_box_label_opening_the_page_is_no_headline(label: str) -> None:
    page = f"{label}\n\n{LEAD}"
    assert kinds(page).get(label) == "subheading"
    assert title_of(page) is None
    assert headline_furniture(label)


def test_a_box_label_under_a_date_line_is_no_headline() -> None:
    page = f"Tuesday 2nd June 2026\nKey highlights\nBy: Jane Doe, Press Office\n\n{LEAD}"
    assert kinds(page).get("Key highlights") == "subheading"
    assert title_of(page) is None


def test_a_headline_about_highlights_stays_the_headline() -> None:
    head = "Harbour council picks the highlights of its ferry plan"
    assert not headline_furniture(head)
    assert title_of(f"{head}\n\n{LEAD}") == head


def test_a_desk_byline_with_two_places_is_a_byline() -> None:
    line = "Example News – Geneva / Nairobi"
    page = f"{line}\n\n{LEAD}"
    assert kinds(page).get(line) == "byline"
    assert title_of(page) is None


def test_an_appeal_for_the_readers_money_is_furniture() -> None:
    pitch = (
        "Your support helps us keep reporters in the field. Support Now. From the courts to "
        "the council chamber, our newsroom is there when the story breaks, and unlike many "
        "other outlets we keep our journalism free of paywalls. Please give what you can."
    )
    page = f"{pitch}\n\n{LEAD}"
    assert kinds(page).get(pitch) == "other"
    assert LEAD.split("\n")[0] not in kinds(page)


def test_a_report_on_donations_to_a_newsroom_stays_prose() -> None:
    line = (
        "The council said the grant would support local reporting for two more years, "
        "after the paper lost most of its advertising income last spring."
    )
    assert line not in kinds(f"{line}\n\n{LEAD}")


def test_a_caption_closed_by_an_agency_name_is_no_headline() -> None:
    caption = "Fishermen block the harbour road with their boats to protest the new quotas. REUTERS"
    page = f"{caption}\n{LEAD}"
    assert kinds(page).get(caption) == "caption"
    assert title_of(page) is None
