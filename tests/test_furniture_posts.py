"""Furniture of a page's posts (round 23, furniture31): readers' comment threads under
the report, a live page's post heading over its time stamp, and a headline the page cut off
mid-phrase with an ellipsis. Short invented pages; the prose beside them stays prose."""

from __future__ import annotations

from sitroom.repair.furniture import find_furniture
from sitroom.repair.furniture_lines import ends_sentence
from sitroom.repair.furniture_posts import comment_opening

LEAD = (
    "The harbour council elected Jane Roe as mayor on Monday, ending a month of talks "
    "between the two largest groups on the council.\n\n"
    "Roe, 58, led the port authority board for eleven years until last spring.\n\n"
)
HEAD = "Harbour council elects port chief as its new mayor after month of talks"


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text)}


def test_a_comment_opening_is_a_name_and_an_age() -> None:
    assert comment_opening("Marie il y a 2 jours")
    assert comment_opening("Port lover 3 hours ago")
    assert comment_opening("jroe77 · 5 days ago")
    assert not comment_opening("This was published 3 months ago")
    assert not comment_opening("The council voted 3 days ago")


def test_a_comment_thread_under_its_header_is_furniture() -> None:
    page = (
        f"{HEAD}\n\n{LEAD}Comments (2)\n\n  • image\n    Marie il y a 2 jours\n\n"
        "    Enfin une maire qui connait le port!!\n\n  • image\n    Sam 4 hours ago\n\n"
        "    Nothing will change\n    The ferry is still late every single morning of the week.\n"
    )
    found = kinds(page)
    for line in (
        "Marie il y a 2 jours",
        "Enfin une maire qui connait le port!!",
        "Sam 4 hours ago",
        "Nothing will change",
        "The ferry is still late every single morning of the week.",
    ):
        assert line in found, line
    assert not any(k in LEAD for k in found if len(k) > 30)  # the report stays prose


def test_a_comments_word_above_the_report_opens_no_thread() -> None:
    later = "Roe said the ferry plan would be her first task as mayor of the town.\n"
    page = f"Comments (4)\n\n{HEAD}\n\n{LEAD}{later}"
    assert later.strip() not in kinds(page)


def test_a_live_post_heading_over_its_time_stamp_is_a_subheading() -> None:
    heading = (
        "Ferry services expected to resume on Thursday as the repairs on the old quay near "
        "completion"
    )  # (longer than a sub-heading between paragraphs)
    post = "The harbour authority said crews had worked through the night on the quay."
    page = f"{HEAD}\n\n{LEAD}{heading}\n\n16:00 , Jane Roe\n\n{post}\n"
    found = kinds(page)
    assert found.get(heading) == "subheading"
    assert post not in found


def test_a_short_prose_line_over_a_time_is_not_a_post_heading() -> None:
    line = "The vote was held at the town hall."
    page = f"{HEAD}\n\n{LEAD}{line}\n\n16:00\n\nRoe thanked the council and left.\n"
    assert line not in kinds(page)


def test_a_line_cut_mid_phrase_by_an_ellipsis_ends_no_sentence() -> None:
    assert not ends_sentence("Port town: the council elects its mayor to…")
    assert not ends_sentence("Le conseil élit une maire pour...")
    assert ends_sentence("She paused and said nothing…")
    assert ends_sentence("The council voted.")


def test_a_headline_cut_by_an_ellipsis_is_the_title() -> None:
    head = "Port town: the council elects a new mayor after a long month of talks to…"
    assert kinds(f"{head}\n\n{LEAD}").get(head) == "title"
    assert kinds(f"Se connecter\n\n{head}\n\n{LEAD}").get(head) == "title"
