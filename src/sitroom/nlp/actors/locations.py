"""Names the knowledge base does not know that the sentence shows to be places: a name
before a noun of a place ("the al-Ghuraf area"), a name joined by "and" or a comma to a
place of the gazetteer ("Kunar and X provinces"), a name opened by a generic word of
Arabic place names ("Wadi X", "Qasr X"), and a name after "along"; the same name where the
report writes it elsewhere as a place ("Hadramout" after "Wadi Hadramout" or "Hadramout
governorate"); and the short form of a common noun ("megawatts (MW)").
Helpers of :mod:`sitroom.nlp.actors.nonactors`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp import doc_ents, doc_text, span_text
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.actors.things import gazetteer

# Nouns of an area a name right before them locates ("the X area", "X governorate").
AREA_NOUNS = frozenset(
    {"area", "areas", "region", "governorate", "province", "district", "county", "valley",
     "city", "town", "village", "neighbourhood", "neighborhood", "plateau", "oasis"}
)  # fmt: skip
# Generic words opening Arabic place names: valley, mountain, palace, monastery, village,
# ruin ("Wadi Hadramout", "Jabal Amel", "Qasr al-Yamamah", "Deir Ezzor", "Kafr Qasim").
ARABIC_PLACE_WORDS = frozenset({"wadi", "jabal", "jebel", "qasr", "deir", "kafr", "khirbet"})


def located(span: Span) -> bool:
    """Whether an unknown name is used as a place here (see the module's docstring)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in AREA_NOUNS and nxt.pos_ == "NOUN":
        return True
    if len(span) >= 2 and fold(span[0].text) in ARABIC_PLACE_WORDS:
        return True
    head = span.root
    return (
        _along(head)
        or _listed_with_a_place(head, span)
        or _an_example_of_a_place(head)
        or _written_as_a_place(span)
    )


# Plural nouns of places a name can be given as an example of ("strongholds such as X",
# "key government locations, including the X Palace").
PLACE_KINDS = AREA_NOUNS | frozenset(
    {"regions", "governorates", "provinces", "districts", "counties", "cities", "towns",
     "villages", "neighbourhoods", "neighborhoods", "suburbs", "stronghold", "strongholds",
     "locations", "sites", "buildings", "landmarks", "premises"}
)  # fmt: skip


def _an_example_of_a_place(head: Token) -> bool:
    """A name given as an example of a kind of place ("opposition strongholds such as X",
    "towns like X and Y", "districts including X"): one of those places."""
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("as", "like", "including"):
        return False
    if prep.lower_ == "as" and not any(t.lower_ == "such" for t in prep.children):
        return False
    return prep.head.lower_ in PLACE_KINDS


def _written_as_a_place(span: Span) -> bool:
    """ "Hadramout" in a report that writes "Wadi Hadramout" or "the Hadramout valley"
    elsewhere: a report's short form of a place it names in full is that place. (Read by
    string search over the report's text: a pattern compiled per name cost more than the
    whole component did.)"""
    text, name = doc_text(span.doc), span_text(span)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        )
        if whole and (_word_before(text, at).lower() in ARABIC_PLACE_WORDS or (
            _word_after(text, end) in AREA_NOUNS
        )):  # fmt: skip
            return True
        at = text.find(name, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` across white space ("" when none)."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == at:
        return ""
    k = j
    while k > 0 and _word_char(text[k - 1]):
        k -= 1
    return text[k:j]


def _word_after(text: str, end: int) -> str:
    """The word right after ``end`` across white space ("" when none)."""
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    if j == end:
        return ""
    k = j
    while k < len(text) and _word_char(text[k]):
        k += 1
    return text[j:k]


def shortens_a_common_noun(span: Span) -> bool:
    """ "5,150 megawatts (MW)", "extrajudicial killings (EJKs)": a capitalised word in
    brackets right after a lowercase word is the short form of a common noun (a unit, a
    thing), not a name (a name's short form follows the name: "the Rapid Support Forces
    (RSF)")."""
    doc = span.doc
    i, j = span.start, span.end
    if len(span) != 1 or i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    before = doc[i - 2]
    return before.is_alpha and before.is_lower and span.text[:1].isupper()


def _along(head: Token) -> bool:
    """ "clashes along the Durand Line": the object of "along" (not "along with")."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "along"


def _listed_with_a_place(head: Token, span: Span) -> bool:
    """ "Khyber Pakhtunkhwa and Balochistan": a conjunct of a place the gazetteer knows."""
    places = gazetteer()
    others = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ == "conj":
        others.append(head.head)
    for tok in others:
        if span.start <= tok.i < span.end:
            continue
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        if tok.text[:1].isupper() and fold(name) in places:
            return True
    return False


BOUNDARY_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def across_a_border(head: Token) -> bool:
    """The state on a border's other side ("the border with Saudi Arabia", "its frontier
    with Oman"): a line on the map, not the state acting."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    with_ = tok.head
    before = with_.doc[with_.i - 1] if with_.i else with_
    return with_.head.lower_ in BOUNDARY_NOUNS or before.lower_ in BOUNDARY_NOUNS


# Nouns of unrest or a dispute that a state's name before them locates or names the subject
# of ("the Togo protests", "amid Syria Druze clashes", "a Taiwan row"): the state is where it
# happens or what it is about, not a side (sides are joined: "Afghanistan-Pakistan clashes").
UNREST_NOUNS = frozenset(
    {"protest", "protests", "clash", "clashes", "unrest", "riot", "riots", "demonstration",
     "demonstrations", "uprising", "turmoil", "row"}
)  # fmt: skip
JOINERS = frozenset({"-", "–", "and", "&", "/", ","})


def scene_of_unrest(span: Span) -> bool:
    """A state's name modifying a noun of unrest, alone or before other names ("Syria Druze
    clashes"), and not joined to another side by a hyphen, "and" or a comma."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text in JOINERS:
        return False
    i = span.end
    while i < len(doc) and i < span.end + 2 and doc[i].text.istitle():
        if doc[i].lower_ in UNREST_NOUNS:
            break
        i += 1
    if i >= len(doc) or doc[i].text in JOINERS:
        return False
    noun = doc[i]
    return noun.lower_ in UNREST_NOUNS and noun.pos_ in ("NOUN", "PROPN")


# A compass word and a continent's adjective before a word for a country describe where the
# country lies ("the Central African nation", "the South American country"), even when the
# pair is also a state's demonym ("Central African" of the Central African Republic).
COMPASS = frozenset(
    {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "southeast", "southwest", "northeast", "northwest"}
)  # fmt: skip
CONTINENTAL = frozenset({"african", "american", "asian", "european"})
COUNTRY_NOUNS = frozenset({"nation", "country", "state", "kingdom", "island", "archipelago"})


def region_of_a_country(span: Span) -> bool:
    """ "the Central African nation": a region's adjective describing a country (see above)."""
    doc = span.doc
    if len(span) != 2 or span.end >= len(doc):
        return False
    return (
        span[0].lower_ in COMPASS
        and span[1].lower_ in CONTINENTAL
        and doc[span.end].lower_ in COUNTRY_NOUNS
    )


# Capitalised words of an area a state's name closes with "of" ("the Kurdistan Region of
# Iraq", "Khost Province of Afghanistan"): the area's own name, the state a place in it.
NAMED_AREAS = frozenset({"region", "province", "governorate", "district", "county", "oblast"})


def named_area_of(span: Span) -> bool:
    """A state's name closing an area's name after "of", the area's word capitalised and
    after a name of its own ("the Kurdistan Region of Iraq"; "the Government of Iraq" and
    "the Region of Iraq" alone name no area)."""
    doc = span.doc
    i = span.start
    return (
        i >= 3
        and doc[i - 1].lower_ == "of"
        and doc[i - 2].lower_ in NAMED_AREAS
        and doc[i - 2].text[:1].isupper()
        and doc[i - 3].text[:1].isupper()
        and doc[i - 3].is_alpha
        and not doc[i - 3].is_stop
    )
