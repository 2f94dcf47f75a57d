"""Acts told by nouns and declarations (round 22, events30): a "by" phrase the parser hangs
on the noun of an event noun's "of" phrase names the doer ("the expulsion of X's diplomats by
Y"); nouns of going away take their doer from "of" ("the exit of X from the bloc"); a party
declared an aggressor or an enemy is accused; "demarches" accuse; "engage with" consults;
forming an alliance cooperates. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of, hand_parsed
from sitroom.nlp.events.nouns import misplaced_agent, noun_arguments

PUBLISHED = "2025-05-01"


def _of_type(pipeline: Any, text: str, kind: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.type == kind]


def _misattached() -> Any:
    """ "Kenya condemned the expulsion of Peru's diplomats by Bolivia", with "by" hung on
    "diplomats" (the parse the parser gives such sentences)."""
    rows = [
        ("Kenya", 1, "nsubj", "NNP", "PROPN"),
        ("condemned", 1, "ROOT", "VBD", "VERB"),
        ("the", 3, "det", "DT", "DET"),
        ("expulsion", 1, "dobj", "NN", "NOUN"),
        ("of", 3, "prep", "IN", "ADP"),
        ("Peru", 7, "poss", "NNP", "PROPN"),
        ("'s", 5, "case", "POS", "PART"),
        ("diplomats", 4, "pobj", "NNS", "NOUN"),
        ("by", 7, "prep", "IN", "ADP"),
        ("Bolivia", 8, "pobj", "NNP", "PROPN"),
        (".", 1, "punct", ".", "PUNCT"),
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
    return hand_parsed(rows, ents)


def test_a_by_phrase_on_the_of_noun_names_the_doer() -> None:
    doc = _misattached()
    assert [t.text for t in misplaced_agent(doc[3])] == ["Bolivia"]
    actors, recipients = noun_arguments(doc[3])
    assert [a.text for a in actors] == ["Bolivia"]
    assert [r.text for r in recipients] == ["diplomats"]


def test_a_by_phrase_of_time_names_no_doer() -> None:
    doc = _misattached()
    rows = [(t.text, t.head.i, t.dep_, t.tag_, t.pos_) for t in doc]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-DATE", "O"]
    dated = hand_parsed(rows, ents)
    assert misplaced_agent(dated[3]) == []


@pytest.mark.model
def test_the_exit_of_a_country_from_a_bloc_is_its_own_withdrawal(pipeline: Any) -> None:
    text = "The crisis deepened after the exit of Chile and Peru from the regional bloc."
    found = _of_type(pipeline, text, "SANCTION")
    assert found and found[0].anchor.text == "exit"
    assert countries(found[0].actor) == {"CHL", "PER"}


@pytest.mark.model
def test_withdrawn_troops_named_by_of_are_the_doer_not_the_target(pipeline: Any) -> None:
    text = "Residents welcomed the withdrawal of Bolivian troops from the border town."
    found = _of_type(pipeline, text, "RETREAT")
    assert found
    assert countries(found[0].actor) == {"BOL"}
    assert "BOL" not in countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Peru broke off relations with Chile on Monday, declaring Chile an "aggressor state".',
        "Peru on Monday declared Chile an enemy of the nation.",
    ],
)
def test_declaring_a_party_an_aggressor_accuses_it(pipeline: Any, text: str) -> None:
    found = [e for e in _of_type(pipeline, text, "ACCUSE") if e.anchor.text.startswith("declar")]
    assert found
    assert countries(found[0].actor) == {"PER"} and countries(found[0].recipient) == {"CHL"}


@pytest.mark.model
def test_declaring_a_neutral_status_is_no_accusation(pipeline: Any) -> None:
    text = "Peru on Monday declared Chile a strategic partner."
    assert not [e for e in _of_type(pipeline, text, "ACCUSE") if e.anchor.text == "declared"]


@pytest.mark.model
def test_demarches_accuse(pipeline: Any) -> None:
    text = "Peru's foreign minister made serious demarches to Chile over the remarks."
    found = _of_type(pipeline, text, "ACCUSE")
    assert found and found[0].anchor.text == "demarches"
    assert countries(found[0].actor) == {"PER"}


@pytest.mark.model
def test_engaging_with_a_party_consults(pipeline: Any) -> None:
    found = _of_type(pipeline, "Guyana engaged with Brazil on the border dispute.", "CONSULT")
    assert found and countries(found[0].recipient) == {"BRA"}


@pytest.mark.model
def test_establishing_alliances_with_a_state_cooperates(pipeline: Any) -> None:
    text = "Chile and Peru have established new alliances with Brazil."
    found = _of_type(pipeline, text, "COOPERATE")
    assert found and found[0].anchor.text == "established"
    assert {"CHL", "PER"} <= countries(found[0].actor)


@pytest.mark.model
def test_engaging_in_an_activity_is_no_consultation(pipeline: Any) -> None:
    text = "Chilean boats engaged in standoffs with Peruvian ships near the coast."
    assert not [e for e in _of_type(pipeline, text, "CONSULT") if e.anchor.text == "engaged"]


@pytest.mark.model
def test_an_envoy_summoned_to_a_ministry_in_a_relative_clause(pipeline: Any) -> None:
    """The passive without a "by" phrase: the ministry the envoy is summoned to summons."""
    text = "Chile's envoy, who was summoned to the Peruvian foreign ministry, declined to comment."
    found = [e for e in _of_type(pipeline, text, "CONSULT") if e.anchor.text == "summoned"]
    assert found and found[0].shown
    assert countries(found[0].actor) == {"PER"} and countries(found[0].recipient) == {"CHL"}


@pytest.mark.model
def test_summoned_to_court_is_no_consultation(pipeline: Any) -> None:
    text = "The minister was summoned to court on Monday."
    assert not _of_type(pipeline, text, "CONSULT")


@pytest.mark.model
def test_entering_by_force_is_an_act_of_force(pipeline: Any) -> None:
    text = "Chilean police forcibly entered the Peruvian embassy on Friday."
    found = [e for e in _of_type(pipeline, text, "ASSAULT") if e.anchor.text == "entered"]
    assert found and countries(found[0].actor) == {"CHL"}
    plain = "Chilean police entered the Peruvian embassy on Friday."
    assert not [e for e in events_of(pipeline, PUBLISHED, plain) if e.anchor.text == "entered"]


@pytest.mark.model
def test_a_bloc_known_by_its_name_is_that_body(pipeline: Any) -> None:
    text = "Peru quit the regional bloc known as ECOWAS on Monday."
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "quit"]
    assert found
    assert any("ECOWAS" in (r.canonical or r.text) for r in found[0].recipient)
