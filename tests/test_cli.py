"""The CLI end to end: extract, run (twice), the query commands, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.schema import validation_errors
from sitroom.show.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


def _records(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_seeds_prints_one_valid_record_each(seeds_dir: Path) -> None:
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    result = runner.invoke(app, ["extract", *files, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert len(records) == 5
    assert [r["source"] for r in records] == files
    for record in records:
        assert validation_errors(record) == []
        assert record["story_id"]


def test_extract_from_stdin_prints_one_record(examples: Path) -> None:
    text = (examples / "01_nato-ministers-brussels.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=text)
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert len(records) == 1
    assert records[0]["source"] == "stdin:1"
    assert validation_errors(records[0]) == []


def test_run_twice_gives_identical_row_counts(examples: Path, tmp_path: Path) -> None:
    from sitroom.store import Store

    db = str(tmp_path / "s.db")
    counts = []
    for _ in range(2):
        result = runner.invoke(app, ["run", str(examples), "--db", db])
        assert result.exit_code == 0, result.output
        with Store.open(db) as store:
            counts.append(store.table_counts())
    assert counts[0] == counts[1]
    assert counts[0]["articles"] >= 15
    assert counts[0]["quotes"] > 0 and counts[0]["mentions"] > 0


@pytest.fixture(scope="module")
def demo_db(examples: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    report = str(Path(db).with_suffix(".md"))
    result = runner.invoke(app, ["run", str(examples), "--db", db, "--report", report])
    assert result.exit_code == 0, result.output
    assert "stories" in result.stdout and "quotes" in result.stdout
    assert Path(report).read_text(encoding="utf-8").startswith("# sitroom report")
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["stories"],
        ["actors", "--limit", "5"],
        ["actors", "--type", "PERSON"],
        ["quotes", "--actor", "Kaja Kallas"],
        ["events"],
        ["positions"],
        ["search", "table"],
    ],
)
def test_query_commands(demo_db: str, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--db", demo_db])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_quotes_of_an_actor_are_theirs(demo_db: str) -> None:
    result = runner.invoke(app, ["quotes", "--actor", "Kaja Kallas", "--db", demo_db])
    assert "Kaja Kallas" in result.stdout


def test_story_show(demo_db: str) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        story_id = store.stories()[0]["story_id"]
    result = runner.invoke(app, ["stories", "show", story_id, "--db", demo_db])
    assert result.exit_code == 0, result.output
    assert story_id in result.stdout
    assert "why it joined" in result.stdout and "opened" in result.stdout  # a table, not JSON


def test_story_show_says_why_each_article_joined(demo_db: str) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        biggest = max(store.stories(), key=lambda r: r["n_articles"])
    args = ["stories", "show", biggest["story_id"], "--json", "--db", demo_db]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) == biggest["n_articles"] >= 3
    hows = sorted(a["reason"]["how"] for a in articles)
    assert hows.count("opened") == 1 and "copy" in hows  # the syndicated copy of 01
    for a in articles:
        if a["reason"]["how"] == "similar":
            assert a["why"].startswith("joined by similarity") and "shared" in a["why"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(demo_db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(target), "--db", demo_db])
    assert result.exit_code == 0, result.output
    assert target.exists()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_events_export_flat_table(demo_db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "events"
    result = runner.invoke(app, ["events", "--export", str(out), "--format", fmt, "--db", demo_db])
    assert result.exit_code == 0, result.output
    written = list(out.glob(f"events_flat.{fmt}"))
    assert written and written[0].stat().st_size > 100


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["run"], "Missing argument 'paths'"),
        (["extract", "x.txt", "--format", "xml"], "unknown format"),
        (["stories", "--db", "/nonexistent/none.db"], "no such database"),
        (["nosuchcommand"], "No such command"),
        (["evaluate", "--data", "/nonexistent/shared"], "--data"),
    ],
)
def test_wrong_arguments_give_one_line_error(args: list[str], needle: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sitroom", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0]
    assert "Traceback" not in proc.stderr


def test_version() -> None:
    from sitroom import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"sitroom {__version__}"


def test_bad_file_is_reported_and_the_rest_goes_on(examples: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((examples / "01_nato-ministers-brussels.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 3
    assert len(_records(result.stdout)) == 1
    assert "empty.txt" in result.stderr


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and "Example:" in command.help, name


def test_the_store_db_setting_names_the_database(
    examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sitroom.toml").write_text('[store]\ndb = "mine.db"\n', encoding="utf-8")
    one = str(examples / "01_nato-ministers-brussels.txt")
    result = runner.invoke(app, ["run", one])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "mine.db").exists()
    listed = runner.invoke(app, ["stories"])
    assert listed.exit_code == 0, listed.output


def test_claims_show_why_they_are_contradicted(tmp_path: Path) -> None:
    from sitroom.article import Article
    from sitroom.claims import cross_check
    from sitroom.store import Store

    texts = {"a": "Germany will send troops to the border region next month.",
             "b": "Germany sent arms to the border region last month."}  # fmt: skip
    arts = []
    for aid, text in texts.items():
        a = Article(text=text, publisher=f"Outlet {aid.upper()}")
        a.assign_id(aid)
        a.story_id = "s-1"
        arts.append(a)
    cross_check(arts)
    db = str(tmp_path / "claims.db")
    with Store.open(db) as store:
        store.save_articles(arts)
    result = runner.invoke(app, ["claims", "s-1", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Why they are contradicted" in result.output
    why = result.output.split("Why they are contradicted")[1]
    row = next(line for line in why.splitlines() if "send troops" in line and "│ verb" in line)
    assert "a (Outlet A): send troops" in row and "b (Outlet B): sent arms" in row
