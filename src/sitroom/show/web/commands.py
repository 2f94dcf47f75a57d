"""The commands ``sitroom serve`` and ``sitroom report`` (registered in :mod:`sitroom.show.cli`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sitroom.errors import ConfigError
from sitroom.settings import Settings, load_settings

if TYPE_CHECKING:
    from sitroom.api import Situation

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def _existing_db(db: str | None, settings: Settings) -> str:
    path = db or settings.store.db
    if not Path(path).exists():
        raise typer.BadParameter(
            f"{path}: no such database; create it with `sitroom run PATH --db {path}`",
            param_hint="--db",
        )
    return path


def serve(
    db: Annotated[
        str | None, typer.Option("--db", help="SQLite database (default: store.db).")
    ] = None,
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default: web.host).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: web.port).")] = None,
    token: Annotated[
        str | None,
        typer.Option(
            help="Access token (default: web.token); required off 127.0.0.1.",
            envvar="SITROOM_TOKEN",
        ),
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
) -> None:
    """Serve the pages and the HTTP API (OpenAPI at /api/docs) on the store.

    Example: sitroom serve --db sitroom.db   (then open http://127.0.0.1:8765/)
    """
    import uvicorn

    import sitroom
    from sitroom.show.web.app import create_app

    settings = load_settings(config, {"web.host": host, "web.port": port, "web.token": token})
    web = settings.web
    if web.host not in LOCAL_HOSTS and not web.token:
        raise ConfigError(
            f"serving on {web.host} needs a token: give --token TOKEN (or the setting web.token), "
            "or serve on 127.0.0.1"
        )
    room = sitroom.open(_existing_db(db, settings), settings)
    app = create_app(room, token=web.token, max_upload_bytes=web.max_upload_bytes)
    shown = f"[{web.host}]" if ":" in web.host else web.host
    typer.echo(
        f"sitroom: serving {room.db} on http://{shown}:{web.port}/ (Ctrl+C to stop)", err=True
    )
    uvicorn.run(app, host=web.host, port=web.port, log_level="warning")


def report(
    db: Annotated[
        str | None, typer.Option("--db", help="SQLite database (default: store.db).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="html (one self-contained file) or md.")
    ] = "html",
    out: Annotated[str, typer.Option("--out", help="Output file, or - for standard output.")] = "-",
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    since: Annotated[str | None, typer.Option(help="Stories from this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Stories up to this date (YYYY-MM-DD).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
) -> None:
    """Write a brief of the store: HTML to send by mail, or the Markdown report.

    Example: sitroom report --format html --out brief.html
    Example: sitroom report --format html --story s-a1b2c3 --out story.html
    """
    import sitroom

    if fmt not in ("html", "md"):
        raise typer.BadParameter(f"unknown format {fmt!r}; valid: html, md", param_hint="--format")
    settings = load_settings(config)
    room = sitroom.open(_existing_db(db, settings), settings)
    if fmt == "html":
        from sitroom.show.web.brief import render_brief

        text = render_brief(room, story_id=story, since=since, until=until)
    else:
        text = _markdown(room, story, since, until)
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)


def _markdown(room: Situation, story: str | None, since: str | None, until: str | None) -> str:
    from sitroom.show.report import render_report
    from sitroom.stories.record import Story

    if story is not None:
        rows = [room.story(story)]
    else:
        rows = room.stories(limit=None, since=since, until=until).items
        rows = [room.story(r["story_id"]) for r in rows]
    stories = [
        Story(
            story_id=r["story_id"],
            title=r["title"] or "",
            first_date=r["first_date"],
            last_date=r["last_date"],
            article_ids=[a["id"] for a in r["articles"]],
            outlets=list(r["outlets"] or []),
            main_actors=list(r["main_actors"] or []),
            summary=list(r["summary"] or []),
        )
        for r in rows
    ]
    articles = room.load_articles([i for s in stories for i in s.article_ids])
    return render_report(articles, stories, [])
