"""Who an event involves when its sentence does not say: the discourse before it.

- A directed event (REQUEST, ACCUSE, REJECT, THREATEN, and the material acts: strikes,
  sanctions, seizures, protests, deployments, withdrawals, concessions) with no recipient
  in its sentence is aimed at the counterpart of the preceding discourse, marked
  ``recipient_inferred``; so is an act of force whose victims belong to no named party
  ("destroyed a mosque", "seized a tanker").
- An act "each side" says it did to "the other side", one side named, is mutual: the
  counterpart inferred is the other side, a source as well (``each_other``).
- A response to an act named by its noun alone ("condemned the assault") is aimed at
  the doer of the latest such act before it (``recipient_inferred``).
- A material act told without its doer ("the mosque was destroyed", "further strikes
  were reported") continues the latest act of the same type a few sentences before it:
  it takes that act's source (and its recipient, when it names none), marked
  ``source_inferred``. Fighting between sides ("battles raged between X and Y") is no
  one side's act: only more fighting continues it, not a strike ("Jets carried out
  airstrikes. Battles raged between X and Y. 13 were wounded in the airstrike": the
  jets' airstrike).
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from sitroom.article import ActorRef, Event
from sitroom.nlp.events.actors import ActorFinder, Indexed, conjuncts
from sitroom.nlp.events.occasions import RECIPROCAL
from sitroom.nlp.events.plover import COOPERATIVE
from sitroom.nlp.events.sides import party_key, same_side

log = logging.getLogger(__name__)

# Events aimed at someone: without a recipient in their sentence, the article's counterpart
# (an army's strikes, a state's sanctions or withdrawal are aimed at the other side).
DIRECTED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"}) | {
    "SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE", "RETREAT", "CONCEDE",
}  # fmt: skip
# Acts that a report keeps telling after naming their doer once.
SERVICES = frozenset({"COP", "MIL"})  # armed services: victims named by their service
HARMS = frozenset({"ASSAULT", "COERCE"})  # acts of force, whose victims belong to a side
# acts aimed at a side, whose objects may be no party: the victims of force, or the doer's
# own forces sent or shown ("sent 71 fighter jets towards the island")
AIMED = HARMS | {"MOBILIZE"}
CONTINUED = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "AID"})
# Shows of force and attacks are one campaign: drills or a deployment told without a doer
# after a party's strikes ("China fired rockets ... the drills involve live-firing") are
# that party's, and strikes after its deployment are its own; a same-type act comes first.
CAMPAIGN = frozenset({"ASSAULT", "MOBILIZE"})
CAMPAIGN_SENTENCES = 1  # told in the same or the next sentence
CONTINUE_SENTENCES = 5  # how far back the act it continues may be
DISCOURSE_DECAY = 0.9  # per sentence back
MIN_MAIN = 0.3  # events less sure than this are background, not worth a guess
MIN_SALIENCE = 0.5  # below it, nobody stands out enough to be the counterpart
# Who reports on a conflict rather than fights it: a rights group, a monitor or an outlet
# cited ("Human Rights Watch accused ...", "the observatory said") neither strikes nor is
# struck by the acts told after it.
WITNESSES = frozenset({"NGO", "MED"})
# nor is a body that condemns or mediates the inferred target of force it did not suffer
UNSTRUCK = WITNESSES | {"IGO"}
INFERRED = "recipient_inferred"
SOURCE_INFERRED = "source_inferred"
EACH_OTHER = "each_other"  # "each side said it ... the other side": both sides act


def _unowned_harm(event: Event) -> bool:
    """An act of force whose victims belong to no party named ("struck a mosque", "seized
    a tanker"), or a show of force whose objects are the doer's own ("sent jets"): it is
    aimed at the counterpart as well. An arrest is aimed at the people arrested ("police
    arrested the former mayor"), not at a side behind them."""
    if event.mode == "arrest" and event.recipient:
        return False
    return event.type in AIMED and not any(party_key(r) for r in event.recipient)


def _earlier(
    events: list[Event], n: int, starts: list[int], back: int = CONTINUE_SENTENCES
) -> Iterator[Event]:
    """The events before ``events[n]``, nearest first, up to ``back`` sentences back."""
    here = bisect_right(starts, events[n].sentence_start) - 1
    for other in reversed(events[:n]):
        if here - (bisect_right(starts, other.sentence_start) - 1) > back:
            return
        yield other


def _own_side(victims: list[ActorRef], doers: list[ActorRef]) -> bool:
    """The victims are the doers' own: the same party, or, unnamed, the same armed service
    ("riot police fired tear gas ... nine police officers were injured")."""
    parties = {party_key(d) for d in doers} - {None}
    services = {d.sector for d in doers if d.sector in SERVICES}
    for v in victims:
        if party_key(v) in parties or (party_key(v) is None and v.sector in services):
            return True
    return False


def _continued_by(other: Event, event: Event, kinds: frozenset[str] = frozenset()) -> bool:
    """``other`` is an earlier act that ``event``, told without its doer, may continue:
    one of its own type, or of ``kinds`` (the campaign it belongs to)."""
    if other.type != event.type and other.type not in kinds:
        return False
    if not other.actor or other.negated or other.hypothetical:
        return False
    if not any(party_key(a) for a in other.actor):
        return False
    if event.type in HARMS and all(a.sector in WITNESSES for a in other.actor):
        return False  # an act a rights group was (mis)read to do continues nothing
    # "four officers were injured": no side harms its own
    if event.type in HARMS and _own_side(event.recipient, other.actor):
        return False
    # "X quit the bloc ... sanctions imposed on X": an act aimed at the earlier act's doer
    # is no more of that doer's act (no party aims an act at itself)
    doers = {party_key(a) for a in other.actor} - {None}
    return not any(party_key(r) in doers for r in event.recipient)


def _subject_told(doc: Doc, event: Event) -> bool:
    """The act's verb has an active subject that names no party ("the drone violated its
    airspace"): its doer is that thing's owner, not whoever acted nearby."""
    span = doc.char_span(event.anchor.start, event.anchor.end, alignment_mode="expand")
    return span is not None and any(c.dep_ in ("nsubj", "csubj") for c in span.root.children)


def _fighting(doc: Doc, event: Event) -> bool:
    """Fighting between sides ("battles raged between X and Y", "clashes"): no one-sided
    act ("wounded in the airstrike") continues it, only more fighting does."""
    span = doc.char_span(event.anchor.start, event.anchor.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in RECIPROCAL


class Discourse:
    def __init__(self, finder: ActorFinder) -> None:
        self.finder = finder

    def sources(self, doc: Doc, events: list[Event]) -> list[Event]:
        """Acts without a doer that continue an earlier act of the same type, or of its
        campaign; returns the events given a source from an act of their own type (those
        the gate may now show)."""
        starts = [s.start_char for s in doc.sents]
        done: list[Event] = []
        for n, event in enumerate(events):
            if event.type not in CONTINUED or event.actor or event.negated:
                continue
            acts = [o for o in _earlier(events, n, starts) if _continued_by(o, event)]
            campaign = not acts and event.type in CAMPAIGN and not _subject_told(doc, event)
            if campaign:
                near = _earlier(events, n, starts, CAMPAIGN_SENTENCES)
                acts = [o for o in near if _continued_by(o, event, CAMPAIGN)]
            if not _fighting(doc, event):
                acts = [o for o in acts if not _fighting(doc, o)]
            if not acts:
                continue
            other = acts[0]
            event.actor = list(other.actor)
            if not event.recipient and INFERRED not in other.context:
                # another kind of act aims at the same side, not at the same things
                kept = [r for r in other.recipient if not campaign or party_key(r)]
                event.recipient = kept
            event.context.append(SOURCE_INFERRED)
            if not campaign:  # a doer guessed from another kind of act shows nothing new
                done.append(event)
        return done

    def responses(self, doc: Doc, events: list[Event], abouts: dict[int, str]) -> None:
        """A response to an act named by its noun alone ("condemned the assault") is
        aimed at the doer of the latest such act before it."""
        starts = [s.start_char for s in doc.sents]
        for n, event in enumerate(events):
            kind = abouts.get(id(event))
            if kind is None:
                continue
            for other in _earlier(events, n, starts):
                if other.type != kind or other.negated or other.hypothetical:
                    continue
                doers = [a for a in other.actor if party_key(a) is not None]
                if doers and not any(same_side(d, a) for d in doers for a in event.actor):
                    event.recipient = doers + event.recipient
                    event.context.append(INFERRED)
                    break

    def recipients(self, doc: Doc, events: list[Event], index: Indexed) -> None:
        """A demand, accusation, refusal, threat or act (a strike, sanctions, a withdrawal)
        with nobody named to receive it is aimed at the counterpart the article has been
        about: the party most present before it
        (in events, above all those between the actor's side and another, then in
        mentions), not the actor's own side nor the parties its statement speaks for; a
        refusal answers the demand told just before it (:func:`_demand_answered`). Marked
        ``recipient_inferred``, a little less sure; without preceding context
        (a one-sentence document) nothing is inferred."""
        starts = [s.start_char for s in doc.sents]
        for event in events:
            if event.type not in DIRECTED or event.negated:
                continue
            if event.recipient and not _unowned_harm(event):
                continue
            if event.hypothetical or event.confidence < MIN_MAIN:
                continue  # embedded, hedged: not the statement the article reports
            if not any(party_key(a) for a in event.actor):
                continue
            if _unowned_harm(event):
                self._place_victims(doc, event, index)  # and aimed at the counterpart too
            found = _demand_answered(event, events, starts)
            if not found:
                ref = self._counterpart(doc, event, events, index, starts)
                if ref is None:
                    continue
                found = [ref]
            event.recipient = [*event.recipient, *found]
            if EACH_OTHER in event.context:  # "each side ... on the other side": both act
                event.actor = [*event.actor, *(r for r in found if r not in event.actor)]
                event.recipient = list(event.actor)
            event.context.append(INFERRED)
            event.confidence = round(max(0.05, event.confidence - 0.05), 3)

    def _place_victims(self, doc: Doc, event: Event, index: Indexed) -> None:
        """Unplaced people harmed ("the killing of civilians carried out by X") in a
        sentence that names one country besides the doers' ("Sudan's council ... El
        Fasher") are that country's people."""
        span = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
        if span is None or not all(r.sector == "CVL" and not r.country for r in event.recipient):
            return
        named = {
            self.finder.mention_country(m)
            for m in index.mentions
            if span.start_char <= m.start < span.end_char
            and not any(m.text in a.text for a in event.actor)  # the doers' own names
        } - {None}
        if len(named) != 1 or not event.recipient:
            return
        country = named.pop()
        event.recipient = [
            ActorRef(r.text, r.actor_id, r.canonical, country, r.sector) for r in event.recipient
        ]

    def _counterpart(
        self, doc: Doc, event: Event, events: list[Event], index: Indexed, starts: list[int]
    ) -> ActorRef | None:
        here = bisect_right(starts, event.sentence_start) - 1
        scores: dict[str, float] = {}
        best: dict[str, tuple[float, ActorRef]] = {}
        allies = self._allies(doc, event, index)

        def add(ref: ActorRef, weight: float) -> None:
            k = party_key(ref)
            if k is None or k in allies or any(same_side(ref, a) for a in event.actor):
                return
            if ref.sector == "MED":
                return  # a news outlet the report cites ("told CNN") is no party to it
            if event.type in HARMS and (ref.sector in UNSTRUCK or ref.country == "IGO"):
                return  # nor is a rights group, the UN or Interpol the one struck or seized
            scores[k] = scores.get(k, 0.0) + weight
            if k not in best or weight >= best[k][0]:
                best[k] = (weight, ref)

        for m in index.mentions:
            if m.end > event.sentence_start or m.type not in ("PERSON", "ORG", "GROUP", "GPE"):
                continue
            ref = ActorRef(
                m.text, m.actor_id, m.canonical, self.finder.mention_country(m), m.sector
            )
            distance = here - (bisect_right(starts, m.start) - 1)
            weight = 0.25 if m.type != "GPE" else 0.15  # a place may be only where it happens
            add(ref, weight * DISCOURSE_DECAY**distance)
        for other in events:
            if other is event or other.anchor.start >= event.sentence_start:
                continue
            distance = here - (bisect_right(starts, other.anchor.start) - 1)
            weight = other.confidence * DISCOURSE_DECAY**distance
            received = [] if INFERRED in other.context else other.recipient
            if event.type in HARMS and other.type in COOPERATIVE:
                received = []  # whom a side agrees or talks with is not whom it strikes
            for ref in other.actor + received:
                add(ref, weight)
            # the addressee of the actor's own side, or who addressed it, most of all
            if any(same_side(a, o) for a in event.actor for o in other.actor):
                for ref in received:
                    add(ref, 2 * weight)
            if any(same_side(a, r) for a in event.actor for r in received):
                for ref in other.actor:
                    add(ref, 2 * weight)
        if not scores:
            return None
        top = max(scores, key=lambda k: scores[k])
        log.debug("counterpart of %s: %s", event.anchor.text, sorted(scores.items()))
        if scores[top] < MIN_SALIENCE:
            return None
        return best[top][1]

    def _allies(self, doc: Doc, event: Event, index: Indexed) -> set[str]:
        """Parties the statement names together with the actor's side ("Ukraine and
        Europe must be part of it"): for whom it speaks, not to whom."""
        out: set[str] = set()
        span = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
        if span is None:
            return out
        for tok in span:
            if tok.dep_ == "conj" or tok.pos_ not in ("NOUN", "PROPN"):
                continue  # each group of names once, from its first conjunct
            group = [t for t in conjuncts(tok) if t.pos_ in ("NOUN", "PROPN")]
            if len(group) < 2:
                continue
            refs = [self.finder.ref(t, index) for t in group]
            found = [r for r in refs if r is not None]
            if any(same_side(r, a) for r in found for a in event.actor):
                out.update(k for r in found if (k := party_key(r)) is not None)
        return out


def _demand_answered(event: Event, events: list[Event], starts: list[int]) -> list[ActorRef]:
    """A refusal with no one named answers the demand told just before it (in its sentence
    or the one before: "X and Y called for the group to disarm. The group pushed back"):
    the demanders, not of the refuser's side, are its recipients."""
    if event.type != "REJECT" or event.recipient:
        return []
    here = bisect_right(starts, event.sentence_start) - 1
    first = starts[max(0, here - 1)] if starts else 0
    asks = [
        e
        for e in events
        if e.type == "REQUEST"
        and first <= e.sentence_start <= event.sentence_start
        and e.anchor.start < event.anchor.start
        and not e.negated
    ]
    for ask in reversed(asks):
        askers = [
            a
            for a in ask.actor
            if party_key(a)
            and a.sector != "MED"  # an outlet asking questions makes no demand
            and not any(same_side(a, r) for r in event.actor)
        ]
        if askers:
            return askers
    return []
