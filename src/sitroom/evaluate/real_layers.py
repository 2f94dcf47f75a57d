"""Scoring each layer of one article's record against the real-prose gold: furniture,
actors, quotes and speakers, events; and the claim pairs of a split."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitroom.evaluate.align import Span, coverage, fold_name, locate, locate_all, overlap
from sitroom.evaluate.real_counts import (
    QUOTE_OVERLAP,
    Record,
    SplitScore,
    any_overlap,
    miss,
    span_of,
)
from sitroom.evaluate.real_gold import ActorGold, EventGold, RealArticle, RealGold
from sitroom.evaluate.seeds import acronym, roles_match

# -- furniture ------------------------------------------------------------------------------


def furniture_spans(art: RealArticle, text: str) -> tuple[list[Span], list[Span], int]:
    """(spans of non-title furniture, spans of title lines, lines no longer in the text)."""
    body: list[Span] = []
    titles: list[Span] = []
    removed = 0
    for f in art.furniture:
        hits = locate_all(text, f.text, whole_words=False)
        line_start = [h for h in hits if h[0] == 0 or text[: h[0]].rstrip(" \t")[-1:] in ("\n", "")]
        hits = line_start or hits[:1]
        if not hits:
            removed += 0 if f.doubtful else 1
        (titles if f.kind == "title" else body).extend(hits)
    return body, titles, removed


def score_furniture(art: RealArticle, rec: Record, s: SplitScore, titles: list[str]) -> None:
    text = rec.get("text", "")
    body, heads, removed = furniture_spans(art, text)
    marked = [span_of(f) for f in rec.get("furniture") or []]
    gold = [f for f in art.furniture if not f.doubtful]
    s.furniture.n_gold += len(gold)
    s.furniture.tp_gold += removed
    for f in gold:
        hits = locate_all(text, f.text, whole_words=False)
        if hits and any(coverage(h, m) >= 0.8 for h in hits[:1] for m in marked):
            s.furniture.tp_gold += 1
        elif hits:
            s.furniture.misses.append(miss("furniture_missed", f.text, "(body)", art.id, hits[0]))
    s.furniture.n_pred += len(marked)
    s.furniture.tp_pred += sum(1 for m in marked if any_overlap(m, body + heads))
    for q in rec.get("quotes", []):
        if any_overlap(span_of(q), body + heads):
            s.furniture_as_quote += 1
    lines = [f.text for f in art.furniture if f.kind != "title" and not f.doubtful]
    for title in [rec.get("title") or "", *titles]:
        if any(furniture_in_title(line, title) for line in lines):
            s.furniture_as_title += 1


def furniture_in_title(line: str, title: str) -> bool:
    """Whether a furniture line is in a title (or the title in it), compared case- and
    punctuation-insensitively. A line of one or two words ("LAHORE:", "Photo: AFP") must
    also stand in the title as written: folded, it is an ordinary word of prose, and a
    title that is a sentence of the report ("... 40 kilometres from Lahore.") holds it."""
    folded, folded_line = fold_name(title), fold_name(line)
    if not folded or not folded_line:
        return False
    if folded in folded_line:
        return True
    if folded_line not in folded:
        return False
    written = line.strip().rstrip(":-–—|").strip()
    return len(folded_line.split()) > 2 or written in title


# -- actors ---------------------------------------------------------------------------------


def occurrences(text: str, surface: str) -> list[Span]:
    """Whole-word occurrences of an actor surface whose first letter has the same case
    ("US" is not "us")."""
    return [(a, b) for a, b in locate_all(text, surface) if text[a : a + 1] == surface[:1]]


def same_name(gold: str | None, predicted: str | None, *, person: bool) -> bool:
    g, p = fold_name(gold), fold_name(predicted)
    if not g or not p:
        return False
    if g == p or acronym(str(gold)).lower() == p or acronym(str(predicted)).lower() == g:
        return True
    return person and g.split()[-1] == p.split()[-1]


Names = Callable[[str], set[str]]  # actor id -> folded names and aliases in the KB


def no_names(actor_id: str) -> set[str]:
    return set()


def same_actor(g: ActorGold, m: dict[str, Any], names: Names = no_names) -> bool:
    """Whether a predicted mention names the gold actor: by canonical name (the name as
    written for an actor outside the KB), any KB alias of the linked actor, or, for a
    collective actor, its state and a compatible sector (as CAMEO codes it)."""
    person = g.type == "PERSON"
    if same_name(g.canonical, m.get("canonical") or m.get("text"), person=person):
        return True
    if m.get("actor_id") and fold_name(g.canonical) in names(str(m["actor_id"])):
        return True
    if person or m.get("type") == "PERSON" or not g.country:
        return False
    sector = m.get("sector")
    if m.get("country") != g.country or not g.sector or not sector or sector == g.sector:
        return m.get("country") == g.country
    # a defence or interior ministry is a government body that runs the forces: CAMEO
    # codes it MIL (or COP), an annotator may write GOV; either sector is the same actor
    return "ministry" in fold_name(g.canonical) and {sector, g.sector} <= _MINISTRY_SECTORS


_MINISTRY_SECTORS = {"GOV", "MIL", "COP"}


def _gold_occurrences(art: RealArticle, text: str) -> list[tuple[Span, ActorGold]]:
    found = [(span, g) for g in art.actors for span in occurrences(text, g.surface)]
    spans = [span for span, _ in found]
    inside = {  # "Burhan" inside "al-Burhan" is one mention, not two
        i
        for i, (a, b) in enumerate(spans)
        if any(c <= a and b <= d and (d - c) > (b - a) for c, d in spans)
    }
    kept = [x for i, x in enumerate(found) if i not in inside]
    return sorted(kept, key=lambda x: (x[0][0], -(x[0][1] - x[0][0])))


def _best(span: Span, found: list[tuple[Span, ActorGold]]) -> ActorGold | None:
    best = max(found, key=lambda x: (overlap(span, x[0]), x[0][1] - x[0][0]), default=None)
    return best[1] if best is not None and overlap(span, best[0]) else None


def score_actors(
    art: RealArticle,
    rec: Record,
    s: SplitScore,
    known: Callable[[str], bool],
    names: Names = no_names,
) -> None:
    text = rec.get("text", "")
    body, _, _ = furniture_spans(art, text)
    found = _gold_occurrences(art, text)
    mentions = [m for m in rec.get("mentions", []) if not m.get("place")]
    for m in mentions:
        at = span_of(m)
        g = None if any_overlap(at, body) else _best(at, found)
        if g is not None and g.doubtful:
            continue
        s.actors.n_pred += 1
        if g is None or g.not_actor:
            s.nonactors_kept += 1
            why = "furniture" if any_overlap(at, body) else "not an actor"
            s.actors.misses.append(miss("actor_not_actor", why, m.get("text", ""), art.id, at))
        elif same_actor(g, m, names):
            s.actors.tp_pred += 1
        else:
            got = f"{m.get('text')} -> {m.get('canonical')} ({m.get('country')})"
            s.actors.misses.append(miss("actor_wrong", str(g.canonical), got, art.id, at))
    for span, g in found:
        if g.doubtful or g.not_actor or any_overlap(span, body):
            continue
        hits = [m for m in mentions if overlap(span, span_of(m))]
        s.actors.n_gold += 1
        s.actors.tp_gold += any(same_actor(g, m, names) for m in hits)
        if g.type == "PERSON" and g.role and g.country and not known(str(g.canonical)):
            s.unknown_roles.n_gold += 1
            ok = any(
                m.get("country") == g.country and (not g.sector or m.get("sector") == g.sector)
                for m in hits
            )
            s.unknown_roles.tp_gold += ok
            if not ok:
                got = "; ".join(f"{m.get('country')}/{m.get('sector')}" for m in hits) or "-"
                want = f"{g.canonical}: {g.role} ({g.country}/{g.sector})"
                s.unknown_roles.misses.append(miss("unknown_role", want, got, art.id, span))


# -- quotes ---------------------------------------------------------------------------------


def _quote_match(key: Span, predicted: Span) -> bool:
    """Either span covers at least half of the other (annotators' keys may include the cue
    "vowing to ..." or only part of a long quote)."""
    return coverage(key, predicted) >= QUOTE_OVERLAP or coverage(predicted, key) >= QUOTE_OVERLAP


def _speaker_right(
    gold_speaker: str | None,
    quote: dict[str, Any],
    rec: Record,
    names: Names,
    actors: list[ActorGold],
) -> bool:
    speaker = quote.get("speaker") or {}
    got = speaker.get("canonical")
    if gold_speaker is None:  # unnamed: right unless a named person was given
        return not got or not any(
            m.get("type") == "PERSON" and m.get("canonical") == got for m in rec["mentions"]
        )
    if speaker.get("actor_id") and fold_name(gold_speaker) in names(str(speaker["actor_id"])):
        return True
    if same_name(gold_speaker, got, person=True) or same_name(
        gold_speaker, speaker.get("text"), person=True
    ):
        return True
    # a body named another way ("Taiwan's defence ministry" for the Ministry of National
    # Defense): the gold actor entry of that name, matched like any actor mention
    entries = [a for a in actors if fold_name(a.canonical) == fold_name(gold_speaker)]
    at = (int(speaker.get("start", -1)), int(speaker.get("end", -1)))
    said = [m for m in rec.get("mentions", []) if overlap(at, span_of(m))] or [speaker]
    if speaker.get("actor_id"):  # "the ministry" resolved: the mentions of the body it names
        said += [m for m in rec.get("mentions", []) if m.get("actor_id") == speaker["actor_id"]]
    return any(same_actor(g, m, names) for g in entries if not g.not_actor for m in said)


def score_quotes(art: RealArticle, rec: Record, s: SplitScore, names: Names = no_names) -> None:
    text = rec.get("text", "")
    gold = [(q, locate(text, q.key)) for q in art.quotes]
    matched: set[int] = set()
    for q in rec.get("quotes", []):
        at = span_of(q)
        hits = [i for i, (g, k) in enumerate(gold) if k and _quote_match(k, at)]
        if hits and all(gold[i][0].doubtful for i in hits):
            continue
        s.quotes.n_pred += 1
        if hits:
            s.quotes.tp_pred += 1
            matched.update(hits)
        else:
            s.quotes.misses.append(miss("quote_spurious", "-", q.get("text", ""), art.id, at))
    for i, (g, k) in enumerate(gold):
        if g.doubtful:
            continue
        s.quotes.n_gold += 1
        if i not in matched or k is None:
            s.quotes.misses.append(miss("quote_missed", g.key, "-", art.id, k))
            continue
        s.quotes.tp_gold += 1
        best = max(
            rec["quotes"], key=lambda q: coverage(k, span_of(q)) - 1e-6 * (q["end"] - q["start"])
        )
        s.speakers.n_gold += 1
        if _speaker_right(g.speaker, best, rec, names, art.actors):
            s.speakers.tp_gold += 1
        else:
            spoken = best.get("speaker") or {}
            got = spoken.get("canonical") or spoken.get("text") or "(none)"
            want = g.speaker or f"(unnamed: {g.speaker_group})"
            s.speakers.misses.append(miss("speaker_wrong", want, str(got), art.id, k))


# -- events ---------------------------------------------------------------------------------


def _event_fit(g: EventGold, key: Span, e: dict[str, Any]) -> tuple[int, int] | None:
    anchor = span_of(e["anchor"])
    sentence = (int(e["sentence"]["start"]), int(e["sentence"]["end"]))
    if not overlap(anchor, key) and not sentence[0] <= key[0] < sentence[1]:
        return None
    return int(e["type"] == g.type), overlap(anchor, key)


def _assign(art: RealArticle, rec: Record) -> tuple[dict[int, int], list[Span | None]]:
    """Gold event index -> predicted event index (greedy: same type, then anchor overlap)."""
    text = rec.get("text", "")
    keys = [locate(text, g.key) for g in art.events]
    options = []
    for gi, (g, key) in enumerate(zip(art.events, keys, strict=True)):
        for pi, e in enumerate(rec.get("events", [])):
            fit = key and _event_fit(g, key, e)
            if fit:
                options.append((fit, gi, pi))
    # on a tie a shown event answers before one kept for recall studies: its hidden twin
    # in the same words ("flew to X to meet Y") would leave it counted as a false event
    shown = [e.get("shown") is not False for e in rec.get("events", [])]
    options.sort(key=lambda o: (-o[0][0], -o[0][1], -shown[o[2]], o[1], o[2]))
    taken: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in options:
        if gi not in taken and pi not in used:
            taken[gi] = pi
            used.add(pi)
    return taken, keys


def _roles_ok(gold: tuple[frozenset[str], ...], refs: list[dict[str, Any]]) -> bool:
    return roles_match(gold, refs) if gold else True


def score_events(art: RealArticle, rec: Record, s: SplitScore) -> None:
    events = rec.get("events", [])
    taken, keys = _assign(art, rec)
    by_pred = {pi: gi for gi, pi in taken.items()}
    body, heads, _ = furniture_spans(art, rec.get("text", ""))
    for pi, e in enumerate(events):
        gi = by_pred.get(pi)
        if gi is not None and art.events[gi].doubtful:
            continue
        if e.get("shown") is False:
            continue  # kept for recall studies, not shown as an event
        s.events_type.n_pred += 1
        s.events_full.n_pred += 1
        if not e.get("actor") and not e.get("recipient"):
            s.events_no_roles += 1
        anchor = span_of(e["anchor"])
        g = art.events[gi] if gi is not None else None
        if g is None or g.type != e["type"]:
            where = "furniture" if any_overlap(anchor, body + heads) else (g.type if g else "-")
            s.events_type.misses.append(
                miss("event_type", where, f"{e['type']}: {e['anchor']['text']}", art.id, anchor)
            )
            continue
        s.events_type.tp_pred += 1
        s.events_full.tp_pred += _full(g, e, s, art.id, anchor)
    for gi, g in enumerate(art.events):
        if g.doubtful:
            continue
        s.events_type.n_gold += 1
        s.events_full.n_gold += 1
        match = taken.get(gi)
        e = events[match] if match is not None else None
        if e is None or e["type"] != g.type:
            continue
        s.events_type.tp_gold += 1
        s.events_full.tp_gold += _full(g, e, None, art.id, keys[gi])


def _full(g: EventGold, e: dict[str, Any], s: SplitScore | None, art: str, at: Span | None) -> bool:
    source = _roles_ok(g.actor, e.get("actor", []))
    target = _roles_ok(g.recipient, e.get("recipient", []))
    modality = bool(e.get("negated")) == g.negated and bool(e.get("hypothetical")) == g.hypothetical
    if s is not None:
        if g.actor:
            s.events_source.n_gold += 1
            s.events_source.tp_gold += source
        if g.recipient:
            s.events_target.n_gold += 1
            s.events_target.tp_gold += target
        if not (source and target and modality):
            want = f"{g.type} {[sorted(c) for c in g.actor]} -> {[sorted(c) for c in g.recipient]}"
            got = f"{e['type']} {_refs(e.get('actor'))} -> {_refs(e.get('recipient'))}"
            flags = f" neg={e.get('negated')} hyp={e.get('hypothetical')}"
            s.events_full.misses.append(miss("event_roles", want, got + flags, art, at))
    return source and target and modality


def _refs(refs: list[dict[str, Any]] | None) -> list[str]:
    return [str(r.get("canonical") or r.get("text")) for r in refs or []]


# -- claims and stories ---------------------------------------------------------------------


def _claims_at(rec: Record, key: str) -> list[dict[str, Any]]:
    span = locate(rec.get("text", ""), key)
    if span is None:
        return []
    return [c for c in rec.get("claims", []) if coverage(span, span_of(c)) >= 0.5]


def _against(claims: list[dict[str, Any]], other: str, theirs: list[dict[str, Any]]) -> bool:
    """Whether one of ``claims`` is contradicted by one of ``theirs`` (claims of report
    ``other`` at the gold's other claim): by that sentence, not by another sentence of the
    same report (a report may restate a figure and give another teller's figure too)."""
    texts = {str(c.get("text")) for c in theirs}
    return any(
        e.get("article") == other and e.get("text") in texts
        for c in claims
        for e in c.get("contradictions") or []
    )


def score_claims(gold: RealGold, records: dict[str, Record], ids: set[str], s: SplitScore) -> None:
    for pair in gold.pairs:
        if pair.doubtful or pair.a[0] not in ids or pair.b[0] not in ids:
            continue
        (a, ca), (b, cb) = pair.a, pair.b
        in_a = _claims_at(records[a], gold.articles[a].claims[ca])
        in_b = _claims_at(records[b], gold.articles[b].claims[cb])
        contra = _against(in_a, b, in_b) or _against(in_b, a, in_a)
        same = any(b in c.get("support", []) for c in in_a) or any(
            a in c.get("support", []) for c in in_b
        )
        s.contradictions.n_pred += contra
        s.contradictions.tp_pred += contra and pair.relation == "contradicting"
        if pair.relation == "contradicting":
            s.contradictions.n_gold += 1
            s.contradictions.tp_gold += contra
        if pair.relation == "same":
            s.same_pairs += 1
            s.same_contradicted += contra
            s.corroboration.n_gold += 1
            s.corroboration.tp_gold += same
        if contra != (pair.relation == "contradicting"):
            want = f"{pair.relation}: {gold.articles[a].claims[ca]}"
            s.contradictions.misses.append(
                miss("claim_pair", want, f"{'contradicted' if contra else 'not'} vs {b}", a)
            )
