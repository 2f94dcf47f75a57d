"""Furniture kinds added in round 21 (furniture29): alt text set right above its caption
with the credit added; the headlines of a box of video clips next to their running times;
a title-cased heading above a paragraph the page cuts off; a question heading above a
paragraph that ends in a heading run into it. Short invented pages."""

from __future__ import annotations

import pytest

from sitroom.repair.furniture import find_furniture

LEAD = (
    "The harbour council elected Jane Roe as mayor on Monday, ending a month of talks "
    "between the two largest groups on the council.\n\n"
    "Roe, 58, led the port authority board for eleven years until last spring.\n\n"
)
MORE = (
    "The ferry plan, which the council has debated since January, would add two routes "
    "to the northern islands and cut fares for pupils.\n\n"
)


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text)}


def test_alt_text_over_the_same_caption_with_its_credit_is_a_caption() -> None:
    alt = "Mayor Jane Roe speaks to reporters at the port."
    page = f"Harbour council picks a new mayor\n\n{alt}\n{alt} Photo: John Doe/Reuters\n\n{LEAD}"
    assert kinds(page).get(alt) == "caption"


def test_alt_text_over_a_caption_with_a_bracketed_credit_is_a_caption() -> None:
    alt = "Mayor Jane Roe opened the debate on the ferry plan in the council chamber"
    page = f"{LEAD}{alt}\n{alt} (Harbour Council/PA)\n\n{MORE}"
    assert kinds(page).get(alt) == "caption"


def test_a_paragraph_over_a_longer_paragraph_stays_prose() -> None:
    first = "The council met on Monday."
    page = f"{LEAD}{first}\n{first} It elected Jane Roe as mayor after a month of talks.\n\n{MORE}"
    assert first not in kinds(page)


def test_clip_headlines_next_to_running_times_are_related_links() -> None:
    clips = (
        "01:00\nStorm floods the coast road near the port as residents flee inland\n"
        "01:00\nFarmers rally against the new water tax in the capital\n"
    )
    found = kinds(f"{LEAD}{clips}")
    assert found.get("Storm floods the coast road near the port as residents flee inland") == (
        "related"
    )
    assert found.get("Farmers rally against the new water tax in the capital") == "related"


def test_one_clock_time_makes_no_video_box() -> None:
    line = "Council members argue over the cost of the new routes"
    found = kinds(f"{LEAD}10:30\n{line}\n\n{MORE}")
    assert found.get(line) != "related"


def test_a_title_cased_heading_over_a_cut_paragraph_is_a_subheading() -> None:
    head = "The Mayor’s Role on the Regional Transport Board"
    page = f"{LEAD}{head}\n\nRoe will also sit on the regional transport board, which sets"
    assert kinds(page).get(head) == "subheading"


def test_a_question_heading_over_a_paragraph_closed_by_a_run_in_heading() -> None:
    para = (
        "Roe takes office on Friday and has promised a vote on the ferry plan within a month, "
        "her spokesman said on Tuesday after the council adjourned for the week.What Comes Next "
        "for the Ferries?"
    )
    page = f"{LEAD}What Happened?\n\n{para}\n\n{MORE}"
    assert kinds(page).get("What Happened?") == "subheading"


def test_a_question_between_short_questions_stays_prose() -> None:
    page = f"{LEAD}Who pays for the ferries?\n\nWho gains from them?\n\n{MORE}"
    assert "Who gains from them?" not in kinds(page)


def test_a_teaser_summary_inside_a_box_closing_the_page_is_related() -> None:
    summary = "The coast road winds past old fishing villages and a lighthouse."
    box = (
        "Same category\nHidden beaches of the north coast\n"
        f"{summary}\nWatch the old lighthouse at dawn\nSame author\nHeritage\nNews\n"
    )
    assert kinds(f"{LEAD}{MORE}{box}").get(summary) == "related"


def test_a_paragraph_after_a_related_link_with_prose_below_stays_prose() -> None:
    para = "The mayor said the first new route would open in the spring."
    page = f"{LEAD}Related: Ferry fares to rise\n\n{para}\n\nRelated: Port strike ends\n\n{MORE}"
    assert para not in kinds(page)


@pytest.mark.parametrize(
    "caption",
    [
        "Jane Roe takes the oath of office at the State House in Mapleton, Examplia, on "
        "March 21, 2025.",
        "Supporters of the ruling party celebrate in Mapleton, Examplia, March 21, 2025.",
    ],
)
def test_a_dated_caption_naming_a_state_house_or_a_ruling_party_is_a_caption(
    caption: str,
) -> None:
    # "State" (a name's word) and "ruling" (after an article) are no verbs of saying
    page = f"Harbour council picks a new mayor\n\n{caption}\n\n{LEAD}{MORE}"
    assert kinds(page).get(caption) == "caption"


def test_a_sentence_that_states_a_fact_stays_prose() -> None:
    line = "The council will state its position on the ferry plan on March 21, 2025."
    assert line not in kinds(f"Harbour council picks a new mayor\n\n{line}\n\n{LEAD}{MORE}")
