"""Names used as places are no actors: they stay linked mentions flagged ``place``."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article

pytestmark = pytest.mark.model


def _mentions(pipeline: Any, text: str) -> list[Any]:
    (article,) = list(pipeline.process([Article(text=text, published="2025-11-01")]))
    return article.mentions


def test_locative_and_same_name_places(pipeline: Any) -> None:
    text = (
        "Heavy fighting was reported in Tawila on Monday, aid workers said. "
        "Tawila has received thousands of people since the siege began."
    )
    found = [m for m in _mentions(pipeline, text) if m.text == "Tawila"]
    assert len(found) == 2 and all(m.place for m in found)


def test_descriptor_compounds_are_places_agents_stay_actors(pipeline: Any) -> None:
    text = (
        "The Liberian-flagged ship was hit by the Iran-backed rebels, the Dubai-based agency said."
    )
    by_text = {m.text: m for m in _mentions(pipeline, text)}
    assert by_text["Liberian"].place
    assert by_text["Dubai"].place
    assert not by_text["Iran"].place


def test_a_country_acting_is_an_actor(pipeline: Any) -> None:
    text = "Egypt proposed a truce on Sunday, while talks continued in Egypt and in Qatar."
    egypt = [m for m in _mentions(pipeline, text) if m.text == "Egypt"]
    assert [m.place for m in egypt] == [False, True]


def test_a_demonym_of_no_known_state_is_no_actor(pipeline: Any) -> None:
    """ "African" (a cut "South African", or a continent's demonym) names no actor the KB
    knows: it is kept as a place-like mention, never an actor; "Egyptian" stays Egypt."""
    text = (
        "The outh African government said on Saturday it would not hand over the presidency. "
        "The Egyptian foreign ministry welcomed the decision."
    )
    by_text = {m.text: m for m in _mentions(pipeline, text)}
    assert by_text["African"].place
    # (the KB names the ministry itself: "Egyptian foreign ministry" is one mention)
    egypt = next(m for t, m in by_text.items() if t.startswith("Egyptian"))
    assert not egypt.place and egypt.country == "EGY"


def test_common_words_capitalised_by_their_place_are_no_actors(pipeline: Any) -> None:
    """A common word opening a line (the parser may run the sentence on from the line
    before) or standing before a title ("Divisional Commissioner") names no one."""
    text = (
        "Officials say the launcher can strike any point on the island\n"
        "Debris was reported as close as 24 nautical miles off the coast on Tuesday.\n\n"
        "Visits were made by Divisional Commissioner Musarrat Jabeen on Wednesday."
    )
    by_text = {m.text: m for m in _mentions(pipeline, text)}
    assert "Debris" not in by_text or by_text["Debris"].place
    assert "Divisional" not in by_text or by_text["Divisional"].place


def test_the_word_a_cut_off_text_ends_on_is_no_actor(pipeline: Any) -> None:
    text = (
        "Beijing holds drills near the island\n\n"
        "The spokesman said the exercises were a necessary move to safeguard Chin"
    )
    assert all(m.text != "Chin" or m.place for m in _mentions(pipeline, text))


def test_a_name_the_ner_glued_onto_a_body_is_a_person(pipeline: Any) -> None:
    """ "the UN Ericq Pierre" tagged as one organisation: the body, then the person; a
    longer body's name made of dictionary words stays one organisation."""
    text = '"We need help now," said Haiti\'s ambassador to the UN Ericq Pierre on Tuesday.'
    by_text = {m.text: m for m in _mentions(pipeline, text)}
    assert by_text["Ericq Pierre"].type == "PERSON"
    assert by_text["UN"].country == "IGO"
    council = "The UN Security Council met on Tuesday to vote on the mission."
    assert not any(m.type == "PERSON" for m in _mentions(pipeline, council))


def test_a_name_the_ner_glued_onto_a_body_noun_is_a_person(pipeline: Any) -> None:
    """ "the National Electoral Council Diana Atamaint" tagged as one organisation: a
    body's kind ("Council") then a name is the body, then the person."""
    text = (
        "As President of the National Electoral Council Diana Atamaint said at a press "
        "conference, most of the ballots had been counted."
    )
    by_text = {m.text: m for m in _mentions(pipeline, text)}
    assert by_text["Diana Atamaint"].type == "PERSON"
    assert "National Electoral Council" in by_text
    council = "The Regional Water Council Board met on Tuesday."
    assert not any(m.type == "PERSON" for m in _mentions(pipeline, council))


def test_names_of_programmes_meetings_and_sites_are_no_actors(pipeline: Any) -> None:
    """A name ending in a document's, programme's or meeting's noun is a thing; a state's
    name opening a site's name ("Peru Canal") is the site, not the state acting."""
    text = (
        "The Coastal Roads Renewal Programme will start in June, officials said. "
        "Delegates met at the Regional Water Ministerial Meeting on Friday. "
        "Tankers crossed the Panama Canal on Monday."
    )
    found = {m.text: m for m in _mentions(pipeline, text)}
    actors = {text for text, m in found.items() if not m.place}
    assert "Coastal Roads Renewal Programme" not in actors
    assert "Regional Water Ministerial Meeting" not in actors
    assert "Panama" not in actors and "Panama Canal" not in actors


def test_a_heading_in_capitals_is_no_actor(pipeline: Any) -> None:
    text = "TRADE & FINANCE\nThe finance ministry said on Monday that exports rose."
    assert not [m for m in _mentions(pipeline, text) if "TRADE" in m.text and not m.place]


def test_a_headline_in_title_case_is_no_actor(pipeline: Any) -> None:
    text = (
        "Chile Rejects Claims By Bolivia's Government\n\n"
        "SANTIAGO - The foreign ministry of Chile on Tuesday rejected what it called false "
        "claims made by officials in La Paz about the border, and said talks would go on."
    )
    actors = [m.text for m in _mentions(pipeline, text) if not m.place]
    assert "Rejects Claims" not in actors


def test_a_state_before_its_soils_armed_group_and_a_capitals_parts_are_places(
    pipeline: Any,
) -> None:
    """ "Yemen's Houthi rebels": where the rebels are; "the heart of Damascus": a place."""
    text = (
        "A ship sank after an attack by Yemen's Houthi rebels on Monday. "
        "Jets struck targets in the heart of Damascus on Tuesday."
    )
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert found["Yemen"].place
    assert found["Damascus"].place


def test_a_bodys_common_name_closing_a_longer_name_is_not_that_body(pipeline: Any) -> None:
    """ "Congress" closing "United Farmers Congress" is that party's head noun, not the
    US Congress."""
    text = "The United Farmers Congress (UFC) named its candidate for governor on Monday."
    found = [m for m in _mentions(pipeline, text) if "Congress" in m.text and not m.place]
    assert found and all(m.country != "USA" for m in found)


def test_a_body_before_a_noun_of_a_building_is_the_site(pipeline: Any) -> None:
    """ "set fire to the X Assembly building", "the army's 7th Brigade headquarters": where
    it happened, not the body acting; the same body acting later stays an actor."""
    text = (
        "Protesters set fire to the Mbeya Regional Assembly building on Tuesday. "
        "Rebels said they had seized the army's 7th Brigade headquarters in Kadugli. "
        "The Mbeya Regional Assembly voted on Wednesday to dissolve itself."
    )
    found = [(m.text, m.place) for m in _mentions(pipeline, text)]
    assembly = [place for text_, place in found if text_ == "Mbeya Regional Assembly"]
    assert assembly == [True, False]
    assert all(place for text_, place in found if "Brigade" in text_)


def test_a_name_a_road_leads_to_is_a_place(pipeline: Any) -> None:
    text = "Police blocked the roads leading to Lodge House, where the president lives."
    found = [m for m in _mentions(pipeline, text) if m.text == "Lodge House"]
    assert all(m.place for m in found)


def test_a_states_law_or_flag_is_no_actor_its_acts_are(pipeline: Any) -> None:
    """A demonym before what a state has ("Danish law", "Danish flags") names no actor; the
    same demonym before its body or its people's act keeps the state."""
    text = (
        "Under Danish law the court cannot hold him, a lawyer said. Crowds waved Danish flags "
        "outside the hall. The Danish government said on Monday it would appeal."
    )
    found = [m.place for m in _mentions(pipeline, text) if m.text.startswith("Danish")]
    assert found == [True, True, False]


def test_the_second_name_of_a_border_pair_is_a_place_as_the_first(pipeline: Any) -> None:
    """Both names of "X-Y border clashes" are where; a state acting stays an actor."""
    text = "Deadly Chad-Niger border clashes left ten dead. Niger said it would send troops."
    places = [(m.text, m.place) for m in _mentions(pipeline, text)]
    assert ("Chad", True) in places and places.count(("Niger", True)) == 1
    assert ("Niger", False) in places
