"""The state a report is about (dateline, else the state named far more than any other)
given to officials whose national title names no state; long titles before a comma.
Sentences are written for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.dominant import dominant_state
from sitroom.nlp.actors.things import place_country


def _person(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


KENYA = (
    "Kenya has raised fuel prices again. Traders in Kenya said the rise would hurt "
    "farmers. The Kenyan shilling fell on Monday. "
)


def test_a_national_office_takes_the_state_the_report_is_about(actor_nlp: Language) -> None:
    text = KENYA + "The energy minister Peter Omondo defended the decision on Tuesday."
    m = _person(actor_nlp, text, "Peter Omondo")
    assert (m.country, m.sector) == ("KEN", "GOV")


def test_no_state_dominates_two_named_as_often(actor_nlp: Language) -> None:
    text = (
        "Kenya and Uganda have raised fuel prices. Traders in Kenya and Uganda said the "
        "rise would hurt farmers. Kenya and Uganda will meet again. "
        "The energy minister Peter Omondo defended the decision on Tuesday."
    )
    assert _person(actor_nlp, text, "Peter Omondo").country is None


def test_a_visitor_does_not_take_the_host_state(actor_nlp: Language) -> None:
    text = "Trade Minister Lars Hovden left for Kenya on Tuesday. " + KENYA
    assert _person(actor_nlp, text, "Lars Hovden").country != "KEN"


def test_an_analyst_takes_no_state_from_the_report(actor_nlp: Language) -> None:
    text = "Analyst Mary Wanjiru of the Institute said prices would rise. " + KENYA
    assert _person(actor_nlp, text, "Mary Wanjiru").country != "KEN"


def test_a_long_title_before_a_comma_and_a_rank(actor_nlp: Language) -> None:
    text = (
        "Former Ghanaian Head of State and founder of the Cocoa Board, General Kofi Asamoa "
        "urged calm on Sunday."
    )
    m = _person(actor_nlp, text, "Kofi Asamoa")
    assert (m.country, m.sector) == ("GHA", "ELI")


def test_the_dateline_state_wins(actor_nlp: Language) -> None:
    text = "NAIROBI, May 3 - Uganda and Uganda's neighbours met. Uganda said so."
    doc = actor_nlp(text)
    furniture = [(0, 15, "dateline")]
    assert dominant_state(doc, furniture, place_country) == "KEN"
    assert dominant_state(doc, [], place_country) in (None, "UGA")


def test_his_spokesman_serves_the_state_of_the_person_named_before(
    actor_nlp: Language,
) -> None:
    text = (
        "President Emmanuel Macron will name a new cabinet soon, his spokesman, Luc Berand, said."
    )
    m = _person(actor_nlp, text, "Luc Berand")
    assert (m.country, m.sector) == ("FRA", "GOV")


def test_a_surname_alone_later_is_the_same_person(actor_nlp: Language) -> None:
    text = (
        "The army said on Sunday that a statement by its spokesman, Major General Tunde "
        "Okafor, confirmed the attack. Okafor added that troops recovered weapons."
    )
    doc = actor_nlp(text)
    later = [m for m in doc._.mentions if m.text == "Okafor" and m.start > text.index("added") - 8]
    assert later and later[0].type == "PERSON"
    assert later[0].actor_id == next(m.actor_id for m in doc._.mentions if "Tunde" in m.text)


def test_a_role_word_surname_is_not_taken_for_the_person(actor_nlp: Language) -> None:
    text = "Police spokesman Carlos Mayor spoke on Friday. Mayor Ana Reyes said the city was calm."
    doc = actor_nlp(text)
    assert not any(m.text == "Mayor" for m in doc._.mentions)


def test_a_generational_suffix_is_no_surname(actor_nlp: Language) -> None:
    text = (
        "Communications Secretary Ramon Dalisay Jr. spoke on Monday. "
        "Dalisay said the government would act."
    )
    doc = actor_nlp(text)
    full = next(m for m in doc._.mentions if m.text.startswith("Ramon"))
    later = [m for m in doc._.mentions if m.text == "Dalisay"]
    assert later and later[0].actor_id == full.actor_id
    assert later[0].sector == "GOV"


def test_the_first_of_two_surnames_later_is_the_same_person(actor_nlp: Language) -> None:
    text = (
        "Opposition senator Mateo Ruiz Calderon won the vote on Sunday. "
        "Ruiz said the count was fair."
    )
    doc = actor_nlp(text)
    full = next(m for m in doc._.mentions if m.text.startswith("Mateo"))
    later = [m for m in doc._.mentions if m.text == "Ruiz"]
    assert later and later[0].actor_id == full.actor_id


@pytest.mark.model
def test_a_state_named_as_the_doer_of_an_act_is_no_bodys_home(pipeline: Any) -> None:
    text = (
        "Ana Torres won Chile's presidential runoff on Sunday. The earlier vote was annulled "
        "by the Electoral Court in March over allegations of Peruvian interference."
    )
    court = next(m for m in pipeline.extract_texts([text])[0].mentions if "Court" in m.text)
    assert court.country != "PER"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Guatemalan President Bernardo Arévalo dismissed Interior Minister Tomas "
            "Quelbrin on Monday after a prison break.",
            "Tomas Quelbrin",
            "GTM",
        ),
        (
            "Kenyan President William Ruto on Friday appointed Defence Minister Halon "
            "Mbeketu and sacked Trade Minister Orla Wanjiku.",
            "Orla Wanjiku",
            "KEN",
        ),
    ],
)
def test_an_official_takes_the_state_of_whoever_appoints_or_dismisses_them(
    actor_nlp: Language, text: str, name: str, country: str
) -> None:
    m = _person(actor_nlp, text, name)
    assert (m.country, m.sector) == (country, "GOV")


def test_an_official_a_stateless_person_dismisses_gets_no_state_from_it(
    actor_nlp: Language,
) -> None:
    text = "Chairman Odo Brelt dismissed Interior Minister Tomas Quelbrin on Monday."
    assert _person(actor_nlp, text, "Tomas Quelbrin").country is None


def test_short_state_names_of_the_press_are_the_state(actor_nlp: Language) -> None:
    text = (
        "Officials in T&T said the new rules were lawful. "
        "Defence Minister Osric Pellow said the curfew would end."
    )
    assert _person(actor_nlp, text, "Osric Pellow").country == "TTO"


def test_a_country_inside_a_hyphenated_place_name_names_no_state(actor_nlp: Language) -> None:
    # "Port-of-Spain" is one place (Trinidad's capital), not Spain
    text = (
        "The cabinet met in Port-of-Spain on Monday. Ministers in Port-of-Spain said "
        "the budget was ready. The frigate docked at Port-of-Spain on Tuesday. "
        "The finance minister Carla Rampaul defended the budget."
    )
    assert _person(actor_nlp, text, "Carla Rampaul").country != "ESP"
    doc = actor_nlp(text)
    assert not any(m.text == "Spain" for m in doc._.mentions)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sierra Leone’s", "SLE"),  # a state's possessive the recognizer calls a body
        ("the Sierra Leone Civil Aviation Authority", "SLE"),  # a state of two words inside
        ("the Kenya Wildlife Service", "KEN"),
        ("the Kenya-Uganda Joint Commission", None),
    ],
)
def test_a_states_name_of_two_words_inside_a_body_names_it(name: str, code: str | None) -> None:
    from sitroom.nlp.actors.dominant import _named_state

    states = {"Sierra Leone": "SLE", "Kenya": "KEN", "Uganda": "UGA"}
    assert _named_state(name, states.get, None) == code


def test_a_states_name_tagged_as_a_body_counts_for_the_report(actor_nlp: Language) -> None:
    # the recognizer often tags a hyphenated state's name as a body ("Timor-Leste")
    text = (
        "Timor-Leste’s parliament met on Monday. Timor-Leste will join the bloc next year, "
        "officials said. Timor-Leste thanked its friends in Malaysia. "
        "The finance minister Ana Belarmina spoke after the vote on Tuesday."
    )
    assert _person(actor_nlp, text, "Ana Belarmina").country == "TLS"


def test_a_portfolio_named_after_an_international_body_is_a_states(
    actor_nlp: Language,
) -> None:
    text = KENYA + "The Minister for EAC Affairs, Rose Kemunto, defended the rise."
    m = _person(actor_nlp, text, "Rose Kemunto")
    assert (m.country, m.sector) == ("KEN", "GOV")
