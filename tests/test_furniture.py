"""Page furniture: every kind of line a news page wraps around its prose (lines written for
this test in the styles of common outlets), and prose that must stay prose."""

from __future__ import annotations

import pytest

from prose_checks import kinds_of
from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import byline_author, find_furniture
from sitroom.repair.furniture_datelines import dateline_place

BODY = (
    "The foreign ministry said on Tuesday that talks with its neighbour would resume next "
    "week in the capital, after months of stalled negotiations over the shared border."
)
BODY2 = (
    "Officials from both governments met for five hours and agreed to set up a joint "
    "committee to examine the disputed river crossings, a spokesperson told reporters."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: AFP", "credit"),
        ("Photograph: Jane Roe/Reuters", "credit"),
        ("(Image: Getty)", "credit"),
        ("REUTERS/John Doe", "credit"),
        ("Image source, Getty Images", "credit"),
        ("By Maria Lopez and Tom Quinn", "byline"),
        ("By Staff, Agencies", "byline"),
        ("Updated March 3, 2025 at 4:10 PM EST", "date"),
        ("Published On 12 Nov 2025", "date"),
        ("Share this article", "share"),
        ("Advertisement", "share"),
        ("Your browser does not support HTML5 video.", "player"),
        ("Read more: Ministers meet again over river dispute", "related"),
        ("Reporting by Ali Khan; Editing by Ruth Moss", "share"),
        ("HOME WORLD BUSINESS SPORT OPINION", "navigation"),
        ("FILE PHOTO: A border post near the river crossing, May 2, 2024.", "caption"),
        ("Home > World > Africa", "share"),
        ("Sam Reed/AFP via Getty Images", "credit"),
        ("5 min read", "share"),
        ("Tags: border, talks, river", "share"),
        ("Follow us on X", "share"),
        ("This story has been updated with the minister's remarks.", "share"),
        ("Associated Press writer Sam Reed in Cairo contributed to this report.", "share"),
        ("Lina Haddad contributed reporting from Beirut.", "share"),
        ("Email Sam Reed at sreed@example.com or follow him on X.", "share"),
        ("sreed@example.com", "share"),
        ("twitter.com/samreed", "share"),
        ("copyright Example News 2025 - all material reserved", "share"),
        ("- Order Reprints", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("SOURCE: News agencies", "credit"),
        ("Credit...Sam Reed/The Daily Example", "credit"),
        ("Story by Maria Lopez", "byline"),
        ("You may also like...", "related"),
        ("Also on example.com Ministers trade barbs over the river crossings", "related"),
        ("Border town fears new floods as talks stall [VIDEO]", "related"),
        ("This video can not be played", "player"),
        ("- 'Merciless gangs' -", "subheading"),
        ("– Talks stall –", "subheading"),
    ],
)
def test_lines_by_their_own_form(line: str, kind: str) -> None:
    text = f"Talks to resume over river border\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == kind


def test_title_caption_subheading_and_dateline() -> None:
    caption = "A soldier stands guard at a checkpoint near the river crossing on Monday."
    text = (
        "Talks to resume over river border\n"
        f"{caption}\n"
        "(AP Photo/Sam Reed)\n"
        f"CAIRO (AP) — {BODY}\n"
        "What comes next\n"
        f"{BODY2}\n"
    )
    found = find_furniture(text)
    kinds = {f.text: f.kind for f in found}
    assert kinds["Talks to resume over river border"] == "title"
    assert kinds[caption] == "caption"
    assert kinds["(AP Photo/Sam Reed)"] == "credit"
    assert kinds["What comes next"] == "subheading"
    assert kinds["CAIRO (AP) —"] == "dateline"
    assert dateline_place(found) == "CAIRO"


@pytest.mark.parametrize(
    "opening",
    ["KHARTOUM, Nov 7 (Reuters) -", "New Delhi, Jul 10:", "ISLAMABAD-", "WASHINGTON :",
     "July 10 (UPI) --", "Beirut, Lebanon —", "LONDON/PARIS, Dec 3 (Reuters) -",
     "DUBAI, United Arab Emirates (AP) —", "New Delhi [India], May 10 (ANI):"],
)  # fmt: skip
def test_dateline_variants(opening: str) -> None:
    text = f"Talks to resume over river border\n\n{opening} {BODY}\n"
    assert kinds_of(text).get(opening) == "dateline"


@pytest.mark.parametrize(
    ("glued", "head"), [("BRUSSELS—", "BRUSSELS—"), ("Cairo (CNN)", "Cairo (CNN)")]
)
def test_datelines_glued_to_the_sentence(glued: str, head: str) -> None:
    text = f"Talks to resume over river border\n\n{glued}{BODY}\n"
    assert kinds_of(text).get(head) == "dateline"


def test_caption_without_credit_and_standfirst() -> None:
    dek = "Ministers hope a joint committee can end years of dispute over the crossings"
    caption = (
        "Soldiers stand guard at a checkpoint near the river crossing outside the town on Monday"
    )
    text = f"Talks to resume over river border\n{dek}\n\n{BODY}\n\n{caption}\n\n{BODY2}\n"
    found = find_furniture(text)
    kinds = {f.text: f.kind for f in found}
    assert kinds[dek] == "standfirst"  # under the headline: the page's summary
    assert kinds[caption] == "caption"
    article = Article(text=text)
    repair(article)
    assert article.title == "Talks to resume over river border"


def test_a_paragraph_broken_in_two_is_not_a_caption() -> None:
    head = "The foreign ministry said on Tuesday that talks with its neighbour would resume"
    tail = "next week in the capital, officials said."
    text = f"Talks to resume\n\n{BODY}\n\n{head}\n\n{tail}\n\n{BODY2}\n"
    assert head not in kinds_of(text)


@pytest.mark.parametrize(
    "prose",
    [
        "El-Fasher fell to the paramilitary force after an 18-month siege of the city.",
        "The Greek-owned vessel sank after the attack, the maritime agency said.",
        "Trump: the United States will not attend the summit this year at all.",
        '"We cannot be held back by one country," the spokesperson told reporters.',
    ],
)
def test_prose_is_not_furniture(prose: str) -> None:
    text = f"Talks to resume over river border\n\n{BODY}\n\n{prose}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert not any(prose.startswith(t) for t in kinds if kinds[t] != "title"), kinds
    assert BODY not in kinds and BODY2 not in kinds


def test_repair_keeps_furniture_as_metadata() -> None:
    text = (
        "Talks to resume over river border\n"
        "By Maria Lopez\n"
        "A soldier stands guard at a checkpoint. Photo: Reuters\n"
        f"NAIROBI, Kenya — {BODY}\n"
        f"{BODY2}\n"
    )
    article = Article(text=text)
    repair(article)
    assert article.title == "Talks to resume over river border"
    assert article.author == "Maria Lopez"
    assert article.dateline == "NAIROBI"
    assert {f.kind for f in article.furniture} >= {"title", "byline", "caption", "dateline"}
    for f in article.furniture:
        assert article.text[f.start : f.end] == f.text
    assert byline_author(article.furniture) == "Maria Lopez"


def test_line_before_a_lead_image_credit_is_prose() -> None:
    quote = '"We cannot be held back by one country," the spokesperson told reporters.'
    text = f"Talks resume\n\n{BODY}\n{quote}\nCover photo: REUTERS\n{BODY2}\n"
    assert quote not in kinds_of(text)


def test_caption_never_names_the_article() -> None:
    article = Article(text=f"Photo: AFP\nA crowd gathers in the square. Photo: AFP\n{BODY}\n")
    repair(article)
    assert article.title is None or "Photo" not in article.title


def test_site_name_above_a_repeated_headline() -> None:
    head = "Ship sinks after strike in the gulf, four dead"
    kinds = kinds_of(f"Osun\n\n{head}\n\n{head}\n\n{BODY}\n\n{BODY2}\n")
    assert kinds["Osun"] == "other"
    assert kinds[head] == "title"


@pytest.mark.parametrize(
    "line", ["Military action", "What happens next?"], ids=["before-cut-end", "question"]
)
def test_subheading_shapes(line: str) -> None:
    if line.endswith("?"):
        text = f"Talks to resume over river border\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    else:  # the page breaks off after the sub-heading
        text = f"Talks to resume over river border\n\n{BODY}\n\n{BODY2}\n\n{line}\n'Operation \n"
    assert kinds_of(text).get(line) == "subheading"


@pytest.mark.parametrize(
    "opening", ["Kyiv, Ukraine, Monday, 12 May 2025 —", "GAZA CITY, 12 May 2025 (AFP) -"]
)
def test_day_month_datelines(opening: str) -> None:
    text = f"Talks to resume over river border\n\n{opening} {BODY}\n"
    assert kinds_of(text).get(opening) == "dateline"


def test_a_page_cut_mid_sentence_leaves_prose() -> None:
    text = f"Talks to resume over river border\n\n{BODY}\n\n{BODY2}\n\nThose officials said the"
    assert "Those officials said the" not in kinds_of(text)


def test_a_wire_dateline_after_a_summary_block() -> None:
    """A summary and its bullet points may come before the report: the full wire form
    of a dateline is one wherever its paragraph starts; a looser form only near the top."""
    summary = "\n\n".join(
        [
            "Talks to resume over river border",
            "Officials from both countries said a new round of talks would start next week.",
            "The last round ended without a deal on the crossings.",
            "Farmers on both banks have waited two years for the river to open again.",
            "• Talks resume next week.",
            "• Crossings stay closed.",
        ]
    )
    wire = f"{summary}\n\nDAMASCUS, Syria (AP) — {BODY}\n\nCairo - {BODY2}\n"
    found = kinds_of(wire)
    assert found.get("DAMASCUS, Syria (AP) —") == "dateline"
    assert not any(text.startswith("Cairo") for text in found)


def test_a_run_of_short_bullet_points_after_the_prose_is_furniture() -> None:
    text = (
        f"Talks to resume over river border\n\n{BODY}\n\nKey points\n\n"
        "  • Both sides agree to meet again next week.\n"
        "  • The crossings stay closed until then.\n\n"
        f"{BODY2}\n"
    )
    found = kinds_of(text)
    assert found.get("• Both sides agree to meet again next week.") == "other"
    assert found.get("• The crossings stay closed until then.") == "other"
    assert not any(t.startswith(BODY2[:20]) for t in found)


def test_an_unpunctuated_line_over_the_byline_is_the_photo_caption() -> None:
    caption = "Soldiers stand guard outside the parliament building ahead of the vote on the budget"
    text = f"Talks to resume over river border\n\n{caption}\nBy Jane Doe, CNN\n\n{BODY}\n"
    assert kinds_of(text).get(caption) == "caption"


def test_a_slash_credit_trail_and_the_summary_after_the_headline() -> None:
    title = "River talks to resume next week"
    summary = "Both sides said the crossings would stay shut. Farmers wait."
    line = f"{title}/ Daily Wire Site/ CAIRO/ A. Writer/ Evening Edition/ {summary}"
    found = kinds_of(f"{title}\n\n{line}\n\n{BODY}\n")
    assert found.get("/ Daily Wire Site/ CAIRO/ A. Writer/ Evening Edition/") == "byline"
    assert found.get(summary) == "other"


@pytest.mark.parametrize(
    "caption",
    [
        "Farmers block a highway with their tractors, in Lyon",
        "A woman walks past a shuttered bank, in Harare, Zimbabwe, May 3, 2025",
    ],
)
def test_a_wire_caption_ending_on_its_place_is_no_title(caption: str) -> None:
    text = f"{caption}\n10:15 GMT, May 4, 2025\n\n{BODY}\n\n{BODY2}\n"
    kinds = {f.text: f.kind for f in find_furniture(text)}
    assert kinds.get(caption) == "caption"


def test_a_headline_naming_a_place_stays_the_title() -> None:
    title = "Talks on river border to resume in Geneva"
    text = f"{title}\n\n{BODY}\n\n{BODY2}\n"
    assert {f.text: f.kind for f in find_furniture(text)}.get(title) == "title"


@pytest.mark.parametrize(
    "caption",
    [
        "Illustrative image from March 3, 2025 shows the river bridge near the capital.",
        "Representative picture of farmers waiting at the closed bridge.",
        "File photo of the ministry building in the capital",
    ],
)
def test_a_stock_or_archive_photo_label_is_a_caption(caption: str) -> None:
    body = "The water ministry said on Tuesday that repairs would start next month."
    text = f"{caption}\nImage\n\n{body}\n\n{body} The union agreed.\n"
    assert kinds_of(text)[caption] == "caption"
    prose = "File photos show the bridge was closed for repairs in the spring."
    assert prose not in kinds_of(f"{prose}\n\n{body}\n")
