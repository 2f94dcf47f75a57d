"""Between an :class:`~sitroom.article.Article` and the rows of the store's tables.

``*_rows`` functions turn an article into parameter tuples in the column order of the
``*_COLUMNS`` constants; :func:`article_from_rows` rebuilds the article, so that
``article_from_rows(...).to_record()`` is the record that was stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields, is_dataclass
from datetime import date
from typing import Any

from sitroom.article import (
    ActorRef,
    Article,
    Claim,
    Contradiction,
    Event,
    Furniture,
    Location,
    Mention,
    Position,
    Quality,
    Quote,
    Span,
    Speaker,
)

Row = tuple[Any, ...]

ARTICLE_COLUMNS = (
    "id",
    "content_hash",
    "source",
    "url",
    "publisher",
    "title",
    "published",
    "author",
    "editor",
    "dateline",
    "language",
    "text",
    "quality_score",
    "quality_flags",
    "story_id",
    "duplicate_of",
    "furniture",
)
MENTION_COLUMNS = (
    "article_id",
    "seq",
    "start",
    "end",
    "text",
    "type",
    "actor_id",
    "canonical",
    "country",
    "sector",
    "confidence",
    "place",
    "role",
    "role_start",
    "role_end",
)
QUOTE_COLUMNS = (
    "article_id",
    "seq",
    "start",
    "end",
    "text",
    "kind",
    "cue_start",
    "cue_end",
    "cue_text",
    "speaker_start",
    "speaker_end",
    "speaker_text",
    "speaker_actor_id",
    "speaker_canonical",
    "confidence",
)
EVENT_COLUMNS = (
    "article_id",
    "seq",
    "type",
    "mode",
    "context",
    "actor",
    "recipient",
    "actor_codes",
    "recipient_codes",
    "date",
    "location_text",
    "location_country",
    "sentence_start",
    "sentence_end",
    "anchor_start",
    "anchor_end",
    "anchor_text",
    "negated",
    "hypothetical",
    "confidence",
    "shown",
)
POSITION_COLUMNS = (
    "article_id",
    "seq",
    "actor_id",
    "canonical",
    "issue",
    "stance",
    "red_line",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "confidence",
    "published",
)
CLAIM_COLUMNS = (
    "article_id",
    "seq",
    "story_id",
    "start",
    "end",
    "text",
    "status",
    "support",
    "conflict",
    "speaker",
    "contradictions",
    "updated_by",
)

PARSE_COLUMNS = ("article_id", "seq", "offset", "data")

# The tables that hold an article's derived rows, with their columns.
DERIVED: dict[str, tuple[str, ...]] = {
    "mentions": MENTION_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "events": EVENT_COLUMNS,
    "positions": POSITION_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "parses": PARSE_COLUMNS,
}


def quoted(columns: Sequence[str]) -> str:
    """A column list with every name quoted ("end" is reserved outside SQLite)."""
    return ", ".join(f'"{c}"' for c in columns)


def insert_sql(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({quoted(columns)}) VALUES ({marks})"


def dumps(value: Any) -> str:
    """JSON text for a JSON column: compact, stable key order, non-ASCII kept readable.

    Dataclasses become objects and dates ISO text, so a story's fields can be given as is.
    """
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_jsonable
    )


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"cannot store {type(value).__name__} as JSON: {value!r}")


def loads(text: str | None) -> Any:
    if text == "[]":  # most events have no context, a third no actor or recipient
        return []
    return json.loads(text) if text is not None else None


#: An actor reference as a JSON object: ``asdict`` without its deep copy (the fields are
#: text), which made storing events twice as slow.
_REF_FIELDS = tuple(f.name for f in fields(ActorRef))


def _ref(ref: ActorRef) -> dict[str, Any]:
    return {name: getattr(ref, name) for name in _REF_FIELDS}


def codes(refs: Sequence[ActorRef]) -> str:
    """Country codes of actor references, space-joined, in order, without repeats."""
    return " ".join(dict.fromkeys(r.country for r in refs if r.country))


def article_row(article: Article) -> Row:
    return (
        article.id,
        article.content_hash,
        article.source,
        article.url,
        article.publisher,
        article.title,
        article.published,
        article.author,
        article.editor,
        article.dateline,
        article.language,
        article.text,
        article.quality.score,
        dumps(list(article.quality.flags)),
        article.story_id,
        article.duplicate_of,
        dumps([asdict(f) for f in article.furniture]),
    )


def derived_rows(article: Article, article_id: str) -> dict[str, list[Row]]:
    """The rows of every derived table for ``article``, stored under ``article_id``."""
    return {
        "mentions": [_mention_row(article_id, i, m) for i, m in enumerate(article.mentions)],
        "quotes": [_quote_row(article_id, i, q) for i, q in enumerate(article.quotes)],
        "events": [_event_row(article_id, i, e) for i, e in enumerate(article.events)],
        "positions": [
            _position_row(article_id, i, p, article.published)
            for i, p in enumerate(article.positions)
        ],
        "claims": [
            _claim_row(article_id, i, c, article.story_id) for i, c in enumerate(article.claims)
        ],
        "parses": [
            (article_id, i, offset, data) for i, (offset, data) in enumerate(article.parses)
        ],
    }


def _mention_row(article_id: str, seq: int, m: Mention) -> Row:
    return (
        article_id,
        seq,
        m.start,
        m.end,
        m.text,
        m.type,
        m.actor_id,
        m.canonical,
        m.country,
        m.sector,
        m.confidence,
        int(m.place),
        m.role,
        m.role_evidence.start if m.role_evidence else None,
        m.role_evidence.end if m.role_evidence else None,
    )


def _quote_row(article_id: str, seq: int, q: Quote) -> Row:
    cue, sp = q.cue, q.speaker
    return (
        article_id,
        seq,
        q.start,
        q.end,
        q.text,
        q.kind,
        cue.start if cue else None,
        cue.end if cue else None,
        cue.text if cue else None,
        sp.start if sp else None,
        sp.end if sp else None,
        sp.text if sp else None,
        sp.actor_id if sp else None,
        sp.canonical if sp else None,
        q.confidence,
    )


def _event_row(article_id: str, seq: int, e: Event) -> Row:
    return (
        article_id,
        seq,
        e.type,
        e.mode,
        dumps(list(e.context)),
        dumps([_ref(a) for a in e.actor]),
        dumps([_ref(a) for a in e.recipient]),
        codes(e.actor),
        codes(e.recipient),
        e.date,
        e.location.text if e.location else None,
        e.location.country if e.location else None,
        e.sentence_start,
        e.sentence_end,
        e.anchor.start,
        e.anchor.end,
        e.anchor.text,
        int(e.negated),
        int(e.hypothetical),
        e.confidence,
        int(e.shown),
    )


def _position_row(article_id: str, seq: int, p: Position, published: str | None) -> Row:
    return (
        article_id,
        seq,
        p.actor_id,
        p.canonical,
        p.issue,
        p.stance,
        int(p.red_line),
        p.evidence.start,
        p.evidence.end,
        p.evidence.text,
        p.confidence,
        published,
    )


def _claim_row(article_id: str, seq: int, c: Claim, story_id: str | None) -> Row:
    return (
        article_id,
        seq,
        story_id,
        c.start,
        c.end,
        c.text,
        c.status,
        dumps(list(c.support)),
        dumps(list(c.conflict)),
        c.speaker,
        dumps([asdict(x) for x in c.contradictions]),
        dumps(list(c.updated_by)),
    )


def article_from_rows(
    article: Mapping[str, Any], derived: Mapping[str, Sequence[sqlite3.Row]]
) -> Article:
    """Rebuild an article from its ``articles`` row and its derived rows (in ``seq`` order).

    The raw text and the repair log are not stored, so ``content_hash`` of the result is
    that of the cleaned text; the record (``to_record()``) is the one that was saved.
    """
    return Article(
        text=article["text"],
        source=article["source"],
        id=article["id"],
        url=article["url"],
        publisher=article["publisher"],
        title=article["title"],
        published=article["published"],
        author=article["author"],
        editor=article["editor"],
        dateline=article["dateline"],
        language=article["language"],
        quality=Quality(score=article["quality_score"], flags=loads(article["quality_flags"])),
        story_id=article["story_id"],
        duplicate_of=article["duplicate_of"],
        mentions=[_mention(r, article["text"]) for r in derived.get("mentions", ())],
        quotes=[_quote(r) for r in derived.get("quotes", ())],
        events=[_event(r) for r in derived.get("events", ())],
        positions=[_position(r) for r in derived.get("positions", ())],
        claims=[_claim(r) for r in derived.get("claims", ())],
        furniture=[Furniture(**f) for f in loads(article["furniture"] or "[]")],
        parses=[(int(r["offset"]), bytes(r["data"])) for r in derived.get("parses", ())],
    )


def _mention(r: sqlite3.Row, text: str) -> Mention:
    """A mention; its role's evidence is the sentence of the article's text it points to."""
    at = (r["role_start"], r["role_end"])
    evidence = Span(at[0], at[1], text[at[0] : at[1]]) if at[0] is not None else None
    return Mention(
        start=r["start"],
        end=r["end"],
        text=r["text"],
        type=r["type"],
        actor_id=r["actor_id"],
        canonical=r["canonical"],
        country=r["country"],
        sector=r["sector"],
        confidence=r["confidence"],
        place=bool(r["place"]),
        role=r["role"],
        role_evidence=evidence,
    )


def _quote(r: sqlite3.Row) -> Quote:
    cue = Span(r["cue_start"], r["cue_end"], r["cue_text"]) if r["cue_start"] is not None else None
    speaker = (
        Speaker(
            r["speaker_start"],
            r["speaker_end"],
            r["speaker_text"],
            r["speaker_actor_id"],
            r["speaker_canonical"],
        )
        if r["speaker_start"] is not None
        else None
    )
    return Quote(
        start=r["start"],
        end=r["end"],
        text=r["text"],
        kind=r["kind"],
        cue=cue,
        speaker=speaker,
        confidence=r["confidence"],
    )


def _event(r: sqlite3.Row) -> Event:
    location = (
        Location(r["location_text"], r["location_country"])
        if r["location_text"] is not None
        else None
    )
    return Event(
        type=r["type"],
        anchor=Span(r["anchor_start"], r["anchor_end"], r["anchor_text"]),
        sentence_start=r["sentence_start"],
        sentence_end=r["sentence_end"],
        mode=r["mode"],
        context=loads(r["context"]),
        actor=[ActorRef(**a) for a in loads(r["actor"])],
        recipient=[ActorRef(**a) for a in loads(r["recipient"])],
        date=r["date"],
        location=location,
        negated=bool(r["negated"]),
        hypothetical=bool(r["hypothetical"]),
        confidence=r["confidence"],
        shown=bool(r["shown"]),
    )


def _position(r: sqlite3.Row) -> Position:
    return Position(
        actor_id=r["actor_id"],
        canonical=r["canonical"],
        issue=r["issue"],
        stance=r["stance"],
        red_line=bool(r["red_line"]),
        evidence=Span(r["evidence_start"], r["evidence_end"], r["evidence_text"]),
        confidence=r["confidence"],
    )


def _claim(r: sqlite3.Row) -> Claim:
    return Claim(
        start=r["start"],
        end=r["end"],
        text=r["text"],
        status=r["status"],
        support=loads(r["support"]),
        conflict=loads(r["conflict"]),
        speaker=r["speaker"],
        contradictions=[Contradiction(**x) for x in loads(r["contradictions"])],
        updated_by=loads(r["updated_by"]),
    )
