"""Names the recognizer missed before an apposition stating an office (:mod:`sitroom.nlp.
actors.missed`). Sentences are written for these tests; the people are invented."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from prose_checks import actor_mentions as _mentions
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.missed import (
    apposed_people,
    heads_a_body,
    named_before_a_title,
    one_titled_name,
    plain_words_titled_name,
    titles_a_name,
)


@pytest.mark.model
def test_a_name_before_an_apposition_with_an_office_is_a_person(actor_nlp: Language) -> None:
    text = (
        "Floods hit North Sumatra in Indonesia. Residents described chaos. "
        "Maysanti, a resident, said relief trucks had not reached her village."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Maysanti"]
    assert found and found[0].type == "PERSON"
    assert (found[0].country, found[0].sector, found[0].role) == ("IDN", "CVL", "a resident")


@pytest.mark.model
def test_a_name_before_a_comma_and_who_is_a_person(actor_nlp: Language) -> None:
    text = (
        "Nery Tocoa, who ran for the leftist FUERZA, or Force and Change party, is second. "
        "Votes were counted in Honduras on Monday."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Nery Tocoa"]
    assert found and found[0].type == "PERSON"
    assert found[0].role is not None and "candidate" in found[0].role


def _doc(words: list[str], pos: list[str]) -> Doc:
    spaces = [n + 1 < len(words) and words[n + 1] not in (",", ".") for n in range(len(words))]
    starts = [n == 0 for n in range(len(words))]
    return Doc(English().vocab, words=words, spaces=spaces, pos=pos, sent_starts=starts)


ROLE = {"resident", "minister", "spokesman"}.__contains__


def test_only_an_apposition_with_an_office_makes_the_name_a_person() -> None:
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(["Tarni", "Oluwe", ",", "the", "new", "minister", ",", "said", "."], pos)
    assert [s.text for s in named_before_a_title(doc, ROLE, frozenset())] == ["Tarni Oluwe"]
    doc = _doc(["Tarni", "Oluwe", ",", "the", "main", "road", ",", "closed", "."], pos)
    assert named_before_a_title(doc, ROLE, frozenset()) == []  # a thing, no office
    # dictionary words only ("Heavy Rain, the ...") name no one
    doc = _doc(["Heavy", "Rain", ",", "the", "new", "minister", ",", "said", "."], pos)
    assert named_before_a_title(doc, ROLE, frozenset({"heavy", "rain"})) == []


def test_a_full_name_taken_for_a_place_before_an_office_is_a_person() -> None:
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(["Tarni", "Oluwe", ",", "the", "new", "minister", ",", "said", "."], pos)
    found = [(doc[0:2], "GPE")]
    assert apposed_people(doc, found, ROLE, lambda _: False) == [(doc[0:2], "PERSON")]
    # a name the knowledge base knows stays as the recognizer has it
    assert apposed_people(doc, found, ROLE, lambda _: True) == found
    # no office in the apposition: no person
    doc = _doc(["Tarni", "Oluwe", ",", "the", "main", "road", ",", "closed", "."], pos)
    found = [(doc[0:2], "GPE")]
    assert apposed_people(doc, found, ROLE, lambda _: False) == found


@pytest.mark.model
def test_a_place_of_the_gazetteer_before_an_apposition_stays_a_place(actor_nlp: Language) -> None:
    text = "South Sudan, the world's youngest nation, held talks with its neighbour."
    assert not any(m.type == "PERSON" for m in _mentions(actor_nlp, text))


@pytest.mark.model
def test_a_strangers_name_before_a_spokesmans_title_is_a_person(actor_nlp: Language) -> None:
    text = (
        "Talks stalled. Tunde Okafor, a spokesman for the Mombasa county government, said "
        "roads were closed."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Tunde Okafor"]
    assert found and found[0].type == "PERSON" and found[0].sector == "GOV"


def test_a_full_name_taken_for_a_people_right_after_a_role_word_is_a_person() -> None:
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = _doc(["opposition", "politician", "Tarni", "Oluwe", "got", "prison", "."], pos)
    found = [(doc[2:4], "NORP")]
    role = {"politician"}.__contains__
    assert apposed_people(doc, found, role, lambda _: False) == [(doc[2:4], "PERSON")]
    # no role word before it: left as the recognizer has it
    assert apposed_people(doc, found, ROLE, lambda _: False) == found


def test_one_name_after_a_title_ends_at_punctuation_or_a_verb() -> None:
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(["Agency", "Chief", "Wiranto", ",", "said", "."], pos)
    assert heads_a_body(doc, 1) and not heads_a_body(doc, 0)
    assert one_titled_name(doc[2:3], frozenset())
    assert not one_titled_name(doc[2:3], frozenset({"wiranto"}))  # a dictionary word
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _doc(["Agency", "Chief", "Wiranto", "Adi", "said", "."], pos)
    assert not one_titled_name(doc[2:3], frozenset())  # the first word of a longer name
    doc = _doc(["the", "Chief", "Wiranto", "Adi", "said", "."], pos)
    assert not heads_a_body(doc, 1)  # "the Chief": no body named before it


@pytest.mark.model
def test_one_name_after_a_bodys_chief_is_a_person(actor_nlp: Language) -> None:
    text = "Floods hit the island. Agency Chief Wiranto, speaking to reporters, said 30 died."
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Wiranto"]
    assert found and found[0].type == "PERSON"


@pytest.mark.model
def test_a_strangers_name_after_a_lower_case_role_is_a_person(actor_nlp: Language) -> None:
    text = (
        "A court in Tunis sentenced dozens, while opposition politician Karim Belhadi got 30 years."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Karim Belhadi"]
    assert found and found[0].type == "PERSON" and found[0].role == "opposition politician"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the name right after the place that closes the title
        "At a press conference, the director of public order for the national police in "
        "Nampula, Carlos Mabunda, spoke of four arrests.",
        # a title in apposition to the place first, then the name
        "At a briefing in Beira, the head of public order for the Mozambique police, "
        "Carlos Mabunda, spoke of four arrests.",
    ],
)
def test_a_name_after_a_titles_place_is_a_person_not_the_place(
    actor_nlp: Language, text: str
) -> None:
    assert "Carlos Mabunda" not in [p.text for p in actor_nlp(text)._.places]
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Carlos Mabunda"]
    assert found and found[0].type == "PERSON"


@pytest.mark.model
def test_places_listed_after_in_stay_places(actor_nlp: Language) -> None:
    text = "Protesters marched in Nampula, Zambezia and Tete on Monday, police said."
    assert not [m for m in _mentions(actor_nlp, text) if m.type == "PERSON"]


def test_a_ranks_abbreviation_after_a_role_word_titles_the_name() -> None:
    pos = ["NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _doc(["spokesman", "SP", "Okello", "Wandera", "said", "."], pos)
    assert titles_a_name(doc, 1, ROLE)  # "spokesman SP X Y": the rank's abbreviation
    doc = _doc(["The", "SP", "Okello", "Wandera", "said", "."], ["DET", *pos[1:]])
    assert not titles_a_name(doc, 1, ROLE)  # "The SP": a party's letters, no rank
    doc = _doc(["spokesman", "Sp", "Okello", "Wandera", "said", "."], pos)
    assert not titles_a_name(doc, 1, ROLE)  # only capitals write a rank


@pytest.mark.model
def test_a_name_after_a_role_and_a_ranks_abbreviation_is_a_person(actor_nlp: Language) -> None:
    text = (
        "Ugandan police denied the claim. Regional Police spokesperson SP Okello Wandera said "
        "the allegations were false."
    )
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Okello Wandera"]
    assert found and found[0].type == "PERSON"
    assert (found[0].country, found[0].sector) == ("UGA", "COP")


def test_a_titled_name_of_dictionary_words_needs_a_lower_case_verb_after_it() -> None:
    words = ["Deputy", "PM", "Grant", "Baker", "spoke", "."]
    tags = ["NNP", "NN", "NNP", "NNP", "VBD", "."]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(English().vocab, words=words, pos=pos, tags=tags)
    assert plain_words_titled_name(doc[2:4])
    # a headline's capitalised verb ("Minister Grant Baker Spoke") runs on without one
    doc = Doc(English().vocab, words=[*words[:4], "Spoke", "."], pos=pos, tags=tags)
    assert not plain_words_titled_name(doc[2:4])
    assert not plain_words_titled_name(doc[2:3])  # one dictionary word names no one


@pytest.mark.model
def test_a_name_of_dictionary_words_after_a_title_is_a_person(actor_nlp: Language) -> None:
    text = "The budget passed. Deputy PM Grant Baker tore into the opposition as he spoke."
    found = [m for m in _mentions(actor_nlp, text) if m.text == "Grant Baker"]
    assert found and found[0].type == "PERSON" and found[0].role == "Deputy PM"
