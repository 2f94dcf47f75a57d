"""Event coding on news prose: modality of scheduled acts, roles of event nouns.

Sentences written for these tests; each checks one general rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article, Event

PUBLISHED = "2025-02-14"


def _events(pipeline: Any, text: str) -> list[Event]:
    articles: list[Article] = list(pipeline.process([Article(text=text, published=PUBLISHED)]))
    return articles[0].events


def _at(pipeline: Any, text: str, anchor: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.anchor.text == anchor]
    assert found, f"no event on {anchor!r} in {text!r}"
    return found[0]


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


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
    found = [e for e in _events(pipeline, text) if e.anchor.text in ("drills", "exercises")]
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
    anchors = {e.anchor.text for e in _events(pipeline, text)}
    assert not anchors & {"met", "caught", "fired"}


@pytest.mark.model
def test_meeting_place_is_not_the_counterpart(pipeline: Any) -> None:
    event = _at(pipeline, "Xi met the Chilean president at the Kremlin on Tuesday.", "met")
    assert event.type == "CONSULT"
    assert "RUS" not in _codes(event.recipient)


def test_idiom_needs_every_word() -> None:
    from sitroom.nlp.plover import load_lexicon

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
    events = _events(pipeline, text)
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
    assert not _events(pipeline, "The minister left the room.")
