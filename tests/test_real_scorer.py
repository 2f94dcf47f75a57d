"""The real-prose scorer on tiny hand-made gold and records (no model), and the set itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import EvaluationError
from sitroom.evaluate.real import score_real
from sitroom.evaluate.real_counts import SplitScore
from sitroom.evaluate.real_gold import (
    ActorGold,
    ClaimPair,
    EventGold,
    FurnitureGold,
    QuoteGold,
    RealArticle,
    RealGold,
    load_real,
)
from sitroom.evaluate.real_layers import (
    furniture_in_title,
    occurrences,
    same_actor,
    score_actors,
    score_claims,
    score_events,
    score_furniture,
    score_quotes,
)

REPO = Path(__file__).resolve().parents[1]
TEXT = (
    "Photo: AFP\n"
    "KHARTOUM - The RSF said it accepts the truce. Army chief Abdel Fattah al-Burhan "
    'rejected it in El Fasher. "We will fight on," Burhan said.'
)


def _actor(surface: str, canonical: str | None, **kw: object) -> ActorGold:
    base = dict(type="ORG", country=None, sector=None, role=None, not_actor=False, doubtful=False)
    base.update(kw)
    return ActorGold(surface, canonical, **base)  # type: ignore[arg-type]


def _gold() -> RealArticle:
    art = RealArticle("x-01", "dev", "t", "s1", "Outlet", "2025-11-06", None, TEXT)
    art.furniture = [FurnitureGold("Photo: AFP", "credit"), FurnitureGold("KHARTOUM -", "dateline")]
    art.actors = [
        _actor("RSF", "Rapid Support Forces", country="SDN", sector="REB"),
        _actor(
            "Abdel Fattah al-Burhan",
            "Abdel Fattah al-Burhan",
            type="PERSON",
            country="SDN",
            sector="MIL",
            role="army chief",
        ),
        _actor("Burhan", "Abdel Fattah al-Burhan", type="PERSON", country="SDN", sector="MIL"),
        _actor("El Fasher", None, not_actor=True),
    ]
    art.quotes = [QuoteGold("We will fight on", "Abdel Fattah al-Burhan", None, "direct", False)]
    art.events = [
        EventGold("rejected it", "REJECT", (frozenset({"SDN"}),), (), False, False, False),
        EventGold("accepts the truce", "AGREE", (frozenset({"RSF"}),), (), False, False, True),
    ]
    return art


def _mention(text: str, canonical: str | None, country: str | None, **kw: object) -> dict:
    found = dict(_span(text), canonical=canonical, country=country)
    return {**found, "type": kw.get("type", "ORG"), "sector": kw.get("sector")}


def _span(text: str) -> dict:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def test_occurrences_respect_case() -> None:
    assert occurrences("US and us", "US") == [(0, 2)]


def test_same_actor_by_name_acronym_surname_and_state() -> None:
    rsf = _actor("RSF", "Rapid Support Forces", country="SDN", sector="REB")
    assert same_actor(rsf, {"canonical": "RSF", "country": None})
    burhan = _actor("Burhan", "Abdel Fattah al-Burhan", type="PERSON", country="SDN")
    assert same_actor(burhan, {"canonical": "Burhan", "type": "PERSON"})
    army = _actor("army", "Sudanese Armed Forces", country="SDN", sector="MIL")
    assert same_actor(army, {"canonical": "Sudan", "country": "SDN", "sector": "MIL"})
    assert not same_actor(army, {"canonical": "Sudan", "country": "SDN", "sector": "REB"})
    assert not same_actor(burhan, {"canonical": "Mohamed Dagalo", "type": "PERSON"})


def test_actors_precision_counts_places_and_furniture_as_wrong() -> None:
    record = {
        "text": TEXT,
        "mentions": [
            _mention("AFP", "Agence France-Presse", "FRA"),  # in a credit line
            _mention("RSF", "Rapid Support Forces", "SDN"),
            _mention("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", "SDN", type="PERSON"),
            _mention("El Fasher", "El Fasher", None),  # a place
        ],
    }
    s = SplitScore()
    score_actors(_gold(), record, s, known=lambda name: False)
    assert (s.actors.tp_pred, s.actors.n_pred, s.nonactors_kept) == (2, 4, 2)
    assert (s.actors.tp_gold, s.actors.n_gold) == (2, 3)  # "Burhan" in the quote line missed
    # the person outside the KB with a stated role: country right, sector not given
    assert (s.unknown_roles.tp_gold, s.unknown_roles.n_gold) == (0, 1)


def test_quotes_furniture_and_speakers() -> None:
    q = _span("We will fight on")
    record = {
        "text": TEXT,
        "title": "Photo: AFP",
        "mentions": [],
        "quotes": [
            {**q, "speaker": {"canonical": "Abdel Fattah al-Burhan", "text": "Burhan"}},
            {**_span("Photo: AFP"), "speaker": None},
        ],
    }
    s = SplitScore()
    score_quotes(_gold(), record, s)
    score_furniture(_gold(), record, s, titles=[])
    assert (s.quotes.tp_pred, s.quotes.n_pred, s.quotes.tp_gold, s.quotes.n_gold) == (1, 2, 1, 1)
    assert (s.speakers.tp_gold, s.speakers.n_gold) == (1, 1)
    assert s.furniture_as_quote == 1 and s.furniture_as_title == 1
    assert s.furniture.tp_gold == 0 and s.furniture.n_gold == 2


@pytest.mark.parametrize(
    ("line", "title", "counted"),
    [
        ("LAHORE:", "LAHORE: Three civilians were killed on Wednesday.", True),
        ("LAHORE:", "Three civilians were killed 40 kilometres from Lahore.", False),
        ("Photo: AFP", "Photo: AFP", True),
        ("By Staff Reporter in Lagos", "Protests spread. By Staff Reporter in Lagos", True),
        ("Read more", "Read", True),
        ("Reuters", "Talks resume after a week", False),
    ],
)
def test_furniture_in_a_title(line: str, title: str, counted: bool) -> None:
    assert furniture_in_title(line, title) is counted


def _event(anchor: str, etype: str, actor: list[dict], negated: bool = False) -> dict:
    sentence_start = TEXT.rfind(".", 0, TEXT.index(anchor)) + 1
    return {"type": etype, "anchor": _span(anchor), "actor": actor, "recipient": [],
            "sentence": {"start": sentence_start, "end": TEXT.index(".", TEXT.index(anchor))},
            "negated": negated, "hypothetical": False}  # fmt: skip


def test_events_type_roles_modality_and_doubtful() -> None:
    sdn = {"text": "Burhan", "country": "SDN", "canonical": "Abdel Fattah al-Burhan"}
    record = {
        "text": TEXT,
        "events": [
            _event("rejected", "REJECT", [sdn]),
            _event("accepts", "AGREE", []),  # matches a doubtful gold: not counted
            _event("fight", "ASSAULT", []),  # no gold event
        ],
    }
    s = SplitScore()
    score_events(_gold(), record, s)
    assert (s.events_type.tp_pred, s.events_type.n_pred) == (1, 2)
    assert (s.events_full.tp_gold, s.events_full.n_gold) == (1, 1)
    assert s.events_no_roles == 1


def test_a_shown_event_answers_before_its_hidden_twin() -> None:
    sdn = {"text": "Burhan", "country": "SDN", "canonical": "Abdel Fattah al-Burhan"}
    hidden = {**_event("rejected", "REJECT", [sdn]), "shown": False}
    record = {"text": TEXT, "events": [hidden, _event("rejected", "REJECT", [sdn])]}
    s = SplitScore()
    score_events(_gold(), record, s)
    assert (s.events_full.tp_pred, s.events_full.n_pred) == (1, 1)


def test_score_real_reports_both_splits_and_claims() -> None:
    dev, test = _gold(), _gold()
    test.id, test.split, test.story = "x-02", "test", "s2"
    dev.claims = {"c1": "accepts the truce"}
    test.claims = {"c1": "accepts the truce"}
    gold = RealGold({"x-01": dev, "x-02": test}, [])
    gold.pairs = [ClaimPair(("x-01", "c1"), ("x-02", "c1"), "same", False)]
    record = {"text": TEXT, "mentions": [], "quotes": [], "events": [], "claims": []}
    metrics, _ = score_real(gold, {"x-01": record, "x-02": record}, {}, lambda name: False)
    names = {m.name for m in metrics}
    assert {"dev_quotes_recall", "test_quotes_recall", "dev_events_full_precision"} <= names
    by = {m.name: m.value for m in metrics}
    assert by["dev_quotes_recall"] == 0.0 and by["dev_stories_pairwise_precision"] == 1.0


def test_the_shipped_set_loads_and_every_key_is_in_its_text() -> None:
    gold = load_real(REPO / "eval" / "real")
    assert len(gold.articles) >= 40
    assert {a.split for a in gold.articles.values()} == {"dev", "test"}
    assert len({a.topic for a in gold.articles.values()}) >= 6
    stories: dict[str, set[str]] = {}
    for art in gold.articles.values():
        stories.setdefault(art.story, set()).add(art.split)
        for key in [q.key for q in art.quotes] + [e.key for e in art.events]:
            assert key in art.text, (art.id, key)
        for a in art.actors:
            assert a.surface in art.text, (art.id, a.surface)
    assert all(len(splits) == 1 for splits in stories.values()), "a story on both sides"


def test_malformed_set_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("articles: [{id: a, split: dev}]\n")
    with pytest.raises(EvaluationError, match=r"a\.txt"):
        load_real(tmp_path)


def _claim(text: str, start: int, conflicts: list[tuple[str, str]]) -> dict[str, object]:
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "conflict": sorted({a for a, _ in conflicts}),
        "contradictions": [{"article": a, "text": t} for a, t in conflicts],
    }


def test_a_claim_pair_is_contradicted_by_its_own_sentences_only() -> None:
    """A report that restates a toll and gives another teller's toll too: the restated
    sentence is the same claim, the other teller's contradicts it."""
    mine = "Rebels said 40 soldiers died."
    theirs_same, theirs_other = "Rebels said 40 soldiers died.", "The army said 12 died."
    text_a, text_b = mine, f"{theirs_same} {theirs_other}"
    a = RealArticle("a", "dev", "t", "s1", "A", "2025-11-06", None, text_a)
    b = RealArticle("b", "dev", "t", "s1", "B", "2025-11-06", None, text_b)
    a.claims = {"c1": mine}
    b.claims = {"c1": theirs_same, "c2": theirs_other}
    gold = RealGold({"a": a, "b": b}, [])
    gold.pairs = [
        ClaimPair(("a", "c1"), ("b", "c1"), "same", False),
        ClaimPair(("a", "c1"), ("b", "c2"), "contradicting", False),
    ]
    records = {
        "a": {"text": text_a, "claims": [_claim(mine, 0, [("b", theirs_other)])]},
        "b": {
            "text": text_b,
            "claims": [
                _claim(theirs_same, 0, []),
                _claim(theirs_other, len(theirs_same) + 1, [("a", mine)]),
            ],
        },
    }
    s = SplitScore()
    score_claims(gold, records, {"a", "b"}, s)
    assert (s.contradictions.tp_pred, s.contradictions.n_pred) == (1, 1)
    assert (s.same_contradicted, s.same_pairs) == (0, 1)
