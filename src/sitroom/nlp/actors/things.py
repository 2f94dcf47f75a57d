"""Capitalised names that stand for a thing, not an actor, whatever the NER calls them:
a place of the gazetteer the knowledge base does not know as an actor ("Aden"), a ship
("the vessel Eternity C", "MV Ocean Star"), a doctrine ("Pan-Africanism"), a model or
serial number ("PCH-191").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.article import Mention
from sitroom.nlp import doc_text
from sitroom.nlp.actors.context import regional_office
from sitroom.nlp.actors.kb.normalize import common_word, fold
from sitroom.nlp.actors.state import Link
from sitroom.nlp.actors.vessels import is_vessel
from sitroom.nlp.events.plover import load_lexicon
from sitroom.nlp.lexicon import AGENT_NOUNS, BODY_NOUNS, STATE_BODY_NOUNS

# Prepositions that make a place of the name they govern ("talks in Doha", "strikes on
# Gaza" are places; "aid to Sudan", "a deal with Iran" name actors).
LOCATIVE = {
    "in", "at", "into", "inside", "within", "across", "throughout", "near", "around", "off",
    "outside", "beyond", "along", "toward", "towards", "through", "via", "over", "on", "onto",
}  # fmt: skip
# Nouns whose "of" names a place ("the fall of X", "the coast of Y", "the outskirts of Z")
# and motion verbs whose "from"/"to" does ("withdrew from X", "fled to Y").
PLACE_OF_NOUNS = frozenset(
    {"fall", "siege", "capture", "outskirts", "city", "town", "village", "region", "province",
     "capital", "coast", "shores", "waters", "north", "south", "east", "west", "centre",
     "center", "streets", "heart", "edge", "border", "borders", "territory", "port",
     "parts", "area", "areas", "airspace", "skies", "control", "recapture", "liberation"}
)  # fmt: skip
MOTION_VERBS = frozenset(
    {"withdraw", "retreat", "flee", "move", "return", "travel", "evacuate", "displace",
     "arrive", "head", "pull", "relocate", "deploy", "sail", "fly", "escape", "leave",
     "lead"}  # "roads leading to X": a path goes there
)  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Last words of the names of sites and areas: such a name is a place, not an actor.
SITE_NOUNS = frozenset(
    {"mosque", "church", "temple", "synagogue", "shrine", "dam", "bridge", "airport",
     "airbase", "stadium", "hospital", "market", "square", "camp", "prison", "port",
     "harbour", "harbor", "station", "plant", "refinery", "terminal", "highway", "road",
     "territory", "territories", "strip", "valley", "province", "district", "governorate",
     "county", "peninsula", "island", "islands", "sea", "gulf", "river", "mountains",
     "desert", "corridor", "crossing", "checkpoint", "canal", "strait", "lake", "bay"}
)  # fmt: skip
DOCTRINE = re.compile(r"(?:ism|isms)$", re.IGNORECASE)
SERIAL = re.compile(r"^[A-Z]{1,5}-?\d+[A-Z]?$")  # "PCH-191", "F35", "S400", "HTML5"
# Web and page words ("JavaScript", "HTML5" from a video player's text) and time zones
# ("BST" after a time): capitalised, never actors.
WEB_WORDS = frozenset(
    {"javascript", "html", "html5", "css", "cookies", "cookie", "browser", "iframe", "pdf",
     "url", "rss", "wifi", "bluetooth", "android", "ios", "flash", "adblock", "captcha"}
)  # fmt: skip
TIME_ZONES = frozenset(
    {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst",
     "mdt", "pst", "pdt", "ist", "pkt", "jst", "kst", "msk", "aest", "aedt", "wat", "eat",
     "cat", "sast", "gst", "ast", "hkt", "sgt", "wib", "ict", "irst"}
)  # fmt: skip
MANGLED = re.compile(r"^[A-Z]\.[A-Z][a-z]|^(?P<half>[A-Z]{2,})(?P=half)$")  # "U.Ok", "USAUSA"


def place_country(name: str) -> str | None:
    """The state of a city or region of the gazetteer ("Gaza" -> PSE), if any."""
    return load_lexicon().place_country(name)


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Folded names of the places the event lexicon knows (PETRARCH2 gazetteer)."""
    return frozenset(fold(name) for name in load_lexicon().places)


def names_a_thing(span: Span, *, person: bool = False) -> bool:
    """Whether a name the knowledge base does not know names a place, a ship, a doctrine
    or a model rather than an actor. A name read as a person's is a place of the gazetteer
    only when it is one word ("Bahawalpur", not "Jordan Peterson")."""
    text = span.text
    if len(span) <= 3 and DOCTRINE.search(span[-1].text):
        return True
    if fold(text) in WEB_WORDS or fold(text) in TIME_ZONES or MANGLED.match(text):
        return True
    if sum(ch.isalpha() for ch in text) <= 1:
        return True  # "U", "X.": a letter is no name
    if len(span) == 1 and SERIAL.match(text):
        return True
    if (not person or len(span) == 1) and fold(text) in gazetteer():
        return True
    if part_of_a_longer_name(span):
        return True
    if not person and len(span) >= 2 and span[-1].lower_ in SITE_NOUNS | NAMED_THINGS:
        return True  # "Subhan Mosque", "Occupied Palestinian Territory", "AU Summit"
    return is_vessel(span)


# Nouns of a building or a walled site: a name right before one is where something
# happened ("the Parliament building", "the army's 6th Division headquarters").
BUILDING_NOUNS = frozenset(
    {"building", "buildings", "complex", "compound", "premises", "headquarters", "grounds",
     "gate", "gates", "residence", "offices"}
)  # fmt: skip


def names_a_building(span: Span) -> bool:
    """A body's name modifying a noun of a building ("stormed the Parliament building",
    "near UN headquarters"): the site, not the body acting (a person's name is left:
    "Khan's residence" names whose it is; so is a ministry's or agency's: "strikes on the
    Defense Ministry compound" hit the ministry)."""
    doc = span.doc
    if span.label_ == "PERSON" or span.end >= len(doc) or span[-1].lower_ in STATE_BODY_NOUNS:
        return False
    nxt = doc[span.end]
    return nxt.lower_ in BUILDING_NOUNS and nxt.text.islower() and nxt.pos_ == "NOUN"


def names_a_site(span: Span) -> bool:
    """A name of two words or more ending in a site's noun ("Panama Canal", "South China
    Sea", "West Bank" of the gazetteer): the place, whatever name of an actor it holds."""
    if len(span) < 2 or span.label_ == "PERSON":
        return False
    return span[-1].lower_ in SITE_NOUNS or fold(span.text) in gazetteer()


def common_words_capitalised(span: Span, common: frozenset[str], keep: frozenset[str]) -> bool:
    """Common words capitalised by their place, not because they name someone: one word
    opening a sentence ("Debris fell", "Hostages were freed") or words of a headline in
    title case ("Concessions Remain Non-Negotiable"). Words of institutions ("Ministry",
    "Council") are kept: those names are made of common words."""
    words = [w.lower() for w in span.text.replace("-", " ").split()]
    if not common:
        return False
    # (the words first: a name's are seldom all dictionary words, and the line is a walk)
    base = all(w in LINK_WORDS or common_word(w, common) for w in words)
    if base and _shouted_line(span):
        return True  # a heading in capitals ("TRADE & FINANCE"), body words and all
    if not words or (len(words) > 1 and any(w in keep for w in words)) or not base:
        return False
    doc = span.doc
    first = span.sent.start
    while first < span.end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    # "all surrounding Nations": a plural of a common word (a people, "Afrikaners", is NORP)
    plural = words[0] not in common and span.label_ != "NORP" and span.root.ent_type_ != "NORP"
    if len(span) == 1 and (span.start == first or plural or opens_line(span)):
        return True  # opening a sentence or a line, or a plural ("all surrounding Nations")
    if len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in keep:
        return True  # part of a title or a body's name: "Divisional Commissioner X"
    alpha = [t for t in _line(span) if t.is_alpha and t.lower_ not in LINK_WORDS]
    capitalised = sum(1 for t in alpha if t.text[:1].isupper())
    return len(alpha) >= 4 and capitalised >= 0.7 * len(alpha)


def _shouted_line(span: Span) -> bool:
    """The span's line is a heading in capitals of two words or more."""
    if any(t.is_alpha and not t.is_upper for t in span):
        return False  # the line holds the span
    alpha = [t for t in _line(span) if t.is_alpha]
    return len(alpha) >= 2 and all(t.is_upper for t in alpha)


def cut_off(span: Span) -> bool:
    """The last word of a text cut off mid-word ("... to safeguard Chin"): a fragment,
    whatever it looks like (a text of one line is a headline, not a cut)."""
    text = doc_text(span.doc)
    return not text[span.end_char :].strip() and "\n" in text[: span.start_char]


def _line(span: Span) -> Span:
    """The span's sentence, or its line when the parser ran the sentence on across a line
    break (a headline set above the first paragraph)."""
    doc, sent = span.doc, span.sent
    start, end = span.start, span.end
    while start > sent.start and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
        start -= 1
    while end < sent.end and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    line = doc[start:end]
    # a byline ("Jane Doe, Miami Herald") is a line of names, not a headline
    return sent if any(t.text == "," for t in line) else line


def opens_line(span: Span) -> bool:
    """The span starts its line (the parser may run a sentence on across a line break)."""
    text, at = doc_text(span.doc), span.start_char
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


LINK_WORDS = frozenset({"of", "the", "and", "over", "for", "in", "on", "to", "a", "an", "at", "&"})


def regional(span: Span) -> bool:
    """ "Inner Mongolia", "Northern Cyprus", "Latin America": a region named after a state,
    not the state."""
    return len(span) > 1 and span[0].lower_ in REGION_WORDS and span.label_ != "PERSON"


REGION_WORDS = frozenset(
    {"inner", "outer", "northern", "southern", "eastern", "western", "upper", "lower",
     "central", "greater", "occupied", "latin", "north", "south", "east", "west"}
)  # fmt: skip


def part_of_a_longer_name(span: Span) -> bool:
    """The end of a title ("Minister of International Relations and Cooperation") or the
    start of an event's name ("the G20 Leaders' Summit"): no actor of its own."""
    doc = span.doc
    titled = span.start >= 2 and doc[span.start - 2].lower_ in TITLE_HEADS
    if titled and doc[span.start - 1].lower_ in ("of", "for"):
        return True  # "Minister for Inter-Provincial Coordination"
    if span.end < len(doc) and doc[span.end].lower_ in ("counterpart", "counterparts", "portfolio"):
        return True  # "his Works, Housing and Power counterpart": a portfolio
    if span.start >= 1 and ORDINAL.match(doc[span.start - 1].text):
        return True  # "the 68th FIFA Congress", "the 66th Ordinary Session": a meeting
    after = [t for t in doc[span.end : span.end + 2] if t.text not in ("'", "’", "'s", "’s")]
    return bool(after) and after[0].lower_ in EVENT_NOUNS and after[0].text[:1].isupper()


TITLE_HEADS = frozenset(
    {"minister", "secretary", "ministry", "department", "commissioner", "director", "head",
     "chief", "office", "cabinet", "undersecretary"}
)  # fmt: skip
EVENT_NOUNS = frozenset(
    {"summit", "conference", "forum", "meeting", "games", "cup", "day", "festival", "expo",
     "dialogue", "week"}
)  # fmt: skip
# Last words of the names of documents, programmes and meetings ("Social Facilitation
# Framework", "Defense Ministerial Meeting", "Safeguards Agreement"): things, not actors
# ("forum" is left out: a forum is often a body).
DOCUMENT_NOUNS = frozenset(
    {"agreement", "accord", "accords", "treaty", "declaration", "act", "charter", "protocol",
     "programme", "program", "framework", "initiative", "plan", "strategy", "memorandum",
     "roadmap", "doctrine"}
)  # fmt: skip
NAMED_THINGS = (EVENT_NOUNS - {"forum"}) | DOCUMENT_NOUNS


def dictionary_words(nlp: Language) -> frozenset[str]:
    """Common English words (the lemmatizer's WordNet index), empty without one."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for words in index.values() for w in words)


def body_named_before(span: Span, mentions: list[Mention]) -> Link | None:
    """A body noun capitalised alone ("the Agency", "the Navy"): the body named before
    whose name holds it."""
    word = span.text.lower()
    if len(span) != 1 or word not in BODY_NOUNS:
        return None
    for m in reversed(mentions):
        names = f"{m.text} {m.canonical or ''}".lower().split()
        if m.type == "ORG" and m.actor_id and word in names and m.text != span.text:
            return Link(m.actor_id, m.canonical, m.type, m.country, m.sector, m.confidence)
    return None


def governed_by_locative(
    head: Token, prepositions: Collection[str] = LOCATIVE, *, unknown: bool = False
) -> bool:
    """A name used as a location: the object of a locative preposition ("in Doha"), part
    of a place's name ("Gaza City"); for a name the KB does not know, also the object of a
    motion from or to ("withdrew from X") or of a place noun ("the fall of X"). A state's
    name keeps its actor reading there (the guidelines: the actor reading wins)."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in prepositions:
        return True
    prep = tok.head
    if not unknown or tok.dep_ != "pobj":
        return tok.dep_ == "compound" and tok.head.ent_type_ in PLACE_LABELS
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_OF_NOUNS:
        return True
    moving = prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in MOTION_VERBS
    return prep.lower_ in ("from", "to") and moving


# Nouns whose "of" names a place even when the name is a state's or a capital's ("the
# outskirts of Kyiv", "the heart of Damascus", "the mayor of Bogota": the city, not the
# state; not "the fall of", "the control of").
INSIDE_NOUNS = frozenset(
    {"outskirts", "heart", "streets", "centre", "center", "skies", "coast", "shores",
     "waters", "north", "south", "east", "west", "edge", "suburbs", "suburb", "airspace",
     "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
     "neighborhoods", "residents", "mayor", "municipality"}
)  # fmt: skip


def inside_of(head: Token) -> bool:
    """A name after "of" that follows a noun of a place's parts ("the heart of X")."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    noun = head.head.head
    return noun.lower_ in INSIDE_NOUNS and noun.pos_ == "NOUN"


# Nouns of places and land a demonym may modify ("Afghan territory", "Lebanese soil").
PLACE_NOUNS = frozenset(
    {"territory", "territories", "soil", "land", "lands", "border", "borders",
     "city", "cities", "town", "towns", "village", "villages", "port", "ports", "province",
     "provinces", "region", "regions", "coast", "coastline", "waters", "airspace", "posts",
     "post", "capital", "countryside", "island", "islands", "mainland"}
)  # fmt: skip


def describes_a_place(span: Span, *, demonym: bool = True) -> bool:
    """A demonym naming where something is ("Afghan territory", "the Yemeni port city",
    "on the Afghan side", "Pakistani border posts"), or two states' names joined by a
    hyphen before a place noun ("Afghanistan-Pakistan border clashes"): a location, not
    the state acting."""
    if _before_a_place_noun(span, paired=not demonym):
        return True
    if not demonym:  # a state's own name keeps its actor reading ("a US port")
        return False
    head = span.root
    if head.dep_ not in ("amod", "compound", "nmod") or head.head is head:
        return False
    noun = head.head
    if noun.lower_ == "side":  # "on the Afghan side", but "the Afghan side said" acts
        return noun.dep_ == "pobj"
    if noun.pos_ == "NOUN" and noun.lower_ in SITE_BUILDINGS:
        return a_site_where(noun)  # "near the Indonesian parliament complex"
    return noun.pos_ == "NOUN" and noun.lower_ in PLACE_NOUNS


# Buildings and bases named as where people are ("at the X hospital", "at a Russian military
# base"; "X hospital said" may speak)
SITE_BUILDINGS = BUILDING_NOUNS | {"hospital", "clinic", "base", "bases", "airbase", "barracks"}
# Prepositions of where people or things are, or go to (a building one rallies near,
# marches to or burns inside); a strike "on" a ministry's compound hits the ministry.
SITE_PREPOSITIONS = frozenset(
    {"in", "at", "into", "inside", "near", "around", "outside", "across", "to", "toward",
     "towards", "opposite", "beside", "behind"}
)  # fmt: skip


def a_site_where(building: Token) -> bool:
    """A building's noun naming where people are or go ("rallied near the parliament
    complex", "gathered outside the Defense Ministry building")."""
    return building.lower_ in SITE_BUILDINGS and governed_by_locative(building, SITE_PREPOSITIONS)


def site_after(doc: Doc, end: int) -> bool:
    """Whether the words ending at ``end`` modify a building named as a site (in lower
    case: "the Parliament Building" is a name of its own)."""
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and a_site_where(nxt)


COMPASS = frozenset({"West", "East", "North", "South", "Central"})


def part_of_a_demonym(span: Span) -> bool:
    """ "West" in "the West African bloc": a compass word opening a demonym."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.text not in COMPASS or nxt is None or not nxt.text[:1].isupper():
        return False
    # (or a demonym the recognizer ran into the next name: "West African Examinations Council")
    demonym = nxt.text.endswith(("ican", "rican", "frican", "sian", "pean")) and nxt.is_alpha
    return nxt.ent_type_ == "NORP" or nxt.tag_ == "JJ" or demonym


def _before_a_place_noun(span: Span, *, paired: bool) -> bool:
    """ "the Afghanistan-Pakistan border clashes", "Syria border posts": names right
    before a place noun (the two names of a border joined by a hyphen), unless the noun
    opens a body's name ("Israel Border Police")."""
    doc = span.doc
    i = span.end
    second = span.start >= 2 and doc[span.start - 1].text in ("-", "–")  # "...-Pakistan"
    if i + 1 < len(doc) and doc[i].text in ("-", "–") and doc[i + 1].text[:1].isupper():
        i += 2
    elif paired and not (second and doc[span.start - 2].text[:1].isupper()):
        return False
    if i >= len(doc) or doc[i].lower_ not in PLACE_NOUNS or doc[i].pos_ != "NOUN":
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.lower_ not in AGENT_NOUNS


PLACE_NAME_HEADS = frozenset(
    {"gulf", "bay", "sea", "strait", "straits", "horn", "cape", "isle", "isles", "port"}
)


def part_of_a_place_name(span: Span, demonyms: bool = False) -> bool:
    """ "the Gulf of Aden", "the Gulf of Venezuela", "the Horn of Africa": a name closing a
    capitalised place's name after "of" is the place, not the state acting; with
    ``demonyms``, also a compass word opening a demonym ("West" in "West African")."""
    doc = span.doc
    if demonyms and part_of_a_demonym(span):
        return True
    if inside_a_hyphenated_name(doc, span.start):
        return True
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    head = doc[span.start - 2]
    return head.lower_ in PLACE_NAME_HEADS and head.text[:1].isupper()


def inside_a_hyphenated_name(doc: Doc, i: int) -> bool:
    """The word at ``i`` closes a hyphenated place name whose parts a lower-case word joins
    ("Port-of-Spain", "Stratford-upon-Avon"): the compound is one place, never the state
    whose name it holds ("US-Venezuela talks" join two names, and keep both)."""
    if i < 4 or any(t.whitespace_ for t in doc[i - 4 : i]):
        return False
    hyphens = doc[i - 1].text == "-" == doc[i - 3].text
    return (
        hyphens
        and doc[i - 2].text.isalpha()
        and doc[i - 2].text.islower()
        and doc[i - 4].text[:1].isupper()
    )


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
# Last words of a firm's full name ("China National Machinery Corporation", "X Group
# Limited"): the firm, not the state whose name opens it.
FIRM_ENDS = frozenset(
    {"corporation", "corp", "limited", "ltd", "company", "plc", "inc", "llc", "sdn", "bhd"}
)
OWN_NAME_ENDS = DOCUMENT_NOUNS | FIRM_ENDS  # a longer name of its own, whatever it holds


def place_opening(name: str) -> str | None:
    """The state of a city or region a body's name opens with ("Kwara State Police
    Command" -> NGA); none for a name opening otherwise ("South American ...")."""
    words = name.split()
    for n in (3, 2, 1):
        if (
            len(words) > n
            and words[0][:1].isupper()
            and (code := place_country(" ".join(words[:n])))
        ):
            return code
    return None


def place_in(title: str) -> str | None:
    """The state of a city or region a title names ("Gaza civil defence spokesman",
    "Darfur governor"), not of the place a diplomat is posted to."""
    words = title.split()
    cut = next((i for i, w in enumerate(words) if w == "to" and i), len(words))
    words = words[:cut]
    folded = fold(" ".join(words)).split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if not gram[0][:1].isupper() or regional_office(folded, fold(" ".join(gram))):
                continue  # "Georgia Governor": a name two states' regions share
            if code := place_country(" ".join(gram)):
                return code
    return None
