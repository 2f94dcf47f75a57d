"""The role the text states for a person outside the knowledge base: stored with each
mention (the sentence as offsets into the article's text), summarised on the actor (the
role most reports state, with its sentence and report), exported, and read back from a
store built before the columns existed. Sentences are written for these tests; the names
are invented."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from sitroom.article import Article, Mention, Span
from sitroom.run.pipeline import Pipeline
from sitroom.store import Store, export, migrate
from sitroom.store.migrate import latest_version

PERSON = "local:person:halvard-quennec"
ROLE = "spokesperson for Norway's prime minister"


def _described(text: str, name: str, role: str, article_id: str) -> Article:
    """An article whose first sentence states ``role`` for ``name``, named again later."""
    sentence_end = text.index(".") + 1
    evidence = Span(0, sentence_end, text[:sentence_end])
    mentions = []
    for seq, word in enumerate((name, name.split()[-1])):
        start = text.index(word, 0 if seq == 0 else sentence_end)
        mentions.append(
            Mention(start, start + len(word), word, "PERSON", PERSON, name, "NOR", "GOV", 0.5)
        )
        mentions[-1].role = role
        mentions[-1].role_evidence = Span(evidence.start, evidence.end, evidence.text)
    article = Article(text=text, source=f"{article_id}.txt", publisher=f"outlet {article_id}")
    article.mentions = mentions
    article.assign_id(article_id)
    return article


def _one() -> Article:
    # the accents before the sentence's end check that offsets count characters, not bytes
    text = f"Halvard Quennec, {ROLE}, told Ærø radio that talks would resume. Quennec gave no date."
    return _described(text, "Halvard Quennec", ROLE, "r1")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "roles.db")


def test_the_role_and_its_sentence_round_trip(store: Store) -> None:
    article = _one()
    store.save_articles([article])
    loaded = next(store.load_articles(["r1"]))
    assert loaded.to_record() == article.to_record()
    evidence = loaded.mentions[1].role_evidence
    assert evidence is not None and evidence.text.endswith("talks would resume.")
    record = loaded.to_record()["mentions"][0]
    assert record["role"] == ROLE and record["role_evidence"]["start"] == 0


def test_the_actor_takes_the_role_most_reports_state(store: Store) -> None:
    adviser = _described(
        "Halvard Quennec, an adviser to the cabinet, spoke first. Quennec left early.",
        "Halvard Quennec",
        "an adviser to the cabinet",
        "r2",
    )
    again = _described(
        f"Halvard Quennec, {ROLE}, denied the report. Quennec said so twice.",
        "Halvard Quennec",
        ROLE,
        "r3",
    )
    store.save_articles([_one(), adviser, again])
    store.rebuild_actors()
    (actor,) = store.actors()
    assert (actor["actor_id"], actor["kind"], actor["mention_count"]) == (PERSON, "local", 6)
    assert actor["role"] == ROLE  # two reports against one
    assert (actor["role_evidence"], actor["role_article"]) == (
        f"Halvard Quennec, {ROLE}, denied the report.",
        "r3",  # the one stated last
    )
    store.refresh_actors([PERSON])
    assert store.actors() == [actor]


def test_a_tie_goes_to_the_role_stated_last(store: Store) -> None:
    later = _described(
        "Halvard Quennec, a former envoy, was in Oslo. Quennec stayed.",
        "Halvard Quennec",
        "a former envoy",
        "r4",
    )
    store.save_articles([_one(), later])
    store.rebuild_actors()
    assert store.actors()[0]["role"] == "a former envoy"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_roles_are_exported(store: Store, tmp_path: Path, fmt: str) -> None:
    store.save_articles([_one()])
    store.rebuild_actors()
    export(store, fmt, tmp_path / fmt)
    if fmt == "csv":
        with (tmp_path / fmt / "actors.csv").open(encoding="utf-8") as fh:
            (row,) = list(csv.DictReader(fh))
        assert row["role"] == ROLE and row["role_article"] == "r1"
        with (tmp_path / fmt / "mentions.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert {r["role"] for r in rows} == {ROLE} and {r["role_start"] for r in rows} == {"0"}
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(tmp_path / fmt / "mentions.parquet").to_pylist()
        assert {r["role"] for r in table} == {ROLE}


def test_a_store_built_before_roles_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    role = next(m.version for m in migrate.available() if m.name == "mention_role")
    before = [m for m in migrate.available() if m.version < role]  # the older code's
    monkeypatch.setattr(migrate, "available", lambda: before)
    Store.open(path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)  # a mention stored by the older code
    conn.execute(
        "INSERT INTO articles (id, content_hash, text, ingested_at) VALUES "
        "('old', 'h', 'Ines Marrow spoke.', '2026-01-01')"
    )
    conn.execute(
        'INSERT INTO mentions (article_id, seq, "start", "end", text, type, actor_id) '
        "VALUES ('old', 0, 0, 11, 'Ines Marrow', 'PERSON', 'local:person:ines-marrow')"
    )
    conn.commit()
    conn.close()
    with Store.open(path) as st:
        assert st.schema_version == latest_version()
        columns = {r[1] for r in st.connection.execute("PRAGMA table_info(mentions)")}
        assert {"role", "role_start", "role_end"} <= columns
        (old,) = st.load_articles(["old"])
        assert (old.mentions[0].role, old.mentions[0].role_evidence) == (None, None)
        st.rebuild_actors()
        assert st.actors()[0]["role"] is None
        st.save_articles([_one()])
        st.rebuild_actors()
        assert {a["actor_id"]: a["role"] for a in st.actors()}[PERSON] == ROLE


@pytest.mark.model
def test_the_same_described_person_in_two_reports_is_one_actor(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    texts = [
        "Pakistani Defence Minister Rashid Qamarani said on Monday that the border was calm. "
        "Qamarani added that talks with Kabul would go on.",
        "The army was put on alert on Tuesday. Rashid Qamarani, Pakistan's defence minister, "
        "said the alert was a precaution.",
    ]
    articles = pipeline.extract_texts(texts)
    with Store.open(tmp_path / "two.db") as st:
        st.save_articles(articles)
        st.rebuild_actors()
        people = [a for a in st.actors(type="person") if "Qamarani" in (a["canonical"] or "")]
    assert len(people) == 1, people
    (person,) = people
    assert person["actor_id"] == "local:person:rashid-qamarani"
    # a defence minister is a cabinet member: PLOVER's GOVMIL, primary code GOV
    assert (person["country"], person["sector"], person["mention_count"]) == ("PAK", "GOV", 3)
    assert person["role"] in ("Pakistani Defence Minister", "Pakistan's defence minister")
    assert person["role_evidence"].startswith(("Pakistani Defence", "Rashid Qamarani,"))
