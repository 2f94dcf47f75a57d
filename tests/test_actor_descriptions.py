"""People outside the knowledge base described by the text in the forms new reports use:
a family name first ("Xue" after "Xue Jian"), a name the recognizer took for a body before
an apposition naming an office. Sentences are written for these tests; the names are
invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.linker import DocState, Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_kb(), fuzzy_threshold=82)


def _mentions(nlp: Language, text: str, name: str) -> list[Any]:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found


def test_a_short_family_name_first_is_the_person_named_before(linker: Linker) -> None:
    """Chinese names put the family name first: "Qiu" later is "Qiu Haoran"."""
    state = DocState()
    full = linker.link("Qiu Haoran", "PERSON", state)
    alone = linker.link("Qiu", "PERSON", state)
    assert alone.actor_id == full.actor_id


def test_a_short_first_word_of_a_longer_name_is_no_one(linker: Linker) -> None:
    """A short word opening a name of three words is no family name of two ("Abu" is not
    "Abu Karim al-Masri")."""
    state = DocState()
    full = linker.link("Abu Karim Masrawi", "PERSON", state)
    alone = linker.link("Abu", "PERSON", state)
    assert alone.actor_id != full.actor_id


@pytest.mark.model
def test_a_name_tagged_as_a_body_before_an_office_is_a_person(actor_nlp: Language) -> None:
    text = (
        "The talks were held in Lisbon with Haruki Tanabe, director-general of the "
        "Japanese Foreign Ministry's Asia Bureau. Tanabe said the meeting was useful."
    )
    for m in _mentions(actor_nlp, text, "Haruki Tanabe") + _mentions(actor_nlp, text, "Tanabe"):
        assert m.type == "PERSON"
        assert m.country == "JPN"
        assert m.role and m.role.startswith("director-general")


@pytest.mark.model
def test_a_body_before_an_apposition_stays_a_body(actor_nlp: Language) -> None:
    text = "Green Harbour Trust, a charity for refugees, said the port was closed."
    assert all(m.type != "PERSON" for m in _mentions(actor_nlp, text, "Green Harbour Trust"))


@pytest.mark.model
def test_the_place_of_a_post_is_no_part_of_the_name(actor_nlp: Language) -> None:
    """The recognizer runs the post's place into the name after it ("Consul General in
    [Osaka Xue Jian]"): the name is the person's, the title names the post."""
    text = (
        "Japan protested on Monday. China's Consul General in Osaka Qiu Haoran said on "
        'Saturday: "We have no choice." Qiu later deleted the post.'
    )
    doc = actor_nlp(text)
    assert "Consul General" in {p.text for p in doc._.places}  # kept as no actor
    for m in _mentions(actor_nlp, text, "Qiu Haoran") + _mentions(actor_nlp, text, "Qiu"):
        assert m.country == "CHN"
        assert m.role and "Consul General" in m.role
