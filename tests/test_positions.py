"""Positions: issue catalogs, the stance test set, aggregation across articles.

The stance test set (``tests/data/stance_sentences.yaml``) is written for sitroom: short
texts in our own words, each with the position it states (or ``none``). Every case runs
through the whole pipeline; ``test_stance_accuracy`` also reports the share of cases right
per tag (negation, modality, hedge, red_line, conditional, framing, holder, none).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from sitroom.article import Article, Position, Span
from sitroom.errors import KnowledgeBaseError
from sitroom.evaluate.seeds import actor_stands_for
from sitroom.nlp.positions.aggregate import aggregate, aggregate_rows, matrix_rows
from sitroom.nlp.positions.catalog import (
    compile_phrase,
    load_catalog,
    parse_catalog,
    shipped_catalogs,
)
from sitroom.nlp.positions.prefilter import phrase_anchors

DATA = Path(__file__).parent / "data"
CASES: list[dict[str, Any]] = yaml.safe_load(
    (DATA / "stance_sentences.yaml").read_text(encoding="utf-8")
)["cases"]
OPPOSITE = {"support": "oppose", "oppose": "support"}


def fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# -- catalogs ----------------------------------------------------------------------------------


def test_default_catalog_covers_the_gold_issues(shared: Path) -> None:
    gold = yaml.safe_load((shared / "gold" / "issues.yaml").read_text(encoding="utf-8"))
    catalog = load_catalog("european_security")
    assert set(gold["issues"]) <= set(catalog.ids())
    for issue in catalog.issues:
        assert issue.claim and issue.cues, issue.id


def test_shipped_catalogs_load() -> None:
    assert {"european_security", "climate_finance"} <= set(shipped_catalogs())
    for name in shipped_catalogs():
        catalog = load_catalog(name)
        assert catalog.name == name and len(catalog.issues) >= 5


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Ministers agreed a roadmap for transitioning away from fossil fuels.",
            "fossil_fuel_phaseout",
        ),
        ("Donors promised to triple adaptation finance by 2030.", "adaptation_funding"),
        ("The loss-and-damage fund opened for requests.", "loss_and_damage"),
        ("India called the EU's CBAM a form of green protectionism.", "carbon_border_tax"),
        (
            "Brazil wants to pay countries for keeping tropical forests standing.",
            "forest_protection",
        ),
        ("Rich countries must provide $300bn a year in climate finance.", "climate_finance_target"),
    ],
)
def test_climate_catalog_finds_its_issues(text: str, issue: str) -> None:
    found = {m.issue.id for m in load_catalog("climate_finance").find(text)}
    assert issue in found


@pytest.mark.parametrize(
    ("phrase", "text", "hit"),
    [
        ("NATO-Russia Council", "a revived NATO Russia council", True),
        ("Ukraine's path", "Ukraine’s path to the alliance", True),
        ("expan*", "NATO's expansion", True),
        ("seat at the (negotiating|peace)? table", "a seat at the table", True),
        ("seat at the (negotiating|peace)? table", "a seat at the peace table", True),
        ("giving ... everything", "giving Russia almost everything", True),
        ("giving ... everything", "giving one two three four five six everything", False),
        ("5%", "five percent", False),
        ("(5%|five%)", "five per cent of GDP", True),
        ("concession* & Moscow", "Moscow wants concessions", True),
        ("concession* & Moscow", "concessions to Kyiv", False),
        ("red line", "a redline", False),
    ],
)
def test_phrase_syntax(phrase: str, text: str, hit: bool) -> None:
    parts = compile_phrase(phrase)
    assert all(p.search(text) for p in parts) is hit


def test_match_spans_leave_out_the_gaps() -> None:
    catalog = parse_catalog(
        "issues: {x: {claim: c, keywords: ['NATO ... (expand|expanding)']}}", "test"
    )
    text = "NATO must stop expanding"
    (match,) = catalog.find(text)
    assert [text[s:e] for s, e in match.spans] == ["NATO", "expanding"]


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("issues: []", "needs an 'issues' mapping"),
        ("issues: {x: {keywords: [a]}}", "needs a 'claim'"),
        ("issues: {x: {claim: c}}", "needs phrases"),
        ("issues: {x: {claim: c, keywords: [a], colour: red}}", "unknown key"),
        ("issues: {x: {claim: c, keywords: ['heads?']}}", "regex characters"),
        ("issues: {x: {claim: c, keywords: ['(a|b']}}", "unclosed"),
        ("issues: [", "not valid YAML"),
    ],
)
def test_bad_catalogs_say_why(yaml_text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_catalog(yaml_text, "test.yaml")


def test_catalog_from_a_path_and_unknown_names(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: mine\nissues:\n  tariffs:\n    claim: Tariffs are good.\n    keywords: [tariff*]\n"
    )
    assert load_catalog(str(path)).ids() == ["tariffs"]
    with pytest.raises(KnowledgeBaseError, match="european_security"):
        load_catalog("no_such_catalog")


# -- aggregation -------------------------------------------------------------------------------


def _article(
    aid: str,
    published: str | None,
    *positions: tuple[str, str, str, bool],
    duplicate_of: str | None = None,
) -> Article:
    art = Article(text="x", id=aid, published=published, duplicate_of=duplicate_of)
    art.positions = [
        Position(actor, actor.title(), issue, stance, red, Span(0, 1, "x"), 0.7)
        for actor, issue, stance, red in positions
    ]
    return art


def test_aggregate_follows_a_change_over_time() -> None:
    summaries = aggregate(
        [
            _article("a2", "2025-03-01", ("poland", "talks", "conditional", False)),
            _article("a1", "2025-02-01", ("poland", "talks", "oppose", True)),
            _article("a3", None, ("france", "talks", "support", False)),
        ]
    )
    poland = next(s for s in summaries if s.actor_id == "poland")
    assert poland.stances_by_date == [("2025-02-01", "oppose"), ("2025-03-01", "conditional")]
    assert poland.current_stance == "conditional" and poland.changed and poland.red_line
    assert [x.article_id for x in poland.sources] == ["a1", "a2"]
    assert poland.cell() == "conditional! (was oppose)"
    france = next(s for s in summaries if s.actor_id == "france")
    assert not france.changed and france.current_stance == "support"


def test_copies_are_listed_but_make_no_history() -> None:
    summaries = aggregate(
        [
            _article("a1", "2025-02-01", ("kallas", "talks", "support", False)),
            _article("a2", "2025-02-02", ("kallas", "talks", "oppose", False), duplicate_of="a1"),
        ]
    )
    (kallas,) = summaries
    assert len(kallas.sources) == 2
    assert kallas.stances_by_date == [("2025-02-01", "support")]
    assert kallas.current_stance == "support" and not kallas.changed


def test_matrix_rows_from_store_rows() -> None:
    rows = [
        {
            "actor_id": "RUS",
            "canonical": "Russia",
            "issue": "expansion",
            "stance": "oppose",
            "red_line": 1,
            "confidence": 0.8,
            "article_id": "a1",
            "published": "2025-02-01",
            "evidence_text": "Moscow condemned NATO's expansion.",
        },
        {
            "actor_id": "POL",
            "canonical": "Poland",
            "issue": "talks",
            "stance": "support",
            "red_line": 0,
            "confidence": 0.6,
            "article_id": "a1",
            "published": "2025-02-01",
            "evidence_text": "Warsaw wants a seat.",
        },
    ]
    summaries = aggregate_rows(rows)
    header, table = matrix_rows(summaries, ["talks", "expansion"])
    assert header == ["actor", "talks", "expansion"]
    assert table == [["Poland", "support", ""], ["Russia", "", "oppose!"]]


# -- the stance test set, through the whole pipeline -----------------------------------------


def _verdict(case: dict[str, Any], positions: list[Position]) -> bool:
    on_issue = [p for p in positions if p.issue == case["issue"]]
    if case["stance"] == "none":
        return not on_issue
    record = {"mentions": []}
    mine = [
        p
        for p in on_issue
        if fold(p.canonical) == fold(case["actor"])
        or actor_stands_for(
            case["actor"], {"canonical": p.canonical, "actor_id": p.actor_id}, record
        )
    ]
    stances = {p.stance for p in mine}
    if case["stance"] not in stances or OPPOSITE.get(case["stance"]) in stances:
        return False
    if "red_line" in case:
        return any(p.red_line == case["red_line"] for p in mine if p.stance == case["stance"])
    return True


def test_stance_set_is_big_enough() -> None:
    assert len(CASES) >= 60
    tags = {t for c in CASES for t in c["tags"]}
    assert {"negation", "modality", "hedge", "red_line", "conditional"} <= tags


def _param(i: int, case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_gap"])] if case.get("known_gap") else []
    return pytest.param(case, id=f"{i:03d}-{case['tags'][0]}-{case['issue']}", marks=marks)


@pytest.mark.model
@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_stance_sentence(pipeline: Any, case: dict[str, Any]) -> None:
    positions = pipeline.extract_texts([case["text"]])[0].positions
    got = [(p.canonical, p.issue, p.stance, p.red_line) for p in positions]
    assert _verdict(case, positions), (
        f"want {case['actor']} {case['stance']} {case['issue']}; got {got}"
    )


@pytest.mark.model
def test_stance_accuracy(pipeline: Any, record_property: Any) -> None:
    """The whole set at once: overall and per-tag accuracy, with a pinned floor."""
    articles = pipeline.extract_texts([c["text"] for c in CASES])
    right: dict[str, list[int]] = {}
    for case, article in zip(CASES, articles, strict=True):
        ok = _verdict(case, article.positions)
        for tag in ("all", *case["tags"]):
            right.setdefault(tag, [0, 0])
            right[tag][0] += ok
            right[tag][1] += 1
    report = {tag: f"{r}/{n}" for tag, (r, n) in sorted(right.items())}
    record_property("stance_accuracy", report)
    r, n = right["all"]
    assert r / n >= 0.95, report


@pytest.mark.model
def test_climate_catalog_through_the_pipeline(pipeline: Any) -> None:
    from sitroom.nlp.positions import PositionFinder

    finder = PositionFinder(load_catalog("climate_finance"))
    doc = finder(
        pipeline.nlp(
            "EU climate commissioner Wopke Hoekstra said the world must agree a roadmap for "
            "transitioning away from fossil fuels. Colombia also rejected any expansion of oil "
            "drilling in the Amazon."
        )
    )
    found = {(p.canonical, p.issue, p.stance) for p in doc._.positions}
    assert ("Wopke Hoekstra", "fossil_fuel_phaseout", "support") in found
    assert ("Colombia", "fossil_fuel_phaseout", "support") in found


@pytest.mark.parametrize(
    ("phrase", "anchors"),
    [
        ("humanitarian (truce|ceasefire|pause)", (("humanitarian",),)),
        ("(the)? Quad (proposal|plan)", (("quad",),)),
        # a plain word's inflections share its stem ("normalising")
        ("(normalise|normalize) (relations|ties) with Israel", (("normalis", "normaliz"),)),
        ("protect* (the)? Druze & Israel", (("protect",), ("israel",))),
        ("((a|b) c|d) e", (None,)),  # an alternative opening with a group: no anchor
    ],
)
def test_phrase_anchors(phrase: str, anchors: tuple[tuple[str, ...] | None, ...]) -> None:
    """The words one of which a match of each part must contain (searches are skipped
    where none occurs); they never skip a part that matches."""
    assert phrase_anchors(phrase) == anchors
    for text in ("A humanitarian pause", "Quad plan", "normalize ties with Israel", "b c e"):
        for part, anchor in zip(compile_phrase(phrase), anchors, strict=True):
            if part.search(text):
                assert anchor is None or any(a in text.lower() for a in anchor)
