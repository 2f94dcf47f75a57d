"""Stories told of one event, cross-checked together.

Story clustering keeps a report in a story of its own when its wording strays from the
others' (a rewrite, another wire, a report that leads with the crowd where the others lead
with the speeches). Its claims would then never meet those of the other reports of the
same event, and a contradiction between them (a toll of 15 against one of 16, a crowd of
107,000 against "hundreds of thousands") would go unseen. So before the cross-check the
stories of a batch are linked into *check groups*: two stories are checked together when
their reports are dated within ``LINK_GAP_DAYS`` of each other and their content words
agree (cosine of the stories' pooled unit terms, TF-IDF fitted on the batch's stories, at
least ``LINK_MIN``: on the real-prose dev sets the stories of one event score 0.11-0.29
and those of different events of the same days do not occur above 0.1). A story whose
reports carry no date (a page without a publication date) may still be of those days:
nothing says it is not, so it is linked on its wording alone, at the stricter
``LINK_MIN_UNDATED`` (a report of the same event shares its names, places and figures);
two undated stories are not linked (nothing places either in time).

Linking only widens what is compared: whether two sentences state one thing otherwise is
still decided by the cross-check, which keeps its own guards against different events
(other places, days, months, ways of attack); and as reports that clustering kept apart
may yet tell two events of one beat (a summit and a ministers' meeting of one week), their
statements contradict each other only when closely aligned (``ALIGN_STRONG``, where one
story needs ``ALIGN_SPECIFIC``; on the dev sets such contradictions align at 0.41-0.62).
A group grows best link first and never past ``MAX_GROUP`` reports, so that a busy beat
(every report of a week's war news) is not chained into one group; ``story_id`` is left as
it is. A stored run cross-checks the stories a batch touched, so there a story is linked
only to those.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from sitroom.article import Article
from sitroom.claims.memo import read_units
from sitroom.stories.features import article_day
from sitroom.util.tfidf import tfidf_rows

#: Reports of one event appear within a week of each other: the first reports within a
#: couple of days, follow-ups that restate the event's facts (the haul of a theft, the
#: toll of a disaster) days later.
LINK_GAP_DAYS = 7
#: The least content-word cosine of two stories checked together.
LINK_MIN = 0.11
#: The least content-word cosine of a story with no dated report and another story.
LINK_MIN_UNDATED = 0.2
#: The most reports of one check group.
MAX_GROUP = 24
#: The heaviest terms of a story that take part (keeps the product sparse in big batches).
_TOP_TERMS = 60
_ROW_CHUNK = 2_000


def check_groups(groups: Sequence[list[Article]]) -> list[list[Article]]:
    """``groups`` (the articles of each story) joined where they tell one event."""
    if len(groups) < 2:
        return list(groups)
    days = [_days(g) for g in groups]
    if sum(d is not None for d in days) < 1:
        return list(groups)
    links = _links(groups, days)
    root = list(range(len(groups)))
    size = [len(g) for g in groups]

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for _, i, j in links:
        a, b = find(i), find(j)
        if a != b and size[a] + size[b] <= MAX_GROUP:
            root[b] = a
            size[a] += size[b]
    joined: dict[int, list[Article]] = {}
    for i, g in enumerate(groups):
        joined.setdefault(find(i), []).extend(g)
    return list(joined.values())


def _days(group: list[Article]) -> tuple[int, int] | None:
    known = [d for d in (article_day(a) for a in group) if d is not None]
    return (min(known), max(known)) if known else None


def _links(
    groups: Sequence[list[Article]], days: list[tuple[int, int] | None]
) -> list[tuple[float, int, int]]:
    """(minus cosine, story, story) of the linkable pairs, best first."""
    docs = []
    for i in range(len(groups)):
        counts: dict[str, int] = {}
        for article in groups[i]:
            for unit in read_units(article):
                for term in unit.terms:
                    counts[term] = counts.get(term, 0) + 1
        top = heapq.nlargest(_TOP_TERMS, counts.items(), key=_count)
        docs.append([t for t, c in top for _ in range(c)])
    try:
        matrix = tfidf_rows(docs)
    except ValueError:
        return []
    out: list[tuple[float, int, int]] = []
    for lo in range(0, len(groups), _ROW_CHUNK):
        block = (matrix[lo : lo + _ROW_CHUNK] @ matrix.T).tocoo()
        rows, cols = block.row + lo, block.col
        kept = (cols > rows) & (block.data >= LINK_MIN)
        for r, c, cos in zip(rows[kept], cols[kept], block.data[kept], strict=True):
            i, j = int(r), int(c)
            a, b = days[i], days[j]
            if a is None or b is None:
                if (a or b) and cos >= LINK_MIN_UNDATED:
                    out.append((-float(cos), i, j))
            elif max(0, a[0] - b[1], b[0] - a[1]) <= LINK_GAP_DAYS:
                out.append((-float(cos), i, j))
    out.sort()
    return out


def _count(item: tuple[str, int]) -> tuple[int, str]:
    return item[1], item[0]
