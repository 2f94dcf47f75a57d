"""How a clause shapes an event: negation and modality flags, intentions and refusals
(AGREE, THREATEN, REJECT), demands reported or implied (REQUEST), and responses to an act
("condemned the assault"). Mixed into :class:`sitroom.nlp.events.EventCoder`."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import ActorRef, Quote
from sitroom.nlp.events.actors import ActorFinder, Indexed
from sitroom.nlp.events.membership import ENVOYS
from sitroom.nlp.events.modality import (
    awaited,
    called_off,
    clause_head,
    conditional,
    deontic_clause,
    entitled,
    foretold,
    foretold_head,
    intended,
    is_to_be,
    necessity,
)
from sitroom.nlp.events.nouns import noun_arguments
from sitroom.nlp.events.plover import COOPERATIVE, MATERIAL_CONFLICT, THREAT_MODE, Lexicon
from sitroom.nlp.events.pronouns import FIRST_PERSON
from sitroom.nlp.events.roles import Candidate, RoleAssigner
from sitroom.nlp.events.sides import party_key, same_side
from sitroom.nlp.events.summons import imposed
from sitroom.nlp.events.syntax import FUTURE_AUX, verb_chain

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
# Verbs that commit the speaker: what they commit to makes them AGREE or THREATEN.
COMMISSIVES = frozenset({"vow", "pledge", "promise", "swear", "commit", "guarantee"})
# Verbs whose infinitive is an act undertaken, offered or threatened, not yet done.
UNDERTAKEN = COMMISSIVES | {"threaten", "offer", "propose", "undertake"}
# Nouns of a promise made ("a commitment to disarm", "a pledge to withdraw").
PROMISES = frozenset({"commitment", "pledge", "promise", "vow", "offer", "undertaking"})


def _promised_concession(c: Candidate) -> bool:
    """A withdrawal or concession in the infinitive of a promise noun ("its pledge to
    withdraw"), not in one denied ("no commitment to withdraw") nor a noun event itself."""
    tok = c.tok
    if c.noun or tok.dep_ != "acl" or c.negated or c.event not in ("CONCEDE", "RETREAT"):
        return False
    head = tok.head
    if head.lemma_.lower() not in PROMISES or not any(k.lower_ == "to" for k in tok.children):
        return False
    return not any(k.dep_ == "det" and k.lower_ == "no" for k in head.children)


# Verbs that say their clause is not so ("denied that X attacked").
DENIALS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute"})
# "Will not allow / tolerate X": a warning that X will be stopped (THREATEN), not a refusal.
FORBIDDING = frozenset({"allow", "tolerate", "permit"})
# Verbs whose infinitive is an act refused or not achieved ("failed to reach a deal"): it
# did not happen.
REFUSED = frozenset({"refuse", "decline", "fail"})
# Verbs of deliberation: the act weighed ("is considering expelling X") is not yet done.
WEIGHED = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "explore"})
# Verbs whose infinitive is an act asked of someone ("asked X to free", "urged Y to halt"):
# the request happened, the act asked for has not.
ASKED = frozenset(
    {"ask", "urge", "call", "press", "demand", "request", "appeal", "invite", "implore", "beg"}
    | {"push", "encourage", "exhort", "petition", "plead"}
)
THREATEN_MODES = {"ban": "ban", "arrest": "arrest", "deport": "expel", "expel": "expel"}
# Responses to an act: their recipient is whoever did it ("condemned the assault").
RESPONSES = frozenset({"ACCUSE", "REJECT", "PROTEST", "THREATEN", "SANCTION"})
# A body's act of deciding, named by what it produced: welcoming or rejecting "the
# resolution", "the decision", "the ruling" answers whoever adopted it (the latest approval
# before it: "the Council endorsed a resolution ... Y hailed the resolution").
DECISIONS = frozenset({"resolution", "decision", "ruling", "vote", "verdict"})
VERDICTS = frozenset({"SUPPORT", "REJECT"})


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def no_one(subject: Token) -> bool:
    """ "No civilians", "nobody", "none of the soldiers": a subject that denies its verb."""
    if subject.lower_ in ("nobody", "none"):
        return True
    return any(d.dep_ == "det" and d.lower_ == "no" for d in subject.children)


class ClauseReader:
    """The clause-level readings of a candidate event."""

    lexicon: Lexicon
    finder: ActorFinder
    roles: RoleAssigner

    def _flags(self, c: Candidate) -> None:
        tok = c.tok
        chain = verb_chain(tok)
        kids = [k for v in chain for k in v.children]
        aux = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")}
        c.negated = (
            any(k.dep_ == "neg" or k.lower_ in ("never",) for k in kids)
            or any(k.lower_ == "no" and k.head.lower_ == "longer" for k in tok.subtree)
            or any(k.dep_ in SUBJECTS and no_one(k) for k in kids)  # "no civilians were killed"
        )
        marks = {k.lower_ for v in chain for k in v.children if k.dep_ == "mark"}
        c.hypothetical = bool(aux & MODAL_AUX) or bool(marks & CONDITION_MARK) or is_to_be(tok)
        if c.noun:
            head = (c.site or tok).head
            generic = any(
                (k.dep_ == "det" and k.lower_ in ("any", "no"))
                or (k.dep_ == "amod" and k.lower_ in ("possible", "potential", "future"))
                for k in tok.children
            )  # "against any attack", "a possible ceasefire"
            c.hypothetical = (
                c.hypothetical
                or generic
                or any(
                    (k.dep_ == "aux" and k.lower_ in MODAL_AUX)
                    or (k.dep_ == "mark" and k.lower_ in CONDITION_MARK)
                    for k in head.children
                )
                or awaited(c.site or tok)
            )
            c.negated = c.negated or called_off(c.site or tok)  # "cancelled a visit"
        else:
            # a threat in a claimed right ("every right to respond") is made, not hypothetical
            c.hypothetical = (
                c.hypothetical or foretold_head(tok) or (entitled(tok) and c.event != "THREATEN")
            )
        verb = (c.site or tok).head if c.noun and (c.site or tok).dep_ == "dobj" else tok
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "asked X to free the men and withdraw the troops"
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            control = verb.head.lemma_.lower()
            if control in ASKED:
                c.hypothetical = c.asked = True  # "asked Serbia to free the men": not done
            elif control in UNDERTAKEN or control in WEIGHED:
                c.hypothetical = True  # "vowed to strike X", "agreed to hold talks": not yet
            elif control in REFUSED and not c.negated:
                c.negated = True  # "refused to release the sailors": they were not released
        if not c.noun and _denied(tok):
            c.negated = True  # "denied that its troops had attacked X": not told as done

    # -- structure of the sentence --------------------------------------------------------

    def _structure(self, c: Candidate, by_tok: dict[int, Candidate], index: Indexed) -> None:
        tok = c.tok
        chain = verb_chain(tok)
        aux = {k.lower_ for v in chain for k in v.children if k.dep_ in ("aux", "auxpass")}
        intent = bool(aux & FUTURE_AUX) or intended(tok, self.lexicon)
        if c.noun:
            # "would tighten the blockade": the intention is the governing verb's
            site = c.site or tok
            governor = site.head
            intent = (
                site.dep_ == "dobj"
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
            elif (
                parent.tok.lemma_.lower() in COMMISSIVES
                and tok.dep_ == "xcomp"
                and c.event in MATERIAL_CONFLICT
                and not c.negated
            ):
                parent.event = "THREATEN"  # "vowed to retaliate"
                parent.mode = _threat_mode(c)
            elif (
                parent.event == "AGREE"
                and parent.tok.lemma_.lower() in UNDERTAKEN  # not "agree": PLOVER's AGREE
                and tok.dep_ == "xcomp"
                and c.event == "CONCEDE"
                and not c.negated
                and not parent.negated
            ):
                # E1: a promise of a concession is itself one ("pledged to lift the
                # tariffs", "offered to ease the restrictions"); PLOVER's own gold keeps
                # "agreed to lift embargoes" an AGREE, and so does sitroom
                parent.event, parent.mode = "CONCEDE", c.mode
            elif parent.event == "THREATEN" and parent.mode is None:
                parent.mode = _threat_mode(c) if c.event in MATERIAL_CONFLICT else None
        if _promised_concession(c):
            # E1: a promise of a concession is itself one, told with a noun too ("its
            # commitment to disarm", "a pledge from X to withdraw"): the promise was made
            promise = by_tok.get(tok.head.i)
            if promise is None:
                c.event, c.mode, c.hypothetical = "CONCEDE", None, False
                return
            if promise.event == "AGREE" and not promise.negated:
                promise.event, promise.mode = "CONCEDE", None
        c.future = intent
        if intent:
            if c.negated and tok.lemma_.lower() in FORBIDDING and not c.noun:
                c.event, c.mode = "THREATEN", None  # "will not tolerate troublemakers"
                c.negated = False
            elif c.negated and c.event in COOPERATIVE:
                c.event, c.mode = "REJECT", ASK_MODE.get(c.event)  # "will not meet"
                c.negated = False
            elif c.event == "SANCTION" and not c.negated and announced(c):
                c.hypothetical = True  # "will recall its ambassador": a measure to come
                return self._after_intent(c, tok, index)
            elif c.event in MATERIAL_CONFLICT and not c.negated:
                c.event, c.mode = "THREATEN", _threat_mode(c)
            elif (
                c.event in COOPERATIVE - {"AGREE"}
                and not c.negated
                and (foretold(tok, self.lexicon, c.event) or imposed(c))
            ):
                c.hypothetical = True  # "will release the prisoners": not done yet
                return self._after_intent(c, tok, index)
            elif c.event in COOPERATIVE - {"AGREE"} and not c.negated and not self._eases(c):
                # a promised act is an AGREE ("will allow inspectors back"); a promised easing
                # of a restriction stays CONCEDE (PLOVER: "a promise of future easing")
                c.mode = None if c.event != "RETREAT" else c.mode
                c.event = "AGREE"
            c.hypothetical = False
        elif (
            c.hypothetical
            and c.event in MATERIAL_CONFLICT
            and conditional(tok.head if c.noun else tok)
        ):
            # "may halt mediation if ..." by the actor itself: a conditional threat
            c.event, c.mode, c.hypothetical = "THREATEN", _threat_mode(c), False
        self._after_intent(c, tok, index)

    def _eases(self, c: Candidate) -> bool:
        """ "will lift the sanctions", "would roll back tariffs": a restriction eased."""
        if c.event != "CONCEDE":
            return False
        if c.noun:
            return True  # the restriction noun itself, eased by its verb (senses.ease)
        objs = [k for k in c.tok.children if k.dep_ == "dobj"]
        return any((code := self.lexicon.noun(k)) and code.event == "SANCTION" for k in objs)

    def _after_intent(self, c: Candidate, tok: Token, index: Indexed) -> None:
        clause = None if c.noun else deontic_clause(tok)
        if clause is not None:
            self._demand(c, clause, index)
            return
        nec = None if c.noun else necessity(tok, self.lexicon)
        if nec is not None and not self._necessity_demand(c, nec, index) and c.demand_only:
            c.dropped = True  # "we need to do more": no demand on anyone

    def _about(self, c: Candidate, by_tok: dict[int, Candidate]) -> None:
        """ "Condemned the assault", "denounced the seizure": the accused is whoever did
        the act, here in the sentence or earlier in the discourse."""
        if c.noun or any(party_key(r) for r in c.recipients):
            return
        if c.event in VERDICTS and any(
            k.dep_ == "dobj" and k.lemma_.lower() in DECISIONS for k in c.tok.children
        ):
            c.about = "SUPPORT"  # the body that adopted it, found in the discourse
            return
        if c.event not in RESPONSES:
            return
        for obj in (k for k in c.tok.children if k.dep_ == "dobj"):
            act = by_tok.get(obj.i)
            code = act.code if act is not None else self.lexicon.noun(obj)
            if code is None or code.event not in MATERIAL_CONFLICT | {"RETREAT"}:
                continue
            if act is not None and any(party_key(a) for a in act.actors):
                c.recipients = list(act.actors)
            else:
                c.about = act.event if act is not None else code.event
            return

    def _necessity_demand(self, c: Candidate, nec: Token, index: Indexed) -> bool:
        """ "Russia has to withdraw", "any agreement needs to include Europe", said or
        quoted: the speaker's REQUEST to the party that must act, or, for a demand on a
        deal, to whoever the deal is made with (found in the discourse)."""
        speakers: list[ActorRef] = []
        head = clause_head(nec)
        reporter = head.head
        if head.dep_ == "ccomp" and reporter.lemma_.lower() in self.lexicon.report_verbs:
            subjects = [k for k in reporter.children if k.dep_ in ("nsubj", "nsubjpass")]
            speakers = self.finder.refs(subjects, index)
        quote = quote_at(nec)
        if not speakers and quote is not None and quote.speaker is not None:
            span = nec.doc.char_span(
                quote.speaker.start, quote.speaker.end, alignment_mode="expand"
            )
            ref = self.finder.ref(span.root, index) if span is not None else None
            speakers = [ref] if ref is not None else []
        if not speakers:
            return False
        subjects = [k for k in nec.children if k.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.lower_ in FIRST_PERSON for s in subjects):
            return False  # "we must do more": the speaker's own resolve
        deals = [
            s
            for s in subjects
            if s.lemma_.lower() in self.lexicon.deal_nouns
            or ((code := self.lexicon.noun(s)) is not None and code.event in ("AGREE", "CONSULT"))
        ]
        deal = bool(deals)
        parties = [
            p
            for p in self.finder.refs([s for s in subjects if s not in deals], index)
            if party_key(p) is not None and not any(same_side(p, s) for s in speakers)
        ]
        if not parties and not deal:
            return False  # "Europe must do more", said by a European: no demand on another
        c.mode = "meet" if deal and not parties else ASK_MODE.get(c.event)
        c.event = "REQUEST"
        c.actors, c.recipients = speakers, parties
        c.hypothetical = c.negated = False  # "must not" is a demand too
        sent = nec.sent
        if quote is not None and quote.start < sent.start_char:
            c.quote_start = quote.start
        return True

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


def _denied(verb: Token) -> bool:
    """The clause of "denied that ...", "rejected claims that ...": said not to be so."""
    if verb.dep_ not in ("ccomp", "acl") or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":  # "dismissed reports that ..."
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in DENIALS


# Words that make a measure's target anyone who might act, as threats do ("any official who").
GENERIC_DETS = frozenset({"any", "anyone", "anybody", "whoever", "those"})
WARNING_VERBS = frozenset({"warn", "threaten", "vow", "caution"})
# Diplomatic measures (SANCTION modes): envoys expelled or withdrawn, ties cut.
ENVOY_MODES = frozenset({"expel", "withdraw", "discontinue"})


def announced(c: Candidate) -> bool:
    """Envoys a state says it will expel or recall, on no condition ("will recall its
    ambassador", "will expel two diplomats in response"): the measure to come (SANCTION,
    hypothetical), not a threat. One bound to a condition ("if", "unless", "until"), aimed
    at whoever might act ("any official who"), told as a warning ("..., he warned"), or
    merely planned ("plans to expel") stays THREATEN; so do other measures "will" take
    (tariffs, leaving a treaty), as the PLOVER gold records code them."""
    tok = c.tok
    if c.noun or conditional(tok) or c.mode not in ENVOY_MODES:
        return False  # tariffs or curbs "will" be imposed: threatened, as PLOVER codes them
    if not any(k.dep_ == "aux" and k.lower_ in FUTURE_AUX for k in tok.children):
        return False  # "plans to expel": an intention, not an announced measure
    if any(
        k.dep_ == "advcl" and any(m.lower_ == "until" for m in k.children) for k in tok.children
    ):
        return False
    objects = [k for k in tok.subtree if k.dep_ in ("dobj", "pobj", "det")]
    if any(k.lower_ in GENERIC_DETS for k in objects):
        return False
    envoys = [k for k in tok.children if k.dep_ == "dobj" and k.lemma_.lower() in ENVOYS]
    if not envoys:
        return False  # "will withdraw from the treaty", "will cut ties": warned, as PLOVER has it
    said = [k for k in tok.children if k.dep_ in ("ccomp", "parataxis")]
    said += [tok.head] if tok.dep_ in ("ccomp", "parataxis") else []
    return not any(k.lemma_.lower() in WARNING_VERBS for k in said)  # "..., he warned"


def _threat_mode(c: Candidate) -> str | None:
    if c.event == "COERCE":
        return THREATEN_MODES.get(c.mode or "", "restrict")
    if c.event == "SANCTION":
        # "threatened to expel", "to break off relations", "to impose sanctions"
        return {"expel": "expel", "discontinue": "relations", "withdraw": "relations"}.get(
            c.mode or "", "restrict"
        )
    return THREAT_MODE.get(c.event)


def quote_at(tok: Token) -> Quote | None:
    """The attributed quote ``tok`` is in, if any."""
    for quote in tok.doc._.quotes or []:
        if isinstance(quote, Quote) and quote.speaker and quote.start <= tok.idx < quote.end:
            return quote
    return None
