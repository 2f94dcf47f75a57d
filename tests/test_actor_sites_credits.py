"""Session 34 (actors18) kinds of non-actors and wrong sectors found on the pooled seen
sets: a name in a picture's credit, a body's building named as where people are, a name
before "hospital", a capital before a city's office, a name right before the noun
"party", and a body that runs elections (GOV, not a court). Sentences are written for
these tests; the people and bodies are invented."""

from __future__ import annotations

from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from prose_checks import actor_texts as _texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def test_a_credited_agency_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "Crowds marched through the city on Sunday. (Photo by AFP)")
    assert "AFP" not in found


def test_a_credit_after_a_colon_is_no_actor(actor_nlp: Language) -> None:
    assert "Reuters" not in _texts(actor_nlp, "The minister spoke on Monday. Photo: Reuters")


def test_an_agency_that_reports_is_still_an_actor(actor_nlp: Language) -> None:
    assert "AFP" in _texts(actor_nlp, "Two people were killed, AFP reported on Sunday.")


def test_a_state_body_building_where_people_rally_is_a_site(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "Hundreds of students rallied near the Chilean parliament complex.")
    assert not any("Chile" in t or "parliament" in t.lower() for t in found)


def test_a_state_body_building_struck_is_the_body(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The Chilean foreign ministry condemned the attack on Monday.")
    assert "Chilean foreign ministry" in found


def test_a_name_before_hospital_is_a_site(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "He is in surgery at the Santa Fe de Bogota Foundation hospital.")
    assert not any("Foundation" in t for t in found)


def test_a_capital_before_the_city_police_is_the_city(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "Two men were held, according to Nairobi police chief Tom Abuya.")
    assert "Nairobi" not in found


def test_a_capital_that_acts_is_still_its_state(actor_nlp: Language) -> None:
    assert "Nairobi" in _texts(actor_nlp, "Nairobi said it would recall its envoy.")


def test_a_name_before_the_noun_party_is_a_party(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "Ministers from the ruling bloc and its allied Amal party left.")
    amal = [m for m in found if m.text == "Amal"]
    assert amal and all(m.type == "ORG" for m in amal)


def test_a_body_that_runs_elections_is_government(actor_nlp: Language) -> None:
    text = "The Supreme Electoral Tribunal of Bolivia said the count was complete."
    found = [m for m in _mentions(actor_nlp, text) if "Tribunal" in m.text]
    assert found and all(m.sector == "GOV" for m in found)


def test_a_court_is_still_judicial(actor_nlp: Language) -> None:
    text = "The Constitutional Tribunal of Bolivia said the law was void."
    found = [m for m in _mentions(actor_nlp, text) if "Tribunal" in m.text]
    assert found and all(m.sector == "JUD" for m in found)


def test_a_body_named_of_its_state_is_one_name(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "The Law Society of Kenya and two churches issued a statement.")
    texts = [m.text for m in found]
    assert "Law Society of Kenya" in texts and "Kenya" not in texts
    assert all(m.country == "KEN" for m in found if m.text == "Law Society of Kenya")


def test_a_state_after_of_a_non_body_is_still_a_mention(actor_nlp: Language) -> None:
    assert "Kenya" in _texts(actor_nlp, "The Law Society said it would sue Kenya on Monday.")


def test_a_ship_named_once_with_its_prefix_is_a_ship_throughout(actor_nlp: Language) -> None:
    text = (
        "Crew members of the MV Sea Lantern were rescued on Monday. "
        "The search went on after Sea Lantern went down near the coast."
    )
    assert "Sea Lantern" not in _texts(actor_nlp, text)


def test_a_company_holding_a_ships_name_is_still_an_actor(actor_nlp: Language) -> None:
    text = "The MV Sea Lantern was seized. Sea Lantern Shipping said it would appeal."
    assert "Sea Lantern Shipping" in _texts(actor_nlp, text)
