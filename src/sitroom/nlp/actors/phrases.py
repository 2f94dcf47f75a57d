"""What the words around a name say it is, where the recognizer's label is wrong, and what
a role written next to a name may be (English news prose):

- a place described as one: "the city of X", "the capital of X", "X, the capital of Y",
  "X, the army's last stronghold" name a place, whatever label the recognizer gave X;
- a people named by a plural: "Chagossians", "young Rohingyas" (a people the report also
  names in the singular, or a demonym's plural ending) are a people (NORP), not a body;
- a state's generic body: "the Election Commission", "the National Audit Office" (an
  untitled body of common words headed by a state body's noun) in a report on one state
  is that state's, as an untitled person in it is;
- a role is a title or a descriptive noun phrase of a person or body ("Defence Minister",
  "the party's student wing"), never a cut phrase ending in a preposition or a bare
  possessive ("the rebels' seizure of the city of", "army's"), an event or a place
  ("the army's final stronghold in the region").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from sitroom.nlp import doc_ents
from sitroom.nlp.actors.clauses import led_by
from sitroom.nlp.actors.context import RESEARCH_NOUNS, TitleContext
from sitroom.nlp.actors.lists import listed_under_a_plural_title
from sitroom.nlp.lexicon import STATE_BODY_NOUNS

# Nouns of a place a name may be said to be ("the town of X", "X, the provincial capital").
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "capital", "province", "region", "district", "county",
     "governorate", "municipality", "enclave", "port", "stronghold", "hometown", "suburb",
     "neighbourhood", "neighborhood", "township", "outpost", "oasis", "island", "valley"}
)  # fmt: skip
# Nouns that head an event or a place, never a role ("its seizure of", "a stronghold").
NOT_ROLE_HEADS = PLACE_NOUNS | frozenset(
    {"seizure", "capture", "fall", "takeover", "attack", "attacks", "siege", "killing",
     "recapture", "control", "withdrawal", "offensive", "assault", "invasion", "visit",
     "arrival", "departure", "meeting", "talks", "death", "release", "arrest", "area"}
)  # fmt: skip
# Words a cut phrase ends with: a preposition, an article or a possessive's marker.
CUT_ENDS = frozenset(
    {"of", "for", "in", "on", "at", "to", "from", "by", "with", "into", "the", "a", "an", "and",
     "'s", "’s", "'", "’", "s"}
)  # fmt: skip
# Honorifics between a title and a name ("Minister for Trade Baroness X", "Sir X"): no part
# of either.
HONORIFICS = frozenset({"baroness", "baron", "lord", "lady", "sir", "dame", "madam"})
# Last words of a venue's name: "at the State Guest House" is where a person was, not
# whom they work for ("analyst at the Wilson Center").
VENUE_NOUNS = frozenset(
    {"house", "palace", "hotel", "hall", "residence", "lodge", "villa", "building", "tower",
     "stadium", "square", "airport", "arena", "park", "mosque", "church", "cathedral"}
)  # fmt: skip
# Plural endings of the names of peoples ("Chagossians", "Shiites", "Bangladeshis").
PEOPLE_ENDINGS = ("ians", "ites", "eshis", "anis", "ans")
# Adjectives the tagger reads as names before a people's plural ("Young Rohingyas").
PEOPLE_ADJECTIVES = frozenset({"young", "old", "ethnic", "fellow", "many", "poor", "displaced"})
# Heads of bodies, not of a person's office: "the Amal party and independent minister X"
# joins two descriptions of different actors.
BODY_HEADS = frozenset(
    {"party", "parties", "movement", "group", "front", "bloc", "alliance", "coalition",
     "council", "commission", "committee", "army", "forces", "ministry", "government",
     "union", "militia", "organisation", "organization"}
)  # fmt: skip


def described_as_place(span: Span) -> bool:
    """ "the city of X" / "the capital of X" (a place noun and "of" right before the name),
    or an apposition "X, the capital of Y" / "X, the army's last stronghold" (a place noun
    heading the noun phrase after the comma)."""
    doc = span.doc
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_NOUNS:
        return i < 3 or doc[i - 3].text not in ("'s", "’s")  # "the city's mayor": a person
    j = span.end
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("the", "a", "its"):
        return False
    for tok in doc[j + 2 : min(len(doc), j + 8)]:
        if tok.text in ("'s", "’s") or tok.pos_ in ("DET", "ADJ", "PUNCT", "ADV", "NUM"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "’s"):
            continue  # "the army's": the owner, not the head
        if tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBG"):
            continue  # "the besieged capital", "the famine-hit capital"
        # the noun heading the phrase ("a former town mayor": "town" is a modifier)
        return tok.pos_ == "NOUN" and tok.dep_ != "compound" and tok.lower_ in PLACE_NOUNS
    return False


def people_by_plural(span: Span, labels_of: Callable[[str], set[str]]) -> bool:
    """ "Rohingyas", "young Chagossians": a plural proper noun (the last of at most two words)
    of a people, told by a demonym's plural ending or by the singular named as a people
    (NORP) in the same document; ``labels_of`` gives the labels the recognizer gave a
    text in the document."""
    if len(span) > 2 or (len(span) == 2 and span[0].pos_ not in ("ADJ", "PROPN")):
        return False
    last = span[-1]
    word = last.text
    if not (word[:1].isupper() and word.endswith("s") and len(word) > 4):
        return False
    first = span[0]
    if len(span) == 2 and first.pos_ == "PROPN" and first.lower_ not in PEOPLE_ADJECTIVES:
        return False  # "Boston Celtics": a two-word name
    return word.lower().endswith(PEOPLE_ENDINGS) or "NORP" in labels_of(word[:-1])


# Where a people's name stands as a noun of its own: what acts, undergoes or is named.
PEOPLE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def people_as_a_noun(span: Span) -> bool:
    """A people's name used as a noun, not as an adjective: "the Kurds demanded", "attacks
    on Alawites" (a community, an actor) but "Kurdish fighters", "African countries" (a
    word describing others). One word, in the plural or after "the"."""
    if len(span) != 1:
        return False
    word = span[0]
    if word.dep_ not in PEOPLE_NOUN_DEPS or word.pos_ not in ("NOUN", "PROPN"):
        return False
    after_the = word.i > 0 and word.doc[word.i - 1].lower_ == "the"
    return (word.text.endswith("s") and len(word) > 4) or after_the


def state_generic_body(span: Span, context: TitleContext) -> bool:
    """ "the Election Commission", "the National Consensus Commission": an untitled body
    named by "the" and capitalised common words ending in a state body's noun, no state,
    person or other name among them."""
    if context.sector or context.country or context.igo:
        return False
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    if span[-1].lower_ not in STATE_BODY_NOUNS and span[-1].lower_ != "commission":
        return False
    return all(t.ent_type_ in ("ORG", "") and t.pos_ != "NUM" for t in span) and all(
        t.is_lower or t.text.istitle() for t in span
    )


def honorific(tok: Token) -> bool:
    return tok.lower_ in HONORIFICS


def venue(words: list[str]) -> bool:
    """ "at the State Guest House": a venue's name after "at"."""
    return len(words) > 1 and words[0].lower() == "at" and words[-1].lower() in VENUE_NOUNS


def coordinated_body(tok: Token) -> bool:
    """The word before "and" in a title heads a body's description ("the allied Amal party
    and independent minister X"): the title after "and" is the name's own."""
    return tok.lower_ in BODY_HEADS


def clean_role(role: str) -> str:
    """The parts of a role (the title before the name, the apposition after it) that are a
    title or a descriptive noun phrase: a part ending in a preposition, an article or a
    bare possessive ("the rebels' seizure of", "army's") is cut, and so is one headed by a
    noun of an event or a place ("the army's final stronghold in the region")."""
    kept = []
    for part in role.split(", "):
        words = part.split()
        if not words or words[-1].lower() in CUT_ENDS or words[-1].endswith(("'s", "’s")):
            continue
        cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in", "at")), len(words))
        head = words[cut - 1].lower() if cut else ""
        if head in NOT_ROLE_HEADS:
            continue
        kept.append(part)
    return ", ".join(kept)


def relabel_by_phrase(span: Span, label: str, known: Callable[[str], Sequence[object]]) -> str:
    """The label the words around a name give it, for a name outside the knowledge base
    (``known`` looks one up): a people named by a plural. (A place described as one keeps
    the recognizer's label, which the events stage reads as it always has; it takes no
    role: see ``state_role``.)"""
    if label not in ("ORG", "PERSON", "FAC", "GPE") or known(span.text):
        return label
    doc = span.doc
    if people_by_plural(span, lambda text: {e.label_ for e in doc_ents(doc) if e.text == text}):
        return "NORP"
    if label == "ORG" and listed_under_a_plural_title(span):
        return "PERSON"  # "party leaders X and Y": Y is a person, as X is
    if label == "GPE" and len(span) >= 2 and led_by(span):
        return "PERSON"  # "the Badr Front headed by X": a place leads no body
    return label


def homeless(span: Span, label: str, context: TitleContext) -> bool:
    """A person introduced by no title, or a state's generic body: in a report on one
    state, either is that state's."""
    if label == "PERSON":
        return not (context.sector or context.country or context.igo)
    return label == "ORG" and state_generic_body(span, context)


def and_in_a_name(doc: Doc, i: int, buf: list[str]) -> bool:
    """The "and" of a body's name inside an apposition ("professor in the Department of
    Politics and International Relations at Y"): capitalised words on both sides, after an
    "of" of the title."""
    if i + 1 >= len(doc) or "of" not in buf:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (doc[i - 1], doc[i + 1]))


INNER_LINKS = frozenset({"for", "of", "and", "on", "'s", "’s"})


def research_body_after(span: Span) -> str | None:
    """ "X of the Ghana Centre for Policy Studies said": the research body right after a
    name with no other title, its scholar's only description ("of the ... Centre ..."),
    as the text gives it; None when no such body follows."""
    doc = span.doc
    end_of = span.sent.end
    i = span.end + (span.end < end_of and doc[span.end].text == ",")  # "X, of the ...,"
    if i + 2 >= end_of or doc[i].lower_ not in ("of", "at"):
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    last = j
    while j < end_of and (
        doc[j].pos_ == "PROPN"
        or (doc[j].lower_ in INNER_LINKS and j + 1 < end_of and doc[j + 1].pos_ == "PROPN")
    ):
        j += 1
        last = j if doc[j - 1].pos_ == "PROPN" else last
    body = doc[i:last]
    if last <= i + 1 or not any(t.lower_ in RESEARCH_NOUNS for t in body):
        return None
    return body.text
