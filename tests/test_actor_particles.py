"""Names with a lower-case particle inside ("X dos Y Z") that the recognizer cuts at the
particle, and officials titled before a comma after "by". Sentences are written for these
tests; the people are invented."""

from __future__ import annotations

from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.particles import particle_names


def test_a_name_cut_at_its_particle_is_one_name(actor_nlp: Language) -> None:
    text = (
        "The session was attended by the Minister of Trade and Industry, Bernardo dos Santos "
        "Mendes, and the Deputy Minister."
    )
    people = [m for m in _mentions(actor_nlp, text) if "Mendes" in m.text]
    assert [m.text for m in people] == ["Bernardo dos Santos Mendes"]
    assert people[0].role == "the Minister of Trade and Industry"


def test_a_particle_joins_only_a_capitalised_surname_on_the_same_line(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp.make_doc("Ines da silva left.")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    particle_names(doc)
    assert [e.text for e in doc.ents] == ["Ines"]
    doc = actor_nlp.make_doc("Ines da Silva left.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    particle_names(doc)
    assert [e.text for e in doc.ents] == ["Ines da Silva"]


def test_a_name_a_comma_closes_after_by_the_minister_takes_the_title(
    actor_nlp: Language,
) -> None:
    # the parser reads the name as a clause of its own; the comma and "and" after it
    # close an apposition
    text = (
        "The session was attended by the Minister of Foreign Affairs and Cooperation, "
        "Bernardo Mendes Lopesa, and the Deputy Minister."
    )
    people = [m for m in _mentions(actor_nlp, text) if "Lopesa" in m.text]
    assert people and people[0].role == "the Minister of Foreign Affairs and Cooperation", [
        (m.text, m.role) for m in people
    ]


def test_a_subject_after_a_prepositional_phrase_takes_no_title(actor_nlp: Language) -> None:
    text = "In a letter to the minister, Marta Lopesa said the plan would fail."
    people = [m for m in _mentions(actor_nlp, text) if "Lopesa" in m.text]
    assert people and not people[0].role


def test_two_people_joined_at_a_particle_are_one_span(actor_nlp: Language) -> None:
    from spacy.tokens import Span

    doc = actor_nlp.make_doc("Ines da Silva met Rui dos Reis today.")
    doc.ents = [
        Span(doc, 0, 1, label="PERSON"),
        Span(doc, 2, 3, label="PERSON"),
        Span(doc, 4, 5, label="PERSON"),
        Span(doc, 6, 7, label="ORG"),
    ]
    particle_names(doc)
    assert [e.text for e in doc.ents] == ["Ines da Silva", "Rui dos Reis"]


def test_a_body_opening_the_next_clause_is_no_title(actor_nlp: Language) -> None:
    text = (
        "According to the plan presented by the Secretary of State for Fisheries, Tomas Belo "
        "Ramalho, the Council of Ministers decided to approve the spending."
    )
    people = [m for m in _mentions(actor_nlp, text) if "Ramalho" in m.text]
    assert people and people[0].role != "the Council of Ministers", [m.role for m in people]
    text = "Tomas Belo Ramalho, the ministry's spokesman, said the plan was sound."
    people = [m for m in _mentions(actor_nlp, text) if "Ramalho" in m.text]
    assert people and people[0].role == "the ministry's spokesman"
