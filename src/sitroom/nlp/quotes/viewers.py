"""Whether a source can hold the view a cue gives it: a person, a body, a pronoun for one,
a document for findings; not a meeting or a day."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.nlp.lexicon import DOCUMENT_SOURCES, SOURCE_NOUNS
from sitroom.nlp.quotes.frame import SUBJECT_DEPS
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.people import people_by_suffix

AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who", "it", "which", "that"})
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
# Occasions where people speak, which say nothing themselves ("the session, which discussed")
OCCASION_NOUNS = frozenset(
    {"session", "meeting", "summit", "conference", "talks", "hearing", "visit", "trip",
     "ceremony", "gathering", "sitting", "round", "day", "week", "debate"}
)  # fmt: skip
QUANTITY_HEADS = frozenset(
    {"number", "majority", "minority", "group", "dozens", "hundreds", "most", "some", "many",
     "all", "one", "two", "several", "few", "half", "none", "each", "both", "rest"}
)  # fmt: skip


def can_hold_view(idx: DocIndex, source: Token | None, cls: str, evidence: bool = False) -> bool:
    """Whether ``source`` can be the source of an attribution of class ``cls``.

    Speech can come from anything that speaks, or from nowhere ("it is said"); beliefs,
    intentions and stances need a person, an organisation, a pronoun for one, or (for
    findings) a document.
    """
    if source is None:
        return cls == "speech"
    if source.lemma_.lower() in QUANTITY_HEADS:  # "a number of lawmakers", "most of them"
        member = _of_object(source)
        if member is not None:
            source = member
    low = source.lower_
    antecedent = _antecedent(source)
    if antecedent is not None and cls != "speech" and _occasion(antecedent):
        return False  # "the session, which discussed a plan": a meeting holds no view
    if low in AGENT_PRONOUNS:
        if low in ("it", "which", "that"):
            return cls != "intent" or evidence
        return True
    lemma = source.lemma_.lower()
    mention = idx.mention_at(source.idx)
    if mention is not None and mention.type in ACTOR_TYPES:
        return True
    if source.pos_ == "PROPN" or _name_cased(source):
        return True
    if source.dep_ in SUBJECT_DEPS and source.text in idx.name_words:
        return True
    if lemma in SOURCE_NOUNS or low in SOURCE_NOUNS or people_by_suffix(source):
        return True
    if (evidence or cls in ("speech", "stance")) and (
        lemma in DOCUMENT_SOURCES or low in DOCUMENT_SOURCES
    ):
        return True
    if source.pos_ == "ADJ" and source.dep_ in SUBJECT_DEPS and epithet(source):
        return True  # "the 81-year-old said"
    return cls == "speech" and source.pos_ in ("NOUN", "PROPN", "PRON")


# "the 85-year-old laureate", "the banker-turned-reformer": a description only a person has
EPITHET_SHAPE = re.compile(r"\b\d+[- ]year[- ]old\b|\w-turned-\w", re.IGNORECASE)


def epithet(tok: Token) -> bool:
    """A phrase that describes a person by age or past career, whatever its head word
    ("the 81-year-old" has an adjective for head)."""
    text = tok.doc[tok.left_edge.i : tok.i + 1].text
    return EPITHET_SHAPE.search(text) is not None


def _name_cased(tok: Token) -> bool:
    """A word with a capital inside it is a name the tagger took for a common noun
    ("GenZ 212", "YouTube")."""
    return tok.is_alpha and not tok.is_upper and tok.text[1:] != tok.text[1:].lower()


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("the session, which ...")."""
    if tok.lower_ not in ("which", "that") or tok.dep_ not in SUBJECT_DEPS:
        return None
    clause = tok.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    head = clause.head
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "the session on Monday, which ...": the session
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _occasion(tok: Token) -> bool:
    """A meeting, a visit, a day: an occasion where people speak, not one that speaks."""
    return tok.lemma_.lower() in OCCASION_NOUNS or tok.ent_type_ in ("DATE", "TIME", "EVENT")


def _of_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
