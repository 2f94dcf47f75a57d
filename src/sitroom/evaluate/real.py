"""Scoring extraction records against the real-prose gold set (:mod:`.real_gold`).

Pure functions of the gold, the records (``Article.to_record()`` dicts keyed by report id)
and the story titles. Metrics are reported per split (``dev_*``, ``test_*``). Gold
strings are found again in the cleaned text with :mod:`.align`, so repairs do not break
them; entries marked doubtful are skipped both ways (a prediction on one is neither right
nor wrong). Each layer is scored in :mod:`.real_layers` into the counts of
:mod:`.real_counts`; this module runs them per split and turns the counts into metrics.
"""

from __future__ import annotations

from collections.abc import Callable

from sitroom.evaluate.real_counts import SET, Counts, Record, SplitScore
from sitroom.evaluate.real_gold import RealGold
from sitroom.evaluate.real_layers import (
    Names,
    no_names,
    score_actors,
    score_claims,
    score_events,
    score_furniture,
    score_quotes,
)
from sitroom.evaluate.scorecard import Metric, Miss, metric
from sitroom.evaluate.scorers import bcubed_prf, f1, pairwise_prf, ratio


def score_real(
    gold: RealGold,
    records: dict[str, Record],
    story_titles: dict[str, str],
    known: Callable[[str], bool],
    names: Names = no_names,
) -> tuple[list[Metric], list[Miss]]:
    """Metrics per split and the misses of both splits."""
    metrics: list[Metric] = []
    misses: list[Miss] = []
    for split in ("dev", "test"):
        arts = gold.split(split)
        if not arts:
            continue
        s = SplitScore()
        for art in arts:
            rec = records[art.id]
            titles = [story_titles.get(str(rec.get("story_id")), "")]
            score_furniture(art, rec, s, titles)
            score_actors(art, rec, s, known, names)
            score_quotes(art, rec, s, names)
            score_events(art, rec, s)
        score_claims(gold, records, {a.id for a in arts}, s)
        gold_part = _partition({a.id: a.story for a in arts})
        pred_part = _partition({a.id: str(records[a.id].get("story_id") or a.id) for a in arts})
        metrics += _metrics(split, s, gold_part, pred_part, len(arts))
        misses += [
            Miss(m.set, f"{split}:{m.kind}", m.gold, m.predicted, m.article, m.start, m.end)
            for m in s.misses()
        ]
    return metrics, misses


def _partition(assign: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for item, group in sorted(assign.items()):
        groups.setdefault(group, []).append(item)
    return list(groups.values())


def _metrics(
    split: str, s: SplitScore, gold: list[list[str]], pred: list[list[str]], n_articles: int
) -> list[Metric]:
    def m(name: str, value: float | None, n: int) -> Metric:
        return metric(SET, f"{split}_{name}", value, n)

    def trio(name: str, c: Counts) -> list[Metric]:
        p, r = c.precision(), c.recall()
        return [
            m(f"{name}_precision", p, c.n_pred),
            m(f"{name}_recall", r, c.n_gold),
            m(f"{name}_f1", f1(p, r), c.n_gold),
        ]

    pw, b3 = pairwise_prf(gold, pred), bcubed_prf(gold, pred)
    return [
        m("furniture_recall", s.furniture.recall(), s.furniture.n_gold),
        m("furniture_as_quote", s.furniture_as_quote, n_articles),
        m("furniture_as_title", s.furniture_as_title, n_articles),
        *trio("actors", s.actors),
        m("actors_nonactor_rate", ratio(s.nonactors_kept, s.actors.n_pred), s.actors.n_pred),
        m("unknown_role_accuracy", s.unknown_roles.recall(), s.unknown_roles.n_gold),
        *trio("quotes", s.quotes),
        m("speaker_accuracy", s.speakers.recall(), s.speakers.n_gold),
        *trio("events_type", s.events_type),
        m("events_source_accuracy", s.events_source.recall(), s.events_source.n_gold),
        m("events_target_accuracy", s.events_target.recall(), s.events_target.n_gold),
        m("events_full_precision", s.events_full.precision(), s.events_full.n_pred),
        m("events_full_recall", s.events_full.recall(), s.events_full.n_gold),
        m("events_no_roles", s.events_no_roles, s.events_type.n_pred),
        m("claims_contradiction_precision", s.contradictions.precision(), s.contradictions.n_pred),
        m("claims_contradiction_recall", s.contradictions.recall(), s.contradictions.n_gold),
        m("claims_same_as_contradicted", ratio(s.same_contradicted, s.same_pairs), s.same_pairs),
        m("claims_corroboration_recall", s.corroboration.recall(), s.corroboration.n_gold),
        m("stories_pairwise_precision", pw.precision, n_articles),
        m("stories_pairwise_recall", pw.recall, n_articles),
        m("stories_bcubed_f1", b3.f1, n_articles),
    ]
