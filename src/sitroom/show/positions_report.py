"""What ``sitroom positions`` and ``sitroom issues propose`` show, from the store.

:func:`positions_report` builds the actor-by-issue matrix of a story or the corpus: from the
stored positions, or, with a catalog file, recomputed for that catalog from the stored
parses without the model (:mod:`sitroom.nlp.positions.rescore`). Either way it measures
how well the catalog fits each story (:mod:`sitroom.nlp.positions.catalog_fit`) and names
the stories it does not cover, and it can list each cell's evidence (sentence, outlet, date).

:func:`propose_catalog` proposes the issues of a story (or the corpus) as catalog YAML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitroom.article import Article
from sitroom.nlp.positions.aggregate import aggregate, matrix_rows
from sitroom.nlp.positions.catalog import load_catalog
from sitroom.nlp.positions.catalog_fit import StoryFit, story_fit, uncovered
from sitroom.nlp.positions.rescore import rescore_all


@dataclass(slots=True)
class PositionsReport:
    header: list[str]
    rows: list[list[str]]
    fits: list[StoryFit]
    warnings: list[str] = field(default_factory=list)
    evidence: list[list[str]] = field(default_factory=list)


def _articles(store: Any, story: str | None) -> list[Article]:
    ids = None
    if story is not None:
        found = store.story(story)
        if found is None:
            return []
        ids = [a if isinstance(a, str) else a.get("id") for a in found.get("articles", [])]
        ids = [i for i in ids if i]
    return list(store.load_articles(ids))


def positions_report(
    store: Any, catalog_ref: str, *, story: str | None = None, rescore: bool = False
) -> PositionsReport:
    """The matrix of ``story`` (or everything) under the catalog ``catalog_ref``."""
    catalog = load_catalog(catalog_ref)
    articles = _articles(store, story)
    warnings: list[str] = []
    if rescore:
        done = rescore_all(articles, catalog)
        if done.no_parse:
            warnings.append(
                f"{len(done.no_parse)} article(s) were stored without their parse and keep "
                "their stored positions; run them again to re-score them"
            )
    fits = story_fit(catalog, articles)
    missing = uncovered(fits)
    if missing:
        warnings.append(
            f"the catalog {catalog.name!r} does not cover {len(missing)} of {len(fits)} "
            f"stories: {', '.join(missing[:12])}{' ...' if len(missing) > 12 else ''}; "
            "propose issues for them with `sitroom issues propose --story ID`"
        )
    summaries = aggregate(articles)
    used = {s.issue for s in summaries}
    issues = [i for i in catalog.ids() if i in used] + sorted(used - set(catalog.ids()))
    header, rows = matrix_rows(summaries, issues)
    evidence = [
        [
            s.canonical or "?",
            s.issue,
            src.stance + ("!" if src.red_line else ""),
            src.published or "",
            src.publisher or "",
            src.evidence,
        ]
        for s in summaries
        for src in s.sources
    ]
    return PositionsReport(header, rows, fits, warnings, evidence)


def propose_catalog(
    store: Any, *, story: str | None = None, limit: int = 8, name: str | None = None
) -> tuple[str, int]:
    """Catalog YAML proposed from the stored articles of ``story`` (or all), and how many
    articles had no kept parse."""
    from sitroom.nlp.positions.propose import propose, to_yaml

    articles = _articles(store, story)
    parsed = [a for a in articles if a.parses]
    issues = propose(parsed, limit=limit)
    title = story or "the corpus"
    text = to_yaml(issues, name or f"proposed_{story or 'corpus'}", f"Issues proposed for {title}.")
    return text, len(articles) - len(parsed)


def fit_rows(fits: Iterable[StoryFit]) -> list[list[str]]:
    return [[f.story_id, str(f.n_articles), str(f.n_covered), f"{f.fit:.2f}"] for f in fits]
