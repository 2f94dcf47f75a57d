"""Names the recognizer cuts in two, and bodies whose names open with their state's.
Sentences are written for these tests; the people and bodies are invented."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.article import Article
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def test_two_person_entities_with_only_a_space_between_are_one_name(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp("Party Secretary General Mirza Fakhrul Islam Alamgir said the vote was fair.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    # the recognizer may cut the name anywhere; whatever it tags, it is one person
    assert len(people) == 1, people
    assert people[0].endswith("Alamgir")


def test_a_body_named_after_its_state_is_the_body_not_the_state(actor_nlp: Language) -> None:
    text = "The Kenya Wildlife Society protested against the new road on Monday."
    found = [m for m in _mentions(actor_nlp, text) if "Society" in m.text]
    assert found, [m.text for m in _mentions(actor_nlp, text)]
    assert found[0].text == "Kenya Wildlife Society"
    assert found[0].country == "KEN"
    assert not any(m.text == "Kenya" for m in _mentions(actor_nlp, text))


def test_a_ministry_named_by_its_portfolio_is_the_reports_states(actor_nlp: Language) -> None:
    # the knowledge base files a bare "Ministry of Defence" under the UK, as British usage
    # has it; in a report on another state it is that state's, in either word order
    text = (
        "Syria's interior minister said on Monday that forces had entered the city. "
        "The Ministry of Defense said troops would stay."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Ministry of Defense"]
    assert found and found[0].country == "SYR", [(m.text, m.country) for m in found]


def test_a_building_named_after_a_state_is_not_that_states(pipeline: Any) -> None:
    text = (
        "Sudan's army lost the city last week. "
        "Doctors said 40 patients were killed at Al-Saudi Hospital during the assault."
    )
    article = next(iter(pipeline.process([Article(text=text, published="2025-11-01")])))
    found = [m for m in article.mentions if "Hospital" in m.text]
    assert found, [m.text for m in article.mentions]
    assert found[0].country != "SAU"
    killed = [e for e in article.events if e.anchor.text == "killed"]
    assert all("SAU" not in {r.country for r in e.recipient} for e in killed)


def test_a_quoted_nickname_inside_a_name_is_part_of_it(actor_nlp: Language) -> None:
    text = (
        'Police said the gang leader Rafael "El Toro" Mendoza was arrested on Friday. '
        "Mendoza denied the charges."
    )
    doc = actor_nlp(text)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert 'Rafael "El Toro" Mendoza' in people, people
    found = [m for m in doc._.mentions if m.text == "Mendoza"]
    whole = [m for m in doc._.mentions if m.text.startswith("Rafael")]
    assert whole and found and found[0].actor_id == whole[0].actor_id


def test_a_name_with_a_possessive_inside_is_one_name(actor_nlp: Language) -> None:
    """ "the Republican People’s Party": the recognizer may cut it at the possessive into a
    people ("Republican") and a body ("People’s Party"); it is one body. A state's demonym
    before such a name stays apart ("Chinese People’s Liberation Army")."""
    text = "Leaders of the opposition Republican People’s Party met in the capital on Monday."
    names = [m.text for m in _mentions(actor_nlp, text)]
    assert "Republican People’s Party" in names, names
    assert "Republican" not in names
