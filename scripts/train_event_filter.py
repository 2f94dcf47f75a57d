"""Train the event filter (src/sitroom/nlp/events/event_filter.yaml) on the real-prose DEV split.

    PYTHONPATH=src python scripts/train_event_filter.py [--data eval/real] [--dry-run]
        [--plover ../shared/eval/plover/dev.json]

Each event the dictionary coder finds in a dev report (with the filter off) is labelled
by the gold annotation: positive when a gold event of the same type is in its sentence
and its source, target and modality are right (as the scorer counts a full match). A
logistic regression over :func:`sitroom.nlp.events.gate.features` is measured by
leave-one-topic-out cross-validation: each dev topic is scored by a filter trained on the
other topics. The label, regularisation and threshold chosen are the most precise out of
fold that still keep 40% of the fully right events (recall counts every coded event,
shown or kept for recall studies; what is shown must be right). "strict recall" is the
share of the dev gold events that a shown event gets fully right.
``--fresh`` adds fresh event sets kept outside the repo (every split of each; their text
never enters it): each set is one more group the folds score, so every choice is then
measured leave-one-set-out, each dev topic and each fresh set scored by a filter trained
on all the others, and the written filter is trained on all of them.
``--plover`` adds the PLOVER gold records' dev half to every fold's training rows (a
record's events are right when type, source and target countries are; never scored).
The test split is never read. ``--dry-run`` prints the comparison without writing.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from sitroom.article import Article, _event_record
from sitroom.evaluate.align import locate
from sitroom.evaluate.gold import load_plover
from sitroom.evaluate.real_gold import EventGold, RealArticle, load_real
from sitroom.evaluate.runners import ref_code
from sitroom.evaluate.seeds import roles_match
from sitroom.nlp.events import HEADING
from sitroom.nlp.events.gate import coded_source
from sitroom.run.pipeline import article_doc, build_nlp, prepare
from sitroom.settings import load_settings

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
KEEP_RIGHT = 0.4  # share of the fully right events the filter must keep, out of fold
OUT = (
    Path(__file__).resolve().parents[1] / "src" / "sitroom" / "nlp" / "events" / "event_filter.yaml"
)


def label(events: list[EventGold], text: str, e: dict[str, Any]) -> tuple[int, int]:
    """(type right, type and roles right) against the gold events of the sentence."""
    typed = full = 0
    for g in events:
        if g.doubtful:
            continue
        key = locate(text, g.key)
        if key is None or not (e["sentence"]["start"] <= key[0] < e["sentence"]["end"]):
            continue
        if g.type != e["type"]:
            continue
        typed = 1
        source = roles_match(g.actor, e["actor"]) if g.actor else True
        target = roles_match(g.recipient, e["recipient"]) if g.recipient else True
        modality = (
            bool(e.get("negated")) == g.negated and bool(e.get("hypothetical")) == g.hypothetical
        )
        full = max(full, int(source and target and modality))
    return typed, full


Rows = tuple[list[dict[str, float]], list[int], list[int], list[str]]
PLOVER = "plover"  # the group of the PLOVER records' rows: always trained on, never scored
EXTRA = "extra:"  # the groups of ``--extra`` sets' rows: always trained on, never scored
FRESH = "fresh:"  # the groups of ``--fresh`` sets' rows: one per set, scored and trained on


def scored(group: str) -> bool:
    return group != PLOVER and not group.startswith(EXTRA)


def coder_without_filter() -> tuple[Any, Any]:
    nlp = build_nlp(load_settings())
    coder = nlp.get_pipe("sitroom_events_v3")
    coder.filter = None
    return nlp, coder


def collect_plover(path: Path) -> Rows:
    """The PLOVER gold records' dev half: each coded event with a source, positive when
    its type and its source and target countries are the record's."""
    nlp, coder = coder_without_filter()
    feats: list[dict[str, float]] = []
    typed: list[int] = []
    full: list[int] = []
    for g in load_plover(path):
        coder.recorded = {}
        doc = nlp(g.text)
        want = [{a.code for a in actors if a.code} for actors in (g.source, g.target)]
        for e in doc._.events:
            if not coded_source(e.actor) or HEADING in e.context:
                continue
            got = [{ref_code(_ref(r)) for r in refs} - {None} for refs in (e.actor, e.recipient)]
            t = int(e.type == g.event)
            feats.append(coder.recorded[id(e)])
            typed.append(t)
            full.append(int(t and want[0] <= got[0] and want[1] <= got[1]))
    return feats, typed, full, [PLOVER] * len(feats)


def _ref(ref: Any) -> dict[str, Any]:
    return {"country": ref.country, "sector": ref.sector}


def parse(nlp: Any, art: RealArticle) -> Any:
    """The report parsed as the pipeline parses it: repaired text, its page furniture
    found before the parser, its date (trained on raw text, the filter saw headings,
    captions and datelines the pipeline never codes: features it is never asked about)."""
    article = prepare(
        Article(text=art.text, source=art.id, url=art.url, publisher=art.outlet,
                published=art.published)
    )  # fmt: skip
    return nlp(article_doc(nlp, article))


def as_groups(arts: list[RealArticle], name: str) -> list[RealArticle]:
    """A fresh set's reports as one group, named after the set: a set is what a new topic
    looks like to the filter, so the folds hold out a whole set (its topics may recur
    within it, never across its reports' days)."""
    return [replace(a, topic=name) for a in arts]


def collect(sets: list[Path], prefix: str = "", splits: tuple[str, ...] = ("dev",)) -> Rows:
    nlp, coder = coder_without_filter()
    feats: list[dict[str, float]] = []
    typed: list[int] = []
    full: list[int] = []
    groups: list[str] = []
    for data in sets:
        arts = [a for split in splits for a in load_real(data).split(split)]
        rows = _collect(nlp, coder, as_groups(arts, data.name) if prefix == FRESH else arts)
        feats, typed, full = feats + rows[0], typed + rows[1], full + rows[2]
        groups += [prefix + g for g in rows[3]]
    return feats, typed, full, groups


def _collect(nlp: Any, coder: Any, arts: list[RealArticle]) -> Rows:
    feats: list[dict[str, float]] = []
    typed: list[int] = []
    full: list[int] = []
    groups: list[str] = []
    for art in arts:
        coder.recorded = {}
        doc = parse(nlp, art)
        for e in doc._.events:
            f = coder.recorded[id(e)]
            if not coded_source(e.actor) or HEADING in e.context:
                continue  # never shown: not the filter's question
            t, u = label(art.events, doc.text, _event_record(e))
            feats.append(f)
            typed.append(t)
            full.append(u)
            groups.append(art.topic)
    return feats, typed, full, groups


def fit(x: Any, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    return model.fit(x, y)


def out_of_fold(x: Any, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    prob = np.zeros(len(y))
    for topic in sorted(g for g in set(groups) if scored(g)):
        test = np.array([g == topic for g in groups])
        model = fit(x[~test], y[~test], c)
        prob[test] = model.predict_proba(x[test])[:, 1]
    return prob


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[Path("eval/real")],
        help="gold sets in the real-prose format; their dev splits are pooled (fresh sets)",
    )  # fmt: skip
    parser.add_argument("--plover", type=Path, help="the PLOVER gold records' dev half, added")
    parser.add_argument(
        "--extra", type=Path, nargs="*", default=[],
        help="more gold sets whose dev splits every fold trains on but none scores: the "
        "comparison then measures what they add on the same held-out topics",
    )  # fmt: skip
    parser.add_argument(
        "--fresh", type=Path, nargs="*", default=[],
        help="fresh event sets (outside the repo), every split: one scored group each",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--c", type=float, help="regularisation to use instead of the chosen")
    parser.add_argument("--threshold", type=float, help="threshold to use instead of the chosen")
    parser.add_argument("--label", choices=("type", "roles"), help="label instead of the chosen")
    args = parser.parse_args()
    feats, typed, full, groups = collect(args.data)
    if args.plover:
        more = collect_plover(args.plover)
        print(f"{len(more[0])} PLOVER events with a source, {sum(more[2])} fully right")
        feats, typed, full = feats + more[0], typed + more[1], full + more[2]
        groups = groups + more[3]
    if args.extra:
        more = collect(args.extra, EXTRA)
        print(f"{len(more[0])} events of the extra sets with a source, {sum(more[2])} fully right")
        feats, typed, full = feats + more[0], typed + more[1], full + more[2]
        groups = groups + more[3]
    if args.fresh:
        more = collect(args.fresh, FRESH, ("dev", "test"))
        print(f"{len(more[0])} events of the fresh sets with a source, {sum(more[2])} fully right")
        feats, typed, full = feats + more[0], typed + more[1], full + more[2]
        groups = groups + more[3]
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    y_type, y_full = np.array(typed), np.array(full)
    n = len(y_full)
    real = np.array([scored(g) for g in groups])  # what the folds score
    right = y_full[real]
    print(
        f"{real.sum()} dev events with a source; type right {y_type[real].sum()}, "
        f"fully right {right.sum()}"
    )
    print(f"show all: precision type {y_type[real].mean():.3f}, roles {right.mean():.3f}")
    n_gold = sum(
        1 for data in args.data for a in load_real(data).split("dev") for g in a.events
        if not g.doubtful
    ) + sum(
        1 for data in args.fresh for split in ("dev", "test") for a in load_real(data).split(split)
        for g in a.events if not g.doubtful
    )  # fmt: skip
    best: tuple[float, float, float, str] | None = None
    for target_name, y in (("type", y_type), ("roles", y_full)):
        for c in (0.1, 0.3, 1.0):
            prob = out_of_fold(x, y, groups, c)[real]
            for threshold in THRESHOLDS:
                kept = prob >= threshold
                p_full = right[kept].mean() if kept.any() else 0.0
                r_full = right[kept].sum() / max(1, right.sum())
                f1 = 2 * p_full * r_full / max(1e-9, p_full + r_full)
                print(
                    f"label={target_name} C={c} t={threshold}: kept {kept.sum()}, "
                    f"roles-right precision {p_full:.3f}, kept of roles-right {r_full:.3f}, "
                    f"F1 {f1:.3f}, strict recall {right[kept].sum() / n_gold:.3f}"
                )
                # the most precise filter that still shows 40% of the right events
                if r_full >= KEEP_RIGHT and (best is None or p_full > best[0]):
                    best = (p_full, c, threshold, target_name)
    assert best is not None
    precision, c, threshold, target_name = best
    c = args.c or c
    threshold = args.threshold or threshold
    target_name = args.label or target_name
    print(f"chosen: label={target_name} C={c} threshold={threshold} (precision {precision:.3f})")
    if args.dry_run:
        return
    y = y_type if target_name == "type" else y_full
    model = fit(x, y, c)
    names = vec.get_feature_names_out()
    weights = {str(k): round(float(w), 4) for k, w in zip(names, model.coef_[0], strict=True)}
    weights = {k: w for k, w in weights.items() if abs(w) >= 1e-3}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    sets = ", ".join(str(d) for d in [*args.data, *args.extra])
    trained_on = f"dev splits of {sets}"
    if args.fresh:
        trained_on += f" + {len(args.fresh)} fresh event sets (all splits)"
    trained_on += " + PLOVER gold records (dev)" if args.plover else ""
    meta = {"trained_on": trained_on, "label": target_name, "C": c, "n": n}
    OUT.write_text(
        json.dumps({"meta": meta, "threshold": threshold, "weights": weights}, indent=0) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
