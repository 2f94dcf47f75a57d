"""Benchmark: story clustering at 10k, 30k and 100k articles (targets: the time ratio
100k/10k below 15, peak memory below 4 GB), against a naive all-pairs baseline.

A synthetic stream of short dated reports is generated from templates: events (talks,
summits, sanctions, deployments, ceasefires, ...) on given days, with actors drawn from
a pool of a few thousand people, countries and cities; each event is covered by a few
outlets with paraphrases (different templates and synonyms) and now and then a
syndicated copy with a small edit. Articles carry linked mentions, as they would after
the NLP stage. The first N articles of the stream are clustered with
``sitroom.stories.cluster`` in a fresh process per size, so that each peak RSS
(``resource.getrusage``) is that size's alone; the baseline, a naive all-pairs TF-IDF
clustering (each article against every earlier one), runs at 1k and 3k to show its
quadratic growth.

    .venv/bin/python benchmarks/bench_stories.py [--sizes 10000,30000,100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sitroom.article import Article, Mention
from sitroom.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
SEED = 20250213
ARTICLES_PER_DAY = 120
MAX_RATIO = 15.0
MAX_PEAK_MB = 4096.0
#: The baseline's cosine threshold (single link on raw TF-IDF needs a higher bar).
NAIVE_THRESHOLD = 0.5

_FIRST = [
    "Anna", "Boris", "Carla", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Irina", "Jonas",
    "Karin", "Lars", "Maria", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Stefan", "Tamara",
    "Ulrich", "Vera", "Walter", "Xenia", "Yusuf", "Zofia", "Ahmed", "Beatriz", "Chen", "Dario",
    "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jana", "Kofi", "Leila", "Mateo", "Nadia",
]  # fmt: skip
_SYLLABLES = [
    "ko", "ra", "vin", "tel", "mar", "son", "dro", "lek", "ba", "sun", "ter", "vik", "lo", "ny",
    "gar", "ham", "pel", "is", "ov", "ek", "an", "ber", "tor", "mil", "dez", "fa", "ru", "ston",
    "wick",
]  # fmt: skip
_ROLES = (
    "foreign minister", "defence minister", "prime minister", "president", "envoy",
    "finance minister", "spokesperson", "army chief", "opposition leader", "trade minister",
)  # fmt: skip
_OUTLETS = [
    f"{w} {k}"
    for w in ("North", "Baltic", "Atlas", "Harbour", "Meridian", "Danube", "Coastal", "Central")
    for k in ("Wire", "Post", "Ledger", "Times", "Daily")
]

# Event types: verbs and nouns with synonyms, so paraphrases share meaning, not words.
_EVENTS = [  # (verbs, nouns)
    (["held talks with", "met", "sat down with", "opened negotiations with"],
     ["talks", "negotiations", "meeting", "discussions"]),
    (["hosted a summit with", "welcomed", "convened leaders including"],
     ["summit", "gathering", "conference", "leaders' meeting"]),
    (["imposed sanctions on", "announced penalties against", "blacklisted"],
     ["sanctions", "penalties", "restrictions", "measures"]),
    (["sent troops to support", "deployed soldiers alongside", "dispatched forces to"],
     ["deployment", "troop movement", "mission", "build-up"]),
    (["agreed a ceasefire with", "signed a truce with", "accepted a halt to fighting with"],
     ["ceasefire", "truce", "pause in fighting", "armistice"]),
    (["pledged aid to", "promised funding for", "announced a package for"],
     ["aid package", "assistance", "funding", "support"]),
    (["signed a trade deal with", "agreed tariff cuts with", "concluded a trade pact with"],
     ["trade deal", "trade agreement", "tariff pact", "commercial accord"]),
    (["condemned", "criticised", "rejected a proposal from"],
     ["protest", "row", "dispute", "rebuke"]),
]  # fmt: skip
_SENTENCES = [
    "{a} {verb} {b} in {city} on {day}, officials said.",
    "In {city}, {a_role} {a} {verb} {b}, the {country_a} government confirmed on {day}.",
    "{b} and {a} were at the centre of the {noun} in {city}, which involved {n} delegations.",
    "The {noun} between {country_a} and {country_b} followed weeks of tension, {c} said.",
    "{c}, the {c_role}, told reporters that the {noun} would continue next week.",
    "Analysts said the {noun} in {city} could shift the balance of {country_a} and {country_b}.",
    "{a} said {n} points had been discussed and described the {noun} as productive.",
    "Critics in {country_b} said {b} had conceded too much during the {noun}.",
    "The {noun} focused on the {topic} dispute and on {topic2} supplies.",
    "Disagreement over {topic} exports and the {topic2} corridor dominated the {noun}.",
]  # fmt: skip


class _Pools:
    def __init__(self, rng: random.Random) -> None:
        surnames = sorted(
            {
                "".join(rng.sample(_SYLLABLES, k)).capitalize()
                for k in (2, 3, 3)
                for _ in range(8000)
            }
        )
        self.people = [f"{rng.choice(_FIRST)} {s}" for s in surnames[:12000]]
        self.topics = sorted({"".join(rng.sample(_SYLLABLES, 2)) + rng.choice(("ine", "ite", "ery"))
                              for _ in range(3000)})  # fmt: skip
        self.countries = sorted({"".join(rng.sample(_SYLLABLES, 3)).capitalize() + "ia"
                                 for _ in range(400)})[:150]  # fmt: skip
        self.cities = sorted({"".join(rng.sample(_SYLLABLES, 2)).capitalize() + suffix
                              for suffix in ("grad", "burg", "ville", "port")
                              for _ in range(200)})[:600]  # fmt: skip


def generate(n: int, seed: int = SEED) -> list[Article]:
    """The first ``n`` articles of the synthetic stream, in date order."""
    rng = random.Random(seed)
    pools = _Pools(rng)
    start = date(2024, 1, 1)
    out: list[Article] = []
    event_no = 0
    while len(out) < n:
        day = start + timedelta(days=len(out) // ARTICLES_PER_DAY)
        event_no += 1
        verbs, nouns = rng.choice(_EVENTS)
        a, b, c = rng.sample(pools.people, 3)
        country_a, country_b = rng.sample(pools.countries, 2)
        facts = {
            "a": a, "b": b, "c": c, "country_a": country_a, "country_b": country_b,
            "city": rng.choice(pools.cities), "n": str(rng.randint(2, 40)),
            "a_role": rng.choice(_ROLES), "c_role": rng.choice(_ROLES),
            "topic": rng.choice(pools.topics), "topic2": rng.choice(pools.topics),
        }  # fmt: skip
        coverage = min(1 + int(rng.expovariate(0.35)), 12)
        first: Article | None = None
        for k in range(coverage):
            if len(out) >= n:
                break
            published = day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            if first is not None and rng.random() < 0.15:
                text = first.text.replace(" officials said.", " officials told reporters.")
                article = _article(text, first.mentions, published, rng)
            else:
                facts["verb"], facts["noun"] = rng.choice(verbs), rng.choice(nouns)
                facts["day"] = published.strftime("%A")
                picks = rng.sample(_SENTENCES, rng.randint(3, 5))
                if not any("{topic" in t for t in picks):
                    picks.append(rng.choice(_SENTENCES[-2:]))
                text, mentions = _render(picks, facts, pools)
                article = _article(text, mentions, published, rng)
                first = first or article
            article.assign_id(f"e{event_no}-{k}")
            out.append(article)
    out.sort(key=lambda x: (x.published or "", x.id))
    return out


def _render(
    templates: list[str], facts: dict[str, str], pools: _Pools
) -> tuple[str, list[Mention]]:
    text = " ".join(t.format(**facts) for t in templates)
    mentions = []
    for key, kind in (("a", "PERSON"), ("b", "PERSON"), ("c", "PERSON"), ("country_a", "GPE"),
                      ("country_b", "GPE"), ("city", "GPE")):  # fmt: skip
        name = facts[key]
        start = text.find(name)
        while start >= 0:
            actor = name.lower().replace(" ", "-")
            mentions.append(Mention(start, start + len(name), name, kind, actor, name))
            start = text.find(name, start + 1)
    return text, mentions


def _article(text: str, mentions: list[Mention], published: date, rng: random.Random) -> Article:
    return Article(
        text=text,
        publisher=rng.choice(_OUTLETS),
        published=published.isoformat(),
        mentions=list(mentions),
    )


# -- what one fresh process measures ----------------------------------------------------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def measure(kind: str, n: int) -> dict[str, float | int | str]:
    articles = generate(n)
    # The corpus is the caller's data, not the clusterer's work: keep the garbage
    # collector from re-scanning it (it would otherwise add a cost growing with n).
    gc.collect()
    gc.freeze()
    base = _rss_mb()
    settings = load_settings(REPO / "tests" / "data" / "no-user-config.toml").stories
    settings = replace(settings, join_threshold=0.2)
    from sitroom.stories import cluster  # imported before the clock starts

    start, cpu = time.perf_counter(), time.process_time()
    if kind == "sitroom":
        stories = cluster(articles, settings)
        labels = {a_id: s.story_id for s in stories for a_id in s.article_ids}
    else:
        labels = naive_all_pairs(articles, NAIVE_THRESHOLD)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    n_dups = sum(1 for a in articles if a.duplicate_of)
    p, r, f = pairwise_prf(labels)
    return {
        "kind": kind, "n": n, "seconds": seconds, "cpu": cpu, "peak_mb": _rss_mb(),
        "base_mb": base, "stories": len(set(labels.values())), "duplicates": n_dups, "f1": f,
        "precision": p, "recall": r,
    }  # fmt: skip


def pairwise_prf(labels: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a partition against the generating events."""
    from collections import Counter

    def pairs(counts: Counter[object]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    event = {a: a.split("-")[0] for a in labels}
    both = pairs(Counter((event[a], s) for a, s in labels.items()))
    pred, gold = pairs(Counter(labels.values())), pairs(Counter(event.values()))
    p, r = both / pred if pred else 1.0, both / gold if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def naive_all_pairs(articles: list[Article], threshold: float) -> dict[str, str]:
    """Baseline: each article's TF-IDF cosine with every earlier article (single link).

    The same primitives as the clusterer (sparse vectors as dicts), without candidate
    retrieval: n * (n - 1) / 2 comparisons.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [a.text for a in articles]
    )
    vectors = [dict(zip(row.indices.tolist(), row.data.tolist(), strict=True)) for row in matrix]
    story = list(range(len(articles)))
    for i, vec in enumerate(vectors):
        best, best_sim = -1, threshold
        for j in range(i):
            other = vectors[j]
            sim = sum([w * other.get(t, 0.0) for t, w in vec.items()])
            if sim >= best_sim:
                best, best_sim = j, sim
        if best >= 0:
            story[i] = story[best]
    return {a.id: articles[s].id for a, s in zip(articles, story, strict=True)}


# -- driver -----------------------------------------------------------------------------------


def run_fresh(kind: str, n: int) -> dict[str, float | int | str]:
    proc = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float | int | str] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,3000,10000,30000,100000")
    parser.add_argument("--baseline", default="1000,3000")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return 0
    rows = [run_fresh("sitroom", int(n)) for n in args.sizes.split(",") if n]
    rows += [run_fresh("naive", int(n)) for n in args.baseline.split(",") if n]
    print(f"{'method':<9}{'articles':>9}{'wall s':>9}{'cpu s':>8}{'ms/art':>8}{'peak MB':>9}"
          f"{'input MB':>9}{'stories':>9}{'copies':>8}{'pair F1':>8}")  # fmt: skip
    for r in rows:
        n, s, c = int(r["n"]), float(r["seconds"]), float(r["cpu"])
        print(f"{r['kind']:<9}{n:>9,}{s:>9.1f}{c:>8.1f}{1000 * s / n:>8.2f}"
              f"{float(r['peak_mb']):>9.0f}{float(r['base_mb']):>9.0f}{int(r['stories']):>9,}"
              f"{int(r['duplicates']):>8,}{float(r['f1']):>8.3f}")  # fmt: skip
    ok = True
    by = {(r["kind"], int(r["n"])): r for r in rows}
    if ("sitroom", 10_000) in by and ("sitroom", 100_000) in by:
        big, small = by["sitroom", 100_000], by["sitroom", 10_000]
        ratio = float(big["seconds"]) / float(small["seconds"])
        cpu_ratio = float(big["cpu"]) / float(small["cpu"])
        ok &= ratio < MAX_RATIO
        print(f"time ratio 100k/10k: {ratio:.1f} wall, {cpu_ratio:.1f} cpu "
              f"(target < {MAX_RATIO:g}; linear = 10)")  # fmt: skip
    peak = max(float(r["peak_mb"]) for r in rows if r["kind"] == "sitroom")
    ok &= peak < MAX_PEAK_MB
    print(f"peak memory: {peak:.0f} MB (target < {MAX_PEAK_MB:g} MB)")
    if ("naive", 1000) in by and ("naive", 3000) in by:
        growth = float(by["naive", 3000]["seconds"]) / float(by["naive", 1000]["seconds"])
        mine = by.get(("sitroom", 3000)), by.get(("sitroom", 1000))
        line = f"baseline 3k/1k time ratio: {growth:.1f} (quadratic = 9)"
        if mine[0] and mine[1]:
            line += f"; sitroom 3k/1k: {float(mine[0]['seconds']) / float(mine[1]['seconds']):.1f}"
        print(line)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
