"""What kind of body an unknown name is, by the common noun the prose sets next to it: a
party ("the Afek Tounes party", "the opposition X party"), a criminal gang ("the X gang",
"gangs such as X, Y and Z"), a news outlet ("radio station X", "told X", "local media X").

English news prose names an unfamiliar body together with what it is; the noun outweighs
the title words around the name ("the leader of the X party, Y" does not make the party a
government). Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.actors.linker import Linker
from sitroom.nlp.actors.state import DocState, Link
from sitroom.nlp.lexicon import BODY_NOUNS, OWN_BODY_KINDS

PARTY_NOUNS = frozenset({"party"})
PARTY_KINDS = frozenset({"PTY", "OPP"})
# the last word of a body's name: "Force", "Times", "Commission"
NAME_HEADS = BODY_NOUNS | {"constabulary", "police", "times", "news", "post", "herald", "tribune"}
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
KIND_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC"})  # names a noun may make a body
GANG_NOUNS = frozenset({"gang", "gangs", "cartel", "cartels"})
# "gangs like X", "cartels such as X", "gangs including X"
LIST_OPENERS = frozenset({"like", "including", "as"})
# a common noun for a news outlet right before its name: "radio station X", "broadcaster X"
OUTLET_NOUNS = frozenset(
    {"station", "network", "newspaper", "daily", "weekly", "broadcaster", "channel", "media",
     "outlet", "magazine", "tabloid", "website", "portal", "agency", "radio", "television",
     "tv", "paper"}
)  # fmt: skip
# the last word of an outlet's own name, as written ("Al Ahrar TV", "Radio Okapi" is not)
OUTLET_NAME_ENDS = frozenset({"TV", "Radio", "Television", "Broadcasting", "FM"})
# verbs whose object is, in news prose, the outlet a source speaks to ("told Reuters")
TOLD = frozenset({"told"})
MAX_LIST = 12  # tokens back from a name to the opener of its list


def body_kind(span: Span, label: str) -> str | None:
    """The sector an unknown name's own noun gives it: PTY (OPP for "the opposition X
    party"), CRM or MED; None when the prose sets no such noun next to it."""
    if label not in KIND_LABELS:
        return None
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    last = span[-1].lower_
    if last in PARTY_NOUNS or nxt in PARTY_NOUNS:
        before = {t.lower_ for t in doc[max(span.start - 3, 0) : span.start]}
        return "OPP" if "opposition" in before else "PTY"
    if nxt in GANG_NOUNS or _listed_after_gangs(span):
        return "CRM"
    if span.start == 0:
        return None
    prev = doc[span.start - 1]
    if prev.lower_ == "the" and span.start >= 2:
        prev = doc[span.start - 2]
    if prev.lower_ in OUTLET_NOUNS and prev.pos_ == "NOUN" and prev.text.islower():
        return "MED"
    if prev.lower_ in TOLD and label == "ORG":
        return "MED"
    if len(span) > 1 and span[-1].text in OUTLET_NAME_ENDS:
        return "MED"  # "Al Ahrar TV", "Sawa Radio": an outlet by its own name
    return None


def own_body_name(span: Span) -> bool:
    """A name whose own last word is a body's ("Al Ahrar TV", "the Shor Party"), or one
    set right before the common noun "party" ("its allied Amal party"): an organisation,
    whatever label the recognizer gave it."""
    if len(span) > 1 and (span[-1].text in OUTLET_NAME_ENDS or span[-1].lower_ in PARTY_NOUNS):
        return True
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text in PARTY_NOUNS  # lower case: the noun, no name's word


def with_kind(context: TitleContext, kind: str | None) -> TitleContext:
    """A party's name outweighs the title words around it ("the leader of the X party, Y"
    gives the party no leader's sector); an outlet's or a gang's fills an empty sector."""
    if kind in PARTY_KINDS:
        return TitleContext(country=context.country, sector=kind)
    if kind and not context.sector:
        return replace(context, sector=kind)
    return context


def _listed_after_gangs(span: Span) -> bool:
    """ "gangs like Los A, Los B and Los C": a name in a list opened by a gang noun and
    "like"/"such as"/"including"."""
    doc = span.doc
    i = span.start - 1
    start = max(span.sent.start, span.start - MAX_LIST)
    while i > start:
        tok = doc[i]
        if tok.lower_ in LIST_OPENERS:
            j = i - 1
            if tok.lower_ == "as" and doc[j].lower_ == "such":
                j -= 1
            return j >= 0 and doc[j].lower_ in GANG_NOUNS
        if not (tok.text in (",", "and") or tok.pos_ == "PROPN" or tok.text[:1].isupper()):
            return False
        i -= 1
    return False


def owns_the_state(
    span: Span, inside: list[tuple[Span, str]], read: Callable[[str], TitleContext]
) -> bool:
    """ "Jamaica Constabulary Force", "The Jordan Times": an unknown body's name that holds
    a state's name and ends in a body's noun is that state's body (or paper), not the state
    acting; a known body inside ("Rapid Support Forces Darfur") is left to split."""
    words = [t.lower_ for t in span]
    # the head before "of": "Federal Government of Somalia", "Bar Association of Serbia"
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in NAME_HEADS | OWN_BODY_KINDS | {"government"} or not inside:
        return False
    if any(label not in PLACE_LABELS for _, label in inside):
        return False
    if len(span) >= 2 and words[-1] in OWN_BODY_KINDS:
        return True  # "Bangladesh Chhatra League": a kind of body no state is made of
    return bool(read(span.text).sector)


# the kind nouns a party's own name ends with, which prose may swap for "party" after the
# bare name ("the Amal party" for the Amal Movement, "the Likud party" for Likud)
PARTY_NAME_ENDS = ("", "party", "movement", "front")


def party_by_noun(span: Span, linker: Linker, state: DocState) -> Link | None:
    """A name set before the common noun "party" ("its allied Amal party") as the one
    party of the knowledge base named by it, or by it with a party's own kind noun
    ("Amal Movement"); None when no party, or more than one, is so named."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.text != "party":
        return None
    found = {
        aid
        for end in PARTY_NAME_ENDS
        for aid in linker.kb.alias.get(key(f"{span.text} {end}".strip()), [])
        if linker.kb.actors[aid].sector in PARTY_KINDS
    }
    if len(found) != 1:
        return None
    return linker.link_actor(linker.kb.actors[found.pop()], state.date, 0.8)
