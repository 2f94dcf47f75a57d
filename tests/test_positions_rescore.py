"""Positions re-scored from kept parses, issues proposed from them, the real-set scorer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitroom.article import Article, Position, Span
from sitroom.evaluate.real_positions import (
    PositionGold,
    PositionScore,
    load_positions,
    score_article,
)
from sitroom.nlp.positions.catalog import load_catalog, parse_catalog
from sitroom.nlp.positions.propose import propose, to_yaml
from sitroom.nlp.positions.rescore import outside_furniture, rescore_all
from sitroom.repair.furniture import clear_start
from sitroom.store import Store

SUDAN = """
name: sudan_test
issues:
  humanitarian_truce:
    claim: The warring parties should accept the humanitarian truce.
    definition: a humanitarian truce proposed by the mediators
    examples: [The RSF agreed to the humanitarian truce.]
  rsf_withdrawal:
    claim: The RSF must withdraw from the cities it seized.
    definition: the RSF withdrawing from the cities it seized
    examples: [The army demands the RSF's withdrawal from occupied cities.]
"""
TEXTS = [
    "The Rapid Support Forces said on Thursday they had accepted the humanitarian truce "
    "proposed by the Quad. The Sudanese army rejected the truce and demanded the withdrawal "
    "of the Rapid Support Forces from the cities they seized.",
    "Sudan's army chief Abdel Fattah al-Burhan said the army would never accept a truce "
    "while the Rapid Support Forces occupy cities. The United States urged both sides to "
    "accept the humanitarian truce.",
]


@pytest.fixture(scope="module")
def parsed(pipeline: Any) -> list[Article]:
    return list(pipeline.extract_texts(TEXTS))


@pytest.mark.model
def test_rescoring_the_same_catalog_gives_the_same_positions(pipeline: Any, examples: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    articles = pipeline.extract_texts(texts[:6])
    before = [
        [(p.canonical, p.issue, p.stance, p.evidence.start) for p in a.positions] for a in articles
    ]
    assert all(a.parses for a in articles) and any(before)
    rescore_all(articles, load_catalog("european_security"))
    after = [
        [(p.canonical, p.issue, p.stance, p.evidence.start) for p in a.positions] for a in articles
    ]
    assert after == before


@pytest.mark.model
def test_a_new_catalog_is_scored_from_the_store_without_the_model(
    parsed: list[Article], tmp_path: Path
) -> None:
    assert not any(p.issue == "humanitarian_truce" for a in parsed for p in a.positions)
    with Store.open(tmp_path / "s.db") as store:
        store.save_articles(parsed)
    with Store.open(tmp_path / "s.db") as store:
        stored = list(store.load_articles())
    assert [len(a.parses) for a in stored] == [len(a.parses) for a in parsed]
    done = rescore_all(stored, parse_catalog(SUDAN, "test"))
    assert done.no_parse == []
    got = {(p.canonical, p.issue, p.stance) for a in done.articles for p in a.positions}
    assert ("Rapid Support Forces", "humanitarian_truce", "support") in got
    assert ("United States", "humanitarian_truce", "support") in got
    assert not any(
        stance == "support" and who == "Abdel Fattah al-Burhan" for who, _, stance in got
    )
    # evidence offsets point into the stored text
    for a in done.articles:
        for p in a.positions:
            assert a.text[p.evidence.start : p.evidence.end] == p.evidence.text


@pytest.mark.model
def test_articles_without_a_parse_are_reported_not_rescored() -> None:
    a = Article(text="The RSF accepted the humanitarian truce.")
    a.assign_id()
    done = rescore_all([a], parse_catalog(SUDAN, "test"))
    assert done.no_parse == [a.id] and a.positions == []


@pytest.mark.model
def test_proposed_issues_name_the_contested_question(parsed: list[Article]) -> None:
    issues = propose(parsed)
    truce = next(p for p in issues if "truce" in p.id)
    assert truce.contested  # accepted by some, rejected by others
    actors = set(truce.actors)
    assert {"Rapid Support Forces", "United States"} <= actors
    text = to_yaml(issues, "proposed", "test")
    catalog = parse_catalog(text, "proposed")  # the proposal is a valid, editable catalog
    assert truce.id in catalog.ids()


def _position(actor: str, issue: str, stance: str, text: str, key: str) -> Position:
    at = text.index(key)
    return Position(actor.lower(), actor, issue, stance, False, Span(at, at + len(key), key), 0.8)


def test_real_scorer_counts_cells_opposites_and_doubtful() -> None:
    text = "Iran rejected the resolution. Russia opposed it. Iran may respond."
    art = Article(text=text, id="t-1")
    gold = [
        PositionGold("t-1", ("Iran",), "res", "oppose", "Iran rejected the resolution"),
        PositionGold("t-1", ("Russia",), "res", "oppose", "Russia opposed it"),
        PositionGold("t-1", ("Iran",), "res", "oppose", "Iran may respond", doubtful="hedged"),
    ]
    art.positions = [
        _position("Iran", "res", "oppose", text, "Iran rejected the resolution."),
        _position("Russia", "res", "support", text, "Russia opposed it."),
        _position("Iran", "res", "oppose", text, "Iran may respond."),  # doubtful: skipped
        _position("Iran", "other", "oppose", text, "Iran may respond."),  # not this catalog
    ]
    s = PositionScore()
    score_article(art, gold, {"res"}, s)
    assert (s.n_pred, s.tp_pred, s.opposite) == (2, 1, 1)
    assert len(s.cells) == 2 and len(s.found & s.cells) == 1


def test_gold_positions_load_with_their_catalogs(repo: Path) -> None:
    topics = {t.topic: t for t in load_positions(repo / "eval" / "real")}
    assert {"g20_2025", "sudan", "iran_nuclear"} <= set(topics)
    for topic in topics.values():
        ids = set(load_catalog(str(topic.catalog)).ids())
        assert topic.positions and {g.issue for g in topic.positions} <= ids
        text_dir = repo / "eval" / "real" / "texts"
        for g in topic.positions:
            assert g.key in (text_dir / f"{g.article}.txt").read_text(encoding="utf-8")


def test_rescoring_puts_back_the_events() -> None:
    from sitroom.article import Event
    from sitroom.nlp.positions.rescore import _inside

    event = Event("ASSAULT", Span(120, 128, "attacked"), 110, 160)
    assert _inside(event, 100, 200) and not _inside(event, 0, 100)


def test_a_dateline_opening_the_sentence_keeps_its_positions() -> None:
    text = "Headline here\nJohannesburg, South Africa - Ramaphosa will not hand over the gavel."
    dateline = (text.index("Johannesburg"), text.index("-") + 1)
    caption = (0, len("Headline here"))
    body = text.index("Johannesburg")
    kept = Position("ZAF", "South Africa", "handover", "oppose", False,
                    Span(body, len(text), text[body:]), 0.8)  # fmt: skip
    on_caption = Position("ZAF", "South Africa", "handover", "oppose", False,
                          Span(0, 13, text[:13]), 0.8)  # fmt: skip
    out = outside_furniture([kept, on_caption], text, [caption, dateline])
    assert [p.evidence.text for p in out] == ["Ramaphosa will not hand over the gavel."]
    assert kept.evidence.start == body  # the input is not changed
    assert clear_start(5, 20, [(8, 12)]) is None  # furniture inside, not opening it
    assert clear_start(5, 20, [(0, 20)]) is None
    assert clear_start(5, 20, [(30, 40)]) == 5
