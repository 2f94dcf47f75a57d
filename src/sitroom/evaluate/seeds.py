"""Scoring extraction records against seed-style gold (``shared/gold/seeds.json``).

Pure functions of the gold and the records (``Article.to_record()`` dicts keyed by file
name). Gold keys are strings of the original file; they are found again in the cleaned
text with :func:`~sitroom.evaluate.align.locate`, so repairs do not break them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitroom.article import REPAIR_FLAGS
from sitroom.evaluate.align import Span, coverage, fold_name, locate, locate_all, overlap
from sitroom.evaluate.gold import EventGold, SeedArticle, SeedsGold
from sitroom.evaluate.scorecard import Metric, Miss, metric
from sitroom.evaluate.scorers import bcubed_prf, pairwise_prf, ratio, set_prf

SET = "seeds"
Record = dict[str, Any]
QUOTE_COVERAGE = 0.9  # a predicted quote "contains" a key when it covers 90% of it
OPPOSITE = {"support": "oppose", "oppose": "support"}
DAMAGE_FLAGS = REPAIR_FLAGS
_GROUP_STOP = {"the", "of", "and", "in", "on", "for"}


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0
    misses: list[Miss] = field(default_factory=list)

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def value(self) -> float:
        return ratio(self.right, self.total)


def _span(d: dict[str, Any]) -> Span:
    return int(d["start"]), int(d["end"])


def _miss(kind: str, gold: str, predicted: str, article: str, at: Span | None = None) -> Miss:
    return Miss(SET, kind, gold, predicted, article, at[0] if at else None, at[1] if at else None)


def is_local(actor_id: str | None) -> bool:
    """A corpus-local actor (no knowledge-base entry): ``local:<kind>:<slug>``."""
    return bool(actor_id) and str(actor_id).startswith("local:")


def is_person(record: Record, actor_id: str | None, canonical: str | None) -> bool:
    """Whether the actor is a named person (by its mentions in the record or its local id)."""
    if actor_id and str(actor_id).startswith("local:person:"):
        return True
    folded = fold_name(canonical)
    return any(
        m.get("type") == "PERSON"
        and (
            (actor_id and m.get("actor_id") == actor_id)
            or (folded and fold_name(m.get("canonical")) == folded)
        )
        for m in record.get("mentions", [])
    )


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def actor_codes(ref: dict[str, Any]) -> set[str]:
    """Codes an actor reference answers to: country, IGO/NGO sector, id, canonical, acronym."""
    codes: set[str] = set()
    if ref.get("country"):
        codes.add(str(ref["country"]).upper())
    if ref.get("sector") in ("IGO", "NGO"):
        codes.add(str(ref["sector"]))
    if ref.get("actor_id") and not is_local(ref["actor_id"]):
        codes.add(str(ref["actor_id"]).upper())
    if ref.get("canonical"):
        codes.add(str(ref["canonical"]).upper())
        if acronym(str(ref["canonical"])):
            codes.add(acronym(str(ref["canonical"])))
    return codes


def roles_match(gold: Iterable[frozenset[str]], predicted: list[dict[str, Any]]) -> bool:
    """Every gold actor (a set of alternative codes) is answered by some predicted reference."""
    pred_codes = [actor_codes(ref) for ref in predicted]
    return all(any(alts & codes for codes in pred_codes) for alts in gold)


# -- quality ------------------------------------------------------------------------------


def score_quality(art: SeedArticle, rec: Record, tally: Tally) -> None:
    text = rec.get("text", "")
    flags = set(rec.get("quality", {}).get("flags", []))
    for needle in art.must_contain:
        tally.add(needle in text)
        if needle not in text:
            tally.misses.append(_miss("quality_must_contain", needle, "(absent)", art.name))
    for needle in art.must_not_contain:
        tally.add(needle not in text)
        if needle in text:
            at = text.index(needle)
            tally.misses.append(
                _miss(
                    "quality_must_not_contain", "(absent)", needle, art.name, (at, at + len(needle))
                )
            )
    for flag in art.flags:
        tally.add(flag in flags)
        if flag not in flags:
            tally.misses.append(_miss("quality_flag", flag, ", ".join(sorted(flags)), art.name))
    if art.only_these_flags:
        extra = sorted((flags & DAMAGE_FLAGS) - set(art.flags))
        tally.add(not extra)
        if extra:
            tally.misses.append(_miss("quality_false_flag", "(none)", ", ".join(extra), art.name))
    for gold, got in ((art.source_url, rec.get("url")), (art.publisher, rec.get("publisher"))):
        if gold is not None:
            tally.add(got == gold)
            if got != gold:
                tally.misses.append(_miss("quality_metadata", gold, str(got), art.name))


# -- actors --------------------------------------------------------------------------------


def score_actors(art: SeedArticle, rec: Record, linked: Tally, wrong: Tally) -> None:
    text = rec.get("text", "")
    mentions = rec.get("mentions", [])
    for gold in art.actors:
        spans = locate_all(text, gold.surface) or (
            [hit] if (hit := locate(text, gold.surface)) else []
        )
        votes: Counter[tuple[str, str | None, str | None, str | None]] = Counter()
        for m in mentions:
            if any(overlap(_span(m), s) for s in spans):
                votes[
                    (
                        fold_name(m.get("canonical")),
                        m.get("country"),
                        m.get("sector"),
                        m.get("actor_id"),
                    )
                ] += 1
        at = spans[0] if spans else None
        if not votes:
            linked.add(False)
            wrong.add(False)
            kind = "actor_surface_not_found" if not spans else "actor_not_linked"
            linked.misses.append(
                _miss(kind, f"{gold.surface} -> {gold.canonical}", "(none)", art.name, at)
            )
            continue
        (canonical, country, sector, actor_id), _ = votes.most_common(1)[0]
        right_name = canonical == fold_name(gold.canonical)
        right = (
            right_name
            and (gold.country is None or country == gold.country)
            and (gold.sector is None or sector == gold.sector)
        )
        linked.add(right)
        is_wrong = bool(canonical) and not right_name and not is_local(actor_id)
        wrong.add(is_wrong)
        if not right:
            got = f"{canonical or '(unlinked)'} [{country}/{sector}]"
            want = f"{gold.surface} -> {gold.canonical} [{gold.country}/{gold.sector}]"
            kind = "actor_wrong_known" if is_wrong else "actor_link"
            linked.misses.append(_miss(kind, want, got, art.name, at))


# -- quotes --------------------------------------------------------------------------------


def best_quote(rec: Record, key: Span) -> dict[str, Any] | None:
    """The predicted quote covering the key best (at least :data:`QUOTE_COVERAGE`)."""
    scored = [(coverage(key, _span(q)), -(q["end"] - q["start"]), q) for q in rec.get("quotes", [])]
    scored = [s for s in scored if s[0] >= QUOTE_COVERAGE]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def score_quotes(
    art: SeedArticle, rec: Record, found: Tally, speakers: Tally, unnamed: Tally
) -> None:
    text = rec.get("text", "")
    for gold in art.quotes:
        key = locate(text, gold.key)
        quote = best_quote(rec, key) if key else None
        found.add(quote is not None)
        if key is None:
            found.misses.append(_miss("key_not_found", gold.key, "(not in cleaned text)", art.name))
        elif quote is None:
            found.misses.append(
                _miss("quote_missed", gold.key, "(no quote covers it)", art.name, key)
            )
        speaker = (quote or {}).get("speaker") or {}
        got = speaker.get("canonical")
        if gold.speaker is not None:
            ok = quote is not None and fold_name(got) == fold_name(gold.speaker)
            speakers.add(ok)
            if quote is not None and not ok:
                speakers.misses.append(
                    _miss(
                        "speaker",
                        f"{gold.speaker}: {gold.key}",
                        f"{got} ({speaker.get('text')})",
                        art.name,
                        key,
                    )
                )
        else:
            named = quote is not None and bool(got) and is_person(rec, speaker.get("actor_id"), got)
            unnamed.add(named)
            if named:
                unnamed.misses.append(
                    _miss(
                        "unnamed_given_person",
                        f"{gold.speaker_group or 'unnamed'}: {gold.key}",
                        str(got),
                        art.name,
                        key,
                    )
                )


# -- events --------------------------------------------------------------------------------


def event_matches(gold: EventGold, event: dict[str, Any]) -> bool:
    return (
        event.get("type") == gold.type
        and roles_match(gold.actor, event.get("actor", []))
        and roles_match(gold.recipient, event.get("recipient", []))
    )


def score_events(art: SeedArticle, rec: Record, tally: Tally) -> None:
    text = rec.get("text", "")
    for gold in art.events:
        key = locate(text, gold.key)
        near = [
            e
            for e in rec.get("events", [])
            if key and (overlap(_span(e["sentence"]), key) or overlap(_span(e["anchor"]), key))
        ]
        ok = any(event_matches(gold, e) for e in near)
        tally.add(ok)
        if not ok:
            want = f"{gold.type} {_alts(gold.actor)} -> {_alts(gold.recipient)}: {gold.key}"
            got = "; ".join(
                f"{e.get('type')} {_names(e.get('actor', []))} -> {_names(e.get('recipient', []))}"
                for e in near
            )
            tally.misses.append(_miss("event", want, got or "(no event there)", art.name, key))


def _names(refs: list[dict[str, Any]]) -> list[str]:
    return [
        f"{a.get('canonical') or a.get('text')} ({a.get('country')}/{a.get('sector')})"
        for a in refs
    ]


def _alts(roles: tuple[frozenset[str], ...]) -> str:
    return "[" + ", ".join("|".join(sorted(alts)) for alts in roles) + "]"


# -- positions -----------------------------------------------------------------------------


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def is_group_name(name: str) -> bool:
    """A gold group such as "European NATO allies": its head noun is a lower-case plural."""
    last = name.split()[-1] if name.split() else ""
    return last.isalpha() and last.islower() and last.endswith("s")


def actor_stands_for(gold_actor: str, position: dict[str, Any], rec: Record) -> bool:
    """The predicted actor is the gold actor, or a non-person standing for a gold group."""
    canonical = position.get("canonical")
    if fold_name(canonical) == fold_name(gold_actor):
        return True
    if not canonical or not is_group_name(gold_actor):
        return False
    if is_person(rec, position.get("actor_id"), canonical):
        return False
    gold_words = {_stem(w) for w in fold_name(gold_actor).split()} - _GROUP_STOP
    return bool(gold_words & {_stem(w) for w in fold_name(canonical).split()})


def score_positions(
    art: SeedArticle, rec: Record, found: Tally, opposite: Tally, red_lines: Tally
) -> None:
    for gold in art.positions:
        mine = [
            p
            for p in rec.get("positions", [])
            if p.get("issue") == gold.issue and actor_stands_for(gold.actor, p, rec)
        ]
        right = [p for p in mine if p.get("stance") == gold.stance]
        wrong = [p for p in mine if p.get("stance") == OPPOSITE.get(gold.stance)]
        found.add(bool(right))
        opposite.add(bool(wrong) and not right)
        desc = f"{gold.actor} {gold.stance} {gold.issue}"
        if not right:
            got = "; ".join(f"{p.get('canonical')} {p.get('stance')}" for p in mine) or "(none)"
            kind = "position_opposite" if wrong else "position_missed"
            at = _span(wrong[0]["evidence"]) if wrong else None
            found.misses.append(_miss(kind, desc, got, art.name, at))
        if gold.red_line:
            marked = any(p.get("red_line") for p in right)
            red_lines.add(marked)
            if right and not marked:
                red_lines.misses.append(
                    _miss("red_line", desc, "not marked", art.name, _span(right[0]["evidence"]))
                )


# -- stories and claims --------------------------------------------------------------------


def predicted_partition(records: dict[str, Record]) -> list[list[str]]:
    """Documents grouped by ``story_id``; a document without one is a story of its own."""
    groups: dict[str, list[str]] = {}
    for name, rec in records.items():
        groups.setdefault(rec.get("story_id") or f"__alone__{name}", []).append(name)
    return list(groups.values())


def score_claims(gold: SeedsGold, records: dict[str, Record], tally: Tally) -> None:
    by_id = {rec.get("id"): name for name, rec in records.items()}
    for art in gold.articles.values():
        rec = records.get(art.name)
        for claim in art.claims:
            other = claim.contradicted_by
            if other is None:
                continue
            key = locate(rec.get("text", ""), claim.key) if rec else None
            near = [c for c in (rec or {}).get("claims", []) if key and overlap(_span(c), key)]
            near.sort(key=lambda c: -overlap(_span(c), key or (0, 0)))
            conflict = [by_id.get(i, str(i)) for c in near[:1] for i in c.get("conflict", [])]
            ok = (
                bool(near)
                and near[0].get("status") == "contradicted"
                and any(name.startswith(other) for name in conflict)
            )
            tally.add(ok)
            if not ok:
                got = f"{near[0].get('status')} conflict={conflict}" if near else "(no claim there)"
                tally.misses.append(
                    _miss("claim", f"contradicted by {other}: {claim.key}", got, art.name, key)
                )


# -- all together --------------------------------------------------------------------------


def score_duplicates(gold: SeedsGold, records: dict[str, Record]) -> tuple[float, list[Miss]]:
    """F1 of predicted (copy, original) pairs among the gold documents."""
    by_id = {rec.get("id"): name for name, rec in records.items()}
    predicted = {
        (name, by_id.get(rec["duplicate_of"], str(rec["duplicate_of"])))
        for name, rec in records.items()
        if name in gold.articles and rec.get("duplicate_of")
    }
    expected = set(gold.duplicates.items())
    misses = [
        _miss("duplicate_missed", f"{c} -> {o}", "", c) for c, o in sorted(expected - predicted)
    ]
    misses += [
        _miss("duplicate_false", "", f"{c} -> {o}", c) for c, o in sorted(predicted - expected)
    ]
    return set_prf([(predicted, expected)]).f1, misses


def score_seeds(
    gold: SeedsGold, records: dict[str, Record], set_name: str = SET
) -> tuple[list[Metric], list[Miss]]:
    """All seed-style metrics that have gold items; ``records`` maps gold names to records."""
    quality, linked, wrong = Tally(), Tally(), Tally()
    found, speakers, unnamed, events = Tally(), Tally(), Tally(), Tally()
    positions, opposite, red_lines, claims = Tally(), Tally(), Tally(), Tally()
    misses: list[Miss] = []
    for art in gold.articles.values():
        rec = records.get(art.name)
        if rec is None:
            misses.append(_miss("missing_article", art.name, "(not extracted)", art.name))
            rec = {"text": "", "mentions": [], "quotes": [], "events": [], "positions": []}
        score_quality(art, rec, quality)
        score_actors(art, rec, linked, wrong)
        score_quotes(art, rec, found, speakers, unnamed)
        score_events(art, rec, events)
        score_positions(art, rec, positions, opposite, red_lines)
    score_claims(gold, records, claims)
    docs = sorted(gold.articles)
    partition = {name: records[name] for name in docs if name in records}
    pred = predicted_partition(partition)
    pairwise, bcubed = pairwise_prf(gold.stories, pred), bcubed_prf(gold.stories, pred)
    if pairwise.f1 < 1.0:
        misses.append(_miss("story_partition", str(gold.stories), str(pred), "(corpus)"))
    n_dup = len(gold.duplicates)
    dup_f1, dup_misses = score_duplicates(gold, records) if n_dup else (0.0, [])
    metrics = [
        metric(set_name, "quality_checks", quality.value, quality.total),
        metric(set_name, "actors_linked", linked.value, linked.total),
        metric(set_name, "actors_wrong_known", wrong.right, wrong.total),
        metric(set_name, "quotes_found", found.value, found.total),
        metric(set_name, "speaker_accuracy", speakers.value, speakers.total),
        metric(set_name, "unnamed_given_person", unnamed.right, unnamed.total),
        metric(set_name, "events_found", events.value, events.total),
        metric(set_name, "positions_found", positions.value, positions.total),
        metric(set_name, "positions_opposite", opposite.right, opposite.total),
        metric(set_name, "red_lines", red_lines.value, red_lines.total),
        metric(set_name, "stories_pairwise_f1", pairwise.f1, len(docs)),
        metric(set_name, "stories_bcubed_f1", bcubed.f1, len(docs)),
        metric(set_name, "duplicates_f1", dup_f1, n_dup),
        metric(set_name, "claim_contradicted", claims.value, claims.total),
    ]
    for tally in (quality, linked, found, speakers, unnamed, events, positions, red_lines, claims):
        misses.extend(tally.misses)
    misses.extend(dup_misses)
    for miss in misses:
        miss.set = set_name
    return [m for m in metrics if m.n], misses
