"""Furniture kinds added in round 18 (furniture26): a one-sentence standfirst under the
headline that the report repeats further down; summary points that are full sentences
above the first plain paragraph ("At a glance") read as a standfirst, with the dateline
of the paragraph under them still found. Short invented pages."""

from __future__ import annotations

from sitroom.repair.furniture import find_furniture

HEAD = "Harbour town names its first woman mayor after a close council vote\n\n"
LEAD = (
    "The harbour council elected Jane Roe as mayor on Monday, ending a month of talks "
    "between the two largest groups on the council.\n\n"
)


def kinds(text: str) -> dict[str, str]:
    return {f.text: f.kind for f in find_furniture(text)}


def test_a_summary_sentence_the_report_repeats_is_a_standfirst() -> None:
    dek = "Previously, she led the port authority board for eleven years until last spring."
    page = (
        f"{HEAD}June 3, 2026 10:15 am\n\n{dek}\n\n{LEAD}"
        "Roe, 58, previously led the port authority board for eleven years until last "
        "spring, when she resigned to run for the council.\n"
    )
    assert kinds(page).get(dek) == "standfirst"


def test_a_lead_sentence_the_report_does_not_repeat_stays_prose() -> None:
    lead = "Jane Roe led the port authority board for eleven years until last spring."
    page = (
        f"{HEAD}June 3, 2026 10:15 am\n\n{lead}\n\n{LEAD}"
        "She resigned from the board to run for the council, her aides said.\n"
    )
    assert lead not in kinds(page)


def test_sentence_points_at_a_glance_are_a_standfirst() -> None:
    points = [
        "• Mayor Jane Roe said the council would delay the ferry terminal by two years.",
        "• The port authority said costs rose sharply after the winter storms.",
    ]
    page = (
        f"{HEAD}At a glance\n\n  {points[0]}\n  {points[1]}\n"
        "PORTVILLE: The harbour council voted on Monday to delay the new ferry terminal.\n"
        "The mayor said the crews would be paid in full while the work waits for funds.\n"
    )
    found = kinds(page)
    assert all(found.get(p) == "standfirst" for p in points)  # they keep their actors
    assert found.get("PORTVILLE:") == "dateline"  # the first paragraph is under them


def test_the_dateline_under_marked_summary_points_is_found() -> None:
    points = [
        "- Mayor Jane Roe said the council would delay the ferry terminal by two years.",
        "- The port authority said costs rose sharply after the winter storms.",
        "- Crews will be paid in full.",
    ]
    page = (
        HEAD + "\n".join(points) + "\n"
        "NAIROBI: At least 20 people were hurt when a ferry hit the pier on Monday, officials "
        "said.\nThe mayor said the crews would be paid in full while the work waits for funds.\n"
    )
    found = kinds(page)
    assert all(found.get(p) == "standfirst" for p in points)
    assert found.get("NAIROBI:") == "dateline"  # the points are no paragraph of the report
