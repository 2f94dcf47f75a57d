"""Furniture of round 4 (furniture13): a place and a colon opening the first paragraph, a
quote only opened by a dateline, positions in a photo set off by commas, reader polls,
a writer's roles between bars, author boxes, links run on after a paragraph, and longer
question sub-headings. Lines written for these tests."""

from __future__ import annotations

from prose_checks import kinds_of
from sitroom.article import Furniture, Quote, Span
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
