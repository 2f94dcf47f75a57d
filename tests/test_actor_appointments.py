"""Roles the text states by a verb of appointment or office ("X has been reappointed
Permanent Secretary for Y", "X, presently serving as Y,", "X has taken office as Y", "X, who
holds the position of Y,", "X, who ran for Y,"), an act before "of" that is no part of the
title ("the agreement of Prime Minister X"), a two-word title opened by a preposition
("Under Secretary X") and a trade before a state office ("Media Minister": the portfolio, not
the holder's trade). Sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from prose_checks import mention_named as _person
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.clauses import _base
from sitroom.nlp.actors.context import read_title
from sitroom.nlp.actors.kb import load_kb


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        (
            "Tomas Perlik has been reappointed as Permanent Secretary for Fisheries.",
            "Tomas Perlik",
            "Permanent Secretary",
        ),
        (
            "Mara Velko has been reappointed Permanent Secretary for Education.",
            "Mara Velko",
            "Permanent Secretary",
        ),
        (
            "Dr. Anna Borel, presently serving as Permanent Secretary for Trade, will move on.",
            "Anna Borel",
            "Permanent Secretary",
        ),
        (
            "Dr. Anna Borel, who holds the position of Permanent Secretary for Lands, retired.",
            "Anna Borel",
            "Permanent Secretary for Lands",
        ),
        (
            "Sir Karl Denno has officially taken office as the Minister for Police.",
            "Karl Denno",
            "Minister for Police",
        ),
        (
            "Tomas Perlik took over as head of the commission on Monday.",
            "Tomas Perlik",
            "head of the commission",
        ),
        (
            "Lena Okafor, who ran for the ruling Green Party, said the tally was wrong.",
            "Lena Okafor",
            "candidate for the ruling Green Party",
        ),
        (
            "Pera Lindqvist has been reappointed as Secretary to the Cabinet until May 2027.",
            "Pera Lindqvist",
            "Secretary to the Cabinet",
        ),
    ],
)
def test_an_office_stated_by_a_verb_gives_the_role(
    actor_nlp: Language, text: str, name: str, word: str
) -> None:
    m = _person(actor_nlp, text, name)
    assert m.role is not None and word in m.role


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tomas Perlik took the bus to work on Monday.",
        "Tomas Perlik holds the view that the vote was fair.",
        "Tomas Perlik ran for two hours on Monday.",
        "Tomas Perlik remains in hospital after the crash.",
    ],
)
def test_other_uses_of_those_verbs_give_no_role(actor_nlp: Language, text: str) -> None:
    assert _person(actor_nlp, text, "Tomas Perlik").role is None


def test_a_verbs_re_form_is_the_verb_and_remain_is_no_re_form() -> None:
    assert _base("reappointe") == "appoint"
    assert _base("re-elect") == "elect"
    assert _base("remain") == "remain"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The council, with the agreement of Prime Minister Tomas Perlik, announced it.",
            "Tomas Perlik",
            "Prime Minister",
        ),
        (
            "The leader announced his pardon of ex-President Juan Teller on Monday.",
            "Juan Teller",
            "ex-President",
        ),
    ],
)
def test_an_act_before_of_is_no_part_of_the_title(
    actor_nlp: Language, text: str, name: str, role: str
) -> None:
    assert _person(actor_nlp, text, name).role == role


@pytest.mark.model
def test_a_body_before_of_stays_in_the_title(actor_nlp: Language) -> None:
    text = "The Ministry of Finance spokesman Tomas Perlik said the budget was ready."
    m = _person(actor_nlp, text, "Tomas Perlik")
    assert m.role is not None and "Ministry of Finance" in m.role


@pytest.mark.model
def test_under_secretary_is_one_title(actor_nlp: Language) -> None:
    text = "The directive was issued by Under Secretary Rabi Tenzo on Friday."
    m = _person(actor_nlp, text, "Rabi Tenzo")
    assert m.role == "Under Secretary" and m.sector == "GOV"


def test_a_trade_before_a_state_office_is_its_portfolio() -> None:
    kb = load_kb()
    assert read_title(kb, "Media Minister").sector == "GOV"
    assert read_title(kb, "veteran journalist").sector == "MED"


@pytest.mark.model
def test_a_states_possessive_before_the_act_still_gives_the_state(actor_nlp: Language) -> None:
    """ "Peru's arrest of opposition leader X": no article or pronoun opens the act; the
    words before "of" stay with the title, whose state they name."""
    text = "Peru's arrest of opposition leader Tomas Perlik drew protests."
    assert _person(actor_nlp, text, "Tomas Perlik").country == "PER"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Anna Kuta replaces Peter Malua as Minister of Water in the new cabinet.",
        "The cabinet changed. Anna Kuta, who succeeded Peter Malua as Minister of Water, spoke.",
    ],
)
def test_who_replaces_another_as_an_office_holds_it(actor_nlp: Language, text: str) -> None:
    """ "X replaces / succeeded Y as Z": Z is the subject's office; the one replaced held it
    before and is given none."""
    new = _person(actor_nlp, text, "Anna Kuta")
    assert new.role is not None and "Minister of Water" in new.role
    old = [m for m in actor_nlp(text)._.mentions if m.text == "Peter Malua"]
    assert all(m.role is None for m in old)
