"""Per-error breakdown of event coding on the real-prose gold set's dev split.

For every dev gold event: sitroom's matched event (as the scorer assigns them) and what
differs (type, source, target, modality, hidden, missing); then the predicted events that
match no gold event. Dev only: the test split is never read.

    PYTHONPATH=src python scripts/event_errors.py [--data eval/real] [--verbose]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from sitroom.article import Article
from sitroom.evaluate.real_gold import EventGold, load_real
from sitroom.evaluate.real_layers import _assign, _roles_ok
from sitroom.run.pipeline import Pipeline
from sitroom.settings import load_settings


def _codes(roles: tuple[frozenset[str], ...]) -> str:
    return ",".join("|".join(sorted(c)) for c in roles) or "-"


def _refs(refs: list[dict[str, Any]] | None) -> str:
    return ",".join(str(r.get("canonical") or r.get("text")) for r in refs or []) or "-"


def _what(g: EventGold, e: dict[str, Any] | None) -> list[str]:
    if e is None:
        return ["missing"]
    wrong = []
    if e["type"] != g.type:
        wrong.append("type")
    if not _roles_ok(g.actor, e.get("actor", [])):
        wrong.append("source")
    if not _roles_ok(g.recipient, e.get("recipient", [])):
        wrong.append("target")
    if bool(e.get("negated")) != g.negated:
        wrong.append("negated")
    if bool(e.get("hypothetical")) != g.hypothetical:
        wrong.append("hypothetical")
    if e.get("shown") is False:
        wrong.append("hidden")
    return wrong or ["ok"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="eval/real")
    parser.add_argument("--verbose", action="store_true", help="print every event")
    args = parser.parse_args()
    gold = load_real(Path(args.data))
    arts = gold.split("dev")
    pipe = Pipeline(load_settings())
    articles = []
    for art in arts:
        article = Article(text=art.text, source=art.id, url=art.url, publisher=art.outlet)
        article.assign_id(art.id)
        articles.append(article)
    records = {a.id: a.to_record() for a in pipe.process(articles, [])}
    tally: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for art in arts:
        rec = records[art.id]
        events = rec.get("events", [])
        taken, _ = _assign(art, rec)
        for gi, g in enumerate(art.events):
            if g.doubtful:
                continue
            e = events[taken[gi]] if gi in taken else None
            what = _what(g, e)
            for w in what:
                tally[w] += 1
            tally["gold"] += 1
            if args.verbose and what != ["ok"]:
                want = f"{g.type} {_codes(g.actor)} -> {_codes(g.recipient)}"
                want += f" neg={g.negated:d} hyp={g.hypothetical:d}"
                got = "-"
                if e is not None:
                    got = f"{e['type']} {_refs(e.get('actor'))} -> {_refs(e.get('recipient'))}"
                    got += f" neg={bool(e.get('negated')):d} hyp={bool(e.get('hypothetical')):d}"
                    got += f" [{e['anchor']['text']}]"
                print(
                    f"{art.id} {'/'.join(what):24} key={g.key!r}\n    want {want}\n    got  {got}"
                )
        used = set(taken.values())
        for pi, e in enumerate(events):
            if pi in used or e.get("shown") is False:
                continue
            spurious["spurious"] += 1
            if args.verbose:
                got = f"{e['type']} {_refs(e.get('actor'))} -> {_refs(e.get('recipient'))}"
                print(f"{art.id} SPURIOUS {got} [{e['anchor']['text']}]")
    print(dict(tally.most_common()), dict(spurious))


if __name__ == "__main__":
    main()
