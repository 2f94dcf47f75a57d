"""Session 31 (actors11): a state's own body that the KB files under another state's name
("Mexico's National Security Council", a bare "Congress" in a report on Peru), a news
agency's foreign dateline, and names that stand for no actor where they stand: a state
people are taken to, a state's embassy as a site, a city's port, a make before "app" or
"pistol", a rank with no name. Sentences are written for these tests; people are invented."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from sitroom.article import Mention, Place
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.dominant import dominant_state
from sitroom.nlp.actors.nonactors import not_an_actor
from sitroom.nlp.actors.spans import same_name_places, trim
from sitroom.nlp.actors.things import place_country


def _actors(nlp: Language, text: str) -> list[Any]:
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m for m in doc._.mentions if (m.start, m.end) not in where]


def _texts(nlp: Language, text: str) -> list[str]:
    return [m.text for m in _actors(nlp, text)]


def test_a_states_own_body_is_not_the_kbs_other_state(actor_nlp: Language) -> None:
    text = "Lawyers filed a complaint with Mexico's National Security Council on Monday."
    body = {m.text: m for m in _actors(actor_nlp, text)}["National Security Council"]
    assert body.country == "MEX"


def test_a_bare_congress_names_no_state_when_counting(actor_nlp: Language) -> None:
    # "Congress" (the KB's US one) three times must not outweigh the state the report is on
    text = (
        "Peru's lawmakers swore in Congress chief Ana Quispe as president. Quispe told "
        "Congress she would fight crime. Congress had voted to remove Dina Boluarte."
    )
    found = [m for m in _actors(actor_nlp, text) if m.text == "Congress"]
    assert found and all(m.country == "PER" for m in found)


def test_a_bureaus_dateline_gives_way_to_the_state_the_body_is_on(actor_nlp: Language) -> None:
    text = (
        "BUENOS AIRES, October 10. /TASS/. Peru has a new president. Lawmakers in Peru "
        "voted on Thursday. Peru will hold elections in April, and Peru's army is on alert."
    )
    doc = actor_nlp(text)
    dateline = [(0, 33, "dateline")]
    assert dominant_state(doc, dateline, place_country) == "PER"
    home = "BUENOS AIRES, October 10. /TASS/. Argentina's economy grew. Peru voted."
    assert dominant_state(actor_nlp(home), dateline, place_country) == "ARG"


def test_a_state_people_are_taken_to_is_a_place(actor_nlp: Language) -> None:
    for text in (
        "The two suspects were extradited to the United States on Friday.",
        "Their extradition to the United States broke the law, lawyers said.",
        "Mexico has sent 26 cartel members to the United States this year.",
        "Lawyers of two people taken to the U.S. last year argued the case.",
    ):
        found = _texts(actor_nlp, text)
        assert "United States" not in found and "U.S." not in found, text
    # a letter's addressee acts
    assert "United States" in _texts(actor_nlp, "Mexico sent a letter to the United States.")


def test_a_states_embassy_where_people_gather_is_a_place(actor_nlp: Language) -> None:
    assert "Ecuador" not in _texts(actor_nlp, "Crowds gathered outside Ecuador's embassy.")
    assert "Ecuador" in _texts(actor_nlp, "Ecuador's embassy said it had received no request.")
    # an official of an embassy is no site ("a US embassy official")
    assert "US" in _texts(actor_nlp, "He will not hand the post to a US embassy official.")


def test_a_make_after_an_article_is_no_person(actor_nlp: Language) -> None:
    text = "Protesters planned the march on the Zello app. The gunman used a Glock pistol."
    found = _texts(actor_nlp, text)
    assert "Zello" not in found and "Glock" not in found


def test_a_rank_alone_is_no_actor(actor_nlp: Language) -> None:
    text = "The head of the committee, Lieutenant General Qais al-Rubaie, announced it."
    assert "Lieutenant General" not in _texts(actor_nlp, text)
    # a body's common name is no rank ("the Navy")
    assert "Navy" in _texts(actor_nlp, "The seizure was supported by the Navy on Monday.")


def test_a_citys_port_is_a_place(actor_nlp: Language) -> None:
    text = "Unrest disrupted operations at Dar es Salaam's port on Thursday."
    assert "Dar es Salaam" not in _texts(actor_nlp, text)


def test_a_capital_spoken_from_or_visited_among_others_is_a_place(actor_nlp: Language) -> None:
    text = "The president, speaking from Dodoma on Monday, warned protesters."
    assert "Dodoma" not in _texts(actor_nlp, text)
    text = "He made several visits abroad, including to Moscow, last year."
    assert "Moscow" not in _texts(actor_nlp, text)
    assert "Moscow" in _texts(actor_nlp, "A statement from Moscow denied the claim.")


def test_a_route_end_is_a_place(actor_nlp: Language) -> None:
    text = "The army escorted fuel trucks from border areas to Bamako on Sunday."
    assert "Bamako" not in _texts(actor_nlp, text)


def test_a_town_naming_its_officials_is_no_person(actor_nlp: Language) -> None:
    doc = actor_nlp("He was meeting Kolondieba regional authorities during a trip.")
    assert not_an_actor(doc[3:4], "PERSON", True, "PERSON", False)
    doc = actor_nlp("He was meeting Kolondieba on Monday during a trip.")
    assert not not_an_actor(doc[3:4], "PERSON", True, "PERSON", False)


def test_a_bracket_the_name_never_closes_is_cut(actor_nlp: Language) -> None:
    doc = actor_nlp.make_doc("at the Grand Kafue Hydro Plant (GKHP on Monday")
    cut = trim(doc[2:8])
    assert cut is not None and cut.text == "Grand Kafue Hydro Plant"
    whole = trim(actor_nlp.make_doc("the Kafue Hydro Plant (GKHP) said")[1:7])
    assert whole is not None and whole.text == "Kafue Hydro Plant (GKHP)"


def test_a_one_word_person_that_is_a_city_elsewhere_is_the_city() -> None:
    # "Massawa" a person in a headline, a city (the recognizer's place) in the body; a
    # group's name ("Druze") that is a place once stays a group elsewhere
    mentions = [
        Mention(0, 7, "Massawa", "PERSON", "local:person:massawa"),
        Mention(40, 47, "Massawa", "GPE", "local:place:massawa"),
        Mention(60, 65, "Druze", "PERSON", "local:org:druze"),
        Mention(80, 85, "Druze", "ORG", "local:org:druze"),
    ]
    places = [Place(40, 47, "Massawa"), Place(80, 85, "Druze")]
    found = {(p.start, p.text) for p in same_name_places(mentions, places)}
    assert found == {(0, "Massawa")}


# Session 34 round 11 (actors19): a state's land where something happens, a ship's other
# name, a body's name with "for" inside.


def test_a_states_possessive_before_a_part_of_its_land_is_a_place(actor_nlp: Language) -> None:
    assert "Togo" not in _texts(actor_nlp, "Thousands marched in Togo's capital on Friday.")
    assert "Yemen" not in _texts(actor_nlp, "The tanker was struck near Yemen's Hodeidah port.")
    # the state owning a body acts, and a part not under a locative is no place here
    assert "Togo" in _texts(actor_nlp, "Togo's government said the protests were illegal.")
    assert "Togo" in _texts(actor_nlp, "Togo's capital is a port city.")
    assert "Togo" in _texts(actor_nlp, "Togo said crowds marched in Togo's capital.")


def test_a_states_land_is_a_place_where_the_state_never_acts(actor_nlp: Language) -> None:
    # written again only as a place ("in Togo"): no occurrence acts, the part is a place
    text = "Crowds marched in Togo's capital on Monday. Fuel prices rose in Togo this year."
    assert "Togo" not in _texts(actor_nlp, text)
    text = "Elections were held in the Kurdistan Region of Iraq. Voters in Iraq were calm."
    assert "Iraq" not in _texts(actor_nlp, text)


def test_a_state_closing_an_areas_name_is_a_place(actor_nlp: Language) -> None:
    assert "Iraq" not in _texts(actor_nlp, "Elections were held in the Kurdistan Region of Iraq.")
    # a name written again elsewhere keeps its actor reading (the guidelines list a surface
    # once); "the Region of Iraq" names no area
    assert _texts(actor_nlp, "Iraq said the Kurdistan Region of Iraq must pay.").count("Iraq") == 2
    assert "Iraq" in _texts(actor_nlp, "The Region of Iraq was quiet.")


def test_a_ships_other_name_after_a_naming_verb_is_no_actor(actor_nlp: Language) -> None:
    text = "The vessel, dubbed the Kestrel and formerly called the Marova, carried crude."
    assert "Marova" not in _texts(actor_nlp, text)


def test_a_bodys_name_with_for_inside_stays_whole(actor_nlp: Language) -> None:
    text = "Civil society group Stand Up for Cameroon reported at least 23 deaths."
    assert "Stand Up for Cameroon" in _texts(actor_nlp, text)
    assert "Stand Up" not in _texts(actor_nlp, text)


def test_a_bare_generic_body_name_is_the_reported_states(actor_nlp: Language) -> None:
    # "National Security Council" alone (the KB files it as the US one) in a report on
    # Mexico, in a sentence that names Mexico and no other state, is Mexico's
    text = (
        "Mexico sent twenty prisoners abroad on Friday. Mexico's president defended the "
        "transfer in Mexico City. She said the National Security Council acted for Mexico."
    )
    body = {m.text: m for m in _actors(actor_nlp, text)}["National Security Council"]
    assert body.country == "MEX"


def test_a_generic_body_name_keeps_the_state_its_sentence_names(actor_nlp: Language) -> None:
    text = (
        "Mexico sent twenty prisoners abroad on Friday. Mexico's president defended the "
        "transfer in Mexico City. The National Security Council in Washington welcomed it."
    )
    body = {m.text: m for m in _actors(actor_nlp, text)}["National Security Council"]
    assert body.country == "USA"


def test_a_name_before_party_is_the_party_named_with_its_own_kind_noun(
    actor_nlp: Language,
) -> None:
    # the KB's "Amal Movement" (no bare "Amal" alias): "the Amal party" names it
    text = "Two ministers of the Amal party left the cabinet meeting in Beirut on Friday."
    found = [m for m in _actors(actor_nlp, text) if m.text == "Amal"]
    assert found and found[0].canonical == "Amal Movement"


def test_a_generic_body_name_goes_to_the_state_named_most_so_far(actor_nlp: Language) -> None:
    # no state dominates (Mexico four times, the US three), but it leads the actors so far
    text = (
        "Mexico sent prisoners to the United States on Friday. Washington thanked Mexican "
        "prosecutors, Mexico's army, Mexico's navy and the US embassy. She said the "
        "National Security Council acted for Mexico."
    )
    body = {m.text: m for m in _actors(actor_nlp, text)}["National Security Council"]
    assert body.country == "MEX"
