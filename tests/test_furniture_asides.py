"""Furniture of round 4 (furniture13): a place and a colon opening the first paragraph, a
quote only opened by a dateline, positions in a photo set off by commas, reader polls,
a writer's roles between bars, author boxes, links run on after a paragraph, and longer
question sub-headings. Lines written for these tests."""

from __future__ import annotations

from prose_checks import kinds_of
from sitroom.article import Furniture, Quote, Span
from sitroom.repair.furniture import find_furniture
from sitroom.repair.furniture_datelines import past_dateline

HEAD = "Border talks resume after long pause"
BODY = (
    "The foreign ministry said on Tuesday that talks with its neighbour would resume next "
    "week in the capital, after months of stalled negotiations over the shared border."
)
BODY2 = (
    "Officials from both governments met for five hours and agreed to set up a joint "
    "committee to examine the disputed river crossings, a spokesperson told reporters."
)


def test_place_and_colon_opening_the_first_paragraph_is_a_dateline() -> None:
    first = "Tashkent: The two delegations met on Tuesday for a second round of talks."
    text = f"{HEAD}\n\n{first}\n{BODY}\n"
    assert kinds_of(text).get("Tashkent:") == "dateline"


def test_speaker_label_with_first_person_words_is_no_dateline() -> None:
    first = "Roe: We will meet them again next month in the capital, and we will win."
    text = f"{HEAD}\n\n{first}\n{BODY}\n"
    assert "Roe:" not in kinds_of(text)


def test_transcript_labels_are_no_dateline() -> None:
    text = (
        f"{HEAD}\n\nRoe: The two delegations met on Tuesday for a second round of talks.\n"
        "Reed: The committee will examine the disputed crossings over the next month.\n"
    )
    assert "Roe:" not in kinds_of(text)


def test_label_word_with_colon_is_no_dateline() -> None:
    first = "Details: The two delegations met on Tuesday for a second round of talks."
    text = f"{HEAD}\n\n{first}\n{BODY}\n"
    assert kinds_of(text).get("Details:") != "dateline"


def _quote(start: int, text: str, speaker: Span | None = None) -> Quote:
    return Quote(start, start + len(text), text, "indirect", None, speaker)


def test_quote_opened_by_a_dateline_starts_after_it() -> None:
    quote = _quote(10, "Tashkent: talks will resume next week")
    assert past_dateline(quote, [Furniture(10, 19, "Tashkent:", "dateline")])
    assert quote.text == "talks will resume next week" and quote.start == 20


def test_quote_with_its_speaker_in_the_dateline_is_dropped() -> None:
    quote = _quote(10, "talks will resume next week", speaker=Span(10, 18, "Tashkent"))
    assert not past_dateline(quote, [Furniture(10, 19, "Tashkent:", "dateline")])


def test_quote_in_a_caption_is_dropped_and_one_outside_kept() -> None:
    caption = [Furniture(0, 40, "x" * 40, "caption")]
    assert not past_dateline(_quote(5, "talks will resume next week"), caption)
    assert past_dateline(_quote(50, "talks will resume next week"), caption)


def test_position_in_photo_between_commas_is_a_caption() -> None:
    line = "Party leader Jane Roe, center, bows after the vote in parliament on Tuesday."
    assert kinds_of(f"{HEAD}\n\n{line}\n\n{BODY}\n{BODY2}\n").get(line) == "caption"
    two = "Jane Roe, second left, and Sam Reed, right, arrive for the talks in the capital."
    assert kinds_of(f"{HEAD}\n\n{two}\n\n{BODY}\n{BODY2}\n").get(two) == "caption"


def test_position_words_in_an_attributed_sentence_stay_prose() -> None:
    line = "Jane Roe, center, said the talks would resume in the capital next week."
    assert line not in kinds_of(f"{HEAD}\n\n{line}\n{BODY}\n{BODY2}\n")
    vowed = "Jane Roe, center, warns of new strikes on the capital next week."
    assert vowed not in kinds_of(f"{HEAD}\n\n{vowed}\n{BODY}\n{BODY2}\n")
    later = "Jane Roe, center, waves to supporters in the capital on Tuesday."
    assert later not in kinds_of(f"{HEAD}\n\n{BODY}\n{later}\n{BODY2}\n")  # among prose


def test_reader_poll_question_is_furniture() -> None:
    poll = "Do you think the border talks will succeed this time?"
    assert kinds_of(f"{HEAD}\n\n{BODY}\n\n{poll}\n\n{BODY2}\n").get(poll) == "other"


def test_roles_between_bars_and_author_box_are_bylines() -> None:
    roles = "Reporter | Video Editor | Filmmaker | Sports Writer"
    found = kinds_of(f"{HEAD}\n\n{BODY}\n{roles}\n{BODY2}\n")
    assert found.get(roles) == "byline" and BODY not in found
    box = "About the Author\nJane Roe\nSenior Editor\nShe covers the region.\n"
    box = f"{HEAD}\n\n{BODY}\n{BODY2}\n{box}"
    found = kinds_of(box)
    assert {"Jane Roe", "Senior Editor", "She covers the region."} <= set(found)


def test_link_run_on_after_a_paragraph_is_related() -> None:
    line = BODY + "Also Read | Border talks stall again over river crossings"
    found = kinds_of(f"{HEAD}\n\n{line}\n{BODY2}\n")
    assert found.get("Also Read | Border talks stall again over river crossings") == "related"
    assert BODY not in found


def test_longer_question_between_paragraphs_is_a_subheading() -> None:
    ask = "What happens to the families living along the border crossings now?"
    assert kinds_of(f"{HEAD}\n\n{BODY}\n\n{ask}\n\n{BODY2}\n").get(ask) == "subheading"


# -- round 12 (furniture20): a question over a paragraph cut by a stray break, a heading
# where the page is cut, a desk's byline run into the first paragraph


def test_question_over_a_paragraph_cut_in_two_is_a_subheading() -> None:
    ask = "What is going on?"
    broken = (
        "Students in the capital on Monday are leading a large march against the\n\n"
        "new tax on fuel, which the government passed last week without a vote."
    )
    found = kinds_of(f"{HEAD}\n\n{BODY}\n\n{ask}\n\n{broken}\n\n{BODY2}\n")
    assert found.get(ask) == "subheading"
    assert not any(k.startswith("Students") for k in found)


def test_question_in_a_run_of_prose_questions_stays_prose() -> None:
    asks = "What is going on?\n\nWho will pay for it?"
    found = kinds_of(f"{HEAD}\n\n{BODY}\n\n{asks}\n\n{BODY2}\n")
    assert "What is going on?" not in found and "Who will pay for it?" not in found


def test_title_case_line_where_the_page_is_cut_is_a_subheading() -> None:
    text = f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\nThe Road Ahead\nRising Costs\n"
    found = kinds_of(text)
    assert found.get("The Road Ahead") == "subheading"
    assert found.get("Rising Costs") == "subheading"


def test_fragment_or_lower_case_line_where_the_page_is_cut_stays() -> None:
    for end in ("Those offi", "the talks went on", "Officials said the"):
        assert end not in kinds_of(f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{end}\n")


def test_desk_byline_run_into_the_first_paragraph_is_a_byline() -> None:
    found = find_furniture(f"{HEAD}\nAgency Report {BODY}\n\n{BODY2}\n")
    desk = [f for f in found if f.kind == "byline"]
    assert [f.text for f in desk] == ["Agency Report"]
    assert not any(f.text.startswith("Agency Report The") for f in found)


def test_desk_words_in_prose_stay_prose() -> None:
    for line in (f"News reports said {BODY[4:]}", "Staff Report Due Next Week"):
        found = find_furniture(f"{HEAD}\n\n{line}\n\n{BODY2}\n")
        assert not any(f.kind == "byline" for f in found)
