"""Where a catalog applies: issue scopes, and how well a catalog fits each story.

A catalog or an issue may carry a ``scope`` (``sitroom/nlp/positions/catalog.py``): stories, actors,
places or keywords (any one named in the article is enough), and ``since`` / ``until``
dates. :func:`in_scope` tells whether an article is inside one; :func:`apply_scope` drops
the positions of issues whose scope leaves an article out ("ceasefire" in a Sudan report is
not the India-Pakistan ceasefire).

:func:`story_fit` measures, per story, the share of its articles in which the catalog finds
an issue at all (a phrase, or by meaning two anchors of one issue in a sentence) inside its
scope. A story below :data:`FIT_WARN` is one the catalog does not cover: ``sitroom positions``
names those stories instead of showing an empty or misleading matrix.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sitroom.article import Article
from sitroom.nlp.positions.catalog import Catalog, in_scope
from sitroom.nlp.positions.meaning import MIN_ANCHORS, MeaningMatcher, sense

FIT_WARN = 0.5
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def apply_scope(catalog: Catalog, article: Article) -> None:
    """Drop the article's positions on issues whose scope (or the catalog's) leaves it out."""
    if not in_scope(catalog.scope, article):
        article.positions = []
        return
    keep = {i.id for i in catalog.issues if in_scope(i.scope, article)}
    article.positions = [p for p in article.positions if p.issue in keep]


@dataclass(frozen=True, slots=True)
class StoryFit:
    story_id: str
    n_articles: int
    n_covered: int

    @property
    def fit(self) -> float:
        return self.n_covered / self.n_articles if self.n_articles else 0.0


def covers(catalog: Catalog, matcher: MeaningMatcher, article: Article) -> bool:
    """Whether the catalog finds one of its issues in the article, inside its scope."""
    if not in_scope(catalog.scope, article):
        return False
    issues = [i for i in catalog.issues if in_scope(i.scope, article)]
    if any(i.find(article.text) for i in issues):
        return True
    wanted = {i.id for i in issues}
    for sentence in _SENTENCE.findall(article.text):
        stems = {sense(w) for w in _WORD.findall(sentence)}
        for anchors in matcher.anchors:
            if anchors.issue.id in wanted and len(stems & anchors.stems) >= MIN_ANCHORS:
                return True
    return False


def story_fit(catalog: Catalog, articles: Iterable[Article]) -> list[StoryFit]:
    """The fit of the catalog to each story (articles without a story count as their own)."""
    matcher = MeaningMatcher(catalog)
    seen: dict[str, list[bool]] = defaultdict(list)
    for article in articles:
        seen[article.story_id or article.id].append(covers(catalog, matcher, article))
    return sorted(
        (StoryFit(story, len(flags), sum(flags)) for story, flags in seen.items()),
        key=lambda f: (f.fit, f.story_id),
    )


def uncovered(fits: Iterable[StoryFit]) -> list[str]:
    """The stories the catalog does not cover (fit below :data:`FIT_WARN`)."""
    return [f.story_id for f in fits if f.fit < FIT_WARN]


PROHIBITIONS = frozenset({"ban", "bans", "moratorium", "embargo", "prohibition", "freeze"})


def contrary_keywords(catalog: Catalog) -> list[str]:
    """Warnings for keywords that name a prohibition ("moratorium", "ban", "embargo") the
    claim does not: such a word often names the claim's contrary (a claim to resume tests,
    a keyword "test ban"), and a keyword is read as the claim itself. Its author should list
    it under ``opposite`` (read reversed) unless the claim is that stop."""
    out = []
    for issue in catalog.issues:
        claim = set(re.findall(r"[a-z]+", f"{issue.claim} {issue.id}".lower().replace("_", " ")))
        for phrase in issue.keywords:
            words = set(re.findall(r"[a-z]+", phrase.lower())) & PROHIBITIONS
            if words and not words & claim:
                out.append(
                    f"issue {issue.id!r}: keyword {phrase!r} names a prohibition "
                    f"({', '.join(sorted(words))}) its claim does not; if it names the "
                    "claim's contrary, list it under 'opposite'"
                )
    return out
