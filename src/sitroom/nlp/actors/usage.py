"""Names standing for something other than an actor where they stand, by the words
around them: a currency ("the Kenyan shilling"), a dateline ("New Delhi: ..."), a team's
score ("beat Zambia 1-0"), places listed into one name ("Cumilla, Noakhali"), a body's
seat ("the Court of Appeal, Abuja,"), a known body's one-word name closing an unknown
longer one ("the 68th FIFA Congress"), a picture's credit ("(Photo by AFP)"). Helpers of
the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from sitroom.nlp import doc_text
from sitroom.nlp.actors.things import opens_line
from sitroom.nlp.dates import MONTHS
from sitroom.repair.furniture_patterns import PHOTO_WORD

# Currencies named after a state's people or the state ("the Kenyan shilling", "the U.S.
# dollar"): the money, not the state acting. ("real", "won", "sol" are left out: common
# English words.)
CURRENCY_NOUNS = frozenset(
    {"shilling", "shillings", "dollar", "dollars", "rupee", "rupees", "pound", "pounds",
     "naira", "cedi", "cedis", "peso", "pesos", "yuan", "renminbi", "yen", "euro", "euros",
     "rand", "franc", "francs", "lira", "rouble", "roubles", "ruble", "rubles", "dinar",
     "dinars", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "taka", "ringgit",
     "rupiah", "baht", "kwacha", "birr", "hryvnia", "lari", "manat", "tenge", "kyat", "dong",
     "bolivar", "bolivars", "zloty", "forint", "koruna", "krona", "krone", "leu", "dram",
     "afghani", "kina", "tala", "pula", "leone", "dalasi", "ouguiya", "ariary", "metical",
     "kwanza", "currency", "currencies", "bonds", "eurobond", "eurobonds"}
)  # fmt: skip
SCORE = re.compile(r"^\d{1,2}\s*[-–]\s*\d{1,2}$")


def names_a_currency(span: Span) -> bool:
    """ "the Kenyan shilling", "the U.S. dollar", "Nigerian naira": the state's money."""
    doc = span.doc
    i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "-" else span.end
    return i < len(doc) and doc[i].lower_.rstrip(".") in CURRENCY_NOUNS  # "a 2-million-US-dollar"


def dateline(span: Span) -> bool:
    """A place opening a line as its dateline ("New Delhi: India and France ...", "Lagos,
    March 3 -", "Nairobi (Reuters) -"): where the report was filed."""
    doc = span.doc
    if span.end >= len(doc) or not opens_line(span):
        return False
    nxt = doc[span.end]
    if nxt.text in (":", "—", "–", "(") or (nxt.text == "-" and nxt.whitespace_):
        return True
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return nxt.text == "," and after is not None and after.lower_.rstrip(".") in MONTHS


def a_teams_score(span: Span) -> bool:
    """ "defeated Zambia 1-0": a national team's result, not the state acting."""
    doc = span.doc
    text = doc[span.end : span.end + 3].text
    return span.end < len(doc) and bool(SCORE.match(text.split(" ", 1)[0]) or SCORE.match(text))


def listed_places(span: Span) -> bool:
    """ "Cumilla, Noakhali": names of one or two words listed with commas that the
    recognizer ran into one name, with no word of a body's name ("Ministry of Works,
    Housing and Transport" keeps its actor)."""
    if not any(t.text == "," for t in span):
        return False
    if any(t.lower_ in BODY_WORDS for t in span):
        return False
    parts: list[list[Token]] = [[]]
    for t in span:
        if t.text == "," or t.lower_ in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(t)
    return all(1 <= len(p) <= 2 and all(t.text[:1].isupper() for t in p) for p in parts)


BODY_WORDS = frozenset(
    {"ministry", "department", "committee", "commission", "council", "office", "bureau",
     "agency", "authority", "institute", "university", "association", "union", "party",
     "company", "bank", "group", "inc", "ltd", "llp", "limited", "corporation", "board",
     "court", "foundation", "federation", "front", "movement", "forces", "army"}
)  # fmt: skip


def seat_of_a_body(span: Span) -> bool:
    """A city set after a body's name by commas ("the Court of Appeal, Abuja, for another
    matter", "the High Court, Lagos"): the body's seat, not the state acting."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ".", ";", ")"):
        return False
    prev = doc[span.start - 2]
    body = prev.lower_ in BODY_WORDS or prev.ent_type_ in ("ORG", "FAC")
    return body and prev.text[:1].isupper()


# Nouns of bodies that a known body goes by alone ("Congress", "the Alliance")
SHADOW_NOUNS = frozenset(
    {"congress", "senate", "parliament", "assembly", "alliance", "council", "commission",
     "union", "league", "court", "party", "front", "movement", "coalition", "federation",
     "cabinet", "agency", "bureau", "tribunal", "conference", "forum"}
)  # fmt: skip


def shadowed(span: Span, known: Callable[[str], object], tails: set[str]) -> bool:
    """A known body's one-word name that is a body's noun ("Congress", "Senate")
    closing a longer capitalised name the KB does not know ("the 68th FIFA Congress", "the
    Asian Rowing Congress"): that name, not the body; the word alone later in the same
    report means it too (``tails`` keeps the words so read)."""
    if len(span) != 1 or span[0].lower_ not in SHADOW_NOUNS or not span[0].text.istitle():
        return False
    word = span[0].lower_
    doc = span.doc
    prev = doc[span.start - 1] if span.start > span.sent.start else None
    longer = (
        prev is not None
        and prev.pos_ == "PROPN"
        and not prev.is_stop
        and prev.text[:1].isupper()
        and prev.ent_type_ not in ("GPE", "NORP")
        and not known(prev.text)
        and not known(f"{prev.text} {span.text}")
    )
    nxt = doc[span.end : span.end + 2]
    # "the Alliance of Indonesian Women": the word opens a longer name
    opens = len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].text[:1].isupper()
    opens = opens and not known(nxt[1].text)
    if longer:
        tails.add(word)
    if opens:
        return True
    return word in tails


# Nouns closing an event's name after a host state's name ("the Russia World Cup").
HOSTED = frozenset(
    {"cup", "games", "olympics", "summit", "conference", "expo", "championship",
     "championships", "festival", "open", "grand"}
)  # fmt: skip


def hosts_an_event(span: Span) -> bool:
    """A state's name opening the name of an event it hosts ("the 2018 Russia World Cup",
    "the Egypt Summit", "the Qatar Grand Prix"): the event, not the state acting."""
    doc = span.doc
    for tok in doc[span.end : span.end + 3]:
        if not tok.text[:1].isupper() or not tok.is_alpha:
            return False
        if tok.lower_ in HOSTED:
            return True
    return False


# A photo or video credit run into the prose ("... on Sunday. (Photo by AFP)", "Photo: X",
# "Photograph courtesy of Y", "(AP Photo/Z)"): the name credits a picture and says nothing.
CREDITED_AFTER = re.compile(
    rf"(?:\b{PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|by)?\s*:?|\b{PHOTO_WORD}\s*/)\s*$"
)
CREDITING_BEFORE = re.compile(rf"^\s+{PHOTO_WORD}\b")
CREDIT_REACH = 40  # characters back from a name to its credit's photo word


def credited(span: Span) -> bool:
    """A name inside a picture's credit: after "Photo by", "Photo:", "Image courtesy of"
    (on the same line), or opening a bracketed agency credit ("(AP Photo/...)")."""
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - CREDIT_REACH) : span.start_char].rsplit("\n", 1)[-1]
    if CREDITED_AFTER.search(before):
        return True
    after = text[span.end_char : span.end_char + 12]
    return before.endswith("(") and CREDITING_BEFORE.match(after) is not None
