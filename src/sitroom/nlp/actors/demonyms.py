"""Rule A1 of the gold guidelines, by the class of the noun a nationality adjective
modifies. It names its state acting before an act ("Israeli strikes"), a force, body or
state vessel ("a Chinese warship"), officials or an unnamed office-holder ("the Venezuelan
leader") or people as a group ("French citizens", "Chinese tourists"). It names no actor
before a thing ("Chinese goods"), a place ("Venezuelan airspace"), an abstract noun or what
a state has ("Turkish democracy", "Georgian flags"), a company ("Israeli companies"), a named
organisation ("the Venezuelan gang Tren de Aragua"), or as the title of a named person
("Chinese President Xi Jinping"). The guidelines list a surface once and its actor reading
wins, so the callers drop a demonym only where no other occurrence of it acts
(``nonactors.never_acts``)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.lexicon import COMPANY_NOUNS, FACILITY_NOUNS, PERSON_ROLE_NOUNS

# What a country's trade and industry sell: goods and commodities.
THING_NOUNS = frozenset(
    {"goods", "products", "produce", "imports", "exports", "crude", "oil", "gas", "steel",
     "aluminium", "aluminum", "chips", "semiconductors", "soybeans", "grain", "wheat",
     "beef", "cars", "brands", "assets", "bonds", "debt", "shares", "stocks", "market",
     "markets", "economy", "industry"}
)  # fmt: skip
# Parts of a country's land and its sites: a demonym before them is where, not who.
PLACE_NOUNS = frozenset(
    {"territory", "territories", "airspace", "soil", "waters", "border", "borders",
     "coast", "coastline", "city", "cities", "town", "towns", "village", "villages",
     "region", "province", "port", "ports", "base", "bases", "island", "islands",
     "mainland", "universities", "university", "schools", "jails", "prisons",
     "capital", "countryside", "frontier", "posts", "outposts", "checkpoint", "checkpoints",
     "crossing", "crossings"}
    | FACILITY_NOUNS
)  # fmt: skip
# What a state is or has, not what it does: its ways, institutions-as-ideas and symbols.
ABSTRACT_NOUNS = frozenset(
    {"democracy", "sovereignty", "identity", "culture", "history", "politics", "society",
     "nationality", "citizenship", "origin", "heritage", "tradition", "traditions",
     "language", "law", "laws", "constitution", "flag", "flags", "anthem", "protocol",
     "cuisine", "passport", "passports", "folklore", "currency", "independence",
     "nationalism", "unity"}
)  # fmt: skip
# Firms: a country's companies are not the state (A1: "Greek companies").
COMPANIES = COMPANY_NOUNS | frozenset(
    {"companies", "firms", "businesses", "corporations", "banks", "lenders", "carriers",
     "airlines", "manufacturers", "makers", "automakers", "conglomerates", "exporters",
     "importers", "shipowners", "owners", "operators", "insurers", "retailers"}
)  # fmt: skip
# A country's press and its parties are bodies of their own, not the state: "Syrian state
# media reported", "the Uruguayan newspaper", "a Peruvian opposition party".
MEDIA_AND_PARTIES = frozenset(
    {"media", "newspaper", "newspapers", "paper", "daily", "tabloid", "magazine", "outlet",
     "outlets", "broadcaster", "broadcasters", "press", "television", "radio", "party",
     "parties"}
)  # fmt: skip
NO_ACTOR_NOUNS = THING_NOUNS | PLACE_NOUNS | ABSTRACT_NOUNS | COMPANIES | MEDIA_AND_PARTIES
# Words that may stand between the adjective and a named person's name in a title ("Prime
# Minister", "Crown Prince", "Foreign Minister", "counterpart").
TITLE_RUN = 3
TITLE_WORDS = frozenset({"counterpart", "prime", "foreign", "crown", "deputy", "vice", "former"})


def is_adjective(span: Span) -> bool:
    """A demonym written as a modifier ("Chinese", "South African"), not a state's name."""
    root = span.root
    return root.ent_type_ == "NORP" or root.pos_ == "ADJ"


def _modified_noun(span: Span) -> Token | None:
    head = span.root
    if head.dep_ not in ("amod", "compound", "nmod") or head.head is head:
        return None
    noun = head.head
    return noun if noun.i >= span.end else None


def titles_a_named_person(span: Span) -> bool:
    """ "Chinese President Xi Jinping", "his Russian counterpart Vladimir Putin": the
    adjective is part of a named person's title (the unnamed "the Saudi crown prince"
    is an office-holder and names the state)."""
    doc = span.doc
    role = False
    for i in range(span.end, min(len(doc), span.end + TITLE_RUN + 1)):
        word = doc[i]
        if word.lower_ in PERSON_ROLE_NOUNS or word.lower_ in TITLE_WORDS:
            role = role or word.lower_ not in TITLE_WORDS or word.lower_ == "counterpart"
        elif word.ent_type_ == "PERSON":
            return role
        elif not word.is_title:
            return False
    return False


def before_a_named_organisation(span: Span) -> bool:
    """ "the Venezuelan gang Tren de Aragua", "Italian construction firm Webuild": the
    adjective describes a body named right after it (its own name is its own surface)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < TITLE_RUN and doc[i].is_lower and doc[i].pos_ == "NOUN":
        i += 1
    if i == span.end or i >= len(doc):
        return False
    return doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ == "B"


# A state's institutions named by the adjective and their noun: the guidelines list the
# whole as a surface of its own ("Chinese government", "Filipino authorities", "Chinese
# navy"), so an adjective there says nothing of its other occurrences. (Officials and
# leaders are people the adjective describes: "Chinese officials" is the adjective acting.)
STATE_BODY_WORDS = frozenset(
    {"government", "authorities", "administration", "navy", "army", "coastguard", "police",
     "security", "parliament", "ministry", "cabinet", "junta", "regime", "embassy"}
)  # fmt: skip


def names_a_state_body(span: Span) -> bool:
    """ "the Venezuelan government", "Serbian state security": the adjective opens the name
    of a state body, a surface of its own."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ == "state")
    return is_adjective(span) and i < len(doc) and doc[i].lower_ in STATE_BODY_WORDS


def an_unnamed_body(span: Span, demonyms: Collection[str]) -> bool:
    """ "the Chilean party", "the Uruguayan newspaper" read as one name: a demonym and common
    words ending in a noun that names no actor are no name (its words are not capitalised)."""
    words = list(span)
    return (
        len(words) > 1
        and key(words[0].text) in demonyms
        and all(w.is_lower for w in words[1:])
        and words[-1].lower_ in NO_ACTOR_NOUNS
    )


def names_no_actor(span: Span, *, demonym: bool = False) -> bool:
    """A nationality adjective in a use that names no actor (A1): before a thing, a place,
    an abstract noun, a company or a named organisation, or in a named person's title.
    ``demonym``: the caller knows the span for a nationality (one the recognizer tagged
    as a name, "Sri Lankan" read as a person, is no adjective to the tagger)."""
    if not (demonym or is_adjective(span)):
        return False
    if describes_no_actor(span):
        return True
    return titles_a_named_person(span) or before_a_named_organisation(span)


def describes_no_actor(span: Span) -> bool:
    """A demonym or a state's name modifying a noun of no actor: a thing, a place, an
    abstract noun, a company or the press ("Chinese goods", "US territory", "the US social
    media platform X")."""
    noun = _modified_noun(span)
    return noun is not None and noun.is_lower and noun.lower_ in NO_ACTOR_NOUNS
