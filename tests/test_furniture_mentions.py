"""Which actor mentions furniture keeps (repair/furniture_mentions.py): none on a caption;
on a standfirst, those of actors the body or title names too. Hand-made records."""

from __future__ import annotations

from sitroom.article import Furniture, Mention
from sitroom.repair.furniture_mentions import furniture_mentions

TEXT = (
    "Council names Jane Roe mayor\n"
    "Roe, a former port chief, won the backing of Ann Lee and the Harbour Party.\n"
    "Jane Roe waves to supporters.\n"
    "The harbour council elected Jane Roe as mayor on Monday.\n"
)


def at(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def person(word: str, nth: int = 0, canonical: str = "Jane Roe") -> Mention:
    a, b = at(word, nth)
    return Mention(a, b, word, "PERSON", canonical=canonical)


def line(n: int, kind: str) -> Furniture:
    lines = TEXT.splitlines(keepends=True)
    a = sum(len(x) for x in lines[:n])
    return Furniture(a, a + len(lines[n]) - 1, lines[n].rstrip(), kind)


FURNITURE = [line(0, "title"), line(1, "standfirst"), line(2, "caption")]


def test_a_standfirst_keeps_actors_the_body_names_and_drops_its_own() -> None:
    roe = person("Roe", 1)  # "Roe, a former port chief" on the standfirst
    lee = person("Ann Lee", canonical="Ann Lee")  # named on the standfirst alone
    body = person("Jane Roe", 2)  # in the last line
    kept = furniture_mentions([roe, lee, body], FURNITURE)
    assert roe in kept and body in kept
    assert lee not in kept


def test_no_mention_on_a_caption_and_one_on_the_title() -> None:
    title = person("Jane Roe", 0)
    caption = person("Jane Roe", 1)
    kept = furniture_mentions([title, caption], FURNITURE)
    assert kept == [title]
