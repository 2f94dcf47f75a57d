"""Which page line is the article's headline (sitroom.repair.furniture_titles): a menu set
twice, a title-case headline set twice under a teaser, a question opening an explainer's
question sub-headings (all lines written for the test)."""

from __future__ import annotations

from prose_checks import BODY, BODY2, kinds_of
from sitroom.article import Article
from sitroom.repair import repair
from sitroom.repair.furniture import find_furniture
from sitroom.repair.furniture_lines import split_lines
from sitroom.repair.furniture_titles import headline_case, is_menu

MENU = "Home World Politics Markets Business Sport"
HEAD = "Farm Union and Ministry Agree on River Bridge Costs"
URL = "https://news.example.org/article/farm-union-and-ministry-agree-on-river-bridge-costs"


def _titled(text: str, url: str | None = None) -> str | None:
    article = Article(text=text, url=url)
    repair(article)
    return article.title


def test_a_menu_set_twice_is_navigation_not_the_title() -> None:
    top = f"{MENU}\n{MENU}\n{HEAD} image from example.com\nImage from example.com\n\n{HEAD}\n\n"
    text = f"{top}Posted 2nd Jan 2026\n\n{BODY}\n\n{BODY2}\n"
    kinds = {f.text: f.kind for f in find_furniture(text, URL)}
    assert kinds[MENU] == "navigation"
    assert kinds[HEAD] == "title"
    assert _titled(text, URL) == HEAD  # (its alt text above does not void it)


def test_a_title_case_headline_twice_under_a_teaser_is_the_title() -> None:
    text = f"{BODY}\n{HEAD}\n\n{HEAD}\n{BODY2}\n"
    assert kinds_of(text)[HEAD] == "title"
    assert _titled(text) == HEAD


def test_a_caption_sentence_twice_under_prose_stays_a_caption() -> None:
    caption = "Farmers wait by the closed river bridge near the capital on Monday"
    text = f"{BODY}\n{caption}\n\n{caption}\n{BODY2}\n"
    assert kinds_of(text)[caption] == "caption"


def test_a_question_over_an_explainers_questions_is_a_subheading() -> None:
    qs = ["Why did the talks stall?", "What did the union ask?", "What happens next?"]
    text = "".join(f"{q}\n\n{b}\n\n" for q, b in zip(qs, [BODY, BODY2, BODY], strict=True))
    kinds = kinds_of(text)
    assert all(kinds.get(q) == "subheading" for q in qs)
    assert _titled(text) is None  # no headline on the page: no title
    headed = text.replace(qs[0], "Why Did the Bridge Talks Stall?")
    assert kinds_of(headed).get("Why Did the Bridge Talks Stall?") == "title"
    lone = f"Why did the talks stall?\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(lone).get("Why did the talks stall?") != "subheading"


def test_menu_and_headline_case_forms() -> None:
    menu, head = split_lines(f"{MENU}\n{HEAD}\n")
    assert is_menu(menu) and not is_menu(head)
    assert headline_case(head) and not headline_case(split_lines(BODY)[0])


SHOUTED = "FARM UNION AND MINISTRY AGREE ON BRIDGE COSTS"


def test_a_headline_in_capitals_is_the_title_not_a_menu() -> None:
    text = f"World\n\n{SHOUTED}\n\n{BODY}\n\n{BODY2}\n"
    kinds = kinds_of(text)
    assert kinds[SHOUTED] == "title"
    assert kinds["World"] != "title"
    assert _titled(text) == SHOUTED
    menu = "HOME WORLD SPORT BUSINESS"
    assert kinds_of(f"{menu}\n\n{HEAD}\n\n{BODY}\n")[menu] == "navigation"


def test_a_caption_over_a_title_case_headline_is_no_title() -> None:
    for caption in (
        "Soldiers stand guard outside the palace in the capital",
        "Protesters march in the capital on Monday.",
    ):
        for head in (HEAD, SHOUTED):
            text = f"{caption}\n\n{head}\n\n{BODY}\n\n{BODY2}\n"
            kinds = kinds_of(text)
            assert kinds[caption] == "caption" and kinds[head] == "title"
            assert _titled(text) == head
    plain = f"Soldiers stand guard outside the palace\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(plain).get("Soldiers stand guard outside the palace") == "title"
