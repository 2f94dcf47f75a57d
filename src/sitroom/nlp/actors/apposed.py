"""Names right after the office their holder has, which the recognizer missed or took for a
body or a place: set off by a comma after a noun phrase that states the office ("the
attorney general, X Y, asked ...", "Its spokesman, X Y, said"), or right after a lowercase
title with its field ("director of information X Y says"). English news prose introduces
a person the reader does not know this way; the name that fills the slot is a person's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors.kb.normalize import common_word, fold
from sitroom.nlp.lexicon import PERSON_ROLE_NOUNS

# Labels the recognizer gives a stranger's name it takes for a body or place
MISREAD = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
# What opens the noun phrase of an office before the comma ("the", "its", "Kenya's")
OPENERS = frozenset({"the", "its", "his", "her", "their", "our", "a", "an", "'s", "’s"})
REACH = 10  # words of the office's noun phrase before the comma
CLOSERS = frozenset({",", ".", ";", ":", "(", ")"})
LINKS = frozenset({"of", "for"})  # "director of information", "minister for trade"

IsRole = Callable[[str], bool]


def named_after_an_office(
    doc: Doc,
    found: list[tuple[Span, str]],
    is_role: IsRole,
    known: Callable[[str], bool],
    common: frozenset[str],
) -> list[tuple[Span, str]]:
    """``found`` with each name in an office's slot (see the module) a person: a span the
    recognizer took for a body or place is relabelled, a name it missed is added. A name
    the knowledge base or the gazetteer knows is left as it is."""
    from sitroom.nlp.actors.things import gazetteer, place_country  # (imports names.py)

    labels = {(s.start, s.end): lab for s, lab in found}
    out = list(found)
    for tok in doc:
        if not _name_word(tok):  # no name starts here (the cheap test first)
            continue
        if not (_after_office_comma(doc, tok.i, is_role) or _after_a_field(doc, tok.i, is_role)):
            continue
        name = _name_at(doc, tok.i, common)
        if name is None or known(name.text) or place_country(name.text) is not None:
            continue
        if fold(name.text) in gazetteer():
            continue
        label = labels.get((name.start, name.end))
        if label == "PERSON":
            continue
        if label is not None:
            out = [c for c in out if (c[0].start, c[0].end) != (name.start, name.end)]
        elif any(c[0].start < name.end and name.start < c[0].end for c in found):
            continue  # part of a longer candidate: left to it
        out.append((name, "PERSON"))
    return out


def _office_word(tok: Token, is_role: IsRole) -> bool:
    """A common noun of a person's office ("general", "spokesman", "director")."""
    return tok.pos_ in ("NOUN", "PROPN") and (is_role(tok.text) or tok.lower_ in PERSON_ROLE_NOUNS)


def _after_office_comma(doc: Doc, i: int, is_role: IsRole) -> bool:
    """Token ``i`` follows a comma closing a noun phrase that a determiner, a possessive
    or its sentence opens and an office word ends or heads ("the attorney general,", "its
    spokesman for the region,", "Minister of Information, X Y, said"), no verb in
    between."""
    if i < 3 or doc[i - 1].text != ",":
        return False
    end = i - 1
    office = False
    start = doc[i].sent.start
    for j in range(end - 1, max(start - 1, end - 1 - REACH), -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("'s", "’s")):
            return False
        office = office or _office_word(t, is_role)
        if t.lower_ in OPENERS:
            return office and j < end - 1
        if j == start:  # a capitalised title opening its sentence
            return office and t.text[:1].isupper()
    return False


def _after_a_field(doc: Doc, i: int, is_role: IsRole) -> bool:
    """Token ``i`` follows a lowercase title and its field ("director of information",
    "head of security"): an office word, "of"/"for", one or two lowercase nouns."""
    j = i - 1
    nouns = 0
    while j >= 0 and nouns < 2 and doc[j].pos_ == "NOUN" and doc[j].text.islower():
        j -= 1
        nouns += 1
    if not nouns or j < 1 or doc[j].lower_ not in LINKS:
        return False
    return _office_word(doc[j - 1], is_role)


def _name_at(doc: Doc, i: int, common: frozenset[str]) -> Span | None:
    """Two or three capitalised words from token ``i``, closed by punctuation or a verb,
    outside any entity or making up one whole entity, not all dictionary words."""
    end = i
    while end < len(doc) and end - i < 3 and _name_word(doc[end]):
        end += 1
    if end - i < 2 or end >= len(doc):
        return None
    after = doc[end]
    if after.text not in CLOSERS and after.pos_ not in ("VERB", "AUX"):
        return None
    name = doc[i:end]
    if any(t.ent_type_ for t in name):
        ent = name[0]
        whole = (
            ent.ent_iob_ == "B"
            and ent.ent_type_ in MISREAD
            and all(t.ent_type_ == ent.ent_type_ for t in name)
            and all(t.ent_iob_ == "I" for t in name[1:])
            and after.ent_iob_ != "I"
        )
        if not whole:
            return None
    if all(common_word(t.lower_, common) for t in name):
        return None
    return name


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
