"""Helpers shared by the furniture, speaker, event and actor tests: two sentences of report prose
(written for the tests) that must stay prose, the furniture kinds found in a text, the
speaker of the quote that holds some words, and the events of a text."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from sitroom.article import Article, Event, Quote
from sitroom.claims.units import Unit, units
from sitroom.repair.furniture import find_furniture

BODY = (
    "The water ministry said on Tuesday that repairs to the river crossings would start next "
    "month, after weeks of talks with the farmers' union over who would pay for them."
)
BODY2 = (
    "Union leaders met the minister for three hours and agreed to share the cost of the "
    "first two bridges, a spokesperson for the union told reporters in the capital."
)


def kinds_of(text: str) -> dict[str, str]:
    """Each furniture line of ``text`` and its kind."""
    return {f.text: f.kind for f in find_furniture(text)}


def speaker_of(pipeline: Any, text: str, words: str, published: str | None = None) -> Any:
    """The speaker of the quote of ``text`` that holds ``words`` (one must); ``published``:
    the report's date, where the speaker is the holder of an office on it."""
    if published is None:
        quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    else:
        quotes = next(iter(pipeline.process([Article(text=text, published=published)]))).quotes
    at = text.index(words)
    found = [q for q in quotes if q.start <= at < q.end]
    assert found, [q.text for q in quotes]
    return found[0].speaker


def quote_at(pipeline: Any, text: str, words: str) -> Quote | None:
    """The quote of ``text`` that holds ``words``, or None."""
    at = text.index(words)
    found = [q for q in pipeline.extract_texts([text])[0].quotes if q.start <= at < q.end]
    return found[0] if found else None


def anchored_types(pipeline: Any, published: str, text: str) -> list[tuple[str, str]]:
    """Each coded event of ``text`` as (its anchor's words, its type)."""
    return [(e.anchor.text, e.type) for e in events_of(pipeline, published, text)]


def events_of(pipeline: Any, published: str, text: str) -> list[Event]:
    """The events the pipeline codes in ``text``, a report published on ``published``."""
    articles: list[Article] = list(pipeline.process([Article(text=text, published=published)]))
    return articles[0].events


def countries(refs: list[Any]) -> set[str]:
    """The states of an event's actor or recipient references."""
    return {r.country for r in refs if r.country}


def hand_parsed(rows: list[tuple[str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """A hand-made parse (word, head, dep, tag, pos), as the parser gets it wrong."""
    words, heads, deps, tags, pos = (list(x) for x in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=[w.lower() for w in words],
        ents=ents,
    )


def unit_lists(*texts: str) -> list[list[Unit]]:
    """The claim units of each text, as reports r0, r1, ... of one batch."""
    out = []
    for k, text in enumerate(texts):
        article = Article(text=text)
        article.assign_id(f"r{k}")
        out.append(units(article, k))
    return out


def actor_mentions(nlp: Any, text: str) -> list[Any]:
    """The actor mentions of ``text``, the places among them left out."""
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m for m in doc._.mentions if (m.start, m.end) not in where]


def actor_texts(nlp: Any, text: str) -> list[str]:
    """The words of each actor mention of ``text`` (places left out)."""
    return [m.text for m in actor_mentions(nlp, text)]


def mention_named(nlp: Any, text: str, name: str) -> Any:
    """The first mention of ``text`` written ``name``; the test fails naming those found."""
    mentions = nlp(text)._.mentions
    found = [m for m in mentions if m.text == name]
    assert found, [m.text for m in mentions]
    return found[0]
