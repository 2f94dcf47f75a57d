"""Furniture kinds added in round 22 (furniture30): a caption closed by its agency and
photographer in brackets ("(AFP: Jane Roe)"), a picture's alt text (an icon or a logo
named, the bare word "image"), and a short lower-case widget text above the prose; none of
them ever names the report. Short invented pages."""

from __future__ import annotations

from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture

LEAD = (
    "The harbour council elected Jane Roe as mayor on Monday, ending a month of talks "
    "between the two largest groups on the council.\n\n"
    "Roe, 58, led the port authority board for eleven years until last spring.\n\n"
)
HEAD = "Harbour council elects port chief as its new mayor after month of talks"


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text)}


def title_of(text: str) -> str | None:
    article = Article(text=text, source="t")
    repair(article)
    return article.title


def test_a_caption_closed_by_agency_and_photographer_in_brackets_is_a_caption() -> None:
    cap = (
        "The new mayor told supporters at the port that the ferry plan would be her "
        "first task.(AFP: John Doe)"
    )
    page = f"Example News Share\n\n{HEAD}\n\nBy Mary Major\n\n{cap}\n\n{LEAD}"
    assert kinds(page).get(cap) == "caption"
    assert title_of(page) == HEAD  # the longer captioned line is never the headline


def test_an_outlet_and_photographer_in_brackets_close_a_caption() -> None:
    cap = "Crowds gathered outside the council chamber on Monday evening (Example News: Jo Poe)"
    page = f"{HEAD}\n\n{cap}\n\n{LEAD}"  # (right under the headline: no standfirst)
    assert kinds(page).get(cap) == "caption"


def test_a_bracketed_aside_with_a_colon_in_prose_stays_prose() -> None:
    line = (
        "The council published its figures on Monday (source: the harbour authority), "
        "showing a fall in ferry traffic."
    )
    page = f"{HEAD}\n\n{LEAD}{line}\n\nRoe said the plan would be ready by June.\n"
    assert line not in kinds(page)


def test_icon_and_image_alt_text_is_furniture_never_the_title() -> None:
    page = f"Calendar icon\nClose icon\n\n{HEAD}\n\nimage\n\n{LEAD}  • image\n    Site logo\n"
    found = kinds(page)
    for alt in ("Calendar icon", "Close icon", "image", "• image", "Site logo"):
        assert found.get(alt) == "other", alt
    assert title_of(page) != "Calendar icon"


def test_a_short_lower_case_widget_text_is_never_the_title() -> None:
    cut = "Harbour council: the new mayor of the port promises to…"  # (a headline cut short)
    page = f"Friday 31 October, 2025\ná Dakar\nSign in\n\n{cut}\n\n{LEAD}"
    assert title_of(page) != "á Dakar"
    assert kinds(page).get("á Dakar") != "title"


def test_a_long_headline_in_lower_case_is_still_the_title() -> None:
    head = "pro-harbour party wins majority in council vote after month of talks"
    assert kinds(f"{head}\n\n{LEAD}").get(head) == "title"


def test_a_place_and_a_date_in_figures_alone_is_a_date() -> None:
    page = f"{HEAD}\n\n{LEAD}Port Example 14/01/2024\nText: Jane Roe\n"
    found = kinds(page)
    assert found.get("Port Example 14/01/2024") == "date"
    assert found.get("Text: Jane Roe") == "byline"


def test_a_sentence_with_a_date_in_figures_stays_prose() -> None:
    line = "The council said on Monday that the vote of 14/01/2024 would stand."
    assert line not in kinds(f"{HEAD}\n\n{LEAD}{line}\n\nRoe thanked the voters.\n")


def test_a_label_with_a_colon_before_prose_is_no_byline() -> None:
    line = "Text messages: a new kind of fraud has reached the port, police warned."
    assert kinds(f"{HEAD}\n\n{LEAD}{line}\n\nRoe thanked the voters.\n").get(line) != "byline"
