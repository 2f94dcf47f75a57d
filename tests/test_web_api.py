"""The application API (sitroom.open) and the HTTP API over it: every endpoint with its
content, bad parameters (404, 422, 400, 413), the token check and background ingest."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import sitroom
import web_data
from sitroom.errors import ConfigError, NotFoundError, QueryError
from sitroom.settings import Settings
from sitroom.show.web.app import create_app
from sitroom.store import Store
from web_data import LOCAL, STORY


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("hostile") / "hostile.db")
    web_data.build(db)
    return db


@pytest.fixture(scope="module")
def room(hostile_db: str, settings: Settings) -> sitroom.Situation:
    return sitroom.open(hostile_db, settings)


@pytest.fixture(scope="module")
def client(room: sitroom.Situation) -> Iterator[TestClient]:
    with TestClient(create_app(room, max_upload_bytes=4000)) as c:
        yield c


# -- the Python API ------------------------------------------------------------------------


def test_python_api_lists_filter_sort_and_paginate(room: sitroom.Situation) -> None:
    assert set(sitroom.__all__) >= {"open", "Situation", "Page", "Filters"}
    page = room.articles(sort="date", limit=1)
    assert page.total == 2 and len(page.items) == 1
    assert page.items[0]["published"] == "2025-03-01"
    second = room.articles(sort="date", limit=1, offset=1)
    assert second.items[0]["published"] == "2025-03-04"
    assert room.articles(outlet="ATLAS-DAILY").total == 1
    assert room.articles(since="2025-03-02").total == 1
    assert room.articles(actor="evil").total == 2
    assert room.events(type="request", until="2025-03-01").total == 1
    assert room.events(actor="RUS").total == 2
    assert room.events(actor="france").total == 0
    assert [p["stance"] for p in room.positions(sort="date").items] == ["oppose", "support"]
    assert room.claims(type="contradicted", story=STORY).total == 2
    assert room.quotes(actor=LOCAL).items[0]["speaker_actor_id"] == LOCAL
    assert room.stories(outlet="atlas-daily").total == 1
    assert room.stories(since="2025-03-05").total == 0
    assert [a["actor_id"] for a in room.actors(type="gpe", sort="name").items] == ["RUS", "UKR"]


def test_python_api_pictures(room: sitroom.Situation) -> None:
    story = room.story(STORY)
    assert [a["publisher"] for a in story["articles"]][1] == "atlas-daily"
    assert story["summary"][0]["n"] == 1  # cited as the first article
    assert {c["other"]["publisher"] for c in story["claims"]} == {
        "atlas-daily",
        story["articles"][0]["publisher"],
    }
    assert {t["kind"] for t in story["timeline"]} == {"event", "statement"}
    cell = story["matrix"]["cells"][f"{LOCAL}|territorial_concessions"]
    assert cell["current_stance"] == "support" and cell["changed"] is True
    actor = room.actor(LOCAL)
    assert actor["kb"] is None and "Evil" in actor["origin"]["sentence"]
    # the role both reports state, from the one stored last, with the sentence stating it
    assert actor["role"] == web_data.ROLE and actor["origin"]["publisher"] == "atlas-daily"
    assert actor["origin"]["sentence"] == actor["role_evidence"]
    assert len(actor["quotes"]) == 2
    ukraine = room.actor("UKR")
    assert len(ukraine["as_source"]) == 2 and ukraine["as_target"] == []
    issue = room.issue("territorial_concessions")
    assert issue["positions"][0]["stances_by_date"] == [
        ("2025-03-01", "oppose"),
        ("2025-03-04", "support"),
    ]
    history = issue["positions"][0]["history"]
    assert [h["stance"] for h in history] == ["oppose", "support"]
    assert history[0]["publisher"].startswith("evil-wire")
    assert history[1]["publisher"] == "atlas-daily"
    assert "We will never accept" in history[1]["evidence"]
    net = room.network()
    assert {(e["source"], e["target"], e["kind"], e["weight"]) for e in net["edges"]} == {
        ("UKR", "RUS", "event", 2),
        (LOCAL, "UKR", "statement", 2),
    }
    assert room.network(kind="event", since="2025-03-02")["edges"][0]["weight"] == 1
    overview = room.overview()
    assert len(overview["contradictions"]) == 2
    assert [w["quality_flags"] for w in overview["warnings"]] == [["garbled"]]


def test_only_shown_and_factual_events_count(tmp_path: Path, settings: Settings) -> None:
    """An event kept for recall studies (no source actor) is never listed; a denied or
    hypothetical one is listed with its flag but is no edge of the network and no step of
    the timeline."""
    one, _ = web_data.build(str(tmp_path / "seed.db"))
    base = one.events[0]
    kept = replace(base, actor=[], shown=False, type="ASSAULT")
    denied = replace(base, type="THREATEN", negated=True)
    maybe = replace(base, type="SANCTION", hypothetical=True)
    one.events = [base, kept, denied, maybe]
    db = str(tmp_path / "flags.db")
    with Store.open(db) as store:
        store.save_articles([one])
    flagged = sitroom.open(db, settings)
    listed = flagged.events(limit=10).items
    assert sorted(e["type"] for e in listed) == ["REQUEST", "SANCTION", "THREATEN"]
    assert [e["hypothetical"] for e in listed if e["type"] == "SANCTION"] == [True]
    assert [(e["source"], e["target"]) for e in flagged.network(kind="event")["edges"]] == [
        ("UKR", "RUS")
    ]
    assert flagged.network(kind="event")["edges"][0]["weight"] == 1


def test_python_api_lists_every_row_as_the_store_does(
    room: sitroom.Situation, hostile_db: str
) -> None:
    """``limit=None`` is every row, in the order the store's own queries give (what the
    command line prints)."""
    pages = {
        "articles": room.articles(limit=None),
        "stories": room.stories(limit=None),
        "actors": room.actors(limit=None),
        "quotes": room.quotes(limit=None),
        "events": room.events(limit=None),
        "positions": room.positions(limit=None),
        "claims": room.claims(limit=None),
    }
    for name, page in pages.items():
        assert page.limit is None and len(page.items) == page.total > 0, name
        assert page.to_dict()["limit"] is None
    assert [a["id"] for a in room.articles(limit=None, offset=1).items] == [
        a["id"] for a in pages["articles"].items[1:]
    ]

    def ids(rows: list[dict[str, object]], *keys: str) -> list[tuple[object, ...]]:
        return [tuple(r[k] for k in keys) for r in rows]

    with Store.open(hostile_db) as store:
        assert ids(pages["stories"].items, "story_id") == ids(store.stories(), "story_id")
        assert pages["actors"].items == store.actors()
        for actor in (None, LOCAL, "evil"):
            listed = room.quotes(actor=actor, limit=None).items
            assert ids(listed, "quote_id") == ids(store.quotes(actor), "quote_id")
        for actor, type in ((None, None), ("RUS", None), ("ukraine", "request"), ("fr", None)):
            listed = room.events(actor=actor, type=type, limit=None).items
            assert ids(listed, "event_id") == ids(store.events(actor, type), "event_id")
        listed = room.claims(story=STORY, limit=None).items
        assert ids(listed, "claim_id") == ids(store.claims(STORY), "claim_id")


def test_events_until_includes_the_whole_day(tmp_path: Path, settings: Settings) -> None:
    """``until`` keeps a date with a time on that day, in the API and in the store alike."""
    db = str(tmp_path / "times.db")
    web_data.build(db)
    with Store.open(db) as store:
        store.connection.execute("UPDATE events SET date = NULL")
        store.connection.execute("UPDATE articles SET published = published || 'T10:00'")
        assert len(store.events(until="2025-03-01")) == 1
        assert len(store.events(since="2025-03-04", until="2025-03-04")) == 1
    room = sitroom.open(db, settings)
    assert room.events(until="2025-03-01").total == 1
    assert room.events(since="2025-03-04", until="2025-03-04").total == 1


def test_python_api_story_members(room: sitroom.Situation) -> None:
    story = room.story_members(STORY)
    assert (story["story_id"], story["n_articles"]) == (STORY, 2)
    assert [a["published"] for a in story["articles"]] == ["2025-03-01", "2025-03-04"]
    # built without join reasons: said in words all the same
    assert {a["why"] for a in story["articles"]} == {"assigned before join reasons were recorded"}
    assert "matrix" not in story  # the stored story, not its picture
    with pytest.raises(NotFoundError, match="no story 'nope'"):
        room.story_members("nope")


def test_python_api_positions_report_and_proposed_issues(room: sitroom.Situation) -> None:
    report = room.positions_report(story=STORY)
    assert report.header == ["actor", "territorial_concessions"]
    assert report.rows == [[web_data.EVIL, "support! (was oppose)"]]
    assert [(f.story_id, f.n_articles) for f in report.fits] == [(STORY, 2)]
    assert [(e[2], e[3], e[4]) for e in report.evidence] == [
        ("oppose!", "2025-03-01", f"evil-wire {web_data.SCRIPT}"),
        ("support!", "2025-03-04", "atlas-daily"),
    ]
    assert room.positions_report(story="nope").rows == []
    rescored = room.positions_report(story=STORY, catalog="european_security", rescore=True)
    assert rescored.rows == report.rows  # no stored parse: the stored positions stay
    assert any("without their parse" in w for w in rescored.warnings)
    proposed = room.propose_issues(limit=3)
    assert proposed.no_parse == 2 and "name: proposed_corpus" in proposed.yaml
    assert "proposed_s-hostile" in room.propose_issues(story=STORY).yaml


def test_python_api_exports_records_to_a_stream(room: sitroom.Situation) -> None:
    stream = io.StringIO()
    assert room.export("jsonl", stream) == []
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert sorted(r["id"] for r in records) == sorted(a["id"] for a in room.articles().items)
    with pytest.raises(ConfigError, match="give a folder"):
        room.export("csv", io.StringIO())


def test_python_api_errors(room: sitroom.Situation) -> None:
    with pytest.raises(NotFoundError):
        room.story("nope")
    with pytest.raises(NotFoundError):
        room.actor("nope")
    with pytest.raises(QueryError, match="valid: date"):
        room.events(sort="nonsense")
    with pytest.raises(QueryError, match="FTS5"):
        room.search('"unbalanced', strict=True)
    assert room.search('"unbalanced') == []  # lenient: searched as plain words


# -- the HTTP API --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "key", "expected"),
    [
        ("/api/articles?outlet=atlas-daily", "total", 1),
        ("/api/articles?since=2025-03-02&until=2025-03-04", "total", 1),
        ("/api/stories?sort=-coverage", "total", 1),
        ("/api/quotes?actor=evil", "total", 2),
        ("/api/events?type=REQUEST&actor=RUS", "total", 2),
        ("/api/events?until=2025-02-28", "total", 0),
        ("/api/positions?issue=territorial_concessions", "total", 2),
        ("/api/claims?type=contradicted", "total", 2),
        ("/api/claims?type=corroborated", "total", 0),
        ("/api/actors?type=GPE", "total", 2),
        ("/api/issues", "total", 1),
        ("/api/search?q=%22red%20line%22", "total", 4),
    ],
)
def test_lists(client: TestClient, url: str, key: str, expected: int) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.json()[key] == expected


def test_pagination_and_sorting(client: TestClient) -> None:
    first = client.get("/api/articles?limit=1&sort=date").json()
    last = client.get("/api/articles?limit=1&offset=1&sort=date").json()
    assert (first["total"], first["limit"], first["offset"]) == (2, 1, 0)
    assert first["items"][0]["published"] < last["items"][0]["published"]
    newest = client.get("/api/articles?limit=1&sort=-date").json()
    assert newest["items"][0]["id"] == last["items"][0]["id"]


def test_one_thing_endpoints(client: TestClient, room: sitroom.Situation) -> None:
    story = client.get(f"/api/stories/{STORY}").json()
    assert len(story["articles"]) == 2 and story["matrix"]["issues"] == ["territorial_concessions"]
    article_id = story["articles"][0]["id"]
    assert client.get(f"/api/articles/{article_id}").json()["id"] == article_id
    assert client.get("/api/actors/local%3Aevil-minister").json()["mention_count"] == 2
    issue = client.get("/api/issues/territorial_concessions").json()
    assert issue["n_statements"] == 2
    assert len(client.get("/api/network?kind=statement").json()["edges"]) == 1
    assert len(client.get("/api/overview").json()["contradictions"]) == 2
    hit = client.get("/api/search?q=ceasefire&limit=1").json()["items"][0]
    assert "[" in hit["snippet"] and "\x02" not in hit["snippet"]
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/ingest", "/api/jobs/{job_id}", "/api/search"} <= set(paths)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/stories/nope", 404),
        ("/api/actors/nope", 404),
        ("/api/articles/nope", 404),
        ("/api/issues/nope", 404),
        ("/api/jobs/nope", 404),
        ("/api/nothing", 404),
        ("/api/events?since=yesterday", 422),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=abc", 422),
        ("/api/network?kind=rumour", 422),
        ("/api/search", 422),
        ("/api/search?q=%22red", 400),
        ("/api/search?q=AND%20OR", 400),
        ("/api/events?sort=nonsense", 400),
        ("/api/stories?sort=-color", 400),
    ],
)
def test_bad_requests_are_json_errors(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "kind", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"[]", "application/json", 422),
        (b'[{"title": "no text"}]', "application/json", 422),
        (b"text", "text/plain", 400),
        (b"x" * 5000, "application/json", 413),
    ],
)
def test_bad_ingest(client: TestClient, body: bytes, kind: str, status: int) -> None:
    response = client.post("/api/ingest", content=body, headers={"content-type": kind})
    assert response.status_code == status, response.text


def test_upload_over_the_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/ingest", files={"files": ("big.txt", b"word " * 2000)})
    assert response.status_code == 413
    assert "web.max_upload_bytes" in response.json()["detail"]


def test_token(room: sitroom.Situation) -> None:
    with TestClient(create_app(room, token="s3cret"), follow_redirects=False) as c:
        assert c.get("/api/stories").status_code == 401
        assert c.get("/").status_code == 401
        bad = {"Authorization": "Bearer wrong"}
        assert c.get("/api/stories", headers=bad).status_code == 401
        good = {"Authorization": "Bearer s3cret"}
        assert c.get("/api/stories", headers=good).json()["total"] == 1
        landing = c.get("/?token=s3cret")
        assert landing.status_code == 303 and landing.headers["location"] == "/"
        assert "httponly" in landing.headers["set-cookie"].lower()
        assert c.get("/").status_code == 200  # the cookie set above


@pytest.mark.model
def test_ingest_records_and_files_in_the_background(
    hostile_db: str, settings: Settings, tmp_path: Path
) -> None:
    db = tmp_path / "ingest.db"
    db.write_bytes(Path(hostile_db).read_bytes())
    room = sitroom.open(db, settings)
    text = (
        "BRUSSELS, March 5, 2025 - NATO Secretary General Mark Rutte said on Wednesday that "
        '"Europe must do more for its own defence," as ministers met in Brussels.'
    )
    with TestClient(create_app(room)) as c:
        queued = c.post("/api/ingest", json={"records": [{"text": text, "title": "Rutte"}]})
        assert queued.status_code == 202
        job = _wait(c, queued.json()["id"])
        assert job["state"] == "done", job
        assert (job["n_inputs"], job["n_done"], job["result"]["n_new"]) == (1, 1, 1)
        upload = c.post(
            "/api/ingest",
            files=[
                ("files", ("../../etc/evil name.txt", text.replace("Wednesday", "Thursday"))),
                ("files", ("empty.txt", b"")),
            ],
        )
        job = _wait(c, upload.json()["id"])
        assert job["state"] == "done" and job["result"]["n_new"] == 1
        assert job["result"]["n_skipped"] == 1  # the empty file, with its reason
        quotes = c.get("/api/quotes?actor=rutte").json()
        assert quotes["total"] == 2


def _wait(c: TestClient, job_id: str) -> dict[str, object]:
    for _ in range(600):
        job: dict[str, object] = c.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def test_python_api_loads_stored_articles(room: sitroom.Situation) -> None:
    ids = [a["id"] for a in room.story_members(STORY)["articles"]]
    loaded = room.load_articles([*ids, "no-such-article"])
    assert [a.id for a in loaded] == ids
    assert all(a.events and a.quotes and a.claims for a in loaded)
