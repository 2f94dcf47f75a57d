"""The commands that read the store: stories, actors, quotes, events, positions, issues,
claims, search and export. Each asks :class:`sitroom.api.Situation` (the API the web server
and notebooks use) and prints what it answers; none touches the store itself."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sitroom.errors import NotFoundError
from sitroom.show.cli.common import (
    CELL_LIMIT,
    ConfigOpt,
    DbOpt,
    err,
    open_situation,
    out,
    print_table,
    settings_from,
)
from sitroom.show.safety import terminal_text


def stories(
    action: Annotated[str | None, typer.Argument(help="SHOW to show one story.")] = None,
    story_id: Annotated[str | None, typer.Argument(help="The story id, with SHOW.")] = None,
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="SHOW prints the story as JSON.")] = False,
) -> None:
    """List the stories, or show one with its articles and why each joined.

    Example: sitroom stories --db sitroom.db ; sitroom stories show s-a1b2c3 --db sitroom.db
    """
    room = open_situation(db)
    if action is None:
        rows = room.stories(limit=None).items
        print_table(
            "Stories",
            ["story", "articles", "first", "last", "title"],
            [
                [r["story_id"], r["n_articles"], r["first_date"], r["last_date"], r["title"]]
                for r in rows
            ],
        )
        return
    if action.lower() != "show" or not story_id:
        raise typer.BadParameter(
            "use `sitroom stories` or `sitroom stories show STORY_ID`", param_hint="ACTION"
        )
    try:
        story = room.story_members(story_id)
    except NotFoundError as exc:
        raise NotFoundError(
            f"no story {story_id!r} in {room.db}; list them with `sitroom stories`"
        ) from exc
    if as_json:
        out.print_json(json.dumps(story, ensure_ascii=False, default=str))
        return
    _show_story(story)


def _show_story(story: dict[str, Any]) -> None:
    """One story as a reader sees it: what it is, then its articles and why each joined."""
    days = sorted({str(d) for d in (story.get("first_date"), story.get("last_date")) if d})
    out.print(terminal_text(f"{story.get('title') or story['story_id']}", CELL_LIMIT))
    out.print(
        terminal_text(
            f"{story['story_id']} · {story.get('n_articles', 0)} article(s)"
            + (f" · {' to '.join(days)}" if days else "")
        )
    )
    titles = {a["id"]: a.get("title") or a["id"] for a in story.get("articles", [])}
    print_table(
        "Articles",
        ["published", "outlet", "title", "why it joined"],
        [
            [
                a.get("published"),
                a.get("publisher"),
                a.get("title")
                + (
                    f" (copy of {titles[a['duplicate_of']]})"
                    if a.get("duplicate_of") in titles
                    else ""
                ),
                a.get("why"),
            ]
            for a in story.get("articles", [])
        ],
    )


def actors(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 30,
    type: Annotated[str | None, typer.Option(help="PERSON, ORG, GPE or GROUP.")] = None,
) -> None:
    """List actors with their mention counts and the variants seen.

    Example: sitroom actors --type PERSON --limit 20
    """
    rows = open_situation(db).actors(type=type, limit=limit).items
    print_table(
        "Actors",
        ["actor", "type", "country", "sector", "mentions", "variants", "role"],
        [
            [
                r.get("canonical") or r.get("actor_id"),
                r.get("type"),
                r.get("country"),
                r.get("sector"),
                r.get("mention_count"),
                ", ".join(r.get("variants") or []),
                r.get("role"),
            ]
            for r in rows
        ],
    )


def quotes(
    actor: Annotated[str | None, typer.Option(help="Only this speaker (name or id).")] = None,
    db: DbOpt = None,
) -> None:
    """List attributed quotes, optionally of one actor, with their source articles.

    Example: sitroom quotes --actor "Kaja Kallas"
    """
    rows = open_situation(db).quotes(actor=actor, limit=None).items
    print_table(
        "Quotes" + (f" of {actor}" if actor else ""),
        ["speaker", "kind", "quote", "source"],
        [
            [
                r.get("speaker_canonical") or r.get("speaker_text"),
                r.get("kind"),
                r.get("text"),
                r.get("source") or r.get("article_id"),
            ]
            for r in rows
        ],
    )


def events(
    actor: Annotated[
        str | None, typer.Option(help="Actor or recipient (name, id or code).")
    ] = None,
    type: Annotated[str | None, typer.Option(help="PLOVER event type, e.g. REQUEST.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    export_to: Annotated[
        Path | None,
        typer.Option(
            "--export", help="Also write all events as a flat GDELT-like table to this folder."
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv or parquet, with --export.")] = "csv",
    db: DbOpt = None,
) -> None:
    """List coded events (PLOVER) with filters; export them as a flat table. Events kept
    but not shown (no source actor, a heading, or left out by the event filter) are not listed.

    Example: sitroom events --type REQUEST --since 2025-02-01
    Example: sitroom events --export events/ --format parquet
    """
    if fmt not in ("csv", "parquet"):
        raise typer.BadParameter(
            f"unknown format {fmt!r}; valid: csv, parquet", param_hint="--format"
        )
    room = open_situation(db)
    rows = room.events(actor=actor, type=type, since=since, until=until, limit=None).items
    if export_to is not None:
        for path in room.export(fmt, export_to, table="events_flat"):
            err.print(terminal_text(f"wrote {path}"))
    print_table(
        "Events",
        ["date", "type", "actor", "recipient", "anchor", "article"],
        [
            [
                r.get("date"),
                r.get("type"),
                r.get("actor_codes"),
                r.get("recipient_codes"),
                r.get("anchor_text"),
                r.get("article_id"),
            ]
            for r in rows
        ],
    )


def positions(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    catalog: Annotated[
        str | None,
        typer.Option(
            "--catalog",
            help="Recompute positions for this catalog (a file or a shipped name) from the "
            "stored parses, without the model.",
        ),
    ] = None,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Also list each cell's sentences, outlets, dates.")
    ] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The actor-by-issue matrix of stances, for a story or the whole corpus.

    Example: sitroom positions --story s-a1b2c3 --catalog my_issues.yaml
    """
    from sitroom.show.positions_report import fit_rows

    room = open_situation(db, settings_from(config))
    report = room.positions_report(story=story, catalog=catalog, rescore=catalog is not None)
    print_table("Positions (! = red line; 'was' = changed over time)", report.header, report.rows)
    print_table(
        "Catalog fit per story", ["story", "articles", "covered", "fit"], fit_rows(report.fits)
    )
    if evidence:
        cols = ["actor", "issue", "stance", "date", "outlet", "evidence"]
        print_table("Evidence", cols, report.evidence)
    for warning in report.warnings:
        err.print(terminal_text(f"warning: {warning}"), soft_wrap=True)


issues_app = typer.Typer(
    help="Issues for positions: propose a catalog from the corpus.\n\n"
    "Example: sitroom issues propose --story s-a1b2c3 > my_issues.yaml"
)


@issues_app.command("propose")
def issues_propose(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many issues.")] = 8,
    db: DbOpt = None,
) -> None:
    """Propose the contested issues of a story (or the corpus) as an editable catalog.

    Example: sitroom issues propose --story s-a1b2c3 > my_issues.yaml
    """
    proposed = open_situation(db).propose_issues(story=story, limit=limit)
    sys.stdout.write(proposed.yaml)
    if proposed.no_parse:
        err.print(f"warning: {proposed.no_parse} article(s) have no stored parse; run them again")


def claims(
    story_id: Annotated[str, typer.Argument(help="The story id.")], db: DbOpt = None
) -> None:
    """List a story's claims with their status and sources.

    Example: sitroom claims s-a1b2c3
    """
    if not story_id.strip():
        raise typer.BadParameter("give a story id; list them with `sitroom stories`")
    rows = open_situation(db).claims(story=story_id, limit=None).items
    print_table(
        f"Claims of {story_id}",
        ["status", "claim", "article", "support", "conflict"],
        [
            [r["status"], r["text"], r["article_id"], r.get("support"), r.get("conflict")]
            for r in rows
        ],
    )
    evidence = [
        [
            x["differs"],
            f"{r['article_id']} ({r.get('publisher') or '?'}): {x['this']}",
            f"{x['article'] or '-'} ({x['outlet'] or '?'}): {x['other']}",
            x["text"],
            f"{x['confidence']:.2f}",
        ]
        for r in rows
        for x in r.get("contradictions") or []
    ]
    if evidence:
        print_table(
            "Why they are contradicted",
            ["differs", "this claim says", "the other says", "other sentence", "confidence"],
            evidence,
        )
    updated = [
        [r["article_id"], r["text"], ", ".join(r["updated_by"])]
        for r in rows
        if r.get("updated_by")
    ]
    if updated:
        print_table(
            "Counts told later (an update, not a contradiction)",
            ["article", "claim", "updated by"],
            updated,
        )


def search(
    query: Annotated[str, typer.Argument(help="FTS5 query, e.g. 'seat AND table'.")],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Hits to show.")] = 20,
) -> None:
    """Full-text search over articles and quotes.

    Example: sitroom search "red line"
    """
    hits = open_situation(db).search(query, limit=limit)
    print_table(
        f"Search: {query}",
        ["kind", "article", "snippet"],
        [[h.kind, h.article_id, h.snippet] for h in hits],
    )


def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    out_path: Annotated[
        str, typer.Option("--out", help="Output file (jsonl) or folder (csv, parquet).")
    ] = "-",
    db: DbOpt = None,
) -> None:
    """Export the store: records as JSONL, or every table as CSV or Parquet.

    Example: sitroom export --format parquet --out export/
    """
    if fmt not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter(
            f"unknown format {fmt!r}; valid: jsonl, csv, parquet", param_hint="--format"
        )
    if out_path == "-" and fmt != "jsonl":
        raise typer.BadParameter("csv and parquet need --out FOLDER", param_hint="--out")
    room = open_situation(db)
    if out_path == "-":
        room.export(fmt, sys.stdout)
        return
    room.export(fmt, out_path)
    err.print(terminal_text(f"exported {fmt} to {out_path}"))
