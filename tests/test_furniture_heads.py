"""Headlines and page lines found by their wording (sitroom.repair.furniture_heads): the
headline the page's address spells out, a headline ending in "!", a sentence naming its
source at its end, a date run into a site's name, date-and-section links under the story,
a credit label closing a paragraph, and other page texts (all lines written for the test)."""

from __future__ import annotations

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.repair.furniture_heads import REPORTED_TAIL, slug_title
from sitroom.repair.furniture_lines import split_lines

HEAD = "The union and the ministry agree on who pays for the river bridges after long talks."
URL = "https://news.example.org/2025/06/the-union-and-the-ministry-agree-on-who-pays-for-the-river-bridges-after-long-talks-8a7b6c5d"


def test_the_address_names_a_headline_that_ends_with_a_full_stop() -> None:
    label = "Farm leaders and the minister\n\nImage source, Example Images"
    text = f"{HEAD}\n\n{label}\n\n{BODY}\n\n{BODY2}\n"
    kinds = {f.text: f.kind for f in find_furniture(text, URL)}
    assert kinds[HEAD] == "title"
    assert kinds["Farm leaders and the minister"] == "caption"  # not a second title
    article = Article(text=text, url=URL)
    repair(article)
    assert article.title == HEAD


def test_the_address_does_not_make_a_first_paragraph_a_headline() -> None:
    url = "https://news.example.org/the-water-ministry-said-repairs-to-river-crossings-would-start"
    text = f"{BODY}\n\n{BODY2}\n"
    assert find_furniture(text, url) == []
    lines = split_lines(text)
    assert slug_title(lines, [None] * len(lines), url) is None
    assert find_furniture(f"{HEAD}\n\n{BODY}\n", None) == []  # no address: no guess


def test_a_headline_ending_with_an_exclamation_mark() -> None:
    head = "Farmers Win Their Bridge Fight!"
    article = Article(text=f"{head}\n{BODY}\n{BODY2}\n")
    repair(article)
    assert article.title == head
    assert kinds_of(f"{head}\n{BODY}\n{BODY2}\n").get(head) == "title"
    kinds = kinds_of(f"{BODY}\n\n“We won the bridge fight!” he said.\n\n{BODY2}\n")
    assert not kinds  # a quotation stays prose


def test_a_sentence_naming_its_source_at_its_end_is_neither_headline_nor_caption() -> None:
    line = "The minister on Tuesday approved the farmers' bridge plan, Example News reports"
    assert REPORTED_TAIL.search(line)
    assert not REPORTED_TAIL.search("Minister approves bridge plan: report")
    text = f"Tell a friend\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds.get("Tell a friend") == "share"
    assert line not in kinds
    article = Article(text=text)
    repair(article)
    assert article.title != line


def test_a_date_run_into_the_site_name_is_a_date_not_a_headline() -> None:
    text = f"March 3, 2025Example Report\n{BODY}\n{BODY2}\n"
    assert kinds_of(text).get("March 3, 2025Example Report") == "date"
    article = Article(text=text)
    repair(article)
    assert article.title != "March 3, 2025Example Report"


def test_section_and_date_links_after_the_story() -> None:
    tail = "\n".join(["Region", "May 2025", "Region", "June 2025", "Region", "June 2025"])
    kinds = {f.start: f.kind for f in find_furniture(f"{BODY}\n{BODY2}\n{tail}")}
    assert len(kinds) == 6
    # a story that ends on a short line of its own keeps it
    assert kinds_of(f"{BODY}\n{BODY2}\nRegion\n") in ({}, {"Region": "navigation"})


def test_a_credit_label_closing_a_paragraph_marks_the_label_only() -> None:
    para = f"{BODY} {BODY2} Credit: Example Video via Example Agency"
    found = find_furniture(f"{BODY}\n\n{para}\n")
    assert [(f.text, f.kind) for f in found] == [
        ("Credit: Example Video via Example Agency", "credit")
    ]
    caption = "Farmers stand by the broken bridge on Monday. Credit: Example Agency"
    assert kinds_of(f"{caption}\n\n{BODY}\n\n{BODY2}\n").get(caption) == "caption"


def test_caption_labels_and_a_spaced_agency_credit() -> None:
    cap = "photo caption, The minister and union leaders walk to the talks in the capital"
    assert kinds_of(f"{HEAD}\n\n{cap}\n\n{BODY}\n\n{BODY2}\n").get(cap) == "caption"
    line = "Farmers block a road near the bridge, in Port Town June 26, 2025.REUTERS/ Jane Roe"
    assert kinds_of(f"{BODY}\n\n{line}\n\n{BODY2}\n").get(line) == "caption"


def test_the_address_names_a_headline_in_capitals_below_a_teaser() -> None:
    head = HEAD.rstrip(".").upper()
    text = f"Contact Us\n{BODY}\n\nPublished June 3, 2025\n{head}\n\n{BODY2}\n"
    kinds = {f.text: f.kind for f in find_furniture(text, URL)}
    assert kinds[head] == "title"
    assert kinds["Contact Us"] != "title"
    assert BODY not in kinds
    assert find_furniture(text, None) and head not in {
        f.text for f in find_furniture(text, None) if f.kind == "title"
    }  # without the address it stays a menu line


def test_a_caption_run_into_the_first_paragraph() -> None:
    cap = "A farmer waving a union flag walks past the broken bridge in Port Town on May 4, 2025."
    text = f"{cap} {BODY}\n\n{BODY2}\n"
    found = [(f.text, f.kind) for f in find_furniture(text)]
    assert found == [(cap, "caption")]
    above = "Above, farmers stand on the broken bridge in Port Town on May 4, 2025."
    text = f"{BODY}\n\n{above} {BODY2}\n"
    assert [(f.text, f.kind) for f in find_furniture(text)] == [(above, "caption")]
    # the report's own lead in the past tense, or not on the first line, stays prose
    lead = "Farmers blocked the broken bridge in Port Town on May 4, 2025."
    assert find_furniture(f"{lead} {BODY}\n\n{BODY2}\n") == []
    assert find_furniture(f"{BODY}\n\n{cap} {BODY2}\n") == []


def test_photo_labels_and_agency_sign_offs() -> None:
    cap = "Photo/Illustration The minister walks to the talks in the capital on Monday."
    assert kinds_of(f"{cap}\n\n{BODY}\n\n{BODY2}\n").get(cap) == "caption"
    signed = kinds_of(f"{BODY}\n\n{BODY2}\n\n- Agencies\n")
    assert signed == {"- Agencies": "credit"}  # the last paragraph above it stays prose
    short = "The union will pay for the rest of them, its leader told reporters."
    assert kinds_of(f"{BODY}\n\n{short}\n\nAgencies\n") == {"Agencies": "credit"}
