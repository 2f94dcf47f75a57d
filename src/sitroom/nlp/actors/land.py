"""A state's name where the sentence's frame makes it land, not the state acting: where
people flee, cross or return to or from ("fleeing to X", "fled X"), what a region
separates from ("the south's separation from X", "the river separates X from Y"), the
possessor of a site people live in or are held in ("inside X's refugee camps"), and the
country closing a dateline ("COX'S BAZAR, Bangladesh -"), a part of it named by where it
lies ("central X", "eastern X"). These add to
:mod:`sitroom.nlp.actors.territory` and, like its readings, hold only where no other
occurrence of the name acts (``nonactors.never_acts``).

Also a name joined by a hyphen to a word that makes the compound a place or a located
thing ("X-controlled territory", "X-occupied Kashmir", "an X-based firm"): annotators list
such a compound as a surface of its own, so the name inside it is no actor even where the
same name acts elsewhere in the report ("X-backed", "X-led" keep their actor: someone
backs or leads)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp import doc_text
from sitroom.nlp.actors.territory import a_share_or_destination, governing

# Verbs of people leaving a land or going to one: their "to"/"into"/"from" object, and
# the direct object of "flee"/"leave"/"escape", is the land.
REFUGE_VERBS = frozenset(
    {"flee", "escape", "migrate", "emigrate", "immigrate", "return", "cross", "smuggle",
     "evacuate", "relocate", "resettle", "repatriate", "trek", "walk", "swim", "run"}
)  # fmt: skip
LEAVING_VERBS = frozenset({"flee", "escape", "leave"})
# Words of a region parting from a state: its "from" names the state's land.
SEPARATION_WORDS = frozenset(
    {"separation", "secession", "separate", "secede", "split", "breakaway", "break"}
)
# Sites where people live or are held, owned by a state's possessive ("X's refugee camps").
DWELLING_NOUNS = frozenset(
    {"camp", "camps", "settlement", "settlements", "shelter", "shelters", "prison", "prisons",
     "jail", "jails", "detention"}
)  # fmt: skip
DWELLING_WINDOW = 2  # words between the possessive and the site's noun ("'s crowded refugee")
# Second parts of a hyphenated compound that make it a place or a located thing.
PLACE_COMPOUNDS = frozenset(
    {"controlled", "occupied", "administered", "held", "based", "headquartered"}
)


def refuge(head: Token) -> bool:
    """Where people flee, cross or return: "fleeing to X", "crossed into X", "returned
    from X", "fled X" (the land, not the state)."""
    tok = governing(head)
    if tok.dep_ == "dobj":
        return tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in LEAVING_VERBS
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "into", "from"):
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REFUGE_VERBS


def separated_from(head: Token) -> bool:
    """What a region parts from or what a border divides: "the separation of the south
    from X", "calls to secede from X", "the river separates X from Y"."""
    tok = governing(head)
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() == "separate" and any(
            c.lower_ == "from" for c in tok.head.children
        )
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    word = tok.head.head
    return word.lemma_.lower() in SEPARATION_WORDS or word.lower_ in SEPARATION_WORDS


def owns_a_dwelling(span: Span) -> bool:
    """A state's possessive before a site people live or are held in: "inside X's refugee
    camps", "in X's prisons" (where they are, not the state acting)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) - 1 or doc[i].text not in ("'s", "’s"):
        return False
    for tok in doc[i + 1 : min(len(doc), i + 2 + DWELLING_WINDOW)]:
        if tok.lower_ in DWELLING_NOUNS:
            return tok.dep_ != "compound" or tok.head.lower_ in DWELLING_NOUNS
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower:
            return False
    return False


def closes_a_dateline(span: Span) -> bool:
    """The country after a city opening a line, before the dash or the agency's bracket:
    "COX'S BAZAR, Bangladesh -", "KHARTOUM, Sudan (Reuters) -" (where the report was
    filed)."""
    doc = span.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[line_start : span.start_char]
    if not before.endswith(", ") or before.count(",") != 1 or len(before) > 40:
        return False
    city = before[:-2].replace("'", "").replace("’", "").replace(" ", "").replace(".", "")
    if not city.isalpha() or not city.isupper():
        return False
    after = text[span.end_char : span.end_char + 3].lstrip(" ")
    return after[:1] in ("-", "—", "–", "(")


def used_as_land(span: Span) -> bool:
    """A state's name used as land here (see the module's docstring and
    :func:`sitroom.nlp.actors.territory.a_share_or_destination`)."""
    head = span.root
    if a_share_or_destination(span) or refuge(head) or separated_from(head):
        return True
    return owns_a_dwelling(span) or closes_a_dateline(span) or a_compass_part(span)


# Lower-case words of a part of a land by where it lies ("central Brussels", "eastern X").
COMPASS_PARTS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "downtown", "inner", "greater"}
)  # fmt: skip


def a_compass_part(span: Span) -> bool:
    """ "blocked central Brussels", "shelling in eastern X": a part of the land named by
    where it lies (the adjective in lower case: "Central Asia" is a name of its own)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and before.lower_ in COMPASS_PARTS
        and before.head.i in range(span.start, span.end)
    )


def in_a_place_compound(span: Span) -> bool:
    """ "X-controlled territory", "X-occupied Kashmir", "an X-based firm": the name
    inside a compound that is a place or a located thing, itself listed as a surface."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or doc[span.end].whitespace_:
        return False
    return doc[span.end + 1].lower_ in PLACE_COMPOUNDS
