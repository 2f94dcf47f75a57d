"""``sitroom_events_v1``: who did what to whom, coded in PLOVER 2.0, dated and placed.

The event verb lexicon (lemma -> PLOVER event, mode) is data in ``event_verbs.yaml``.
Actor and recipient come from the syntax: subject (or agent of a passive), object,
"with"/"to"/"against"/"on" phrases, and conjuncts ("X and Y"). Negated and hypothetical
events are kept but flagged, so they are never counted as having happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Token

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import ActorRef, Event, Location, Mention
from sitroom.article import Span as TextSpan
from sitroom.nlp.dates import resolve_date

RECIPIENT_PREPS = {"with", "to", "against", "on", "from", "for", "toward", "towards", "at"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "can"}
HYPOTHETICAL_MARK = {"if", "unless", "whether"}


@dataclass(frozen=True, slots=True)
class VerbSense:
    event: str
    mode: str | None
    prep: str | None  # a required particle or preposition ("call for")
    noun: bool = False  # an event noun ("talks", "sanctions") rather than a verb


def load_verbs() -> dict[str, list[VerbSense]]:
    text = resources.files("sitroom.nlp").joinpath("event_verbs.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    out: dict[str, list[VerbSense]] = {}
    for event, entries in data["events"].items():
        for entry in entries:
            word = str(entry.get("verb") or entry.get("noun"))
            lemma, _, prep = word.partition(" ")
            out.setdefault(lemma, []).append(
                VerbSense(
                    event=event, mode=entry.get("mode"), prep=prep or None, noun="noun" in entry
                )
            )
    return out


@Language.factory(
    "sitroom_events_v1",
    requires=["doc._.mentions", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder(load_verbs())


class EventCoder:
    def __init__(self, verbs: dict[str, list[VerbSense]]) -> None:
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.mentions or []
        events: list[Event] = []
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN") or tok.lemma_.lower() not in self.verbs:
                continue
            sense = self._sense(tok)
            if sense is None:
                continue
            event = self._event(doc, tok, sense, mentions)
            if event is not None:
                events.append(event)
        doc._.events = events
        return doc

    def _sense(self, verb: Token) -> VerbSense | None:
        senses = self.verbs[verb.lemma_.lower()]
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "dative")}
        nxt = verb.nbor(1).lower_ if verb.i + 1 < len(verb.doc) else ""
        for sense in senses:
            if sense.prep and (sense.prep in particles or sense.prep == nxt):
                return sense
        plain = [s for s in senses if s.prep is None and s.noun == (verb.pos_ == "NOUN")]
        if verb.pos_ == "NOUN" and verb.dep_ not in ("dobj", "pobj", "nsubj"):
            return None
        return plain[0] if plain else None

    def _event(
        self, doc: Doc, verb: Token, sense: VerbSense, mentions: list[Mention]
    ) -> Event | None:
        sent = verb.sent
        anchor_tok = verb
        if verb.pos_ == "NOUN":  # "held talks with", "the meeting between X and Y"
            between = _between(verb)
            governor = verb.head.head if verb.dep_ == "pobj" else verb.head
            if between:
                actors = self._refs(doc, between[:1], mentions, conj=False)
                recipients = self._refs(doc, between[1:], mentions, conj=False)
            else:
                actors = self._refs(doc, _subjects(governor), mentions)
                recipients = self._refs(doc, _preps(verb), mentions)
        else:
            actors = self._refs(doc, _subjects(verb), mentions)
            recipients = self._refs(doc, _objects(verb), mentions)
        if not actors and not recipients:
            return None
        if sense.event in SYMMETRIC and len(actors) > 1 and not recipients:
            # "The US and Russia held talks": the first named acts, the others receive
            actors, recipients = actors[:1], actors[1:]
        negated = any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("xcomp", "ccomp")
        )
        hypothetical = any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children
        ) or any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARK for c in verb.children)
        location = self._location(doc, sent.start_char, sent.end_char, mentions, actors, recipients)
        confidence = 0.5 + 0.2 * bool(actors) + 0.2 * bool(recipients)
        return Event(
            type=sense.event,
            mode=sense.mode,
            anchor=TextSpan(anchor_tok.idx, anchor_tok.idx + len(anchor_tok.text), anchor_tok.text),
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            actor=actors,
            recipient=recipients,
            date=resolve_date(sent.text, doc._.published),
            location=location,
            negated=negated,
            hypothetical=hypothetical,
            confidence=round(confidence - 0.3 * (negated or hypothetical), 3),
        )

    def _refs(
        self, doc: Doc, heads: list[Token], mentions: list[Mention], *, conj: bool = True
    ) -> list[ActorRef]:
        refs: list[ActorRef] = []
        seen: set[str] = set()
        for head in heads:
            for tok in [head, *(_conjuncts(head) if conj else [])]:
                subtree = [t for t in tok.subtree if conj or t.dep_ not in ("conj", "cc")]
                if not conj:
                    subtree = [t for t in subtree if t.i <= tok.i or t.head.i == tok.i]
                start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
                inside = [m for m in mentions if start <= m.start and m.end <= end]
                # prefer the mention that is the phrase's head, then people, then any
                own = [m for m in inside if m.start <= tok.idx < m.end] or inside[:1]
                for m in own:
                    ident = m.actor_id or m.text
                    if ident in seen:
                        continue
                    seen.add(ident)
                    refs.append(ActorRef(m.text, m.actor_id, m.canonical, m.country, m.sector))
        return refs

    def _location(
        self,
        doc: Doc,
        start: int,
        end: int,
        mentions: list[Mention],
        actors: list[ActorRef],
        recipients: list[ActorRef],
    ) -> Location | None:
        used = {r.text for r in actors + recipients}
        for m in mentions:
            if start <= m.start < end and m.type == "GPE" and m.text not in used:
                before = doc.text[max(start, m.start - 4) : m.start].lower()
                if "in " in before or "at " in before:
                    return Location(m.text, m.country)
        return None


def _subjects(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
    agent = [
        gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"
    ]
    if subj or agent:
        return subj + agent
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)
    return []


def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass", "attr")]
    out.extend(_preps(verb))
    for c in verb.children:
        if c.dep_ == "dobj":
            out.extend(_preps(c))
    return out


def _preps(tok: Token) -> list[Token]:
    return [
        gc
        for c in tok.children
        if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS
        for gc in c.children
        if gc.dep_ == "pobj"
    ]


def _between(noun: Token) -> list[Token]:
    """The parties of "a meeting between X and Y": [X, Y]."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for gc in c.children:
                if gc.dep_ == "pobj":
                    return [gc, *_conjuncts(gc)]
    return []


def _conjuncts(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "conj"]
