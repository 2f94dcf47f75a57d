"""The weighted-vector arithmetic of story clustering: cosines of sparse term vectors and
of an article's actors against a story's actor profile."""

from __future__ import annotations

import math

from sitroom.stories.record import StoryState


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum([w * get(t, 0.0) for t, w in a.items()])


def unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def actor_overlap(actors: dict[str, float], state: StoryState) -> float:
    """Cosine of the article's actor weights and the story's actor profile.

    Weights are type weight (people over organisations over countries) times IDF; the
    story's weight of an actor also scales with the share of its articles that name it,
    so one passing mention does not define a story. (A weighted Jaccard behaves alike on
    short actor lists but punishes long reports for every extra actor they name.)
    """
    n = max(state.n, 1)
    weights, counts = state.actor_weights, state.actor_counts
    total = 0.0
    for a, w in actors.items():
        c = counts.get(a)
        if c:
            total += w * weights[a] * c / n
    if not total:
        return 0.0
    norm_a = math.sqrt(sum(w * w for w in actors.values()))
    return total / (norm_a * state.actor_norm) if state.actor_norm else 0.0
