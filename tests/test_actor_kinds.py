"""What the prose says an unknown name is: a party, a gang or an outlet by the noun next to
it, a title in a clause after the name ("X, who is director of Y", "X is head of Y"), a body
of a state by its own name ("the Freedonia Constabulary Force"). Sentences are written for
these tests; the names are invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _mention(nlp: Language, text: str, name: str) -> Any:
    doc = nlp(text)
    places = {(p.start, p.end) for p in doc._.places}
    found = [m for m in doc._.mentions if m.text == name and (m.start, m.end) not in places]
    assert found, [m.text for m in doc._.mentions]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "The leader of the Zarqa Renewal party, Tomas Velko, said police stopped him "
            "at the airport in Tunisia.",
            "Zarqa Renewal party",
            "PTY",
        ),
        (
            "Police in Ecuador said members of gangs like Los Perros, Los Gatos and Los "
            "Zorros had been arrested.",
            "Los Gatos",
            "CRM",
        ),
        (
            '"We will not give in," the minister told radio station Radio Kalinda on Monday.',
            "Radio Kalinda",
            "MED",
        ),
    ],
)
def test_the_noun_next_to_a_name(actor_nlp: Language, text: str, name: str, sector: str) -> None:
    assert _mention(actor_nlp, text, name).sector == sector


@pytest.mark.model
def test_a_title_in_a_clause_after_the_name(actor_nlp: Language) -> None:
    text = (
        "Jordan's cabinet was reshuffled on Sunday. Wael Hamdi is director of the NGO Civic "
        "Watch Center, which monitors parliament. Rania Odeh, who is secretary-general of "
        "the Jordanian Council for Families, said the change fell short."
    )
    assert _mention(actor_nlp, text, "Wael Hamdi").sector == "NGO"
    odeh = _mention(actor_nlp, text, "Rania Odeh")
    assert (odeh.country, odeh.sector) == ("JOR", "GOV")
    # a verb after "is" gives no title
    plain = _mention(actor_nlp, "Pavel Kord is expected to resign on Friday.", "Pavel Kord")
    assert plain.sector is None


@pytest.mark.model
def test_a_state_body_by_its_own_name(actor_nlp: Language) -> None:
    text = "Prime Minister Tom Ashby praised the Jamaica Constabulary Force on Tuesday."
    force = _mention(actor_nlp, text, "Jamaica Constabulary Force")
    assert (force.country, force.sector) == ("JAM", "COP")


@pytest.mark.model
def test_a_name_run_into_a_portfolio(actor_nlp: Language) -> None:
    text = (
        "Officials have met a delegation from the kingdom, Minister of Industry, Trade and "
        "Supply Yusuf Qaddoura told the Petra news agency on Monday."
    )
    minister = _mention(actor_nlp, text, "Yusuf Qaddoura")  # a portfolio with a comma
    assert minister.sector == "GOV"


@pytest.mark.model
def test_a_headline_names_by_surname(actor_nlp: Language) -> None:
    text = (
        "Ostrava wears blue for police\n"
        "KINGSTON, Jamaica - Prime Minister Lennox Ostrava wore blue on Tuesday to back "
        "the police."
    )
    doc = actor_nlp(text)
    first = [m for m in doc._.mentions if m.text == "Ostrava"]
    full = [m for m in doc._.mentions if m.text == "Lennox Ostrava"]
    assert first and full and first[0].actor_id == full[0].actor_id


@pytest.mark.model
def test_initials_of_a_body_named_before(actor_nlp: Language) -> None:
    text = (
        "Police chief Ann Dole praised the Jamaica Constabulary Force on Tuesday. "
        "The JCF has arrested 30 gang members."
    )
    doc = actor_nlp(text)
    ids = {m.text: m.actor_id for m in doc._.mentions}
    assert ids["JCF"] == ids["Jamaica Constabulary Force"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Local outlets, including Sahel Nour TV, reported gunfire in the capital.", "Nour TV"),
        ("The broadcaster Sawa Radio said the coastal road was closed.", "Sawa Radio"),
    ],
    ids=["tv", "radio"],
)
def test_an_outlet_by_its_own_name_is_a_media_body(
    actor_nlp: Language, text: str, name: str
) -> None:
    m = next(m for m in actor_nlp(text)._.mentions if m.text.endswith(name))
    assert m.type == "ORG" and m.sector == "MED"


@pytest.mark.model
def test_a_person_called_a_broadcaster_stays_a_person(actor_nlp: Language) -> None:
    m = _mention(
        actor_nlp,
        "The veteran broadcaster Tomas Verhelst said the reef was dying.",
        "Tomas Verhelst",
    )
    assert m.type == "PERSON"
