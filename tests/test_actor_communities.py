"""Session 35 (communities22): a people's name right before a plural noun of its people
("the Yazidi community", "Tuareg fighters", "armed Hazara groups") is one group actor, placed
in the state its sentence puts it in, or another phrase of the same people does; a state's
demonym before such a noun is left to the group nouns. Sentences are written for these
tests; the places are real, the events invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from prose_checks import actor_mentions, hand_parsed
from sitroom.article import Mention
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.communities import home_of, land_of, share_land


def _group(nlp: Language, text: str, words: str) -> Mention:
    found = [m for m in actor_mentions(nlp, text) if m.text == words]
    assert found, [(m.text, m.type) for m in actor_mentions(nlp, text)]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("Leaders of the Yazidi community in northern Iraq asked for protection on Monday.",
         "Yazidi community", "CVL"),
        ("Yazidi families in northern Iraq asked for protection on Monday.",
         "Yazidi families", "CVL"),
        ("Tuareg fighters in Mali seized two army posts near the border, officials said.",
         "Tuareg fighters", "REB"),
        ("Police said armed Hazara groups in Afghanistan had blocked the road overnight.",
         "armed Hazara groups", "REB"),
    ],
)  # fmt: skip
def test_a_peoples_name_before_its_people_is_one_group(
    actor_nlp: Language, text: str, words: str, sector: str
) -> None:
    found = _group(actor_nlp, text, words)
    assert found.type == "GROUP"
    assert found.sector == sector
    assert found.country is not None  # the state of the place after "in"
    people = words.split()[-2] if words.startswith("armed") else words.split()[0]
    names = {m.text for m in actor_mentions(actor_nlp, text)}
    assert people not in names  # no person or body named "Tuareg" inside it


@pytest.mark.model
def test_a_states_demonym_before_fighters_is_no_community(actor_nlp: Language) -> None:
    text = "Malian soldiers and Tuareg fighters clashed near Kidal in Mali on Sunday."
    mentions = {m.text: m for m in actor_mentions(actor_nlp, text)}
    assert mentions["Tuareg fighters"].type == "GROUP"
    soldiers = mentions.get("Malian soldiers")
    assert soldiers is None or not str(soldiers.actor_id).startswith("local:group:")


def test_a_community_placed_nowhere_takes_its_peoples_state() -> None:
    placed = Mention(0, 16, "Yazidi civilians", "GROUP", country="IRQ", sector="CVL")
    nowhere = Mention(40, 55, "Yazidi fighters", "GROUP", sector="REB")
    other = Mention(60, 75, "Tuareg fighters", "GROUP", sector="REB")
    share_land([placed, nowhere, other])
    assert nowhere.country == "IRQ"
    assert other.country is None


def _placed(last: str) -> Doc:
    """ "Turkish Kurd <last> in Iraq returned", parsed by hand."""
    rows = [
        ("Turkish", 2, "amod", "JJ", "ADJ"),
        ("Kurd", 2, "compound", "NNP", "PROPN"),
        (last, 5, "nsubj", "NNS", "NOUN"),
        ("in", 2, "prep", "IN", "ADP"),
        ("Iraq", 3, "pobj", "NNP", "PROPN"),
        ("returned", 5, "ROOT", "VBD", "VERB"),
    ]
    return hand_parsed(rows, ["B-NORP", "B-PERSON", "O", "O", "B-GPE", "O"])


def test_a_demonym_or_the_place_it_is_in_gives_a_communitys_state() -> None:
    codes = {"Turkish": "TUR", "Iraq": "IRQ"}.get
    assert land_of(_placed("refugees")[0:3], codes) == "TUR"  # "Turkish Kurd refugees"
    assert land_of(_placed("fighters")[1:3], codes) == "IRQ"  # "Kurd fighters in Iraq"
    # refugees are in a land not theirs: the host is not their state
    assert land_of(_placed("refugees")[1:3], codes) is None


@pytest.mark.model
def test_a_population_is_no_community(actor_nlp: Language) -> None:
    # a religion's or people's population is a description (as "the Haitian population")
    text = "The report counted the Yazidi population of the district for the first time."
    assert "Yazidi population" not in {m.text for m in actor_mentions(actor_nlp, text)}


@pytest.mark.parametrize(
    ("text", "dominant", "state"),
    [
        ("Rohingya refugees", "BGD", "MMR"),  # one home state, the report on another
        ("Uyghur activists", None, "CHN"),  # a report on no one state
        ("Druze fighters", "LBN", "LBN"),  # the report's state is one of its homes
        ("armed Druze groups", "USA", None),  # several homes, the report on none of them
        ("Samburu elders", "KEN", "KEN"),  # a people the data does not list
    ],
)
def test_a_community_placed_nowhere_takes_its_peoples_home_state(
    text: str, dominant: str | None, state: str | None
) -> None:
    """Issue 14: a people with no state of its own has home states in the KB data."""
    assert home_of(text, dominant) == state


@pytest.mark.model
def test_a_community_in_a_report_on_no_state_keeps_its_home(actor_nlp: Language) -> None:
    text = "Aid workers said Rohingya refugees had run short of food again this month."
    assert _group(actor_nlp, text, "Rohingya refugees").country == "MMR"
