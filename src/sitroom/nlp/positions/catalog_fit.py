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
from sitroom.nlp.positions.catalog import Catalog, Issue, in_scope
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


# A claim with one of these asks for a stop itself ("bar children from ...", "halt the
# strikes"): a prohibition its keyword names may be the claim's own wording.
STOPPING = frozenset(
    {"bar", "block", "end", "halt", "limit", "outlaw", "prohibit", "restrict", "stop", "suspend"}
)


def contrary_phrases(issue: Issue) -> dict[str, frozenset[str]]:
    """The keywords of ``issue`` that name a prohibition ("moratorium", "ban", "embargo")
    its claim does not ask for, with those words: a claim to resume tests and a keyword
    "test ban" or "moratorium" name the claim's contrary (its stop), so a stance on the
    keyword's words is the reverse stance on the claim. A claim that asks for a stop of its
    own ("should bar", "extend the ban") keeps its keywords."""
    text = f"{issue.claim} {issue.id}".lower().replace("_", " ")
    claim = set(re.findall(r"[a-z]+", text))
    if claim & (PROHIBITIONS | STOPPING):
        return {}
    out = {}
    for phrase in issue.keywords:
        words = frozenset(re.findall(r"[a-z]+", phrase.lower())) & PROHIBITIONS
        if words:
            out[phrase] = words
    return out


def contrary_keywords(catalog: Catalog) -> list[str]:
    """Notes for keywords that name a prohibition the claim does not (:func:`contrary_phrases`):
    the finder reads them reversed; an author who meant them as the claim itself should
    reword the claim or list them under ``opposite`` to say so plainly."""
    return [
        f"issue {issue.id!r}: keyword {phrase!r} names a prohibition "
        f"({', '.join(sorted(words))}) its claim does not; it is read as the claim's contrary"
        for issue in catalog.issues
        for phrase, words in contrary_phrases(issue).items()
    ]
