"""A person whose only description is the research body right after the name ("X of the
Centre for Policy Studies", "X, of the Y Institute,") is its scholar: the role is the body
as the text gives it, the sector EDU, the country the body's name gives. Sentences are
written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.context import read_title
from sitroom.nlp.actors.kb import load_kb


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ghana's parliament sat. Kwame Asare of the Ghana Centre for Policy Studies said "
            "the levy was unfair.",
            "Kwame Asare",
            "GHA",
        ),
        (
            "Kenya's parliament sat. Jane Wambui, of the Kenya Institute for Public Policy, said "
            "the levy was unfair.",
            "Jane Wambui",
            "KEN",
        ),
    ],
)
def test_a_research_body_after_the_name_makes_a_scholar(
    actor_nlp: Language, text: str, name: str, country: str
) -> None:
    found = [m for m in actor_nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in actor_nlp(text)._.mentions]
    person = found[0]
    assert person.sector == "EDU" and person.country == country
    assert person.role is not None and person.role.startswith("of the")
    assert person.role.count("of the") == 1  # the body is not added twice


def test_a_place_after_the_name_makes_no_scholar(actor_nlp: Language) -> None:
    doc = actor_nlp("Kenya's parliament sat. Jane Wambui of Nairobi said taxes rose.")
    person = [m for m in doc._.mentions if m.text == "Jane Wambui"]
    assert all(m.role is None for m in person)


def test_only_a_title_that_is_the_body_reads_as_a_scholars() -> None:
    kb = load_kb()
    assert read_title(kb, "of the Centre for Policy Studies").sector == "EDU"
    assert read_title(kb, "director of the Institute of Statistics").sector != "EDU"
