"""sitroom bench: the corpus it writes, and the stages a pipeline run reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from sitroom.run.bench import MARKER, Measure, _child_pipeline, render, write_corpus
from sitroom.settings import Settings


def test_the_corpus_is_repeated_with_marked_copies(tmp_path: Path) -> None:
    sources = []
    for name, text in (("a.txt", "NATO met in Brussels."), ("b.txt", "Kyiv asked for help.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        sources.append(tmp_path / name)
    out = tmp_path / "out"
    out.mkdir()
    texts = write_corpus(sources, 5, out)
    written = sorted(out.glob("*.txt"))
    assert [p.read_text(encoding="utf-8") for p in written] == texts
    assert texts[:2] == ["NATO met in Brussels.", "Kyiv asked for help."]
    assert texts[2] == "NATO met in Brussels." + MARKER.format(n=1)
    assert texts[4] == "NATO met in Brussels." + MARKER.format(n=2)
    assert len(set(texts)) == 5  # every copy is a new article for the store


def test_the_ratio_is_printed_per_worker_count() -> None:
    console = Console(record=True, width=200)
    render(
        [
            Measure("bare", 1, 10, 1000, wall=10.0, cpu=9.0, rss_mb=500, worker_rss_mb=0),
            Measure("pipeline", 1, 10, 1000, wall=8.0, cpu=9.5, rss_mb=400, worker_rss_mb=0),
        ],
        console,
    )
    assert "1 worker(s): pipeline / bare-parse throughput = 1.25" in console.export_text()


@pytest.mark.model
def test_a_pipeline_run_reports_its_stages(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "0000000.txt").write_text(
        'NATO chief Mark Rutte said on Thursday: "We will stand with Ukraine."', encoding="utf-8"
    )
    report = _child_pipeline(tmp_path, 1, settings)
    assert report["articles"] == 1 and report["words"] == 12
    stages = report["stages"]
    for stage in ("read", "repair", "spacy:ner", "spacy:sitroom_quotes_v2", "stories", "store"):
        assert stage in stages, stage
    assert all(seconds >= 0 for seconds in stages.values())
