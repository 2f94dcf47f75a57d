"""A legislator named by the seat they hold: "X, the member for Y" (the Westminster form)
is a member of the legislature, as "X, MP for Y" is. Sentences are written
for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)


def _mention(nlp: Language, text: str, name: str):  # type: ignore[no-untyped-def]
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyel, the member for Northport East, said the levy was unfair.",
        "In the house, Tomas Reyel, Member for Northport East, asked about the levy.",
    ],
)
def test_the_member_for_a_seat_is_a_legislator(actor_nlp: Language, text: str) -> None:
    person = _mention(actor_nlp, text, "Tomas Reyel")
    assert person.sector == "LEG"
    assert person.role is not None and "member for northport east" in person.role.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's parliament sat. The MP for Tamale North, Dr. Kofi Adda, said the levy was unfair.",
        "Namibia's parliament sat. The member for Northport, Anna Kuta, said the levy was unfair.",
    ],
)
def test_the_seat_before_a_comma_titles_the_name_after_it(actor_nlp: Language, text: str) -> None:
    """ "The MP for Y, X, said": the recognizer often takes the seat for a person; it is the
    end of X's title all the same."""
    name = "Kofi Adda" if "Kofi" in text else "Anna Kuta"
    person = _mention(actor_nlp, text, name)
    assert person.sector == "LEG"
    assert person.role is not None and " for " in person.role


def test_a_seat_sharing_a_capitals_name_names_no_state(actor_nlp: Language) -> None:
    """ "The MPs for Westmoor, Freetown and Hillcrest": constituencies, not Sierra Leone; the
    minister after them serves the state the report named before."""
    text = (
        "Jamaica's ruling party held a rally on Monday. The MPs for Westmoor, Freetown and "
        "Hillcrest spoke. Works Minister Anna Kuta said roads would be fixed."
    )
    assert _mention(actor_nlp, text, "Anna Kuta").country == "JAM"


def test_a_seat_named_with_and_stays_in_the_title(actor_nlp: Language) -> None:
    """ "Deputy Prime Minister and Northport and Cat Cay MP X": the seat's name joins two
    places by "and"; the whole, the office first, is X's title."""
    text = "Deputy Prime Minister and Northport and Cat Cay MP Tomas Reyel said the vote was fair."
    person = _mention(actor_nlp, text, "Tomas Reyel")
    assert person.role is not None and person.role.startswith("Deputy Prime Minister and")
    text = "Senator Anna Kuta and Cat Cay MP Tomas Reyel said the vote was fair."
    person = _mention(actor_nlp, text, "Tomas Reyel")
    assert person.role == "Cat Cay MP"  # the list's first name keeps its own title
