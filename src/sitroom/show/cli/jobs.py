"""The commands that read documents: ``run``, ``extract``, ``ingest``, and ``evaluate``
(which runs the pipeline on the gold sets)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from sitroom.show.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_SKIPPED,
    ConfigOpt,
    DbOpt,
    ModelOpt,
    PathsArg,
    db_or_default,
    err,
    out,
    progress_bar,
    report_skipped,
    settings_from,
)
from sitroom.show.safety import terminal_text


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

    settings = settings_from(config, model)
    db = db_or_default(db, settings)
    pipeline = None
    if ray:
        from sitroom.run.scale.ray_pipeline import RayPipeline

        pipeline = RayPipeline(settings, ray, shards)
    elif shards:
        raise typer.BadParameter("--shards goes with --ray", param_hint="--shards")
    total = count_documents(paths, settings.ingest)
    with stop_on_interrupt() as stopped, progress_bar("Reading the news", total) as tick:
        summary = run_job(
            paths,
            settings,
            db=db,
            report=report,
            on_progress=tick,
            should_stop=stopped,
            pipeline=pipeline,
        )
    report_skipped(summary.skipped)
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
    settings = settings_from(config, model)

    def write(batch: Batch) -> None:
        for article in batch.articles:
            sys.stdout.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
        sys.stdout.flush()

    # Without --db the batches go to a throwaway in-memory store.
    with stop_on_interrupt() as stopped, progress_bar("Extracting") as tick:
        summary = run_job(
            paths,
            settings,
            db=db or ":memory:",
            stdin=sys.stdin,
            on_batch=write,
            on_progress=tick,
            should_stop=stopped,
        )
    report_skipped(summary.skipped)
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def ingest(paths: PathsArg, db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Read and repair documents into the store without the NLP stages.

    Example: sitroom ingest ~/news/*.html --db sitroom.db
    """
    from sitroom.run.runner import ingest_only

    settings = settings_from(config)
    summary = ingest_only(paths, settings, db=db_or_default(db, settings), stdin=sys.stdin)
    report_skipped(summary.skipped)
    out.print(f"{summary.n_articles} read, {summary.n_new} new, {summary.n_skipped} skipped")
    if summary.n_skipped:
        raise typer.Exit(EXIT_SKIPPED)


def evaluate(
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Gold data folder (default: setting evaluate.data_dir)."),
    ] = None,
    only: Annotated[str | None, typer.Option("--only", help="Score only this gold set.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Print every miss.")] = False,
    examples: Annotated[
        Path | None,
        typer.Option(
            help="Example corpus with gold.yaml (default: setting evaluate.examples_dir)."
        ),
    ] = None,
    real: Annotated[
        Path | None,
        typer.Option(help="Real-prose gold folder (default: setting evaluate.real_dir)."),
    ] = None,
    floors: Annotated[
        Path | None,
        typer.Option(help="Quality floors file (default: setting evaluate.floors_file)."),
    ] = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
) -> None:
    """Score the pipeline on the gold sets and print the scorecard.

    Example: sitroom evaluate --only polnear --errors
    Example: sitroom evaluate --data ../shared --examples examples --real eval/real
    """
    from sitroom.evaluate import run_evaluation

    settings = settings_from(config, model)
    folder = data or Path(settings.evaluate.data_dir)
    if not folder.is_dir():
        raise typer.BadParameter(f"{folder}: no such gold data folder", param_hint="--data")
    with progress_bar("Scoring"):
        card = run_evaluation(
            settings, folder, only, examples=examples, real=real, floors_file=floors
        )
    if as_json:
        sys.stdout.write(card.to_json(errors=errors) + "\n")
    else:
        card.render(out, errors=errors)
