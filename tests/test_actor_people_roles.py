"""People of the place a report is about, described by the text: students, residents,
shopkeepers ("a shopkeeper named X") take the civilian sector and, where no state is named
around them, the state the report is about; analysts do not (they are often foreign).
Sentences are written for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)

LEDE = (
    "Kenya's police said on Monday that the march was illegal. Kenya's government agreed. "
    "Kenya's interior ministry sent more officers.\n\n"
)


def _person(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


def test_a_student_is_a_civilian_of_the_reports_state(actor_nlp: Language) -> None:
    text = LEDE + "Among the injured was 20-year-old university student Wanjiru Odongo."
    m = _person(actor_nlp, text, "Wanjiru Odongo")
    assert (m.country, m.sector) == ("KEN", "CVL")


def test_a_role_before_a_participle_of_naming_titles_the_name(actor_nlp: Language) -> None:
    text = LEDE + "A shopkeeper named Otieno Baraka said the officers fired into the air."
    m = _person(actor_nlp, text, "Otieno Baraka")
    assert (m.country, m.sector) == ("KEN", "CVL")
    text = LEDE + "A farmer identified only as Kamau Njeri lost his goats."
    assert _person(actor_nlp, text, "Kamau Njeri").sector == "AGR"


def test_a_verb_of_calling_is_no_participle_of_naming(actor_nlp: Language) -> None:
    text = LEDE + "Officials called Otieno Baraka to the station on Tuesday."
    assert _person(actor_nlp, text, "Otieno Baraka").sector is None


def test_a_teacher_stays_in_education(actor_nlp: Language) -> None:
    text = LEDE + "Otieno Baraka, a teacher, said the school was closed."
    assert _person(actor_nlp, text, "Otieno Baraka").sector == "EDU"


def test_an_analyst_of_a_known_think_tank_takes_its_state(actor_nlp: Language) -> None:
    text = LEDE + "Analyst Otieno Baraka of the Lowy Institute said the march would go ahead."
    m = _person(actor_nlp, text, "Otieno Baraka")
    assert (m.country, m.sector) == ("AUS", "EDU")


def test_a_relative_of_an_officer_is_a_civilian(actor_nlp: Language) -> None:
    """ "X, son of army officer Y": X is a civilian of Y's state, and Y keeps his own
    title (the kinship word is not part of it)."""
    text = LEDE + "Amani Kiprop, 29, wife of Army Colonel Joseph Kiprop, saw the march."
    wife = _person(actor_nlp, text, "Amani Kiprop")
    assert (wife.country, wife.sector) == ("KEN", "CVL")
    assert _person(actor_nlp, text, "Joseph Kiprop").sector == "MIL"
