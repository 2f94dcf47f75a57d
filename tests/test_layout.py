"""Furniture lines are sentences of their own (nlp/layout.py): a caption, credit, byline or
dateline never runs into the sentence beside it; headlines and sub-headings stay with the
parser. Lines written for these tests."""

from __future__ import annotations

from typing import Any

import spacy

from sitroom.nlp.layout import Layout


def _starts(text: str, furniture: list[tuple[int, int, str]]) -> list[str]:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    doc._.furniture = furniture
    Layout()(doc)
    return [t.text for t in doc[1:] if t.is_sent_start is True]


def test_a_credit_line_and_the_text_after_it_start_sentences() -> None:
    credit = "Regional Governor Jane Roe / Video Image"
    text = f"The governor spoke on Monday.\n{credit}\nShe also warned the ministry."
    start = text.index(credit)
    assert _starts(text, [(start, start + len(credit), "credit")]) == ["Regional", "She"]


def test_headings_stay_with_the_parser() -> None:
    title = "Ministers agree on the bridges"
    text = f"{title}\nThe ministers met on Monday."
    assert _starts(text, [(0, len(title), "title"), (0, len(title), "subheading")]) == []


def test_no_furniture_sets_nothing() -> None:
    assert _starts("The ministers met on Monday. They agreed.", []) == []


def test_a_caption_line_gives_no_speaker_to_the_sentence_under_it(pipeline: Any) -> None:
    """The parser ran the caption, its credit last, into the statement under it, whose
    speaker was then "Photo"."""
    text = (
        "Ministers agree to share the cost of the river bridges\n"
        "Union leaders met the minister for three hours.\n"
        "Governor Jane Roe speaks to farmers in the capital. Photo: AFP\n"
        "The ministry's spokesman Tom Bell said the bridge would close for a month.\n"
    )
    (quote,) = [q for q in pipeline.extract_texts([text])[0].quotes if "close" in q.text]
    assert quote.speaker is not None
    assert "spokesman" in quote.speaker.text or "Bell" in quote.speaker.text
