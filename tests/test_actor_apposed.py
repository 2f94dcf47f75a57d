"""Names in an office's slot that the recognizer missed or took for a body or a place
(:mod:`sitroom.nlp.actors.apposed`), and a title's government body defined by its short
form (:func:`sitroom.nlp.actors.acronyms.headed_state_body`). Sentences are written for
these tests; the people and bodies are invented."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from sitroom.article import Mention
from sitroom.nlp.actors.acronyms import headed_state_body
from sitroom.nlp.actors.apposed import named_after_an_office

ROLE = {"general", "attorney", "spokesman", "director", "minister"}.__contains__
NONE: frozenset[str] = frozenset()


def _doc(words: list[str], pos: list[str], ents: tuple[int, int, str] | None = None) -> Doc:
    spaces = [n + 1 < len(words) and words[n + 1] not in (",", ".") for n in range(len(words))]
    starts = [n == 0 for n in range(len(words))]
    doc = Doc(English().vocab, words=words, spaces=spaces, pos=pos, sent_starts=starts)
    if ents is not None:
        doc.ents = [Span(doc, *ents)]
    return doc


# "He wrote to the attorney general, Tarni Oluwe, asking for help."
WROTE = ["He", "wrote", "to", "the", "attorney", "general", ",", "Tarni", "Oluwe", ",",
         "asking", "."]  # fmt: skip
WROTE_POS = ["PRON", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN",
             "PUNCT", "VERB", "PUNCT"]  # fmt: skip


def test_a_missed_name_after_an_office_and_a_comma_is_a_person() -> None:
    doc = _doc(WROTE, WROTE_POS)
    found = named_after_an_office(doc, [], ROLE, lambda _: False, NONE)
    assert [(s.text, lab) for s, lab in found] == [("Tarni Oluwe", "PERSON")]


def test_a_name_taken_for_a_body_after_an_office_is_relabelled() -> None:
    doc = _doc(WROTE, WROTE_POS, (7, 9, "ORG"))
    found = named_after_an_office(doc, [(doc[7:9], "ORG")], ROLE, lambda _: False, NONE)
    assert [(s.text, lab) for s, lab in found] == [("Tarni Oluwe", "PERSON")]
    # a name the knowledge base knows stays as the recognizer has it
    assert named_after_an_office(doc, [(doc[7:9], "ORG")], ROLE, lambda _: True, NONE) == [
        (doc[7:9], "ORG")
    ]


def test_no_office_before_the_comma_makes_no_person() -> None:
    words = ["He", "wrote", "to", "the", "main", "office", ",", "Tarni", "Oluwe", ",",
             "asking", "."]  # fmt: skip
    doc = _doc(words, WROTE_POS)
    assert named_after_an_office(doc, [], ROLE, lambda _: False, NONE) == []
    # a list of places after a clause is no office's slot: a verb stands in between
    words = ["The", "minister", "visited", ",", "Tarni", "Oluwe", ",", "then", "left", "."]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADV", "VERB", "PUNCT"]
    assert named_after_an_office(_doc(words, pos), [], ROLE, lambda _: False, NONE) == []


def test_a_name_after_a_lowercase_title_and_its_field_is_a_person() -> None:
    # "Board director of information Tarni Oluwe says turnout rose."
    words = ["Board", "director", "of", "information", "Tarni", "Oluwe", "says", "turnout",
             "rose", "."]  # fmt: skip
    pos = ["PROPN", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, pos, (4, 6, "ORG"))
    found = named_after_an_office(doc, [(doc[4:6], "ORG")], ROLE, lambda _: False, NONE)
    assert [(s.text, lab) for s, lab in found] == [("Tarni Oluwe", "PERSON")]
    # dictionary words only ("Heavy Rain") name no one
    common = frozenset({"tarni", "oluwe"})
    assert named_after_an_office(doc, [(doc[4:6], "ORG")], ROLE, lambda _: False, common) == [
        (doc[4:6], "ORG")
    ]


def test_a_title_names_the_government_body_its_report_defined() -> None:
    text = (
        "The Kelvar Electoral Board (KEB) met. KEB director of information Tarni Oluwe said "
        "turnout rose."
    )
    words = text.replace(".", " .").replace("(", "( ").replace(")", " )").split()
    spaces = [n + 1 < len(words) and words[n + 1] not in (".", ")") and words[n] != "("
              for n in range(len(words))]  # fmt: skip
    doc = Doc(English().vocab, words=words, spaces=spaces)
    assert doc.text == text
    name = doc.char_span(text.index("Tarni"), text.index(" said"))
    board = Mention(4, 26, "Kelvar Electoral Board", "ORG", country="KLV", sector="GOV")
    near = "KEB director of information"
    assert headed_state_body(name, near, [board]) is board
    # a body of no state, or a title with no head noun, gives nothing
    board.sector = "NGO"
    assert headed_state_body(name, near, [board]) is None
    board.sector = "GOV"
    assert headed_state_body(name, "KEB officer", [board]) is None


def test_a_title_opening_its_sentence_before_a_comma_and_a_name() -> None:
    # "Minister of Trade, Tarni Oluwe, said ..."
    words = ["Minister", "of", "Trade", ",", "Tarni", "Oluwe", ",", "said", "."]
    pos = ["PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    found = named_after_an_office(_doc(words, pos), [], ROLE, lambda _: False, NONE)
    assert [(s.text, lab) for s, lab in found] == [("Tarni Oluwe", "PERSON")]
    # no office word in the sentence's opening phrase: no person ("In Kelvar, X Y said")
    words = ["Across", "Kelvar", "Valley", ",", "Tarni", "Oluwe", ",", "said", "."]
    assert named_after_an_office(_doc(words, pos), [], ROLE, lambda _: False, NONE) == []


def test_a_defined_body_of_no_known_sector_heads_a_title_by_its_noun() -> None:
    text = "The Kelvar Relief Agency (KRA) met. KRA chief Tarni said aid came."
    words = text.replace(".", " .").replace("(", "( ").replace(")", " )").split()
    spaces = [n + 1 < len(words) and words[n + 1] not in (".", ")") and words[n] != "("
              for n in range(len(words))]  # fmt: skip
    doc = Doc(English().vocab, words=words, spaces=spaces)
    name = doc.char_span(text.index("Tarni"), text.index(" said"))
    agency = Mention(4, 24, "Kelvar Relief Agency", "ORG")  # no state, no sector known
    assert headed_state_body(name, "KRA chief", [agency]) is agency
    # a body whose name is no state body's ("the Kelvar Relief Fund") gives nothing
    fund = Mention(4, 24, "Kelvar Relief Fund", "ORG")  # (same place)
    assert headed_state_body(name, "KRA chief", [fund]) is None
