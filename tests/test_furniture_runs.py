"""Furniture of pages from a wider set of regions and page kinds (lines written for this
test): comment counts and forms, a live page's sign-off, an opinion page's footer, letter
signatures, photo credits in capitals, lists of other stories, teasers, gallery captions,
desk labels, transcript speaker labels, and the prose that must stay prose beside them."""

from __future__ import annotations

import pytest

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article
from sitroom.repair import repair


@pytest.mark.parametrize(
    "line",
    [
        "0 Comments",
        "No comments:",
        "Comments are moderated and will be posted if they are on topic.",
        "For more information, please see our Comments FAQ",
        "Note: Only a member of this blog may post a comment.",
        "About this transcript: This is an automatic transcript of a river hearing.",
        "Thank you for following along today. This page ends here.",
        "Published in The Example Tribune, May 3rd, 2021.",
        "Like Example Opinion on Facebook, follow @ExampleOp on Twitter for our pieces.",
        "From the Example News Agency (Mar 4): Bridges to reopen next month",
        "Jane Roe (Port Town)",
        "Jane Roe (The Example Post) Port Town",
        "Presented by Sam Reed (All times are local) ______",
        "by: Sam Reed.",
        "Translated by Jane Roe",
        "Download our app (Example) by searching for Example on the Play Store or App Store.",
        "bridges, river, farmers, union, budget",
        "9c1f0e7a2b3d4c5e6f708192a3b4c5d6",
        "-",
        "Source link",
        "More to follow...",
        "Your email address will not be published.",
        "No media source currently available",
        "0:00 0:02:15 0:00",
        "The writer is a former finance secretary and teaches at a business school.",
        "*The author is a senior fellow at an example institute.",
        "Disclaimer: The views in this piece are the writer's alone.",
        "(The views expressed are personal)",
        "This article was originally published on Example Times.",
        "The post Bridge tolls to stay appeared first on Example News.",
        "(With inputs from agencies)",
        "(This story has not been edited by Example staff and is auto-generated from a "
        "syndicated feed.)",
        "Catch all the Latest News and Updates on Example Daily.",
        "Posted by Jane Roe on March 4, 2025",
        "WATCH | Ministers tour the river bridges",
        "Last modified on Tue 4 Mar 2025 10.11 GMT",
        "Reading time: 3 minutes",
    ],
)
def test_page_lines_by_their_own_form(line: str) -> None:
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line in kinds_of(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Union leaders walk along the damaged bridge on Monday. JANE ROE",
        "The water minister at the river crossing. — SAM REED /The Gazette",
        "The water minister signs the agreement with the union (Gazette photo)",
        "The water minister at the river crossing. (Photo: Jane Roe) |",
    ],
)
def test_captions_with_their_credits(caption: str) -> None:
    text = f"Bridge repairs to start next month\n\n{caption}\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get(caption) == "caption"


def test_prose_stays_prose() -> None:
    lines = [
        "The minister said four things would decide the plan.",
        "Firstly, the money the ministry has left this year.",
        "Fourthly, who will pay for the last bridge?",
        "Mr. Speaker,",
        "The union said the NATO-style pooling of costs was new. It named no partners.",
        "The author of the report said the bridges had been unsafe for a decade.",
        "The views expressed by the union were shared by most farmers in the valley.",
        "Next in line for repairs is the old rail bridge at Port Town, the ministry said.",
    ]
    text = "\n\n".join([BODY, *lines, BODY2]) + "\n"
    marked = kinds_of(text)
    assert not any(line in marked for line in lines)


def test_lists_and_teasers_after_the_article() -> None:
    heads = [
        "Port Town reopens its ferry after the storm",
        "Farmers count the cost of the dry spell",
    ]
    teaser = "Storm season ends early as the rains fail across the north, and the farmers say..."
    text = "\n".join(
        [BODY, BODY2, "Next in Nation", *heads, "More news", "Dry spell: what comes next?", teaser]
    )
    marked = kinds_of(text)
    assert all(marked.get(h) == "related" for h in heads)
    assert marked.get(teaser) == "related"
    assert marked.get("Dry spell: what comes next?") == "related"


def test_highlights_under_a_headline_and_a_gallery_caption() -> None:
    headline = "Ministers agree to share the cost of the river bridges"
    points = ["- The first two bridges will be paid for jointly", "- Work starts next month"]
    gallery = "Workers clear the road to the bridge on Monday."
    text = "\n".join([gallery, "1", "2", "3", "", headline, *points, "", BODY, BODY2])
    marked = kinds_of(text)
    assert all(marked.get(p) in ("other", "standfirst") for p in points)  # (a summary point)
    assert marked.get(gallery) == "caption"


def test_desk_label_and_transcript_speaker() -> None:
    text = (
        f"Bridge repairs to start next month\nNORTHERN BUREAU:\n{BODY}\n{BODY2}\n"
        "Jane Q. Roe (JQR): We will pay for the first bridge and the union for the second.\n"
    )
    marked = kinds_of(text)
    assert marked.get("NORTHERN BUREAU:") == "dateline"
    assert not any(t.startswith("Jane Q. Roe") for t in marked)


def test_headline_over_byline_and_site_name_as_title() -> None:
    headline = "Ministry Briefing: Opening Remarks by the Spokesperson."
    article = Article(text=f"{headline}\n\nby: Sam Reed.\n{BODY}\n{BODY2}\n")
    repair(article)
    assert article.title == headline
    site = Article(text=f"Example News\n\n{BODY}\n\n{BODY2}\n")
    repair(site)
    assert site.title is None


def test_a_caption_never_names_the_story() -> None:
    caption = "The water minister at the river crossing. (Photo: Jane Roe) |"
    article = Article(text=f"{caption}\n{BODY}\n{BODY2}\n")
    repair(article)
    assert article.title is None


def test_author_note_and_ordinal_dateline() -> None:
    note = "Jane Roe writes on rivers and roads for the paper. She lives in Port Town."
    text = (
        "Bridge repairs to start next month\n\nNorthern Desk, 6th August: "
        f"{BODY}\n\n{BODY2}\n\nAbout the author:\n\n{note}\n"
    )
    marked = kinds_of(text)
    assert marked.get(note) == "other"
    assert marked.get("Northern Desk, 6th August:") == "dateline"


def test_short_lines_between_the_site_name_and_the_headline() -> None:
    headline = "Ministers agree to share the cost of the river bridges"
    text = f"Accessibility links\n\nBreaking News\n\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    article = Article(text=text)
    repair(article)
    assert article.title == headline
    assert {f.text: f.kind for f in article.furniture}.get("Breaking News") == "other"


def test_a_page_ending_in_headlines_without_a_label() -> None:
    heads = [
        "Port Town reopens its ferry after the storm",
        "Farmers count the cost of the dry spell",
        "New rail line to link the two river towns",
    ]
    marked = kinds_of("\n".join([BODY, BODY2, *heads]))
    assert all(marked.get(h) == "related" for h in heads)
    questions = ["Who will pay for the bridges?", "When will work start?", "And who checks it?"]
    items = ["- Two bridges closed in the north", "- One bridge open to lorries only", "- Ferry"]
    for run in (questions, items):
        marked = kinds_of("\n".join([BODY, BODY2, *run]))
        assert not any(line in marked for line in run)


@pytest.mark.parametrize(
    "line",
    [
        "Share your thoughts on the bridge works with the Example Gazette team.",
        "Quickly share this story with your friends in just one click!",
        "Get breaking alerts on the Example app.",
        "Never miss a story: sign up for the morning briefing newsletter.",
        "This page was machine translated, so some words may be wrong.",
    ],
)
def test_lines_that_speak_to_the_reader(line: str) -> None:
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{BODY2}\n\n{line}\n"
    assert line in kinds_of(text)


def test_second_person_prose_stays_prose() -> None:
    lines = [
        "But what do you expect? The channel is the state's own voice abroad, its critics say.",
        "You can call the scheme whatever you want, but the money is real.",
        "“Download the form and send it to us,” the ministry told farmers on Monday.",
        "In one of the savings plans your state probably offers, the money grows tax-free.",
    ]
    text = "\n\n".join([BODY, *lines, BODY2]) + "\n"
    marked = kinds_of(text)
    assert not any(line in marked for line in lines)
