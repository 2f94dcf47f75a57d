"""The Markdown report of a run: stories with their sources, actors, quotes, positions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.show.safety import markdown_text

if TYPE_CHECKING:
    from sitroom.stories import Story


def _line(text: str | None, limit: int = 160) -> str:
    """Article-derived text as one inert line of Markdown (see :mod:`sitroom.show.safety`)."""
    return markdown_text(text, limit)


def render_report(
    articles: Sequence[Article], stories: Sequence[Story], skipped: Sequence[InputError]
) -> str:
    by_id = {a.id: a for a in articles}
    out = ["# sitroom report", ""]
    out.append(
        f"{len(articles)} articles, {len(stories)} stories, "
        f"{sum(len(a.quotes) for a in articles)} quotes, "
        f"{sum(e.shown for a in articles for e in a.events)} events, "
        f"{sum(len(a.positions) for a in articles)} positions."
    )
    if skipped:
        out += ["", "## Skipped inputs", ""]
        out += [
            f"- {_line(e.path)}{':' + str(e.line) if e.line else ''}: {_line(e.reason)}"
            for e in skipped
        ]
    out += ["", "## Stories", ""]
    for story in sorted(stories, key=lambda s: (-len(s.article_ids), s.story_id)):
        days = sorted({str(d) for d in (story.first_date, story.last_date) if d is not None})
        dates = " to ".join(days)
        out.append(f"### {_line(story.title or story.story_id)}")
        out.append("")
        out.append(
            f"`{story.story_id}` · {len(story.article_ids)} article(s)"
            + (f" · {dates}" if dates else "")
            + (f" · outlets: {_line(', '.join(story.outlets))}" if story.outlets else "")
        )
        if story.main_actors:
            out.append(f"Actors: {_line(', '.join(str(a) for a in story.main_actors), 400)}")
        out.append("")
        for aid in story.article_ids:
            art = by_id.get(aid)
            if art is None:
                continue
            flags = f" ({', '.join(art.quality.flags)})" if art.quality.flags else ""
            original = by_id.get(art.duplicate_of or "")
            dup = (
                f" — copy of {_line(original.title or original.source, 90)}"
                if original is not None
                else ""
            )
            out.append(f"- {_line(art.source)} {_line(art.title or '', 90)}{flags}{dup}")
        out.append("")
    quotes_by: dict[str, list[tuple[Article, str]]] = defaultdict(list)
    for art in articles:
        for q in art.quotes:
            if q.speaker and q.speaker.canonical:
                quotes_by[q.speaker.canonical].append((art, q.text))
    out += ["## Who said what", ""]
    for speaker, items in sorted(quotes_by.items(), key=lambda kv: -len(kv[1]))[:15]:
        out.append(f"**{_line(speaker)}** ({len(items)})")
        for art, text in items[:3]:
            out.append(f"- “{_line(text, 140)}” — {_line(art.source)}")
        out.append("")
    cells: Counter[tuple[str, str, str]] = Counter()
    red: set[tuple[str, str]] = set()
    for art in articles:
        for p in art.positions:
            cells[(p.canonical or "?", p.issue, p.stance)] += 1
            if p.red_line:
                red.add((p.canonical or "?", p.issue))
    if cells:
        out += ["## Positions", "", "| actor | issue | stance | statements |", "|---|---|---|---|"]
        for (actor, issue, stance), n in sorted(cells.items()):
            mark = " (red line)" if (actor, issue) in red else ""
            out.append(f"| {_line(actor)} | {_line(issue)} | {stance}{mark} | {n} |")
        out.append("")
    return "\n".join(out) + "\n"


def write_report(
    path: Path,
    articles: Sequence[Article],
    stories: Sequence[Story],
    skipped: Sequence[InputError],
) -> None:
    path.write_text(render_report(articles, stories, skipped), encoding="utf-8")
