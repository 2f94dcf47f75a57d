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
from sitroom.article import ActorRef, Event, Location
from sitroom.article import Span as TextSpan
from sitroom.kb import KnowledgeBase, load_kb
from sitroom.nlp.dates import resolve_date
from sitroom.nlp.event_actors import ActorFinder, Indexed, conjuncts, noun_phrase
from sitroom.nlp.event_syntax import (
    FUTURE_AUX,
    between_below,
    clause_head,
    clause_tokens,
    conditional,
    deontic_clause,
    embedding_level,
    governor_of,
    intended,
    noun_arguments,
    passive_subject,
    pattern_context,
    phrase_text,
    prep_objects,
    said_subjects,
    verb_arguments,
    verb_chain,
)
from sitroom.nlp.plover import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    THREAT_MODE,
    Code,
    Lexicon,
    load_lexicon,
)

log = logging.getLogger(__name__)

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "from", "into"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MODAL_AUX = frozenset({"could", "might", "may", "can", "should", "ought"})
CONDITION_MARK = frozenset({"if", "unless", "whether"})
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
CROWD_EVENTS = {
    "strike": "strike",
    "block": "obstruct",
    "blockade": "obstruct",
    "protest": "demo",
    "march": "demo",
    "shun": "strike",
    "boycott": "boycott",
    "occupy": "obstruct",
}
# Heads that make an event noun before them the event ("mediation mission", "aid effort").
GENERIC_HEADS = frozenset(
    {"mission", "effort", "process", "round", "initiative", "operation", "campaign", "drive"}
)
# Verbal events whose recipient may be the subject of what is said ("demands that X ...").
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "THREATEN", "CONCEDE"})


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
    dropped: bool = False
    crowd: str | None = None  # "Hundreds of people": coded by where they are
    victims: str | None = None  # "killed 23 people": the people of the place
    site: Token | None = None  # where a noun's arguments hang ("mediation mission")
    future: bool = False  # announced, not yet done: its date lies ahead

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
    return build_event_coder(nlp, user_file)


@Language.factory(
    "sitroom_events_v1",
    requires=["doc._.mentions", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
    default_config={"user_file": ""},
)
def make_event_coder_v1(nlp: Language, name: str, user_file: str) -> EventCoder:
    """The old name, kept until the pipeline asks for v2 by name; it builds the v2 coder."""
    return build_event_coder(nlp, user_file)


def build_event_coder(nlp: Language, user_file: str = "") -> EventCoder:
    """The coder, sharing the knowledge base of the actor linker already in ``nlp``."""
    kb: KnowledgeBase | None = None
    for _, proc in nlp.pipeline:
        found = getattr(proc, "kb", None)
        if isinstance(found, KnowledgeBase):
            kb = found
    return EventCoder(load_lexicon(), kb if kb is not None else load_kb(user_file))


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

    def candidates(self, sent: Span, index: Indexed) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma != "be"):
                if not self.lexicon.has_verb(lemma) or tok.dep_ in ("amod", "compound"):
                    continue
                if lemma in self.lexicon.report_verbs and any(
                    k.dep_ == "ccomp" for k in tok.children
                ):
                    continue  # "warned that the deal would not work": what is said counts
                after = pattern_context(tok)
                before = [t for t in tok.subtree if t.i < tok.i]
                hit = self.lexicon.verb(tok, after, before)
                if hit is None:
                    continue
                out.append(Candidate(tok, hit.code, hit.specific, noun=False))
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "poss"):
                site = tok
                if tok.dep_ == "compound":
                    if tok.head.lemma_.lower() not in GENERIC_HEADS:
                        continue
                    site = tok.head  # "a mediation mission between X and Y"
                named = index.at(tok)
                if named is not None and named.type in ("ORG", "GPE", "PERSON"):
                    continue  # "Asia-Pacific Economic Cooperation" is a name, not an event
                code = self.lexicon.noun(tok)
                if code is None:
                    continue
                out.append(Candidate(tok, code, False, noun=True, site=site))
        return out

    # -- one sentence -------------------------------------------------------------------------

    def code_sentence(self, doc: Doc, sent: Span, index: Indexed) -> list[Event]:
        cands = self.candidates(sent, index)
        covered = {clause_head(c.tok).i for c in cands if not c.noun}
        for tok in sent:
            # "declared that China must drop barriers": a demand, whatever is demanded
            if tok.pos_ in ("VERB", "AUX") and tok.i not in covered and deontic_clause(tok) is tok:
                cands.append(Candidate(tok, Code("REQUEST"), False, noun=False))
        if not cands:
            return []
        by_tok = {c.tok.i: c for c in cands}
        for c in cands:
            self._roles(c, index)
            self._crowd(c)
            self._flags(c)
            c.level = embedding_level(c.tok, by_tok.keys(), self.lexicon)
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
            actor_heads, recipient_heads = noun_arguments(c.site or tok)
            between = [h for h in recipient_heads if h.head.lower_ == "between"]
            if not between:  # "the meeting at the Kremlin between X and Y"
                between = between_below(c.site or tok)
                if between:
                    recipient_heads = between
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
            subjects, agents, objects = verb_arguments(tok)
            if agents:
                c.actors = finder.refs(agents, index)
                c.recipients = finder.refs(subjects + objects, index)
            elif passive_subject(tok) and tok.lemma_.lower() in self.lexicon.stative_passives:
                # "Israel is opposed to ...": the subject holds the attitude
                c.actors = finder.refs(passive_subject(tok), index)
                c.recipients = finder.refs(objects[len(passive_subject(tok)) :], index)
            else:
                if c.event == "ACCUSE":
                    # "complained to the UN over Israeli raids": the accused, not the addressee
                    accused = [o for o in objects if o.head.lower_ != "to"]
                    objects = accused or objects
                c.actors = finder.refs(subjects, index)
                c.recipients = finder.refs(objects, index)
            if not c.recipients:
                # "donated and delivered goods to X": coordinated verbs share the recipient
                partners = [k for k in tok.children if k.dep_ == "conj" and k.pos_ == "VERB"]
                if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                    partners.append(tok.head)
                for partner in partners:
                    c.recipients = finder.refs(
                        prep_objects(partner, {"to", "with", "against"}), index
                    )
                    if c.recipients:
                        break
            if not c.actors and subjects and self._crowd_noun(subjects[0]):
                c.crowd = phrase_text(subjects[0])
            if not c.recipients:
                victims = [o for o in objects if self._crowd_noun(o) and o.dep_ == "dobj"]
                if victims:
                    c.victims = phrase_text(victims[0])
            complement = tok
            for _ in range(2):
                # "threatened to cut off electricity to Nakhichevan": the recipient of
                # what is threatened, refused or demanded
                if c.recipients:
                    break
                xcomps = [k for k in complement.children if k.dep_ == "xcomp"]
                if not xcomps:
                    break
                complement = xcomps[0]
                _, _, inner = verb_arguments(complement)
                c.recipients = finder.refs(inner, index)
        if not c.recipients and c.event in VERBAL:
            c.recipients = finder.refs(said_subjects(c.site or tok), index)
        if c.code.swap:
            c.actors, c.recipients = c.recipients, c.actors
        actor_keys = {(a.country, a.text) for a in c.actors}
        c.recipients = [r for r in c.recipients if (r.country, r.text) not in actor_keys]

    def _crowd(self, c: Candidate) -> None:
        """ "Workers strike", "demonstrators blocked roads": a protest, not a measure."""
        lemma = c.tok.lemma_.lower()
        if c.noun or lemma not in CROWD_EVENTS:
            return
        subjects, _, _ = verb_arguments(c.tok)
        crowd = any(self._crowd_noun(s) for s in subjects) or any(
            a.sector in CROWD_SECTORS for a in c.actors
        )
        if crowd:
            c.event, c.mode = "PROTEST", CROWD_EVENTS[lemma]
        elif lemma == "protest":
            c.event, c.mode = "ACCUSE", "disapprove"

    def _crowd_noun(self, tok: Token) -> bool:
        """ "Workers", "thousands", "Palestinians" (a people, plural): a crowd."""
        if tok.lemma_.lower() in self.lexicon.crowd_nouns or tok.like_num:
            return True
        return tok.tag_ in ("NNPS", "NNS") and tok.ent_type_ == "NORP"

    def _flags(self, c: Candidate) -> None:
        tok = c.tok
        chain = verb_chain(tok)
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
                (k.dep_ == "aux" and k.lower_ in MODAL_AUX)
                or (k.dep_ == "mark" and k.lower_ in CONDITION_MARK)
                for k in head.children
            )

    # -- structure of the sentence --------------------------------------------------------

    def _structure(self, c: Candidate, by_tok: dict[int, Candidate], index: Indexed) -> None:
        tok = c.tok
        chain = verb_chain(tok)
        aux = {k.lower_ for v in chain for k in v.children if k.dep_ in ("aux", "auxpass")}
        intent = bool(aux & FUTURE_AUX) or intended(tok, self.lexicon)
        if c.noun:
            # "would tighten the blockade": the intention is the governing verb's
            governor = tok.head
            intent = (
                tok.dep_ == "dobj"
                and governor.i not in by_tok
                and (
                    any(k.dep_ == "aux" and k.lower_ in FUTURE_AUX for k in governor.children)
                    or intended(governor, self.lexicon)
                )
            )
        if tok.lemma_.lower() == "protest" and tok.dep_ in ("advcl", "xcomp") and not c.noun:
            # "shunned work to protest ...": the action is the protest
            main = by_tok.get(tok.head.i)
            if main is None or main.event == "PROTEST":
                c.event = "PROTEST"
                c.mode = main.mode if main is not None else c.mode
                c.level = max(0, c.level - 1)
                if main is not None:
                    main.dropped = True
                return
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
        c.future = intent
        if intent:
            if c.negated and c.event in COOPERATIVE:
                c.event, c.mode = "REJECT", ASK_MODE.get(c.event)  # "will not meet"
                c.negated = False
            elif c.event in MATERIAL_CONFLICT and not c.negated:
                c.event, c.mode = "THREATEN", _threat_mode(c)
            elif c.event in COOPERATIVE - {"AGREE"} and not c.negated:
                c.mode = None if c.event != "RETREAT" else c.mode
                c.event = "AGREE"
            c.hypothetical = False
        elif c.hypothetical and c.event in MATERIAL_CONFLICT and conditional(tok):
            # "may halt mediation if ..." by the actor itself: a conditional threat
            c.event, c.mode, c.hypothetical = "THREATEN", _threat_mode(c), False
        clause = None if c.noun else deontic_clause(tok)
        if clause is not None:
            self._demand(c, clause, index)

    def _demand(self, c: Candidate, clause: Token, index: Indexed) -> None:
        """ "X said Y must Z": X's REQUEST to Y; Z has not happened."""
        reporter = clause.head
        if reporter.pos_ in ("NOUN", "PROPN"):  # "a reminder to Iraq that it must ..."
            subjects, _ = noun_arguments(reporter)
        else:
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
        """One event per type where a verb and its noun say the same ("staged a protest"),
        or two nouns under one verb ("staged a hunger strike in protest against X")."""
        for c in cands:
            if not c.noun or c.dropped:
                continue
            for other in cands:
                if other is c or other.dropped or not other.noun or other.event != c.event:
                    continue
                if governor_of(other.tok).i == governor_of(c.tok).i and other.tok.i > c.tok.i:
                    c.recipients = c.recipients or other.recipients
                    c.mode = c.mode or other.mode
                    other.dropped = True
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
            and (
                c.event in PLACE_IS_RECIPIENT
                or c.code.event in PLACE_IS_RECIPIENT
                or c.mode == "visit"
            )
        ):
            recipients = [ActorRef(location.text, None, None, location.country, None)]
        if location is not None and location.country:
            # civilians without a country of their own are the people of the place
            actors = [_located_ref(r, location) for r in actors]
            recipients = [_located_ref(r, location) for r in recipients]
            if not actors and c.crowd:
                actors = [ActorRef(c.crowd, None, None, location.country, "CVL")]
            if not recipients and c.victims:
                recipients = [ActorRef(c.victims, None, None, location.country, "CVL")]
        mode = c.mode
        if mode is None and c.event in self.lexicon.modes:
            mode = self.lexicon.mode_from_words(c.event, [t.lower_ for t in sent])
        confidence = 0.62 + 0.08 * c.specific + 0.12 * bool(actors) + 0.06 * bool(recipients)
        confidence -= 0.2 * min(c.level, 3) + 0.04 * c.noun
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
            date=resolve_date(
                sent.text, doc._.published, anchor=tok.idx - sent.start_char, future=c.future
            ),
            location=location,
            negated=c.negated,
            hypothetical=c.hypothetical,
            confidence=round(max(0.05, min(0.99, confidence)), 3),
        )

    def _location(self, sent: Span, c: Candidate, index: Indexed) -> Location | None:
        used = {r.text for r in c.actors + c.recipients}
        best: tuple[int, Location] | None = None
        for tok in clause_tokens(c.tok):
            if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
                continue
            m = index.at(tok)
            if m is None:  # "in Montenegro province"
                named = [
                    index.at(k) for k in tok.children if k.dep_ in ("compound", "amod", "appos")
                ]
                m = next((n for n in named if n is not None and n.type == "GPE"), None)
            if m is None or m.type != "GPE" or m.text in used:
                continue
            country = self.finder.mention_country(m)
            if country is None:
                for t in noun_phrase(tok):
                    other = index.at(t)
                    if other is not None and other != m and other.country:
                        country = other.country
                        break
                    if other is None:
                        country = country or self.finder.word_country(t)
            distance = abs(tok.i - c.tok.i)
            if best is None or distance < best[0]:
                best = (distance, Location(m.text, country))
        return best[1] if best else None


def _located_ref(ref: ActorRef, location: Location) -> ActorRef:
    if ref.country is None and ref.sector == "CVL":
        return ActorRef(ref.text, ref.actor_id, ref.canonical, location.country, ref.sector)
    return ref


def _threat_mode(c: Candidate) -> str | None:
    if c.event == "COERCE":
        return THREATEN_MODES.get(c.mode or "", "restrict")
    if c.event == "SANCTION" and c.mode == "expel":
        return "expel"
    return THREAT_MODE.get(c.event)


__all__ = ["EventCoder", "make_event_coder"]
