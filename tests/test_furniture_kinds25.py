"""Furniture kinds added in round 17 (furniture25): a section label over the headline that
a folder of the page's address spells out; other stories' links of up to eight words at
the page's end; summary points above the article kept readable as a standfirst. Short
invented pages."""

from __future__ import annotations

from sitroom.repair.furniture import find_furniture

LEAD = "The harbour council voted on Monday to delay the new ferry terminal by two years.\n"
MORE = "\nThe mayor said the crews would be paid in full while the work waits for new funds.\n"


def kinds(text: str, url: str | None = None) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text, url)}


SECTION_PAGE = (
    "Lake Radio\n\nCoast FM\n\nThe old pier at dusk, seen from the ferry in March\n\n"
    "Photo/harbourtimes/file\n\nHarbour Vote 2026\n\n"
    "Council delays ferry terminal as costs rise again for the harbour town\n\n"
    f"{LEAD}{MORE}"
)
SECTION_URL = "https://example.org/read/harbour-vote-2026/council-delays-terminal-plan"


def test_a_section_label_from_the_address_is_navigation_over_the_headline() -> None:
    found = kinds(SECTION_PAGE, SECTION_URL)
    assert found.get("Harbour Vote 2026") == "navigation"
    head = "Council delays ferry terminal as costs rise again for the harbour town"
    assert found.get(head) == "title"
    assert found.get("Lake Radio") != "title"


def test_a_line_the_address_does_not_spell_is_no_section_label() -> None:
    url = "https://example.org/read/local/council-delays-terminal-plan"
    assert kinds(SECTION_PAGE, url).get("Harbour Vote 2026") != "navigation"


TAIL = (
    "Ferry terminal delayed\n\n"
    f"{LEAD}{MORE}"
    "\nSame category\n\nHarbour ferries of old\n\n"
    "The old ferry route is likened to a small Venice by its visitors.\n\n"
    "Watch the old lighthouse come alive at dawn\n\n"
    "Explore the northern pine forest trails\n\nSame author\n\nHeritage\n\n"
    "No videos available\n\nNews\n\nTravel\n"
)


def test_headline_length_links_after_the_report_are_related() -> None:
    found = kinds(TAIL)
    assert found.get("Watch the old lighthouse come alive at dawn") == "related"
    assert found.get("Explore the northern pine forest trails") == "related"


def test_a_closing_list_of_the_reports_own_stays_prose() -> None:
    page = (
        f"Ferry terminal delayed\n\n{LEAD}{MORE}\nThe council listed its reasons:\n\n"
        "- higher steel prices this year\n\n- a shortage of welders\n\n- the storm damage\n\n"
        "- the new safety rules\n"
    )
    assert "- a shortage of welders" not in kinds(page)


def test_summary_points_above_the_article_are_a_standfirst() -> None:
    page = (
        "Ferry terminal delayed\n\n"
        "- Mayor Jane Roe said the harbour council had delayed the terminal by two years\n\n"
        "- Costs rose sharply after the winter storms\n\n"
        f"{LEAD}{MORE}"
    )
    found = kinds(page)
    point = "- Mayor Jane Roe said the harbour council had delayed the terminal by two years"
    assert found.get(point) == "standfirst"  # still furniture: no quote is taken from it


def test_a_teasers_opening_over_its_time_in_a_news_box_is_related() -> None:
    opening = (
        "Crews worked through the night to clear the flooded road north of the bridge, and "
        "the first buses crossed it again early on Tuesday morning after the water fell"
    )
    page = (
        f"Ferry terminal delayed\n\n{LEAD}{MORE}\nLATEST NEWS\n\n"
        "Flooded road reopens north of the bridge\n\n"
        f"{opening}\n\n2 hours ago\n\n"
        "Storm warning lifted for the coast\n\n3 hours ago\n"
    )
    assert kinds(page).get(opening) == "related"
