"""The lines of a report that hold no position of their own: headlines, sub-headings and
bulleted key points, and the sentence the parser ran one of them into."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.nlp.positions.sides import side_label

HEADING_WORDS = 16
_LINE_END = '.?!:;"”’)…'
_BULLETS = "•·▪●◦‣"


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines that read as headlines or sub-headings: short, on their own, with no closing
    punctuation ("Trump noticeably absent from G20 summit"), and the short bulleted key
    points of a summary box ("• Minister vows more strikes if talks fail."). They report,
    they hold no position of their own (the body says who said it)."""
    out = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        words = stripped.split()
        if (
            1 < len(words) <= HEADING_WORDS
            and (stripped[-1] not in _LINE_END or stripped[0] in _BULLETS)
            and side_label(stripped) is None  # "Opposing countries: A, B": a tally
        ):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def after_heading(sent: Span, body: int, furniture: list[tuple[int, int]]) -> Span:
    """The sentence without the headline or sub-heading the parser ran into it ("Egypt
    condemns the dam\\nEgypt has criticised ..."): the heading's words hold no position, and
    left in they take the place of the body's own words of the issue."""
    end = next((hi for lo, hi in furniture if lo <= body < hi < sent.end_char), None)
    if end is None:
        return sent
    i = sent.start
    while i < sent.end and (sent.doc[i].idx < end or sent.doc[i].is_space):
        i += 1
    return sent.doc[i : sent.end] if i < sent.end else sent
