"""Names that stand for no actor where they stand: a place used as a location, a demonym
describing a thing, a capitalised common word. Helpers of the ``sitroom_actors_v1``
component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Span

from sitroom.nlp import doc_text, span_text
from sitroom.nlp.actors.demonyms import describes_no_actor, names_a_state_body, names_no_actor
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.actors.land import in_a_place_compound, used_as_land
from sitroom.nlp.actors.locations import (
    across_a_border,
    located,
    named_area_of,
    region_of_a_country,
    scene_of_unrest,
    shortens_a_common_noun,
)
from sitroom.nlp.actors.markets import before_a_commodity, quoted_at_a_price
from sitroom.nlp.actors.missed import titled_after_a_place
from sitroom.nlp.actors.names import after_a_posts_place
from sitroom.nlp.actors.phrases import people_as_a_noun
from sitroom.nlp.actors.territory import share_of_land
from sitroom.nlp.actors.things import (
    PLACE_LABELS,
    cut_off,
    governed_by_locative,
    inside_of,
    names_a_building,
    names_a_thing,
    site_after,
)
from sitroom.nlp.actors.usage import (
    a_teams_score,
    credited,
    dateline,
    hosts_an_event,
    listed_places,
    names_a_currency,
    seat_of_a_body,
)
from sitroom.nlp.actors.whereabouts import (
    STRONG_LOCATIVE,
    a_citys_office,
    listed_in_places,
    named_as_a_city,
    owns_a_part,
    owns_a_site,
    part_of_the_city,
    route_end,
    sent_to,
    travelled_to,
)
from sitroom.nlp.lexicon import AGENT_NOUNS, PERSON_ROLE_NOUNS

# A group noun is a role noun in the plural or a collective noun ("allies", "states").
GROUP_HEADS = {
    "allies",
    "states",
    "countries",
    "nations",
    "members",
    "capitals",
    "governments",
    "leaders",
    "officials",
    "diplomats",
    "ministers",
    "lawmakers",
    "partners",
    "authorities",
    "sources",
    "negotiators",
    "envoys",
    "troops",
    "forces",
    "representatives",
}
DESCRIPTOR_SUFFIXES = frozenset(
    {"flagged", "based", "made", "built", "owned", "registered", "born", "speaking", "style",
     "era", "origin", "bound", "listed", "headquartered", "operated", "controlled",
     "occupied", "administered", "held"}
)  # fmt: skip


def not_an_actor(
    span: Span,
    label: str,
    local: bool,
    kb_type: str,
    metonym: bool,
    is_role: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Names that stand for no actor here: a place used as a location ("in Doha", "El
    Fasher" fell), a demonym describing a thing ("Liberian-flagged", "a Yemeni port"), and
    a capitalised common word or a group nobody can identify ("Debris", "member nations")."""
    head = span.root
    if cut_off(span) or credited(span):
        return True  # "(Photo by AFP)": a picture's credit
    if (label in PLACE_LABELS or label == "NORP" or kb_type == "GPE") and (
        names_a_currency(span) or dateline(span) or a_teams_score(span)
    ):
        return True  # "the Kenyan shilling", "New Delhi: ...", "beat Zambia 1-0"
    if (label in PLACE_LABELS or label == "NORP" or kb_type == "GPE") and (
        scene_of_unrest(span) or region_of_a_country(span)
    ):
        return True  # "during Togo protests", "the Central African nation"
    if local and label in ("ORG", "PERSON") and listed_places(span):
        return True  # "Cumilla, Noakhali": a list of places run into one name
    if local and label in ("ORG", "EVENT") and head.dep_ == "dobj" and head.head.lemma_ == "attend":
        return True  # "to attend FIFA Congress in Moscow": a meeting one attends
    if local and label == "PERSON" and len(span) == 1 and _names_whose_officials(span):
        return True  # "Bougouni regional authorities": a place naming its officials
    if local and label == "PERSON" and len(span) > 1 and span[-1].lower_ in REGION_ENDS:
        return True  # "Governor X of Borno State": a state of a federation, no person
    if not local and (label in PLACE_LABELS or kb_type == "GPE") and hosts_an_event(span):
        return True  # "the 2018 Russia World Cup", "the Egypt Summit": the event's host
    if local and (label != "PERSON" or _after_article(span)) and _before_a_product(span):
        # "BrahMos missiles", "Tejas jets", "a Glock pistol", "the Zello app": a make or
        # model, not its maker (an article before a name marks no person's name)
        return True
    if local and label != "PERSON" and (before_a_commodity(span) or quoted_at_a_price(span)):
        return True  # "Brent crude", "West Texas Intermediate settled at $67": a priced thing
    if local and names_a_building(span):
        # "the Parliament building", "the 6th Division headquarters": a site (a known
        # body's building struck, "the Defense Ministry headquarters", is the body hit)
        return True
    if label != "PERSON" and site_after(span.doc, span.end):
        return True  # "rallied near the parliament complex", "at the X Foundation hospital"
    place = label in PLACE_LABELS or kb_type == "GPE"
    if place and (local or metonym) and seat_of_a_body(span):
        return True  # "the Court of Appeal, Abuja,": where the body sits
    if local and a_members_seat(span):
        return True  # "Member of Parliament for Tamale North", "Klottey Korle MP"
    if (
        local
        and governed_by_locative(head, STRONG_LOCATIVE, unknown=True)
        and not after_a_posts_place(span, is_role)  # "Consul General in Osaka Xue Jian"
        and not titled_after_a_place(span, is_role)  # "the police chief in Tete, X Y,"
    ):
        return True
    if local and located(span):
        return True  # "the al-Ghuraf area", "Wadi X", "along the Durand Line"
    if local and label == "ORG" and share_of_land(head):
        return True  # "controlling all of X": the land
    if local and shortens_a_common_noun(span):
        return True  # "megawatts (MW)"
    if local and names_a_thing(span, person=label == "PERSON"):
        return True  # "Aden", "the vessel Eternity C", "Pan-Africanism", "PCH-191"
    if label in PLACE_LABELS or kb_type == "GPE":
        if local:
            return True  # a city, region or site the KB does not know acts through people
        if governed_by_locative(head):
            return True
        if _descriptor_compound(span) and (never_acts(span) or in_a_place_compound(span)):
            return True  # "Liberian-flagged", "Chinese-made" (kept where the name acts)
        if sent_to(head) or owns_a_site(span) or route_end(head) or across_a_border(head):
            return True  # "extradited to the United States", "outside Ecuador's embassy"
        if (owns_a_part(span) or named_area_of(span)) and never_acts(span):
            return True  # "in Togo's capital", "the Kurdistan Region of Iraq"
        if used_as_land(span) and never_acts(span):
            return True  # "all of Yemen", "a ship headed to Israel"
        if label == "NORP" and names_no_actor(span, demonym=True) and never_acts(span):
            return True  # A1: "Chinese goods", "Israeli companies", "Chinese President Xi"
        if label != "NORP" and describes_no_actor(span) and never_acts(span):
            return True  # "US territory", "the US social media platform X": a thing's
        if listed_in_places(head) and never_acts(span):  # "in countries including X, Y"
            return True
        if metonym and named_as_a_city(span):  # "the capital La Paz", "the city of X"
            return True
        if metonym and a_citys_office(span):  # "Jakarta police chief X": the city's
            return True
        if metonym and (travelled_to(head) or part_of_the_city(span)):
            return True  # "to visit Tehran", "a trip to Muscat", "Maputo's neighbourhoods"
        if metonym and inside_of(head):  # "the heart of Damascus" ("the coast of
            return True  # Venezuela" keeps the state's actor reading)
        if a_states_attribute(span) and never_acts(span):
            return True  # "under Mexican law", "waving Turkish flags"
        # a capital or city that stands for a state names it only as an agent ("Minsk
        # agreements" are documents; a country's own name keeps its actor sense)
        return metonym and _describes_a_thing(span)
    if label == "NORP":  # a demonym of no known state or people ("African", "European")
        return (local and not people_as_a_noun(span)) or _describes_a_thing(span)
    if label == "GROUP":
        return local
    titles = all(is_role(t.text) for t in span) and label == "PERSON"
    titles = titles or all(t.lower_ in PERSON_ROLE_NOUNS for t in span)
    if local and label in ("PERSON", "ORG") and titles:
        return True  # "Majesty King", "Lieutenant General": a title with no name
    if local and len(span) == 1:
        return head.pos_ not in ("PROPN", "X") or head.is_stop
    return False


# Words for a member of a legislature elected for a seat: "MP for X", "X MP", "X Rep. Y".
SEAT_HOLDERS = frozenset(
    {"parliament", "mp", "mps", "mla", "mlas", "mna", "lawmaker", "legislator", "senator",
     "representative", "congressman", "congresswoman", "rep", "rep.", "sen", "sen."}
)  # fmt: skip


def a_members_seat(span: Span) -> bool:
    """The constituency a legislator sits for: "Member of Parliament for Tamale North",
    "the Klottey Korle MP", "Laguna Rep. X" (a place, not an actor)."""
    doc = span.doc
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in SEAT_HOLDERS:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None and nxt.lower_ in SEAT_HOLDERS - {"parliament"} and nxt.text[:1].isupper()
    )


def never_acts(span: Span) -> bool:
    """No other occurrence of the name in the report may act: each is itself a place
    (under a locative, a possessive before a part of the land, an area's name) or a
    demonym naming no actor (rule A1); one inside a longer name is that name's. The
    guidelines list a surface once and its actor reading wins, so a state that acts
    anywhere keeps its place occurrences as actors."""
    doc = span.doc
    text, name = doc_text(doc), span_text(span)
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if found.start() == span.start_char:
            continue
        other = doc.char_span(found.start(), found.end())
        if other is not None and (_inside_a_longer_name(other) or names_a_state_body(other)):
            continue  # "Saudi" in "Saudi Arabia", "Chinese government": surfaces of their own
        if other is None or not _a_place_where_written(other):
            return False
    return True


def _inside_a_longer_name(span: Span) -> bool:
    doc = span.doc
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return span[0].ent_iob_ == "I" or after


def _a_place_where_written(span: Span) -> bool:
    head = span.root
    if governed_by_locative(head) or sent_to(head) or route_end(head) or across_a_border(head):
        return True
    if owns_a_part(span) or owns_a_site(span) or named_area_of(span):
        return True
    if a_states_attribute(span) or _descriptor_compound(span):
        return True
    if listed_in_places(head) or describes_no_actor(span):
        return True
    return used_as_land(span) or names_no_actor(span)


def _descriptor_compound(span: Span) -> bool:
    """ "Liberian-flagged", "Dubai-based", "Chinese-made": the name describes a thing
    ("Iran-backed", "Saudi-led" keep their actor: someone backs or leads)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-":
        return False
    return doc[span.end + 1].lower_ in DESCRIPTOR_SUFFIXES


def _describes_a_thing(span: Span) -> bool:
    """A demonym or a state's name modifying a noun that is not a person, group or body
    ("a Yemeni port", "the Minsk agreements", "the Gaza ceasefire"; not "US officials")."""
    head = span.root
    if _descriptor_compound(span):
        return True
    if head.dep_ not in ("amod", "compound", "nmod") or head.head is head:
        return False
    noun = head.head
    if noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "PROPN":
        return False
    if noun.lower_ in GROUP_HEADS or noun.lower_ in AGENT_NOUNS:
        return False
    return not noun.lower_.endswith(("ers", "ists", "ians", "ors"))


# Nouns of what a state has or is, not of what it does: its laws, symbols and ways.
ATTRIBUTE_NOUNS = frozenset(
    {"law", "laws", "constitution", "flag", "flags", "anthem", "protocol", "language",
     "culture", "cuisine", "passport", "passports", "heritage", "identity", "folklore",
     "currency"}
)  # fmt: skip


def a_states_attribute(span: Span) -> bool:
    """A demonym or a state's name modifying what the state has, not what it does ("under
    Mexican law", "waving Turkish flags", "the Bulgarian constitution"): no actor. (A title
    after it, "the US president", keeps the state: annotators read it as the state's.)"""
    head = span.root
    if head.dep_ not in ("amod", "compound", "nmod") or head.head is head:
        return False
    noun = head.head
    return noun.is_lower and noun.i >= span.end and noun.lower_ in ATTRIBUTE_NOUNS


# Nouns of made things: a name the KB does not know right before one names the make or
# model ("BrahMos missiles", "Tejas jets", "Pfizer vaccine" aside: a known maker is kept).
PRODUCT_NOUNS = frozenset(
    {"missile", "missiles", "jet", "jets", "aircraft", "fighter", "fighters", "helicopter",
     "helicopters", "drone", "drones", "tank", "tanks", "rifle", "rifles", "warship",
     "warships", "frigate", "frigates", "submarine", "submarines", "vaccine", "vaccines",
     "engine", "engines", "rocket", "rockets", "howitzer", "howitzers", "launcher",
     "launchers", "vehicle", "vehicles", "smartphone", "smartphones", "car", "cars",
     "pistol", "pistols", "gun", "guns", "handgun", "handguns", "app", "apps"}
)  # fmt: skip


LOCAL_LEVELS = frozenset({"regional", "local", "provincial", "district", "municipal", "state"})


def _names_whose_officials(span: Span) -> bool:
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not nxt.text.islower():
        return False
    if nxt.lower_ in LOCAL_LEVELS:
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else nxt
    return nxt.lower_ in ("authorities", "officials", "administration", "council", "governor")


def _after_article(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an", "the")


def _before_a_product(span: Span) -> bool:
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lower_ in PRODUCT_NOUNS and nxt.text.islower()


REGION_ENDS = frozenset({"state", "province", "county", "district", "region", "prefecture"})


def demonyms_joined(span: Span, demonyms: Mapping[str, str]) -> bool:
    """ "the Tajik-Kyrgyz border": demonyms joined by a hyphen describe a thing."""
    parts = re.split(r"[-\u2013]", span.text)
    return len(parts) > 1 and all(key(p) in demonyms for p in parts)
