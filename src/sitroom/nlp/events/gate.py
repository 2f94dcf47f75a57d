"""Which sentences are coded, and which coded events are shown.

Only body prose reports events: a sentence that overlaps page furniture
(``doc._.furniture``), a heading (a short line standing alone without final punctuation,
followed by more text) or a question ("Withdrawing from Europe?") is not coded.

An event is *shown* when it has a source actor and the trained filter
(:class:`EventFilter`, weights in ``event_filter.yaml`` built by
``scripts/train_event_filter.py``) judges it a reported event of its type. The filter is
a logistic regression over general features of the candidate: the dictionary's type and
the word that carries it, the word's syntax and modality, the roles found and the words
around it, so that one verb's senses ("strikes" on a city or by workers) are told apart by
what surrounds them. Events not shown stay in the record with ``shown: false``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitroom.article import ActorRef, Event
from sitroom.nlp import doc_text, span_text
from sitroom.nlp.events.roles import Candidate
from sitroom.nlp.events.sides import party_key
from sitroom.nlp.events.syntax import verb_chain
from sitroom.nlp.events.topics import ABOUT_OBJECT, governor

HEADING_WORDS = 20
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(\s|$)|[.!?][\"'”’)]*[^\w\s]*$")
FINAL_PUNCT = frozenset(".!?:;\"'”’)…")
# JSON, which YAML reads too: the package data of ``nlp/*.yaml`` ships it
FILTER_FILE = "event_filter.yaml"


def furniture_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """Sorted starts and their ends of the Doc's furniture spans (empty when none); a
    dateline only opens a prose sentence, and a standfirst reports the story's events as
    its lead does, so neither is among them."""
    spans = sorted(
        (int(s), int(e))
        for s, e, *kind in (doc._.furniture or [])
        if kind[:1] not in (["dateline"], ["standfirst"])
    )
    return [s for s, _ in spans], [e for _, e in spans]


def in_furniture(sent: Span, starts: list[int], ends: list[int]) -> bool:
    """Half the sentence or more is furniture (the parser may glue a caption or a heading
    to the sentence after it: that sentence is then mostly prose and is kept)."""
    i = bisect_right(starts, sent.end_char - 1)
    covered = sum(
        max(0, min(ends[j], sent.end_char) - max(starts[j], sent.start_char))
        for j in range(max(0, i - 8), i)
    )
    return covered * 2 >= max(1, sent.end_char - sent.start_char)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of headings: short lines of their own without final punctuation,
    followed by more text (the unfinished last line of a cut-off text is prose). The
    parser often joins a heading to the next sentence, so they are found by line."""
    out: list[tuple[int, int]] = []
    last = len(text.rstrip())
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        end = pos + len(line)
        if (
            stripped
            and stripped[-1] not in FINAL_PUNCT
            and end < last
            and len(stripped.split()) <= HEADING_WORDS
            and not SENTENCE_END.search(stripped)  # "... reinstated. / AA": prose, credited
        ):
            out.append((pos, end))
        pos = end + 1
    return out


def on_heading(pos: int, heads: list[tuple[int, int]]) -> bool:
    """Whether character ``pos`` lies on one of the ``heads`` (sorted spans)."""
    i = bisect_right(heads, (pos, 1 << 62)) - 1
    return i >= 0 and heads[i][0] <= pos < heads[i][1]


def is_heading(sent: Span) -> bool:
    """The sentence begins on a heading line."""
    return on_heading(sent.start_char, heading_lines(doc_text(sent.doc)))


def is_question(sent: Span) -> bool:
    stripped = span_text(sent).rstrip().rstrip("\"'”’)")
    return stripped.endswith("?")


def codable(sent: Span, starts: list[int], ends: list[int]) -> bool:
    """Body prose: not furniture, not a question (headings are left out by line)."""
    return not (in_furniture(sent, starts, ends) or is_question(sent))


# -- what is shown ------------------------------------------------------------------------------


def coded_source(actors: list[ActorRef]) -> bool:
    """A source the record can code: a country, an international body or a known actor
    ("rebels", "the crowd" alone name no party; on the dev reports 1 in 35 such events
    was fully right)."""
    return any(party_key(a) or (a.actor_id and not a.actor_id.startswith("local:")) for a in actors)


# Verbs that make a demand of someone ("called on X to", "urged X to", "demanded that X").
DEMAND_VERBS = frozenset({"call", "urge", "demand", "ask", "press", "appeal", "implore"})


def plain_demand(
    event: str, tok: Token, actors: list[ActorRef], recipients: list[ActorRef]
) -> bool:
    """A demand one party makes of another, told by a demand verb ("Islamabad demanded
    the Taliban act", "the UN called on Israel to"): shown whatever the filter says, as the
    words leave no doubt about the act and both sides are coded and distinct."""
    if event != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in DEMAND_VERBS:
        return False
    sources = {k for a in actors if (k := party_key(a)) is not None}
    targets = {k for r in recipients if (k := party_key(r)) is not None}
    return bool(sources) and bool(targets) and not sources & targets


def one_per_act(events: list[Event]) -> None:
    """One shown event per act: in a sentence, shown events of one type whose sources are
    the same party (or unnamed) tell one act ("struck the town, killing 12 and injuring
    30"); the surest is shown, the others are kept for recall studies."""
    shown: dict[tuple[int, str], list[frozenset[str]]] = {}
    for event in sorted(events, key=lambda e: -e.confidence):
        if not event.shown:
            continue
        parties = frozenset(k for a in event.actor if (k := party_key(a)) is not None)
        told = shown.setdefault((event.sentence_start, event.type), [])
        if any(not p or not parties or p & parties for p in told):
            event.shown = False
            continue
        told.append(parties)


CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})


COMBATANTS = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "INS"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def casualties_named(tok: Token) -> bool:
    """ "Most of the wounded were airlifted", "the dead and injured": people, no act."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in CASUALTY_VERBS:
        return False
    if tok.dep_ == "conj" and tok.head.pos_ in ("ADJ", "NOUN"):
        return tok.head.dep_ in NOMINAL_DEPS
    return tok.dep_ in NOMINAL_DEPS and any(k.dep_ == "det" for k in tok.children)


def _casualty(event: Event, doc: Doc) -> bool:
    """ "Four people were killed", "soldiers wounded in the attack": a toll (a passive
    verb of harm)."""
    span = doc.char_span(event.anchor.start, event.anchor.end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CASUALTY_VERBS:
        return False
    passive = any(k.dep_ == "auxpass" for k in tok.children)
    return passive or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "acomp"))


def _named_victims(event: Event, doc: Doc) -> list[ActorRef]:
    """The recipients its own sentence names (not those the discourse lent it)."""
    sentence = doc_text(doc)[event.sentence_start : event.sentence_end]
    return [r for r in event.recipient if r.text in sentence]


def toll_to_act(events: list[Event], doc: Doc) -> None:
    """ "Four people were killed in Israeli strikes": the toll tells the act its sentence
    names ("strikes"), which is the event shown; a toll alone stays the event when it is a
    side's ("23 soldiers were killed"), not when it counts people ("35 were injured")."""
    for event in events:
        if not _casualty(event, doc):
            continue
        victims = [r for r in _named_victims(event, doc) if r.country]
        for act in events:
            if (
                act.shown
                and not act.recipient
                and act.type == event.type
                and act.sentence_start == event.sentence_start
                and not _casualty(act, doc)
            ):
                # "five Colombian soldiers were killed in an attack by X": X's act was aimed
                # at the side the toll names
                act.recipient = list(victims)
        if not event.shown:
            continue
        acts = [
            e
            for e in events
            if e is not event
            and e.sentence_start == event.sentence_start
            and e.type == event.type
            and not (e.negated or e.hypothetical)
            and coded_source(e.actor)
            and not _casualty(e, doc)
        ]
        if acts:
            event.shown = False
            best = max(acts, key=lambda e: e.confidence)
            best.shown = True
        elif not any(party_key(r) or r.sector in COMBATANTS for r in _named_victims(event, doc)):
            event.shown = False  # "35 people were injured": a toll of no side's fighters


def unrealised_force(events: list[Event]) -> None:
    """ "They could kill him", "it can strike any point", "vowed to target the leaders":
    an act of force that has not happened is no ASSAULT (PLOVER codes material acts); said
    by its doer it is a threat, coded as THREATEN by its own verb. Kept for recall studies."""
    for event in events:
        if event.shown and event.type == "ASSAULT" and event.hypothetical and not event.negated:
            event.shown = False


INQUIRY = frozenset({"investigate", "probe", "search", "inspect", "examine", "interrogate"})


def _inquiry(event: Event, doc: Doc) -> bool:
    """An act of looking into something: coded so ("investigate"), or told by such a verb
    whatever its object made of it ("investigating the allegations" is no rejection)."""
    if event.type == "ACCUSE" and event.mode == "investigate":
        return True
    span = doc.char_span(event.anchor.start, event.anchor.end)
    return (
        event.type in ("ACCUSE", "REJECT")
        and span is not None
        and len(span) == 1
        and span[0].pos_ == "VERB"
        and span[0].lemma_.lower() in INQUIRY
    )


def domestic_inquiry(events: list[Event], doc: Doc) -> None:
    """ "Prosecutors will investigate the wrongdoings", "police searched for the fugitive": an
    inquiry is an accusation between parties only when it is aimed at another party (a
    state, a body, a group: "the agency's investigation of Iran"); one a state's authorities
    make of a person or deed at home, or of no one named, is policing, not an ACCUSE."""
    for event in events:
        if not event.shown or not _inquiry(event, doc):
            continue
        sources = {k for a in event.actor if (k := party_key(a)) is not None}
        targets = {k for r in event.recipient if (k := party_key(r)) is not None}
        if not targets - sources:
            event.shown = False


def _token(event: Event, doc: Doc) -> Token | None:
    span = doc.char_span(event.anchor.start, event.anchor.end)
    return span[0] if span is not None and len(span) == 1 else None


def reaction_to_told_act(events: list[Event], doc: Doc) -> None:
    """ "Qatar condemned the Israeli attack on Doha", after the strike was told: the act
    condemned (denied, protested) is the one told before, and the sentence reports the
    reaction; the act is shown once, where it was first told. Told first here, it stays."""
    told: set[str] = set()
    for event in sorted(events, key=lambda e: e.sentence_start):
        tok = _token(event, doc) if event.shown else None
        if tok is not None and tok.pos_ == "NOUN" and event.type in told:
            gov, _ = governor(tok)
            if gov is not None and any(
                e.shown
                and e.sentence_start == event.sentence_start
                and e.type in ABOUT_OBJECT
                and e.type != event.type
                and e.anchor.start == gov.idx
                for e in events
            ):
                event.shown = False
        if event.shown:
            told.add(event.type)


def shown_acts(events: list[Event], doc: Doc) -> None:
    """The passes over a document's coded events that settle which are shown."""
    toll_to_act(events, doc)
    unrealised_force(events)
    domestic_inquiry(events, doc)
    reaction_to_told_act(events, doc)
    one_per_act(events)


ASKED = "requested"  # context of an act asked of someone: the request is shown, not it


# -- modality ---------------------------------------------------------------------------------


def modality(c: Candidate) -> list[str]:
    """The kind of a non-factual event, for ``context``: future ("will meet"),
    conditional ("if ..."), possible ("could attack"), required ("should join"), negated."""
    chain = verb_chain(c.tok if not c.noun else (c.site or c.tok).head)
    words = {k.lower_ for v in chain for k in v.children if k.dep_ in ("aux", "mark")}
    kinds = ["future"] if c.future else []
    kinds += ["conditional"] if words & {"if", "unless", "whether"} else []
    kinds += ["required"] if words & {"should", "must", "ought"} else []
    kinds += ["possible"] if words & {"could", "might", "may", "can"} else []
    kinds += ["negated"] if c.negated else []
    kinds += [ASKED] if c.asked else []
    return kinds if (c.negated or c.hypothetical or c.future) else []


# -- features of a coded event -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventView:
    """What the filter sees of a coded candidate."""

    tok: Token
    type: str
    noun: bool
    specific: bool
    level: int
    negated: bool
    hypothetical: bool
    in_quote: bool
    actor_sectors: tuple[str, ...] = ()
    recipient_sectors: tuple[str, ...] = ()
    actor_parties: int = 0  # references that code a party (a country, a named body)
    recipient_parties: int = 0


def with_roles(view: EventView, actors: list[ActorRef], recipients: list[ActorRef]) -> EventView:
    """The view with the event's roles as they finally are."""
    return replace(
        view,
        actor_sectors=tuple(r.sector or "-" for r in actors),
        recipient_sectors=tuple(r.sector or "-" for r in recipients),
        actor_parties=sum(1 for r in actors if party_key(r)),
        recipient_parties=sum(1 for r in recipients if party_key(r)),
    )


def features(v: EventView) -> dict[str, float]:
    """Sparse binary features that generalise across topics: the type, how the word
    carries it (verb or noun, syntactic role, embedding), modality, and how complete and
    codable its roles are. Words themselves are left out: crossed with the type they fit
    the training topics (2,500 weights, out of fold no more precise than these ~130)."""
    t = v.type
    roles = f"{min(v.actor_parties, 1)}{min(len(v.actor_sectors), 1)}"
    roles += f"{min(v.recipient_parties, 1)}{min(len(v.recipient_sectors), 1)}"
    f: dict[str, float] = {
        "bias": 1.0,
        f"type={t}": 1.0,
        f"pos={'noun' if v.noun else 'verb'}": 1.0,
        f"type|pos={t}|{v.noun}": 1.0,
        f"dep={v.tok.dep_}": 1.0,
        f"level={min(v.level, 3)}": 1.0,
        "specific": float(v.specific),
        "negated": float(v.negated),
        "hypothetical": float(v.hypothetical),
        "in_quote": float(v.in_quote),
        f"roles={roles}": 1.0,
        f"type|roles={t}|{roles}": 1.0,
    }
    for s in v.actor_sectors:
        f[f"actor_sector={s}"] = 1.0
    for s in v.recipient_sectors:
        f[f"recipient_sector={s}"] = 1.0
    return f


class EventFilter:
    """A logistic regression over :func:`features`, loaded from its JSON weights."""

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls) -> EventFilter | None:
        path = resources.files("sitroom.nlp.events").joinpath(FILTER_FILE)
        if not path.is_file():
            return None
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls({str(k): float(w) for k, w in data["weights"].items()}, data["threshold"])

    def probability(self, feats: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * x for k, x in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, feats: dict[str, float]) -> bool:
        return self.probability(feats) >= self.threshold
