"""Session 28 patterns of how reports name people and bodies: a report's state named only
through its institutions, a plural title before a list of names, a constituency in
brackets, a titled person whose surname is a state's name, "Prince + first name", a
capital named as a city, a body inside a law's name. Sentences are written for these
tests; the people are invented."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from prose_checks import actor_mentions as _mentions
from sitroom.article import Mention
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.lists import share_list_titles


def _person(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in _mentions(nlp, text) if m.text == name]
    assert found, [m.text for m in _mentions(nlp, text)]
    return found[0]


def test_a_state_named_only_by_its_central_bank_is_the_reports(actor_nlp: Language) -> None:
    text = (
        "A Deputy Minister of Trade, Kofi Mensubo, said the plan was sound. "
        "He added that the Bank of Ghana would act on the currency next week. "
        "The cedi has lost a fifth of its value this year, Ghana Statistical Service data show."
    )
    assert _person(actor_nlp, text, "Kofi Mensubo").country == "GHA"


def test_a_plural_title_before_a_list_is_each_persons(actor_nlp: Language) -> None:
    text = (
        "President William Ruto met lawmakers on Friday. MPs Peter Kamau (Runyenjes), "
        "Alice Wambui (Kiambu West) and James Otieno backed the budget."
    )
    for name in ("Alice Wambui", "James Otieno"):
        m = _person(actor_nlp, text, name)
        assert (m.country, m.sector) == ("KEN", "LEG"), name
    kept = {m.text for m in _mentions(actor_nlp, text)}
    assert "Runyenjes" not in kept and "Kiambu West" not in kept


def test_a_titled_person_named_like_a_state_stays_a_person(actor_nlp: Language) -> None:
    text = "In La Paz, Bolivia, Economy Minister Ramon Montenegro said fuel sales would recover."
    kept = {(m.text, m.country) for m in _mentions(actor_nlp, text)}
    assert ("Montenegro", "MNE") not in kept


def test_prince_and_a_first_name_is_the_prince_named_before(actor_nlp: Language) -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman met investors in Riyadh on Monday. "
        "Prince Mohammed said the kingdom would keep its plans."
    )
    assert _person(actor_nlp, text, "Prince Mohammed").country == "SAU"


def test_a_capital_named_as_a_city_is_a_place(actor_nlp: Language) -> None:
    text = "Drivers marched in the streets of the capital La Paz, chanting against the government."
    assert "La Paz" not in {m.text for m in _mentions(actor_nlp, text)}


def test_a_body_inside_a_laws_name_is_not_acting(actor_nlp: Language) -> None:
    text = "The exit follows the notice period in Article 91 of the Revised ECOWAS Treaty."
    assert "ECOWAS" not in {m.text for m in _mentions(actor_nlp, text)}


def test_a_listed_person_with_only_the_reports_state_takes_the_title() -> None:
    text = "Two of the three advisers -- Mahfuj Karim and Asif Bhuiyan -- joined the council."
    first = Mention(29, 41, "Mahfuj Karim", "PERSON", "local:person:mahfuj-karim")
    first.country, first.sector, first.role = "BGD", "GOV", "the three advisers"
    # the second has only the state the report is about (given to untitled people)
    nxt = Mention(46, 58, "Asif Bhuiyan", "PERSON", "local:person:asif-bhuiyan", country="BGD")
    assert text[nxt.start : nxt.end] == nxt.text
    share_list_titles(text, [first, nxt], [])
    assert (nxt.country, nxt.sector, nxt.role) == ("BGD", "GOV", "adviser")  # each one's office


def test_a_groups_plural_title_is_each_members_singular_office() -> None:
    from sitroom.nlp.actors.lists import singular_role

    assert singular_role("the three advisers") == "adviser"
    assert singular_role("Two of the three advisers") == "adviser"
    assert singular_role("MPs") == "MP"
    assert singular_role("spokeswomen") == "spokeswoman"
    assert singular_role("deputies of the ruling party") == "deputy of the ruling party"
    assert singular_role("the party's two deputy leaders") == "the party's deputy leader"
    # singular heads stay as written
    assert singular_role("Minister for Foreign Affairs") == "Minister for Foreign Affairs"
    assert singular_role("envoy to Yemen") == "envoy to Yemen"
    assert singular_role("Deputy Minister of Tourism, Arts and Culture").endswith("Culture")


def test_listed_people_get_the_singular_of_the_lists_title(actor_nlp: Language) -> None:
    text = (
        "President William Ruto met lawmakers on Friday. MPs Peter Kamau (Runyenjes), "
        "Alice Wambui (Kiambu West) and James Otieno backed the budget."
    )
    for name in ("Alice Wambui", "James Otieno"):
        assert _person(actor_nlp, text, name).role == "MP", name


def test_a_legislatures_member_is_a_lawmaker(actor_nlp: Language) -> None:
    text = (
        "The Philippine Congress opened hearings on the flood projects on Monday. "
        "Another House member, Ramon Dizon Jr., blamed past public works officials."
    )
    m = _person(actor_nlp, text, "Ramon Dizon Jr.")
    assert (m.country, m.sector) == ("PHL", "LEG")
    assert m.role is not None and "member" in m.role


def test_a_two_word_surname_alone_is_the_person_not_a_place(actor_nlp: Language) -> None:
    # the recognizer tags the bare "San Fernando" a place (a Philippine city's name)
    text = (
        "The House held a hearing on Monday. Rep. Elena Santos San Fernando said the budget "
        "was huge. San Fernando warned that Congress has no other objective."
    )
    later = [m for m in _mentions(actor_nlp, text) if m.text == "San Fernando"]
    assert later and later[0].type == "PERSON" and later[0].sector == "LEG"


def test_a_place_named_before_any_such_person_stays_a_place(actor_nlp: Language) -> None:
    text = (
        "Floods hit San Fernando on Monday. Rep. Elena Santos Cruz visited the city. "
        "San Fernando residents asked for help."
    )
    kept = {(m.text, m.type) for m in _mentions(actor_nlp, text)}
    assert ("San Fernando", "PERSON") not in kept


def test_a_name_ending_a_list_under_a_plural_title_is_a_person(actor_nlp: Language) -> None:
    """ "party leaders X and Y": Y is a person like X, whatever the recognizer called it; a
    name after a list with no plural title before it is left alone."""
    from spacy.tokens import Span

    from sitroom.nlp.actors.lists import listed_under_a_plural_title

    with actor_nlp.select_pipes(disable=["sitroom_actors_v1"]):
        doc = actor_nlp("Party leaders Otieno Baraka and Kamau Njeri received jail terms.")
        doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 7, label="ORG")]
        assert listed_under_a_plural_title(doc.ents[1])
        doc = actor_nlp("On Monday Otieno Baraka and Kamau Njeri received jail terms.")
        doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 7, label="ORG")]
        assert not listed_under_a_plural_title(doc.ents[1])


def test_a_list_in_apposition_to_a_plural_title_takes_it(actor_nlp: Language) -> None:
    """ "The leading candidates, X and Y, ...": each listed person is one candidate."""
    text = (
        "Kenya's election commission said on Monday that the vote was over. The leading "
        "presidential candidates, the ruling party's Wanjiru Odongo and conservative Otieno "
        "Baraka, concluded their campaigns with mutual accusations."
    )
    m = _person(actor_nlp, text, "Wanjiru Odongo")
    assert m.role is not None and m.role.endswith("presidential candidate")
    assert m.sector == "PTY"
    text = (
        "Kenya's election commission said on Monday that the vote was over. The two "
        "leading candidates are Wanjiru Odongo and Otieno Baraka."
    )
    assert _person(actor_nlp, text, "Otieno Baraka").role == "leading candidate"
