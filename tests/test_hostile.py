"""Hostile article text through every command, the report and every export: none crashes,
none is live (Rich markup, terminal escapes, HTML and spreadsheet formulas stay inert)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.show.cli import app
from sitroom.show.safety import csv_cell, markdown_text, terminal_text
from sitroom.util.chars import strip_controls

runner = CliRunner()
pytestmark = pytest.mark.model

HOSTILE = """<script>alert(1)</script> [/bold] talks in Geneva [/embed]

GENEVA - Foreign Minister Ana Ruiz said on Monday: "We reject [/bold] any deal \x1b[31mnow\x1b[0m
that ignores <img src=x onerror=alert(2)> the victims." Ruiz added that Spain would send
aid to Gaza. =HYPERLINK("http://evil.example","click") was written on a banner, and the
ministry said "+1+1 is not a policy [link](javascript:alert(3))".
"""
TITLE = "[bold red]Hostile[/] <script>x</script> \x1b]0;pwned\x07 title"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "in").mkdir()
    record = {"id": "h1", "title": TITLE, "publisher": "<b>Evil</b> [/i]", "text": HOSTILE}
    (folder / "in" / "docs.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "in" / "plain.txt").write_text(HOSTILE.replace("Monday", "Tuesday"), "utf-8")
    db = str(folder / "h.db")
    report = folder / "report.md"
    result = runner.invoke(app, ["run", str(folder / "in"), "--db", db, "--report", str(report)])
    assert result.exit_code == 0, result.output
    return db, report


def _inert(output: str) -> None:
    assert "\x1b" not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    "args",
    [
        ["stories"],
        ["actors"],
        ["quotes"],
        ["quotes", "--actor", "[/bold]"],
        ["events"],
        ["positions"],
        ["search", "reject"],
        ["search", "[/bold]"],
        ["search", '"unbalanced'],
    ],
)
def test_every_query_command_survives_hostile_text(
    hostile_db: tuple[str, Path], args: list[str]
) -> None:
    result = runner.invoke(app, [*args, "--db", hostile_db[0]])
    assert result.exit_code == 0, result.output
    _inert(result.output)


def test_quotes_show_markup_literally(hostile_db: tuple[str, Path]) -> None:
    result = runner.invoke(app, ["quotes", "--db", hostile_db[0]])
    assert "[/bold]" in result.output  # shown as text, not read as markup


def test_search_keeps_the_matched_word(hostile_db: tuple[str, Path]) -> None:
    result = runner.invoke(app, ["search", "reject", "--db", hostile_db[0]])
    assert "reject" in result.output


def test_claims_and_story_show(hostile_db: tuple[str, Path]) -> None:
    from sitroom.store import Store

    with Store.open(hostile_db[0]) as store:
        story_id = store.stories()[0]["story_id"]
    for args in (["claims", story_id], ["stories", "show", story_id]):
        result = runner.invoke(app, [*args, "--db", hostile_db[0]])
        assert result.exit_code == 0, result.output
        _inert(result.output)


def test_report_is_inert(hostile_db: tuple[str, Path]) -> None:
    text = hostile_db[1].read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "](javascript:" not in text
    assert "\x1b" not in text


def test_csv_exports_hold_no_live_formula(hostile_db: tuple[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = runner.invoke(
        app, ["export", "--format", "csv", "--out", str(out), "--db", hostile_db[0]]
    )
    assert result.exit_code == 0, result.output
    events = tmp_path / "ev"
    runner.invoke(
        app, ["events", "--export", str(events), "--format", "csv", "--db", hostile_db[0]]
    )
    files = [*out.glob("*.csv"), *events.glob("*.csv")]
    assert files
    cells = 0
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    cells += 1
                    assert not cell.startswith(("=", "+", "-", "@")), (path.name, cell[:60])
    assert cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("plain", "plain"),
        (3, 3),
    ],
)
def test_csv_cell(value: object, expected: object) -> None:
    assert csv_cell(value) == expected


def test_terminal_and_markdown_helpers() -> None:
    assert strip_controls("a\x1b[31mb\x1b[0m\x00c\x07d\te\n") == "abcd\te\n"
    assert terminal_text("[/bold] x").plain == "[/bold] x"
    assert terminal_text("a" * 50, limit=10).plain == "a" * 9 + "…"
    md = markdown_text("<img onerror=x> [a](javascript:y) *b*")
    assert "<" not in md and "](" not in md and "*b*" not in md
