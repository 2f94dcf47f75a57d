"""How news prose introduces people and bodies the knowledge base may not know: an aide
named by the owner's name, a member of a named party, a legislator's constituency, a
portfolio with "and", a given name the recognizer left out, a legislature's common name in
a report on another state, a capital named as where someone goes. Sentences are written
for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.linker import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_kb(), fuzzy_threshold=82)


def _mention(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


def _actors(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    places = {(p.start, p.end) for p in doc._.places}
    return [m.text for m in doc._.mentions if (m.start, m.end) not in places]


@pytest.mark.parametrize(
    ("title", "country", "sector"),
    [
        ("Nepali Congress general secretary", "NPL", "PTY"),  # no rank "general" here
        ("the party 's secretary general", None, "PTY"),
        ("the public policy secretary at the President 's Office", None, "GOV"),
        (
            "head of the Foreign Policy Department of the Presidential Office of Kyrgyzstan",
            "KGZ",
            "GOV",
        ),
        ("Minority Leader", None, "OPP"),
        ("Laguna Rep.", None, "LEG"),
        ("Sen.", None, "LEG"),
        ("Gov.", None, "GOV"),
    ],
)
def test_titles(linker: Linker, title: str, country: str | None, sector: str) -> None:
    ctx = linker.title_context(title)
    assert (ctx.country, ctx.sector) == (country, sector)


@pytest.mark.model
def test_an_aide_named_by_the_owners_name(actor_nlp: Language) -> None:
    text = (
        "Zambian opposition leader Tomas Kalinda was detained. "
        '"We will appeal," Peter Mbewe, Kalinda\'s lawyer, told reporters.'
    )
    assert _mention(actor_nlp, text, "Peter Mbewe").country == "ZMB"


@pytest.mark.model
def test_an_aide_of_an_opposition_leader_is_no_government_official(actor_nlp: Language) -> None:
    text = (
        "Ugandan opposition leader Sam Okello was arrested. The rally was banned, said Ruth "
        "Atim, the executive secretary of Okello's group, on Monday."
    )
    m = _mention(actor_nlp, text, "Ruth Atim")
    assert (m.country, m.sector) == ("UGA", "OPP")


@pytest.mark.model
def test_his_title_after_and(actor_nlp: Language) -> None:
    text = "Police questioned Peruvian President Juan Ortiz and his vice-president, Rosa Vega."
    m = _mention(actor_nlp, text, "Rosa Vega")
    assert (m.country, m.sector) == ("PER", "GOV")


@pytest.mark.model
def test_a_member_of_a_named_party(actor_nlp: Language) -> None:
    text = "Peter Kamau of the Orange Democratic Movement said the vote was rigged."
    m = _mention(actor_nlp, text, "Peter Kamau")
    assert (m.country, m.sector) == ("KEN", "PTY")


@pytest.mark.model
def test_a_reporter_of_an_agency_takes_no_state_from_it(actor_nlp: Language) -> None:
    m = _mention(actor_nlp, "John Okafor of Reuters reported the clash.", "John Okafor")
    assert (m.country, m.sector) == (None, "MED")


@pytest.mark.model
def test_a_constituency_is_no_actor(actor_nlp: Language) -> None:
    text = "The Member of Parliament for Ashanti East, Dr. Kofi Boateng, said the budget was late."
    assert "Ashanti East" not in _actors(actor_nlp, text)
    assert _mention(actor_nlp, text, "Kofi Boateng").sector == "LEG"


@pytest.mark.model
def test_a_portfolio_with_and(actor_nlp: Language) -> None:
    text = "The envoy met the Minister for Water and Power Ali Khan Baloch on Monday."
    assert _mention(actor_nlp, text, "Ali Khan Baloch").sector == "GOV"


@pytest.mark.model
def test_a_given_name_the_recognizer_left_out(actor_nlp: Language) -> None:
    text = "Crowds waited for Tran Van Khoa, a retired engineer, outside the court."
    assert "Tran Van Khoa" in _actors(actor_nlp, text)


@pytest.mark.model
def test_a_speakers_name_run_into_the_body(actor_nlp: Language) -> None:
    text = "Speaker of Parliament Ruwan Perera opened the session in Sri Lanka."
    m = _mention(actor_nlp, text, "Ruwan Perera")
    assert m.sector == "LEG"


@pytest.mark.model
def test_congress_in_a_report_on_another_state(actor_nlp: Language) -> None:
    text = "LIMA: Peru's Congress voted on Friday to censure the interior minister."
    assert _mention(actor_nlp, text, "Congress").country == "PER"
    us = "Congress voted on Friday to impose new sanctions on China."
    assert _mention(actor_nlp, us, "Congress").country == "USA"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Omani foreign minister is slated to visit Tehran next week.",
        "Iran said the minister's trip to Muscat would open a new stage.",
        "Protesters marched through Maputo's poorer neighbourhoods.",
    ],
)
def test_a_capital_where_someone_goes_is_a_place(actor_nlp: Language, text: str) -> None:
    for city in ("Tehran", "Muscat", "Maputo"):
        assert city not in _actors(actor_nlp, text)


@pytest.mark.model
def test_a_capital_acting_is_still_an_actor(actor_nlp: Language) -> None:
    assert "Tehran" in _actors(actor_nlp, "Tehran rejected the proposal on Monday.")


@pytest.mark.model
def test_an_untitled_person_in_a_report_on_one_state(actor_nlp: Language) -> None:
    text = (
        "Kenya's parliament passed the budget on Tuesday. Kenyan lawmakers argued for hours. "
        "The Kenyan treasury welcomed the vote. Outside, Jane Wanjiru said prices were too high."
    )
    assert _mention(actor_nlp, text, "Jane Wanjiru").country == "KEN"
    other = "Kenya's parliament passed the budget. Jane Wanjiru said Uganda would follow."
    assert _mention(actor_nlp, other, "Jane Wanjiru").country is None


def test_a_headline_surname_is_the_person_named_in_full_below(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Court ruling a blow to Duterte\n\nFormer president Rodrigo Duterte will stay in "
        "detention, judges said on Friday."
    )
    ids = {m.text: m.actor_id for m in doc._.mentions}
    assert ids["Duterte"] == ids["Rodrigo Duterte"] == "rodrigo-duterte"


def test_a_headline_surname_of_two_people_named_in_full_is_left_alone(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp(
        "Talks with Okonkwo stall\n\nMinister Chidi Okonkwo met the lawyer Adaeze Okonkwo, "
        "his sister, on Monday."
    )
    full = {m.actor_id for m in doc._.mentions if m.text.endswith(" Okonkwo")}
    heading = next(m for m in doc._.mentions if m.text == "Okonkwo")
    assert len(full) == 2
    assert heading.actor_id not in full


def test_a_surname_before_another_of_that_name_in_one_line_is_not_that_person(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp("Okonkwo's aides were questioned by Senator Adaeze Okonkwo on Monday.")
    ids = {m.text: m.actor_id for m in doc._.mentions}
    assert ids["Adaeze Okonkwo"] == "local:person:adaeze-okonkwo"
    assert ids.get("Okonkwo") != ids["Adaeze Okonkwo"]


def test_a_possessive_ends_a_persons_name(actor_nlp: Language) -> None:
    doc = actor_nlp("Members of President Ferdinand Marcos Jr.’s Cabinet attended the hearing.")
    names = {m.text: m.actor_id for m in doc._.mentions}
    assert names.get("Ferdinand Marcos Jr.") == "ferdinand-marcos-jr"
    assert not any(m.type == "PERSON" and "Cabinet" in m.text for m in doc._.mentions)


def test_a_source_after_a_names_apposition_is_no_part_of_its_title(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Mendez had 54 percent of the vote against 45 percent for his rival, former "
        "interim president Luis Ortega, the electoral tribunal said."
    )
    ortega = next(m for m in doc._.mentions if m.text == "Luis Ortega")
    assert ortega.role is not None and "tribunal" not in ortega.role
