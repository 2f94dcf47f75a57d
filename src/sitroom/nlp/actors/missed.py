"""Names the recognizer missed that the words next to them show to be a person's: a name
before an apposition stating an office ("X Y, the leftist presidential candidate of ...",
"X, a resident, said"; English news prose introduces people it expects the reader not to
know this way). Helpers of :func:`sitroom.nlp.actors.names.titled_names`."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.nlp import doc_text
from sitroom.nlp.actors.kb.normalize import common_word, fold
from sitroom.nlp.lexicon import PERSON_ROLE_NOUNS

OPENED = re.compile(r",\s+(?:the|a|an)\s", re.IGNORECASE)
# a comma, then "who": the relative pronoun of persons ("X Y, who ran for ...")
WHO = re.compile(r",\s+who\s")


def named_before_a_title(
    doc: Doc, is_role: Callable[[str], bool], common: frozenset[str]
) -> list[Span]:
    """Names the recognizer missed before an apposition that gives a person's office ("X Y,
    the leftist presidential candidate of ...", "X, a resident, said"): one to three
    capitalised proper nouns outside any entity opening their sentence or clause, then a
    comma, "the"/"a" and a role word among the next five words before any verb; or before
    a comma and "who", the relative pronoun English keeps for persons ("X Y, who ran for
    the ruling party,")."""
    out: list[Span] = []
    for i in sorted({*_office_commas(doc, is_role), *_who_commas(doc)}):
        start = _clause_name_start(doc, i)
        name = doc[start:i]
        if start < i and not all(common_word(t.lower_, common) for t in name):
            out.append(name)
    return out


# Labels the recognizer gives a stranger's name it takes for a place ("Tunde Okafor, the
# party's spokesman" tagged GPE)
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def apposed_people(
    doc: Doc,
    found: list[tuple[Span, str]],
    is_role: Callable[[str], bool],
    known: Callable[[str], bool],
) -> list[tuple[Span, str]]:
    """A full name (two or three capitalised words) the recognizer took for a place, opening
    its clause before an apposition stating an office ("Tunde Okafor, the party's spokesman,
    said") or right after a role word ("opposition politician Tunde Okafor"): a person,
    where neither the knowledge base nor the gazetteer knows the name."""
    if not any(label in PLACE_LABELS for _, label in found):
        return found
    commas = set(_office_commas(doc, is_role))
    from sitroom.nlp.actors.things import gazetteer, place_country  # (imports names.py)

    out = []
    for span, label in found:
        opens = span.start == span.sent.start or doc[span.start - 1].is_punct
        titled = span.start > 0 and is_role(doc[span.start - 1].text)
        if (
            label in PLACE_LABELS
            and ((span.end in commas and opens) or titled)
            and 2 <= len(span) <= 3
            and all(t.text[:1].isupper() for t in span)
            and not known(span.text)
            and place_country(span.text) is None
            and fold(span.text) not in gazetteer()
        ):
            label = "PERSON"
        out.append((span, label))
    return out


# Words that make a body's name before them a title ("BNPB Chief X", "Agency Head X")
HEAD_WORDS = frozenset({"Chief", "Head"})


def heads_a_body(doc: Doc, i: int) -> bool:
    """Token ``i`` is "Chief"/"Head" right after a capitalised name of a body or its
    acronym ("BNPB Chief", "Agency Head"): a title, like "Police Chief"."""
    return doc[i].text in HEAD_WORDS and i > 0 and doc[i - 1].text[:1].isupper()


def titles_a_name(doc: Doc, i: int, is_role: Callable[[str], bool]) -> bool:
    """Token ``i`` ends a title the name after it holds: a body's "Chief"/"Head" (see
    :func:`heads_a_body`), or a rank's abbreviation in capitals after a role word
    ("spokesperson SP X Y", "Commander ACP X Y": police and army ranks are written so)."""
    if heads_a_body(doc, i):
        return True
    rank = doc[i].text
    return (
        2 <= len(rank) <= 4
        and rank.isalpha()
        and rank.isupper()
        and i > 0
        and (is_role(doc[i - 1].text))
    )


def one_titled_name(name: Span, common: frozenset[str]) -> bool:
    """A single name right after a capitalised title ("Agency Chief Suharyanto, ..."; many
    Indonesian people have one name): a proper noun of no dictionary, closed by punctuation
    or a verb (so not the first word of a longer name the recognizer missed)."""
    doc = name.doc
    if len(name) != 1 or name.end >= len(doc) or common_word(name[0].lower_, common):
        return False
    after = doc[name.end]
    return after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX")


def plain_words_titled_name(name: Span) -> bool:
    """Two or three proper nouns that are all dictionary words right after a capitalised
    title, followed by a verb in lower case ("Deputy PM Chester Cooper tore into ...",
    "Minister Grace Fisher said"): many surnames and given names are English words, and a
    headline's capitalised words ("Minister Seizes Power In ...") run on without one."""
    doc = name.doc
    if not 2 <= len(name) <= 3 or name.end >= len(doc):
        return False
    after = doc[name.end]
    return after.tag_.startswith("VB") and after.is_lower and after.pos_ in ("VERB", "AUX")


# Tokens before the place in which a title may open ("the director of public order and
# security for the Republic of Mozambique Police in Nampula, X")
TITLE_REACH = 16


def titled_after_a_place(span: Span, is_role: Callable[[str], bool]) -> bool:
    """A full name set off by commas right after the place that closes a title ("the head
    of the police in Nampula, Carlos Mabunda, said"): the parser hangs the name on the
    place as its apposition, but it names the title's holder, not a location."""
    doc = span.doc
    head = span.root.head
    if span.root.dep_ != "appos" or len(span) < 2 or head.i >= span.start:
        return False
    if doc[span.start - 1].text != "," or (
        span.end < len(doc) and doc[span.end].text not in (",", ".", ";")
    ):
        return False  # a name set off by commas
    # "in Beira, the head of the police, X Y,": a title in apposition to the place first
    between = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < span.start]
    if any(_titles(c, is_role) for c in between):
        return True
    if span.start - 2 != head.i or head.dep_ != "pobj" or head.head.lower_ not in ("in", "at"):
        return False  # "the police chief in Nampula, X Y": the name right after the place
    prep = head.head.i
    words = doc[max(span.sent.start, prep - TITLE_REACH) : prep]
    return any(_titles(t, is_role) for t in words)


def _titles(tok: Token, is_role: Callable[[str], bool]) -> bool:
    """A common noun of a person's office ("minister", "director", "head")."""
    return tok.pos_ == "NOUN" and (is_role(tok.text) or tok.lower_ in PERSON_ROLE_NOUNS)


def _office_commas(doc: Doc, is_role: Callable[[str], bool]) -> list[int]:
    """The commas opening an apposition that states an office: "the"/"a" and a role word
    among the next five words before any verb or punctuation."""
    out = []
    for found in OPENED.finditer(doc_text(doc)):  # a comma, then "the"/"a": read only there
        comma = doc.char_span(found.start(), found.start() + 1)
        if comma is None or comma.end + 2 >= len(doc):
            continue
        i = comma.start
        for t in doc[i + 2 : min(len(doc), i + 7)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                break
            if is_role(t.text):
                out.append(i)
                break
    return out


def _who_commas(doc: Doc) -> list[int]:
    """The commas opening a relative clause on a person: ", who"."""
    out = []
    for found in WHO.finditer(doc_text(doc)):
        comma = doc.char_span(found.start(), found.start() + 1)
        if comma is not None:
            out.append(comma.start)
    return out


def _clause_name_start(doc: Doc, i: int) -> int:
    """Where one to three capitalised proper nouns outside any entity, opening their
    sentence or clause, start before token ``i`` (``i`` where there are none)."""
    start = i
    while start > 0 and i - start < 3 and _bare(doc[start - 1]):
        start -= 1
    if start == i or (start > 0 and doc[start - 1].text[:1].isupper()):
        return i  # no name, or one that runs on into a longer capitalised run
    if start > doc[start].sent.start and not doc[start - 1].is_punct:
        return i  # "... said Friday Zanu, a ...": only a name opening a clause
    return start


def _bare(tok: Token) -> bool:
    """A capitalised proper noun outside any entity."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
