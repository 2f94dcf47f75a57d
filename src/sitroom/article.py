"""The one record that flows through the pipeline.

Every stage adds to an :class:`Article`; none returns tuples to another. The output
record of ``../shared/docs/contract.md`` is :meth:`Article.to_record`. All offsets are
character offsets into ``Article.text``, the cleaned text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QualityFlag = Literal[
    "mojibake_repaired",
    "placeholder_citation",
    "stray_markup",
    "garbled",
    "truncated",
    "boilerplate_removed",
    "machine_translated",
    "duplicate",
    "empty",
    "not_english",
]
QUALITY_FLAGS: tuple[str, ...] = QualityFlag.__args__  # type: ignore[attr-defined]
# Flags that say repair changed or judged the copy itself: all but those about the batch
# ("duplicate") or the input as a whole ("empty", "not_english").
REPAIR_FLAGS = frozenset(QUALITY_FLAGS) - {"duplicate", "empty", "not_english"}


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Furniture:
    """A line (or the opening of one) that is page furniture, not news prose: a caption,
    credit, byline, dateline, sub-heading, date, share/related/navigation or player text,
    or the title line repeated at the top of the page."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(slots=True)
class Repair:
    """One change the repair stage made to the raw text (for audit, not in the record)."""

    kind: str
    before: str
    after: str


@dataclass(slots=True)
class Quality:
    score: float = 1.0
    flags: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def flag(self, name: str) -> None:
        if name not in QUALITY_FLAGS:
            raise ValueError(f"unknown quality flag {name!r}; valid: {', '.join(QUALITY_FLAGS)}")
        if name not in self.flags:
            self.flags.append(name)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: str
    actor_id: str | None = None
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None
    confidence: float = 0.0
    place: bool = False  # extension: the name is used as a location here, not as an actor
    # extension: the role the text gives a person outside the knowledge base ("spokesperson
    # for South Africa's president"), as written, and the sentence that gives it
    role: str | None = None
    role_evidence: Span | None = None


@dataclass(slots=True)
class Place:
    """A name used as a location, not as an actor ("talks in Doha", "El Fasher fell")."""

    start: int
    end: int
    text: str
    country: str | None = None


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    actor_id: str | None
    canonical: str | None


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.0


@dataclass(slots=True)
class ActorRef:
    text: str
    actor_id: str | None
    canonical: str | None
    country: str | None
    sector: str | None


@dataclass(slots=True)
class Location:
    text: str
    country: str | None


@dataclass(slots=True)
class Event:
    type: str
    anchor: Span
    sentence_start: int
    sentence_end: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    location: Location | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.0
    # False for an event kept for recall studies but not shown as one (no source actor)
    shown: bool = True


@dataclass(slots=True)
class Position:
    actor_id: str | None
    canonical: str | None
    issue: str
    stance: str
    red_line: bool
    evidence: Span
    confidence: float = 0.0


@dataclass(slots=True)
class Contradiction:
    """Why a claim is contradicted: the other statement and what differs (extension)."""

    article: str | None  # the other report's id; None when the knowledge base says otherwise
    outlet: str | None  # the other report's outlet, or "knowledge base"
    text: str  # the other sentence, or the knowledge base's entry
    differs: str  # figure | role | verb | negation | outcome | date | place | actor | cause
    this: str  # what this claim says ("three ... killed")
    other: str  # what the other side says ("four ... dead")
    confidence: float


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    text: str
    status: str
    support: list[str] = field(default_factory=list)
    conflict: list[str] = field(default_factory=list)
    speaker: str | None = None  # who says it, when a quote carries the claim (extension)
    contradictions: list[Contradiction] = field(default_factory=list)  # evidence (extension)
    #: the reports that give a later count of the toll it counts (extension, rule C1)
    updated_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A document and everything the stages learned about it."""

    text: str
    source: str | None = None
    id: str = ""
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    editor: str | None = None
    dateline: str | None = None
    language: str = "en"
    raw_text: str = ""
    quality: Quality = field(default_factory=Quality)
    story_id: str | None = None
    duplicate_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    reactions: list[Quote] = field(default_factory=list)
    # The parse of each section (start offset, packed Doc; sitroom.nlp.positions.rescore), kept
    # so positions can be recomputed for another catalog; not part of the record.
    parses: list[tuple[int, bytes]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.raw_text:
            self.raw_text = self.text

    @property
    def content_hash(self) -> str:
        """Hash of the raw content: the same document ingested twice is stored once."""
        return hashlib.sha256(self.raw_text.encode("utf-8")).hexdigest()

    def assign_id(self, given: str | None = None) -> None:
        """A stable id: the id given by the source, or one derived from the content."""
        self.id = given or "a" + self.content_hash[:15]

    def to_record(self) -> dict[str, Any]:
        """The extraction record of ``docs/contract.md`` (plus documented extensions)."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "publisher": self.publisher,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "editor": self.editor,
            "dateline": self.dateline,
            "language": self.language,
            "text": self.text,
            "quality": {"score": round(self.quality.score, 3), "flags": list(self.quality.flags)},
            "story_id": self.story_id,
            "duplicate_of": self.duplicate_of,
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [_quote_record(q) for q in self.quotes],
            "events": [_event_record(e) for e in self.events],
            "positions": [_position_record(p) for p in self.positions],
            "claims": [asdict(c) for c in self.claims],
            "furniture": [asdict(f) for f in self.furniture],
            "reactions": [_quote_record(q) for q in self.reactions],
        }


def _quote_record(q: Quote) -> dict[str, Any]:
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "cue": asdict(q.cue) if q.cue else None,
        "speaker": asdict(q.speaker) if q.speaker else None,
        "confidence": round(q.confidence, 3),
    }


def _event_record(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "mode": e.mode,
        "context": list(e.context),
        "actor": [asdict(a) for a in e.actor],
        "recipient": [asdict(a) for a in e.recipient],
        "date": e.date,
        "location": asdict(e.location) if e.location else None,
        "sentence": {"start": e.sentence_start, "end": e.sentence_end},
        "anchor": asdict(e.anchor),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": round(e.confidence, 3),
        "shown": e.shown,
    }


def _position_record(p: Position) -> dict[str, Any]:
    return {
        "actor_id": p.actor_id,
        "canonical": p.canonical,
        "issue": p.issue,
        "stance": p.stance,
        "red_line": p.red_line,
        "evidence": asdict(p.evidence),
        "confidence": round(p.confidence, 3),
    }
