"""``sitroom_positions_v3``: where each actor stands on each issue of the catalog.

Per sentence, the issue catalog (:mod:`.catalog`) finds the words that put it on
an issue. For each match:

1. the holder is the actor whose predicate governs those words: a speaker, the subject
   of an attitude verb, the owner of an attitude noun, a quote's speaker, "according to
   X", an event's actor (:mod:`.holders`); group actors ("Baltic states") hold stances
   like any other;
2. the stance is read off the parse between the words and the holder's predicate:
   negation, attitude words, evaluations, modality, hedges, conditions, loaded framings
   (:mod:`.stance`); a sentence that only mentions an issue gives no position;
3. red lines are marked by their phrasing ("red line", "non-negotiable", "under no
   circumstances", "will never accept"); a sentence announcing red lines (or conditions,
   demands) lends its holder and flag to the sentences enumerating them ("The first is
   ...").

Within a document one position is kept per actor, issue and stance (the most confident
evidence); a weak reading that contradicts a much stronger one of the same actor is
dropped. (``sitroom_positions_v1`` was the first, keyword-and-negation version.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import Article, Mention
from sitroom.article import Span as TextSpan
from sitroom.nlp import doc_text, span_text
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import (
    DocContext,
    Holder,
    resolve,
    speaker_of,
)
from sitroom.nlp.positions.acts import act_doer, instrument_owner, read_act
from sitroom.nlp.positions.announced import announces_own
from sitroom.nlp.positions.backrefs import (
    anaphora,
    definite,
    named_nouns,
    naming_nouns,
    relatives,
)
from sitroom.nlp.positions.catalog import Catalog, Issue, IssueMatch, in_scope, load_catalog
from sitroom.nlp.positions.catalog_fit import contrary_keywords, contrary_phrases
from sitroom.nlp.positions.choosing import DECLINED, as_known, choose, speaks_for
from sitroom.nlp.positions.discourse import Discourse
from sitroom.nlp.positions.found import Found, counted, echoed, prune, resolve_found
from sitroom.nlp.positions.frame import claim_agent, other_agent
from sitroom.nlp.positions.holders import (
    act_holder,
    candidates,
    controller,
    nominal_owner,
    participle_owner,
    someone_else,
)
from sitroom.nlp.positions.light import light_noun_sign
from sitroom.nlp.positions.lines import after_heading, heading_lines
from sitroom.nlp.positions.meaning import MeaningMatcher, stem
from sitroom.nlp.positions.meeting import despite_by, echoed_by, met_by
from sitroom.nlp.positions.prefilter import TextProbe
from sitroom.nlp.positions.restated import restate, restated
from sitroom.nlp.positions.route import ranked_doer
from sitroom.nlp.positions.sides import tallied
from sitroom.nlp.positions.sources import according_to, event_actor
from sitroom.nlp.positions.stance import Reading, Route, route
from sitroom.nlp.positions.stance import read as read_stance
from sitroom.nlp.positions.tallies import tallied_votes
from sitroom.nlp.positions.undoing import claim_reduced, names_reduced
from sitroom.nlp.positions.wordtests import enacts

log = logging.getLogger(__name__)

ENUMERATION_REACH = 6  # sentences after an announcement that may enumerate it
SIDES = {"support": 1, "oppose": -1}
SIDES_BY_SIGN = {1: "support", -1: "oppose"}


@Language.factory(
    "sitroom_positions_v3",
    requires=["doc._.mentions", "doc._.quotes", "doc._.events"],
    assigns=["doc._.positions"],
    default_config={"catalog": "european_security", "meaning": True},
)
def make_position_finder(nlp: Language, name: str, catalog: str, meaning: bool) -> PositionFinder:
    return PositionFinder(load_catalog(catalog), meaning=meaning)


@Language.factory(
    "sitroom_positions_v2",
    requires=["doc._.mentions", "doc._.quotes", "doc._.events"],
    assigns=["doc._.positions"],
    default_config={"catalog": "european_security"},
)
def make_position_finder_v2(nlp: Language, name: str, catalog: str) -> PositionFinder:
    return PositionFinder(load_catalog(catalog), meaning=False)


@dataclass(slots=True)
class Announcement:
    """A sentence announcing red lines / conditions that the next sentences enumerate."""

    holder: Holder
    red_line: bool
    sign: int
    index: int
    last: int


class PositionFinder:
    def __init__(self, catalog: Catalog, *, meaning: bool = True) -> None:
        self.catalog = catalog
        self.meaning = MeaningMatcher(catalog) if meaning else None
        self.agents = {i.id: a for i in catalog.issues if (a := claim_agent(i)) is not None}
        self.nouns = {i.id: named_nouns(i) for i in catalog.issues}
        self.reduced = {i.id: claim_reduced(i.claim, stem) for i in catalog.issues}
        self.contrary = {i.id: contrary_phrases(i) for i in catalog.issues}
        for warning in contrary_keywords(catalog):
            log.info("catalog %s: %s", catalog.name, warning)

    def __call__(self, doc: Doc) -> Doc:
        whole = doc_text(doc)
        mentions = doc._.mentions or []
        ctx = DocContext(
            whole,
            _holders(doc),
            doc._.quotes or [],
            doc._.events or [],
            named=list(mentions),
            doc=doc,
        )
        found: list[Found] = []
        announced: Announcement | None = None
        furniture = [(int(f[0]), int(f[1])) for f in doc._.furniture or []]
        furniture += heading_lines(whole)
        active = self._active(doc, whole)
        # a sentence can only match the cues found in the whole document: one search each
        # here, and the issues with none need no look per sentence
        probe = TextProbe(whole)
        present = {i.id: i.present(whole, probe) for i in self.catalog.issues if i.id in active}
        phrased = {issue for issue, cues in present.items() if cues}
        told = Discourse(whole)  # the issues the sentences before were on
        last: list[Found] = []  # the readings of the sentence before
        named: list[Issue] = []  # the issues named so far, the last named last
        named_by: dict[str, Issue] = {}  # act nouns this report named an issue by
        for n, sent in enumerate(doc.sents):
            text = span_text(sent)
            body = sent.start_char + len(text) - len(text.lstrip())
            if any(lo <= body and sent.end_char <= hi + 1 for lo, hi in furniture):
                continue  # a caption, sub-heading or credit holds no position
            sent = after_heading(sent, body, furniture)
            text = span_text(sent)
            listing = None
            if (
                announced is not None
                and lx.ENUMERATION.match(text)
                and n - announced.last <= 2
                and n - announced.index <= ENUMERATION_REACH
            ):
                listing = announced
                announced.last = n
            matches = self.catalog.find(text, phrased, present) if phrased else []
            if self.meaning is not None:
                # by meaning too where a phrase matched: the phrase may name the issue in
                # a clause that holds no stance ("the US boycott stemmed from ...")
                matches += self.meaning.find(sent, set(self.catalog.ids()) - active)
            matches += relatives(sent, matches)  # "the deal, which France opposes"
            here = list({m.issue.id: m.issue for m in matches}.values())
            matches += anaphora(sent, told.previous, matches)  # beside other issues too
            matches += told.refer(sent, matches)  # "Y said the move ...", "X backs it"
            nouns = {n for i in named for n in self.nouns[i.id] if n in text}
            nouns |= {n for n in named_by if n in text}
            named_by.update(naming_nouns(sent, matches))  # "a plan to disarm X"
            if nouns:  # a word test on the sentence's text first, the tokens only then
                back = definite(sent, named, {m.issue.id for m in matches}, named_by)
                matches += back  # "the target" names the issue for the next sentence too
                here += [m.issue for m in back if m.issue not in here]
            ahead = None if matches else told.antecedent(sent)
            own = tallied(text, sent.start_char, ctx, ahead)  # "Supporting countries: A, B"
            voted = here[0] if len(here) == 1 else ahead  # "7 against (A, B)": the motion
            own += tallied_votes(text, sent.start_char, ctx, voted, partial(_evidence, sent))
            here += [ahead] if own and ahead is not None else []
            told.note(sent, here)
            named = [i for i in named if i not in here] + here
            for match in matches:
                at = sent.start_char + match.start
                if any(lo <= at < hi for lo, hi in furniture):
                    continue  # a headline run into the first sentence by the parser
                own.extend(self._positions(sent, match, ctx, listing))
            own = prune(own)
            if not own and last and (echo := echoed_by(sent, ctx))[0]:
                own = echoed(last, *echo, _evidence(sent, sent.start_char))
            last = [f for f in own if not f.topic]
            for f in own:
                ctx.remember(f.holder)
            found.extend(own)
            fresh = self._announcement(sent, ctx, n)
            if fresh is not None:
                announced = fresh
        doc._.positions = [f.position() for f in resolve_found(found)]
        return doc

    def _active(self, doc: Doc, whole: str) -> set[str]:
        """The issues whose scope (and the catalog's) admits this document."""
        here = Article(text=whole, published=doc._.published, mentions=doc._.mentions or [])
        if not in_scope(self.catalog.scope, here, stories=False):
            return set()
        return {i.id for i in self.catalog.issues if in_scope(i.scope, here, stories=False)}

    def _positions(
        self, sent: Span, match: IssueMatch, ctx: DocContext, listing: Announcement | None
    ) -> list[Found]:
        base = sent.start_char
        spans = tuple((base + s, base + e) for s, e in match.spans)
        line = _line(sent, spans[0][0])
        if any(s < line[0] or e > line[1] for s, e in spans):
            return []  # the words of one phrase on different lines
        rt = route(sent, spans, line)
        if rt is None:
            return []
        quote = None if rt.background else ctx.quote_at(spans[0][0])
        speaker = speaker_of(quote, ctx) if quote is not None else None
        cands = candidates(rt, ctx)
        unnamed = ctx.unlinked_speaker(spans[0][0])
        if speaker is None and cands and cands[0].holder is None and not unnamed:
            # "We are determined ...", unattributed (not "the PM's spokesman said: 'We ...'")
            earlier = ctx.last_speaker(spans[0][0])
            speaker = speaker_of(earlier, ctx) if earlier is not None else None
        holder, stop, also = choose(cands, speaker)
        if stop == DECLINED:
            return []
        stop = controller(rt, stop)
        agent = self.agents.get(match.issue.id)
        if agent is not None and other_agent(rt, spans[0], agent, ctx, speaker or holder):
            return []  # the act of the claim, done by someone else: another question
        enumerated = False
        nominal: tuple[int, str] | None = None
        done = participle_owner(rt, ctx)
        if done is not None and all(c.kind == "speech" for c in cands):
            # "the motion, drafted by X, was carried": the participle's agent holds it
            holder, also, sign, verb = done
            stop, nominal = 0, (sign, verb)
        if holder is None and (signed := instrument_owner(rt, ctx)) is not None:
            holder, also, sign, noun = signed  # "a letter signed by X and Y calling for Z"
            stop, nominal = 0, (sign, noun)
        if holder is None and listing is not None:
            holder, stop, enumerated = listing.holder, None, True
        if holder is None and (met := met_by(rt, ctx)) is not None:
            holder, also, sign, noun = met  # "the deal met resistance from X"
            stop, nominal = 0, (sign, noun)
        if holder is None and (acting := act_doer(rt, ctx)) is not None:
            holder, also, sign, noun = acting  # "X filed a lawsuit against Y's ban"
            stop, nominal = 0, (sign, noun)
        if holder is None:
            owned = nominal_owner(sent, rt, ctx)
            if owned is not None:
                holder, sign, noun = owned
                stop, nominal = 0, (sign, noun)
        if holder is None:
            holder, stop = according_to(sent, ctx), None
        acted = False
        if holder is None and someone_else(rt, ctx):
            return []  # an unnamed holder's stance is not the actor's it speaks of
        if holder is None:
            by_event = event_actor(rt, ctx)
            if by_event is not None:
                holder, stop = by_event
                doer = act_holder(rt, ctx)  # the event is the act the content names
                acted = doer is not None and doer[0].actor_id == holder.actor_id
                also = doer[1] if doer is not None and acted else also
        if holder is None and (doer := act_holder(rt, ctx)) is not None:
            (holder, also), stop, acted = doer, None, True
        if holder is None:
            return []
        own = frozenset(
            c.step
            for c in cands
            if c.holder is None
            or c.holder.actor_id == holder.actor_id
            or speaks_for(holder, c.holder)
        )
        reading = read_stance(
            rt,
            match.cue,
            stop,
            own=own,
            base_evaluated=enumerated,
            named=match.issue.own_words,
            shielded=match.issue.shielded_words,
        )
        if nominal is not None:
            reading.attitude(nominal[0], f"{nominal[1]} (near)")
        if (
            match.cue.kind == "keywords"
            and not reading.claim_said
            and names_reduced(rt, self.reduced[match.issue.id])
        ):
            reading.flip("what the claim ends")  # "criticised the fees": for lowering them
        elif match.cue.text in self.contrary[match.issue.id]:
            reading.flip("its contrary")  # "urged the US to keep its test moratorium"
        if enumerated and listing is not None and listing.sign < 0:
            reading.polarity = -reading.polarity
        if (said := restated(rt, match.issue.claim)) is not None and not reading.blocked:
            restate(reading, said)  # "the isles belong to Norway": the claim said
        framed = any(c.kind != "intention" for c in cands if c.holder is not None) or (
            speaker is not None
        )
        if reading.hypothetical and not framed and not reading.negations:
            return []  # "an arrangement under which China would suspend X": nobody's plan
        if not reading.evaluated and _intends(reading, holder, ctx, framed=framed):
            reading.evaluated = True
            reading.cues.append("intention")
        if not reading.evaluated and not reading.blocked and announces_own(rt, stop, holder, ctx):
            reading.evaluated = True
            reading.cues.append("own act")
        own_act = not acted and not reading.evaluated and not reading.blocked
        if own_act and _own_act(rt, holder, ctx, agent):
            reading.evaluated = True  # "the PM said Canada recognises X": his side's act
            reading.cues.append("own side's act")
        if not reading.evaluated and not reading.blocked and enacts(rt, stop):
            reading.evaluated = True  # "the White House imposed new tariffs"
            reading.cues.append("enacted")
        if not reading.evaluated and not reading.blocked and (light := light_noun_sign(rt)):
            reading.attitude(*light)  # "voiced opposition [to X]", "to X" hung on the verb
        owner = holder.actor_id  # "signed an order to X": the act of the holder's own
        read_act(rt, lambda t: getattr(resolve(t, ctx), "actor_id", None) == owner, reading)
        if acted and rt.steps[0].tok.dep_ in ("relcl", "acl") and not ranked_doer(rt.steps[0].tok):
            acted = False  # "the third day that Israel has struck Syria": a description
        if acted and not reading.evaluated and not reading.blocked:
            reading.evaluated = True  # "X boycotted the summit": the act is the stance
            reading.cues.append("act")
        stance = reading.stance
        log.debug(
            "%s %s %s <- %s [%s] %r",
            holder.canonical,
            match.issue.id,
            stance,
            match.cue.text,
            " ".join(reading.cues) + f" blocked={reading.blocked} ev={reading.evaluated}",
            sent.text[:80],
        )
        if stance is None or (reading.topic and stance == "support" and not enumerated):
            return []  # wanting to discuss something is no support for it
        red = reading.red_line or bool(lx.RED_LINE.search(span_text(sent)))
        if enumerated and listing is not None:
            red = red or listing.red_line
        sides = [(who, stance, red) for who in (holder, *also)]
        against = despite_by(rt, ctx) if stance in SIDES else None
        if against is not None and against[2] == -SIDES[stance] and holder not in against[:1]:
            # "X adopted the plan despite a rejection by Y": Y stands against X's act
            sides += [(who, SIDES_BY_SIGN[against[2]], False) for who in (against[0], *against[1])]
        return [
            Found(
                holder=who,
                issue=match.issue.id,
                stance=side_stance,
                red_line=side_red,
                evidence=_evidence(sent, spans[0][0]),
                confidence=_confidence(reading, holder, match, span_text(sent)),
                topic=reading.topic,
                phrased=not match.cue.text.startswith("~"),
            )
            for who, side_stance, side_red in sides
            if not counted(who, sent.doc)  # "ten member states": not the group's stance
        ]

    def _announcement(self, sent: Span, ctx: DocContext, n: int) -> Announcement | None:
        text = span_text(sent)
        if not lx.ANNOUNCE.search(text):
            return None
        holder = None
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and not lx.first_person(subj):
            holder = resolve(subj, ctx)
        if holder is None:
            holder = according_to(sent, ctx)
        if holder is None:
            quote = ctx.quote_at(sent.start_char) or ctx.quote_at(max(sent.end_char - 2, 0))
            holder = speaker_of(quote, ctx) if quote is not None else None
        if holder is None:
            return None
        sign = -1 if lx.RED_LINE_CROSSING.search(text) else 1
        return Announcement(holder, bool(lx.RED_LINE.search(text)), sign, n, n)


def _holders(doc: Doc) -> list[Mention]:
    """The mentions that may hold a stance: none in a caption, credit, byline or dateline
    (the article keeps none of them, so a re-score sees the same), and no name of no known
    actor that the actors component read as a place ("outh African government")."""
    places = {(p.start, p.end) for p in doc._.places or []}
    furniture = [(int(f[0]), int(f[1])) for f in doc._.furniture or [] if f[2] != "title"]
    return [
        m
        for m in doc._.mentions or []
        if not any(a < m.end and m.start < b for a, b in furniture)
        and (
            (m.actor_id and not m.actor_id.startswith("local:"))
            or not (m.place or (m.start, m.end) in places)
        )
    ]


def _intends(reading: Reading, holder: Holder, ctx: DocContext, *, framed: bool = True) -> bool:
    """A plain future ("will send troops") is the holder's stance when it is their plan; a
    "would" nobody says or plans is a hypothetical ("an arrangement under which China would
    suspend ...")."""
    if reading.hypothetical and not framed:
        return False
    for subj in reading.intention_subjects:
        if lx.first_person(subj):
            return True
        if holder.source in ("syntax", "quote") and subj.lower_ in lx.THIRD_PERSON:
            return True  # "Iran said it will open a new site": the speaker's own plan
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in lx.FIRST_PERSON | lx.THIRD_PERSON:
            return True  # "his forces will take revenge": the holder's own forces
        who = resolve(subj, ctx)
        if who is not None and speaks_for(holder, who):
            return True
    return False


def _own_act(rt: Route, holder: Holder, ctx: DocContext, agent: str | None) -> bool:
    """ "The minister said Canada recognises X": an act the content names, done by the
    speaker's own side, told by its voice, is the speaker's stance too; not an act of
    another than the actor the claim names ("Putin said Moscow tested ..." on a US test)."""
    doer = act_holder(rt, ctx)
    if doer is None or not speaks_for(as_known(holder, ctx), doer[0]):
        return False
    if agent is None:
        return True
    named = [m for m in ctx.named if m.actor_id and agent in {key(m.text), key(m.canonical or "")}]
    return not named or any(m.actor_id == doer[0].actor_id for m in named)


def _confidence(reading: Reading, holder: Holder, match: IssueMatch, text: str) -> float:
    score = reading.confidence()
    if holder.source in ("according", "event", "enumeration"):
        score -= 0.05
    if match.issue.related_count(text):
        score += 0.05
    return round(min(0.95, max(0.2, score)), 3)


def _line(sent: Span, at: int) -> tuple[int, int]:
    """The characters of the line of ``sent`` that holds offset ``at``."""
    # sent.text, not sent.doc.text: spaCy joins every token of the Doc on each .text,
    # which made this (called per match) quadratic in the document's length.
    text, base = span_text(sent), sent.start_char
    lo = text.rfind("\n", 0, max(0, at - base)) + 1
    hi = text.find("\n", max(0, at - base))
    return base + lo, (base + hi if hi >= 0 else sent.end_char)


def _evidence(sent: Span, at: int) -> TextSpan:
    """The sentence, cut to the line holding the match when the parser ran lines together
    (a headline and the first sentence)."""
    text, start = span_text(sent), sent.start_char
    if "\n" in text.strip():
        lo = text.rfind("\n", 0, at - start) + 1
        hi = text.find("\n", at - start)
        text, start = text[lo : hi if hi >= 0 else len(text)], start + lo
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return TextSpan(start, start + len(stripped), stripped)
