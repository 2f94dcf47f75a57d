"""Communities as group actors: a people's name (a community, a sect, a tribe: "Alawite",
"Druze", "Rohingya", "Bedouin") right before a plural noun of its people ("the Alawite
community", "Druze fighters", "Rohingya refugees", "Bedouin tribes", "armed Druze groups") is
one mention of a group of people (GUIDELINES: a group of people is an actor, type GROUP), not
a person named "Alawite", a body named "Rohingya" or a place. A state's demonym ("Syrian
forces", "Pakistani soldiers") is left to the group nouns of the knowledge base (see
``spans.group_spans``), and a name the knowledge base knows keeps its own reading.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from sitroom.article import Mention
from sitroom.nlp import doc_ents, sent_ents
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold, key
from sitroom.nlp.actors.linker import slug
from sitroom.util import fastyaml

COMMUNITY = "COMMUNITY"  # a candidate label (see ``community_spans``)

# Plural nouns of a community's people, living as civilians.
CIVILIAN_NOUNS = frozenset(
    {"community", "communities", "minority", "minorities", "civilians", "refugees",
     "villagers", "residents", "families", "tribes", "clans", "people", "women", "children",
     "worshippers", "pilgrims", "elders", "notables"}
)  # fmt: skip
# Plural nouns of its armed men ("Druze fighters", "Bedouin gunmen"); "groups" and
# "factions" only after "armed" ("armed Druze groups", "Druze armed factions").
ARMED_NOUNS = frozenset(
    {"fighters", "militias", "militiamen", "gunmen", "insurgents", "rebels", "tribesmen"}
)
ARMED_COLLECTIVES = frozenset({"groups", "factions", "men"})
# Labels the recognizer gives a people's name before such a noun (it reads "Alawite" as a
# person, "Rohingya" as a body or a people).
NAME_LABELS = frozenset({"NORP", "PERSON", "ORG"})


def _a_peoples_name(span: Span, kb: KnowledgeBase) -> bool:
    """One or two capitalised words the knowledge base knows as no state's demonym, no
    state's capital and no actor."""
    if not 1 <= len(span) <= 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return False
    if any(fold(t.text) in kb.demonym for t in span):
        return False
    return key(span.text) not in kb.metonym and not kb.lookup(span.text)


def community_span(span: Span) -> Span | None:
    """The phrase a people's name opens or closes: the name, an optional "armed" and a
    plural noun of its people written in lower case after it ("Rohingya refugees", "Druze
    armed factions"); "armed" before the name joins it ("armed Druze groups")."""
    doc = span.doc
    end = span.end
    armed = end < len(doc) and doc[end].lower_ == "armed"
    end += armed
    if end >= len(doc) or not doc[end].is_lower:
        return None
    noun = doc[end].lower_
    before = span.start > 0 and doc[span.start - 1].lower_ == "armed"
    if noun in CIVILIAN_NOUNS and not armed:
        return doc[span.start : end + 1]
    if noun in ARMED_NOUNS or (noun in ARMED_COLLECTIVES and (armed or before)):
        return doc[span.start - before : end + 1]
    return None


def community_spans(doc: Doc, kb: KnowledgeBase) -> list[tuple[Span, str]]:
    """The community phrases of a document, from the names the recognizer found."""
    out: list[tuple[Span, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in NAME_LABELS or not _a_peoples_name(ent, kb):
            continue
        phrase = community_span(ent)
        if phrase is None:
            continue
        before = phrase.start - 1
        if before >= 0 and fold(doc[before].text) in kb.demonym:  # "Turkish Kurd refugees"
            phrase = doc[before : phrase.end]
        out.append((phrase, COMMUNITY))
    return out


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def land_of(span: Span, state_code: Callable[[str], str | None]) -> str | None:
    """The state of the community: a state's demonym opening the phrase ("Turkish Kurd
    refugees"), else the place its sentence puts it in ("Druze
    fighters in the southern city of Sweida"): a place after "in", the nearest after the
    phrase first; ``state_code`` gives a place's state. Refugees are in a land not theirs
    ("Rohingya refugees in Bangladesh"): only a demonym places them."""
    own = state_code(span[0].text) if span[0].text[:1].isupper() else None
    if own is not None:
        return own
    if span[-1].lower_ == "refugees":
        return None
    places = [
        e
        for e in sent_ents(span.sent)
        if e.label_ in PLACE_ENTS and e.root.dep_ == "pobj" and e.root.head.lower_ == "in"
    ]
    places.sort(key=lambda e: (e.start < span.start, abs(e.start - span.start)))
    return next((c for e in places if (c := state_code(e.text)) is not None), None)


def sector_of(span: Span) -> str:
    """REB for a community's armed men, CVL for its people."""
    noun = span[-1].lower_
    armed = any(t.lower_ == "armed" for t in span)
    return "REB" if noun in ARMED_NOUNS or armed else "CVL"


def community_mention(span: Span, country: str | None) -> Mention:
    """The phrase as one group actor, named as written, of the state the report is on."""
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        type="GROUP",
        actor_id=f"local:group:{slug(span.text)}",
        canonical=span.text,
        country=country,
        sector=sector_of(span),
        confidence=0.3,
    )


def share_land(found: list[Mention]) -> None:
    """A community's phrases whose sentence placed it nowhere take the state another phrase
    of the same people in the report was placed in ("Druze civilians in southern Syria" ...
    "Israel struck Druze fighters")."""
    land: dict[str, str] = {}
    for m in found:
        if m.country:
            land.setdefault(_people(m.text), m.country)
    for m in found:
        m.country = m.country or land.get(_people(m.text))


def _people(text: str) -> str:
    """The people's name of a phrase: its first capitalised word ("armed Druze groups")."""
    return next((w for w in text.split() if w[:1].isupper()), text)


@lru_cache(maxsize=1)
def home_states() -> dict[str, tuple[str, ...]]:
    """Folded names of peoples with no state of their own -> the states they live in
    (kb/data/peoples.yaml: "Rohingya" -> MMR, "Druze" -> SYR, LBN, ISR)."""
    data = resources.files("sitroom.nlp.actors.kb").joinpath("data", "peoples.yaml")
    homes: dict[str, tuple[str, ...]] = {}
    for entry in fastyaml.safe_load(data.read_text(encoding="utf-8")) or []:
        states = tuple(str(c) for c in entry.get("homes") or ())
        for name in (entry["name"], *(entry.get("aliases") or ())):
            homes[fold(str(name))] = states
    return homes


def home_of(text: str, dominant: str | None) -> str | None:
    """The state of a community phrase nothing in the report placed: the report's state
    when its people lives there ("Druze fighters" in a report on Lebanon), else its
    people's only home state ("Rohingya refugees" in a report on Bangladesh are of
    Myanmar); a people of several states elsewhere is of none of them; a people the data
    does not list is of the report's state."""
    homes = home_states().get(fold(_people(text)))
    if homes is None or dominant in homes:
        return dominant
    return homes[0] if len(homes) == 1 else None
