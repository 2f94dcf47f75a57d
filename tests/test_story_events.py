"""Stories across source lineages (the event pass), dates of undated reports, join reasons,
and stories that continue across runs (``sitroom.stories.assign``).

The lineage pairs are written for these tests: two reports of one event as two wire
services would tell it (different words, the same people, place, day, numbers and kind of
event), and the same people three weeks later at another event.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from sitroom.article import Article, Event, Mention, Span
from sitroom.settings import Settings, StoriesSettings
from sitroom.store import Store
from sitroom.stories import assign, cluster
from sitroom.stories.dates import dateline_day, report_date, text_dates
from sitroom.stories.features import DocumentFrequencies, extract
from sitroom.stories.record import describe

SETTINGS = StoriesSettings(
    duplicate_threshold=0.7, join_threshold=0.2, half_life_days=3.0, merge_threshold=0.2
)
#: In a batch of ten reports every shared name is rare, so the words alone join the two
#: lineages at the default join threshold; at 0.4 they do not, as in a real stream where
#: the names are common (the split of issue 22), and the event pass has to join them.
STRICT = replace(SETTINGS, join_threshold=0.4)
NO_PASS = replace(STRICT, merge_threshold=1.0)

WIRE_A = (
    "Taliq Oruzbekov and Maren Holdt signed a 40-year gas transit accord in Tromsvik on "
    "Tuesday, ending a dispute over pipeline fees that had halted deliveries since March. "
    "Under the accord, Kestria will pay Valdmark 2.3 billion euros a year for the "
    "Nordvik line. Oruzbekov called it a fair price for both nations. Holdt said the "
    "first shipments would resume within 14 days."
)
WIRE_B = (
    "Valdmark and Kestria have buried their quarrel over the flow of fuel. Holdt, "
    "Valdmark's head of government, and Kestrian leader Oruzbekov put their names to a "
    "treaty in the port of Tromsvik: the Nordvik route earns 2.3 billion euros each year "
    "for four decades. Supplies cut off in March come back within 14 days, aides told "
    "reporters."
)
WEEKS_LATER = (
    "A new ferry terminal opened in Tromsvik, with Taliq Oruzbekov and Maren Holdt at the "
    "ceremony. Oruzbekov praised the builders and Holdt cut the ribbon while a band "
    "played for the harbour workers and their families."
)
OFF_TOPIC = (
    "Floods along the Rhine forced thousands from their homes in the Ardenne valley, "
    "where rescue crews used boats to reach villages cut off by the water."
)
#: The beat: other weeks' reports naming the same people and places, so that (as in a real
#: stream) the names alone say little about which event a report is about.
BEAT = [
    "Taliq Oruzbekov of Kestria visited a school in Tromsvik and spoke about teachers' pay.",
    "Maren Holdt told the Valdmark parliament that the budget would favour rural clinics.",
    "Kestria and Valdmark held a football friendly; Oruzbekov and Holdt watched the match.",
    "Holdt opened a wind farm near Tromsvik, promising cheaper power for Valdmark homes.",
    "Oruzbekov reshuffled his cabinet in Kestria, naming a new finance minister.",
    "Valdmark and Kestria border guards began joint patrols, Holdt and Oruzbekov announced.",
]
PEOPLE = ("Taliq Oruzbekov", "Maren Holdt", "Oruzbekov", "Holdt")
PLACES = ("Tromsvik", "Valdmark", "Kestria")


def report(
    aid: str, text: str, published: str | None, events: Sequence[str] = (), url: str | None = None
) -> Article:
    """An Article with linked mentions of the people and places above and the given
    PLOVER events anchored on its first sentence (as the NLP stage would give them)."""
    a = Article(text=text, published=published, url=url, publisher=aid.split("-")[0])
    a.assign_id(aid)
    for names, kind in ((PEOPLE, "PERSON"), (PLACES, "GPE")):
        for name in names:
            key = name.split()[-1].lower()
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(x.start <= m.start() < x.end for x in a.mentions):
                    a.mentions.append(Mention(m.start(), m.end(), m.group(), kind, key, key))
    end = text.index(".") + 1
    a.events = [Event(type=t, anchor=Span(0, 5, text[:5]), sentence_start=0, sentence_end=end)
                for t in events]  # fmt: skip
    return a


def lineage_batch(later: str = "2025-03-04") -> list[Article]:
    beat = [
        report(f"bt-{i}", text, (dt.date(2025, 1, 6) + dt.timedelta(weeks=i)).isoformat())
        for i, text in enumerate(BEAT)
    ]
    return [
        *beat,
        report("ap-1", WIRE_A, "2025-03-04", ["AGREE", "COOPERATE"]),
        report("dw-1", WIRE_B, "2025-03-06", ["AGREE", "COOPERATE"]),
        report("ap-2", WEEKS_LATER, later, ["CONSULT"]),
        report("xx-1", OFF_TOPIC, "2025-03-04"),
    ]


def story_of(arts: Sequence[Article]) -> dict[str, str | None]:
    return {a.id: a.story_id for a in arts}


# -- the event pass ---------------------------------------------------------------------------


def test_independent_lineages_of_one_event_join_by_the_event_pass() -> None:
    arts = lineage_batch(later="2025-03-25")
    cluster(arts, NO_PASS)
    assert story_of(arts)["ap-1"] != story_of(arts)["dw-1"]  # the words alone split them
    arts = lineage_batch(later="2025-03-25")
    stories = cluster(arts, STRICT)
    s = story_of(arts)
    assert s["ap-1"] == s["dw-1"] == "s-ap-1"
    assert len({s["ap-1"], s["ap-2"], s["xx-1"]}) == 3
    (joined,) = [st for st in stories if st.story_id == "s-ap-1"]
    why = joined.reasons["dw-1"]
    assert why["how"] == "merged" and why["other"] == "s-dw-1"
    assert {"tromsvik", "nordvik", "2.3"} & set(why["terms"])
    assert "AGREE" in why["events"]
    assert "merged from story s-dw-1" in describe(why)


@pytest.mark.parametrize("settings", [SETTINGS, STRICT])
def test_same_actors_weeks_apart_stay_apart(settings: StoriesSettings) -> None:
    arts = lineage_batch(later="2025-03-25")
    cluster(arts, settings)
    s = story_of(arts)
    assert s["ap-2"] not in (s["ap-1"], s["xx-1"])


def test_same_actors_at_another_event_that_day_do_not_merge() -> None:
    """The people and the town are shared, the event is not: the content words keep the
    ferry terminal out of the gas accord's story even on the same day."""
    arts = lineage_batch(later="2025-03-04")
    cluster(arts, STRICT)
    s = story_of(arts)
    assert s["ap-1"] == s["dw-1"] and s["ap-2"] != s["ap-1"]


def test_the_pass_turned_off_leaves_the_first_pass_alone() -> None:
    arts = lineage_batch()
    stories = cluster(arts, NO_PASS)
    assert all(r["how"] != "merged" for st in stories for r in st.reasons.values())


# -- dates of undated reports -----------------------------------------------------------------


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed on January 15, 2025 in Doha.", ["2025-01-15"]),
        ("On 7 Oct. 2023 and on 2025-01-17.", ["2023-10-07", "2025-01-17"]),
        ("The 3rd of nothing; February 30, 2025 is no date.", []),
        ("Sept 9th, 2024 it was.", ["2024-09-09"]),
    ],
)
def test_text_dates(text: str, expected: list[str]) -> None:
    assert [d for d, _ in text_dates(text)] == [_day(e) for e in expected]


def test_report_date_sources() -> None:
    head = "Gaza deal agreed\n\nJanuary 15, 2025 23:50 IST\n\nTalks in Doha ended."
    assert dateline_day(head) == _day("2025-01-15")
    assert report_date(Article(text=head)).source == "dateline"
    assert report_date(Article(text="x", published="2025-02-01")).day == _day("2025-02-01")
    by_url = Article(text="x", url="https://example.org/2025/02/13/talks")
    assert report_date(by_url).source == "url"
    # In the body, a date is only a floor: the war began then, the report came later.
    body = Article(text="The war began on October 7, 2023. Since October 13, 2025, a truce holds.")
    when = report_date(body)
    assert when.day is None and when.floor == _day("2025-10-13")
    assert report_date(Article(text="Nothing dates this report.")) == report_date(Article(text="-"))


def test_an_undated_report_naming_a_later_date_does_not_join_an_old_story() -> None:
    old = report("ap-1", WIRE_A, "2025-01-04", ["AGREE"])
    later = report(
        "zz-1", WIRE_A.replace("Tuesday", "Tuesday, October 14, 2025,") + " Reporting by Ana.", None
    )
    undated = report("zz-2", WIRE_B, None, ["AGREE"])
    cluster([old, later, undated], replace(SETTINGS, duplicate_threshold=0.99))
    assert later.story_id != old.story_id  # it names October 2025: not a January story
    assert undated.story_id == old.story_id  # nothing dates it: it may still join


# -- stories across runs -----------------------------------------------------------------------


def stored_partition(store: Store) -> dict[str, str]:
    rows = store.connection.execute("SELECT article_id, story_id FROM story_articles")
    return {r[0]: r[1] for r in rows}


def pair_f1(a: dict[str, str], b: dict[str, str]) -> float:
    assert set(a) == set(b)
    pa = {p for p in itertools.combinations(sorted(a), 2) if a[p[0]] == a[p[1]]}
    pb = {p for p in itertools.combinations(sorted(b), 2) if b[p[0]] == b[p[1]]}
    if not pa and not pb:
        return 1.0
    tp = len(pa & pb)
    return 2 * tp / (len(pa) + len(pb))


def feed(runs: Sequence[Sequence[Article]], settings: StoriesSettings) -> Store:
    store = Store.open(":memory:")
    for run in runs:
        batch = copy.deepcopy(list(run))
        store.save_articles(batch)
        stories = assign(store, batch, settings)
        assert all(a.story_id in {s.story_id for s in stories} for a in batch)
    return store


def check_runs(arts: list[Article], settings: StoriesSettings) -> None:
    third = len(arts) // 3 + 1
    rev = arts[::-1]
    orders = {
        "one run": [arts],
        "three runs": [arts[:third], arts[third : 2 * third], arts[2 * third :]],
        "reverse, three runs": [rev[:third], rev[third : 2 * third], rev[2 * third :]],
        "one at a time": [[a] for a in arts],
    }
    partitions = {}
    for name, runs in orders.items():
        with feed(runs, settings) as store:
            partitions[name] = stored_partition(store)
            assert len(partitions[name]) == len(arts), name  # every article in a story
            empty = store.connection.execute("SELECT count(*) FROM stories WHERE n_articles = 0")
            assert empty.fetchone()[0] == 0, name
            assert all(r["n_articles"] > 0 for r in store.stories()), name
    first = partitions["one run"]
    assert len(set(first.values())) < len(first)  # some stories hold several reports
    for name, part in partitions.items():
        assert pair_f1(first, part) >= 0.98, name


def test_example_corpus_in_one_three_and_reverse_runs_text_only(
    examples: Path, settings: Settings
) -> None:
    from sitroom.read import read_paths
    from sitroom.run.pipeline import prepare

    arts = [
        prepare(a) for a in read_paths([str(examples)], settings.ingest) if isinstance(a, Article)
    ]
    check_runs(arts, settings.stories)


@pytest.mark.model
def test_example_corpus_in_one_three_and_reverse_runs(examples: Path, pipeline: object) -> None:
    from sitroom.read import read_paths
    from sitroom.run.pipeline import Pipeline

    assert isinstance(pipeline, Pipeline)
    raw = [
        a for a in read_paths([str(examples)], pipeline.settings.ingest) if isinstance(a, Article)
    ]
    check_runs(list(pipeline.process(raw)), pipeline.settings.stories)


def test_a_rerun_keeps_the_stories_and_counts_nothing_twice() -> None:
    arts = lineage_batch(later="2025-03-25")
    with feed([arts, arts], STRICT) as store:
        twice = stored_partition(store)
        n_docs = store.story_state("n_docs")
    with feed([arts], STRICT) as store:
        assert stored_partition(store) == twice
        assert store.story_state("n_docs") == n_docs == str(len(arts)).encode()
        row = store.story("s-ap-1")
        assert row is not None
        reasons = {a["id"]: a["reason"]["how"] for a in row["articles"]}
        assert reasons == {"ap-1": "opened", "dw-1": "merged"}


def test_a_story_emptied_by_a_later_run_is_deleted() -> None:
    with Store.open(":memory:") as store:
        arts = lineage_batch()
        store.save_articles(arts)
        store.save_stories([{"story_id": "s-old", "article_ids": ["ap-1"]}])
        store.save_stories([{"story_id": "s-new", "article_ids": ["ap-1", "dw-1"]}])
        assert [s["story_id"] for s in store.stories()] == ["s-new"]
        assert store.story("s-old") is None


def test_document_frequencies_round_trip() -> None:
    df = DocumentFrequencies(bits=10)
    for a in lineage_batch():
        df.observe(extract(a, 0))
    back = DocumentFrequencies.from_bytes(df.to_bytes(), df.n_docs)
    keys = ["tromsvik", "holdt", "unseen"]
    assert back.n_docs == len(BEAT) + 4 and back.idf("k", keys) == df.idf("k", keys)


@pytest.mark.parametrize(("dateline", "joins"), [("March 5", True), ("March 13", False)])
def test_a_yearless_wire_dateline_dates_an_undated_report(dateline: str, joins: bool) -> None:
    """ "TROMSVIK, March 13 (Agency) -" is nine days after the story: the nearest March 13
    to it counts, so the time decay keeps the report out; March 5 is the next day."""
    arts = lineage_batch(later="2025-03-25")
    (wire_b,) = [a for a in arts if a.id == "dw-1"]
    undated = report("ag-1", f"TROMSVIK, {dateline} (Agency) - {WIRE_B}", None, ["AGREE"])
    assert report_date(undated).month_day == (3, int(dateline.split()[1]))
    arts = [a for a in arts if a is not wire_b] + [undated]
    cluster(arts, SETTINGS)
    s = story_of(arts)
    assert (s["ag-1"] == s["ap-1"]) is joins


@pytest.mark.parametrize("dense", [False, True])
def test_document_frequencies_sparse_and_dense_forms_round_trip(dense: bool) -> None:
    """A table with few filled slots is stored as slots and counts, a dense one whole,
    and both load back the same table; a table stored whole before the sparse form
    existed loads too."""
    df = DocumentFrequencies(bits=8)
    slots = range(0, 256, 1 if dense else 37)
    df._df[list(slots)] = [i % 5 + 1 for i in slots]
    df.n_docs = 9
    blob = df.to_bytes()
    assert blob.startswith(b"DFS1") is not dense
    back = DocumentFrequencies.from_bytes(blob, df.n_docs)
    assert back._df.tolist() == df._df.tolist() and back._mask == df._mask
    old_form = zlib.compress(df._df.tobytes(), 6)
    assert DocumentFrequencies.from_bytes(old_form, 9)._df.tolist() == df._df.tolist()
