"""``sitroom_events_v3``: who did what to whom, coded in PLOVER 2.0, dated and placed.

Per sentence, every verb the lexicon (:mod:`sitroom.nlp.events.plover`: PETRARCH2's CAMEO verb
patterns mapped to PLOVER, under sitroom's own PLOVER 2.0 entries) or every event noun
("talks", "sanctions") is a candidate event. Its actor and recipient come from the syntax
(:mod:`sitroom.nlp.events.actors`): subject or passive agent; object, "with"/"to"/"against"
phrases, "between X and Y"; conjuncts as several actors.

The sentence's structure then adjusts the candidates, the way CAMEO's rules do:

- an intention ("will", "plans to", "is ready to", "vowed to") to cooperate is AGREE, to
  attack, sanction or coerce is THREATEN; a refusal ("will not meet", "refused to") is
  REJECT; "Y must Z", reported by X, is X's REQUEST to Y, and so is "Y needs to / has to
  Z" said or quoted by X when Y is another party, or a deal ("any agreement has to ...");
- a negated event ("did not attack") or a hypothetical one ("could attack", "if ...") is
  kept but flagged and scored low, so a real event in the sentence ranks above it;
- the event the sentence is about ranks first: reporting verbs ("said") are transparent,
  an event embedded under another loses to it ("refused to meet": REJECT, not CONSULT).

Roles the sentence leaves out come from the discourse before it
(:mod:`sitroom.nlp.events.discourse`): the counterpart a directed event is aimed at, the
doer of an act told without one ("the mosque was destroyed" after "X launched strikes").

Each event gets the date of its sentence (:func:`sitroom.nlp.dates.resolve_date`) and the
place named in it ("in Brussels"), with the place's country.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import ActorRef, Event, Location
from sitroom.article import Span as TextSpan
from sitroom.nlp import doc_text, span_text
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.dates import resolve_date
from sitroom.nlp.events.actors import ActorFinder, Indexed
from sitroom.nlp.events.binding import said_clause
from sitroom.nlp.events.clauses import ClauseReader, quote_at
from sitroom.nlp.events.dedupe import dedupe
from sitroom.nlp.events.discourse import EACH_OTHER, Discourse
from sitroom.nlp.events.envoys import plain_act, recall_roles
from sitroom.nlp.events.findings import accusing_claim, accusing_claim_noun, claim_to_thing
from sitroom.nlp.events.gate import (
    ASKED,
    EventFilter,
    EventView,
    casualties_named,
    codable,
    coded_source,
    features,
    furniture_starts,
    heading_lines,
    modality,
    on_heading,
    shown_acts,
    with_roles,
)
from sitroom.nlp.events.hostilities import hostile_state
from sitroom.nlp.events.joint import joint
from sitroom.nlp.events.labels import label_code
from sitroom.nlp.events.membership import leaves_group
from sitroom.nlp.events.modality import clause_head, deontic_clause, necessity
from sitroom.nlp.events.nouns import PERPETRATE
from sitroom.nlp.events.occasions import fought_in
from sitroom.nlp.events.phrases import noun_phrase
from sitroom.nlp.events.plover import MATERIAL_CONFLICT, NOT_AN_EVENT, Code, Lexicon, load_lexicon
from sitroom.nlp.events.reprisals import THREAT, claimant, vowed_reprisal
from sitroom.nlp.events.roles import Candidate, RoleAssigner
from sitroom.nlp.events.senses import ease, refine, sent_away
from sitroom.nlp.events.severance import ends_tie
from sitroom.nlp.events.sides import party_key
from sitroom.nlp.events.summons import cancelled_visit, summons
from sitroom.nlp.events.syntax import (
    clause_tokens,
    embedding_level,
    pattern_context,
    prep_objects,
)
from sitroom.nlp.events.topics import TOPIC, topics

log = logging.getLogger(__name__)

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "from", "into", "off"})
# A show of force is held around or off the place it is aimed at ("drills around Taiwan"),
# or sent toward it ("fired rockets close to Taiwan", "jets towards the island").
FORCE_PREPS = PLACE_PREPS | {"around", "off", "toward", "towards", "to"}
# The edges of a country, where "of X" names the country the place belongs to.
EDGES = frozenset(
    {"coast", "coastline", "shore", "water", "waters", "border", "outskirts", "area", "part"}
    | {"region"}
)  # "off the coast of X", "across several areas of X"
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Acts of force: whoever they hit where they happen belongs to the place.
HARMS = frozenset({"ASSAULT", "COERCE"})
# Where the codebook's RECIPIENT of an event without one is the place it happens in.
PLACE_IS_RECIPIENT = MATERIAL_CONFLICT | {"RETREAT", "CONCEDE", "AID"}
HEADING = "in_heading"  # context of an event read off a heading line: not shown
# Heads that make an event noun before them the event ("mediation mission", "aid effort").
GENERIC_HEADS = frozenset(
    {"mission", "effort", "process", "round", "initiative", "operation", "campaign", "drive"}
    | {"state", "series", "wave", "spate"}
)


@Language.factory(
    "sitroom_events_v3",
    requires=["doc._.mentions", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
    default_config={"user_file": "", "use_filter": True},
)
def make_event_coder(nlp: Language, name: str, user_file: str, use_filter: bool) -> EventCoder:
    return build_event_coder(nlp, user_file, use_filter)


def build_event_coder(nlp: Language, user_file: str = "", use_filter: bool = True) -> EventCoder:
    """The coder, sharing the knowledge base of the actor linker already in ``nlp``;
    without ``use_filter`` every event with a source actor is shown."""
    kb: KnowledgeBase | None = None
    for _, proc in nlp.pipeline:
        found = getattr(proc, "kb", None)
        if isinstance(found, KnowledgeBase):
            kb = found
    coder = EventCoder(load_lexicon(), kb if kb is not None else load_kb(user_file))
    coder.filter = coder.filter if use_filter else None
    return coder


class EventCoder(ClauseReader):
    def __init__(self, lexicon: Lexicon, kb: KnowledgeBase | None) -> None:
        self.lexicon = lexicon
        self.finder = ActorFinder(kb, lexicon)
        self.roles = RoleAssigner(lexicon, self.finder)
        self.filter = EventFilter.load()
        self.discourse = Discourse(self.finder)
        self._views: dict[int, EventView] = {}  # the document's events as the filter saw them
        self._abouts: dict[int, str] = {}  # response events -> the type of act responded to
        # set to a dict to collect each event's filter features (the training script)
        self.recorded: dict[int, dict[str, float]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        # the states referred back to by descriptions ("the Gulf state") are parties too
        index = Indexed.build(doc, [*(doc._.mentions or []), *(doc._.descriptions or [])])
        self.finder.places = {}
        events: list[Event] = []
        starts, ends = furniture_starts(doc)
        heads = heading_lines(doc_text(doc))
        for sent in doc.sents:
            if not codable(sent, starts, ends):
                continue  # furniture, a heading or a question: not a reported event
            try:
                for event in self.code_sentence(doc, sent, index):
                    if on_heading(event.anchor.start, heads):
                        # the parser joined a heading to the sentence under it: kept for
                        # recall studies, never shown
                        event.shown = False
                        event.context.append(HEADING)
                    events.append(event)
            except Exception:  # one odd parse must not lose the document
                log.exception("event coding failed on %r", sent.text[:80])
        for event in self.discourse.sources(doc, events):
            view = self._views.get(id(event))
            if view is None or HEADING in event.context:
                continue
            feats = features(with_roles(view, event.actor, event.recipient))
            event.shown = (
                coded_source(event.actor)
                and ASKED not in event.context
                and TOPIC not in event.context
                and (
                    self.filter is None
                    or self.filter.keep(feats)
                    or (
                        not event.negated
                        and plain_act(event.type, view.tok, event.actor, event.recipient)
                    )
                )
            )
            if self.recorded is not None:
                self.recorded[id(event)] = feats
        self.discourse.responses(doc, events, self._abouts)
        self.discourse.recipients(doc, events, index)
        shown_acts(events, doc)  # tolls, unrealised force, one shown event per act
        self._views, self._abouts = {}, {}
        doc._.events = events
        return doc

    # -- candidates -------------------------------------------------------------------------

    def candidates(self, sent: Span, index: Indexed) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            pos = tok.pos_
            if pos == "VERB" or pos == "AUX":
                lemma = tok.lemma_.lower()
                if pos == "AUX" and lemma == "be":
                    continue
                if sent_away(tok):  # "told two envoys to leave the country"
                    out.append(Candidate(tok, Code("SANCTION", "expel"), True, noun=False))
                reprisal = vowed_reprisal(tok)  # "will take revenge", "no choice but to respond"
                if reprisal is not None:
                    out.append(Candidate(tok, reprisal, True, noun=False))
                    continue
                label = label_code(tok)  # "called the vote a fraud", "termed it illegal"
                if label is not None:
                    if label is not NOT_AN_EVENT:
                        out.append(Candidate(tok, label, False, noun=False))
                    continue
                if ends_tie(tok):  # "ended its defence pact with France" (severance)
                    out.append(Candidate(tok, Code("SANCTION", "discontinue"), True, noun=False))
                    continue
                if not self.lexicon.has_verb(lemma) or tok.dep_ in ("amod", "compound"):
                    continue
                if self.lexicon.idiom(tok):
                    continue  # "caught off guard", "met resistance": no event
                if casualties_named(tok):
                    continue  # "most of the wounded were airlifted": people, no act
                if accusing_claim(tok, index):  # "claimed that police beat them" (findings)
                    out.append(Candidate(tok, Code("ACCUSE", "allege"), True, noun=False))
                    continue
                if lemma in self.lexicon.report_verbs and said_clause(tok):
                    continue  # "warned that the deal would not work": what is said counts
                hit = self.lexicon.verb(tok, pattern_context(tok))
                if leaves_group(tok, self._international_object(tok, index)):
                    out.append(Candidate(tok, Code("SANCTION", "withdraw"), True, noun=False))
                    continue  # "leaving the regional bloc": a country quits a group
                if hit is None or (not hit.specific and claim_to_thing(tok)):
                    continue  # "claims the reefs": a claim to a thing (findings)
                out.append(Candidate(tok, hit.code, hit.specific, noun=False))
            elif pos in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "poss"):
                if tok.ent_type_ in ("DATE", "TIME"):
                    continue  # "on March 20", "a strike in May": a date names no act
                site = tok
                if tok.dep_ == "compound":
                    if tok.head.lemma_.lower() not in GENERIC_HEADS:
                        continue
                    site = tok.head  # "a mediation mission between X and Y"
                elif (
                    tok.dep_ == "pobj"
                    and tok.head.lower_ == "of"
                    and tok.head.head.lemma_.lower() in GENERIC_HEADS
                ):
                    site = tok.head.head  # "a state of siege", "a series of attacks"
                named = index.at(tok)
                if named is not None and named.type in ("ORG", "GPE", "PERSON"):
                    continue  # "Asia-Pacific Economic Cooperation" is a name, not an event
                code = self.lexicon.noun(tok)
                if code is None and accusing_claim_noun(tok, index):
                    code = Code("ACCUSE", "allege")  # "his claims that X persecutes them"
                code = code or hostile_state(tok)  # "has been at war with Y since 2023"
                if code is None:
                    continue
                out.append(Candidate(tok, code, False, noun=True, site=site))
        return out

    def _international_object(self, tok: Token, index: Indexed) -> bool:
        for obj in (k for k in tok.children if k.dep_ == "dobj" and k.pos_ == "PROPN"):
            m = index.at(obj)  # the body itself ("left ECOWAS"), not its troops
            if m is not None and (m.sector == "IGO" or m.country == "IGO"):
                return True
        return False

    # -- one sentence -------------------------------------------------------------------------

    def code_sentence(self, doc: Doc, sent: Span, index: Indexed) -> list[Event]:
        cands = self.candidates(sent, index)
        # verbs that carry an event noun ("declared a state of siege") count as events
        carriers = {
            (c.site or c.tok).head.i
            for c in cands
            if c.noun and (c.site or c.tok).dep_ in ("dobj", "nsubjpass")
        }  # "imposed sanctions", "sanctions were imposed"
        carriers |= {
            c.tok.i for c in cands if not c.noun and _carried_noun(c.tok, self.lexicon)
        }  # "sanctions imposed on X", "the killing of civilians carried out by X"
        measures = {(c.site or c.tok).head.i for c in cands if c.noun and c.event == "SANCTION"}
        cands = [
            c
            for c in cands
            if c.noun
            or c.tok.i not in carriers
            or (
                c.tok.lemma_.lower() not in self.lexicon.light_verbs
                and (
                    c.tok.lemma_.lower() not in self.lexicon.command_verbs
                    or c.tok.i not in measures
                )
            )
        ]  # "imposed sanctions", "ordered the expulsion of X": the noun is the event
        covered = {clause_head(c.tok).i for c in cands if not c.noun}
        for tok in sent:
            # "declared that China must drop barriers": a demand, whatever is demanded
            if tok.pos_ not in ("VERB", "AUX") or tok.i in covered:
                continue
            clause = deontic_clause(tok)
            if clause is not None and clause.i == tok.i:
                cands.append(Candidate(tok, Code("REQUEST"), False, noun=False))
                continue
            # "any deal needs to include us", "Russia has to withdraw": a demand, if said
            nec = necessity(tok, self.lexicon)
            if nec is not None and nec.i == tok.i:
                cands.append(Candidate(tok, Code("REQUEST"), False, noun=False, demand_only=True))
        if not cands:
            return []
        by_tok = {c.tok.i: c for c in cands}
        for c in cands:
            self.roles.assign(c, index, by_tok.keys())
            if c.code is THREAT and not c.actors:  # "Iran has no choice but to respond"
                c.actors = self.finder.refs(claimant(c.tok), index)
            summons(c, self.finder, index)
            recall_roles(c, self.finder, index)
            cancelled_visit(c, self.finder, index)
            c.actors = self.finder.no_places(c.actors)
            self.roles.crowd(c)
            self.roles.armed_strike(c, index)
            self.roles.exercise(c)
            refine(c)
            self._flags(c)
            c.level = embedding_level(c.site or c.tok, by_tok.keys(), self.lexicon, carriers)
        ease(cands)
        topics(cands)
        for c in cands:
            self._structure(c, by_tok, index)
            self._about(c, by_tok)
        dedupe(cands)
        joint(cands)  # "we agreed" after meeting Y: both parties
        events = []
        for c in cands:
            if c.dropped:
                continue
            events.append(self._event(doc, sent, c, index))
        return events

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
            not any(party_key(r) or (r.actor_id and c.event not in HARMS) for r in recipients)
            and location is not None
            and location.country
            and not fought_in(tok, c.event, recipients)
            and (
                c.event in PLACE_IS_RECIPIENT
                or c.code.event in PLACE_IS_RECIPIENT
                or c.mode == "visit"
            )
        ):
            # the people of the place (PLOVER's CVL), as coders do for "shelled Juba"
            place = ActorRef(location.text, None, None, location.country, "CVL")
            recipients = [*recipients, place]
        if location is not None and location.country:
            # civilians without a country of their own are the people of the place
            actors = [_located_ref(r, location) for r in actors]
            recipients = [_located_ref(r, location, c.event in HARMS) for r in recipients]
            if not actors and c.crowd:
                actors = [ActorRef(c.crowd, None, None, location.country, "CVL")]
            if not recipients and c.victims:
                recipients = [ActorRef(c.victims, None, None, location.country, "CVL")]
        mode = c.mode
        if mode is None and c.event in self.lexicon.modes:
            mode = self.lexicon.mode_from_words(c.event, [t.lower_ for t in sent])
        confidence = 0.62 + 0.08 * c.specific + 0.12 * bool(actors) + 0.06 * bool(recipients)
        confidence -= 0.2 * min(c.level, 3) + 0.04 * c.noun
        if c.negated or (c.hypothetical and not c.future):
            confidence = min(confidence - 0.3, 0.35)
        sentence_start = sent.start_char
        if c.quote_start is not None:
            # a demand quoted over several sentences: the quote is the statement
            first = doc.char_span(c.quote_start, c.quote_start + 1, alignment_mode="expand")
            if first is not None:
                sentence_start = min(sentence_start, first.sent.start_char)
        view = _view(c, actors, recipients)
        feats = features(view)

        # without a coded source actor, or judged no event of its type: kept, not shown
        shown = (
            coded_source(actors)
            and not c.asked
            and not c.topic
            and (
                self.filter is None
                or self.filter.keep(feats)
                or (not c.negated and plain_act(c.event, tok, actors, recipients))
            )
        )
        event = Event(
            type=c.event,
            mode=mode,
            context=list(c.code.context)
            + modality(c)
            + ([TOPIC] if c.topic else [])
            + ([EACH_OTHER] if c.each_other else []),
            anchor=TextSpan(tok.idx, tok.idx + len(tok.text), tok.text),
            sentence_start=sentence_start,
            sentence_end=sent.end_char,
            actor=[*actors, *c.partners],  # a mutual event's partners, unseen by the filter
            recipient=recipients,
            date=resolve_date(
                span_text(sent),
                doc._.published,
                anchor=tok.idx - sent.start_char,
                future=c.future,
            ),
            location=location,
            negated=c.negated,
            hypothetical=c.hypothetical,
            confidence=round(max(0.05, min(0.99, confidence)), 3),
            shown=shown,
        )
        self._views[id(event)] = view
        if c.about is not None:
            self._abouts[id(event)] = c.about
        if self.recorded is not None:
            self.recorded[id(event)] = feats
        return event

    def _location(self, sent: Span, c: Candidate, index: Indexed) -> Location | None:
        used = {r.text for r in c.actors + c.recipients}
        best: tuple[int, Location] | None = None
        for tok in clause_tokens(c.tok):
            preps = FORCE_PREPS if c.event == "MOBILIZE" else PLACE_PREPS
            if tok.dep_ != "pobj" or tok.head.lower_ not in preps:
                continue
            m = index.at(tok)
            if m is None:  # "in Montenegro province", "in the capital, Kabul"
                named = [index.at(k) for k in tok.children if k.dep_ in ("compound", "appos")]
                if tok.lemma_.lower() in EDGES:  # "off the coast of X", "in the waters of X"
                    named += [index.at(k) for k in prep_objects(tok, {"of"})]
                m = next((n for n in named if n is not None and n.type == "GPE"), None)
            if m is None or m.type != "GPE" or m.text in used or self.finder.is_demonym(m.text):
                continue
            if m.text.split()[-1][-1:] == "s" and m.sector is not None:
                continue  # "from Serbian authorities": a group, not a place
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


def _carried_noun(verb: Token, lexicon: Lexicon) -> bool:
    """A participle that only tells who did an event noun it hangs on."""
    if verb.dep_ != "acl":
        return False
    head = verb.head
    if lexicon.noun(head) is not None:
        return True
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and lexicon.noun(head.head.head) is not None
        and verb.lemma_.lower() in PERPETRATE
    )


def _view(c: Candidate, actors: list[ActorRef], recipients: list[ActorRef]) -> EventView:
    view = EventView(
        c.tok, c.event, c.noun, c.specific, c.level, c.negated, c.hypothetical,
        quote_at(c.tok) is not None,
    )  # fmt: skip
    return with_roles(view, actors, recipients)


def _located_ref(ref: ActorRef, location: Location, harmed: bool = False) -> ActorRef:
    """Civilians without a country of their own are the people of the place; so are the
    unnamed victims and targets of an act of force there ("killed two children in X")."""
    if ref.country is None and (ref.sector == "CVL" or (harmed and ref.actor_id is None)):
        return ActorRef(ref.text, ref.actor_id, ref.canonical, location.country, ref.sector)
    return ref


__all__ = ["EventCoder", "make_event_coder"]
