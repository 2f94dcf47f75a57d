"""Cross-checking claims within a story (and the stories told of its event: :mod:`.linking`).

Statement units of different articles are aligned by the cosine of their content-word
TF-IDF (fitted on the story's units) plus a little for shared actors and numbers. An
aligned unit in another article either supports a claim or contradicts it (how two
units say otherwise: :mod:`.contrast`).

Only the same event can be stated otherwise: two units that name different countries,
different months, weekdays or years (unless they are one statement dated otherwise), or
attacks made otherwise (gunmen / a car bomb) report different events and never
contradict. Two units support each other only when they say the same: no other figure,
place, day or list, no counts of other outcomes, no opposite verbs. Only independent
reports contradict each other: a claim and its own copy never do. Two figures are
compared only between counterparts (see :func:`_align`). Each contradiction keeps its
evidence: the other sentence and outlet, what differs (figure, verb, negation, date,
actor, role) as each side states it, and a confidence.

Status: ``contradicted`` if any aligned unit contradicts it; else ``corroborated`` if
an independent source supports it; else ``single_source``.

Independence is decided in :mod:`.sources`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import chain

import numpy as np

from sitroom.article import Article, Claim
from sitroom.claims.contrast import (
    ALIGN,
    ALIGN_SPECIFIC,
    ALIGN_STRONG,
    contrast,
    opposite_predicates,
)
from sitroom.claims.events import same_event, same_setting, same_time
from sitroom.claims.evidence import BASE_CONFIDENCE, Contrast, evidence, evidence_of, keep
from sitroom.claims.framing import framed
from sitroom.claims.identity import one_count, rival_count, scoped_apart, unmatched
from sitroom.claims.lexicon import OUTCOMES
from sitroom.claims.linking import check_groups
from sitroom.claims.memo import article_units
from sitroom.claims.numbers import disagree, exceeding
from sitroom.claims.paraphrase import SAID_ALIKE_MOST, said_alike
from sitroom.claims.roles import check_roles
from sitroom.claims.slots import agreeing, slotted
from sitroom.claims.sources import independent
from sitroom.claims.units import Unit
from sitroom.claims.updates import later
from sitroom.claims.votes import SIDES
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.util.tfidf import tfidf_rows

log = logging.getLogger(__name__)

#: The least alignment of a support that overrules a contradiction from the same report.
ALIGN_OVERRULE = 0.3
_ACTOR_BONUS, _NUMBER_BONUS = 0.05, 0.15
#: The quotes that give a speaker's own words: an opinion, not a source's account.
_OWN_WORDS = frozenset({"direct", "mixed"})
_MIN_COSINE = ALIGN_SPECIFIC - 2 * _ACTOR_BONUS - _NUMBER_BONUS - SAID_ALIKE_MOST
_ROW_CHUNK = 2_000


def cross_check(articles: Sequence[Article], kb: KnowledgeBase | None = None) -> None:
    """Set ``article.claims`` for every article, cross-checked within its check group.

    Articles without a ``story_id`` are checked on their own (all single-source). With a
    knowledge base, the roles stated of known people are checked too.
    """
    groups: dict[str, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.story_id or f"\0{i}", []).append(article)
    for group in check_groups(list(groups.values())):
        _check_story(group, kb)


def _check_story(group: list[Article], kb: KnowledgeBase | None) -> None:
    per_article = [article_units(a, i) for i, a in enumerate(group)]
    flat = [u for us in per_article for u in us]
    disputed: set[tuple[int, int]] = set()
    if len(group) > 1 and len({u.article for u in flat}) > 1:
        disputed = _align(flat, group)
        _framed(per_article, group, disputed)
    check_roles(group, per_article, kb)
    for article, us in zip(group, per_article, strict=True):
        article.claims = [_claim(u, group, disputed) for u in us]


def _align(flat: list[Unit], group: list[Article]) -> set[tuple[int, int]]:
    """Score every pair of units across reports, then compare the aligned ones.

    A figure contradiction is looked for only between counterparts: ``v`` is the unit of
    its report that best matches ``u`` and the other way round, where a unit that restates
    the best one's figures counts as it (a report gives its toll in the lead and again
    below); two units that count one thing are matched among the units of their reports
    that count it (a toll in a sentence of its own, the other report's in its lead). A
    report that says "six rescued" of one ship and "22 rescued" of another contradicts
    nothing. Units that count nothing in common need only be one side's best match.

    A report that gives both sides' counts of one event ("the Taliban said 58 soldiers
    were killed; the army said 23") holds a counterpart of each: the count of the other
    teller is the counterpart of a count its report restates from another teller
    (:func:`_disputed`). Returns the (unit id, other report) of those disputes: a figure
    disputed inside a report is contradicted by it and supported by it at once.
    """
    disputed: set[tuple[int, int]] = set()
    try:
        matrix = tfidf_rows([u.terms for u in flat])
        # one statement in other words of who said it aligns on what it reports
        said = tfidf_rows([u.reported or u.terms for u in flat])
    except ValueError:  # no terms at all
        return disputed
    owner = np.array([u.article for u in flat])
    pairs: list[tuple[Unit, Unit, float]] = []
    compared: set[tuple[int, int]] = set()
    # (unit, other report, what it counts) -> the best match: "" among all units, "*"
    # among those that count anything it counts, an outcome among those that count it
    best: dict[tuple[int, int, str], tuple[float, Unit]] = {}
    for lo in range(0, len(flat), _ROW_CHUNK):
        whole = matrix[lo : lo + _ROW_CHUNK] @ matrix.T
        block = whole.maximum(said[lo : lo + _ROW_CHUNK] @ said.T).tocoo()
        rows, cols = block.row + lo, block.col
        # each pair once, across articles, and only where the bonuses could still lift it
        kept = (cols > rows) & (owner[rows] != owner[cols]) & (block.data >= _MIN_COSINE)
        for i, j, cos in zip(rows[kept], cols[kept], block.data[kept], strict=True):
            u, v = flat[int(i)], flat[int(j)]
            score = _score(u, v, float(cos))
            if score is not None:
                compared.add((int(i), int(j)))
                _pair(int(i), int(j), u, v, score, pairs, best)
    for i, j in one_count(flat, compared, same_event):
        _pair(i, j, flat[i], flat[j], ALIGN_SPECIFIC, pairs, best)
    index = {id(u): k for k, u in enumerate(flat)}
    reports: dict[int, list[Unit]] = {}
    for u in flat:
        reports.setdefault(u.article, []).append(u)
    for u, v, score in pairs:
        iu, iv = index[id(u)], index[id(v)]
        # two counts of one thing are matched among the sentences that count it
        shared = _counted(u) & _counted(v)
        if not shared:
            mine = _stands_for(v, best[iu, v.article, ""])
            _compare(u, v, score, mine or _stands_for(u, best[iv, u.article, ""]), group, reports)
            continue
        top_u, top_v = best[iu, v.article, "*"], best[iv, u.article, "*"]
        mine, theirs = _stands_for(v, top_u), _stands_for(u, top_v)
        if (mine and theirs) or _toll_part(u, v, iu, iv, best):
            _compare(u, v, score, True, group, reports)
        elif (mine or _disputed(u, v, top_u[1]) or _unmatched(u, v, shared, reports)) and (
            theirs or _disputed(v, u, top_v[1]) or _unmatched(v, u, shared, reports)
        ):
            if _compare(u, v, score, True, group, reports):
                disputed.update(((id(u), v.article), (id(v), u.article)))
        else:
            # a place's toll above its whole state's contradicts it, whichever sentence of
            # each report matches the other best; a rival count ("a lower toll of 45")
            # answers the other report's lead count
            rival = _rival(u, v, shared, reports) or _rival(v, u, shared, reports)
            _compare(
                u, v, score, rival or exceeding(u.figures, v.figures) is not None, group, reports
            )
    return disputed


def _pair(
    i: int,
    j: int,
    u: Unit,
    v: Unit,
    score: float,
    pairs: list[tuple[Unit, Unit, float]],
    best: dict[tuple[int, int, str], tuple[float, Unit]],
) -> None:
    """Keep ``u`` and ``v`` as a pair, and each as the other's best match so far."""
    pairs.append((u, v, score))
    shared = _counted(u) & _counted(v)
    keys = ("", "*", *(shared & OUTCOMES.keys())) if shared else ("",)
    for x, y, other in ((i, v.article, v), (j, u.article, u)):
        for k in keys:
            if (x, y, k) not in best or best[x, y, k][0] < score:
                best[x, y, k] = (score, other)


def _framed(
    per_article: list[list[Unit]], group: list[Article], disputed: set[tuple[int, int]]
) -> None:
    """The contrasts told by a word rather than by aligned wording (see :mod:`.framing`)
    or by one slot of the event read in each report (see :mod:`.slots`);
    like a disputed count, one such sentence of a report does not undo the support of
    another ("China abstained" is contradicted by "unanimously adopted" and supported by
    "China and Russia abstained" of one report)."""
    for u, v, reason, this, other in chain(framed(per_article), slotted(per_article)):
        # a retaliation is dated by what it answers ("strikes on Thursday set off ..."); a
        # day stated otherwise is no other event
        one = {"cause": same_setting, "place": same_time, "dates": same_setting}.get(
            reason, same_event
        )(u, v)
        if not one or not independent(group[u.article], group[v.article]):
            continue
        for x, y, c in (
            (u, v, Contrast(reason, this, other)),
            (v, u, Contrast(reason, other, this)),
        ):
            keep(x, y.article, evidence(c, group[y.article], y.text, BASE_CONFIDENCE[reason]))
            x.conflict_score[y.article] = 1.0
            disputed.add((id(x), y.article))
    for u, v in agreeing(per_article):
        if same_event(u, v):
            # a support that never overrules a contradiction (see :func:`_claim`)
            for x, y in ((u, v), (v, u)):
                x.support[y.article] = max(x.support.get(y.article, 0.0), ALIGN_OVERRULE)


def _toll_part(
    u: Unit, v: Unit, iu: int, iv: int, best: dict[tuple[int, int, str], tuple[float, Unit]]
) -> bool:
    """Whether ``u`` and ``v`` are counterparts for one outcome of a toll that one of them
    tells whole ("killing 112 and injuring 900" / "more than 1,200 were injured"): each
    the best match of the other among the units counting that outcome."""
    if max(len(_counted(x) & OUTCOMES.keys()) for x in (u, v)) < 2:
        return False
    return any(
        _stands_for(v, best[iu, v.article, k]) and _stands_for(u, best[iv, u.article, k])
        for k in _counted(u) & _counted(v) & OUTCOMES.keys()
    )


def _counted(u: Unit) -> set[str]:
    return {f.key for f in u.figures}


def _stands_for(x: Unit, best: tuple[float, Unit]) -> bool:
    """Whether ``x`` is the best match found in its report, or restates its figures."""
    top = best[1]
    if x is top:
        return True
    return bool(x.figures and top.figures) and all(
        any(f.counts_as(g) and f.agrees(g) for g in x.figures) for f in top.figures
    )


def _unmatched(u: Unit, v: Unit, shared: set[str], reports: dict[int, list[Unit]]) -> bool:
    """Whether a count of ``u`` of an outcome ``v`` counts agrees with no count of it in
    ``v``'s report: every one of them is its counterpart (see :func:`.identity.unmatched`)."""
    return any(unmatched(u, reports[v.article], k) for k in shared & OUTCOMES.keys())


def _rival(u: Unit, v: Unit, shared: set[str], reports: dict[int, list[Unit]]) -> bool:
    """Whether ``u`` sets a count against another and ``v`` gives its report's lead count
    of that outcome (see :func:`.identity.rival_count`)."""
    return any(rival_count(u, v, reports[v.article], k) for k in shared & OUTCOMES.keys())


def _disputed(u: Unit, v: Unit, top: Unit) -> bool:
    """Whether ``v`` counts, against ``top`` of its own report that restates the count of
    ``u``, the same thing otherwise as told by another teller: the report sets two
    tellers' counts side by side ("the Taliban said 58 soldiers were killed, the army
    said 23"). Not two counts of one teller, nor two unattributed ones (six rescued from
    one ship, 22 from another)."""
    if top is v or top.teller == v.teller or not same_event(top, v):
        return False
    restated = any(f.counts_as(g) and f.agrees(g) for f in u.figures for g in top.figures)
    return restated and disagree(top.figures, v.figures) is not None


def _score(u: Unit, v: Unit, cos: float) -> float | None:
    """How well ``u`` and ``v`` align, or None when they cannot state the same thing."""
    score = cos + _ACTOR_BONUS * min(2, len(u.actors & v.actors))
    lift = said_alike(u.said_as, v.said_as)  # one day, hour or distance however told
    if lift and score < ALIGN:
        # it lifts a pair to a support, never above: a pair aligned on its words keeps its
        # rank among the counterparts of a claim
        score = min(ALIGN, score + lift)
    if any(f.counts_as(g) for f in u.figures for g in v.figures):
        score += _NUMBER_BONUS  # the same figure, or a count of the same outcome (the dead)
    return score if score >= ALIGN_SPECIFIC else None


def _compare(
    u: Unit,
    v: Unit,
    score: float,
    counterpart: bool,
    group: list[Article],
    reports: dict[int, list[Unit]] | None = None,
) -> bool:
    """Record a contradiction or a support between ``u`` and ``v``; whether they
    contradict."""
    a, b = group[u.article], group[v.article]
    # two people saying otherwise in their own words (quoted) is a disagreement between
    # them, not between sources; accounts reported as told ("the army said", "witnesses
    # said") are the sources' accounts and are checked, as are two counts of one event
    others = bool(u.speaker and v.speaker and u.speaker != v.speaker) and all(
        x.quoted in _OWN_WORDS for x in (u, v)
    )
    if counterpart and reports is not None and scoped_apart(u, v, reports):
        counterpart = False  # a place's count and the whole's (see :func:`scoped_apart`)
    # stories apart (joined by .linking) need strong alignment, unless both count one
    # outcome of the event and each is the other's counterpart among the units counting it
    close = (
        a.story_id == b.story_id
        or score >= ALIGN_STRONG
        or (
            counterpart
            and reports is not None
            and bool(_counted(u) & _counted(v) & OUTCOMES.keys())
        )
    )
    found = contrast(u, v, score, others) if counterpart and close and independent(a, b) else None
    if found and found.reason == "numbers" and (newer := later(u, v, a, b, reports or {})):
        # a later count of a running toll updates the earlier one (see :mod:`.updates`)
        older = v if newer is u else u
        older.updated_by.add(newer.article)
        return False
    if found:
        log.debug("contradiction (%s): %r / %r", found.reason, u.text[:60], v.text[:60])
        conf = round(min(0.95, BASE_CONFIDENCE[found.reason] + 0.5 * score), 2)
        flip = Contrast(found.reason, found.other, found.this)
        for x, y, c, other, text in ((u, v, found, b, v.text), (v, u, flip, a, u.text)):
            if keep(x, y.article, evidence(c, other, text, conf)):
                x.conflict_score[y.article] = score
        return True
    if score >= ALIGN and not others and _may_support(u, v):
        for x, y in ((u, v), (v, u)):
            x.support[y.article] = max(x.support.get(y.article, 0.0), score)
    return False


def _may_support(u: Unit, v: Unit) -> bool:
    """Support needs no other figure (of any scope), no other list of actors and no other
    place, day or month named; a year
    named in passing ("the 2026 presidency") or an event's place as the tagger read it do
    not make two statements two events."""
    if u.places and v.places and not u.places & v.places:
        return False
    if u.days and v.days and not u.days & v.days:
        return False
    if any(len(a.keys() & b.keys()) < 2 for a in u.lists for b in v.lists):
        return False  # two lists of other actors: two sets
    if (
        _denied_apart(u, v)
        or _counts_apart(u, v)
        or any(opposite_predicates(f, g, True) for f in u.frames for g in v.frames)
    ):
        return False  # "the government accepted" / "the rebels rejected": not one statement
    return same_time(u, v, years=False) and not disagree(u.figures, v.figures, any_scope=True)


def _denied_apart(u: Unit, v: Unit) -> bool:
    """One reports a denial, the other neither a denial nor a negation ("X denied any role"
    / "the government blamed X"; but "denied that it shelled" / "said it had not shelled")."""
    return any(x.denies and not y.denies and not y.negated for x, y in ((u, v), (v, u)))


def _counts_apart(u: Unit, v: Unit) -> bool:
    """Counts of other outcomes and none in common ("arrested 14" / "14 injured"), or of
    voters on other sides ("21 voted for" / "three did not vote")."""
    mine = {f.key for f in u.figures if f.key in OUTCOMES}
    theirs = {f.key for f in v.figures if f.key in OUTCOMES}
    sides = {f.group for f in u.figures if f.group in SIDES}
    other = {f.group for f in v.figures if f.group in SIDES}
    return bool(mine and theirs and not mine & theirs) or bool(
        sides and other and not sides & other
    )


def _claim(u: Unit, group: list[Article], disputed: set[tuple[int, int]]) -> Claim:
    me = group[u.article]
    # a report that also states the claim, better aligned than where it differs, does
    # not contradict it: the difference is inside that report (a part and the whole);
    # unless that report sets another teller's count against it (it does both)
    both = {k for k in u.conflict if (id(u), k) in disputed}
    for k, score in u.conflict_score.items():
        if k not in both and u.support.get(k, 0.0) > max(score, ALIGN_OVERRULE):
            del u.conflict[k]
    conflict = sorted(k for k in u.conflict if k >= 0)
    support = sorted(set(u.support) - (set(conflict) - both))
    if u.conflict:
        status = "contradicted"
    elif any(independent(me, group[k]) for k in support):
        status = "corroborated"
    else:
        status = "single_source"
    return Claim(
        start=u.start,
        end=u.end,
        text=u.text,
        status=status,
        support=[group[k].id for k in support],
        conflict=[group[k].id for k in conflict],
        speaker=u.speaker_name,
        contradictions=evidence_of(u),
        updated_by=[group[k].id for k in sorted(u.updated_by)],
    )
