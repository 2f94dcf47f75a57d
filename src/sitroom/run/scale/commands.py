"""The command ``sitroom bench`` (registered in :mod:`sitroom.show.cli`); see
:mod:`sitroom.run.bench`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitroom.settings import load_settings

err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings file (TOML) overriding the defaults.")
]


def bench(
    articles: Annotated[
        int | None, typer.Option("--articles", help="Articles (default: the corpus once).")
    ] = None,
    workers: Annotated[
        list[int] | None,
        typer.Option("--workers", help="Worker processes; repeat for several (default: cores)."),
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option("--corpus", help="Folders of .txt (default: examples/corpus, PolNeAR dev)."),
    ] = None,
    repeat: Annotated[int, typer.Option(help="Runs of each; the median is kept.")] = 1,
    config: ConfigOpt = None,
) -> None:
    """Time the whole pipeline against a bare spaCy parse with the same model and workers.

    Example: sitroom bench --articles 200 --workers 1 --workers 2
    """
    import os

    from sitroom.run.bench import default_sources, measure, render, source_files

    settings = load_settings(config)
    sources = corpus or default_sources(settings)
    n = articles or len(source_files(sources))
    if n < 1 or repeat < 1:
        raise typer.BadParameter("no articles to run (give --corpus or --articles)")
    counts = workers or [os.cpu_count() or 1]
    if min(counts) < 1:
        raise typer.BadParameter("--workers must be 1 or more", param_hint="--workers")
    err.print("Benchmarking (each run is a whole process; this takes a while)...")
    measures = measure(str(config or ""), sources, n, counts, repeat)
    render(measures, Console(width=None if sys.stdout.isatty() else 160))
