"""Session 37 (actors29): a nationality the recognizer tags as a person's or a body's name
("Sri Lankan officials" read as a person called "Sri Lankan") is the nationality: it names
the state where it acts and is left out before a named person's title; and a place the
recognizer tagged as a person ("Wadi X") lends no surname to its short form ("the fighting
in X"). Sentences are written for these tests; the people and places are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def _texts(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    where = {(p.start, p.end) for p in doc._.places}
    return [m.text for m in doc._.mentions if (m.start, m.end) not in where]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sri Lankan officials said on Monday that the talks would go on.",
        "Sri Lankan troops fired on the boats near the coast.",
    ],
)
def test_a_nationality_tagged_as_a_name_names_its_state(actor_nlp: Language, text: str) -> None:
    found = [m for m in _mentions(actor_nlp, text) if m.text.startswith("Sri Lankan")]
    assert found and all(m.country == "LKA" and m.type != "PERSON" for m in found), found


@pytest.mark.model
def test_a_nationality_tagged_as_a_name_before_a_title_is_no_actor(actor_nlp: Language) -> None:
    text = "Sri Lankan Prime Minister Nuwan Perera said on Monday that the talks would go on."
    found = _texts(actor_nlp, text)
    assert "Sri Lankan" not in found and any("Nuwan Perera" in t for t in found), found


@pytest.mark.model
def test_a_nationality_tagged_as_a_name_before_the_press_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The message was collected by the Uruguayan newspaper ‘El Diario’.")
    assert "Uruguayan" not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "According to local media, Wadi Zanfar has been witnessing large-scale military "
            "operations since Wednesday morning. A delegation has been negotiating an end to "
            "the fighting in Zanfar.",
            "Zanfar",
        ),
        (
            "According to residents, Wadi Qaram has been witnessing heavy shelling since Monday. "
            "Elders have been negotiating an end to the fighting in Qaram and reached a "
            "settlement.",
            "Qaram",
        ),
    ],
)
def test_the_last_word_of_a_place_tagged_as_a_person_is_no_surname(
    actor_nlp: Language, text: str, short: str
) -> None:
    assert short not in _texts(actor_nlp, text), _texts(actor_nlp, text)
