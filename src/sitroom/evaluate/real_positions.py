"""Positions on the real-prose gold set: each topic scored with its own hand catalog.

``eval/real/catalogs/<topic>.yaml`` is a catalog written by hand for a topic and
``eval/real/positions/<topic>.yaml`` the positions annotated on its reports (format:
``eval/real/GUIDELINES.md``, "positions"). The topic's reports are re-scored with its
catalog from their kept parses (:mod:`sitroom.nlp.positions.rescore`), so the model runs once.

A predicted position matches a gold one when it is in the same article, on the same issue,
by one of the gold actor's names and its evidence holds the gold key. Precision is over
predictions (those matching only doubtful entries are skipped); an *opposite* is a match
whose stance is the reverse (support / oppose). Recall is over gold cells (article, issue,
actor, stance): the finder keeps one position per actor, issue and stance in a document, so
an actor repeating a stance in three sentences is one cell, found by any of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitroom.article import Article, Position
from sitroom.errors import EvaluationError
from sitroom.evaluate.align import fold_name
from sitroom.evaluate.real_gold import RealGold
from sitroom.evaluate.scorecard import Metric, Miss, metric
from sitroom.evaluate.scorers import ratio
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.positions.catalog import load_catalog
from sitroom.nlp.positions.rescore import iter_rescored

SET = "real"
STANCES = ("support", "oppose", "conditional")
OPPOSITE = {"support": "oppose", "oppose": "support"}
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG"})


@dataclass(frozen=True, slots=True)
class PositionGold:
    article: str
    actors: tuple[str, ...]
    issue: str
    stance: str
    key: str
    red_line: bool = False
    doubtful: str | None = None

    @property
    def cell(self) -> tuple[str, str, str, str]:
        return (self.article, self.issue, fold_name(self.actors[0]) or "", self.stance)

    def names(
        self,
        p: Position,
        kb: KnowledgeBase | None,
        where: dict[str, tuple[str | None, str | None]] | None = None,
    ) -> bool:
        """Whether the predicted holder is one of the gold actors: by name, by knowledge-base
        alias, or (a state's gold name) as that state's government or army."""
        folded = fold_name(p.canonical)
        if folded and any(fold_name(a) == folded for a in self.actors):
            return True
        if kb is None or not p.actor_id:
            return False
        members = kb.actors[p.actor_id].members if p.actor_id in kb.actors else []
        if members and any(set(kb.alias.get(key(n), [])) & set(members) for n in self.actors):
            return True  # a group ("E3 countries") stands for each of its members
        held = where.get(p.actor_id) if where is not None else None
        if (held is None or held[1] is None) and p.actor_id in kb.actors:
            actor = kb.actors[p.actor_id]
            gov = next((r for r in actor.roles if r.sector in STATE_SECTORS), None)
            held = (actor.country, actor.sector or (gov.sector if gov else None))
        for name in self.actors:
            ids = kb.alias.get(key(name), [])
            if p.actor_id in ids:
                return True
            states = [
                kb.actors[i] for i in ids if i in kb.actors and kb.actors[i].kind == "country"
            ]
            if (
                held is not None
                and held[1] in STATE_SECTORS
                and any(s.country and s.country == held[0] for s in states)
            ):
                return True
        return False


@dataclass(slots=True)
class TopicGold:
    topic: str
    catalog: Path
    positions: list[PositionGold]


@dataclass(slots=True)
class PositionScore:
    n_pred: int = 0
    tp_pred: int = 0
    opposite: int = 0
    cells: set[tuple[str, str, str, str]] = field(default_factory=set)
    found: set[tuple[str, str, str, str]] = field(default_factory=set)
    red_lines: int = 0
    red_lines_found: int = 0
    misses: list[Miss] = field(default_factory=list)


def load_positions(folder: Path) -> list[TopicGold]:
    """The annotated topics of the gold set in ``folder`` (none when it has no positions)."""
    out = []
    for path in sorted((folder / "positions").glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise EvaluationError(f"{path}: cannot read the positions ({exc})") from exc
        topic = str(data.get("topic") or path.stem)
        catalog = folder / "catalogs" / f"{data.get('catalog') or topic}.yaml"
        if not catalog.is_file():
            raise EvaluationError(f"{path}: its catalog {catalog} is missing")
        entries = [_entry(e, path) for e in data.get("positions") or []]
        out.append(TopicGold(topic, catalog, entries))
    return out


def _entry(e: Any, path: Path) -> PositionGold:
    try:
        stance = str(e["stance"])
        if stance not in STANCES:
            raise ValueError(f"stance {stance!r} is not one of {', '.join(STANCES)}")
        return PositionGold(
            article=str(e["article"]),
            actors=tuple(a.strip() for a in str(e["actor"]).split("|")),
            issue=str(e["issue"]),
            stance=stance,
            key=str(e["key"]),
            red_line=bool(e.get("red_line", False)),
            doubtful=str(e["doubtful"]) if e.get("doubtful") else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise EvaluationError(f"{path}: bad position entry {e!r} ({exc})") from exc


def _holds(p: Position, g: PositionGold, text: str) -> bool:
    at = text.find(g.key)
    return at >= 0 and p.evidence.start <= at and at + len(g.key) <= p.evidence.end + 1


def score_article(
    article: Article,
    gold: Sequence[PositionGold],
    issues: set[str],
    s: PositionScore,
    kb: KnowledgeBase | None = None,
) -> None:
    """Add one article's predictions (on the topic's issues) and gold cells to ``s``."""
    for g in gold:
        if g.doubtful is None:
            s.cells.add(g.cell)
            s.red_lines += g.red_line
    where = {m.actor_id: (m.country, m.sector) for m in article.mentions if m.actor_id}
    for p in article.positions:
        if p.issue not in issues:
            continue
        hits = [
            g
            for g in gold
            if g.issue == p.issue and g.names(p, kb, where) and _holds(p, g, article.text)
        ]
        clear = [g for g in hits if g.doubtful is None]
        if hits and not clear:
            continue  # only doubtful entries: left out both ways
        s.n_pred += 1
        said = f"{p.canonical} {p.issue} {p.stance}{' !' if p.red_line else ''}"
        right = [g for g in clear if g.stance == p.stance]
        if right:
            s.tp_pred += 1
            for g in right:
                if g.cell not in s.found:
                    s.red_lines_found += g.red_line and p.red_line
                s.found.add(g.cell)
            continue
        reversed_ = [g for g in clear if OPPOSITE.get(g.stance) == p.stance]
        s.opposite += bool(reversed_)
        kind = "positions_opposite" if reversed_ else "positions_wrong"
        gold_text = f"{clear[0].stance}" if clear else "(no position)"
        s.misses.append(
            Miss(SET, kind, gold_text, said, article.id, p.evidence.start, p.evidence.end)
        )


def _missed(article: Article, gold: Sequence[PositionGold], s: PositionScore) -> None:
    seen = set(s.found)
    for g in gold:
        if g.doubtful is None and g.cell not in seen:
            at = article.text.find(g.key)
            s.misses.append(
                Miss(
                    SET,
                    "positions_missed",
                    f"{g.actors[0]} {g.issue} {g.stance}{' !' if g.red_line else ''}",
                    "(none)",
                    article.id,
                    at,
                    at + len(g.key),
                )
            )
            seen.add(g.cell)  # one miss per cell


def score_positions(
    folder: Path, gold: RealGold, articles: Iterable[Article], kb: KnowledgeBase | None = None
) -> tuple[list[Metric], list[Miss]]:
    """Per split: positions precision, recall, opposite stances and red lines found."""
    topics = load_positions(folder)
    if not topics:
        return [], []
    by_id = {a.id: a for a in articles}
    scores = {"dev": PositionScore(), "test": PositionScore()}
    for topic in topics:
        catalog = load_catalog(str(topic.catalog))
        issues = set(catalog.ids())
        ids = [a for a, art in gold.articles.items() if art.topic == topic.topic and a in by_id]
        for article in iter_rescored([_copy(by_id[a]) for a in ids], catalog):
            s = scores[gold.articles[article.id].split]
            entries = [g for g in topic.positions if g.article == article.id]
            score_article(article, entries, issues, s, kb)
            _missed(article, entries, s)
    metrics: list[Metric] = []
    misses: list[Miss] = []
    for split, s in scores.items():
        if not s.cells and not s.n_pred:
            continue

        def m(name: str, value: float | None, n: int, split: str = split) -> Metric:
            return metric(SET, f"{split}_{name}", value, n)

        metrics += [
            m("positions_precision", ratio(s.tp_pred, s.n_pred), s.n_pred),
            m("positions_recall", ratio(len(s.found & s.cells), len(s.cells)), len(s.cells)),
            m("positions_opposite", s.opposite, s.n_pred),
            m("positions_red_lines", ratio(s.red_lines_found, s.red_lines), s.red_lines),
        ]
        misses += [
            Miss(x.set, f"{split}:{x.kind}", x.gold, x.predicted, x.article, x.start, x.end)
            for x in s.misses
        ]
    return metrics, misses


def _copy(article: Article) -> Article:
    """A shallow copy whose positions can be replaced without touching the record."""
    out = Article(text=article.text, id=article.id, published=article.published)
    out.mentions, out.quotes, out.events = article.mentions, article.quotes, article.events
    out.positions, out.parses = list(article.positions), article.parses
    out.furniture = article.furniture  # as the first run, no position from furniture
    return out
