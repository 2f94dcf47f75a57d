"""Rows the store derives itself: actors from mentions, and story rows from story objects."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from sitroom.errors import StoreError
from sitroom.store.rows import Row, dumps

ACTOR_COLUMNS = (
    "actor_id",
    "canonical",
    "type",
    "country",
    "sector",
    "kind",
    "mention_count",
    "variants",
    "role",
    "role_evidence",
    "role_article",
)
_MENTION_FIELDS = ("canonical", "type", "country", "sector", "text")
# The mention columns actor_rows reads; the role's sentence is cut from the article's text.
ACTOR_MENTIONS_SQL = (
    "SELECT m.actor_id, m.canonical, m.type, m.country, m.sector, m.text, m.role, "
    "m.article_id, CASE WHEN m.role_start IS NULL THEN NULL ELSE (SELECT substr(a.text, "
    "m.role_start + 1, m.role_end - m.role_start) FROM articles a "
    "WHERE a.id = m.article_id) END AS role_evidence FROM mentions m"
)


def actor_rows(mentions: Iterable[Mapping[str, Any]], local_prefix: str) -> list[Row]:
    """One ``actors`` row per actor id among ``mentions`` (rows with those columns).

    Per actor: the most frequent canonical name, type, country and sector (ties go to the
    alphabetically first), the mention count, and the surface forms seen, most frequent
    first. ``kind`` is ``group`` for GROUP actors, ``local`` for ids starting with
    ``local_prefix``, ``kb`` otherwise. ``role`` is the role the text states for the actor
    (a person outside the KB) in the most articles, ties going to the one stated last, with
    the sentence stating it last (``role_evidence``) and that sentence's article.
    """
    seen: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    # per actor: role -> the articles stating it, and the latest (sentence, article) of it
    stated: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    evidence: dict[tuple[str, str], tuple[int, str | None, str | None]] = {}
    for n, mention in enumerate(mentions):
        counters = seen[mention["actor_id"]]
        for name in _MENTION_FIELDS:
            if mention[name] is not None:
                counters[name][mention[name]] += 1
        if mention["role"]:
            stated[mention["actor_id"]][mention["role"]].add(mention["article_id"])
            where = (n, mention["role_evidence"], mention["article_id"])
            evidence[(mention["actor_id"], mention["role"])] = where
    rows: list[Row] = []
    for actor_id in sorted(seen):
        c = seen[actor_id]
        actor_type = _most_common(c["type"])
        if actor_type == "GROUP":
            kind = "group"
        elif actor_id.startswith(local_prefix):
            kind = "local"
        else:
            kind = "kb"
        variants = sorted(c["text"], key=lambda t: (-c["text"][t], t))
        roles = stated.get(actor_id, {})
        # the role the most articles state; ties go to the one stated last
        role = max(roles, key=lambda r: (len(roles[r]), evidence[(actor_id, r)][0]), default=None)
        _, sentence, source = evidence.get((actor_id, role or ""), (0, None, None))
        rows.append(
            (
                actor_id,
                _most_common(c["canonical"]),
                actor_type,
                _most_common(c["country"]),
                _most_common(c["sector"]),
                kind,
                sum(c["text"].values()),
                dumps(variants),
                role,
                sentence,
                source,
            )
        )
    return rows


def _most_common(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return min(counter, key=lambda v: (-counter[v], v))


class StoryLike(Protocol):
    """What ``Store.save_stories`` reads from a story (``sitroom.stories.Story`` fits).

    A plain dict with these keys works too, and may leave out any but ``story_id``: without
    ``article_ids`` the story's articles are the stored articles whose ``story_id`` it is.
    ``n_articles`` is not read: the store counts the story's stored articles. Dates may be
    ``date`` objects; ``main_actors`` and ``summary`` may hold dicts or dataclasses (JSON).
    """

    @property
    def story_id(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def first_date(self) -> str | date | None: ...
    @property
    def last_date(self) -> str | date | None: ...
    @property
    def article_ids(self) -> Sequence[str]: ...
    @property
    def outlets(self) -> Sequence[str]: ...
    @property
    def main_actors(self) -> Sequence[Any]: ...
    @property
    def summary(self) -> Any: ...


STORY_COLUMNS = (
    "story_id",
    "title",
    "first_date",
    "last_date",
    "outlets",
    "main_actors",
    "summary",
)


def story_values(story: StoryLike | Mapping[str, Any]) -> tuple[dict[str, Any], list[str] | None]:
    """The ``stories`` column values of ``story`` and its article ids (None if not given)."""
    names = (*STORY_COLUMNS, "article_ids")
    if isinstance(story, Mapping):
        raw = {name: story.get(name) for name in names}
    else:
        raw = {name: getattr(story, name, None) for name in names}
    if not raw["story_id"]:
        raise StoreError(f"a story has no story_id: {story!r}; every story needs one")
    values = {name: raw[name] for name in STORY_COLUMNS}
    values["story_id"] = str(values["story_id"])
    for name in ("first_date", "last_date"):
        value = values[name]
        if isinstance(value, date):
            values[name] = value.isoformat()
    values["outlets"] = dumps(list(values["outlets"] or []))
    values["main_actors"] = dumps(list(values["main_actors"] or []))
    values["summary"] = dumps(values["summary"])
    ids = raw["article_ids"]
    return values, ([str(i) for i in ids] if ids is not None else None)
