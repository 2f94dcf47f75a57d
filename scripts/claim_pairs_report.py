"""Per-pair listing of the real-prose gold claim pairs (dev split by default).

    python scripts/claim_pairs_report.py                 # run the pipeline, list dev pairs
    python scripts/claim_pairs_report.py --cache /tmp/real.pkl   # reuse the NLP stages

For each gold pair: the gold relation, sitroom's label (contradicted, corroborated or
neither), and why: whether each claim key lies in a statement unit, the pair's alignment
score (TF-IDF cosine plus the actor and figure bonuses), whether the two are counterparts,
and what the contrast check decided. The NLP stages (and story grouping) run once and are
cached with ``--cache``; the claims stage is re-run on every call, so a change in
``sitroom.claims`` is measured in seconds. Test pairs are listed only with ``--split test``
(develop on dev; look at test once, to report).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer

from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.check import _score, contrast
from sitroom.claims.sources import independent
from sitroom.claims.units import Unit, units
from sitroom.evaluate.align import coverage, locate
from sitroom.evaluate.real_gold import RealArticle, RealGold, load_real
from sitroom.nlp.actors.kb import load_kb
from sitroom.settings import load_settings

REPO = Path(__file__).resolve().parents[1]


def _articles(gold: RealGold, cache: Path | None) -> list[Article]:
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            loaded: list[Article] = pickle.load(fh)  # our own cache file
        return loaded
    from sitroom.run.pipeline import Pipeline

    pipe = Pipeline(load_settings(None))
    done = list(pipe.process([_report(art) for art in gold.articles.values()], []))
    pipe.finish(done)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(done, fh)
    return done


def _report(art: RealArticle) -> Article:
    """The gold report as the evaluation feeds it (sitroom.evaluate.runners.run_real)."""
    article = Article(art.text, art.id, url=art.url, publisher=art.outlet)
    article.published = art.published
    article.assign_id(art.id)
    return article


def _unit_at(us: list[Unit], text: str, key: str) -> Unit | None:
    span = locate(text, key)
    if span is None:
        return None
    for u in us:
        if coverage(span, (u.start, u.end)) >= 0.5:
            return u
    return None


def _why(group: list[Article], a: Article, b: Article, ka: str, kb_: str) -> str:
    per = [units(x, i) for i, x in enumerate(group)]
    ia, ib = group.index(a), group.index(b)
    ua, ub = _unit_at(per[ia], a.text, ka), _unit_at(per[ib], b.text, kb_)
    if ua is None or ub is None:
        return f"no unit: a={'ok' if ua else 'MISSING'} b={'ok' if ub else 'MISSING'}"
    flat = [u for us in per for u in us]
    vec = TfidfVectorizer(analyzer=lambda t: t, sublinear_tf=True)
    matrix = vec.fit_transform([u.terms for u in flat])
    row = {id(u): k for k, u in enumerate(flat)}
    cos = float((matrix[row[id(ua)]] @ matrix[row[id(ub)]].T).toarray()[0, 0])
    score = _score(ua, ub, cos)
    best_a = max(
        (float((matrix[row[id(ua)]] @ matrix[row[id(u)]].T).toarray()[0, 0]) for u in per[ib]),
        default=0.0,
    )
    found = contrast(ua, ub, score or 0.0)
    return (
        f"cos={cos:.3f} score={score if score is None else round(score, 3)} "
        f"best_cos_a_in_b={best_a:.2f} indep={independent(a, b)} "
        f"spk={ua.speaker}/{ub.speaker} contrast={found}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    parser.add_argument(
        "--all", action="store_true", help="also list every contradiction in the split"
    )
    args = parser.parse_args()
    gold = load_real(REPO / "eval" / "real")
    done = _articles(gold, args.cache)
    for a in done:
        a.claims = []
    settings = load_settings(None)
    cross_check(done, load_kb(settings.kb.user_file))
    by_id = {a.id: a for a in done}
    ids = {a.id for a in gold.split(args.split)}
    counts: dict[str, list[int]] = {}
    n_pred = tp = 0
    for pair in gold.pairs:
        if pair.doubtful or pair.a[0] not in ids or pair.b[0] not in ids:
            continue
        (aid, ca), (bid, cb) = pair.a, pair.b
        a, b = by_id[aid], by_id[bid]
        ka, kb_ = gold.articles[aid].claims[ca], gold.articles[bid].claims[cb]
        in_a = _claims_at(a, ka)
        in_b = _claims_at(b, kb_)
        contra = any(bid in c.conflict for c in in_a) or any(aid in c.conflict for c in in_b)
        same = any(bid in c.support for c in in_a) or any(aid in c.support for c in in_b)
        label = "contradicted" if contra else "corroborated" if same else "none"
        good = {
            "contradicting": contra,
            "same": same and not contra,
            "unrelated": not contra,
        }[pair.relation]
        counts.setdefault(pair.relation, [0, 0])
        counts[pair.relation][0] += good
        counts[pair.relation][1] += 1
        n_pred += contra
        tp += contra and pair.relation == "contradicting"
        if args.quiet:
            continue
        group = [x for x in done if x.story_id == a.story_id]
        why = _why(group, a, b, ka, kb_) if b in group else "different stories"
        mark = "ok " if good else "BAD"
        print(f"{mark} {pair.relation:13} -> {label:12} {aid}/{ca} ~ {bid}/{cb}")
        print(f"    a: {ka}\n    b: {kb_}\n    {why}")
        for c in in_a:
            for e in c.contradictions:
                print(f"    a-contra: {e.differs} {e.this!r} vs {e.other!r} ({e.confidence})")
    if args.all:
        _list_all([a for a in done if a.id in ids], ids)
    for rel, (ok, n) in sorted(counts.items()):
        print(f"{rel:13} {ok}/{n}")
    gold_c = counts.get("contradicting", [0, 0])
    print(f"contradiction precision {tp}/{n_pred}, recall {gold_c[0]}/{gold_c[1]}")
    return 0


def _list_all(articles: list[Article], ids: set[str]) -> None:
    """Every contradiction between two of the split's reports, once per pair of sentences
    (a story may join reports of both splits: the other split's text is not shown)."""
    print("\nall contradictions:")
    seen = set()
    for a in articles:
        for c in a.claims:
            for e in c.contradictions:
                if e.article not in ids:
                    continue
                pair = frozenset({(a.id, c.text), (e.article, e.text)})
                if pair in seen:
                    continue
                seen.add(pair)
                print(f"  {a.id} ~ {e.article} {e.differs} {e.this!r} / {e.other!r} {e.confidence}")
                print(f"    {c.text[:160]!r}\n    {e.text[:160]!r}")
    print(f"  {len(seen)} in all")


def _claims_at(article: Article, key: str) -> list[Any]:
    span = locate(article.text, key)
    if span is None:
        return []
    return [c for c in article.claims if coverage(span, (c.start, c.end)) >= 0.5]


if __name__ == "__main__":
    sys.exit(main())
