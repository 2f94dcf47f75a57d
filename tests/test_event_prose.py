"""Event coding on news prose (issue 15): roles from the parse and the discourse, the
modality of scheduled acts, and word senses told by their context. Sentences written for
these tests; each checks one general rule."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import events_of
from sitroom.article import Event

PUBLISHED = "2025-02-14"


def _at(pipeline: Any, text: str, anchor: str, nth: int = 0) -> Event:
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text == anchor]
    assert len(found) > nth, f"no event on {anchor!r} in {text!r}"
    return found[nth]


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


# -- roles ------------------------------------------------------------------------------------


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
    events = events_of(
        pipeline,
        PUBLISHED,
        "They condemned the killing of civilians carried out by the army of Chile.",
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
        for e in events_of(
            pipeline, PUBLISHED, "These sanctions were instituted by the Arab League."
        )
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
    shown = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT" and e.shown]
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
@pytest.mark.parametrize(
    "text",
    [
        "Russia held live-fire drills close to Japan on Monday.",
        "Russia staged naval drills close to Japan on Monday.",
    ],
)
def test_show_of_force_close_to_a_country_is_aimed_at_it(pipeline: Any, text: str) -> None:
    event = _at(pipeline, text, "drills")
    assert event.type == "MOBILIZE" and "JPN" in _codes(event.recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "actor"),
    [
        ("Hamas is expected to release 33 hostages on Sunday.", "release", "PSE"),
        ("Iran is set to sign a deal with Russia.", "sign", "IRN"),
        ("Iraq was urged to cooperate with the inspectors.", "cooperate", "IRQ"),
    ],
)
def test_subject_of_a_passive_raising_verb_acts(
    pipeline: Any, text: str, anchor: str, actor: str
) -> None:
    assert actor in _codes(_at(pipeline, text, anchor).actor)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "actors"),
    [
        ("Chinese and American leaders met in Seoul.", "met", {"CHN", "USA"}),
        ("US and Israeli strikes hit Iran on Sunday.", "hit", {"USA", "ISR"}),
    ],
)
def test_coordinated_nations_before_a_noun_all_act(
    pipeline: Any, text: str, anchor: str, actors: set[str]
) -> None:
    assert actors <= _codes(_at(pipeline, text, anchor).actor)


@pytest.mark.model
def test_owner_of_an_act_done_by_another_undergoes_it(pipeline: Any) -> None:
    event = _at(
        pipeline, "Venezuela condemned the tanker's seizure by the United States.", "seizure"
    )
    assert _codes(event.actor) == {"USA"}
    assert any(r.text == "tanker" for r in event.recipient)


@pytest.mark.model
def test_passive_agent_hung_on_an_as_phrase_acts(pipeline: Any) -> None:
    event = _at(pipeline, "The seizure was decried as piracy by Venezuela.", "decried")
    assert event.type == "ACCUSE" and _codes(event.actor) == {"VEN"}


@pytest.mark.model
def test_act_of_force_off_the_coast_of_a_country_is_aimed_at_it(pipeline: Any) -> None:
    text = "The United States seized an oil tanker off the coast of Venezuela on Wednesday."
    assert "VEN" in _codes(_at(pipeline, text, "seized").recipient)


@pytest.mark.model
def test_victims_of_no_named_side_belong_to_the_counterpart(pipeline: Any) -> None:
    text = (
        "India and Pakistan traded fire along the border overnight. "
        "Pakistan's army said it would respond to India. "
        "An Indian missile destroyed a mosque, killing two children."
    )
    event = _at(pipeline, text, "destroyed")
    assert _codes(event.actor) == {"IND"} and "PAK" in _codes(event.recipient)


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


# -- modality ---------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Under the accord, Chile will free forty Peruvian detainees next week.", "free"),
        ("Peru is expected to release twelve Chilean fishermen on Monday.", "release"),
        ("More detainees are to be released by Chile in stages.", "released"),
    ],
)
def test_scheduled_release_keeps_its_type_and_is_hypothetical(
    pipeline: Any, text: str, anchor: str
) -> None:
    event = _at(pipeline, text, anchor)
    assert event.type == "RETREAT"
    assert event.hypothetical and not event.negated


@pytest.mark.model
def test_release_promised_by_its_actor_is_agree(pipeline: Any) -> None:
    event = _at(pipeline, "Chile will release the detainees, its foreign minister said.", "release")
    assert event.type == "AGREE"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The truce is set to take effect on Monday.", "truce"),
        ("Peru still awaits talks with Chile on the border.", "talks"),
    ],
)
def test_event_noun_ahead_is_hypothetical(pipeline: Any, text: str, anchor: str) -> None:
    assert _at(pipeline, text, anchor).hypothetical


# -- word senses ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "event"),
    [
        ("Further strikes were reported in the north of Chile.", "strikes", "ASSAULT"),
        ("Peru launched its strikes in the early hours.", "strikes", "ASSAULT"),
        ("Teachers in Chile went on strike over pay.", "strike", "PROTEST"),
        ("Dockers' unions in Peru called a strike for Monday.", "strike", "PROTEST"),
    ],
)
def test_strike_is_an_attack_unless_labour_is_said(
    pipeline: Any, text: str, anchor: str, event: str
) -> None:
    assert _at(pipeline, text, anchor).type == event


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Peru staged large military drills near the border on Monday.", "MOBILIZE"),
        ("Chile and Peru held joint naval exercises.", "COOPERATE"),
        ("The Chilean navy held drills with Peru.", "COOPERATE"),
    ],
)
def test_drills_alone_are_a_show_of_force(pipeline: Any, text: str, event: str) -> None:
    found = [
        e for e in events_of(pipeline, PUBLISHED, text) if e.anchor.text in ("drills", "exercises")
    ]
    assert found and found[0].type == event


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops met fierce resistance near the border.",
        "The sudden move caught Chilean officials off guard.",
        "Chile fired the first shots in the tariff dispute.",
    ],
)
def test_idioms_report_no_event(pipeline: Any, text: str) -> None:
    anchors = {e.anchor.text for e in events_of(pipeline, PUBLISHED, text)}
    assert not anchors & {"met", "caught", "fired"}


@pytest.mark.model
def test_meeting_place_is_not_the_counterpart(pipeline: Any) -> None:
    event = _at(pipeline, "Xi met the Chilean president at the Kremlin on Tuesday.", "met")
    assert event.type == "CONSULT"
    assert "RUS" not in _codes(event.recipient)


def test_idiom_needs_every_word() -> None:
    from sitroom.nlp.events.plover import load_lexicon

    lexicon = load_lexicon()
    assert frozenset({"off", "guard"}) in lexicon.idioms["catch"]
    assert frozenset({"demand"}) not in lexicon.idioms.get("meet", [])  # "not meet demands"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "event"),
    [
        ("Peru announced a ceasefire with Chile.", "ceasefire", "CONCEDE"),
        ("Mali withdrew from the regional bloc.", "withdrew", "SANCTION"),
        ("Chile withdrew its troops from the border town.", "withdrew", "RETREAT"),
        (
            "China announced new restrictions on the export of rare metals.",
            "restrictions",
            "SANCTION",
        ),
        ("China fired rockets into the sea during the drills.", "fired", "MOBILIZE"),
        ("The rebels seized control of the city.", "seized", "ASSAULT"),
        ("China sent 71 fighter jets towards the island.", "sent", "MOBILIZE"),
        ("Japan sent aid to Peru.", "sent", "AID"),
        ("The United States boycotted the two-day meeting in Lima.", "boycotted", "PROTEST"),
        ("Rebels have targeted dozens of merchant vessels.", "targeted", "ASSAULT"),
    ],
)
def test_senses_told_by_their_context(pipeline: Any, text: str, anchor: str, event: str) -> None:
    assert _at(pipeline, text, anchor).type == event


@pytest.mark.model
def test_talks_supposed_to_happen_are_hypothetical(pipeline: Any) -> None:
    assert _at(pipeline, "The two leaders were supposed to meet in Lima.", "meet").hypothetical


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Peru lifted the curfew in Lima.", "lifted"),
        ("China agreed to suspend new export restrictions for one year.", "suspend"),
        ("Tariffs on Chilean goods were lowered last week.", "Tariffs"),
    ],
)
def test_easing_a_measure_is_a_concession(pipeline: Any, text: str, anchor: str) -> None:
    events = events_of(pipeline, PUBLISHED, text)
    assert _at(pipeline, text, anchor).type == "CONCEDE"
    assert not [e for e in events if e.type in ("SANCTION", "COERCE")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "event"),
    [
        ("The US imposed duties of up to 145 per cent on Chilean imports.", "imposed", "SANCTION"),
        ("Washington took control of the tanker.", "took", "COERCE"),
        ("China, Russia and Venezuela voted against the resolution.", "voted", "REJECT"),
        (
            "Niger said it is leaving the Economic Community of West African States.",
            "leaving",
            "SANCTION",
        ),
    ],
)
def test_more_senses_told_by_their_object(
    pipeline: Any, text: str, anchor: str, event: str
) -> None:
    assert _at(pipeline, text, anchor).type == event


@pytest.mark.model
def test_leaving_a_room_is_no_event(pipeline: Any) -> None:
    assert not events_of(pipeline, PUBLISHED, "The minister left the room.")


@pytest.mark.model
def test_a_news_outlet_is_no_inferred_counterpart(pipeline: Any) -> None:
    """A refusal with nobody named is aimed at the party the report has been about, never
    at the outlet it cites, however often the outlet is named."""
    text = (
        "CNN interviewed the deputy leader of Hezbollah for an hour on Friday. "
        "CNN asked him about the disarmament plan. Hezbollah rejected the plan on Saturday."
    )
    refusal = _at(pipeline, text, "rejected")
    assert refusal.type == "REJECT"
    assert not any((r.canonical or r.text) == "CNN" for r in refusal.recipient)


@pytest.mark.model
def test_an_act_set_off_is_its_doers_against_who_set_it_off(pipeline: Any) -> None:
    text = (
        "On Thursday, Chile carried out strikes in Lima, setting off retaliatory attacks by Peru."
    )
    event = _at(pipeline, text, "setting")
    assert _codes(event.actor) == {"PER"} and _codes(event.recipient) == {"CHL"}


@pytest.mark.model
def test_a_refusal_despite_which_a_party_acted_is_aimed_at_that_party(pipeline: Any) -> None:
    text = "Chile had asked the army to draft a plan by August, despite a rejection by the Houthis."
    event = _at(pipeline, text, "rejection")
    assert _codes(event.recipient) == {"CHL"}
