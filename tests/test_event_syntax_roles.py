"""Who did what to whom (issue 15): source and target read off general English syntax,
not off the words of particular reports. Sentences written for these tests (invented
parties and places, wire-report style); each checks one pattern."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of
from sitroom.article import Event

PUBLISHED = "2025-02-14"


def _at(pipeline: Any, text: str, anchor: str) -> Event:
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]
    assert found, f"no event on {anchor!r} in {text!r}: {events_of(pipeline, PUBLISHED, text)}"
    return found[0]


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


# -- relative clauses and participles -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "doer"),
    [
        (
            "Peru said Bolivian rebels, who attacked a Peruvian convoy on Monday, fled.",
            "attacked",
            "rebels",
        ),
        (
            "Chile condemned the Bolivian militia that attacked a Peruvian convoy.",
            "attacked",
            "militia",
        ),
        (
            "Peruvian troops repelled Bolivian gunmen attacking a border post.",
            "attacking",
            "gunmen",
        ),
    ],
)
def test_relative_clause_and_participle_doer_is_the_noun(
    pipeline: Any, text: str, anchor: str, doer: str
) -> None:
    event = _at(pipeline, text, anchor)
    assert any(doer in a.text for a in event.actor) and _codes(event.actor) == {"BOL"}
    assert "BOL" not in _codes(event.recipient)


@pytest.mark.model
def test_passive_participle_noun_undergoes_the_act(pipeline: Any) -> None:
    event = _at(pipeline, "Two Chilean trawlers seized by Peru were towed to Callao.", "seized")
    assert _codes(event.actor) == {"PER"} and _codes(event.recipient) == {"CHL"}


@pytest.mark.model
def test_participle_on_an_event_noun_gives_its_target(pipeline: Any) -> None:
    text = "Sanctions imposed on Bolivia by the Arab League took effect on Monday."
    event = _at(pipeline, text, "Sanctions")
    assert _codes(event.actor) == {"IGO"} and _codes(event.recipient) == {"BOL"}


# -- nominal events ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Peru's strikes on Bolivia killed at least nine soldiers.", {"PER"}, {"BOL"}),
        ("Strikes on Bolivia killed at least nine soldiers overnight.", set(), {"BOL"}),
    ],
)
def test_event_noun_subject_lends_its_parties(
    pipeline: Any, text: str, actor: set[str], recipient: set[str]
) -> None:
    event = _at(pipeline, text, "killed")
    assert _codes(event.actor) == actor  # never the place the strikes hit
    assert recipient <= _codes(event.recipient)


@pytest.mark.model
def test_what_it_called_strikes_are_the_launchers(pipeline: Any) -> None:
    text = "Bolivia launched what it called retaliatory strikes against Peru."
    event = _at(pipeline, text, "strikes")
    assert _codes(event.actor) == {"BOL"} and _codes(event.recipient) == {"PER"}


# -- accusations: the accused does the act ---------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Peru accused Bolivia of shelling its border villages.", "shelling"),
        ("Chile blamed Bolivia for the attack on its embassy.", "attack"),
    ],
)
def test_the_accused_does_the_act(pipeline: Any, text: str, anchor: str) -> None:
    event = _at(pipeline, text, anchor)
    assert _codes(event.actor) == {"BOL"}


# -- reciprocal fighting ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Clashes between Peruvian and Bolivian troops left dozens dead.", "Clashes"),
        ("Peru and Bolivia clashed along their border overnight.", "clashed"),
        ("Peruvian troops clashed with Bolivian forces near the border.", "clashed"),
    ],
)
def test_each_side_of_a_clash_is_source_and_target(pipeline: Any, text: str, anchor: str) -> None:
    event = _at(pipeline, text, anchor)
    assert _codes(event.actor) >= {"PER", "BOL"}
    assert _codes(event.recipient) >= {"PER", "BOL"}


# -- control: acts vowed, threatened or refused are no facts ----------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Bolivia threatened to expel Chile's ambassador.", "expel"),
        ("Peru promised to withdraw its troops from Bolivia.", "withdraw"),
        ("Chile offered to send aid to Bolivia.", "send"),
    ],
)
def test_act_undertaken_is_hypothetical(pipeline: Any, text: str, anchor: str) -> None:
    event = _at(pipeline, text, anchor)
    assert event.hypothetical and not event.negated


@pytest.mark.model
def test_act_refused_did_not_happen(pipeline: Any) -> None:
    text = "Bolivia refused to release the Chilean sailors."
    assert _at(pipeline, text, "refused").type == "REJECT"
    assert _at(pipeline, text, "release").negated


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile denied that its troops had attacked Bolivian civilians.",
        "Peru dismissed reports that its navy had seized a Chilean trawler.",
    ],
)
def test_act_denied_is_negated(pipeline: Any, text: str) -> None:
    acts = [e for e in events_of(pipeline, PUBLISHED, text) if e.type in ("ASSAULT", "COERCE")]
    assert acts and all(e.negated for e in acts)


# -- pronoun subjects ------------------------------------------------------------------------------


@pytest.mark.model
def test_subject_pronoun_continues_the_last_subject_not_the_last_place(pipeline: Any) -> None:
    text = "Peruvian troops entered the Bolivian town of Cobija. They later withdrew from the town."
    assert _codes(_at(pipeline, text, "withdrew").actor) == {"PER"}


# -- naming an act is not doing it; places as targets ---------------------------------------------


@pytest.mark.model
def test_the_speaker_who_names_an_act_did_not_do_it(pipeline: Any) -> None:
    text = "Peru's president called the raids cowardly attacks."
    assert "PER" not in _codes(_at(pipeline, text, "raids").actor)
    strike = _at(pipeline, "Peruvian teachers' unions called a general strike.", "strike")
    assert _codes(strike.actor) == {"PER"}


@pytest.mark.model
def test_strikes_across_areas_of_a_country_hit_it(pipeline: Any) -> None:
    text = "Peru conducted missile strikes on Monday across several areas of Bolivia."
    event = _at(pipeline, text, "strikes")
    assert _codes(event.actor) == {"PER"} and "BOL" in _codes(event.recipient)


@pytest.mark.model
def test_coordinated_verb_shares_a_passive_subject(pipeline: Any) -> None:
    text = "Chilean police were deployed to the port and later arrested Bolivian smugglers."
    event = _at(pipeline, text, "arrested")
    assert _codes(event.actor) == {"CHL"} and _codes(event.recipient) == {"BOL"}


@pytest.mark.model
def test_talks_involving_parties_are_theirs(pipeline: Any) -> None:
    text = "The deal followed long negotiations involving delegates from Peru, Chile and Bolivia."
    assert _codes(_at(pipeline, text, "negotiations").actor) >= {"PER", "CHL", "BOL"}


@pytest.mark.model
def test_ended_up_doing_is_no_retreat(pipeline: Any) -> None:
    text = "Peruvian troops were sent to the border but ended up clashing with Bolivian militias."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == "ended"]


# -- promises told with a noun (E1) -------------------------------------------------------------


@pytest.mark.model
def test_promise_noun_of_a_withdrawal_is_a_concession_by_its_giver(pipeline: Any) -> None:
    text = "Chile has not yet given a firm commitment from Peru to withdraw its troops."
    event = _at(pipeline, text, "withdraw")
    assert event.type == "CONCEDE" and _codes(event.actor) == {"PER"}


@pytest.mark.model
def test_announced_commitment_to_disarm_is_the_announcers(pipeline: Any) -> None:
    text = "The Bolivian militia announced its dissolution and its commitment to disarm."
    event = _at(pipeline, text, "disarm")
    assert event.type == "CONCEDE" and not event.hypothetical
    assert "militia" in " ".join(a.text for a in event.actor)


@pytest.mark.model
def test_promise_noun_event_takes_the_concession(pipeline: Any) -> None:
    text = "The Peruvian rebels made a pledge to disarm."
    assert _at(pipeline, text, "pledge").type == "CONCEDE"


@pytest.mark.model
def test_no_commitment_to_withdraw_is_no_concession(pipeline: Any) -> None:
    text = "There is no commitment to withdraw the Chilean troops."
    assert not [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "CONCEDE"]
