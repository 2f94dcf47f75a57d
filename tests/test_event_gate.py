"""The event filter's features (nlp/events/gate.py): broad, topic-free signals."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from prose_checks import events_of
from sitroom.article import ActorRef
from sitroom.nlp.events.gate import EventView, features, with_roles


def _view() -> EventView:
    doc = spacy.blank("en")("Peru shelled the border town.")
    return EventView(doc[1], "ASSAULT", False, True, 0, False, False, False)


def test_roles_are_told_by_whether_they_code_a_party() -> None:
    peru = ActorRef("Peru", "PER", "Peru", "PER", "GOV")
    town = ActorRef("the border town", None, None, None, "CVL")
    view = with_roles(_view(), [peru], [town])
    assert (view.actor_parties, view.recipient_parties) == (1, 0)
    f = features(view)
    assert f["roles=1101"] == 1.0 and f["type|roles=ASSAULT|1101"] == 1.0
    assert f["actor_sector=GOV"] == 1.0 and f["recipient_sector=CVL"] == 1.0


def test_no_word_of_the_sentence_is_a_feature() -> None:
    f = features(with_roles(_view(), [], []))
    assert f["roles=0000"] == 1.0
    assert not any("shell" in k or "town" in k or "peru" in k.lower() for k in f)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an act of force that has not happened is no ASSAULT
        ("Officials in Lima said that Bolivian troops could attack the border posts.", False),
        ("The minister said Bolivian troops can strike any town in Peru.", False),
        ("Bolivian troops attacked the border posts of Peru on Monday.", True),
    ],
)
def test_unrealised_force_is_not_shown(pipeline: Any, text: str, shown: bool) -> None:
    assaults = [e for e in events_of(pipeline, "2025-05-01", text) if e.type == "ASSAULT"]
    assert assaults and any(e.shown for e in assaults) is shown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an inquiry a state makes at home of a person or deed is policing, no accusation
        ("Chilean prosecutors will investigate the bribes paid by the former mayor.", False),
        ("Chilean police have been searching for the fugitive banker since Friday.", False),
        ("Chilean authorities are still investigating new allegations against the banker.", False),
        # aimed at another party it is one
        ("Argentina's government is investigating Chile over the border incident.", True),
    ],
)
def test_inquiry_at_home_is_not_shown(pipeline: Any, text: str, shown: bool) -> None:
    events = events_of(pipeline, "2025-05-01", text)
    inquiries = [e for e in events if e.anchor.text.startswith(("investigat", "search"))]
    assert inquiries and any(e.shown for e in inquiries) is shown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the act condemned was told before: one act, one event, where it was first told
        (
            "Bolivian jets struck a building in Lima on Monday. Peru strongly condemned the "
            "Bolivian attack on the building in its capital.",
            False,
        ),
        # told first in the condemnation, it stays
        ("Peru condemned the Bolivian attack on a building in its capital on Monday.", True),
    ],
)
def test_act_condemned_after_it_was_told_is_shown_once(
    pipeline: Any, text: str, shown: bool
) -> None:
    strikes = [e for e in events_of(pipeline, "2025-05-01", text) if e.anchor.text == "attack"]
    assert strikes and any(e.shown for e in strikes) is shown
