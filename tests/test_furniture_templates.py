"""Page templates of more outlets (lines written for this test): comment sections, share
plugins, a machine's summary note, a page's script, datelines of other wires ("/AGENCY/",
"City.-", "(AP),"), a topic label run into the first paragraph, a site's header and menu
words above the headline, a list of links set as a dashed list; and the prose that must
stay prose beside them."""

from __future__ import annotations

import pytest

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture

HEADLINE = "Ministers agree to share the cost of the river bridges"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sharing is caring!", "share"),
        ("Discussion", "share"),
        ("No comments yet", "other"),
        ("Login to join the conversation", "other"),
        ("Be the first to share your thoughts!", "other"),
        ("Your voice matters in this discussion", "share"),
        ("AI summarized text", "share"),
        ('const postId = new URLSearchParams(window.location.search).get("id");', "other"),
        ("(function () {", "other"),
    ],
)
def test_lines_by_their_own_form(line: str, kind: str) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The two ministers held a long discussion on the bridges before the vote on Monday.",
        "The talks were the first conversation between the two sides since the floods.",
        "Officials said the function of the new agency would be set by law (see below);",
    ],
)
def test_prose_with_the_same_words_stays_prose(line: str) -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line not in kinds_of(text)


@pytest.mark.parametrize(
    ("opening", "head"),
    [
        ("PORT TOWN, March 4. /TASS/. ", "PORT TOWN, March 4. /TASS/."),
        ("Bogotá.- ", "Bogotá.-"),
        ("Port Town, Examplia (AP), ", "Port Town, Examplia (AP),"),
    ],
)
def test_datelines_of_other_wires(opening: str, head: str) -> None:
    text = f"{HEADLINE}\n\n{opening}{BODY}\n\n{BODY2}\n"
    found = [f for f in find_furniture(text) if f.kind == "dateline"]
    assert [f.text for f in found] == [head]


def test_a_hyphenated_word_opening_the_paragraph_is_no_dateline() -> None:
    text = f"{HEADLINE}\n\nCo-operation between the two ministries grew. {BODY}\n\n{BODY2}\n"
    assert not [f for f in find_furniture(text) if f.kind == "dateline"]


def test_a_topic_label_run_into_the_first_paragraph() -> None:
    text = f"{HEADLINE}\n\nRiver Bridges Repair News: {BODY}\n\n{BODY2}\n"
    found = {f.text: f.kind for f in find_furniture(text)}
    assert found.get("River Bridges Repair News:") == "other"
    assert BODY not in found


def test_a_label_inside_the_paragraph_is_prose() -> None:
    line = f"The ministry told Example News: {BODY}"
    text = f"{HEADLINE}\n\n{BODY2}\n\n{line}\n"
    assert not [f for f in find_furniture(text) if f.kind == "other"]


def test_site_header_above_a_repeated_headline() -> None:
    text = f"Support\nthe website\nCategories\n\n{HEADLINE}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds[HEADLINE] == "title"
    header = ("Support", "the website", "Categories")
    assert all(kinds.get(w) in ("navigation", "other") for w in header)


def test_menu_words_above_the_headline_do_not_make_the_title() -> None:
    text = (
        f"Download\nMobile App\nListen to live radio\n\nMay 4, 2025 3:16 PM\n\n{HEADLINE}\n\n"
        f"{BODY}\n\n{BODY2}\n"
    )
    article = Article(text=text)
    repair(article)
    assert article.title == HEADLINE
    assert {f.text: f.kind for f in article.furniture}.get("Listen to live radio") != "title"


def test_a_dashed_list_of_links_after_the_report() -> None:
    links = [
        "- Farmers count their losses after the spring floods",
        "- Port workers end their strike over unpaid wages",
        "- New ferry line to link the two island towns",
    ]
    text = "\n".join([HEADLINE, BODY, BODY2, *links]) + "\n"
    kinds = kinds_of(text)
    assert all(kinds.get(link) == "related" for link in links)


def test_a_dashed_list_of_sentences_stays_prose() -> None:
    points = [
        "- The ministry will pay for the first two bridges.",
        "- The union will pay for the repairs to the third one.",
        "- Work on all three bridges should end before the harvest.",
    ]
    text = "\n".join([HEADLINE, BODY, BODY2, *points]) + "\n"
    kinds = kinds_of(text)
    assert not any(p in kinds for p in points)


def test_a_date_between_dashes_after_a_hyphenated_country() -> None:
    opening = "Port Town, Guinea-Examplia – November 27, 2025 – "
    text = f"{HEADLINE}\n\n{opening}{BODY}\n\n{BODY2}\n"
    found = [f.text for f in find_furniture(text) if f.kind == "dateline"]
    assert found == [opening.rstrip()]


@pytest.mark.parametrize(
    "line",
    [
        "Published by Jane Roe 10 de octubre, 2025",
        "Jane Roe By Jane Roe | Journalist and Analyst - Fri, 10/10/2025 - 16:39",
    ],
)
def test_bylines_of_more_templates(line: str) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == "byline"


def test_a_line_of_marks_alone() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n![]() |\n\n{BODY2}\n"
    assert kinds_of(text).get("![]() |") == "other"


def test_a_paragraph_cut_off_in_its_next_word_is_no_caption() -> None:
    line = "The ministry said the repairs would cost more than planned after the floods. T"
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line not in kinds_of(text)


@pytest.mark.parametrize(
    ("opening", "head"),
    [
        ("Union rejects the offer The ", "Union rejects the offer"),
        ("Four ministers in three years Since ", "Four ministers in three years"),
        ("Talks stall; union says no deal yet A ", "Talks stall; union says no deal yet"),
    ],
)
def test_a_heading_run_into_its_paragraph(opening: str, head: str) -> None:
    line = opening + BODY[0].lower() + BODY[1:]
    text = f"{HEADLINE}\n\n{BODY2}\n\n{line}\n"
    found = [(f.text, f.kind) for f in find_furniture(text) if f.kind == "subheading"]
    assert found == [(head, "subheading")]


@pytest.mark.parametrize(
    "line",
    [
        "In an interview with The Times the minister said the bridges would reopen in May.",
        "The minister told The Associated Press that the bridges would reopen in May.",
        "Union leaders met in The Hague on Monday and agreed to share the cost of the bridges.",
        "Port Town mayor Jane Roe said the bridges would reopen in May, weeks before the harvest.",
    ],
)
def test_capitals_inside_prose_make_no_heading(line: str) -> None:
    text = f"{HEADLINE}\n\n{BODY2}\n\n{line}\n"
    assert not [f for f in find_furniture(text) if f.kind == "subheading"]


def test_a_line_of_hashtags_alone() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\n#PortTownNews #Bridges\n"
    assert kinds_of(text).get("#PortTownNews #Bridges") == "other"


def test_a_last_updated_note_is_a_date_not_the_title() -> None:
    note = "This article was last updated on May 14, 2025"
    text = f"{note}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}\n"
    article = Article(text=text)
    repair(article)
    assert {f.text: f.kind for f in article.furniture}.get(note) == "date"
    assert article.title == HEADLINE


def test_a_place_and_date_with_no_mark_after_them() -> None:
    text = f"{HEADLINE}\n\nPort Town, May 14 {BODY}\n\n{BODY2}\n"
    found = [f.text for f in find_furniture(text) if f.kind == "dateline"]
    assert found == ["Port Town, May 14"]


def test_a_weekday_and_date_opening_a_sentence_is_no_dateline() -> None:
    line = f"On Tuesday, May 14 {BODY[0].lower()}{BODY[1:]}"
    text = f"{HEADLINE}\n\n{line}\n\n{BODY2}\n"
    assert not [f for f in find_furniture(text) if f.kind == "dateline"]


def test_a_teaser_above_the_page_controls_and_its_paragraph() -> None:
    teaser = " ".join(BODY.split()[:12]) + " ..."
    text = f"{HEADLINE}\n\n{teaser}\n\nOpen in App\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds.get(teaser) == "other"
    assert BODY not in kinds


def test_a_credit_line_with_its_own_caption_leaves_the_lead_above_it_prose() -> None:
    """ "Regional Governor Jane Roe / Video Image" is a caption and its credit in one line:
    the sentence above it is the report's lead, not that photo's caption."""
    lead = (
        "The regional governor warned the ministry last week that the harbour works may be "
        "halted within days if the budget is not approved."
    )
    credit = "Regional Governor Jane Roe / Video Image"
    text = f"{HEADLINE}\n\n{lead}\n\n{credit}\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds.get(lead) is None
    assert kinds.get(credit) == "credit"
    # a photographer's name before the agency is no caption of its own
    short = "Jane Roe/AP"
    caption = "Crowds wait at the closed border crossing"
    text = f"{HEADLINE}\n\n{BODY}\n\n{caption}\n\n{short}\n\n{BODY2}\n"
    assert kinds_of(text).get(caption) == "caption"
