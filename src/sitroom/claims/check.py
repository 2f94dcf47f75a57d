"""Cross-checking claims within a story.

Statement units of different articles are aligned by the cosine of their content-word
TF-IDF (fitted on the story's units) plus a little for shared actors and numbers. An
aligned unit in another article either supports a claim or contradicts it:

* an object contrast: one predicate, opposite objects ("send troops" / "sent arms");
* a predicate contrast: "agreed" / "refused" about the same thing by the same actor;
* a negation mismatch: "will not deploy" / "will deploy";
* a number mismatch: "32 countries" / "30 countries".

Status: ``contradicted`` if any aligned unit contradicts it; else ``corroborated`` if
an independent source supports it; else ``single_source``.

Independence: two articles are independent unless one is a copy of the other (the same
``duplicate_of`` family) or they come from the same outlet (same publisher, compared
case-insensitively, or the same URL host). An article whose publisher is unknown counts
as an outlet of its own: copies are what the near-duplicate detector finds, and a
report we cannot attribute is not evidence that two reports share an origin.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from sitroom.article import Article, Claim
from sitroom.claims.lexicon import OBJECT_CONTRASTS, PREDICATE_CONTRASTS
from sitroom.claims.units import Frame, Unit, units

log = logging.getLogger(__name__)

#: Alignment score at or above which two units state the same thing.
ALIGN = 0.3
#: Lower bar for the specific contrasts (opposite objects, different numbers).
ALIGN_SPECIFIC = 0.2
#: Higher bar for the broad contrasts (opposite predicates, negation mismatch).
ALIGN_STRONG = 0.4
_ACTOR_BONUS, _NUMBER_BONUS = 0.05, 0.05
_MIN_COSINE = ALIGN_SPECIFIC - 2 * _ACTOR_BONUS - _NUMBER_BONUS
_ROW_CHUNK = 2_000


def cross_check(articles: Sequence[Article]) -> None:
    """Set ``article.claims`` for every article, cross-checked within its story.

    Articles without a ``story_id`` are checked on their own (all single-source).
    """
    groups: dict[str, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.story_id or f"\0{i}", []).append(article)
    for group in groups.values():
        _check_story(group)


def independent(a: Article, b: Article) -> bool:
    """Whether ``a`` and ``b`` count as two sources (see the module docstring)."""
    if (a.duplicate_of or a.id) == (b.duplicate_of or b.id):
        return False
    if a.publisher and b.publisher and a.publisher.casefold() == b.publisher.casefold():
        return False
    host_a, host_b = _host(a.url), _host(b.url)
    return not (host_a and host_a == host_b)


def _check_story(group: list[Article]) -> None:
    per_article = [units(a, i) for i, a in enumerate(group)]
    flat = [u for us in per_article for u in us]
    if len(group) > 1 and len({u.article for u in flat}) > 1:
        _align(flat)
    for article, us in zip(group, per_article, strict=True):
        article.claims = [_claim(u, group) for u in us]


def _align(flat: list[Unit]) -> None:
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([u.terms for u in flat])
    except ValueError:  # no terms at all
        return
    owner = np.array([u.article for u in flat])
    for lo in range(0, len(flat), _ROW_CHUNK):
        block = (matrix[lo : lo + _ROW_CHUNK] @ matrix.T).tocoo()
        rows, cols = block.row + lo, block.col
        # each pair once, across articles, and only where the bonuses could still lift it
        keep = (cols > rows) & (owner[rows] != owner[cols]) & (block.data >= _MIN_COSINE)
        for i, j, cos in zip(rows[keep], cols[keep], block.data[keep], strict=True):
            _compare(flat[int(i)], flat[int(j)], float(cos))


def _compare(u: Unit, v: Unit, cos: float) -> None:
    if u.speaker and v.speaker and u.speaker != v.speaker:
        return  # different people: a disagreement, not a contradiction between sources
    score = cos + _ACTOR_BONUS * min(2, len(u.actors & v.actors))
    if any(u.numbers.get(q) == n for q, n in v.numbers.items()):
        score += _NUMBER_BONUS
    if score < ALIGN_SPECIFIC:
        return
    reason = contradiction(u, v, score)
    if reason:
        log.debug("contradiction (%s): %r / %r", reason, u.text[:60], v.text[:60])
        u.conflict.add(v.article)
        v.conflict.add(u.article)
    elif score >= ALIGN:
        u.support.add(v.article)
        v.support.add(u.article)


def contradiction(u: Unit, v: Unit, score: float) -> str | None:
    """Why aligned units ``u`` and ``v`` (alignment ``score``) say otherwise, or None."""
    for f in u.frames:
        for g in v.frames:
            if _opposite_objects(f, g):
                return "objects"
    for quantity, value in u.numbers.items():
        other = v.numbers.get(quantity)
        if other is not None and other != value:
            return "numbers"
    if score < ALIGN_STRONG:
        return None
    for f in u.frames:
        for g in v.frames:
            reason = _opposite_predicates(f, g)
            if reason:
                return reason
    if _negation_mismatch(u, v) or _negation_mismatch(v, u):
        return "negation"
    return None


def _opposite_objects(f: Frame, g: Frame) -> bool:
    if f.negated or g.negated or not f.objects or not g.objects or f.objects & g.objects:
        return False
    if f.subject is not None and not f.subject.compatible(g.subject):
        return False
    for c in OBJECT_CONTRASTS:
        if f.predicate in c.predicates and g.predicate in c.predicates:
            sides_f = {k for k, side in enumerate(c.sides) if f.objects & side}
            sides_g = {k for k, side in enumerate(c.sides) if g.objects & side}
            if len(sides_f) == 1 and len(sides_g) == 1 and sides_f != sides_g:
                return True
    return False


def _opposite_predicates(f: Frame, g: Frame) -> str | None:
    """ "negation" for one predicate with opposite polarity, "predicates" for antonyms."""
    if f.subject is not None and not f.subject.compatible(g.subject):
        return None
    if f.predicate == g.predicate:
        return "negation" if f.negated != g.negated else None
    for c in PREDICATE_CONTRASTS:
        side_f = _side(c.sides, f)
        side_g = _side(c.sides, g)
        if side_f is not None and side_g is not None and side_f != side_g:
            return "predicates"
    return None


def _side(sides: tuple[frozenset[str], frozenset[str]], f: Frame) -> int | None:
    for k, side in enumerate(sides):
        if f.predicate in side:
            return 1 - k if f.negated else k
    return None


def _negation_mismatch(u: Unit, v: Unit) -> bool:
    """``u`` negates a term that ``v`` states plainly, about a compatible subject."""
    for term, subject in u.negated.items():
        if term in v.affirmed and term not in v.negated and term not in u.affirmed:
            other = v.affirmed[term]
            if subject is None or subject.compatible(other):
                return True
    return False


def _claim(u: Unit, group: list[Article]) -> Claim:
    me = group[u.article]
    conflict = sorted(u.conflict)
    support = sorted(u.support - u.conflict)
    if conflict:
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
    )


def _host(url: str | None) -> str:
    if not url:
        return ""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _identity(terms: list[str]) -> list[str]:
    return terms
