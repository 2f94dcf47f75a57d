"""The evaluation's metric functions, gold loaders and runners on tiny hand-made cases.

No model and no shared data: runners get a fake pipeline that returns hand-made articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from sitroom.article import ActorRef, Article, Claim, Event, Mention, Position, Quote, Span, Speaker
from sitroom.errors import EvaluationError, InputError
from sitroom.evaluate import run_evaluation
from sitroom.evaluate.align import fold_name, locate, locate_all, offset_mapper
from sitroom.evaluate.gold import (
    ActorGold,
    ClaimGold,
    EventGold,
    PositionGold,
    QuoteGold,
    SeedArticle,
    SeedsGold,
    load_brat,
    load_examples,
    load_plover,
    parse_ann,
)
from sitroom.evaluate.runners import (
    ref_code,
    run_examples,
    run_plover,
    run_polnear,
    run_zyte,
    top_event,
)
from sitroom.evaluate.scorecard import Scorecard, load_floors, metric
from sitroom.evaluate.scorers import (
    PRF,
    GoldAttribution,
    PredictedQuote,
    bag_of_words_prf,
    bcubed_prf,
    mean_prf,
    pairwise_prf,
    prf,
    score_quotes,
    set_prf,
)
from sitroom.evaluate.seeds import actor_stands_for, is_group_name, score_seeds
from sitroom.settings import load_settings

approx = pytest.approx


# -- counts and partitions --------------------------------------------------------------------


def test_prf_perfect_empty_partial() -> None:
    assert prf(3, 0, 0) == PRF(1.0, 1.0, 1.0)
    assert prf(0, 0, 3).f1 == 0.0
    assert prf(0, 0, 0).f1 == 1.0  # nothing to find, nothing found
    partial = prf(1, 1, 2)
    assert astuple(partial) == approx((0.5, 1 / 3, 0.4))


GOLD_PARTITION = [["a", "b", "c"], ["d"]]


@pytest.mark.parametrize("scorer", [pairwise_prf, bcubed_prf])
def test_partition_perfect(scorer: Any) -> None:
    assert scorer(GOLD_PARTITION, [["d"], ["c", "a", "b"]]).f1 == 1.0


def test_partition_empty_prediction() -> None:
    # No story found at all: every document alone.
    assert pairwise_prf(GOLD_PARTITION, []).f1 == 0.0
    assert pairwise_prf(GOLD_PARTITION, []).recall == 0.0
    assert bcubed_prf(GOLD_PARTITION, []).recall == approx((1 / 3 + 1 / 3 + 1 / 3 + 1) / 4)


def test_partition_partial() -> None:
    pred = [["a", "b"], ["c", "d"]]
    pw = pairwise_prf(GOLD_PARTITION, pred)
    assert astuple(pw) == approx((0.5, 1 / 3, 0.4))
    b3 = bcubed_prf(GOLD_PARTITION, pred)
    assert b3.precision == approx(0.75)
    assert b3.recall == approx(2 / 3)
    assert b3.f1 == approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_partition_ignores_documents_outside_the_gold() -> None:
    assert pairwise_prf([["a", "b"]], [["a", "b", "zzz"]]).f1 == 1.0


def test_all_singletons_agree() -> None:
    assert pairwise_prf([["a"], ["b"]], [["a"], ["b"]]).f1 == 1.0


# -- words ------------------------------------------------------------------------------------


def test_bag_of_words() -> None:
    gold = "The cat sat on the mat."
    assert bag_of_words_prf("the CAT sat, on the mat", gold).f1 == 1.0
    assert bag_of_words_prf("", gold).f1 == 0.0
    partial = bag_of_words_prf("the cat sat", gold)
    assert astuple(partial) == approx((1.0, 0.5, 2 / 3))
    # a multiset: one "the" predicted twice counts once too many
    assert bag_of_words_prf("the the the", "the the").precision == approx(2 / 3)


def test_mean_prf() -> None:
    assert mean_prf([prf(1, 0, 0), prf(0, 0, 1)]).f1 == 0.5
    assert mean_prf([]).f1 == 0.0


def test_set_prf() -> None:
    assert set_prf([({"USA"}, {"USA"}), (set(), set())]).f1 == 1.0
    assert set_prf([(set(), {"USA"})]).f1 == 0.0
    partial = set_prf([({"USA", "RUS"}, {"USA"}), (set(), {"UKR"})])
    assert (partial.precision, partial.recall) == (0.5, 0.5)


# -- quotes (PolNeAR rule) --------------------------------------------------------------------

GOLD_ATTR = [
    GoldAttribution(content=((10, 20),), source=((0, 5),)),
    GoldAttribution(content=((30, 35), (40, 45)), source=()),  # discontinuous, no source
]


def test_quotes_perfect() -> None:
    pred = [PredictedQuote((10, 20), (0, 5)), PredictedQuote((30, 45))]
    result = score_quotes(GOLD_ATTR, pred, 0.3)
    assert result.counts.prf().f1 == 1.0
    assert result.counts.speaker_accuracy == 1.0
    assert result.speaker_ok == [True, None]


def test_quotes_empty() -> None:
    result = score_quotes(GOLD_ATTR, [], 0.3)
    assert result.counts.prf().f1 == 0.0
    assert result.counts.speakers == 0


def test_quotes_partial_overlap_thresholds() -> None:
    # 3 of the 10 gold characters: found at 30%, not at 80%; a spurious quote lowers precision.
    pred = [PredictedQuote((17, 30), (1, 3)), PredictedQuote((60, 70))]
    at30 = score_quotes(GOLD_ATTR, pred, 0.3).counts
    assert (at30.gold_matched, at30.predicted_matched) == (1, 1)
    assert at30.prf().precision == 0.5
    assert at30.prf().recall == 0.5
    assert at30.speaker_accuracy == 1.0
    assert score_quotes(GOLD_ATTR, pred, 0.8).counts.gold_matched == 0


def test_quotes_wrong_speaker() -> None:
    result = score_quotes(GOLD_ATTR[:1], [PredictedQuote((10, 20), (6, 9))], 0.3)
    assert result.counts.speaker_accuracy == 0.0
    assert result.speaker_ok == [False]


ANN = (
    "T1\tSource 0 5\tAlice\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 20;25 30\tsomething else\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 40 50\tpolls show\n"
    "T6\tAttribution-no-source 51 55\tshow\n"
    "E2\tAttribution-no-source:T6 Content:T5\n"
    "T7\tDiscuss 0 5\tAlice\n"
)


def test_parse_ann() -> None:
    attrs = parse_ann(ANN)
    assert attrs == [
        GoldAttribution(content=((11, 20), (25, 30)), source=((0, 5),)),
        GoldAttribution(content=((40, 50),), source=()),
    ]


def test_parse_ann_malformed() -> None:
    with pytest.raises(EvaluationError, match=r"x\.ann:1"):
        parse_ann("T1\tSource zero 5\tAlice\n", "x.ann")


@pytest.mark.parametrize("layout", ["split", "flat"])
def test_load_brat_layouts(tmp_path: Path, layout: str) -> None:
    text_dir = tmp_path / "text" if layout == "split" else tmp_path
    ann_dir = tmp_path / "attributions" if layout == "split" else tmp_path
    text_dir.mkdir(exist_ok=True)
    ann_dir.mkdir(exist_ok=True)
    (text_dir / "doc.txt").write_text("x" * 60, encoding="utf-8")
    (ann_dir / ("doc_ab12.ann" if layout == "split" else "doc.ann")).write_text(ANN, "utf-8")
    if layout == "split":  # a second annotator: the first file by name is used
        (ann_dir / "doc_ff00.ann").write_text("", encoding="utf-8")
    docs = load_brat(tmp_path)
    assert [d.name for d in docs] == ["doc"]
    assert len(docs[0].attributions) == 2


def test_load_brat_missing(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"no \.txt files"):
        load_brat(tmp_path)


# -- text alignment ---------------------------------------------------------------------------


def test_locate_survives_repairs() -> None:
    cleaned = "Dovilė Šakalienė said: \u201cwe\u2019re  giving\nit all.\u201d"
    span = locate(cleaned, "we're giving it all")
    assert span is not None
    assert cleaned[span[0] : span[1]] == "we\u2019re  giving\nit all"
    assert locate(cleaned, "Dovile Sakaliene") == (0, 16)
    assert locate(cleaned, "entirely absent words here") is None


def test_locate_fuzzy_fallback() -> None:
    cleaned = "The Russia-NATO Council met again."
    span = locate(cleaned, "Russia- NATO Council")
    assert span is not None
    assert "NATO Council" in cleaned[span[0] : span[1]]


def test_locate_all_whole_words() -> None:
    text = "Europe and the EU; EU-wide"
    assert locate_all(text, "EU") == [(15, 17), (19, 21)]


def test_fold_name() -> None:
    assert fold_name("Jean-Noël Barrot") == fold_name("jean noel  BARROT")
    assert fold_name(None) == ""


def test_offset_mapper() -> None:
    raw, cleaned = "ab (citation) cd", "ab cd"
    to_clean = offset_mapper(raw, cleaned)
    assert to_clean(0) == 0
    assert cleaned[to_clean(14)] == "c"
    assert offset_mapper("same", "same")(3) == 3


# -- seeds ------------------------------------------------------------------------------------

SEED_TEXT = (
    "Kaja Kallas said: \u201cThe deal will not work.\u201d "
    "One diplomat said: \u201cWe are worried.\u201d "
    "The US demanded talks with Russia. "
    "European allies insist on membership, a red line."
)


def _at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def seed_gold() -> SeedsGold:
    art = SeedArticle(
        name="s1.txt",
        must_contain=["red line"],
        must_not_contain=["(citation)"],
        flags=["garbled"],
        actors=[ActorGold("Kaja Kallas", "Kaja Kallas", "PERSON", None, "GOV")],
        quotes=[
            QuoteGold("The deal will not work", "Kaja Kallas"),
            QuoteGold("We are worried", None, "diplomats"),
        ],
        events=[
            EventGold(
                "demanded talks",
                "REQUEST",
                (frozenset({"USA"}),),
                (frozenset({"RUS", "IGO"}),),
            )
        ],
        positions=[
            PositionGold("European NATO allies", "ukraine_nato_membership", "support", True)
        ],
        claims=[ClaimGold("demanded talks", "contradicted by s2")],
    )
    other = SeedArticle(name="s2.txt")
    return SeedsGold(stories=[["s1.txt", "s2.txt"]], articles={a.name: a for a in (art, other)})


def seed_records(*, good: bool) -> dict[str, dict[str, Any]]:
    t = SEED_TEXT
    art = Article(text=t, id="id1", source="s1.txt")
    other = Article(text="Other text.", id="id2", source="s2.txt")
    if good:
        art.quality.flag("garbled")
        kallas = Mention(
            *_at(t, "Kaja Kallas"), "Kaja Kallas", "PERSON", "kallas", "Kaja Kallas", "EST", "GOV"
        )
        art.mentions = [kallas]
        q1 = _at(t, "The deal will not work.")
        q2 = _at(t, "We are worried.")
        art.quotes = [
            Quote(
                *q1,
                t[q1[0] : q1[1]],
                "direct",
                speaker=Speaker(0, 11, "Kaja Kallas", "kallas", "Kaja Kallas"),
            ),
            Quote(
                *q2,
                t[q2[0] : q2[1]],
                "direct",
                speaker=Speaker(
                    *_at(t, "One diplomat"), "One diplomat", "local:group:x", "diplomats"
                ),
            ),
        ]
        sentence = _at(t, "The US demanded talks with Russia.")
        art.events = [
            Event(
                "REQUEST",
                Span(*_at(t, "demanded"), "demanded"),
                *sentence,
                actor=[ActorRef("The US", "USA", "United States", "USA", "GOV")],
                recipient=[ActorRef("Russia", "RUS", "Russia", "RUS", "GOV")],
            )
        ]
        art.positions = [
            Position(
                "local:group:european-allies",
                "European allies",
                "ukraine_nato_membership",
                "support",
                True,
                Span(0, 5, "x"),
            )
        ]
        art.claims = [Claim(*sentence, "x", "contradicted", conflict=["id2"])]
        art.story_id = other.story_id = "story1"
    return {"s1.txt": art.to_record(), "s2.txt": other.to_record()}


def test_seeds_perfect() -> None:
    metrics, misses = score_seeds(seed_gold(), seed_records(good=True))
    values = {m.name: m.value for m in metrics}
    assert values == {
        "quality_checks": 1.0,
        "actors_linked": 1.0,
        "actors_wrong_known": 0,
        "quotes_found": 1.0,
        "speaker_accuracy": 1.0,
        "unnamed_given_person": 0,
        "events_found": 1.0,
        "positions_found": 1.0,
        "positions_opposite": 0,
        "red_lines": 1.0,
        "stories_pairwise_f1": 1.0,
        "stories_bcubed_f1": approx(1.0),
        "claim_contradicted": 1.0,
    }
    assert misses == []


def test_seeds_empty() -> None:
    metrics, misses = score_seeds(seed_gold(), seed_records(good=False))
    values = {m.name: m.value for m in metrics}
    assert values["actors_linked"] == 0.0
    assert values["quotes_found"] == 0.0
    assert values["events_found"] == 0.0
    assert values["positions_found"] == 0.0
    assert values["stories_pairwise_f1"] == 0.0
    assert values["claim_contradicted"] == 0.0
    assert values["quality_checks"] == approx(
        2 / 3, abs=1e-3
    )  # the text itself passes must(-not)-contain
    assert {m.kind for m in misses} >= {"quote_missed", "event", "position_missed", "claim"}


def test_seeds_partial_and_errors() -> None:
    records = seed_records(good=True)
    rec = records["s1.txt"]
    rec["mentions"][0]["canonical"] = "Kaja Kallas-Other"  # a wrong known actor
    rec["quotes"][1]["speaker"] = {
        "start": 0,
        "end": 11,
        "text": "Kaja Kallas",
        "actor_id": "kallas",
        "canonical": "Kaja Kallas",
    }
    rec["positions"][0]["stance"] = "oppose"
    values = {m.name: m.value for m in score_seeds(seed_gold(), records)[0]}
    assert values["actors_linked"] == 0.0
    assert values["actors_wrong_known"] == 1
    assert values["unnamed_given_person"] == 1  # the diplomat's quote given to a person
    assert values["positions_found"] == 0.0
    assert values["positions_opposite"] == 1
    assert values["quotes_found"] == 1.0


def test_group_actor_stands_for_gold_group() -> None:
    rec: dict[str, Any] = {"mentions": []}
    assert is_group_name("European NATO allies")
    assert not is_group_name("United States")
    pos = {"actor_id": "local:group:european-allies", "canonical": "European allies"}
    assert actor_stands_for("European NATO allies", pos, rec)
    assert not actor_stands_for(
        "European NATO allies", {"actor_id": "x", "canonical": "Russia"}, rec
    )
    person = {"actor_id": "local:person:allies-smith", "canonical": "Allies Smith"}
    assert not actor_stands_for("European NATO allies", person, rec)


def test_load_examples(tmp_path: Path) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(
        "stories:\n  - [a.txt, b.txt]\n  - [feed-1]\n"
        "duplicates:\n  b.txt: a.txt\n"
        "damage:\n  a.txt: [garbled]\n"
        "quotes:\n  - {doc: feed-1, key: hello, speaker: null}\n",
        encoding="utf-8",
    )
    gold = load_examples(path)
    assert gold.duplicates == {"b.txt": "a.txt"}
    assert gold.articles["a.txt"].flags == ["garbled"]
    assert gold.articles["feed-1"].quotes[0].speaker is None
    path.write_text("stories:\n  - [a.txt]\ndamage:\n  zzz.txt: [garbled]\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"zzz\.txt"):
        load_examples(path)


# -- runners with a fake pipeline -------------------------------------------------------------


class FakePipeline:
    """Returns the articles its ``make`` function builds for each text (or ``found``)."""

    def __init__(self, make: Any, found: list[Article] | None = None) -> None:
        self.make = make
        self.found = found or []

    def extract_texts(
        self,
        texts: Sequence[str],
        ids: Sequence[str] | None = None,
        published: Sequence[str | None] | None = None,
    ) -> list[Article]:
        return [self.make(t, ids[i] if ids else str(i)) for i, t in enumerate(texts)]

    def extract_paths(self, paths: Sequence[str]) -> tuple[list[Article], list[InputError]]:
        return self.found, [InputError("bad.bin", "binary file")]


def test_run_polnear_perfect_and_empty(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "Alice said something here, and polls show more text.", "utf-8"
    )
    (tmp_path / "doc.ann").write_text(ANN, encoding="utf-8")

    def perfect(text: str, doc_id: str) -> Article:
        art = Article(text=text, id=doc_id)
        art.quotes = [
            Quote(11, 30, text[11:30], "indirect", speaker=Speaker(0, 5, "Alice", None, None)),
            Quote(40, 50, text[40:50], "indirect"),
        ]
        return art

    values = {m.name: m.value for m in run_polnear(FakePipeline(perfect), tmp_path)[0]}
    assert values["f1_30"] == values["f1_80"] == values["speaker_accuracy"] == 1.0
    assert values["texts_untouched"] == 1.0

    def changed(text: str, doc_id: str) -> Article:
        return Article(text=text.replace("Alice", "Alicia"), id=doc_id)

    metrics, misses = run_polnear(FakePipeline(changed), tmp_path)
    values = {m.name: m.value for m in metrics}
    assert values["f1_30"] == 0.0
    assert values["texts_untouched"] == 0.0
    assert "text_changed" in {m.kind for m in misses}


def test_plover_loader_and_runner(tmp_path: Path) -> None:
    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "about"},
        {
            "id": "r1",
            "date": "2000-01-01",
            "event": "DEMAND",
            "text": "Japan demanded that Serbia withdraw.",
            "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOVxx"}],
            "target": [{"actorText": "Serbia", "code": "SRB"}],
        },
        {
            "id": "r2",
            "date": "2000-01-01",
            "event": "INVESTIGATE",
            "text": "The UN investigated the killings.",
            "source": [{"actorText": "UN", "code": "IGO"}],
            "target": "",
        },
    ]
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold = load_plover(path)
    assert [(g.event, g.mode) for g in gold] == [("REQUEST", None), ("ACCUSE", "investigate")]
    assert gold[0].source[0].code == "JPN"
    assert gold[0].source[0].sector == "GOV"

    def perfect(text: str, doc_id: str) -> Article:
        art = Article(text=text, id=doc_id)
        if doc_id == "r1":
            low = Event("ACCUSE", Span(0, 1, "J"), 0, len(text), confidence=0.2)
            top = Event(
                "REQUEST",
                Span(6, 14, "demanded"),
                0,
                len(text),
                actor=[ActorRef("Japan", "JPN", "Japan", "JPN", "GOV")],
                recipient=[ActorRef("Serbia", "SRB", "Serbia", "SRB", None)],
                confidence=0.9,
            )
            art.events = [low, top]
        else:
            art.events = [
                Event(
                    "ACCUSE",
                    Span(7, 19, "investigated"),
                    0,
                    len(text),
                    actor=[ActorRef("UN", "UN", "United Nations", None, "IGO")],
                )
            ]
        return art

    values = {m.name: m.value for m in run_plover(FakePipeline(perfect), path)[0]}
    assert values["event_type_accuracy"] == 1.0
    assert values["source_country_f1"] == 1.0
    assert values["target_country_f1"] == 1.0
    assert values["sector_accuracy"] == 1.0

    empty = {
        m.name: m.value
        for m in run_plover(FakePipeline(lambda t, i: Article(text=t, id=i)), path)[0]
    }
    assert empty["event_type_accuracy"] == 0.0
    assert empty["source_country_f1"] == 0.0


def test_run_examples_names_documents_by_file_or_id(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "stories:\n  - [a.txt, feed-1]\n  - [b.txt]\nduplicates:\n  b.txt: a.txt\n", "utf-8"
    )
    a = Article(text="A.", id="ida", source=str(tmp_path / "corpus" / "a.txt"))
    feed = Article(text="F.", id="feed-1", source="feed-1")
    b = Article(text="B.", id="idb", source=str(tmp_path / "corpus" / "b.txt"))
    a.story_id, feed.story_id, b.story_id = "s1", "s3", "s2"  # the feed copy split off
    b.duplicate_of = "ida"
    metrics, misses = run_examples(FakePipeline(None, [a, feed, b]), gold, tmp_path / "corpus")
    values = {m.name: m.value for m in metrics}
    assert values["stories_pairwise_f1"] == 0.0
    assert values["stories_bcubed_f1"] == approx(0.8)  # P 1, R (1/2 + 1/2 + 1) / 3
    assert values["duplicates_f1"] == 1.0
    assert values["quality_checks"] == 1.0  # no damage expected, none raised
    assert {m.kind for m in misses} == {"story_partition", "input_error"}


def test_run_zyte_counts_errors_as_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "html").mkdir()
    truth = {"p1": {"articleBody": "Hello brave new world"}, "p2": {"articleBody": "Gone"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page in truth:
        (tmp_path / "html" / f"{page}.html").write_text("<html></html>", encoding="utf-8")

    def fake_read(paths: list[str], settings: Any) -> Any:
        if paths[0].endswith("p1.html"):
            yield Article(text="Hello, brave new world!")
        else:
            yield InputError(paths[0], "no article found")

    monkeypatch.setattr("sitroom.read.read_paths", fake_read)
    metrics, misses = run_zyte(load_settings(), tmp_path)
    assert {m.name: m.value for m in metrics}["f1"] == 0.5
    assert {m.kind for m in misses} == {"input_error", "extraction"}


def test_ref_code_and_top_event() -> None:
    assert ref_code({"country": "usa", "sector": "GOV"}) == "USA"
    assert ref_code({"country": None, "sector": "IGO"}) == "IGO"
    assert ref_code({"country": None, "sector": "GOV"}) is None
    assert top_event([]) is None
    assert top_event([{"confidence": 0.1, "t": 1}, {"confidence": 0.5, "t": 2}]) == {
        "confidence": 0.5,
        "t": 2,
    }


# -- scorecard --------------------------------------------------------------------------------


def test_scorecard_json_floors_and_render(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[polnear]\nf1_30 = 0.5\n[seeds]\nactors_wrong_known = 0\n", encoding="utf-8")
    card = Scorecard(
        metrics=[
            metric("polnear", "f1_30", 0.4, 10),
            metric("seeds", "actors_wrong_known", 1, 5),
            metric("zyte", "f1", 0.97, 181),
        ]
    )
    card.apply_floors(load_floors(floors))
    assert [m.key for m in card.failures()] == ["polnear.f1_30", "seeds.actors_wrong_known"]
    assert card.get("seeds.actors_wrong_known").better == "lower"  # type: ignore[union-attr]
    data = json.loads(card.to_json())
    assert [m["metric"] for m in data["metrics"]] == [
        "polnear.f1_30",
        "seeds.actors_wrong_known",
        "zyte.f1",
    ]
    assert data["metrics"][0]["target"] == 0.75
    console = Console(record=True, width=120)
    card.render(console, errors=True)
    out = console.export_text()
    assert "below floor" in out
    assert "no misses" in out


def test_load_floors_invalid(tmp_path: Path) -> None:
    bad = tmp_path / "floors.toml"
    bad.write_text("[seeds]\nactors_linked = 'high'\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="must be a number"):
        load_floors(bad)
    assert load_floors(tmp_path / "absent.toml") == {}


def test_run_evaluation_errors(tmp_path: Path) -> None:
    settings = load_settings()
    with pytest.raises(EvaluationError, match="--data"):
        run_evaluation(settings, tmp_path / "nowhere", None)
    with pytest.raises(EvaluationError, match="valid: seeds"):
        run_evaluation(settings, tmp_path, "everything")
    with pytest.raises(EvaluationError, match="plover"):
        run_evaluation(settings, tmp_path, "plover", pipeline=FakePipeline(None))
