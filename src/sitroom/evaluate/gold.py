"""Loaders for each gold format; each reads any file or folder of the same format.

- seeds: a JSON file shaped like ``shared/gold/seeds.json`` (stories, per-article gold);
- brat standoff attributions (PolNeAR): a folder with ``text/`` and ``attributions/``, or
  ``.ann`` files next to their ``.txt``; ``T Source/Cue/Content`` spans joined by
  ``E Attribution`` lines;
- PLOVER gold-standard records: a JSON array like ``shared/eval/plover/dev.json``;
- HTML extraction: a folder with ``ground-truth.json`` ``{id: {articleBody, url}}`` and
  ``html/<id>.html[.gz]``;
- story partitions: YAML or JSON with ``stories: [[doc, ...], ...]``.

Every problem with a gold file raises :class:`~sitroom.errors.EvaluationError` naming it.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import EvaluationError
from sitroom.evaluate.align import Span
from sitroom.evaluate.scorers import GoldAttribution
from sitroom.util import fastyaml

log = logging.getLogger(__name__)

# PLOVER 0.5b1 labels of the gold-standard records -> PLOVER 2.0 (type, mode or None).
PLOVER_LABELS: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}
# Legacy CAMEO country codes that differ from ISO-3166 alpha-3.
CAMEO_CODES = {"JAP": "JPN", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD"}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvaluationError(f"{path}: gold file not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: not readable JSON ({exc})") from exc


# -- seeds ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorGold:
    surface: str
    canonical: str
    type: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteGold:
    key: str
    speaker: str | None
    speaker_group: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class EventGold:
    key: str
    type: str
    actor: tuple[frozenset[str], ...]  # one set of alternative codes per actor
    recipient: tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class PositionGold:
    actor: str
    issue: str
    stance: str
    red_line: bool = False


@dataclass(frozen=True, slots=True)
class ClaimGold:
    key: str
    note: str = ""

    @property
    def contradicted_by(self) -> str | None:
        """The article prefix the note says contradicts this claim ("contradicted by 002")."""
        found = re.search(r"contradicted by (\w+)", self.note)
        return found.group(1) if found else None


@dataclass(slots=True)
class SeedArticle:
    name: str
    must_contain: list[str] = field(default_factory=list)
    must_not_contain: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    source_url: str | None = None
    publisher: str | None = None
    actors: list[ActorGold] = field(default_factory=list)
    quotes: list[QuoteGold] = field(default_factory=list)
    events: list[EventGold] = field(default_factory=list)
    positions: list[PositionGold] = field(default_factory=list)
    claims: list[ClaimGold] = field(default_factory=list)
    only_these_flags: bool = False  # no damage flag other than ``flags`` may be raised


@dataclass(slots=True)
class SeedsGold:
    stories: list[list[str]]
    articles: dict[str, SeedArticle]
    duplicates: dict[str, str] = field(default_factory=dict)  # copy -> original


def _codes(entries: list[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(code.strip().upper() for code in e.split("|")) for e in entries)


def _seed_article(name: str, raw: dict[str, Any]) -> SeedArticle:
    quality = raw.get("quality") or {}
    return SeedArticle(
        name=name,
        must_contain=list(quality.get("must_contain", [])),
        must_not_contain=list(quality.get("must_not_contain", [])),
        flags=list(quality.get("flags", [])),
        source_url=raw.get("source_url"),
        publisher=raw.get("publisher"),
        actors=[
            ActorGold(
                a["surface"], a["canonical"], a.get("type"), a.get("country"), a.get("sector")
            )
            for a in raw.get("actors", [])
        ],
        quotes=[
            QuoteGold(q["key"], q.get("speaker"), q.get("speaker_group"), q.get("kind"))
            for q in raw.get("quotes", [])
        ],
        events=[
            EventGold(
                e["key"], e["type"], _codes(e.get("actor", [])), _codes(e.get("recipient", []))
            )
            for e in raw.get("events", [])
        ],
        positions=[
            PositionGold(p["actor"], p["issue"], p["stance"], bool(p.get("red_line", False)))
            for p in raw.get("positions", [])
        ],
        claims=[ClaimGold(c["key"], c.get("note", "")) for c in raw.get("claims", [])],
    )


def load_seeds(path: Path) -> SeedsGold:
    """Gold in the shape of ``seeds.json``: ``stories`` and ``articles`` keyed by file name."""
    raw = _read_json(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("articles"), dict):
        raise EvaluationError(f"{path}: expected an object with 'articles' keyed by file name")
    try:
        articles = {name: _seed_article(name, a) for name, a in raw["articles"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise EvaluationError(f"{path}: malformed seed gold ({exc!r})") from exc
    stories = [list(s) for s in raw.get("stories", [])]
    return SeedsGold(stories=stories, articles=articles)


# -- brat standoff attributions ----------------------------------------------------------


@dataclass(slots=True)
class BratDoc:
    name: str
    text_path: Path
    ann_path: Path
    text: str
    attributions: list[GoldAttribution]


def _segments(spec: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for part in spec.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def parse_ann(text: str, origin: str = "<ann>") -> list[GoldAttribution]:
    """Attributions of a brat ``.ann``: each ``E`` line's Content and Source spans."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[list[tuple[str, str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                label, _, spec = parts[1].partition(" ")
                spans[parts[0]] = (label, _segments(spec))
            elif line.startswith("E"):
                triples = [a.partition(":") for a in parts[1].split()]
                events.append([(re.sub(r"\d+$", "", role), ref) for role, _, ref in triples])
        except (IndexError, ValueError) as exc:
            raise EvaluationError(f"{origin}:{number}: malformed brat line {line!r}") from exc
    attributions: list[GoldAttribution] = []
    for args in events:
        content: list[Span] = []
        source: list[Span] = []
        for role, ref in args:
            if ref not in spans:
                raise EvaluationError(f"{origin}: event refers to unknown span {ref}")
            if role == "Content":
                content.extend(spans[ref][1])
            elif role == "Source":
                source.extend(spans[ref][1])
        if content:
            attributions.append(GoldAttribution(tuple(sorted(content)), tuple(sorted(source))))
    return attributions


def load_brat(folder: Path) -> list[BratDoc]:
    """Texts with their gold attributions; with several annotators, the first file by name."""
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: not a folder of brat files")
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not (text_dir.is_dir() and ann_dir.is_dir()):
        text_dir = ann_dir = folder
    anns = sorted(ann_dir.glob("*.ann"))
    docs: list[BratDoc] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        stem = text_path.stem
        mine = [
            a for a in anns if a.stem == stem or re.fullmatch(re.escape(stem) + r"_\w+", a.stem)
        ]
        if not mine:
            log.warning("%s: no .ann file; left out", text_path)
            continue
        try:
            with text_path.open(encoding="utf-8", newline="") as fh:
                text = fh.read()
            ann = mine[0].read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvaluationError(f"{text_path}: cannot read ({exc})") from exc
        docs.append(BratDoc(stem, text_path, mine[0], text, parse_ann(ann, str(mine[0]))))
    if not docs:
        raise EvaluationError(f"{folder}: no .txt files with .ann annotations found")
    return docs


# -- PLOVER gold-standard records ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PloverActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class PloverRecord:
    id: str
    text: str
    date: str | None
    event: str
    mode: str | None
    source: tuple[PloverActor, ...]
    target: tuple[PloverActor, ...]


def plover_code(code: str | None) -> str | None:
    """A gold country code in ISO alpha-3 (legacy CAMEO codes mapped); IGO/NGO kept."""
    if not code:
        return None
    code = code.strip().upper()
    return CAMEO_CODES.get(code, code) or None


def plover_sector(sector: str | None) -> str | None:
    """The primary sector of a CAMEO agent code ("CVLalb" -> "CVL"; "***" -> None)."""
    if not sector or not sector[:3].isalpha():
        return None
    return sector[:3].upper()


def _actors(raw: Any) -> tuple[PloverActor, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        PloverActor(
            str(a.get("actorText", "")), plover_code(a.get("code")), plover_sector(a.get("sector"))
        )
        for a in raw
        if isinstance(a, dict)
    )


def load_plover(path: Path) -> list[PloverRecord]:
    """Sentences with gold events; old labels mapped to PLOVER 2.0, DOCUMENT records skipped."""
    raw = _read_json(path)
    if not isinstance(raw, list):
        raise EvaluationError(f"{path}: expected a JSON array of PLOVER records")
    records: list[PloverRecord] = []
    for item in raw:
        if not isinstance(item, dict) or item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        label = str(item.get("event", "")).upper()
        event, mode = PLOVER_LABELS.get(label, (label, None))
        records.append(
            PloverRecord(
                id=str(item.get("id", f"plover-{len(records)}")),
                text=str(item["text"]).strip(),
                date=item.get("date") or None,
                event=event,
                mode=mode or item.get("mode") or None,
                source=_actors(item.get("source")),
                target=_actors(item.get("target")),
            )
        )
    if not records:
        raise EvaluationError(f"{path}: no PLOVER records with text")
    return records


# -- HTML extraction -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageGold:
    id: str
    html_path: Path
    body: str
    url: str | None


def load_pages(folder: Path) -> list[PageGold]:
    """Pages of an extraction benchmark: ``ground-truth.json`` and ``html/<id>.html[.gz]``."""
    truth = _read_json(folder / "ground-truth.json")
    if not isinstance(truth, dict):
        raise EvaluationError(f"{folder / 'ground-truth.json'}: expected {{id: {{articleBody}}}}")
    pages: list[PageGold] = []
    for page_id, entry in sorted(truth.items()):
        candidates = [folder / "html" / f"{page_id}.html.gz", folder / "html" / f"{page_id}.html"]
        html = next((c for c in candidates if c.exists()), None)
        if html is None:
            log.warning("%s: no HTML file for %s; left out", folder, page_id)
            continue
        pages.append(PageGold(page_id, html, str(entry.get("articleBody") or ""), entry.get("url")))
    if not pages:
        raise EvaluationError(f"{folder}: no pages with both ground truth and HTML")
    return pages


# -- story partitions ------------------------------------------------------------------------


def load_partition(path: Path) -> list[list[str]]:
    """``stories: [[doc, ...], ...]`` from a YAML or JSON file."""
    try:
        raw = fastyaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvaluationError(f"{path}: story gold not found") from exc
    except (OSError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: not readable YAML/JSON ({exc})") from exc
    stories = raw.get("stories") if isinstance(raw, dict) else None
    if not isinstance(stories, list) or not all(isinstance(s, list) for s in stories):
        raise EvaluationError(f"{path}: expected 'stories: [[doc, ...], ...]'")
    return [[str(doc) for doc in story] for story in stories]


def load_examples(path: Path) -> SeedsGold:
    """A corpus gold file like ``examples/gold.yaml``: ``stories`` (every document once),
    and optionally ``duplicates`` (copy -> original), ``damage`` (document -> expected
    quality flags; the others must raise none) and ``quotes`` (``{doc, key, speaker}``)."""
    stories = load_partition(path)
    raw = fastyaml.safe_load(path.read_text(encoding="utf-8"))
    articles = {
        doc: SeedArticle(name=doc, only_these_flags=True) for story in stories for doc in story
    }
    try:
        for doc, flags in (raw.get("damage") or {}).items():
            _example(articles, doc, path).flags = [str(f) for f in flags]
        for q in raw.get("quotes") or []:
            _example(articles, str(q["doc"]), path).quotes.append(
                QuoteGold(str(q["key"]), q.get("speaker"), q.get("speaker_group"), q.get("kind"))
            )
        duplicates = {str(k): str(v) for k, v in (raw.get("duplicates") or {}).items()}
    except (AttributeError, KeyError, TypeError) as exc:
        raise EvaluationError(f"{path}: malformed gold ({exc!r})") from exc
    for doc in (*duplicates, *duplicates.values()):
        _example(articles, doc, path)
    return SeedsGold(stories=stories, articles=articles, duplicates=duplicates)


def _example(articles: dict[str, SeedArticle], doc: str, path: Path) -> SeedArticle:
    if doc not in articles:
        raise EvaluationError(f"{path}: {doc!r} is not in any story; every document appears once")
    return articles[doc]
