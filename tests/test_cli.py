"""The CLI end to end: extract, run (twice), the query commands, errors."""

from __future__ import annotations

import json
import re
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
def demo_run(examples: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The example corpus run into a new database: (database, what `run` printed)."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    report = str(Path(db).with_suffix(".md"))
    result = runner.invoke(app, ["run", str(examples), "--db", db, "--report", report])
    assert result.exit_code == 0, result.output
    assert Path(report).read_text(encoding="utf-8").startswith("# sitroom report")
    return db, result.stdout


@pytest.fixture(scope="module")
def demo_db(demo_run: tuple[str, str]) -> str:
    return demo_run[0]


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables one line per row (no cell folded), so that rows can be read back."""
    from sitroom.show.cli import common

    monkeypatch.setattr(common.out, "width", 20_000)


def _cells(line: str) -> list[str]:
    return [" ".join(c.split()) for c in re.split("[│┃]", line.strip())[1:-1]]


def _tables(output: str, multiline: bool = False) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each Rich table printed: title -> (column names, rows of cell texts). With
    ``multiline``, a line whose first cell is empty continues the row above (a cell with
    a line break; only for tables whose first column is never empty)."""
    found: dict[str, tuple[list[str], list[list[str]]]] = {}
    lines = output.splitlines()
    for i, line in enumerate(lines):
        if not line.lstrip().startswith("┏"):
            continue
        title = lines[i - 1].strip() if i else ""
        header, rows, j = _cells(lines[i + 1]), [], i + 2
        if lines[j].lstrip().startswith("┡"):
            j += 1
            while not lines[j].lstrip().startswith("└"):
                cells = _cells(lines[j])
                if multiline and rows and not cells[0]:
                    rows[-1] = [
                        " ".join(f"{a} {b}".split()) for a, b in zip(rows[-1], cells, strict=True)
                    ]
                else:
                    rows.append(cells)
                j += 1
        found[title] = (header, rows)
    return found


def _row(*values: object) -> list[str]:
    """Cells as the CLI prints them: None empty, the rest as text."""
    return ["" if v is None else " ".join(str(v).split()) for v in values]


def _show(args: list[str], demo_db: str) -> dict[str, tuple[list[str], list[list[str]]]]:
    result = runner.invoke(app, [*args, "--db", demo_db])
    assert result.exit_code == 0, result.output
    return _tables(result.stdout)


def test_run_prints_what_it_stored(demo_run: tuple[str, str]) -> None:
    from sitroom.store import Store

    db, printed = demo_run
    with Store.open(db) as store:
        n = store.table_counts()
        top = store.actors(limit=1)[0]
    line = printed.splitlines()[0]
    assert line.startswith(f"{n['articles']} articles ({n['articles']} new,")
    assert f"-> {n['stories']} stories, {n['actors']} actors, {n['quotes']} quotes," in line
    assert line.endswith(f"{n['positions']} positions, {n['claims']} claims")
    mentioned = " ".join(printed.split("Most mentioned: ")[1].split("Most quoted")[0].split())
    assert f"{top['canonical']} ({top['mention_count']})" in mentioned.split(", ")[:2]  # ties
    assert printed.rstrip().endswith(f"Stored in {db}; report in {Path(db).with_suffix('.md')}")


def test_ingest_stores_the_articles_without_nlp(
    examples: Path, tmp_path: Path, demo_db: str
) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        n_articles = store.table_counts()["articles"]  # what `run` stored of the same files
    db = str(tmp_path / "ingest.db")
    result = runner.invoke(app, ["ingest", str(examples), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{n_articles} read, {n_articles} new, 0 skipped"
    with Store.open(db) as store:
        counts = store.table_counts()
    assert counts["articles"] == n_articles and counts["mentions"] == counts["quotes"] == 0


@pytest.mark.usefixtures("wide")
def test_stories_lists_every_stored_story(demo_db: str) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        stored = store.stories()
    header, rows = _show(["stories"], demo_db)["Stories"]
    assert header == ["story", "articles", "first", "last", "title"]
    assert rows == [
        _row(r["story_id"], r["n_articles"], r["first_date"], r["last_date"], r["title"])
        for r in stored
    ]
    assert len(rows) >= 10


@pytest.mark.parametrize("args", [["--limit", "5"], ["--type", "PERSON"]])
@pytest.mark.usefixtures("wide")
def test_actors_lists_the_stored_actors(demo_db: str, args: list[str]) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        if "--limit" in args:
            stored = store.actors(limit=5)
        else:
            stored = store.actors(limit=30, type="PERSON")
    _, rows = _show(["actors", *args], demo_db)["Actors"]
    assert rows == [
        _row(
            r.get("canonical") or r["actor_id"], r["type"], r["country"], r["sector"],
            r["mention_count"], ", ".join(r.get("variants") or []), r["role"],
        )
        for r in stored
    ]  # fmt: skip
    assert rows and rows[0][4].isdigit()
    if "--type" in args:
        assert {r[1] for r in rows} == {"PERSON"} and "Kaja Kallas" in [r[0] for r in rows]
    else:
        assert len(rows) == 5
        counts = [int(r[4]) for r in rows]
        assert counts == sorted(counts, reverse=True)  # most mentioned first


@pytest.mark.usefixtures("wide")
def test_quotes_of_an_actor_are_theirs(demo_db: str) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        stored = store.quotes("Kaja Kallas")
    header, rows = _show(["quotes", "--actor", "Kaja Kallas"], demo_db)["Quotes of Kaja Kallas"]
    assert header == ["speaker", "kind", "quote", "source"]
    assert rows == [
        _row(r["speaker_canonical"], r["kind"], r["text"], r.get("source") or r["article_id"])
        for r in stored
    ]
    assert len(rows) >= 3 and {r[0] for r in rows} == {"Kaja Kallas"}


@pytest.mark.parametrize("args", [[], ["--type", "CONSULT"], ["--since", "2025-02-14"]])
@pytest.mark.usefixtures("wide")
def test_events_lists_the_shown_events(demo_db: str, args: list[str]) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        stored = store.events(
            type="CONSULT" if "--type" in args else None,
            since="2025-02-14" if "--since" in args else None,
        )
    _, rows = _show(["events", *args], demo_db)["Events"]
    assert rows == [
        _row(
            r["date"], r["type"], r["actor_codes"], r["recipient_codes"], r["anchor_text"],
            r["article_id"],
        )
        for r in stored
    ]  # fmt: skip
    assert rows
    if "--type" in args:
        assert {r[1] for r in rows} == {"CONSULT"}
    if "--since" in args:
        assert all(r[0] >= "2025-02-14" for r in rows if r[0])


@pytest.mark.usefixtures("wide")
def test_positions_prints_the_matrix_and_the_fit(demo_db: str) -> None:
    from sitroom.settings import load_settings
    from sitroom.show.positions_report import fit_rows, positions_report
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        report = positions_report(store, load_settings().positions.catalog, rescore=False)
    shown = _show(["positions"], demo_db)
    header, rows = shown["Positions (! = red line; 'was' = changed over time)"]
    assert header == _row(*report.header) and rows == [_row(*r) for r in report.rows]
    macron = next(r for r in rows if r[0] == "Emmanuel Macron")
    assert macron[header.index("europe_at_table")] == "support"
    _, fits = shown["Catalog fit per story"]
    assert fits == [_row(*r) for r in fit_rows(report.fits)] and fits


def test_issues_propose_prints_an_editable_catalog(demo_db: str) -> None:
    from sitroom.nlp.positions.catalog import parse_catalog

    result = runner.invoke(app, ["issues", "propose", "--limit", "3", "--db", demo_db])
    assert result.exit_code == 0, result.output
    catalog = parse_catalog(result.stdout, "proposed")
    assert catalog.name == "proposed_corpus" and 1 <= len(catalog.issues) <= 3
    first = catalog.issues[0]
    assert first.id == "work" and first.claim == "The work should go ahead."
    assert "#   Donald Trump: for\n" in result.stdout  # one stance per sentence


@pytest.mark.usefixtures("wide")
def test_search_lists_the_hits(demo_db: str) -> None:
    from sitroom.show.safety import MATCH_END, MATCH_START
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        hits = store.search("table", 20)
    result = runner.invoke(app, ["search", "table", "--db", demo_db])
    assert result.exit_code == 0, result.output
    header, rows = _tables(result.stdout, multiline=True)["Search: table"]
    assert header == ["kind", "article", "snippet"]
    unmarked = [h.snippet.replace(MATCH_START, "").replace(MATCH_END, "") for h in hits]
    assert rows == [_row(h.kind, h.article_id, s) for h, s in zip(hits, unmarked, strict=True)]
    assert rows and all("table" in r[2].lower() for r in rows)


@pytest.mark.usefixtures("wide")
def test_story_show(demo_db: str) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        story = max(store.stories(), key=lambda r: r["n_articles"])
        articles = store.story(story["story_id"])["articles"]  # type: ignore[index]
    result = runner.invoke(app, ["stories", "show", story["story_id"], "--db", demo_db])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == story["title"]
    assert result.stdout.splitlines()[1].startswith(
        f"{story['story_id']} · {story['n_articles']} article(s) · {story['first_date']}"
    )
    header, rows = _tables(result.stdout)["Articles"]
    assert header == ["published", "outlet", "title", "why it joined"]
    assert [r[:2] for r in rows] == [_row(a["published"], a["publisher"]) for a in articles]
    assert [r[3].split(" ")[0] for r in rows].count("opened") == 1  # a table, not JSON


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


def test_export_jsonl_is_the_stored_records(demo_db: str, tmp_path: Path) -> None:
    from sitroom.store import Store

    with Store.open(demo_db) as store:
        stored = list(store.articles())
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["export", "--out", str(target), "--db", demo_db])
    assert result.exit_code == 0, result.output
    assert _records(target.read_text(encoding="utf-8")) == stored
    to_stdout = runner.invoke(app, ["export", "--db", demo_db])
    assert to_stdout.exit_code == 0, to_stdout.output
    assert _records(to_stdout.stdout) == stored and len(stored) >= 20


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables_hold_every_row(demo_db: str, tmp_path: Path, fmt: str) -> None:
    import pyarrow.csv
    import pyarrow.parquet

    from sitroom.store import EXPORTABLE, Store

    with Store.open(demo_db) as store:
        counts = store.table_counts(log_tables=True)
        ids = [r["id"] for r in store.connection.execute("SELECT id FROM articles ORDER BY id")]
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", demo_db])
    assert result.exit_code == 0, result.output
    read = pyarrow.csv.read_csv if fmt == "csv" else pyarrow.parquet.read_table
    for table in EXPORTABLE:
        path = out / f"{table}.{fmt}"
        if table in counts:
            assert read(path).num_rows == counts[table], table
    assert sorted(read(out / f"articles.{fmt}").column("id").to_pylist()) == ids


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_events_export_flat_table(demo_db: str, tmp_path: Path, fmt: str) -> None:
    import pyarrow.csv
    import pyarrow.parquet

    from sitroom.store import Store, flat_events

    with Store.open(demo_db) as store:
        flat = list(flat_events(store.connection))
    out = tmp_path / "events"
    result = runner.invoke(app, ["events", "--export", str(out), "--format", fmt, "--db", demo_db])
    assert result.exit_code == 0, result.output
    read = pyarrow.csv.read_csv if fmt == "csv" else pyarrow.parquet.read_table
    table = read(out / f"events_flat.{fmt}")
    assert table.num_rows == len(flat) > 0
    assert table.column(0).to_pylist() == [row[0] for row in flat]  # the event ids, in order


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["run"], "Missing argument 'paths'"),
        (["extract", "x.txt", "--format", "xml"], "unknown format"),
        (["stories", "--db", "/nonexistent/none.db"], "no such database"),
        (["nosuchcommand"], "No such command"),
        (["evaluate", "--data", "/nonexistent/shared"], "--data"),
        (["claims", " "], "give a story id"),
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


def test_read_commands_ask_the_api_not_the_store() -> None:
    """The read commands print what :class:`sitroom.api.Situation` answers, as the web server
    does: their module imports nothing of ``sitroom.store``."""
    import ast

    from sitroom.show.cli import browse

    tree = ast.parse(Path(browse.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    store = sorted(m for m in imported if m == "sitroom.store" or m.startswith("sitroom.store."))
    assert store == [], f"{browse.__file__} imports {store}; ask sitroom.api.Situation instead"


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and "Example:" in command.help, name


@pytest.mark.usefixtures("wide")
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
    (row,) = _tables(listed.stdout)["Stories"][1]
    assert row[1] == "1" and row[0].startswith("s-")


@pytest.mark.usefixtures("wide")
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
    with Store.open(db) as store:
        stored = store.claims("s-1")
    _, rows = _tables(result.output)["Claims of s-1"]
    assert [r[0] for r in rows] == [c["status"] for c in stored] == ["contradicted"] * 2
    assert [r[2] for r in rows] == ["a", "b"]
    assert "Why they are contradicted" in result.output
    why = result.output.split("Why they are contradicted")[1]
    row = next(line for line in why.splitlines() if "send troops" in line and "│ verb" in line)
    assert "a (Outlet A): send troops" in row and "b (Outlet B): sent arms" in row


@pytest.mark.usefixtures("wide")
def test_claims_show_which_reports_update_a_count(tmp_path: Path) -> None:
    from sitroom.article import Article
    from sitroom.claims import cross_check
    from sitroom.store import Store

    texts = {
        "a": ("The flood in the valley killed at least 13 people, officials said.", "2025-06-01"),
        "b": ("Officials said the flood in the valley killed at least 24 people.", "2025-06-02"),
    }
    arts = []
    for aid, (text, day) in texts.items():
        a = Article(text=text, publisher=f"Outlet {aid.upper()}", published=day)
        a.assign_id(aid)
        a.story_id = "s-1"
        arts.append(a)
    cross_check(arts)
    db = str(tmp_path / "claims.db")
    with Store.open(db) as store:
        store.save_articles(arts)
        stored = store.claims("s-1")
    assert [c["updated_by"] for c in stored] == [["b"], []]
    result = runner.invoke(app, ["claims", "s-1", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    (row,) = _tables(result.output)["Counts told later (an update, not a contradiction)"][1]
    assert (row[0], row[2]) == ("a", "b")


def test_evaluate_scores_the_data_it_is_given(
    examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: str
) -> None:
    from sitroom.store import Store

    repo = examples.parents[1]
    monkeypatch.chdir(tmp_path)  # away from the checkout: only the paths given are read
    args = ["evaluate", "--only", "examples", "--data", str(tmp_path), "--json"]
    missing = runner.invoke(app, args)
    assert missing.exit_code != 0 and "examples/gold.yaml not found" in str(missing.exception)
    paths = ["--examples", str(examples.parent), "--floors", str(repo / "quality_floors.toml")]
    result = runner.invoke(app, [*args, *paths])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert card["skipped"] == {} and list(card["seconds"]) == ["examples"]
    metrics = {m["name"]: m for m in card["metrics"]}
    assert {m["set"] for m in card["metrics"]} == {"examples"}
    assert {"quotes_found", "speaker_accuracy", "stories_pairwise_f1"} <= set(metrics)
    with Store.open(demo_db) as store:
        n_articles = store.table_counts()["articles"]
    assert metrics["stories_pairwise_f1"]["n"] == n_articles
    for m in metrics.values():  # the floors of the repository hold
        ok = m["value"] >= m["floor"] if m["better"] == "higher" else m["value"] <= m["floor"]
        assert ok, m
