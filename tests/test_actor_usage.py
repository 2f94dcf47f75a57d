"""Session 28 (actors7) patterns of names that stand for no actor where they stand, and of
spans and links that went wrong on fresh reports: a currency named after a state, a
dateline, a team's score, places listed into one name, a body's seat, a portfolio after
"Minister for" or before "counterpart", a meeting one attends or that has an ordinal, a
known body's one-word name closing an unknown longer name, a word of address before a
name, "MLA" as a title, and two people with alike surnames but other first names.
Sentences are written for these tests; the people are invented."""

from __future__ import annotations

from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from prose_checks import actor_texts as _texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def test_a_currency_named_after_a_state_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The Tanzanian shilling fell against the U.S. dollar on Monday.")
    assert "Tanzanian" not in found and "U.S." not in found


def test_a_dateline_city_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "New Delhi: India and France signed a deal on Monday.")
    assert "New Delhi" not in found and "India" in found


def test_a_national_teams_score_is_no_state_acting(actor_nlp: Language) -> None:
    assert "Zambia" not in _texts(actor_nlp, "The home side beat Zambia 2-1 in the qualifier.")


def test_places_listed_into_one_name_are_no_body(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "Rain flooded the districts of Feni, Cumilla, Noakhali and Sylhet.")
    assert not [t for t in found if "," in t], found


def test_a_portfolio_is_no_body(actor_nlp: Language) -> None:
    text = (
        "The Minister for Rural Electrification (RE) Kemi Adebanjo spoke first. "
        "Her Works, Housing and Transport counterpart, Musa Sulemana, disagreed."
    )
    found = _texts(actor_nlp, text)
    assert "Kemi Adebanjo" in found
    assert not [t for t in found if "Electrification" in t or "Housing" in t or t == "RE"]


def test_a_bodys_one_word_name_closing_a_longer_name(actor_nlp: Language) -> None:
    text = (
        "Delegates at the 42nd Asian Rowing Congress agreed a new calendar, and the "
        "Congress will meet again next year. Minister Atul Dorakar spoke."
    )
    ms = _mentions(actor_nlp, text)
    assert not [m for m in ms if m.actor_id == "us-congress"]
    assert all(m.country != "USA" for m in ms)


def test_the_alliance_of_a_group_is_not_a_known_alliance(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "The Alliance of Kenyan Nurses marched to parliament.")
    assert not [m for m in found if m.actor_id == "nato"]


def test_words_of_address_are_no_part_of_a_name(actor_nlp: Language) -> None:
    text = "Sports Minister Barrister Tunde Okafor praised the team. Barrister Okafor said more."
    ms = _mentions(actor_nlp, text)
    people = {m.text: m for m in ms}
    assert "Tunde Okafor" in people and "Okafor" in people, list(people)
    assert people["Okafor"].actor_id == people["Tunde Okafor"].actor_id


def test_mla_is_a_title_not_a_name(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "The minister met Kota MLA Sunil Mehtani on Friday.")
    mla = [m for m in found if "Mehtani" in m.text]
    assert mla and mla[0].text == "Sunil Mehtani" and mla[0].sector == "LEG"


def test_alike_surnames_with_other_first_names_are_two_people(actor_nlp: Language) -> None:
    text = "Finance minister Atul Dorakar and trade minister Bimal Dorakar met on Friday."
    ms = {m.text: m for m in _mentions(actor_nlp, text)}
    assert ms["Atul Dorakar"].actor_id != ms["Bimal Dorakar"].actor_id


def test_a_host_states_name_opening_an_events_name(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The team qualified for the 2018 Russia World Cup last night.")
    assert "Russia" not in found


def test_a_federations_state_named_as_a_person_is_none(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "Governor Babagana Zulu of Borno State won the poll.")
    assert not [m for m in found if m.text == "Borno State" and m.type == "PERSON"]


def test_a_dollar_sum_with_the_states_name_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The 272-million-US-dollar railway was opened on Monday.")
    assert "US" not in found


def test_a_continents_adjective_gives_a_body_no_state(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "The South American Rowing Confederation proposed a study.")
    assert all(m.country != "USA" for m in found), [(m.text, m.country) for m in found]


def test_a_compass_word_opening_a_continents_adjective(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "The West African Examinations Council said results were late.")
    assert not [m for m in found if m.actor_id == "grp-the-west"]
