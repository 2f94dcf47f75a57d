"""Session 33 (actors17): names that stand for no actor where they stand: a state's name
before a noun of unrest (the scene, not a side), a compass word and a continent's adjective
before a word for a country (a region, not a demonym), and a name the recognizer ran across
a line break. Sentences are written for these tests; people and places are invented."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.locations import region_of_a_country, scene_of_unrest
from sitroom.nlp.actors.spans import trim


def _actors(nlp: Language, text: str) -> list[Any]:
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m for m in doc._.mentions if (m.start, m.end) not in where]


def _texts(nlp: Language, text: str) -> list[str]:
    return [m.text for m in _actors(nlp, text)]


def test_a_states_name_before_a_noun_of_unrest_is_the_scene(actor_nlp: Language) -> None:
    for text, state in (
        ("Five people were hurt during the Ghana protests on Monday.", "Ghana"),
        ("Officials met amid the Kenya riots last week.", "Kenya"),
        ("Shops closed amid Peru Student Clashes in the capital.", "Peru"),
    ):
        assert state not in _texts(actor_nlp, text), text
    # the sides of a clash, joined, act; a state that protests acts
    joined = "The Chad-Sudan clashes killed dozens, officials said."
    assert {"Chad", "Sudan"} <= set(_texts(actor_nlp, joined))
    assert "Ghana" in _texts(actor_nlp, "Ghana protests the decision of the court.")


def test_scene_of_unrest_reads_the_words_after_the_name() -> None:
    doc = Doc(Language().vocab, words=["amid", "Ghana", "Druze", "Clashes"])
    doc[3].pos_ = "NOUN"
    assert scene_of_unrest(doc[1:2])
    doc[3].pos_ = "VERB"  # "Ghana protests the decision": a verb, the state acts
    assert not scene_of_unrest(doc[1:2])
    pair = Doc(Language().vocab, words=["the", "Chad", "-", "Ghana", "clashes"])
    pair[4].pos_ = "NOUN"
    assert not scene_of_unrest(pair[3:4])


def test_a_region_before_a_word_for_a_country_is_no_demonym(actor_nlp: Language) -> None:
    text = "Voters in the Central African nation chose a new president on Sunday."
    assert "Central African" not in _texts(actor_nlp, text)
    words = ["the", "South", "American", "country", "voted"]
    doc = Doc(Language().vocab, words=words)
    assert region_of_a_country(doc[1:3])
    people = Doc(Language().vocab, words=["the", "South", "African", "government", "said"])
    assert not region_of_a_country(people[1:3])


def test_a_name_never_runs_across_a_line_break(actor_nlp: Language) -> None:
    words = ["Lagos", "/", "Accra", "\n\n", "Zentrix", "has", "sued", "the", "state"]
    spaces = [True, True, False, False, True, True, True, True, False]
    doc = Doc(actor_nlp.vocab, words=words, spaces=spaces)
    for tok in doc:
        tok.head = doc[6]
    doc[0].head = doc[2]
    doc[1].head = doc[2]
    doc[2].head = doc[4]
    doc[3].head = doc[2]
    doc[4].head = doc[6]
    doc[4].dep_ = "nsubj"
    assert str(trim(doc[0:5])) == "Zentrix"
    # a name on one line is left whole
    assert str(trim(doc[0:3])) == "Lagos / Accra"


def test_a_name_given_as_an_example_of_a_place_is_a_place(actor_nlp: Language) -> None:
    for text in (
        "Clashes were reported in opposition strongholds such as Kavumbi.",
        "Fighting spread to towns like Kerem and Abiyo.",
    ):
        found = _texts(actor_nlp, text)
        assert not {"Kavumbi", "Kerem", "Abiyo"} & set(found), text
    # an example of a kind of body acts
    assert "Zentrix" in _texts(actor_nlp, "Companies such as Zentrix criticised the plan.")


def test_a_building_given_as_an_example_of_a_site_is_a_place(actor_nlp: Language) -> None:
    """Session 36 (actors24): "key locations, including the X Palace" names a site."""
    for text, name in (
        ("Security forces guarded key sites, including the Presidential Palace, and homes.",
         "Presidential Palace"),
        ("Troops guarded buildings such as the State House and the courts.", "State House"),
    ):  # fmt: skip
        assert name not in _texts(actor_nlp, text), text


def test_moldovas_patriotic_bloc_is_one_body(actor_nlp: Language) -> None:
    for text in (
        "The Patriotic Bloc came second in the vote.",
        "The Patriotic Electoral Bloc came second in the vote.",
    ):
        found = {m.text: m for m in _actors(actor_nlp, text)}
        bloc = next(m for t, m in found.items() if t.startswith("Patriotic"))
        assert bloc.canonical == "Patriotic Electoral Bloc" and bloc.country == "MDA", text
