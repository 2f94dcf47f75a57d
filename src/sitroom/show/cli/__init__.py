"""sitroom's command line: thin commands over the library.

Every command has help with an example; wrong arguments give a one-line error and exit
status 2; a bad input file is reported and skipped (exit status 3 when anything was
skipped, so scripts can tell).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from sitroom.errors import InputError, SitroomError, StoreError
from sitroom.run.scale import commands as scale_commands
from sitroom.settings import Settings, load_settings
from sitroom.show.safety import terminal_text
from sitroom.show.web import commands as web_commands

EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C after a committed batch
CELL_LIMIT = 2000  # characters of one table cell (a 5 MB title is cut, not printed)
# Typer vendors its own Click; reach its exception classes through the public ones.
_USAGE_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

app = typer.Typer(
    name="sitroom",
    help="A situation room for the news: who said what, did what, and stands where, with sources.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
# Tables stay readable when piped: a fixed width instead of 80 columns.
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings file (TOML) overriding the defaults.")
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Installed spaCy pipeline (pipeline.spacy_model).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="SQLite database file (default: setting store.db).")
]
PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders (read recursively) or - for standard input.")
]


def _version(value: bool) -> None:
    if value:
        from sitroom import __version__

        out.print(f"sitroom {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """A situation room for the news: who said what, did what, and stands where."""


def _settings(config: Path | None, model: str | None = None) -> Settings:
    return load_settings(config, {"pipeline.spacy_model": model})


@contextmanager
def _progress(label: str, total: int | None = None) -> Iterator[Any]:
    """A Rich progress display on standard error (hidden when it is not a terminal): the
    bar, documents per second and the time left when the total is known."""
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task(label, total=total)

        def update(done: int | None = None) -> None:
            if done is None:
                progress.advance(task)
            else:
                task_total = progress.tasks[0].total
                if task_total is not None and done > task_total:
                    progress.update(task, total=done)
                progress.update(task, completed=done)

        yield update


class _RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "", style="progress.data.speed")


def _report_skipped(skipped: list[InputError]) -> None:
    for e in skipped:
        err.print(Text("skipped ", style="yellow") + terminal_text(e), soft_wrap=True)


def _db(db: str | None, settings: Settings | None = None) -> str:
    """The database to use: --db, else the store.db setting."""
    return db or (settings or load_settings()).store.db


def _open_store(db: str | None) -> Any:
    from sitroom.store import Store

    db = _db(db)
    if not Path(db).exists():
        raise typer.BadParameter(
            f"{db}: no such database; create it with `sitroom run PATH --db {db}`",
            param_hint="--db",
        )
    return Store.open(db)


@app.command()
def run(
    paths: PathsArg,
    db: DbOpt = None,
    report: Annotated[
        str | None, typer.Option("--report", help="Write a Markdown report here.")
    ] = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            help="Run the per-article stages on Ray: 'local' or a cluster address (sitroom[ray]).",
        ),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option("--shards", help="With --ray: folder for the Parquet shards (shared)."),
    ] = None,
) -> None:
    """The main job: ingest, extract, cluster into stories, store, report.

    Example: sitroom run examples/corpus --db sitroom.db --report report.md
    Example: sitroom run corpus/ --ray ray://head:10001 --shards /shared/shards
    """
    from sitroom.read import count_documents
    from sitroom.run.runner import run as run_job
    from sitroom.run.runner import stop_on_interrupt

    settings = _settings(config, model)
    db = _db(db, settings)
    pipeline = None
    if ray:
        from sitroom.run.scale.ray_pipeline import RayPipeline

        pipeline = RayPipeline(settings, ray, shards)
    elif shards:
        raise typer.BadParameter("--shards goes with --ray", param_hint="--shards")
    total = count_documents(paths, settings.ingest)
    with stop_on_interrupt() as stopped, _progress("Reading the news", total) as tick:
        summary = run_job(
            paths,
            settings,
            db=db,
            report=report,
            on_progress=tick,
            should_stop=stopped,
            pipeline=pipeline,
        )
    _report_skipped(summary.skipped)
    if summary.interrupted:
        err.print(
            f"Interrupted: stopped after {summary.n_batches} committed batch(es); run the "
            "same command again to go on from there.",
            highlight=False,
        )
    known = f"{summary.n_known} already stored, " if summary.n_known else ""
    copies = f"{summary.n_copies} exact copies, " if summary.n_copies else ""
    out.print(
        f"[bold]{summary.n_articles}[/] articles ({summary.n_new} new, {known}{copies}"
        f"{summary.n_duplicates} near-duplicate copies, {summary.n_skipped} skipped) -> "
        f"[bold]{summary.n_stories}[/] stories, [bold]{summary.n_actors}[/] actors, "
        f"[bold]{summary.n_quotes}[/] quotes, {summary.n_events} events, "
        f"{summary.n_positions} positions, {summary.n_claims} claims",
        highlight=False,
    )
    if summary.top_actors:
        out.print(
            terminal_text(
                "Most mentioned: " + ", ".join(f"{name} ({n})" for name, n in summary.top_actors)
            ),
        )
    if summary.top_speakers:
        out.print(
            terminal_text(
                "Most quoted: " + ", ".join(f"{name} ({n})" for name, n in summary.top_speakers)
            ),
        )
    out.print(
        terminal_text(
            f"Stored in {db}" + (f"; report in {summary.report}" if summary.report else "")
        )
    )
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    db: Annotated[str | None, typer.Option("--db", help="Also store the records here.")] = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
) -> None:
    """Print one extraction record per document (docs/contract.md) to standard output.

    Example: sitroom extract ../shared/corpus/seeds/*.txt --format jsonl
    Example: cat article.txt | sitroom extract - --format jsonl
    """
    from sitroom.run.runner import Batch, stop_on_interrupt
    from sitroom.run.runner import run as run_job

    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r}; valid: jsonl", param_hint="--format")
    settings = _settings(config, model)

    def write(batch: Batch) -> None:
        for article in batch.articles:
            sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
        sys.stdout.flush()

    # Without --db the batches go to a throwaway in-memory store.
    with stop_on_interrupt() as stopped, _progress("Extracting") as tick:
        summary = run_job(
            paths,
            settings,
            db=db or ":memory:",
            stdin=sys.stdin,
            on_batch=write,
            on_progress=tick,
            should_stop=stopped,
        )
    _report_skipped(summary.skipped)
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def ingest(paths: PathsArg, db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Read and repair documents into the store without the NLP stages.

    Example: sitroom ingest ~/news/*.html --db sitroom.db
    """
    from sitroom.run.runner import ingest_only

    settings = _settings(config)
    summary = ingest_only(paths, settings, db=_db(db, settings), stdin=sys.stdin)
    _report_skipped(summary.skipped)
    out.print(f"{summary.n_articles} read, {summary.n_new} new, {summary.n_skipped} skipped")
    if summary.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=terminal_text(title, CELL_LIMIT), show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(terminal_text(v, CELL_LIMIT) for v in row))
    out.print(table)


@app.command()
def stories(
    action: Annotated[str | None, typer.Argument(help="SHOW to show one story.")] = None,
    story_id: Annotated[str | None, typer.Argument(help="The story id, with SHOW.")] = None,
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="SHOW prints the story as JSON.")] = False,
) -> None:
    """List the stories, or show one with its articles and why each joined.

    Example: sitroom stories --db sitroom.db ; sitroom stories show s-a1b2c3 --db sitroom.db
    """
    with _open_store(db) as store:
        if action is None:
            rows = store.stories()
            _table(
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
        story = store.story(story_id)
        if story is None:
            raise StoreError(
                f"no story {story_id!r} in {_db(db)}; list them with `sitroom stories`"
            )
        from sitroom.stories.record import describe

        for article in story.get("articles", []):
            article["why"] = describe(article.get("reason"))
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
    _table(
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


@app.command()
def actors(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 30,
    type: Annotated[str | None, typer.Option(help="PERSON, ORG, GPE or GROUP.")] = None,
) -> None:
    """List actors with their mention counts and the variants seen.

    Example: sitroom actors --type PERSON --limit 20
    """
    with _open_store(db) as store:
        rows = store.actors(limit=limit, type=type)
    _table(
        "Actors",
        ["actor", "type", "country", "sector", "mentions", "variants"],
        [
            [
                r.get("canonical") or r.get("actor_id"),
                r.get("type"),
                r.get("country"),
                r.get("sector"),
                r.get("mention_count"),
                ", ".join(r.get("variants") or []),
            ]
            for r in rows
        ],
    )


@app.command()
def quotes(
    actor: Annotated[str | None, typer.Option(help="Only this speaker (name or id).")] = None,
    db: DbOpt = None,
) -> None:
    """List attributed quotes, optionally of one actor, with their source articles.

    Example: sitroom quotes --actor "Kaja Kallas"
    """
    with _open_store(db) as store:
        rows = store.quotes(actor)
    _table(
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


@app.command()
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
    from sitroom.store import export as export_store

    if fmt not in ("csv", "parquet"):
        raise typer.BadParameter(
            f"unknown format {fmt!r}; valid: csv, parquet", param_hint="--format"
        )
    with _open_store(db) as store:
        rows = store.events(actor=actor, type=type, since=since, until=until)
        if export_to is not None:
            for path in export_store(store, fmt, export_to, table="events_flat"):
                err.print(terminal_text(f"wrote {path}"))
    _table(
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


@app.command()
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
    from sitroom.show.positions_report import fit_rows, positions_report

    settings = _settings(config)
    with _open_store(db) as store:
        report = positions_report(
            store, catalog or settings.positions.catalog, story=story, rescore=catalog is not None
        )
    _table("Positions (! = red line; 'was' = changed over time)", report.header, report.rows)
    _table("Catalog fit per story", ["story", "articles", "covered", "fit"], fit_rows(report.fits))
    if evidence:
        cols = ["actor", "issue", "stance", "date", "outlet", "evidence"]
        _table("Evidence", cols, report.evidence)
    for warning in report.warnings:
        err.print(terminal_text(f"warning: {warning}"), soft_wrap=True)


issues_app = typer.Typer(
    help="Issues for positions: propose a catalog from the corpus.\n\n"
    "Example: sitroom issues propose --story s-a1b2c3 > my_issues.yaml"
)
app.add_typer(issues_app, name="issues")


@issues_app.command("propose")
def issues_propose(
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many issues.")] = 8,
    db: DbOpt = None,
) -> None:
    """Propose the contested issues of a story (or the corpus) as an editable catalog.

    Example: sitroom issues propose --story s-a1b2c3 > my_issues.yaml
    """
    from sitroom.show.positions_report import propose_catalog

    with _open_store(db) as store:
        text, no_parse = propose_catalog(store, story=story, limit=limit)
    sys.stdout.write(text)
    if no_parse:
        err.print(f"warning: {no_parse} article(s) have no stored parse; run them again")


@app.command()
def claims(
    story_id: Annotated[str, typer.Argument(help="The story id.")], db: DbOpt = None
) -> None:
    """List a story's claims with their status and sources.

    Example: sitroom claims s-a1b2c3
    """
    with _open_store(db) as store:
        rows = store.claims(story_id)
    _table(
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
        _table(
            "Why they are contradicted",
            ["differs", "this claim says", "the other says", "other sentence", "confidence"],
            evidence,
        )


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="FTS5 query, e.g. 'seat AND table'.")],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Hits to show.")] = 20,
) -> None:
    """Full-text search over articles and quotes.

    Example: sitroom search "red line"
    """
    with _open_store(db) as store:
        hits = store.search(query, limit)
    _table(
        f"Search: {query}",
        ["kind", "article", "snippet"],
        [[h.kind, h.article_id, h.snippet] for h in hits],
    )


@app.command()
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
    from sitroom.store import export as export_store

    if fmt not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter(
            f"unknown format {fmt!r}; valid: jsonl, csv, parquet", param_hint="--format"
        )
    if out_path == "-" and fmt != "jsonl":
        raise typer.BadParameter("csv and parquet need --out FOLDER", param_hint="--out")
    with _open_store(db) as store:
        if out_path == "-":
            for record in store.articles():
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        export_store(store, fmt, Path(out_path))  # type: ignore[arg-type]
    err.print(terminal_text(f"exported {fmt} to {out_path}"))


@app.command()
def evaluate(
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Gold data folder (default: setting evaluate.data_dir)."),
    ] = None,
    only: Annotated[str | None, typer.Option("--only", help="Score only this gold set.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Print every miss.")] = False,
    config: ConfigOpt = None,
    model: ModelOpt = None,
) -> None:
    """Score the pipeline on the gold sets and print the scorecard.

    Example: sitroom evaluate --only polnear --errors
    """
    from sitroom.evaluate import run_evaluation

    settings = _settings(config, model)
    folder = data or Path(settings.evaluate.data_dir)
    if not folder.is_dir():
        raise typer.BadParameter(f"{folder}: no such gold data folder", param_hint="--data")
    with _progress("Scoring"):
        card = run_evaluation(settings, folder, only)
    if as_json:
        sys.stdout.write(card.to_json(errors=errors) + "\n")
    else:
        card.render(out, errors=errors)


# The browser side: `sitroom serve` and `sitroom report` (see sitroom.show.web.commands).
app.command()(web_commands.serve)
app.command()(web_commands.report)
# Speed: `sitroom bench` (see sitroom.run.scale.commands).
app.command()(scale_commands.bench)


def main() -> None:
    """Entry point: one-line errors instead of tracebacks."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except typer.Abort:
        err.print("sitroom: aborted")
        sys.exit(130)
    except _USAGE_ERROR as exc:
        ctx = getattr(exc, "ctx", None)
        hint = f" (see sitroom {ctx.info_name} --help)" if ctx is not None else ""
        message = exc.format_message()  # type: ignore[attr-defined]
        err.print(terminal_text(f"sitroom: error: {message}{hint}"), soft_wrap=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SitroomError as exc:
        err.print(terminal_text(f"sitroom: error: {exc}"), soft_wrap=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
