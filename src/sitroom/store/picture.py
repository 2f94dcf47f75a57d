"""The picture an analyst looks at, composed from the store: one story, one actor, one
issue, the network of actors and the overview. Plain dicts (JSON-able), shared by the
HTTP API, the pages and the HTML brief.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Any

from sitroom.nlp.positions.aggregate import PositionSummary, Source, aggregate_rows
from sitroom.store import queries
from sitroom.store.browse import Filters, rows
from sitroom.store.queries import record

ALL = 100_000  # "every row" for the composed views (a story or an actor is small)
WARNING_FLAGS = ("garbled", "truncated", "machine_translated", "duplicate", "mojibake_repaired")


def _summaries(position_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Positions per actor and issue, each with its ``history``: one stance per original
    article (its most confident statement) with the evidence, oldest first."""
    out = []
    for s in aggregate_rows(position_rows):
        d = asdict(s)
        d["previous_stance"] = s.previous_stance
        d["history"] = _history(s)
        current = [h for h in d["history"] if h["stance"] == s.current_stance]
        d["evidence"] = current[-1]["evidence"] if current else _any_evidence(s)
        out.append(d)
    return out


def _history(s: PositionSummary) -> list[dict[str, Any]]:
    best: dict[str, Source] = {}
    for src in s.sources:
        if not src.duplicate_of and (
            src.article_id not in best or src.confidence > best[src.article_id].confidence
        ):
            best[src.article_id] = src
    ordered = sorted(best.values(), key=lambda x: (x.published is None, x.published or ""))
    return [
        {
            "date": x.published,
            "stance": x.stance,
            "evidence": x.evidence,
            "publisher": x.publisher,
            "article_id": x.article_id,
        }
        for x in ordered
    ]


def _any_evidence(s: PositionSummary) -> str:
    return s.sources[-1].evidence if s.sources else ""


def matrix(position_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Actors by issues: each cell the current stance, red line, history and evidence."""
    cells = _summaries(position_rows)
    issues = sorted({c["issue"] for c in cells})
    actors: dict[str, str] = {}
    for c in cells:
        actors.setdefault(c["actor_id"] or c["canonical"] or "?", c["canonical"] or "?")
    grid = {f"{c['actor_id'] or c['canonical'] or '?'}|{c['issue']}": c for c in cells}
    return {
        "issues": issues,
        "actors": [{"key": k, "name": v} for k, v in sorted(actors.items(), key=lambda kv: kv[1])],
        "cells": grid,
    }


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start``..``end`` of ``text`` (cut at . ! ? or a line break)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def _article_texts(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", list(ids))
    return {r["id"]: r["text"] for r in found}


def _timeline(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    events = rows(conn, "events", f, limit=ALL, factual=True).items
    quotes = rows(conn, "quotes", f, limit=ALL).items
    texts = _article_texts(conn, {e["article_id"] for e in events})
    items = [
        {
            "kind": "event",
            "date": e["date"] or e["published"],
            "type": e["type"],
            "who": ", ".join(r.get("canonical") or r.get("text") or "?" for r in e["actor"]),
            "whom": ", ".join(r.get("canonical") or r.get("text") or "?" for r in e["recipient"]),
            "text": texts.get(e["article_id"], "")[e["sentence_start"] : e["sentence_end"]],
            "article_id": e["article_id"],
            "publisher": e["publisher"],
        }
        for e in events
    ]
    items += [
        {
            "kind": "statement",
            "date": q["published"],
            "type": q["kind"],
            "who": q["speaker_canonical"] or q["speaker_text"] or "?",
            "whom": "",
            "text": q["text"],
            "article_id": q["article_id"],
            "publisher": q["publisher"],
        }
        for q in quotes
    ]
    items.sort(key=lambda i: (str(i["date"] or ""), i["kind"]))
    return items


def _claims(conn: sqlite3.Connection, story_id: str) -> list[dict[str, Any]]:
    """A story's claims; a contradicted one carries the other source's sentence too."""
    found = rows(conn, "claims", Filters(story=story_id), limit=ALL).items
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in found:
        by_article[c["article_id"]].append(c)
    for c in found:
        c["other"] = None
        for other_id in c.get("conflict") or []:
            pair = [o for o in by_article.get(other_id, []) if c["article_id"] in o["conflict"]]
            if pair:
                c["other"] = {k: pair[0][k] for k in ("article_id", "text", "publisher")}
                break
    order = {"contradicted": 0, "corroborated": 1, "single_source": 2}
    found.sort(key=lambda c: (order.get(c["status"], 3), str(c["published"] or "")))
    return found


def story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """One story: articles (flags, copies), cited summary, timeline, matrix and claims."""
    out = queries.story(conn, story_id)
    if out is None:
        return None
    articles = rows(conn, "articles", Filters(story=story_id), sort="date", limit=ALL).items
    by_id = {a["id"]: a for a in articles}
    for a in articles:
        original = by_id.get(a["duplicate_of"] or "")
        a["copy_of"] = original["title"] if original else None
    out["articles"] = articles
    cited = []
    for item in out.get("summary") or []:
        n = next((i for i, a in enumerate(articles, 1) if a["id"] == item["article_id"]), None)
        cited.append(
            {**item, "n": n, "publisher": by_id.get(item["article_id"], {}).get("publisher")}
        )
    out["summary"] = cited
    out["timeline"] = _timeline(conn, Filters(story=story_id))
    out["matrix"] = matrix(queries.positions(conn, story_id))
    out["claims"] = _claims(conn, story_id)
    return out


def actor(
    conn: sqlite3.Connection, actor_id: str, kb_entry: dict[str, Any] | None
) -> dict[str, Any] | None:
    """One actor: variants, roles (from the KB), quotes, events as source and as target,
    positions over time, and where it comes from (the KB, or the sentence stating its role,
    else the sentence of its first mention)."""
    row = conn.execute("SELECT * FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
    if row is None:
        return None
    out = record(row)
    f = Filters(actor=actor_id)
    out["quotes"] = [
        q for q in rows(conn, "quotes", f, limit=ALL).items if q["speaker_actor_id"] == actor_id
    ]
    events = rows(conn, "events", f, limit=ALL).items
    out["as_source"] = [e for e in events if any(r.get("actor_id") == actor_id for r in e["actor"])]
    out["as_target"] = [
        e for e in events if any(r.get("actor_id") == actor_id for r in e["recipient"])
    ]
    positions = [p for p in queries.positions(conn) if p["actor_id"] == actor_id]
    out["positions"] = _summaries(positions)
    out["kb"] = kb_entry
    out["origin"] = None
    stated = out.get("role_article")
    if kb_entry is None and stated:  # the sentence that states the role
        source = conn.execute(
            "SELECT title, publisher FROM articles WHERE id = ?", (stated,)
        ).fetchone()
        out["origin"] = {
            "article_id": stated,
            "title": source["title"] if source else None,
            "publisher": source["publisher"] if source else None,
            "sentence": out.get("role_evidence"),
        }
    elif kb_entry is None:
        first = conn.execute(
            'SELECT m.article_id, m.start, m."end", a.text, a.title, a.publisher FROM mentions m '
            "JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? ORDER BY m.mention_id "
            "LIMIT 1",
            (actor_id,),
        ).fetchone()
        if first is not None:
            out["origin"] = {
                "article_id": first["article_id"],
                "title": first["title"],
                "publisher": first["publisher"],
                "sentence": _sentence(first["text"], first["start"], first["end"]),
            }
    return out


def issue(conn: sqlite3.Connection, issue_id: str) -> dict[str, Any]:
    """Who stands where on one issue, and how that changed (stances by date)."""
    found = rows(conn, "positions", Filters(issue=issue_id), sort="date", limit=ALL).items
    return {"issue": issue_id, "positions": _summaries(found), "n_statements": len(found)}


def issues(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    found = conn.execute(
        "SELECT issue, count(*) AS n_statements, count(DISTINCT coalesce(actor_id, canonical)) "
        "AS n_actors FROM positions GROUP BY issue ORDER BY n_statements DESC, issue"
    )
    return [record(r) for r in found]


def network(conn: sqlite3.Connection, f: Filters, *, kind: str | None = None) -> dict[str, Any]:
    """Actors as nodes; edges from events (source to target) and from statements (a speaker
    quoted naming another actor), weighted by how often; ``kind`` is event or statement,
    ``f.type`` an event type, ``f.since``/``f.until`` the dates."""
    weights: Counter[tuple[str, str, str]] = Counter()
    names: dict[str, str] = {}
    if kind in (None, "event"):
        for e in rows(conn, "events", f, limit=ALL, factual=True).items:
            for src in e["actor"]:
                for dst in e["recipient"]:
                    a, b = src.get("actor_id"), dst.get("actor_id")
                    if a and b and a != b:
                        names[a], names[b] = src.get("canonical") or a, dst.get("canonical") or b
                        weights[(a, b, "event")] += 1
    if kind in (None, "statement") and not f.type:
        for r in _statement_pairs(conn, f):
            names[r["a"]], names[r["b"]] = r["a_name"] or r["a"], r["b_name"] or r["b"]
            weights[(r["a"], r["b"], "statement")] += 1
    degree: Counter[str] = Counter()
    for (a, b, _), w in weights.items():
        degree[a] += w
        degree[b] += w
    return {
        "nodes": [{"id": k, "name": names[k], "weight": degree[k]} for k in sorted(degree)],
        "edges": [
            {"source": a, "target": b, "kind": k, "weight": w}
            for (a, b, k), w in sorted(weights.items(), key=lambda kv: -kv[1])
        ],
    }


def _statement_pairs(conn: sqlite3.Connection, f: Filters) -> list[sqlite3.Row]:
    clauses, params = [], []
    if f.since:
        clauses.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("substr(a.published, 1, 10) <= ?")
        params.append(f.until)
    if f.story:
        clauses.append("a.story_id = ?")
        params.append(f.story)
    where = "".join(f" AND {c}" for c in clauses)
    return conn.execute(
        "SELECT q.speaker_actor_id AS a, q.speaker_canonical AS a_name, m.actor_id AS b, "
        "m.canonical AS b_name FROM quotes q JOIN mentions m ON m.article_id = q.article_id "
        'AND m.start >= q.start AND m."end" <= q."end" JOIN articles a ON a.id = q.article_id '
        "WHERE q.speaker_actor_id IS NOT NULL AND m.actor_id IS NOT NULL "
        f"AND m.actor_id != q.speaker_actor_id{where}",
        params,
    ).fetchall()


def overview(conn: sqlite3.Connection, *, n: int = 12) -> dict[str, Any]:
    """Stories by recency and by coverage, most active actors, open contradictions and
    quality warnings (damaged or copied articles)."""
    from sitroom.store.browse import actors, stories

    contradictions = [
        c
        for s in stories(conn, Filters(), limit=ALL).items
        for c in _claims(conn, s["story_id"])
        if c["status"] == "contradicted"
    ]
    flagged = [
        a
        for a in rows(conn, "articles", Filters(), limit=ALL).items
        if set(a["quality_flags"]) & set(WARNING_FLAGS)
    ]
    return {
        "counts": queries.table_counts(
            conn, ("articles", "stories", "actors", "quotes", "events", "positions", "claims")
        ),
        "recent": stories(conn, Filters(), sort="-recent", limit=n).items,
        "covered": stories(conn, Filters(), sort="-coverage", limit=n).items,
        "actors": actors(conn, limit=n).items,
        "speakers": _speakers(conn, n),
        "contradictions": contradictions,
        "warnings": flagged,
    }


def _speakers(conn: sqlite3.Connection, n: int) -> list[dict[str, Any]]:
    """Most quoted people (countries and groups are not speakers an analyst looks for)."""
    found = conn.execute(
        "SELECT q.speaker_actor_id AS actor_id, q.speaker_canonical AS canonical, count(*) AS n "
        "FROM quotes q JOIN actors ac ON ac.actor_id = q.speaker_actor_id "
        "WHERE ac.type = 'PERSON' GROUP BY 1, 2 ORDER BY n DESC, canonical LIMIT ?",
        (n,),
    )
    return [record(r) for r in found]
