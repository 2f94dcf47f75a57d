"""The store: migrations, idempotent saves, full-text search, queries, export, rollback."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from sitroom.article import (
    ActorRef,
    Article,
    Claim,
    Contradiction,
    Event,
    Location,
    Mention,
    Position,
    Quality,
    Quote,
    Span,
    Speaker,
)
from sitroom.errors import ConfigError, StoreError
from sitroom.show.safety import MATCH_END, MATCH_START
from sitroom.store import DATA_TABLES, EXPORTABLE, SaveResult, Store, export, migrate
from sitroom.store import writes as store_writes
from sitroom.store.export import flat_events
from sitroom.store.migrate import latest_version, statements
from sitroom.stories.record import Story

TEXT_1 = (
    "Lithuanian Defense Minister Dovilė Šakalienė said on Thursday that Russia had moved "
    'troops to the border. "We will not accept a ceasefire that rewards aggression," '
    "Kaja Kallas warned in Brussels."
)
TEXT_2 = (
    "Russian forces shelled Kharkiv overnight, Ukrainian officials said. "
    "Kallas said the EU would keep supporting Ukraine."
)


def at(text: str, sub: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(start, start + len(sub), sub)


def mention(
    text: str,
    sub: str,
    type_: str,
    actor_id: str | None,
    canonical: str | None,
    country: str | None = None,
    sector: str | None = None,
) -> Mention:
    s = at(text, sub)
    return Mention(s.start, s.end, sub, type_, actor_id, canonical, country, sector, 0.91)


def claim(text: str, sub: str, status: str, **links: list[str]) -> Claim:
    s = at(text, sub)
    return Claim(s.start, s.end, sub, status, **links)


def article_one() -> Article:
    t = TEXT_1
    kallas = at(t, "Kaja Kallas")
    quote = at(t, '"We will not accept a ceasefire that rewards aggression,"')
    art = Article(
        text=t,
        source="corpus/one.txt",
        url="https://example.org/one",
        publisher="Example Wire",
        title="Lithuania warns of troop build-up",
        published="2025-03-06",
        author="A. Writer",
        dateline="VILNIUS",
        quality=Quality(score=0.87654, flags=["mojibake_repaired"]),
        story_id="s1",
        mentions=[
            mention(t, "Dovilė Šakalienė", "PERSON", "Q1", "Dovilė Šakalienė", "LTU", "GOV"),
            mention(t, "Russia", "GPE", "RUS", "Russia", "RUS", "GOV"),
            mention(t, "Kaja Kallas", "PERSON", "Q2", "Kaja Kallas", "EUR", "IGO"),
        ],
        quotes=[
            Quote(
                quote.start,
                quote.end,
                quote.text,
                "direct",
                cue=at(t, "warned"),
                speaker=Speaker(kallas.start, kallas.end, kallas.text, "Q2", "Kaja Kallas"),
                confidence=0.9345,
            ),
            Quote(0, 10, t[0:10], "indirect"),  # no cue, no speaker
        ],
        events=[
            Event(
                type="MOBILIZE",
                anchor=at(t, "moved"),
                sentence_start=0,
                sentence_end=t.index(".") + 1,
                mode="troops",
                context=["border"],
                actor=[ActorRef("Russia", "RUS", "Russia", "RUS", "GOV")],
                recipient=[
                    ActorRef("Lithuania", "LTU", "Lithuania", "LTU", "GOV"),
                    ActorRef("NATO", "NATO", "NATO", None, "IGO"),
                ],
                date="2025-03-06",
                location=Location("the border", "LTU"),
                hypothetical=True,
                confidence=0.71234,
            )
        ],
        positions=[
            Position(
                "Q2",
                "Kaja Kallas",
                "ceasefire_terms",
                "oppose",
                True,
                quote,
                confidence=0.66666,
            )
        ],
        claims=[claim(t, "Russia had moved troops to the border", "corroborated", support=["b2"])],
    )
    art.assign_id("a1")
    return art


def article_two() -> Article:
    t = TEXT_2
    kallas = at(t, "Kallas")
    reported = at(t, "the EU would keep supporting Ukraine")
    art = Article(
        text=t,
        source="corpus/two.txt",
        title="Kharkiv shelled overnight",
        published="2025-03-07",
        story_id="s1",
        mentions=[
            mention(t, "Kharkiv", "GPE", "UKR", "Ukraine", "UKR", None),
            mention(t, "Ukrainian officials", "GROUP", "grp:UKR-GOV", "Ukrainian officials", "UKR"),
            mention(t, "Kallas", "PERSON", "Q2", "Kaja Kallas", "EUR", "IGO"),
            mention(t, "Russian", "NORP", "local:rus-forces", "Russian forces"),
        ],
        quotes=[
            Quote(
                reported.start,
                reported.end,
                reported.text,
                "indirect",
                cue=at(t, "said", 1),
                speaker=Speaker(kallas.start, kallas.end, kallas.text, "Q2", "Kaja Kallas"),
            )
        ],
        events=[
            Event(
                type="ASSAULT",
                anchor=at(t, "shelled"),
                sentence_start=0,
                sentence_end=t.index(".") + 1,
                mode="artillery",
                actor=[ActorRef("Russian forces", "RUS", "Russia", "RUS", "MIL")],
                recipient=[ActorRef("Kharkiv", "UKR", "Ukraine", "UKR", None)],
            )
        ],
        claims=[claim(t, "Russian forces shelled Kharkiv", "contradicted", conflict=["a1"])],
    )
    art.claims[0].contradictions = [
        Contradiction("a1", "Atlas", "Russia had moved troops to the border.", "verb",
                      "shelled Kharkiv", "moved troops", 0.61)
    ]  # fmt: skip
    art.assign_id("b2")
    return art


@pytest.fixture
def articles() -> list[Article]:
    return [article_one(), article_two()]


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path / "sitroom.db") as st:
        yield st


def story_s1() -> Story:
    return Story(
        story_id="s1",
        title="Russian pressure on the Baltic",
        first_date="2025-03-06",
        last_date="2025-03-07",
        article_ids=["a1", "b2"],
        outlets=["Example Wire"],
        main_actors=["Kaja Kallas", "Russia"],
        summary=[{"article_id": "a1", "sentence": "Troops moved.", "start": 0, "end": 13}],
    )


def full_save(st: Store, arts: list[Article]) -> SaveResult:
    result = st.save_articles(arts)
    st.save_stories([story_s1()])
    st.rebuild_actors()
    return result


# -- migrations ------------------------------------------------------------------------------


def test_opening_an_empty_file_migrates_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as st:
        conn = st.connection
        rows = conn.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()
        assert [(r["version"], r["name"]) for r in rows] == [
            (m.version, m.name) for m in migrate.available()
        ]
        assert rows[0]["name"] == "initial"
        assert st.schema_version == latest_version() == len(rows)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert st.table_counts() == dict.fromkeys(DATA_TABLES, 0)
        applied = [r["applied_at"] for r in rows]
    with Store.open(path) as st:  # reopening applies nothing again
        again = st.connection.execute("SELECT applied_at FROM schema_migrations").fetchall()
        assert [r[0] for r in again] == applied


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with Store.open(path) as st:
        st.connection.execute(
            "INSERT INTO schema_migrations VALUES (99, 'from_the_future', '2030-01-01')"
        )
    known = latest_version()
    with pytest.raises(StoreError, match=rf"schema version 99.*only knows versions up to {known}"):
        Store.open(path)


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not a sitroom database"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the pages you are looking for" * 50)
    with pytest.raises(StoreError, match="cannot open the database") as info:
        Store.open(path)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sitroom.db"
    Store.open(path).close()
    shipped = migrate.available()
    n = len(shipped) + 1
    broken = migrate.Migration(n, "broken", "CREATE TABLE extra (a TEXT);\nSELECT nonsense(;")
    monkeypatch.setattr(migrate, "available", lambda: [*shipped, broken])
    with pytest.raises(StoreError, match=f"migration {n:04d}_broken failed"):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path) as st:
        assert st.schema_version == len(shipped)
        names = {r[0] for r in st.connection.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in names


def test_an_older_database_is_upgraded_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    first = migrate.available()[:1]
    monkeypatch.setattr(migrate, "available", lambda: first)
    Store.open(path).close()
    monkeypatch.undo()
    with Store.open(path) as st:
        assert st.schema_version == latest_version() > 1
        columns = {r[1] for r in st.connection.execute("PRAGMA table_info(claims)")}
        assert {"speaker", "contradictions"} <= columns
        columns = {r[1] for r in st.connection.execute("PRAGMA table_info(events)")}
        assert "shown" in columns


def test_statements_keep_trigger_bodies_whole() -> None:
    sql = """
    -- a comment; with a semicolon
    CREATE TABLE t (a TEXT DEFAULT 'x;y');
    CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
        INSERT INTO t (a) VALUES ('1'); INSERT INTO t (a) VALUES ('2');
    END;
    """
    parts = statements(sql)
    assert len(parts) == 2
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


# -- saving ----------------------------------------------------------------------------------


def test_saving_twice_leaves_the_same_counts(store: Store, articles: list[Article]) -> None:
    assert full_save(store, articles) == SaveResult(2, 0)
    first = store.table_counts()
    assert first == {
        "articles": 2,
        "mentions": 7,
        "actors": 6,
        "quotes": 3,
        "events": 2,
        "positions": 1,
        "stories": 1,
        "story_articles": 2,
        "claims": 2,
    }
    assert full_save(store, [article_one(), article_two()]) == SaveResult(0, 2)
    assert store.table_counts() == first
    for fts in ("articles_fts", "quotes_fts"):  # the search index followed the re-save
        store.connection.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")


def test_the_same_document_is_stored_once(store: Store) -> None:
    one, copy = article_one(), article_one()
    copy.assign_id("another-id-for-the-same-text")
    result = store.save_articles([one, copy])
    assert (result.n_new, result.n_existing) == (1, 1)
    ids = [r[0] for r in store.connection.execute("SELECT id FROM articles")]
    assert ids == ["a1"]
    assert store.table_counts()["mentions"] == 3


def test_resaving_replaces_the_derived_rows(store: Store) -> None:
    store.save_articles([article_one()])
    changed = article_one()
    changed.mentions = changed.mentions[:1]
    changed.quotes = []
    changed.title = "A better title"
    store.save_articles([changed])
    counts = store.table_counts()
    assert (counts["mentions"], counts["quotes"]) == (1, 0)
    assert [h.article_id for h in store.search("better")] == ["a1"]
    assert [h.kind for h in store.search("rewards")] == ["article"]  # the quote is gone


def test_an_id_stored_for_other_content_is_skipped(store: Store) -> None:
    store.save_articles([article_one()])
    clash = article_two()
    clash.assign_id("a1")
    result = store.save_articles([clash])
    assert (result.n_new, result.n_existing) == (0, 0)
    assert result.skipped[0].article_id == "a1"
    assert "different text" in result.skipped[0].reason
    unnamed = Article(text="No id was assigned to this one.")
    assert store.save_articles([unnamed]).skipped[0].reason.startswith("no id")


def test_a_failing_batch_rolls_back_and_keeps_earlier_data(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_articles([article_one()])
    before = store.table_counts()
    real = store_writes.derived_rows
    calls = {"n": 0}

    def flaky(article: Article, article_id: str) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(article, article_id)

    monkeypatch.setattr(store_writes, "derived_rows", flaky)
    third = Article(text="A third report about something else entirely.")
    third.assign_id("c3")
    with pytest.raises(StoreError, match="rolled back") as info:
        store.save_articles([article_two(), third])
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    assert store.table_counts() == before
    assert [r[0] for r in store.connection.execute("SELECT id FROM articles")] == ["a1"]


def test_an_error_while_reading_the_batch_stores_none_of_it(store: Store) -> None:
    def batch() -> Any:
        yield article_one()
        raise RuntimeError("the pipeline broke")

    with pytest.raises(RuntimeError, match="pipeline broke"):
        store.save_articles(batch())
    assert store.table_counts()["articles"] == 0


def test_a_value_sqlite_cannot_bind_fails_the_batch_only(store: Store) -> None:
    store.save_articles([article_one()])
    bad = article_two()
    bad.mentions[0].text = {"not": "a string"}  # type: ignore[assignment]
    with pytest.raises(StoreError) as info:
        store.save_articles([bad])
    assert isinstance(info.value.__cause__, sqlite3.Error)
    assert store.table_counts()["articles"] == 1
    assert store.save_articles([article_two()]).n_new == 1  # the store is usable afterwards


def test_stories_accept_objects_and_dicts(store: Store, articles: list[Article]) -> None:
    store.save_articles(articles)
    assert store.save_stories([story_s1()]) == 1
    assert store.save_stories([{"story_id": "s2", "title": "Other", "article_ids": ["b2"]}]) == 1
    s1, s2 = store.story("s1"), store.story("s2")
    assert s1 is not None and s2 is not None
    assert [a["id"] for a in s1["articles"]] == ["a1"]  # b2 moved to s2
    assert [a["id"] for a in s2["articles"]] == ["b2"]
    assert s1["summary"] == [
        {"article_id": "a1", "sentence": "Troops moved.", "start": 0, "end": 13}
    ]
    assert s1["n_articles"] == 1 and s1["main_actors"] == ["Kaja Kallas", "Russia"]
    assert s2["n_articles"] == 1 and s2["outlets"] == []
    assert [c["article_id"] for c in store.claims("s2")] == ["b2"]
    assert store.story("nope") is None
    store.save_stories([{"story_id": "s3", "title": "Only one"}], replace=True)
    assert store.stories() == []  # no empty story is ever stored
    store.save_stories([{"story_id": "s3", "title": "Only one", "article_ids": ["a1"]}])
    assert [s["story_id"] for s in store.stories()] == ["s3"]
    store.save_stories([{"story_id": "s4", "title": "No article"}])  # no empty story is stored
    assert store.story("s4") is None and [s["story_id"] for s in store.stories()] == ["s3"]
    with pytest.raises(StoreError, match="no story_id"):
        store.save_stories([{"title": "anonymous"}])


def test_rebuild_actors_summarises_mentions(store: Store, articles: list[Article]) -> None:
    full_save(store, articles)
    actors = {a["actor_id"]: a for a in store.actors()}
    kallas = actors["Q2"]
    assert (kallas["canonical"], kallas["kind"], kallas["mention_count"]) == (
        "Kaja Kallas",
        "kb",
        2,
    )
    assert kallas["variants"] == ["Kaja Kallas", "Kallas"]  # as often: alphabetical
    assert actors["grp:UKR-GOV"]["kind"] == "group"
    assert actors["local:rus-forces"]["kind"] == "local"
    assert store.actors(limit=1)[0]["actor_id"] == "Q2"
    assert {a["actor_id"] for a in store.actors(type="person")} == {"Q1", "Q2"}


def test_runs_and_skipped_inputs_are_logged(store: Store) -> None:
    run = store.start_run({"paths": ["corpus"], "db": "sitroom.db"})
    store.record_skipped(run, "corpus/bad.bin", "binary file", line=None)
    store.finish_run(run, n_ok=2, n_skipped=1)
    row = store.connection.execute("SELECT * FROM runs").fetchone()
    assert (row["n_ok"], row["n_skipped"], json.loads(row["args"])["paths"]) == (2, 1, ["corpus"])
    counts = store.table_counts(log_tables=True)
    assert (counts["runs"], counts["skipped"]) == (1, 1)
    assert "runs" not in store.table_counts()


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "kind", "article_id"),
    [
        ("troops", "article", "a1"),  # a word of an article's text
        ("Kharkiv", "article", "b2"),  # a word of a title
        ("ceasefire", "quote", "a1"),  # a word of a quote
        ("supporting", "quote", "b2"),
        ("sakaliene", "article", "a1"),  # accents do not matter
    ],
)
def test_search_finds_articles_and_quotes(
    store: Store, articles: list[Article], query: str, kind: str, article_id: str
) -> None:
    store.save_articles(articles)
    hits = store.search(query)
    assert any(h.kind == kind and h.article_id == article_id for h in hits)
    assert all(MATCH_START in h.snippet and MATCH_END in h.snippet for h in hits)


def test_search_takes_any_text(store: Store, articles: list[Article]) -> None:
    store.save_articles(articles)
    assert store.search('Kallas "warned') != []  # not valid FTS5: searched as plain words
    assert store.search("") == []
    assert len(store.search("Kallas", limit=1)) == 1


def test_quotes_by_actor(store: Store, articles: list[Article]) -> None:
    store.save_articles(articles)
    for who in ("kallas", "KAJA KALLAS", "Q2", "q2"):
        found = store.quotes(who)
        assert [q["article_id"] for q in found] == ["a1", "b2"], who
    first = store.quotes("Kallas")[0]
    assert first["article_title"] == "Lithuania warns of troop build-up"
    assert first["article_url"] == "https://example.org/one"
    assert first["cue_text"] == "warned"
    assert len(store.quotes()) == 3
    assert store.quotes("Šakalienė") == []


def test_events_filters(store: Store, articles: list[Article]) -> None:
    store.save_articles(articles)
    assert [e["type"] for e in store.events()] == ["MOBILIZE", "ASSAULT"]
    assert [e["type"] for e in store.events(actor="LTU")] == ["MOBILIZE"]  # recipient side
    assert [e["type"] for e in store.events(actor="ukraine")] == ["ASSAULT"]
    assert [e["type"] for e in store.events(type="assault")] == ["ASSAULT"]
    assert [e["type"] for e in store.events(since="2025-03-07")] == ["ASSAULT"]  # article date
    assert [e["type"] for e in store.events(until="2025-03-06")] == ["MOBILIZE"]
    event = store.events()[0]
    assert event["actor_codes"] == "RUS" and event["recipient_codes"] == "LTU"
    assert event["hypothetical"] is True and event["actor"][0]["canonical"] == "Russia"


def test_events_not_shown_are_kept_but_left_out_of_queries_and_export(
    store: Store, articles: list[Article]
) -> None:
    articles[1].events[0].shown = False  # as the coder leaves an event without a source
    store.save_articles(articles)
    assert [e["type"] for e in store.events()] == ["MOBILIZE"]
    hidden = [e for e in store.events(hidden=True) if e["shown"] is False]
    assert [e["type"] for e in hidden] == ["ASSAULT"]
    loaded = {a.id: a for a in store.load_articles(["b2"])}
    assert [e.shown for e in loaded["b2"].events] == [False]  # the record keeps it
    assert [row[3] for row in flat_events(store.connection)] == ["MOBILIZE"]


def test_positions_and_claims(store: Store, articles: list[Article]) -> None:
    full_save(store, articles)
    positions = store.positions("s1")
    assert [(p["canonical"], p["stance"], p["red_line"]) for p in positions] == [
        ("Kaja Kallas", "oppose", True)
    ]
    assert positions[0]["published"] == "2025-03-06"
    assert store.positions("nope") == []
    claims = store.claims("s1")
    assert [(c["article_id"], c["status"]) for c in claims] == [
        ("a1", "corroborated"),
        ("b2", "contradicted"),
    ]
    assert claims[1]["conflict"] == ["a1"]
    (why,) = claims[1]["contradictions"]  # the evidence comes back as stored
    assert (why["article"], why["differs"], why["this"], why["other"]) == (
        "a1",
        "verb",
        "shelled Kharkiv",
        "moved troops",
    )


# -- export ----------------------------------------------------------------------------------


def test_jsonl_export_round_trips_the_record(
    store: Store, articles: list[Article], tmp_path: Path
) -> None:
    store.save_articles(articles)
    out = export(store, "jsonl", tmp_path / "out" / "records.jsonl")[0]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [a.to_record() for a in articles]
    assert list(store.articles()) == [a.to_record() for a in articles]


def test_jsonl_export_of_one_table(store: Store, articles: list[Article], tmp_path: Path) -> None:
    store.save_articles(articles)
    out = export(store, "jsonl", tmp_path, table="mentions")[0]
    assert out.name == "mentions.jsonl"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_export_as_files(
    store: Store, articles: list[Article], tmp_path: Path, fmt: str
) -> None:
    full_save(store, articles)
    written = export(store, fmt, tmp_path / fmt)
    assert sorted(p.name for p in written) == sorted(f"{t}.{fmt}" for t in EXPORTABLE)
    counts = store.table_counts(log_tables=True)

    def read(name: str) -> list[dict[str, Any]]:
        path = tmp_path / fmt / f"{name}.{fmt}"
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
        return rows

    for table, n in counts.items():
        assert len(read(table)) == n, table
    flat = read("events_flat")
    assert [e["event_id"] for e in flat] == ["a1-0", "b2-0"]
    first = flat[0]
    assert first["actor1_code"] == "RUSGOV"
    assert first["actor2_name"] == "Lithuania;NATO" and first["actor2_code"] == "LTUGOV;IGO"
    assert first["url"] == "https://example.org/one"
    assert first["sentence"].endswith("to the border.")
    if fmt == "parquet":
        assert first["hypothetical"] is True
        assert read("mentions")[0]["confidence"] == pytest.approx(0.91)


def test_export_rejects_unknown_format_and_table(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="valid: jsonl, csv, parquet"):
        export(store, "xlsx", tmp_path)
    with pytest.raises(ConfigError, match="unknown table 'people'"):
        export(store, "csv", tmp_path, table="people")
