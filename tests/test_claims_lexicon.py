"""Numbers told in words and glued to what they count (sitroom.claims.lexicon, .numbers).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims import contradiction, cross_check
from sitroom.claims.lexicon import number_compound, opens_figure
from sitroom.claims.units import units


def unit(aid: str, text: str, k: int):
    a = Article(text=text)
    a.assign_id(aid)
    (u,) = units(a, k)
    return u


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("eleven-story", (11.0, "story")),
        ("five-mile", (5.0, "mile")),
        ("twenty-five-storey", (25.0, "storey")),
        ("nine-hour", None),  # a span of time: the duration slot reads it
        ("three-year-old", None),
        ("two-state", None),  # a kind, not a measure
        ("twenty-five-member", None),
        ("twenty-five", None),  # a number alone: read by word_number
        ("two-thirds", None),  # a fraction
        ("one-man", None),  # no count
        ("five-twenty", None),
        ("ten-", None),
        ("well-known", None),
    ],
)
def test_a_number_word_glued_to_its_noun(word: str, expected: tuple[float, str] | None) -> None:
    assert number_compound(word) == expected
    if expected is not None:
        assert opens_figure(word)
    elif word in {"two-thirds", "one-man", "well-known", "two-state", "nine-hour"}:
        assert not opens_figure(word)


def test_a_number_in_words_before_a_hyphen_is_read_as_the_digits_are() -> None:
    words = unit("a", "The fire spread through the nine-story hotel near the lake.", 0)
    digits = unit("b", "The fire spread through the 9-story hotel near the lake.", 1)
    assert [(f.low, f.key) for f in words.figures] == [(f.low, f.key) for f in digits.figures]
    assert [(f.low, f.key) for f in words.figures] == [(9.0, "story")]


def test_a_size_told_in_words_and_in_digits_otherwise_is_a_figure_contradiction() -> None:
    u = unit("a", "The fire started on the fourth floor of the eleven-story hotel.", 0)
    v = unit("b", "The fire started on the fourth floor of the 14-story hotel.", 1)
    w = unit("c", "The fire started on the fourth floor of the 11-story hotel.", 2)
    assert contradiction(u, v, score=1.0) == "numbers"
    assert contradiction(u, w, score=1.0) is None


def test_a_size_in_words_against_one_in_digits_is_a_contradiction_across_reports() -> None:
    texts = [
        "At least 12 guests died when fire swept a ski hotel on Monday. The fire started in "
        "the kitchen of the eleven-story hotel, officials said.",
        "At least 12 guests died when fire swept a ski hotel on Monday. The blaze began in "
        "the kitchen and spread through the 14-story building within an hour.",
    ]
    arts = []
    for k, (text, outlet) in enumerate(zip(texts, ("X", "Y"), strict=True)):
        a = Article(text=text, publisher=outlet)
        a.assign_id(f"r{k}")
        a.story_id = "s"
        arts.append(a)
    cross_check(arts)
    (claim,) = [c for c in arts[0].claims if "eleven-story" in c.text]
    assert claim.status == "contradicted"
    assert [e.differs for e in claim.contradictions] == ["figure"]
