"""Plain threats (events33, ``sitroom.nlp.events.threats``): a threat told by a threat verb
("threaten", "warn", "vow") between two coded, distinct sides is shown whatever the trained
filter says. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from prose_checks import countries, events_of
from sitroom.article import ActorRef
from sitroom.nlp.events.threats import plain_threat, threat_verb

PUBLISHED = "2025-05-01"


def _ref(country: str) -> ActorRef:
    return ActorRef(text=country, actor_id=None, canonical=None, country=country, sector=None)


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    for tok in doc:
        tok.lemma_ = {"threatened": "threaten", "vowed": "vow", "said": "say"}.get(
            tok.text, tok.text
        )
    return doc


def test_a_threat_verb_or_the_act_it_governs_is_a_threat_verb() -> None:
    # "Chile threatened to close the border": the act "close" hangs on "threatened"
    doc = _doc(
        ["Chile", "threatened", "to", "close", "the", "border"],
        [1, 1, 3, 1, 5, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
        ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
    )
    assert threat_verb(doc[1]) and threat_verb(doc[3])
    # "Chile said it would close the border": no threat verb
    said = _doc(
        ["Chile", "said", "it", "would", "close", "the", "border"],
        [1, 1, 4, 4, 1, 6, 4],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
        ["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN"],
    )
    assert not threat_verb(said[4]) and not threat_verb(said[1])


def test_a_plain_threat_needs_two_coded_distinct_sides() -> None:
    doc = _doc(
        ["Chile", "vowed", "to", "strike", "Peru"],
        [1, 1, 3, 1, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN"],
    )
    chl, per = [_ref("CHL")], [_ref("PER")]
    assert plain_threat("THREATEN", doc[3], chl, per)
    assert plain_threat("THREATEN", doc[1], chl, per)
    assert not plain_threat("THREATEN", doc[3], chl, chl)
    assert not plain_threat("THREATEN", doc[3], chl, [])
    assert not plain_threat("ASSAULT", doc[3], chl, per)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "source", "target"),
    [
        ("Bolivia threatened to cut off gas supplies to Chile.", "threatened", "BOL", "CHL"),
        ("Peru vowed to retaliate against Ecuador.", "vowed", "PER", "ECU"),
        ("The Kenyan embassy warned Uganda against playing games.", "warned", "KEN", "UGA"),
    ],
)
def test_a_threat_between_two_states_is_shown(
    pipeline: Any, text: str, anchor: str, source: str, target: str
) -> None:
    found = [
        e
        for e in events_of(pipeline, PUBLISHED, text)
        if e.type == "THREATEN" and e.anchor.text == anchor
    ]
    assert found, text
    assert source in countries(found[0].actor) and target in countries(found[0].recipient)
    assert found[0].shown
