"""Names cut short and names told again (:mod:`sitroom.nlp.actors.retold`,
:mod:`sitroom.nlp.actors.names`, :func:`sitroom.nlp.actors.spans.plural_owner`). Sentences
are written for these tests; the people and parties are invented."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.names import only_address
from sitroom.nlp.actors.spans import plural_owner

COMMON = frozenset({"worker", "farmer", "people", "party"})


def test_a_plural_common_noun_before_a_possessive_is_a_word_of_the_name() -> None:
    doc = English()("People's Unity Front and Workers' Party and Jones' Party and Ruto's Plan")
    assert plural_owner(doc[0], doc[1].text, COMMON)  # People's
    assert plural_owner(doc[5], doc[6].text, COMMON)  # Workers'
    assert not plural_owner(doc[9], doc[10].text, COMMON)  # Jones': a name's possessive
    assert not plural_owner(doc[13], doc[14].text, COMMON)  # Ruto's


def test_words_of_address_alone_are_no_name() -> None:
    doc = English()("Atty . Cllr Atty Nyeke")
    assert only_address(doc[0:2]) and only_address(doc[2:3])
    assert not only_address(doc[3:5])


@pytest.mark.model
def test_a_party_name_with_an_inner_possessive_stays_whole(actor_nlp: Language) -> None:
    text = "Leaders of the People's Renewal Front met in Colombo on Monday to discuss the budget."
    texts = [m.text for m in _mentions(actor_nlp, text)]
    assert "People's Renewal Front" in texts
    assert "People" not in texts


@pytest.mark.model
def test_a_given_name_run_into_the_portfolio_before_the_comma_is_the_persons(
    actor_nlp: Language,
) -> None:
    text = (
        "Deputy Minister of Foreign Affairs and International Cooperation, Francess Paige "
        "Alghali, spoke at the council in Freetown."
    )
    found = _mentions(actor_nlp, text)
    assert "Francess Paige Alghali" in [m.text for m in found if m.type == "PERSON"]
    assert "International Cooperation" not in [m.text for m in found]  # the title's end


@pytest.mark.model
def test_a_word_of_address_alone_is_no_person(actor_nlp: Language) -> None:
    text = (
        "The Executive Director, Cllr. Johnathan Massaquoi, is abroad. The office said "
        "Cllr. Massaquoi is on a mission."
    )
    texts = [m.text for m in _mentions(actor_nlp, text)]
    assert "Cllr" not in texts and "Massaquoi" in texts


@pytest.mark.model
def test_a_surname_spelling_a_dictionary_word_told_again_is_the_person(
    actor_nlp: Language,
) -> None:
    text = (
        "Councillor Marlon Sobers spoke at the meeting in Bridgetown on Friday. "
        "Sobers said the council would vote next week."
    )
    people = [m for m in _mentions(actor_nlp, text) if m.text == "Sobers"]
    assert people and people[0].type == "PERSON"


@pytest.mark.model
def test_a_one_word_name_told_again_is_the_titled_person(actor_nlp: Language) -> None:
    text = (
        "Agency Chief Wiranto, speaking to reporters, said that forty homes were lost. "
        "Wiranto led a meeting with the rescue teams on Monday."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.type == "PERSON"]
    assert [m.text for m in found].count("Wiranto") == 2


@pytest.mark.model
def test_a_given_name_told_again_is_the_person(actor_nlp: Language) -> None:
    text = (
        "Barrister Tahmid Ali Rasool remains the party's chairman, the party said. "
        "Tahmid revealed that the party's strategy has shifted."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.type == "PERSON"]
    assert "Tahmid" in [m.text for m in found]


@pytest.mark.model
def test_a_name_part_two_people_share_is_left_alone(actor_nlp: Language) -> None:
    text = (
        "Barrister Tahmid Ali Rasool met Senator Tahmid Qureshi on Monday. "
        "Tahmid revealed that the party's strategy has shifted."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.type == "PERSON"]
    assert [m.text for m in found].count("Tahmid") == 0
