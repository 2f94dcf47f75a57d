"""Where a place's name names where something is or goes, not an actor: a destination
("a trip to X", "extradited to X"), the end of a route, a part or site a state's possessive
owns ("in Togo's capital", "outside Ecuador's embassy"), and a city named as itself or by
its parts and offices. Helpers of :mod:`sitroom.nlp.actors.nonactors`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.actors.things import LOCATIVE, MOTION_VERBS, governed_by_locative

# Prepositions after which a name the KB does not know is a place whatever its NER label
# ("fighting in El Fasher" even when the NER calls it a person).
STRONG_LOCATIVE = {"in", "at", "into", "inside", "near", "around", "outside", "across"}

CITY_NOUNS = frozenset({"city", "capital", "town"})

# Nouns of a journey whose "to" names where one goes ("a visit to X", "his trip to X").
TRAVEL_NOUNS = frozenset({"visit", "trip", "journey", "flight", "tour", "return", "way"})
TRAVEL_VERBS = frozenset({"visit", "tour", "reach"})  # "to visit X": X is where one goes
GOING_VERBS = MOTION_VERBS | {"go", "come", "depart"}
# Verbs of speaking somewhere: "speaking from X" names where the speaker is.
SPEAKING_FROM = frozenset({"speak", "address", "broadcast", "talk", "write", "report"})
# Parts and people of a city named in the possessive or as a modifier ("Maputo's poorer
# neighbourhoods", "a Berlin park"): the city as a place.
CITY_PARTS = frozenset(
    {"neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "street", "streets",
     "suburb", "suburbs", "park", "district", "districts", "residents", "downtown", "slums",
     "hotel", "outskirts", "port", "airport", "harbour", "harbor", "seaport"}
)  # fmt: skip


def travelled_to(head: Token) -> bool:
    """A city named as where someone goes: "slated to visit X", "a trip to X", "left for
    X" (the place, not the government the capital may stand for)."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in TRAVEL_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":  # "speaking from Dodoma"
        return tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in SPEAKING_FROM
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    owner = tok.head.head
    if owner.lower_ == "including":  # "several visits, including to Moscow"
        return tok.head.lower_ == "to"
    if owner.pos_ == "NOUN":
        return tok.head.lower_ == "to" and owner.lemma_.lower() in TRAVEL_NOUNS
    return owner.pos_ == "VERB" and owner.lemma_.lower() in GOING_VERBS


# Verbs and nouns of moving people by force: where they are taken is a place ("extradited
# to the United States", "the deportation of migrants to Mexico").
REMOVAL = frozenset(
    {"extradite", "deport", "expel", "repatriate", "extradition", "extraditions",
     "deportation", "deportations", "expulsion", "repatriation"}
)  # fmt: skip
# ... and of moving anything: a place only when what moves are people ("sent 92 cartel
# members to X"; "sent a letter to X" keeps X as its addressee).
MOVING = frozenset({"send", "transfer", "fly", "take", "transfers"})
PEOPLE_NOUNS = frozenset(
    {"member", "people", "person", "migrant", "prisoner", "suspect", "detainee", "fugitive",
     "leader", "boss", "operative", "national", "citizen", "soldier", "troop", "inmate"}
)  # fmt: skip


def sent_to(head: Token) -> bool:
    """A state named as where people are taken: "extradited to the United States", "the
    extradition of X to Y", "sent 92 cartel members to the United States"."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    mover = tok.head.head
    word = mover.lemma_.lower() if mover.pos_ == "VERB" else mover.lower_
    if word in REMOVAL:
        return True
    if word not in MOVING:
        return False
    moved = [c for c in mover.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    if mover.tag_ == "VBN" and mover.i > 0:  # "people taken to the U.S." (however parsed)
        moved.append(mover.head if mover.dep_ == "acl" else mover.doc[mover.i - 1])
    return any(c.lemma_.lower() in PEOPLE_NOUNS or c.ent_type_ == "PERSON" for c in moved)


def route_end(head: Token) -> bool:
    """The end of a route: "trucks from the border to Bamako", "flights from X to Y"."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    return any(c.lower_ == "from" and c.i < tok.i for c in tok.head.head.children)


SITE_NOUNS = frozenset({"embassy", "consulate", "embassies", "consulates"})


def owns_a_site(span: Span) -> bool:
    """A state's name owning a building where something happens: "outside Ecuador's
    embassy", "fled to the Nigerian embassy" (a place; "Ecuador's embassy said" acts)."""
    doc = span.doc
    if span.end >= len(doc) - 1 or doc[span.end].text not in ("'s", "’s"):
        return False  # ("a US embassy official" is an official, no site)
    i = span.end + 1
    if doc[i].lower_ not in SITE_NOUNS or doc[i].dep_ == "compound":
        return False
    return governed_by_locative(doc[i], STRONG_LOCATIVE | {"to"})


# Parts of a country a state's possessive can own where something happens ("in Togo's
# capital", "near Yemen's Hodeidah port", "in Syria's northeastern Hasakah province").
PART_NOUNS = frozenset(
    {"capital", "port", "city", "town", "village", "coast", "province", "region", "governorate",
     "district", "border", "borders", "territory", "waters", "airspace", "outskirts", "north",
     "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "heartland",
     "interior", "countryside"}
)  # fmt: skip
PART_WINDOW = 3  # adjectives and name words between the possessive and the part's noun


def owns_a_part(span: Span) -> bool:
    """A state's possessive before a part of its land that a locative preposition governs:
    the place where something happens ("marched in Togo's capital, Lomé", "struck near
    Yemen's Hodeidah port"), not the state acting ("Togo's government said" acts)."""
    doc = span.doc
    if span.end >= len(doc) - 1 or doc[span.end].text not in ("'s", "’s"):
        return False
    i = span.end + 1
    while (
        i < len(doc) - 1
        and i - span.end <= PART_WINDOW
        and doc[i].lower_ not in PART_NOUNS
        and doc[i].pos_ in ("ADJ", "PROPN")
    ):
        i += 1
    if doc[i].lower_ not in PART_NOUNS or doc[i].dep_ == "compound":
        return False
    return governed_by_locative(doc[i], LOCATIVE | {"to", "from"})


def part_of_the_city(span: Span) -> bool:
    """ "Maputo's poorer neighbourhoods", "a Berlin park": a city's part or its people."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1
        while i < len(doc) and doc[i].pos_ == "ADJ":
            i += 1
    return i < len(doc) and doc[i].lower_ in CITY_PARTS


# Offices and services of a city, named after it ("the Jakarta police", "Dhaka's police
# chief", "the Istanbul governor's office", "Lima city council"): the city, not the state
# its capital's name may stand for.
CITY_OFFICES = frozenset(
    {"police", "mayor", "governor", "municipality", "municipal", "city", "metropolitan",
     "metro", "council", "councillors", "councilors", "prefect", "prefecture", "fire"}
)  # fmt: skip


def a_citys_office(span: Span) -> bool:
    """A capital's name before an office or service of the city (in lower case)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1
    return i < len(doc) and doc[i].text in CITY_OFFICES


def named_as_a_city(span: Span) -> bool:
    """A capital named as the city it is: "the capital La Paz", "the city of La Paz",
    "the Kenyan capital, Nairobi" (the place, not the government it may stand for)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 1 and doc[i].lower_ == "of":
        i -= 1
    return i >= 0 and doc[i].lower_ in CITY_NOUNS


# Plural nouns of places that head a list of examples ("protests in several countries
# including Spain and Poland", "in cities such as X and Y").
PLACES_PLURAL = frozenset(
    {"countries", "cities", "towns", "villages", "capitals", "regions", "provinces",
     "states", "nations", "places", "areas", "districts"}
)  # fmt: skip


def listed_in_places(head: Token) -> bool:
    """A name in a list of examples of places where something is: "in several countries
    including Spain, Poland and Bulgaria", "in cities such as X" (the places, not actors;
    "countries including Spain supported it" is a list of actors)."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    such = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    if not such and prep.lower_ not in ("including", "like"):
        return False
    noun = prep.head
    return noun.lower_ in PLACES_PLURAL and governed_by_locative(noun, LOCATIVE | {"across"})
