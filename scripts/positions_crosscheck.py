"""How the position finder does on wording nobody wrote a phrase for: the real-prose dev
reports scored per topic with each hand catalog (``eval/real/catalogs``) as written, and
stripped to its claims, definitions and examples (no ``keywords``, ``opposite``,
``against``, ``for`` or ``related`` phrases: as for a topic whose catalog has only a
definition), plus the positions each catalog finds on the other topics' dev reports with
its scope removed (all of them are off-topic).

The phrase lists of a hand catalog were written by reading its reports, so its dev scores
say little about unseen wording; the stripped catalogs measure the matching by meaning
alone. Only the dev split is read (the test split is for the final report)::

    .venv/bin/python scripts/positions_crosscheck.py [--real eval/real]
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from pathlib import Path
from typing import Any

import yaml

from sitroom.article import Article
from sitroom.evaluate.real_gold import RealGold, load_real
from sitroom.evaluate.real_positions import (
    PositionScore,
    TopicGold,
    load_positions,
    score_article,
)
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.positions.catalog import Catalog, load_catalog
from sitroom.nlp.positions.rescore import iter_rescored
from sitroom.settings import load_settings

PHRASES = ("keywords", "opposite", "against", "for", "related")


def stripped(path: Path, folder: Path, *, phrases: bool, scope: bool) -> Catalog:
    """The catalog in ``path`` without its phrase lists and / or its scope."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for issue in data.get("issues", {}).values():
        for name in PHRASES if not phrases else ():
            issue.pop(name, None)
        if not scope:
            issue.pop("scope", None)
    if not scope:
        data.pop("scope", None)
    out = folder / f"{path.stem}-{int(phrases)}{int(scope)}.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_catalog(str(out))


def fresh(article: Article) -> Article:
    out = Article(text=article.text, id=article.id, published=article.published)
    out.mentions, out.quotes, out.events = article.mentions, article.quotes, article.events
    out.furniture, out.parses = article.furniture, article.parses
    return out


def score(
    topic: TopicGold, catalog: Catalog, arts: list[Article], kb: KnowledgeBase
) -> PositionScore:
    s = PositionScore()
    issues = set(catalog.ids())
    for article in iter_rescored([fresh(a) for a in arts], catalog):
        entries = [g for g in topic.positions if g.article == article.id]
        score_article(article, entries, issues, s, kb)
    return s


def line(name: str, s: PositionScore) -> str:
    found = len(s.found & s.cells)
    p = s.tp_pred / s.n_pred if s.n_pred else 0.0
    r = found / len(s.cells) if s.cells else 0.0
    return (
        f"{name:<28} precision {p:.3f} ({s.tp_pred}/{s.n_pred})  "
        f"recall {r:.3f} ({found}/{len(s.cells)})  opposite {s.opposite}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=Path("eval/real"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    from sitroom.run.pipeline import Pipeline  # loads spaCy

    settings = load_settings()
    gold: RealGold = load_real(args.real)
    dev = [a for a in gold.articles.values() if a.split == "dev"]
    articles = []
    for art in dev:
        article = Article(text=art.text, source=art.id, published=art.published)
        article.assign_id(art.id)
        articles.append(article)
    done = {a.id: a for a in Pipeline(settings).process(articles, [])}
    kb = load_kb(settings.kb.user_file)
    totals = {"as written": PositionScore(), "definitions only": PositionScore()}
    with tempfile.TemporaryDirectory() as tmp:
        for topic in load_positions(args.real):
            own = [done[a.id] for a in dev if a.topic == topic.topic]
            others = [done[a.id] for a in dev if a.topic != topic.topic]
            for name, phrases in (("as written", True), ("definitions only", False)):
                cat = stripped(topic.catalog, Path(tmp), phrases=phrases, scope=True)
                s = score(topic, cat, own, kb)
                print(line(f"{topic.topic} {name}", s))
                total = totals[name]
                total.n_pred += s.n_pred
                total.tp_pred += s.tp_pred
                total.opposite += s.opposite
                total.cells |= s.cells
                total.found |= s.found
            wide = stripped(topic.catalog, Path(tmp), phrases=True, scope=False)
            n = sum(len(a.positions) for a in iter_rescored([fresh(a) for a in others], wide))
            print(f"{topic.topic} without scope: {n} positions on {len(others)} other reports")
    for name, s in totals.items():
        print(line(f"all topics {name}", s))


if __name__ == "__main__":
    main()
