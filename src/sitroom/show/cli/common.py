"""What the commands share: the Typer app, the consoles, the common options, the progress
display, the opener of the situation (the API the read commands call) and the table
printer."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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

from sitroom.errors import InputError
from sitroom.settings import Settings, load_settings
from sitroom.show.safety import terminal_text

if TYPE_CHECKING:
    from sitroom.api import Situation

EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C after a committed batch
CELL_LIMIT = 2000  # characters of one table cell (a 5 MB title is cut, not printed)
# Typer vendors its own Click; reach its exception classes through the public ones.
USAGE_ERROR: type[Exception] = next(
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


def settings_from(config: Path | None, model: str | None = None) -> Settings:
    return load_settings(config, {"pipeline.spacy_model": model})


@contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Any]:
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


def report_skipped(skipped: list[InputError]) -> None:
    for e in skipped:
        err.print(Text("skipped ", style="yellow") + terminal_text(e), soft_wrap=True)


def db_or_default(db: str | None, settings: Settings | None = None) -> str:
    """The database to use: --db, else the store.db setting."""
    return db or (settings or load_settings()).store.db


def open_situation(db: str | None, settings: Settings | None = None) -> Situation:
    """The situation in an existing database (--db, else the store.db setting): the read
    commands ask :class:`sitroom.api.Situation` what they print."""
    import sitroom

    settings = settings or load_settings()
    db = db_or_default(db, settings)
    if not Path(db).exists():
        raise typer.BadParameter(
            f"{db}: no such database; create it with `sitroom run PATH --db {db}`",
            param_hint="--db",
        )
    return sitroom.open(db, settings)


def print_table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=terminal_text(title, CELL_LIMIT), show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(terminal_text(v, CELL_LIMIT) for v in row))
    out.print(table)
