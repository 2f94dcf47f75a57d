"""Captions written as whole sentences, told from a report's one-sentence paragraph by
place and wording, and a page's closing notes (furniture19). Lines written for these
tests."""

from __future__ import annotations

from prose_checks import kinds_of
from sitroom.repair import find_furniture

HEAD = "Border talks resume after long pause"
LEDE = (
    "MAPLETON, March 3 (Wire) - The foreign ministry said on Tuesday that talks with its "
    "neighbour would resume next week in the capital, after months of stalled negotiations."
)
BODY = (
    "Officials from both governments met for five hours and agreed to set up a joint "
    "committee to examine the disputed river crossings, a spokesperson told reporters."
)


def test_a_pictured_sentence_at_the_top_is_a_caption_not_the_title() -> None:
    cap = "Foreign Minister Jane Roe is pictured at the border crossing in Mapleton."
    text = f"{cap}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(cap) == "caption"


def test_a_present_tense_act_with_place_and_full_date_is_a_caption() -> None:
    cap = "Farmers drive their tractors to the square in Mapleton on March 2, 2025."
    text = f"{HEAD}\n{cap}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(cap) == "caption"


def test_a_past_tense_lede_with_place_and_date_stays_prose() -> None:
    lede = "Farmers drove their tractors to the square in Mapleton on March 2, 2025."
    text = f"{HEAD}\n{lede}\n\n{BODY}\n"
    assert lede not in kinds_of(text)


def test_a_caption_worded_sentence_inside_the_report_stays_prose() -> None:
    mid = "The minister gestures often when she speaks about the river crossings."
    text = f"{HEAD}\n\n{LEDE}\n\n{mid}\n\n{BODY}\n"
    assert mid not in kinds_of(text)


def test_is_seen_as_is_no_caption_wording() -> None:
    line = "The new committee is seen as a first step toward a lasting border deal."
    text = f"{HEAD}\n{line}\n\n{LEDE}\n\n{BODY}\n"
    assert line not in kinds_of(text)


def test_a_byline_with_place_and_date_is_no_caption() -> None:
    line = "By Jane Roe in Mapleton March 3, 2025"
    text = f"{HEAD}\n{line}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(line) != "caption"


def test_the_first_sentence_under_a_copyright_credit_is_a_caption() -> None:
    cap = "A burnt bus blocks a road in Mapleton."
    rest = "With dozens of armed groups active in the region, many roads are now closed."
    text = f"{HEAD}\n\n© Example Agency/Jane Roe\n{cap} {rest}\n{BODY}\n"
    spans = [(f.text, f.kind) for f in find_furniture(text)]
    assert (cap, "caption") in spans
    assert not any(rest in t for t, _ in spans)


def test_a_past_tense_paragraph_under_a_credit_stays_prose() -> None:
    para = "Rebels blocked a road near Mapleton. Dozens of people were stranded overnight."
    text = f"{HEAD}\n\n© Example Agency/Jane Roe\n{para}\n{BODY}\n"
    assert not any(f.kind == "caption" for f in find_furniture(text))


def test_a_note_on_the_page_after_the_last_paragraph_is_furniture() -> None:
    note = "This preview shows about 20% of the article. Read the full story on the site."
    text = f"{HEAD}\n\n{LEDE}\n\n{BODY}\n\n{note}\n"
    assert kinds_of(text).get(note) == "other"
    invite = "The floor is all yours."
    assert (
        kinds_of(f"{HEAD}\n\n{LEDE}\n\n{BODY}\nLeave a comment below\n{invite}\n").get(invite)
        == "other"
    )


def test_a_story_word_in_the_body_is_no_page_note() -> None:
    line = "The full story of the talks has yet to be told, a diplomat wrote in a memoir."
    text = f"{HEAD}\n\n{LEDE}\n\n{line}\n\n{BODY}\n"
    assert line not in kinds_of(text)


def test_a_headline_in_the_present_tense_stays_the_title() -> None:
    head = "Ministry reacts to new border plan"
    text = f"{head}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(head) == "title"


def test_a_gesturing_sentence_at_the_top_is_a_caption() -> None:
    cap = "Minister Jane Roe gestures during a news conference in Mapleton."
    text = f"{HEAD}\n{cap}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(cap) == "caption"


def test_closing_notes_to_the_reader_after_the_last_paragraph() -> None:
    for note in (
        "Stay tuned for more updates.",
        "We want to hear from you. Send us your thoughts.",
        "Have a story idea? Get in touch with the newsroom.",
        "This content was produced by the example partner studio.",
        "This report was written with the help of AI tools.",
    ):
        assert kinds_of(f"{HEAD}\n\n{LEDE}\n\n{BODY}\n\n{note}\n").get(note) == "other", note


def test_a_closing_note_wording_before_more_prose_stays_prose() -> None:
    line = "This report was written with the help of AI tools, the agency's editor said."
    text = f"{HEAD}\n\n{LEDE}\n\n{line}\n\n{BODY}\n"
    assert line not in kinds_of(text)


def test_prose_without_its_full_stop_that_links_back_is_no_loose_caption() -> None:
    for line in (
        "However, in recent weeks the two neighbours have resumed talks on the crossings",
        "Amid the dispute, the minister flew abroad for talks. This trip was seen as a snub",
    ):
        text = f"{HEAD}\n\n{LEDE}\n{line}\n{BODY}\n"
        assert line not in kinds_of(text), line
    loose = "Farmers and their tractors fill the main square of the capital at dawn"
    assert kinds_of(f"{HEAD}\n\n{LEDE}\n{loose}\n{BODY}\n").get(loose) == "caption"


def test_a_caption_above_the_headline_and_its_lede_is_a_caption() -> None:
    cap = "The two ministers shake hands before their meeting in Mapleton."
    text = f"{cap}\n{HEAD}\n\n{LEDE}\n\n{BODY}\n"
    kinds = kinds_of(text)
    assert kinds.get(cap) == "caption"
    assert kinds.get(HEAD) == "title"


def test_a_present_tense_act_with_place_and_day_at_the_top_is_a_caption() -> None:
    cap = "Farmers drive their tractors to the square in Mapleton on Monday."
    text = f"{HEAD}\n{cap}\n\n{LEDE}\n\n{BODY}\n"
    assert kinds_of(text).get(cap) == "caption"
    told = "Farmers drove their tractors to the square in Mapleton on Monday."
    assert told not in kinds_of(f"{HEAD}\n{told}\n\n{LEDE}\n\n{BODY}\n")


def test_a_state_with_place_and_day_at_the_top_stays_prose() -> None:
    lede = "Dozens of people are homeless after the floods in Mapleton on Monday."
    assert lede not in kinds_of(f"{HEAD}\n{lede}\n\n{LEDE}\n\n{BODY}\n")


FLOOD_HEAD = "Floods Reach The Harbour Of Port Town"
FLOOD = (
    "The river rose overnight and reached the harbour of Port Town, a fishing town of about "
    "3,000 people, by early morning."
)


def test_the_picture_and_its_photographer_as_subject_make_a_caption() -> None:
    cap = (
        "The Photo taken by Jane Roe, show how close the floods came to the harbour. "
        "The old lighthouse is to the far right"
    )  # (two sentences: the second says what else is in the picture)
    text = f"{FLOOD_HEAD}\n\n{FLOOD}\n\n{cap}\n\nPort Town 14/01/2024\n\nText: Jane Roe\n"
    assert kinds_of(text).get(cap) == "caption"


def test_a_photo_told_of_in_the_report_stays_prose() -> None:
    for sentence in (  # (a past tense, or the photo's subject not the picture beside it)
        "The photo taken by a resident showed the water at the school. It was shared widely.",
        "The photo taken by a resident that officials say shows the school was shared widely.",
    ):
        text = f"{FLOOD_HEAD}\n\n{FLOOD}\n\n{sentence}\n\n{BODY}\n"
        assert sentence not in kinds_of(text)
