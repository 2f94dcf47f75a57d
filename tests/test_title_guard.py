"""Which text may name a report (sitroom.repair.title_guard), and where the story title and the
record title stop taking page furniture for prose."""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.repair.title_guard import clean_headline, headline_furniture, names_a_report
from sitroom.stories.clusterer import _title
from sitroom.stories.features import extract


@pytest.mark.parametrize(
    "line",
    [
        "Elections",  # a section's name
        "Lakeside Daily News",  # a site's name
        "Site icon Lakeside Blog",
        "Credited from: Lakeside Radio",
        "Map showing the northern province",
        "Photo: Lakeside Agency",
    ],
)
def test_headline_furniture(line: str) -> None:
    assert headline_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council votes to delay the harbour project",
        "Ferry Strike Ends After Three Days",
        "What the new budget means for farmers",
    ],
)
def test_a_headline_is_no_furniture(line: str) -> None:
    assert not headline_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff Reporter :",
        "Written by Jo Lamb via The Lakeside Courier,",
        "Governor Ana Pereira Silva",  # a name standing alone: a photo's label
        "What did the court decide?",
        "Ana Pereira (left) greets the crowd at the harbour on Monday.",
        "which had been closed since the flood, reopened on Monday.",
    ],
)
def test_no_report_is_named_by(sentence: str) -> None:
    assert not names_a_report(sentence)


def test_a_lead_names_a_report() -> None:
    assert names_a_report("The harbour council voted on Monday to delay the new ferry terminal.")


def test_story_title_skips_a_label_and_what_stands_above_the_dateline() -> None:
    text = (
        "Staff Reporter :\n"
        "Portville, May 3 - The harbour council voted on Monday to delay the new ferry "
        "terminal by two years.\n"
        "The vote followed weeks of protests by fishing crews, who said the works would harm "
        "the bay.\n"
    )
    art = Article(text=text, source="t")
    repair(art)
    assert art.title is None
    title = _title(art, extract(art, 0))
    assert title.startswith("The harbour council voted on Monday")


def test_story_title_falls_back_to_the_first_sentence() -> None:
    art = Article(text="Short line here\nAnother short line\n", source="t")
    art.furniture = []
    assert _title(art, extract(art, 0)) == "Short line here"


def test_record_title_is_not_a_site_name() -> None:
    text = (
        "Lakeside Daily News\n"
        "The harbour council voted on Monday to delay the new ferry terminal by two years, "
        "after weeks of protests by fishing crews who said the works would harm the bay.\n"
        "The mayor said the delay would cost the city money.\n"
    )
    art = Article(text=text, source="t")
    repair(art)
    assert art.title is None


def test_a_name_with_its_acronym_is_no_dateline() -> None:
    text = (
        "The ministry said the dam was finished after twelve years of work on the river.\n"
        "The Grand Lakeside Hydro Dam (GLHD), a $2 billion project, is the region's largest. "
        "It spans two kilometres.\n"
    )
    assert not [f for f in find_furniture(text) if f.kind == "dateline"]
    wire = "Portville, Lakeland (AP), the minister said on Friday that talks had ended.\n\nMore.\n"
    assert [f.text for f in find_furniture(wire) if f.kind == "dateline"] == [
        "Portville, Lakeland (AP),"
    ]


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("2 hours agoFerry strike ends after three days", "Ferry strike ends after three days"),
        ("BREAKING: Ferry strike ends after three days", "Ferry strike ends after three days"),
        ("🔴 HARBOUR | Ferry strike ends after three days", "Ferry strike ends after three days"),
        (
            "Lakeside News | Ferry strike ends after three days",
            "Ferry strike ends after three days",
        ),
        ("03/05/2025 | Press release | Archived page", None),
        ("• Ferry strike ends after three days", None),
        ('"We stay" - harbour chief defies council', '"We stay" - harbour chief defies council'),
        ("Ferry strike ends after three days", "Ferry strike ends after three days"),
    ],
)
def test_clean_headline(title: str, clean: str | None) -> None:
    assert clean_headline(title) == clean


def test_record_title_loses_a_glued_label() -> None:
    text = (
        "1 day agoFerry strike ends after three days\n"
        "The harbour council and the ferry crews agreed on Monday to end a strike that had "
        "halted crossings for three days.\n"
        "The mayor said the deal would hold.\n"
    )
    art = Article(text=text, source="t")
    repair(art)
    assert art.title == "Ferry strike ends after three days"


@pytest.mark.parametrize("title", ["Talks Resume Today", "Ban on Social Media News"])
def test_a_headline_ending_in_a_masthead_like_word(title: str) -> None:
    assert not headline_furniture(title)
