"""A state's name or demonym where it names the state's land or what its people hold, not
the state acting: a share of its land ("controlling all of X", "much of X", "the rest of
X"), a place listed under a region ("the south, including X"), the end of a journey
("a ship headed to X"). (A demonym before a country's goods is rule A1, in
:mod:`sitroom.nlp.actors.demonyms`.) The guidelines list a surface
once and its actor reading wins, so these readings hold only where no other occurrence of
the name acts (see ``nonactors.never_acts``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.actors.things import PLACE_OF_NOUNS

# Words for a share of something: "all of X", "much of X", "the rest of X".
SHARE_WORDS = frozenset({"all", "much", "most", "rest", "half", "swathes", "swaths", "chunk"})
# Verbs of going whose "to"/"for" names where one goes ("a ship headed to X", "bound for X").
HEADING_VERBS = frozenset({"head", "sail", "bind", "travel", "steam", "divert", "reroute"})


def governing(head: Token) -> Token:
    """The word a name stands under: up through compounds, coordinations and appositions."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok


def share_of_land(head: Token) -> bool:
    """The name after "of" following a word for a share ("controlling all of X", "the
    rest of X"): the land, not the state."""
    tok = governing(head)
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    return tok.head.head.lower_ in SHARE_WORDS and tok.head.head.i < tok.i


def listed_under_a_region(head: Token) -> bool:
    """A place named after "including" under a region or a share of land ("holds much of
    the south, including X")."""
    tok = governing(head)
    if tok.dep_ != "pobj" or tok.head.lower_ != "including":
        return False
    owner = tok.head.head
    if owner.pos_ in ("VERB", "AUX"):  # "controls part of the south, including X"
        owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
    return owner.lower_ in PLACE_OF_NOUNS or owner.lower_ in SHARE_WORDS | {"part"}


def journeys_end(head: Token) -> bool:
    """The end of a journey: "the vessel was headed to X", "a ship bound for X"."""
    tok = governing(head)
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "ADJ") and verb.lemma_.lower() in HEADING_VERBS


# Verbs of what befalls a land, said of it in the passive ("X has been plagued by war",
# "X was rocked by protests"); and verbs of putting it under a regime ("X was placed under
# curfew").
BEFALLING_VERBS = frozenset(
    {"plague", "rock", "grip", "engulf", "ravage", "wrack", "rack", "batter", "devastate",
     "paralyse", "paralyze", "tear", "convulse", "blanket", "flood"}
)  # fmt: skip
PLACING_VERBS = frozenset({"place", "put"})
# What a land is placed under ("heightened security", "a curfew", "martial law"); a state
# "placed under sanctions" is their target, an actor.
REGIME_NOUNS = frozenset(
    {"security", "curfew", "lockdown", "siege", "emergency", "law", "alert", "control", "rule"}
)


def befallen_land(head: Token) -> bool:
    """A name as the passive subject of what befalls a land ("X has been plagued by a civil
    war", "X was placed under heavy security"): the land, not the state acting."""
    tok = governing(head)
    if tok.dep_ != "nsubjpass":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in BEFALLING_VERBS:
        return True
    if lemma not in PLACING_VERBS:
        return False
    under = [c for c in verb.children if c.lower_ == "under"]
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in REGIME_NOUNS for u in under for o in u.children
    )


# Groups that are not a state's own bodies: armed movements and the opposition. A state's
# possessive before one names where the group is, not the state acting (rule A2: "Yemen's
# Houthi rebels", "Sudan's paramilitary RSF"; "Sudan's army" is the state's own force).
NON_STATE_GROUPS = frozenset(
    {"rebels", "rebel", "militia", "militias", "paramilitary", "paramilitaries", "insurgents",
     "insurgent", "separatists", "jihadists", "militants", "opposition", "gangs", "gang"}
)  # fmt: skip
GROUP_WINDOW = 3  # words between the possessive and the group's noun ("'s Iran-backed Houthi")


def home_of_a_group(span: Span) -> bool:
    """A state's possessive before a group that is not its own body ("Yemen's Houthi
    rebels", "Sudan's paramilitary Rapid Support Forces"): the group's home, a place."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text not in ("'s", "’s"):
        return False
    for tok in doc[i + 1 : min(len(doc), i + 2 + GROUP_WINDOW)]:
        if tok.lower_ in NON_STATE_GROUPS:
            return True
        if tok.pos_ not in ("ADJ", "PROPN", "PUNCT") and not tok.is_title:
            return False
    return False


def a_share_or_destination(span: Span) -> bool:
    """A state's name used as land: a share of it, a place listed under a region, where a
    journey ends, what befalls it, or the home of a group not its own."""
    head = span.root
    if share_of_land(head) or listed_under_a_region(head) or journeys_end(head):
        return True
    return befallen_land(head) or home_of_a_group(span)
