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
