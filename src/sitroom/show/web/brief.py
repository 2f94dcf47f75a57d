"""The HTML brief: one self-contained file (inline CSS and JS, no request leaves it) with
the picture of one story or of the stories of a date range, to send by mail."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sitroom.api import Situation
from sitroom.show.web.render import asset, render
from sitroom.store.picture import WARNING_FLAGS

MAX_STORIES = 200


def _no_link(_kind: str, _id: Any) -> None:
    """The brief is one file: actors and issues are named, not linked."""
    return None


def render_brief(
    room: Situation,
    *,
    story_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> str:
    """The brief of story ``story_id``, or of every story overlapping ``since``..``until``
    (all stories when neither is given), biggest first."""
    if story_id is not None:
        stories = [room.story(story_id)]
        title = stories[0]["title"] or story_id
    else:
        page = room.stories(sort="-coverage", limit=MAX_STORIES, since=since, until=until)
        stories = [room.story(s["story_id"]) for s in page.items]
        span = " to ".join(d for d in (since, until) if d)
        title = "sitroom brief" + (f": {span}" if span else "")
    overview = room.overview()
    quoted = Counter(
        t["who"]
        for s in stories
        for t in s["timeline"]
        if t["kind"] == "statement" and t["who"] != "?"
    )
    overview["speakers"] = [{"canonical": name, "n": n} for name, n in quoted.most_common(10)]
    shown = {a["id"] for s in stories for a in s["articles"]}
    overview["warnings"] = [
        a
        for s in stories
        for a in s["articles"]
        if set(a["quality_flags"]) & set(WARNING_FLAGS) and a["id"] in shown
    ]
    return render(
        "brief.html",
        title=title,
        stories=stories,
        o=overview,
        link=_no_link,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        inline={"css": asset("app.css"), "js": asset("app.js")},
    )
