"""The event pass: merge stories whose event signatures agree, and say why.

The first pass joins an article to a story mostly by shared words, so two reports of one
event that descend from different wire copies (different wording, the same meeting) can
open two stories. The event pass compares whole stories by what the event is rather than
how it is told: its *signature* is

* the named things: capitalised names and their bigrams, places, acronyms and numbers
  (the key-term centroid, IDF-weighted, so "Muridke" and "33 hostages" weigh more than
  "Pakistan" and "2025");
* the linked actors (the actor profile of the story);
* the PLOVER event types its reports carry (an attack is not a summit);
* the date window.

Two stories merge when their dates agree (at most ``MERGE_GAP_DAYS`` apart) and the
signature similarity ``0.6 named things + 0.25 actors + 0.15 event types`` reaches
``merge_threshold``, with at least ``KEY_MIN`` of it from named things (the same actors
on the same day are not enough: ministers meet, speak and travel in one week) and a
content-word cosine of at least ``TEXT_MIN`` between the stories (two stories of one
region on the same days share names, not what happened), and at least
``MIN_SHARED_ACTORS`` linked actors in common (one minister at two events of one week
is not one event). Without the actor layer (no linked mentions) nothing is merged. A story
with no dated report merges only if its floor (the latest date its text names) allows it
and the similarity reaches ``UNDATED_FACTOR`` times the threshold: nothing dates it, so
it needs more evidence.
"""

from __future__ import annotations

import heapq
import logging
import math
from collections.abc import Collection, Iterable, Mapping, Sequence

from sitroom.stories.dates import nearest
from sitroom.stories.record import JoinReason, StoryState

log = logging.getLogger(__name__)

W_KEYS, W_ACTORS, W_EVENTS = 0.6, 0.25, 0.15
#: Reports of one event appear within a couple of days of each other (an evening event
#: is dated the next day, a follow-up a day later).
MERGE_GAP_DAYS = 2
#: The named-things similarity a merge needs whatever the other parts say.
KEY_MIN = 0.1
#: Distinct linked actors (people, organisations, places) the two stories must share: a
#: minister and his country at two events of one week are not one event.
MIN_SHARED_ACTORS = 3
#: The content-word similarity a merge needs: two stories of one region and the same
#: days share names (China, Xi Jinping) but not what happened (0.08-0.12 on the
#: real-prose dev set, against 0.21-0.39 for one event told twice).
TEXT_MIN = 0.18
UNDATED_FACTOR = 1.2
_PROBES = 8
_MAX_POSTING = 64
_SHOWN = 5


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def actor_profile(state: StoryState) -> dict[str, float]:
    n = max(state.n, 1)
    return {a: state.actor_weights[a] * c / n for a, c in state.actor_counts.items()}


def event_vector(events: Mapping[str, int]) -> dict[str, float]:
    return {t: math.log1p(c) for t, c in events.items()}


def dates_agree(a: StoryState, b: StoryState) -> bool | None:
    """True/False when both stories are dated (a yearless wire dateline dates a story
    too, as the nearest such day); None when one has no date at all (then only the floors
    can rule a merge out, which :func:`floors_allow` checks)."""
    if a.first_day is None or a.last_day is None:
        a, b = b, a
    if a.first_day is None or a.last_day is None:
        return None
    if b.first_day is None or b.last_day is None:
        if b.month_day is None:
            return None
        near = nearest(b.month_day, a.first_day)  # "MOSCOW, Dec 3": the nearest Dec 3
        if near is None:
            return None
        b_first = b_last = near
    else:
        b_first, b_last = b.first_day, b.last_day
    gap = max(0, a.first_day - b_last, b_first - a.last_day)
    return gap <= MERGE_GAP_DAYS


def floors_allow(a: StoryState, b: StoryState) -> bool:
    """No story's undated reports name a date after the other story's last day."""
    for x, y in ((a, b), (b, a)):
        if x.floor is not None and y.last_day is not None and x.floor > y.last_day + MERGE_GAP_DAYS:
            return False
    return True


def signature_similarity(a: StoryState, b: StoryState) -> tuple[float, float]:
    """(the signature similarity, its named-things part) of two active stories."""
    keys = cosine(a.keys, b.keys)
    actors = cosine(actor_profile(a), actor_profile(b))
    events = cosine(event_vector(a.events), event_vector(b.events))
    return W_KEYS * keys + W_ACTORS * actors + W_EVENTS * events, keys


def merge_score(a: StoryState, b: StoryState, threshold: float) -> float | None:
    """The signature similarity if ``a`` and ``b`` may merge at ``threshold``, else None."""
    agree = dates_agree(a, b)
    if agree is False or not floors_allow(a, b):
        return None
    if len(a.actor_counts.keys() & b.actor_counts.keys()) < MIN_SHARED_ACTORS:
        return None
    score, keys = signature_similarity(a, b)
    needed = threshold if agree else threshold * UNDATED_FACTOR
    if keys < KEY_MIN or score < needed or cosine(a.terms, b.terms) < TEXT_MIN:
        return None
    return score


def candidate_pairs(
    states: Iterable[StoryState],
    touched: Collection[str] | None = None,
    probes: dict[str, list[str]] | None = None,
) -> list[tuple[str, str]]:
    """Pairs of stories that share one of their heaviest named things (never all pairs);
    with ``touched``, only pairs with at least one of those stories (the others were
    compared before and have not changed). ``probes`` caches each story's heaviest named
    things between calls (those of touched stories are computed again)."""
    cache = probes if probes is not None else {}
    postings: dict[str, list[str]] = {}
    for state in states:
        sid = state.story_id
        keys = cache.get(sid)
        if keys is None or touched is None or sid in touched:
            weights = state.keys
            keys = [k for k, _ in heapq.nlargest(_PROBES, weights.items(), key=_weight_then_key)]
            cache[sid] = keys
        for key in keys:
            postings.setdefault(key, []).append(sid)
    pairs: set[tuple[str, str]] = set()
    for ids in postings.values():
        if len(ids) > _MAX_POSTING:  # a word every story has says nothing
            continue
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                if touched is None or x in touched or y in touched:
                    pairs.add((x, y) if x < y else (y, x))
    return sorted(pairs)


def merge_stories(
    states: dict[str, StoryState],
    active: Sequence[str],
    touched: Collection[str],
    probes: dict[str, list[str]],
    threshold: float,
    names: Mapping[str, str],
) -> dict[str, str]:
    """Merge the ``active`` stories of ``states`` whose signatures agree; return {story
    merged away: story it went into}. The merged-away stories leave ``states``.

    Pairs with a ``touched`` story are taken best first; a story merges into the one
    opened earlier, whose id it takes, and the pair's score is computed again on the
    merged stories (a merge changes the signature).
    """
    scored = []
    for x, y in candidate_pairs([states[sid] for sid in active], touched, probes):
        score = merge_score(states[x], states[y], threshold)
        if score is not None:
            scored.append((-score, x, y))
    scored.sort()
    done: dict[str, str] = {}

    def root(sid: str) -> str:
        while sid in done:
            sid = done[sid]
        return sid

    for _, x, y in scored:
        a, b = root(x), root(y)
        if a == b:
            continue
        first, second = sorted((states[a], states[b]), key=lambda s: s.seq)
        score = merge_score(first, second, threshold)
        if score is None:
            continue
        reason = merged_reason(first, second, score, names)
        for article_id in second.article_ids:
            second.reasons[article_id] = reason
        first.absorb(second)
        done[second.story_id] = first.story_id
        del states[second.story_id]
        log.debug("story %s merged into %s (%.3f)", second.story_id, first.story_id, score)
    return {old: root(old) for old in done}


def _weight_then_key(item: tuple[str, float]) -> tuple[float, str]:
    return item[1], item[0]


def shared(
    a_keys: Mapping[str, float],
    b_keys: Mapping[str, float],
    a_actors: Mapping[str, float],
    b_actors: Mapping[str, float],
    names: Mapping[str, str],
    a_events: Iterable[str],
    b_events: Iterable[str],
) -> tuple[list[str], list[str], list[str]]:
    """The shared actors (by name), named things and event types that weigh most."""

    def heaviest(x: Mapping[str, float], y: Mapping[str, float]) -> list[str]:
        both = [(x[k] * y[k], k) for k in x.keys() & y.keys()]
        return [k for _, k in sorted(both, key=lambda p: (-p[0], p[1]))[:_SHOWN]]

    actors = [names.get(a, a) for a in heaviest(a_actors, b_actors)]
    terms = [k.removeprefix("#") for k in heaviest(a_keys, b_keys)]
    events = sorted(set(a_events) & set(b_events))[:_SHOWN]
    return actors, terms, events


def joined_reason(
    state: StoryState,
    keys: Mapping[str, float],
    actors: Mapping[str, float],
    events: Iterable[str],
    names: Mapping[str, str],
    similarity: float,
) -> JoinReason:
    """Why an article joined ``state`` by similarity: what it shares with the story."""
    profile = {a: state.actor_weights[a] * c for a, c in state.actor_counts.items()}
    shown = shared(keys, state.keys, actors, profile, names, events, state.events)
    return JoinReason(
        how="similar",
        similarity=round(similarity, 3),
        other=None,
        actors=shown[0],
        terms=shown[1],
        events=shown[2],
    )


def merged_reason(
    into: StoryState, other: StoryState, score: float, names: Mapping[str, str]
) -> JoinReason:
    actors, terms, events = shared(
        into.keys,
        other.keys,
        actor_profile(into),
        actor_profile(other),
        names,
        into.events,
        other.events,
    )
    return JoinReason(
        how="merged",
        similarity=round(score, 3),
        other=other.story_id,
        actors=actors,
        terms=terms,
        events=events,
    )
