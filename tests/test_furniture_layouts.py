"""Page layouts a wider set of outlets gives their furniture: page controls and comment
forms, copied link lists, news-desk bylines, site and section names above the headline, a
question headline, repeated headlines and captions (lines written for this test), and the
prose that must stay prose beside them."""

from __future__ import annotations

import pytest

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article, Furniture, Mention
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.run.pipeline import drop_furniture


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip to content", "share"),
        ("Scroll to Top", "share"),
        ("Back to top", "share"),
        ("Leave a Comment", "share"),
        ("Leave A Reply", "share"),
        ("Give Your Comments", "share"),
        ("Please enter your name here", "share"),
        ("Recent Articles", "share"),
        ("list of 3 items- list 1 of 3Farmers count their losses after the floods", "related"),
        ("- list 2 of 3Ministers trade barbs over bridge costs", "related"),
        ("Gazette News – Harbour City", "byline"),
        ("Example Media Network - Port Town", "byline"),
        ("Reporting from the central hospital in Port Town", "byline"),
        ("Entries in Bridge Talks (3)", "navigation"),
        ("Water minister Jane Roe (left) and union leader Sam Reed (right)", "caption"),
        ("Published Date: 03.04.2025 10:15 / Politics", "date"),
        ("[March 4, 2025] By", "date"),
    ],
)
def test_lines_by_their_own_form(line: str, kind: str) -> None:
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == kind


def test_site_and_section_names_above_the_headline() -> None:
    headline = "Ministers agree to share the cost of the river bridges"
    text = f"Daily Example News\nWorld News\n\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    article = Article(text=text)
    repair(article)
    assert article.title == headline
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds["Daily Example News"] != "title"


def test_a_long_headline_is_still_a_headline() -> None:
    headline = (
        "Farmers' union and water ministry agree to share the cost of repairing the river "
        "bridges as the harvest nears"
    )  # over 110 characters
    text = f"SECTION / ECONOMY\n{headline}\n{BODY}\n{BODY2}\n"
    article = Article(text=text)
    repair(article)
    assert article.title == headline


def test_question_headline_and_takeaways_above_the_prose() -> None:
    headline = "Will the River Bridges Reopen Before the Harvest?"
    points = [
        "- The ministry says repairs will start next month.",
        "- The farmers' union will pay part of the cost.",
    ]
    text = "\n".join([headline, "Key Takeaways", *points, BODY, BODY2]) + "\n"
    kinds = kinds_of(text)
    assert kinds[headline] == "title"
    assert kinds.get("Key Takeaways") is not None
    # summary points that are full sentences are a standfirst: their actors, events and
    # claims are the report's (only quotes and positions are not taken from them)
    assert all(kinds.get(p) == "standfirst" for p in points)
    assert BODY not in kinds


def test_one_party_marker_in_a_sentence_is_not_a_caption() -> None:
    line = "Senator Jane Roe (R) said the state would not pay for the bridges this year."
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line not in kinds_of(text)


def test_a_paragraph_opening_like_the_headline_is_not_glued() -> None:
    headline = "Bridge union leader"
    first = f"{headline}s met the minister on Tuesday and agreed to share the costs."
    text = f"{headline}\n{first}\n{BODY}\n"
    assert all(f.start == 0 for f in find_furniture(text) if f.kind == "title")


def test_repeated_headline_and_caption() -> None:
    headline = "Bridge Repairs to Start Next Month"
    caption = "A ferry waits at the flooded crossing near the capital"
    text = f"{headline}\n\n{headline}\n\n{caption}\n\n{caption}\n\n{BODY}\n\n{BODY2}\n"
    found = find_furniture(text)
    assert [f.kind for f in found if f.text == headline] == ["title", "title"]
    assert [f.kind for f in found if f.text == caption] == ["caption", "caption"]


def test_alt_text_cut_short_before_its_caption() -> None:
    cut = "Farmers wait at the flooded crossing for the ferry, according..."
    full = "Farmers wait at the flooded crossing for the ferry, according to local officials."
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{cut}\n{full}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds.get(cut) == "caption"
    assert kinds.get(full) == "caption"


def test_prose_stays_prose() -> None:
    questions = ["Would the union really pay?", "And who would check the work?"]
    text = (
        f"Bridge repairs to start next month\n\n{BODY}\n\n{questions[0]}\n\n{questions[1]}\n\n"
        f"{BODY2}\n\n{BODY}\n"  # a site printing a paragraph twice
    )
    kinds = kinds_of(text)
    assert not any(q in kinds for q in questions)
    assert BODY not in kinds and BODY2 not in kinds


def test_a_repeated_headline_names_its_actors_once() -> None:
    headline = "Ministry and Union Agree on Bridges"
    text = f"{headline}\n\n{headline}\n\n{BODY}\n"
    second = text.index(headline, 1)
    article = Article(text=text)
    article.furniture = [
        Furniture(0, len(headline), headline, "title"),
        Furniture(second, second + len(headline), headline, "title"),
    ]
    article.mentions = [
        Mention(0, 8, "Ministry", "ORG"),
        Mention(second, second + 8, "Ministry", "ORG"),
    ]
    drop_furniture(article)
    assert [m.start for m in article.mentions] == [0]


def test_hard_wrapped_page_with_header_lines() -> None:
    text = (
        "Bridge repairs to start next month, ministry says\n"
        "[March 4, 2025] By\n"
        "JANE ROE\n"
        "PORTVILLE (AP) — The water ministry and the farmers' union have agreed\n"
        "— at last — to share the cost of the river bridges. But the details are\n"
        "still thin, and the union says it has not seen the final figures.\n"
        "\n"
        "What did the two sides agree to?\n"
        "The minister said on Tuesday that the state would pay for the first two\n"
        "bridges and the union would pay for the third, once the harvest was in\n"
        "and the river had dropped below its spring level.\n"
    )
    found = {f.text: f.kind for f in find_furniture(text)}
    assert found.get("PORTVILLE (AP) —") == "dateline"
    assert found.get("What did the two sides agree to?") == "subheading"
    wrapped = "The minister said on Tuesday that the state would pay for the first two"
    assert not any(wrapped in t for t in found)


@pytest.mark.parametrize(
    ("opening", "head"),
    [
        ("Portville, Mar 4 (ENA) The water ministry said", "Portville, Mar 4 (ENA)"),
        ("Gazette News/ On Tuesday the water ministry said", "Gazette News/"),
        (
            "Jane Roe/Example Images(PORTVILLE) -- The water ministry said",
            "Jane Roe/Example Images(PORTVILLE) --",
        ),
    ],
)
def test_datelines_without_a_dash(opening: str, head: str) -> None:
    text = f"Bridge repairs to start next month\n\n{opening} {BODY[27:]}\n\n{BODY2}\n"
    datelines = [f.text for f in find_furniture(text) if f.kind == "dateline"]
    assert datelines == [head]


def test_headline_run_into_the_first_paragraph() -> None:
    headline = "Bridge repairs to start next month"
    text = f"{headline}\n{headline}{BODY}\n{BODY2}\n"
    found = [(f.start, f.text, f.kind) for f in find_furniture(text)]
    assert (len(headline) + 1, headline, "title") in found


def test_section_name_under_the_last_paragraph() -> None:
    text = f"Bridge repairs to start next month\n\n{BODY}\n\n{BODY2}\n\nWorld\n"
    assert kinds_of(text).get("World") == "navigation"
    cut = f"Bridge repairs to start next month\n\n{BODY}\n\n{BODY2}\n\nThe bri"
    assert "The bri" not in kinds_of(cut)


def test_source_note_and_read_the_full_article() -> None:
    last = "The two sides last met in the spring, when talks broke down over the costs."
    text = f"Bridge repairs to start next month\n{BODY}\n{last}\n(source: Example Wire)\n"
    kinds = kinds_of(text)
    assert kinds.get("(source: Example Wire)") == "credit"
    assert last not in kinds  # the article's last paragraph, not a caption
    more = f"Bridge repairs to start next month\n{BODY}\nRead the full article here\n"
    assert kinds_of(more).get("Read the full article here") == "related"
    note = f"Bridge repairs to start next month\n{BODY}\nOriginal Source: www.example.com\n"
    assert kinds_of(note).get("Original Source: www.example.com") == "credit"


def test_caption_above_the_headline_does_not_hide_it() -> None:
    caption = (
        "Water minister Jane Roe (L) walks along the flooded river bank with union leaders "
        "during a visit to the northern farms, 3 March 2025. EXAMPLE/STRINGER"
    )
    headline = "Ministry and union agree to share the cost of river bridges"
    text = f"{caption}\n\n{headline}\n\nPortville, Mar 4 (ENA).- {BODY}\n\n{BODY2}\n"
    article = Article(text=text)
    repair(article)
    assert article.title == headline
    assert [f.text for f in article.furniture if f.kind == "dateline"] == [
        "Portville, Mar 4 (ENA).-"
    ]


def test_staff_credits_run_on_after_the_last_paragraph() -> None:
    last = "The two sides last met in the spring."
    credits = "Reporting by Jane Roe; Editing by Sam Reed"
    text = f"Bridge repairs to start next month\n{BODY}\n{last} {credits}\n"
    found = {f.text: f.kind for f in find_furniture(text)}
    assert found.get(credits) == "share"
    assert last not in found


def test_reporting_by_in_a_sentence_stays_prose() -> None:
    line = "The two sides last met in the spring. Reporting by the local radio found new cracks."
    text = f"Bridge repairs to start next month\n{BODY}\n{line}\n"
    assert not any("Reporting" in f.text for f in find_furniture(text))
    wire = (
        "The two sides met in May. Reporting by Jane Roe; Writing and editing by S. Reed, T. Lee."
    )
    found = [f.text for f in find_furniture(f"Bridge repairs to start\n{BODY}\n{wire}\n")]
    assert "Reporting by Jane Roe; Writing and editing by S. Reed, T. Lee." in found


def test_two_different_title_lines_both_name_actors() -> None:
    first, second = "Ministry and Union Agree", "Union Leaders Hail Bridge Deal"
    text = f"{first}\n{second}\n\n{BODY}\n"
    at = len(first) + 1
    article = Article(text=text)
    article.furniture = [
        Furniture(0, len(first), first, "title"),
        Furniture(at, at + len(second), second, "title"),
    ]
    article.mentions = [Mention(0, 8, "Ministry", "ORG"), Mention(at, at + 5, "Union", "ORG")]
    drop_furniture(article)
    assert len(article.mentions) == 2
