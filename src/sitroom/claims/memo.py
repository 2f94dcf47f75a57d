"""A report's statement units worked out once per run.

Every batch cross-checks the claims of the stories it touched with all their articles,
so a stored article of a story that grows is cut into units again with each batch: the
same text, mentions, events and quotes give the same units. The units of an article are
kept (bounded) with what they were computed from; an article loaded again with equal
inputs gets fresh copies (its index in the story group set, and empty ``support``,
``conflict_score``, ``conflict`` and ``updated_by``: the only fields the cross-check fills
in).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from sitroom.article import Article
from sitroom.claims.units import Unit, units

_CAP = 4_096
_KEPT: OrderedDict[str, tuple[tuple[Any, ...], list[Unit]]] = OrderedDict()


def _inputs(article: Article) -> tuple[Any, ...]:
    """What :func:`~sitroom.claims.units.units` reads of an article."""
    return (
        article.text,
        article.published,
        tuple(article.mentions),
        tuple(article.events),
        tuple(article.quotes),
    )


def _fresh(unit: Unit, index: int) -> Unit:
    return replace(
        unit, article=index, support={}, conflict_score={}, conflict={}, also=[], updated_by=set()
    )


def article_units(article: Article, index: int) -> list[Unit]:
    """``units(article, index)``, computed once per article and inputs."""
    if not article.id:
        return units(article, index)
    kept = _kept(article)
    if kept is not None:
        return [_fresh(u, index) for u in kept]
    made = units(article, index)
    _KEPT[article.id] = (_inputs(article), [_fresh(u, index) for u in made])
    while len(_KEPT) > _CAP:
        _KEPT.popitem(last=False)
    return made


def read_units(article: Article) -> list[Unit]:
    """The units of ``article`` to read, not to fill in (no copies when they are kept)."""
    kept = _kept(article) if article.id else None
    return kept if kept is not None else article_units(article, 0)


def _kept(article: Article) -> list[Unit] | None:
    kept = _KEPT.get(article.id)
    if kept is not None and kept[0] == _inputs(article):
        _KEPT.move_to_end(article.id)
        return kept[1]
    return None
