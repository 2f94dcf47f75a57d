"""Session 32 (actors12): words that describe a named actor or a common noun rather than
naming an actor of their own: a demonym opening the title or description of a person or
body named right after it, an all-capital short form of a common noun, and names made of
a generic place word. Sentences are written for these tests; the people are invented."""

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
    ("text", "demonym", "named"),
    [
        ("It was opened by Kenyan President Daniel Omondo.", "Kenyan", "Daniel Omondo"),
        ("Figures from its Italian engineering firm Salvetti Group showed delays.", "Italian",
         "Salvetti Group"),
        ("The deal was signed by Saudi Crown Prince Faisal Al Harbi.", "Saudi", "Faisal Al Harbi"),
    ],
)  # fmt: skip
def test_a_demonym_describing_a_named_one_is_no_actor(
    actor_nlp: Language, text: str, demonym: str, named: str
) -> None:
    found = _texts(actor_nlp, text)
    assert demonym not in found and any(named in t for t in found), found


@pytest.mark.model
def test_a_demonym_before_a_group_keeps_its_state(actor_nlp: Language) -> None:
    found = _mentions(actor_nlp, "Kenyan officials said the mission would go on.")
    assert any(m.text.startswith("Kenyan") and m.country == "KEN" for m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Zabarat area has seen heavy shelling since Monday.", "Zabarat"),
        ("Troops were deployed along the Morvel Line after the clashes.", "Morvel Line"),
        (
            "According to residents, Wadi Zanfar has seen heavy fighting since Monday.",
            "Wadi Zanfar",
        ),
        ("Balochistan and Malik Tarnak saw heavy shelling on Monday.", "Malik Tarnak"),
    ],
)
def test_an_unknown_name_the_sentence_shows_as_a_place_is_no_actor(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert not any(name in t for t in _texts(actor_nlp, text)), _texts(actor_nlp, text)


@pytest.mark.model
def test_a_body_before_a_noun_of_its_own_keeps_its_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The Zabarat Council said the vote would go ahead.")
    assert any("Zabarat" in t for t in found), found


@pytest.mark.model
def test_the_short_form_of_a_common_noun_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(
        actor_nlp,
        "The dam will generate 5,000 megawatts (MW) of electricity, "
        "more than double the current capacity.",
    )
    assert "MW" not in found, found


@pytest.mark.model
def test_the_short_form_of_a_name_keeps_its_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The Zabarat Liberation Front (ZLF) said it took the town.")
    assert any("ZLF" in t or "Zabarat" in t for t in found), found


@pytest.mark.model
def test_a_capital_after_the_mayor_of_is_the_city(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "The mayor of Bogota said the suspect had been arrested.")
    assert "Bogota" not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two checkpoints on the Tajik-Kyrgyz border reopened on Friday.",
        "The Kazakh-Uzbek railway will carry grain from next year.",
    ],
    ids=["border", "railway"],
)
def test_demonyms_joined_by_a_hyphen_are_no_actor(actor_nlp: Language, text: str) -> None:
    assert not any("-" in t for t in _texts(actor_nlp, text))
