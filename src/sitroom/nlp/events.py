"""``sitroom_events_v2``: who did what to whom, coded in PLOVER 2.0, dated and placed.

Per sentence, every verb the lexicon (:mod:`sitroom.nlp.plover`: PETRARCH2's CAMEO verb
patterns mapped to PLOVER, under sitroom's own PLOVER 2.0 entries) or every event noun
("talks", "sanctions") is a candidate event. Its actor and recipient come from the syntax
(:mod:`sitroom.nlp.event_actors`): subject or passive agent; object, "with"/"to"/"against"
phrases, "between X and Y"; conjuncts as several actors.

The sentence's structure then adjusts the candidates, the way CAMEO's rules do:

- an intention ("will", "plans to", "is ready to", "vowed to") to cooperate is AGREE, to
  attack, sanction or coerce is THREATEN; a refusal ("will not meet", "refused to") is
  REJECT; "Y must Z", reported by X, is X's REQUEST to Y;
- a negated event ("did not attack") or a hypothetical one ("could attack", "if ...") is
  kept but flagged and scored low, so a real event in the sentence ranks above it;
- the event the sentence is about ranks first: reporting verbs ("said") are transparent,
  an event embedded under another loses to it ("refused to meet": REJECT, not CONSULT).

Each event gets the date of its sentence (:func:`sitroom.nlp.dates.resolve_date`) and the
place named in it ("in Brussels"), with the place's country.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import ActorRef, Event, Location, Mention
from sitroom.article import Span as TextSpan
from sitroom.kb import KnowledgeBase, load_kb
from sitroom.nlp.dates import resolve_date
from sitroom.nlp.event_actors import ActorFinder, Indexed, conjuncts, noun_phrase
from sitroom.nlp.plover import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    THREAT_MODE,
    Code,
    Lexicon,
    load_lexicon,
)

log = logging.getLogger(__name__)

RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "toward", "towards", "at", "upon", "into", "for", "over"}
)
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | {"of", "between", "in"}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "from", "into"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"could", "might", "may", "can", "should", "ought"})
DEONTIC_AUX = frozenset({"must", "should"})
CONDITION_MARK = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# The mode a REQUEST or REJECT takes from what is requested or rejected.
ASK_MODE = {
    "CONSULT": "meet",
    "AGREE": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "SUPPORT": "change",
}
THREATEN_MODES = {"ban": "ban", "arrest": "arrest", "deport": "expel", "expel": "expel"}
# Where the codebook's RECIPIENT of an event without one is the place it happens in.
PLACE_IS_RECIPIENT = MATERIAL_CONFLICT | {"RETREAT", "CONCEDE", "AID"}
CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REF"})
CROWD_EVENTS = {"strike": "strike", "block": "obstruct", "protest": "demo", "march": "demo"}
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "parataxis"})


@dataclass(slots=True)
class Candidate:
    tok: Token
    code: Code
    specific: bool
    noun: bool
    event: str = ""
    mode: str | None = None
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    level: int = 0
    negated: bool = False
    hypothetical: bool = False
    weak: bool = False
    dropped: bool = False

    def __post_init__(self) -> None:
        self.event = self.code.event
        self.mode = self.code.mode


@Language.factory(
    "sitroom_events_v2",
    requires=["doc._.mentions", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
    default_config={"user_file": ""},
)
def make_event_coder(nlp: Language, name: str, user_file: str) -> EventCoder:
    kb: KnowledgeBase | None = None
    if "sitroom_actors_v1" in nlp.pipe_names:
        kb = getattr(nlp.get_pipe("sitroom_actors_v1"), "kb", None)
    if kb is None:
        kb = load_kb(user_file)
    return EventCoder(load_lexicon(), kb)


@Language.factory(
    "sitroom_events_v1",
    requires=["doc._.mentions", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
    default_config={"user_file": ""},
)
def make_event_coder_v1(nlp: Language, name: str, user_file: str) -> EventCoder:
    """The old name, kept so existing pipelines build; it gives the v2 coder."""
    return make_event_coder(nlp, name, user_file)


class EventCoder:
    def __init__(self, lexicon: Lexicon, kb: KnowledgeBase | None) -> None:
        self.lexicon = lexicon
        self.finder = ActorFinder(kb, lexicon)

    def __call__(self, doc: Doc) -> Doc:
        index = Indexed.build(doc, list(doc._.mentions or []))
        events: list[Event] = []
        for sent in doc.sents:
            try:
                events.extend(self.code_sentence(doc, sent, index))
            except Exception:  # one odd parse must not lose the document
                log.exception("event coding failed on %r", sent.text[:80])
        doc._.events = events
        return doc

    # -- candidates -------------------------------------------------------------------------

    def candidates(self, sent: Span) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma != "be"):
                if not self.lexicon.has_verb(lemma) or tok.dep_ in ("amod", "compound"):
                    continue
                after = _after(tok)
                before = [t for t in tok.subtree if t.i < tok.i]
                hit = self.lexicon.verb(tok, after, before)
                if hit is None:
                    continue
                out.append(Candidate(tok, hit.code, hit.specific, noun=False))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "poss"):
                code = self.lexicon.noun(tok)
                if code is None:
                    continue
                out.append(Candidate(tok, code, False, noun=True))
        return out

    # -- one sentence -------------------------------------------------------------------------

    def code_sentence(self, doc: Doc, sent: Span, index: Indexed) -> list[Event]:
        cands = self.candidates(sent)
        if not cands:
            return []
        by_tok = {c.tok.i: c for c in cands}
        for c in cands:
            self._roles(c, index)
            self._crowd(c)
            self._flags(c)
            c.level = _level(c.tok, by_tok, self.lexicon)
        for c in cands:
            self._structure(c, by_tok, index)
        self._dedupe(cands)
        events = []
        for c in cands:
            if c.dropped:
                continue
            events.append(self._event(doc, sent, c, index))
        return events

    def _roles(self, c: Candidate, index: Indexed) -> None:
        tok = c.tok
        finder = self.finder
        if c.noun:
            actor_heads, recipient_heads = _noun_arguments(tok)
            between = [h for h in recipient_heads if h.head.lower_ == "between"]
            if between:
                parties = [p for h in between for p in conjuncts(h)]
                c.actors = finder.refs(parties[:1], index, conj=False)
                c.recipients = finder.refs(parties[1:], index, conj=False)
                others = [h for h in recipient_heads if h not in between]
                c.recipients += finder.refs(others, index)
                if not c.actors:
                    c.actors = finder.refs(actor_heads, index)
                return
            c.actors = finder.refs(actor_heads, index)
            c.recipients = finder.refs(recipient_heads, index)
        else:
            subjects, agents, objects = _verb_arguments(tok)
            if agents:
                c.actors = finder.refs(agents, index)
                c.recipients = finder.refs(subjects + objects, index)
            else:
                c.actors = finder.refs(subjects, index)
                c.recipients = finder.refs(objects, index)
        if c.code.swap:
            c.actors, c.recipients = c.recipients, c.actors
        actor_keys = {(a.country, a.text) for a in c.actors}
        c.recipients = [r for r in c.recipients if (r.country, r.text) not in actor_keys]

    def _crowd(self, c: Candidate) -> None:
        """"Workers strike", "demonstrators blocked roads": a protest, not a measure."""
        lemma = c.tok.lemma_.lower()
        if c.noun or lemma not in CROWD_EVENTS:
            return
        subjects, _, _ = _verb_arguments(c.tok)
        crowd = any(
            s.lemma_.lower() in self.lexicon.crowd_nouns or s.like_num for s in subjects
        ) or any(a.sector in CROWD_SECTORS for a in c.actors)
        if crowd:
            c.event, c.mode = "PROTEST", CROWD_EVENTS[lemma]
        elif lemma == "protest":
            c.event, c.mode = "ACCUSE", "disapprove"

    def _flags(self, c: Candidate) -> None:
        tok = c.tok
        chain = _verb_chain(tok)
        kids = [k for v in chain for k in v.children]
        aux = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")}
        c.negated = any(k.dep_ == "neg" or k.lower_ in ("never",) for k in kids) or any(
            k.lower_ == "no" and k.head.lower_ == "longer" for k in tok.subtree
        )
        marks = {k.lower_ for v in chain for k in v.children if k.dep_ == "mark"}
        c.hypothetical = bool(aux & MODAL_AUX) or bool(marks & CONDITION_MARK)
        if c.noun:
            head = tok.head
            c.hypothetical = c.hypothetical or any(
                k.dep_ == "aux" and k.lower_ in MODAL_AUX for k in head.children
            )

    # -- structure of the sentence --------------------------------------------------------

    def _structure(self, c: Candidate, by_tok: dict[int, Candidate], index: Indexed) -> None:
        tok = c.tok
        chain = _verb_chain(tok)
        aux = {k.lower_ for v in chain for k in v.children if k.dep_ in ("aux", "auxpass")}
        intent = bool(aux & FUTURE_AUX) or _intent_head(tok, self.lexicon)
        # A parent verb that is itself an event takes its mode from what it governs.
        parent = by_tok.get(tok.head.i) if tok.dep_ in ("xcomp", "ccomp", "dobj") else None
        if parent is not None and not parent.dropped:
            if parent.event in ("REQUEST", "REJECT") and parent.mode is None:
                parent.mode = ASK_MODE.get(c.event)
            elif parent.event == "AGREE" and c.event in MATERIAL_CONFLICT and not c.negated:
                parent.event = "THREATEN"  # "vowed to retaliate"
                parent.mode = _threat_mode(c)
            elif parent.event == "THREATEN" and parent.mode is None:
                parent.mode = _threat_mode(c) if c.event in MATERIAL_CONFLICT else None
        if intent and not c.noun:
            if c.negated and c.event in COOPERATIVE:
                c.event, c.mode = "REJECT", ASK_MODE.get(c.event)  # "will not meet"
                c.negated = False
            elif c.event in MATERIAL_CONFLICT and not c.negated:
                c.event, c.mode = "THREATEN", _threat_mode(c)
            elif c.event in COOPERATIVE - {"AGREE"} and not c.negated:
                c.mode = None if c.event != "RETREAT" else c.mode
                c.event = "AGREE"
            c.hypothetical = False
        elif c.hypothetical and c.event in MATERIAL_CONFLICT and _conditional(tok):
            # "may halt mediation if ..." by the actor itself: a conditional threat
            c.event, c.mode, c.hypothetical = "THREATEN", _threat_mode(c), False
        if not c.noun and c.tok.dep_ in ("ccomp", "xcomp") and _deontic(tok):
            self._demand(c, index)

    def _demand(self, c: Candidate, index: Indexed) -> None:
        """"X said Y must Z": X's REQUEST to Y; Z has not happened."""
        reporter = c.tok.head
        subjects = [k for k in reporter.children if k.dep_ in ("nsubj", "nsubjpass")]
        actors = self.finder.refs(subjects, index)
        if not actors:
            return
        c.recipients = c.actors or c.recipients
        c.actors = actors
        c.mode = ASK_MODE.get(c.event)
        c.event = "REQUEST"
        c.hypothetical = False

    def _dedupe(self, cands: list[Candidate]) -> None:
        """One event per type where a verb and its noun say the same ("staged a protest")."""
        for c in cands:
            if not c.noun or c.dropped:
                continue
            for other in cands:
                if other is c or other.dropped or other.noun:
                    continue
                if other.event == c.event and c.tok.head.i == other.tok.i:
                    other.mode = other.mode or c.mode
                    if not other.recipients:
                        other.recipients = c.recipients
                    c.dropped = True
                    break

    # -- the record ----------------------------------------------------------------------------

    def _event(self, doc: Doc, sent: Span, c: Candidate, index: Indexed) -> Event:
        tok = c.tok
        actors, recipients = c.actors, c.recipients
        if c.event in SYMMETRIC and len(actors) > 1 and not recipients:
            # "Jordan and Britain agreed": both act (PLOVER); the others are also the
            # counterpart of the first
            recipients = actors[1:]
        location = self._location(sent, c, index)
        if (
            not recipients
            and location is not None
            and location.country
            and (c.event in PLACE_IS_RECIPIENT or c.mode == "visit")
        ):
            recipients = [ActorRef(location.text, None, None, location.country, None)]
        mode = c.mode
        if mode is None and c.event in self.lexicon.modes:
            mode = self.lexicon.mode_from_words(c.event, [t.lower_ for t in sent])
        confidence = 0.62 + 0.08 * c.specific + 0.12 * bool(actors) + 0.06 * bool(recipients)
        confidence -= 0.1 * min(c.level, 4) + 0.04 * c.noun
        if c.negated or c.hypothetical:
            confidence = min(confidence - 0.3, 0.35)
        return Event(
            type=c.event,
            mode=mode,
            context=list(c.code.context),
            anchor=TextSpan(tok.idx, tok.idx + len(tok.text), tok.text),
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            actor=actors,
            recipient=recipients,
            date=resolve_date(sent.text, doc._.published),
            location=location,
            negated=c.negated,
            hypothetical=c.hypothetical,
            confidence=round(max(0.05, min(0.99, confidence)), 3),
        )

    def _location(self, sent: Span, c: Candidate, index: Indexed) -> Location | None:
        used = {r.text for r in c.actors + c.recipients}
        best: tuple[int, Location] | None = None
        for tok in sent:
            if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
                continue
            m = index.at(tok)
            if m is None or m.type != "GPE" or m.text in used:
                continue
            country = m.country
            if country is None:
                for t in noun_phrase(tok):
                    other = index.at(t)
                    if other is not None and other is not m and other.country:
                        country = other.country
                        break
                    if other is None:
                        country = country or self.finder.word_country(t)
            distance = abs(tok.i - c.tok.i)
            if best is None or distance < best[0]:
                best = (distance, Location(m.text, country))
        return best[1] if best else None


# -- syntax helpers ------------------------------------------------------------------------------


def _after(tok: Token) -> list[Token]:
    """Words after a verb in its own clause: objects and phrases, not embedded clauses."""
    out: list[Token] = []
    for child in tok.children:
        if child.i < tok.i or child.dep_ in ("conj", "cc", "ccomp", "advcl", "parataxis"):
            continue
        if child.dep_ == "punct":
            continue
        out.extend(t for t in child.subtree if t.dep_ not in ("relcl",))
    out.sort(key=lambda t: t.i)
    return out


def _verb_chain(tok: Token) -> list[Token]:
    """A verb and the verbs that carry its auxiliaries ("will be able to meet")."""
    chain = [tok]
    cur = tok
    while cur.dep_ in ("xcomp",) and cur.head is not cur:
        cur = cur.head
        chain.append(cur)
    if tok.pos_ == "NOUN" and tok.head is not tok:
        chain.append(tok.head)
    return chain


def _subjects(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")]
    subj = [s for s in subj if s.dep_ != "expl"]
    if subj:
        return subj
    if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head is not verb:
        head = verb.head
        if head.dep_ == "prep":  # "in regaining" -> the verb the phrase hangs on
            head = head.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return []
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            objects = [c for c in head.children if c.dep_ in ("dobj",)]
            if verb.dep_ == "xcomp" and objects:
                return objects  # "urged Iraq to cooperate": Iraq cooperates
            return _subjects(head)
    return []


def _verb_arguments(verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """(subjects, passive agents, objects and recipient phrases) of a verb."""
    subjects = _subjects(verb)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [
        gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"
    ]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    if passive:
        objects = passive + objects
    objects += _preps(verb, RECIPIENT_PREPS)
    for obj in [c for c in verb.children if c.dep_ == "dobj"]:
        objects += _preps(obj, {"to", "for", "against", "on", "with"})
    for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if not objects:
            objects += [k for k in comp.children if k.dep_ in ("nsubj", "nsubjpass")]
    return subjects, agents, objects


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """(actors, recipients) of an event noun: its owner or its governor's subject; its
    "with"/"against"/"between" phrases."""
    actors = [c for c in noun.children if c.dep_ == "poss"]
    actors += [
        gc for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for gc in c.children
    ]
    actors += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
    ]
    recipients = _preps(noun, NOUN_RECIPIENT_PREPS - {"in"})
    governor = noun.head
    if governor.dep_ == "prep" and governor.head is not governor:
        governor = governor.head
    if not actors and noun.dep_ in ("dobj", "pobj", "attr", "conj"):
        if governor.pos_ in ("VERB", "AUX"):
            actors = _subjects(governor)
            passive_agent = [
                gc
                for c in governor.children
                if c.dep_ == "agent"
                for gc in c.children
                if gc.dep_ == "pobj"
            ]
            actors = actors or passive_agent
            if not recipients:
                recipients = [
                    c for c in governor.children if c.dep_ == "dative"
                ] + _preps(governor, {"to", "with", "against", "on", "between"})
    if governor.pos_ in ("VERB", "AUX") and noun.dep_ in ("nsubj", "nsubjpass"):
        recipients = recipients or [c for c in governor.children if c.dep_ == "dobj"]
    return actors, recipients


def _preps(tok: Token, words: frozenset[str] | set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ not in ("prep", "dative") or c.lower_ not in words:
            continue
        for gc in c.children:
            if gc.dep_ == "pobj":
                out.append(gc)
            elif gc.dep_ == "pcomp":  # "with regard to X"
                out.extend(g for g in gc.children if g.dep_ == "pobj")
    return out


def _level(tok: Token, by_tok: dict[int, Candidate], lexicon: Lexicon) -> int:
    """How deeply an event is embedded: content verbs above it, not reporting verbs."""
    level = 0
    cur = tok
    first = True
    while cur.head is not cur:
        parent = cur.head
        lemma = parent.lemma_.lower()
        if parent.pos_ in ("VERB", "AUX") or parent.i in by_tok:
            transparent = lemma in lexicon.report_verbs and parent.i not in by_tok
            light = first and tok.pos_ in ("NOUN", "PROPN") and parent.i not in by_tok
            if not transparent and not light and lemma != "be":
                level += 1
        cur = parent
        first = False
    return level


def _intent_head(tok: Token, lexicon: Lexicon) -> bool:
    """"plans to meet", "is ready to send", "agreed to set up": an intention."""
    if tok.dep_ != "xcomp":
        return False
    head = tok.head
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ":
        return lemma in lexicon.intent_adjectives
    if lemma in lexicon.intent_verbs:
        return True
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon.intent_adjectives for c in head.children
    )


def _conditional(tok: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children
    )


def _deontic(tok: Token) -> bool:
    """"(that) Y must/should Z" or "Y has to Z"."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if aux & DEONTIC_AUX:
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "nsubj" for c in head.children
    )


def _threat_mode(c: Candidate) -> str | None:
    if c.event == "COERCE":
        return THREATEN_MODES.get(c.mode or "", "restrict")
    if c.event == "SANCTION" and c.mode == "expel":
        return "expel"
    return THREAT_MODE.get(c.event)


__all__ = ["EventCoder", "make_event_coder"]


def _unused(_: Mention) -> None:  # keep the import for type checkers of older callers
    return None
