"""Roles of events on news prose: who acts and who receives, from the parse and the
discourse before the sentence. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article, Event

PUBLISHED = "2025-02-14"


def _events(pipeline: Any, text: str) -> list[Event]:
    articles: list[Article] = list(pipeline.process([Article(text=text, published=PUBLISHED)]))
    return articles[0].events


def _at(pipeline: Any, text: str, anchor: str, nth: int = 0) -> Event:
    found = [e for e in _events(pipeline, text) if e.anchor.text == anchor]
    assert len(found) > nth, f"no event on {anchor!r} in {text!r}"
    return found[nth]


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru faced tough sanctions from the Arab League.",
        "Peru suffered heavy sanctions imposed by the Arab League.",
    ],
)
def test_sanctions_faced_come_from_their_source(pipeline: Any, text: str) -> None:
    event = _at(pipeline, text, "sanctions")
    assert event.type == "SANCTION"
    assert _codes(event.actor) == {"IGO"} and _codes(event.recipient) == {"PER"}


@pytest.mark.model
def test_participle_names_the_doer_and_is_no_event_itself(pipeline: Any) -> None:
    events = _events(
        pipeline, "They condemned the killing of civilians carried out by the army of Chile."
    )
    assert not [e for e in events if e.anchor.text == "carried"]
    killing = next(e for e in events if e.anchor.text == "killing")
    assert _codes(killing.actor) >= {"CHL"}


@pytest.mark.model
def test_passive_event_noun_takes_the_agent(pipeline: Any) -> None:
    event = _at(pipeline, "These sanctions were instituted by the Arab League.", "sanctions")
    assert _codes(event.actor) == {"IGO"}
    assert not [
        e
        for e in _events(pipeline, "These sanctions were instituted by the Arab League.")
        if e.anchor.text == "instituted"
    ]


@pytest.mark.model
def test_series_of_strikes_is_owned_not_aimed_at_itself(pipeline: Any) -> None:
    event = _at(
        pipeline, "The town was hit by a series of Chilean air and drone strikes.", "strikes"
    )
    assert _codes(event.actor) == {"CHL"}
    assert not any("strikes" in r.text for r in event.recipient)


@pytest.mark.model
def test_coordinated_verbs_share_their_object(pipeline: Any) -> None:
    event = _at(pipeline, "Rebels attacked and sank a Peruvian cargo ship.", "attacked")
    assert _codes(event.recipient) == {"PER"}


@pytest.mark.model
def test_time_spent_does_not_act(pipeline: Any) -> None:
    event = _at(pipeline, "Boric and Lula spent two hours negotiating in Lima.", "negotiating")
    assert _codes(event.actor) >= {"BRA"}


@pytest.mark.model
def test_act_told_without_its_doer_continues_the_last_act(pipeline: Any) -> None:
    text = (
        "Chile launched missile strikes on Peru on Monday. A mosque was destroyed in Tacna. "
        "Further strikes were reported near the border."
    )
    destroyed = _at(pipeline, text, "destroyed")
    assert _codes(destroyed.actor) == {"CHL"} and "source_inferred" in destroyed.context
    further = _at(pipeline, text, "strikes", 1)
    assert _codes(further.actor) == {"CHL"} and _codes(further.recipient) == {"PER"}


@pytest.mark.model
def test_no_source_without_an_earlier_act(pipeline: Any) -> None:
    event = _at(pipeline, "Peru welcomed the envoy. A mosque was destroyed in Tacna.", "destroyed")
    assert not event.actor and not event.shown


@pytest.mark.model
def test_one_act_told_by_several_verbs_is_shown_once(pipeline: Any) -> None:
    text = "Chilean forces shelled the town of Tacna, killing twelve people and wounding thirty."
    shown = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.shown]
    assert len(shown) <= 1


@pytest.mark.model
def test_we_in_a_quote_is_the_speaker_side(pipeline: Any) -> None:
    text = (
        '"We have agreed to withdraw the army from the town," Chilean President Gabriel Boric said.'
    )
    event = _at(pipeline, text, "withdraw")
    assert _codes(event.actor) == {"CHL"}


@pytest.mark.model
def test_his_forces_are_his_country(pipeline: Any) -> None:
    text = "Chilean President Gabriel Boric said his forces would retaliate against Peru."
    assert _codes(_at(pipeline, text, "retaliate").actor) == {"CHL"}


@pytest.mark.model
def test_bare_institution_belongs_to_the_leading_country(pipeline: Any) -> None:
    text = (
        "Fighting broke out in Peru's capital. Peruvian President Dina Boluarte met her "
        "ministers. Peru said the army had withdrawn from Lima."
    )
    assert _codes(_at(pipeline, text, "withdrawn").actor) == {"PER"}


@pytest.mark.model
def test_counted_troops_are_not_a_bare_institution(pipeline: Any) -> None:
    text = "Chile is ready to contribute up to 4,000 troops to a peace force in Haiti."
    event = _at(pipeline, text, "contribute")
    assert "CHL" not in _codes(event.recipient)


@pytest.mark.model
def test_drills_around_an_island_are_aimed_at_it(pipeline: Any) -> None:
    text = "The Chinese navy staged large military drills around Taiwan on Monday."
    event = _at(pipeline, text, "drills")
    assert event.type == "MOBILIZE" and _codes(event.recipient) == {"TWN"}


@pytest.mark.model
def test_group_named_in_apposition_is_the_group(pipeline: Any) -> None:
    text = "The Israeli cabinet approved a ceasefire agreement with the militant group Hamas."
    event = _at(pipeline, text, "approved")
    assert any(r.canonical == "Hamas" for r in event.recipient)


@pytest.mark.model
def test_unknown_person_in_apposition_keeps_the_phrase_country(pipeline: Any) -> None:
    text = "A member of the Chilean senate, Tomas Olguin Vidal, started a hunger strike."
    event = _at(pipeline, text, "strike")
    assert _codes(event.actor) >= {"CHL"}


@pytest.mark.model
def test_a_named_coalition_is_every_member_later(pipeline: Any) -> None:
    text = (
        "Mali, Burkina Faso and Niger announced their immediate withdrawal from the bloc. "
        "The three countries accused the bloc of betraying its principles."
    )
    withdrawal = _at(pipeline, text, "withdrawal")
    assert _codes(withdrawal.actor) == {"MLI", "BFA", "NER"}
    assert "Burkina" not in withdrawal.actor[0].text  # the list is not one name
    assert _codes(_at(pipeline, text, "accused").actor) == {"MLI", "BFA", "NER"}


@pytest.mark.model
def test_they_of_one_group_stays_that_group(pipeline: Any) -> None:
    event = _at(pipeline, "The Houthis said they attacked the ship.", "attacked")
    assert [a.canonical for a in event.actor] == ["Houthis"]


@pytest.mark.model
def test_a_number_must_match_the_group(pipeline: Any) -> None:
    text = "Chile and Peru signed a deal. The three countries condemned the vote."
    assert not _at(pipeline, text, "condemned").actor


@pytest.mark.model
def test_condemning_an_act_is_aimed_at_its_doer(pipeline: Any) -> None:
    text = (
        "Rebels from Peru attacked a Greek ship on Monday. "
        "The shipping chamber condemned the assault."
    )
    assert _codes(_at(pipeline, text, "condemned").recipient) >= {"PER"}


@pytest.mark.model
def test_event_of_an_uncoded_source_is_kept_not_shown(pipeline: Any) -> None:
    event = _at(pipeline, "Gunmen attacked a bus on the highway.", "attacked")
    assert event.actor and not event.shown


@pytest.mark.model
def test_the_allies_after_a_named_group_stay_that_group(pipeline: Any) -> None:
    text = (
        "Talks between Chile and Peru resumed. Many European allies feel left out. "
        "The allies have asked Washington to consult them."
    )
    event = _at(pipeline, text, "asked")
    assert not _codes(event.actor) & {"CHL", "PER"}
