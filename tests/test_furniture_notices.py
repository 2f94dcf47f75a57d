"""Notices a page sets around an article (subscription walls, legal lines, list headings,
tag lines, a writer's box and bio, social and newsletter prompts, labelled times), and the
prose that must stay prose beside them (lines written for this test)."""

from __future__ import annotations

import pytest

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article, Event, Furniture, Mention, Quote, Span
from sitroom.run.pipeline import drop_furniture

HEAD = "Bridge repairs to start next month"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This article is for subscribers only.", "other"),
        ("You have reached your free article limit.", "other"),
        ("To read the full story, subscribe now.", "other"),
        ("Already a subscriber? Log in", "other"),
        ("Unlock this article", "other"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "other"),
        ("No part of this report may be copied without written permission.", "other"),
        ("Privacy Policy | Terms of Use | Contact Us", "other"),
        ("We use cookies to give you the best experience on our website.", "other"),
        ("Don't Miss", "related"),
        ("Editor's Picks", "related"),
        ("Must Read: Five things to know about the bridges", "related"),
        ("In Other News", "related"),
        ("Previously: Farmers march on the ministry", "related"),
        ("Tags Bridges Farmers Water Ministry", "navigation"),
        ("Keywords: bridges, farmers, water", "share"),
        ("Follow The Example Gazette on Google News", "share"),
        ("Never miss a story: follow us on Instagram", "share"),
        ("Stay informed. Get our free morning email.", "share"),
        ("Posted: 3 days ago", "date"),
        ("Last Updated: 2025-11-14 09:15", "date"),
        ("10.45am GMT", "date"),
        ("3h ago", "date"),
        ("Show key events only", "other"),
        ("Print view", "other"),
        ("Open in app", "other"),
        ("Jane Roe, Reuters", "byline"),
        ("Jane Roe | Senior Correspondent", "byline"),
    ],
)
def test_notices_at_the_page_end(line: str, kind: str) -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{line}\n"
    assert kinds_of(text).get(line) == kind


def test_a_writers_box_and_bio_after_the_report() -> None:
    bio = "Jane Roe is a senior correspondent covering farming for The Example Gazette."
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\nJane Roe\nSenior Reporter\n\n{bio}\n"
    kinds = kinds_of(text)
    assert kinds.get("Jane Roe") == "byline"
    assert kinds.get("Senior Reporter") == "byline"
    assert kinds.get(bio) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the service will be able to read the report from Monday.",
        "The report may not be published until the court rules on the appeal.",
        "Privacy policy changes were announced by the regulator on Monday.",
        "Previously, the council had rejected the plan twice.",
        "Related talks are due to begin in the capital next week.",
        "Jane Roe is a journalist who was arrested in March while covering the protests.",
        "Topics on the agenda include trade, water and the bridges.",
        "Members of parliament can register their objections until Friday.",
        "Follow-up talks are planned for next month.",
    ],
)
def test_prose_about_the_same_things_stays_prose(line: str) -> None:
    for text in (f"{HEAD}\n\n{BODY}\n\n{line}\n\n{BODY2}\n", f"{HEAD}\n\n{BODY}\n\n{line}\n"):
        assert line not in kinds_of(text)


def test_a_teasers_link_to_its_source_run_on_at_its_end() -> None:
    text = (
        f"{HEAD}\n\n{BODY}\n\nUnion sources said that about a dozen bridges…Original Article\n\n"
        f"{BODY2} The talks went on..Full content / Read original.\n"
    )
    kinds = kinds_of(text)
    assert kinds.get("Original Article") == "related"
    assert kinds.get("Full content / Read original.") == "related"
    assert not any(t.startswith("Union sources") for t in kinds)


def test_the_headline_again_with_the_sites_name() -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{HEAD} - Example Gazette\n"
    assert kinds_of(text).get(f"{HEAD} - Example Gazette") == "title"
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{HEAD} and the farmers' union agreed to share it.\n"
    assert len(kinds_of(text)) == 1


@pytest.mark.parametrize(
    "line",
    [
        "A general view of the river crossing outside the capital, November 14, 2025.",
        "This handout picture released by the ministry shows workers on the first bridge.",
    ],
)
def test_a_wire_photos_formula_is_a_caption(line: str) -> None:
    text = f"{HEAD}\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == "caption"


def test_a_standfirst_above_the_pages_date_line() -> None:
    dek = "Farmers and ministers agreed to share the cost of two river bridges."
    text = f"{dek}\n\n10:42, Tue, Dec 30, 2025\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get(dek) == "standfirst"
    text = f"{HEAD}\n{dek}\n-\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get(dek) == "standfirst"
    text = f"{HEAD}\n{dek}\n{BODY}\n\n{BODY2}\n"  # no header close: the first paragraph
    assert dek not in kinds_of(text)


def test_a_standfirst_names_actors_and_events_but_holds_no_quote() -> None:
    dek = "Union says ministers agreed to share the cost of two bridges"
    text = f"{HEAD}\n{dek}\n\n{BODY}\n"
    at = text.index(dek)
    article = Article(text=text)
    article.furniture = [Furniture(at, at + len(dek), dek, "standfirst")]
    later = len(text) - 5  # the body names the union too (a standfirst names no actor alone)
    article.mentions = [
        Mention(at, at + 5, "Union", "ORG"),
        Mention(later, later + 5, "union", "ORG"),
    ]
    article.quotes = [Quote(at + 11, at + len(dek), dek[11:], "indirect")]
    verb = text.index("agreed")
    article.events = [Event("AGREE", Span(verb, verb + 6, "agreed"), at, at + len(dek))]
    drop_furniture(article)
    assert [m.text for m in article.mentions] == ["Union", "union"]
    assert article.quotes == []
    assert article.events[0].shown
    article.furniture = [Furniture(at, at + len(dek), dek, "caption")]
    drop_furniture(article)
    assert not article.events[0].shown and [m.text for m in article.mentions] == ["union"]
