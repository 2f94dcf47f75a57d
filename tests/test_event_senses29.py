"""Event senses of round 21 (events29): typography that hid an event. A pattern word with an
apostrophe matches its typographic form ("d’affaires"); a label in quotation marks, which the
parser hangs on the object or on the next modifier, still accuses; "unfriendly", "hostile"
and "biased" condemn; a people's adjective on a label names whom it accuses. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of
from sitroom.nlp.events.plover import compile_pattern

PUBLISHED = "2025-05-01"


def test_a_pattern_word_with_an_apostrophe_takes_its_typographic_form() -> None:
    pattern = compile_pattern("* { charge d'affaires } = CONSULT||", {})
    assert pattern is not None
    (alt,) = pattern.post[0]
    assert "d’affaires" in alt[1] and "d'affaires" in alt[1]


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_summoning_a_charge_d_affaires_consults_whatever_the_apostrophe(
    pipeline: Any, apostrophe: str
) -> None:
    text = f"Chile's foreign ministry summoned Bolivia{apostrophe}s chargé d{apostrophe}affaires."
    found = [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "CONSULT"]
    assert found
    assert countries(found[0].actor) == {"CHL"} and countries(found[0].recipient) == {"BOL"}


def _accusations(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ACCUSE"]


@pytest.mark.model
def test_a_quoted_adjective_after_the_object_is_its_label(pipeline: Any) -> None:
    text = 'Chilean foreign minister Ana Soto called Bolivia\'s remarks "unacceptable".'
    found = _accusations(pipeline, text)
    assert found and countries(found[0].recipient) == {"BOL"}


@pytest.mark.model
def test_an_unfriendly_label_condemns(pipeline: Any) -> None:
    text = "The Chilean foreign minister described Bolivia's decision as “unfriendly”."
    found = _accusations(pipeline, text)
    assert found and countries(found[0].recipient) == {"BOL"}


@pytest.mark.model
def test_a_quoted_label_accuses_the_people_its_adjective_names(pipeline: Any) -> None:
    text = "A Chilean government spokesman called it a “cowardly Bolivian raid” on the border."
    found = _accusations(pipeline, text)
    assert found
    assert countries(found[0].recipient) == {"BOL"}


@pytest.mark.model
def test_an_adjective_before_the_object_is_no_label(pipeline: Any) -> None:
    text = "Chilean foreign minister Ana Soto called Bolivia's unacceptable remarks a surprise."
    assert not _accusations(pipeline, text)


def _swaps(pipeline: Any, text: str) -> list[Any]:
    return [
        e
        for e in events_of(pipeline, PUBLISHED, text)
        if e.anchor.text in ("swap", "exchange", "exchanged")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile and Bolivia completed a prisoner swap on Friday.",
        "The prisoner exchange between Chile and Bolivia took place at the border.",
        "Chile and Bolivia exchanged prisoners on Friday.",
        "Chile exchanged prisoners with Bolivia on Friday.",
    ],
)
def test_a_prisoner_swap_frees_prisoners_on_both_sides(pipeline: Any, text: str) -> None:
    found = _swaps(pipeline, text)
    assert [e.type for e in found] == ["RETREAT"]
    assert countries(found[0].actor) == {"CHL", "BOL"} == countries(found[0].recipient)


@pytest.mark.model
def test_a_currency_exchange_is_no_swap_of_prisoners(pipeline: Any) -> None:
    assert not _swaps(pipeline, "Chile and Bolivia agreed on a currency exchange on Friday.")


def _fights(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, text) if e.type == "ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The rebels have been at war with the Chilean army since 2023.",
        "The rebels, who have been at war with the Chilean army since 2023, took the town.",
        "The Chilean army has been in conflict with the rebels since 2023.",
        "Chilean troops have been battling the rebels since 2023.",
    ],
)
def test_a_state_of_war_with_a_party_is_fighting(pipeline: Any, text: str) -> None:
    found = [e for e in _fights(pipeline, text) if e.anchor.text in ("war", "conflict", "battling")]
    assert found and "CHL" in countries(found[0].actor) | countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The war with the rebels ended in 2023.",
        "Chile has been in conflict over the water rights for years.",
    ],
)
def test_a_war_without_be_or_without_a_party_fought_is_no_state_of_fighting(
    pipeline: Any, text: str
) -> None:
    assert not [e for e in _fights(pipeline, text) if e.anchor.text in ("war", "conflict")]
