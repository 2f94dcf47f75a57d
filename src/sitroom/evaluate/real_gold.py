"""The real-prose gold set (``eval/real/`` in a checkout; see its ``GUIDELINES.md``).

A folder with ``manifest.yaml`` (each report's id, split, topic, story, outlet, date and
URL), ``texts/<id>.txt`` (the page opening as the page gives it), ``annotations/<id>.yaml``
(furniture, actors, quotes, events, claims) and ``claim_pairs/*.yaml``. Entries marked
``doubtful`` are loaded (so that predictions on them are not counted as errors) and left
out of scoring. Every problem raises :class:`~sitroom.errors.EvaluationError` naming the
file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import EvaluationError

SPLITS = ("dev", "test")


@dataclass(frozen=True, slots=True)
class FurnitureGold:
    text: str
    kind: str
    doubtful: bool = False


@dataclass(frozen=True, slots=True)
class ActorGold:
    surface: str
    canonical: str | None
    type: str | None
    country: str | None
    sector: str | None
    role: str | None
    not_actor: bool
    doubtful: bool


@dataclass(frozen=True, slots=True)
class QuoteGold:
    key: str
    speaker: str | None
    speaker_group: str | None
    kind: str | None
    doubtful: bool


@dataclass(frozen=True, slots=True)
class EventGold:
    key: str
    type: str
    actor: tuple[frozenset[str], ...]
    recipient: tuple[frozenset[str], ...]
    negated: bool
    hypothetical: bool
    doubtful: bool


@dataclass(slots=True)
class RealArticle:
    id: str
    split: str
    topic: str
    story: str
    outlet: str | None
    published: str | None
    url: str | None
    text: str
    furniture: list[FurnitureGold] = field(default_factory=list)
    actors: list[ActorGold] = field(default_factory=list)
    quotes: list[QuoteGold] = field(default_factory=list)
    events: list[EventGold] = field(default_factory=list)
    claims: dict[str, str] = field(default_factory=dict)  # claim id -> key


@dataclass(frozen=True, slots=True)
class ClaimPair:
    a: tuple[str, str]  # (article id, claim id)
    b: tuple[str, str]
    relation: str  # same | contradicting | unrelated
    doubtful: bool


@dataclass(slots=True)
class RealGold:
    articles: dict[str, RealArticle]
    pairs: list[ClaimPair]

    def split(self, name: str) -> list[RealArticle]:
        return [a for a in self.articles.values() if a.split == name]


def _yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: cannot read the gold file ({exc})") from exc


def _codes(entries: list[str] | None) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(c.strip().upper() for c in str(e).split("|")) for e in entries or [])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _article(entry: dict[str, Any], folder: Path) -> RealArticle:
    art_id = str(entry["id"])
    text_path = folder / "texts" / f"{art_id}.txt"
    ann_path = folder / "annotations" / f"{art_id}.yaml"
    try:
        text = text_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{text_path}: cannot read the report ({exc})") from exc
    ann = _yaml(ann_path) or {}
    if entry.get("split") not in SPLITS:
        raise EvaluationError(f"{folder / 'manifest.yaml'}: {art_id} has no split dev or test")
    art = RealArticle(
        id=art_id,
        split=str(entry["split"]),
        topic=str(entry.get("topic") or ann.get("topic")),
        story=str(entry.get("story") or ann.get("story")),
        outlet=_text(entry.get("outlet")),
        published=_text(entry.get("published")),
        url=_text(entry.get("url")),
        text=text,
    )
    try:
        _fill(art, ann)
    except (KeyError, TypeError, AttributeError) as exc:
        raise EvaluationError(f"{ann_path}: malformed annotation ({exc!r})") from exc
    return art


def _fill(art: RealArticle, ann: dict[str, Any]) -> None:
    art.furniture = [
        FurnitureGold(str(f["text"]), str(f.get("kind") or "other"), bool(f.get("doubtful")))
        for f in ann.get("furniture") or []
    ]
    art.actors = [
        ActorGold(
            surface=str(a["surface"]),
            canonical=_text(a.get("canonical")),
            type=_text(a.get("type")),
            country=_text(a.get("country")),
            sector=_text(a.get("sector")),
            role=_text(a.get("role")),
            not_actor=bool(a.get("not_actor")),
            doubtful=bool(a.get("doubtful")),
        )
        for a in ann.get("actors") or []
    ]
    art.quotes = [
        QuoteGold(
            key=str(q["key"]),
            speaker=_text(q.get("speaker")),
            speaker_group=_text(q.get("speaker_group")),
            kind=_text(q.get("kind")),
            doubtful=bool(q.get("doubtful")),
        )
        for q in ann.get("quotes") or []
    ]
    art.events = [
        EventGold(
            key=str(e["key"]),
            type=str(e["type"]).upper(),
            actor=_codes(e.get("actor")),
            recipient=_codes(e.get("recipient")),
            negated=bool(e.get("negated")),
            hypothetical=bool(e.get("hypothetical")),
            doubtful=bool(e.get("doubtful")),
        )
        for e in ann.get("events") or []
    ]
    art.claims = {str(c["id"]): str(c["key"]) for c in ann.get("claims") or []}


def _pairs(folder: Path, articles: dict[str, RealArticle]) -> list[ClaimPair]:
    pairs: list[ClaimPair] = []
    for path in sorted((folder / "claim_pairs").glob("*.yaml")):
        for raw in _yaml(path) or []:
            try:
                a = (str(raw["a"]["article"]), str(raw["a"]["claim"]))
                b = (str(raw["b"]["article"]), str(raw["b"]["claim"]))
                pair = ClaimPair(a, b, str(raw["relation"]), bool(raw.get("doubtful")))
            except (KeyError, TypeError) as exc:
                raise EvaluationError(f"{path}: malformed claim pair ({exc!r})") from exc
            for art_id, claim in (a, b):
                if art_id not in articles or claim not in articles[art_id].claims:
                    raise EvaluationError(f"{path}: unknown claim {art_id}/{claim}")
            pairs.append(pair)
    return pairs


def load_real(folder: Path) -> RealGold:
    """The real-prose gold set in ``folder``."""
    manifest = _yaml(folder / "manifest.yaml") or {}
    entries = manifest.get("articles") if isinstance(manifest, dict) else None
    if not entries:
        raise EvaluationError(f"{folder / 'manifest.yaml'}: no articles listed")
    articles = {str(e["id"]): _article(e, folder) for e in entries}
    return RealGold(articles, _pairs(folder, articles))
