"""Offices the text gives a person outside the knowledge base beyond the title next to the
name: an appointment "as" an office, a title that belongs to the next name and not to the
one before the comma, coordinated titles, an international body's envoy in a report on one
state, and a bare rank that repeats part of the office stated first. Sentences are written
for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import mention_named as _person
from sitroom.article import Mention
from sitroom.article import Span as TextSpan
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.carry import (
    carry_descriptions,
    cut_before_surname,
    patronymics,
    quoted_body_names,
    reordered_bodies,
    shortened_names,
)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.linker import Linker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("The unit installed General Tomas Perlik as the new army chief.", "Tomas Perlik", "chief"),
        (
            "Officers said General Tomas Perlik had been appointed as head of the army.",
            "Tomas Perlik",
            "head",
        ),
        (
            "Sara Vendel and Omar Haddi were appointed as advisers to the interim cabinet.",
            "Omar Haddi",
            "adviser",  # each one's office: the singular
        ),
    ],
)
def test_an_appointment_as_an_office_gives_the_role(
    actor_nlp: Language, text: str, name: str, word: str
) -> None:
    m = _person(actor_nlp, text, name)
    assert m.role is not None and word in m.role


@pytest.mark.model
def test_an_appointment_role_stops_before_the_date(actor_nlp: Language) -> None:
    text = "The unit installed General Tomas Perlik as the new army chief on Sunday."
    m = _person(actor_nlp, text, "Tomas Perlik")
    assert m.role is not None and "chief" in m.role and "Sunday" not in m.role


@pytest.mark.model
def test_arriving_as_something_happens_is_no_office(actor_nlp: Language) -> None:
    m = _person(actor_nlp, "Lina Okoro arrived as the talks began.", "Lina Okoro")
    assert m.role is None


@pytest.mark.model
def test_a_title_before_the_next_name_is_not_an_apposition(actor_nlp: Language) -> None:
    """ "... of X, Press Secretary Y said": the title is Y's, X has none."""
    text = "The chief accepted the letters of Tarek Omrani, Press Secretary Dalia Fenn said."
    m = _person(actor_nlp, text, "Tarek Omrani")
    assert m.role is None and m.sector is None


@pytest.mark.model
def test_the_object_of_a_title_after_a_comma_stays_an_apposition(actor_nlp: Language) -> None:
    text = "Tarek Omrani, spokesman for President Dalia Fenn, told reporters the talks failed."
    m = _person(actor_nlp, text, "Tarek Omrani")
    assert m.role is not None and "spokesman" in m.role


@pytest.mark.model
def test_coordinated_titles_before_a_name(actor_nlp: Language) -> None:
    text = "Palace Press Officer and Communications Undersecretary Mira Solano said so."
    m = _person(actor_nlp, text, "Mira Solano")
    assert m.sector == "GOV" and m.role is not None and "Undersecretary" in m.role


def test_an_executive_secretary_is_no_business() -> None:
    linker = Linker(load_kb(), fuzzy_threshold=82)
    assert linker.title_context("Executive Secretary").sector == "GOV"


@pytest.mark.model
def test_an_international_envoy_is_not_homed_in_the_report_state(actor_nlp: Language) -> None:
    """A report on Yemen: the UN envoy named there and later by his surname stays the UN's."""
    text = (
        "Yemen's government met on Sunday. Yemeni officials spoke in Aden. "
        "UN Special Envoy to Yemen Rolf Ostberg met Yemeni ministers in Riyadh. "
        "A statement said Ostberg met Yemeni Foreign Minister Saleh Qadi later."
    )
    found = [m for m in actor_nlp(text)._.mentions if "Ostberg" in m.text]
    assert found and all(m.country is None for m in found)


def _mention(text: str, start: int, role: str | None) -> Mention:
    m = Mention(start, start + len(text), text, "PERSON", actor_id="local:person:tomas-perlik")
    m.role, m.country, m.sector = role, "MDG", "MIL"
    m.role_evidence = TextSpan(0, 10, "evidence") if role else None
    return m


def test_a_bare_rank_later_takes_the_fuller_office_stated_first() -> None:
    first = _mention("Tomas Perlik", 0, "General, the new army chief")
    later = _mention("Perlik", 50, "General")
    other = _mention("Perlik", 80, "Colonel")
    carry_descriptions([first, later, other])
    assert later.role == "General, the new army chief"
    assert other.role == "Colonel"  # another title is not part of the first one


@pytest.mark.model
def test_a_rank_after_a_comma_title_keeps_the_office(actor_nlp: Language) -> None:
    """ "The Nigerian army spokesman, Major General X": the office, not the rank alone."""
    text = "The Nigerian army spokesman, Major General Peter Olan, said troops held the town."
    m = _person(actor_nlp, text, "Peter Olan")
    assert (m.country, m.sector) == ("NGA", "MIL")
    assert m.role is not None and "spokesman" in m.role and "General" in m.role


@pytest.mark.model
def test_an_analyst_of_a_named_think_tank_is_not_of_the_state_discussed(
    actor_nlp: Language,
) -> None:
    """ "Senior fellow X of the Carnegie Endowment said Iraq ...": Iraq is the topic."""
    text = "Senior fellow Rania Haddad of the Carnegie Endowment said Iraq faced a hard choice."
    m = _person(actor_nlp, text, "Rania Haddad")
    assert m.sector == "EDU" and m.country != "IRQ"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dario Velt was named foreign minister of Peru in March.", "foreign minister of Peru"),
        ("Dario Velt became Peru's foreign minister last year.", "Peru's foreign minister"),
        (
            "Dario Velt, who was appointed foreign minister in March, said talks would go on.",
            "foreign minister",
        ),
    ],
)
def test_an_office_given_without_as(actor_nlp: Language, text: str, role: str) -> None:
    """The object predicate of "named", the attribute of "became", the office of a "who
    was appointed" clause."""
    m = _person(actor_nlp, text, "Dario Velt")
    assert m.role == role and m.sector == "GOV"


@pytest.mark.model
def test_becoming_no_office_gives_no_role(actor_nlp: Language) -> None:
    m = _person(actor_nlp, "Dario Velt became a target of the protests.", "Dario Velt")
    assert m.role is None and m.sector is None


@pytest.mark.model
def test_a_comma_title_is_the_phrase_holding_the_role(actor_nlp: Language) -> None:
    """ "announced the removal of its President, General X": "its President", not the
    removal."""
    text = "The Senate announced the removal of its President, General Piet Varga, on Sunday."
    m = _person(actor_nlp, text, "Piet Varga")
    assert m.role is not None and "President" in m.role and "removal" not in m.role


def test_a_local_bodys_state_given_once_is_carried_to_its_other_mentions() -> None:
    """ "the Constitutional Council" given its state once (in a report on that state) is the
    same body where it is named again; a place of the same name and another body are not."""
    oid = "local:org:constitutional-council"
    first = Mention(0, 22, "Constitutional Council", "ORG", oid, "Constitutional Council", "CMR")
    later = Mention(90, 112, "Constitutional Council", "ORG", oid)
    place = Mention(130, 152, "Constitutional Council", "ORG", oid, place=True)
    other = Mention(160, 170, "Lake Board", "ORG", "local:org:lake-board")
    carry_descriptions([first, later, place, other])
    assert (later.country, later.canonical) == ("CMR", "Constitutional Council")
    assert place.country is None and other.country is None


def test_the_first_words_of_a_longer_name_are_that_person_before_or_after_it() -> None:
    """ "Lino Vaz" before "Lino Vaz Prado" (a name and its first surname), and its surname
    alone later, are the person of the longer name; a name of two people is no one's."""
    short = Mention(0, 8, "Lino Vaz", "PERSON", "local:person:lino-vaz", "Lino Vaz")
    surname = Mention(40, 43, "Vaz", "PERSON", "local:person:lino-vaz", "Lino Vaz")
    full = Mention(
        60, 74, "Lino Vaz Prado", "PERSON", "local:person:lino-vaz-prado", "Lino Vaz Prado", "BOL"
    )
    other = Mention(90, 98, "Ana Ruiz", "PERSON", "local:person:ana-ruiz", "Ana Ruiz")
    two = [
        Mention(110, 124, f"Ana Ruiz {x}", "PERSON", f"local:person:ana-ruiz-{x}")
        for x in ("Soto", "Gil")
    ]
    shortened_names([short, surname, full, other, *two])
    assert {short.actor_id, surname.actor_id} == {"local:person:lino-vaz-prado"}
    assert (short.canonical, surname.country) == ("Lino Vaz Prado", "BOL")
    assert other.actor_id == "local:person:ana-ruiz"


def test_given_names_cut_from_their_surname_are_the_surnames_person() -> None:
    """ "General [Ana Lucia Ferraz] [Quintal]": the unknown given names right before the
    surname (a space only) are the person the surname names, their earlier mention too; a
    comma between, or a surname of two words, keeps them apart."""
    text = "Ana Lucia spoke. General Ana Lucia Ferraz Quintal won. Rui Sousa, Quintal said."
    early = Mention(0, 9, "Ana Lucia", "PERSON", "local:person:ana-lucia-ferraz")
    given = Mention(25, 41, "Ana Lucia Ferraz", "PERSON", "local:person:ana-lucia-ferraz")
    surname = Mention(42, 49, "Quintal", "PERSON", "ana-quintal", "Ana Quintal", "BRA", "GOV")
    apart = Mention(55, 64, "Rui Sousa", "PERSON", "local:person:rui-sousa")
    again = Mention(66, 73, "Quintal", "PERSON", "ana-quintal", "Ana Quintal", "BRA", "GOV")
    assert text[given.start : surname.end] == "Ana Lucia Ferraz Quintal"
    cut_before_surname([early, given, surname, apart, again], text)
    assert {early.actor_id, given.actor_id} == {"ana-quintal"}
    assert (early.canonical, given.country) == ("Ana Quintal", "BRA")
    assert apart.actor_id == "local:person:rui-sousa"


def test_a_quoted_name_before_a_kind_of_body_names_the_body() -> None:
    """ "the “Vance” party": the body, not the person the name is linked to; unquoted
    ("Vance party leaders") it stays as linked."""
    text = "He leads the “Vance” party. Vance party leaders met."
    quoted = Mention(14, 19, "Vance", "PERSON", "jd-vance", "JD Vance", "USA", "GOV")
    bare = Mention(28, 33, "Vance", "PERSON", "jd-vance", "JD Vance", "USA", "GOV")
    assert text[quoted.start : quoted.end] == text[bare.start : bare.end] == "Vance"
    quoted_body_names([quoted, bare], text)
    assert (quoted.type, quoted.canonical, quoted.actor_id) == (
        "ORG",
        "Vance Party",
        "local:org:vance-party",
    )
    assert quoted.country is None and bare.actor_id == "jd-vance"


def test_a_bodys_name_in_the_other_order_is_the_same_body() -> None:
    """ "Union of Free Farmers" then "Free Farmers Union": one body; "Free Farmers
    League" is another."""
    name = "Union of Free Farmers"
    first = Mention(0, 22, name, "ORG", "local:org:union-of-free-farmers", name, "PER")
    other = Mention(40, 58, "Free Farmers Union", "ORG", "local:org:free-farmers-union")
    league = Mention(70, 89, "Free Farmers League", "ORG", "local:org:free-farmers-league")
    reordered_bodies([first, other, league])
    assert (other.actor_id, other.canonical, other.country) == (first.actor_id, name, "PER")
    assert league.actor_id == "local:org:free-farmers-league"


def test_a_given_name_and_patronymic_is_the_person_named_in_full() -> None:
    """ "Oleg Ivanovich" after "Oleg Sarin": Sarin; a plain two-word name of another
    person with the same given name ("Oleg Petrenko") is not a patronymic."""
    full = Mention(0, 10, "Oleg Sarin", "PERSON", "local:person:oleg-sarin", "Oleg Sarin", "KGZ")
    pair = Mention(30, 44, "Oleg Ivanovich", "ORG", "local:org:oleg-ivanovich")
    other = Mention(50, 62, "Oleg Petrenko", "PERSON", "local:person:oleg-petrenko")
    patronymics([full, pair])
    assert (pair.type, pair.actor_id, pair.country) == ("PERSON", full.actor_id, "KGZ")
    again = Mention(30, 44, "Oleg Ivanovich", "ORG", "local:org:oleg-ivanovich")
    patronymics([full, other, again])  # two people named Oleg: no one
    assert again.actor_id == "local:org:oleg-ivanovich"
    assert other.actor_id == "local:person:oleg-petrenko"


def test_a_police_bodys_inspector_general_is_police(actor_nlp: Language) -> None:
    """ "Inspector General" holds no military rank; the police body named before it (its
    bracketed short name between) makes its holder police, an office's alone a civil one."""
    text = (
        "Malawi's police arrested ten people. Malawi Police Service (MPS) Inspector General "
        "Joram Banda confirmed the arrests."
    )
    assert _person(actor_nlp, text, "Joram Banda").sector == "COP"
    text = "Inspector General Tom Harlan of the State Department said the audit found waste."
    assert _person(actor_nlp, text, "Tom Harlan").sector == "GOV"


def test_a_us_attorney_is_a_prosecutor(actor_nlp: Language) -> None:
    text = "Prosecutors declined to comment, and U.S. Attorney Jane Dorsey warned the cartels."
    m = _person(actor_nlp, text, "Jane Dorsey")
    assert (m.country, m.sector) == ("USA", "JUD")
