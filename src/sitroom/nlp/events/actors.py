"""Who did it and to whom: actor references for events, from syntax and linked mentions.

An argument of an event (a subject, an object, the noun after "with") is a syntactic head.
:class:`ActorFinder` turns it into :class:`~sitroom.article.ActorRef` values: one per
conjunct ("Jordan and Britain"), coded with the country and sector of the linked mention
it heads. When that mention has no country (an unknown person, "the US special mission")
the noun phrase supplies it: the nearest country, demonym or metonym inside the phrase
("Lebanon's new President Elias Hrawi" -> LBN, "French minister" -> FRA), and the agent
dictionary gives the sector ("defense minister" -> MIL). Pronouns take the subject of the
reporting verb above them ("Iraq said it would...") or the nearest earlier mention
(:mod:`sitroom.nlp.events.pronouns`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitroom.article import ActorRef, Mention
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import key
from sitroom.nlp.events.antecedents import ORGANS, last_body
from sitroom.nlp.events.binding import (
    HOME_TYPES,
    acting_subject,
    bare_institution,
    counted_target,
    dateline_state,
    home_owned,
    negated_affiliation,
    tree_distance,
)
from sitroom.nlp.events.phrases import leading_party, middle_name, noun_phrase, phrase_text
from sitroom.nlp.events.plover import Lexicon, singular
from sitroom.nlp.events.pronouns import (
    PERSON_PRONOUNS,
    REFLEXIVE,
    THING_PRONOUNS,
    resolve_pronoun,
)
from sitroom.nlp.events.sides import (
    FOLLOWERS,
    INTERNATIONAL,
    OTHER_PARTY,
    PLACE_HEADS,
    party_key,
)
from sitroom.nlp.events.visitors import PREMISES, guest_country, is_guest

RANK = {"amod": 0, "compound": 0, "poss": 0, "nmod": 0, "appos": 1, "pobj": 2}
# Words of citizenship: "Azerbaijani citizens in Yekaterinburg" are Azerbaijan's wherever
# they are ("ethnic Albanians in Serbia" are coded by where they live).
CITIZENS = frozenset({"citizen", "national", "compatriot", "passport-holder"})
# People who serve someone named after "to" or "for": of that one's side.
AIDES = frozenset({"aide", "adviser", "advisor", "counsellor", "counselor", "spokesman",
                   "spokeswoman", "spokesperson", "assistant", "deputy"})  # fmt: skip
# Sectors of a state's own institutions: a bare "the army" is its state's.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Named by their kind alone ("the police", "opposition parties"), these belong to the
# country the report is about, as PLOVER codes a domestic opposition by its country.
HOME_SECTORS = STATE_SECTORS | {"OPP", "PTY"}
FORCE_SECTORS = frozenset({"COP", "MIL"})
HOLDINGS = frozenset(
    {"camp", "position", "base", "headquarters", "office", "stronghold", "hideout", "post"}
)  # a place that stands for whoever holds it
HOME_LEAD = 1.5  # how far the home country must lead the next one in mentions
# Entities that are never actors ("on Monday", "500 million").
NOT_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "EVENT", "LAW"})


@dataclass(slots=True)
class Indexed:
    """The mentions of a document, indexed by token."""

    mentions: list[Mention]
    by_token: dict[int, int]  # token index -> index into mentions

    @classmethod
    def build(cls, doc: Doc, mentions: list[Mention]) -> Indexed:
        by_token: dict[int, int] = {}
        for n, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                by_token.setdefault(i, n)
        return cls(mentions, by_token)

    def at(self, tok: Token) -> Mention | None:
        n = self.by_token.get(tok.i)
        return self.mentions[n] if n is not None else None


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the heads coordinated with it ("X, Y and Z"; also when the parser reads
    "Y" as an apposition of "X" with "Z" coordinated to it)."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    stack += [
        c
        for c in tok.children
        if c.dep_ == "appos" and c.i > tok.i and any(k.dep_ == "conj" for k in c.children)
    ]
    if stack:
        # "Burkina Faso, Mali, and Niger" parsed with "Mali" as an apposition of the first
        # name: a name of the same kind between commas before the last one is a member
        stack[:0] = [c for c in tok.children if middle_name(c)]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(cc for cc in c.children if cc.dep_ == "conj")
    return out


class ActorFinder:
    def __init__(self, kb: KnowledgeBase | None, lexicon: Lexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon
        # refs of phrases headed by a place or facility (by id, for this document)
        self.places: dict[int, ActorRef] = {}

    # -- countries of words --------------------------------------------------------------

    def word_country(self, tok: Token) -> str | None:
        """A demonym or country name outside any mention ("Jordanian", "Palestinians")."""
        if not (tok.pos_ in ("ADJ", "PROPN", "NOUN") or tok.is_title):
            return None
        if self.kb is not None:
            # "South African", "Sri Lankan", "Papua New Guinean": a people's name in words
            # before its last, read whole before the last word alone ("Sudanese")
            for n in (3, 2):
                if tok.i - n + 1 >= tok.sent.start:
                    words = " ".join(t.text for t in tok.doc[tok.i - n + 1 : tok.i + 1])
                    if key(words) in self.kb.demonym:
                        return self.kb.demonym[key(words)]
        for form in (tok.text, singular(tok.text)) if self.kb is not None else ():
            assert self.kb is not None
            k = key(form)
            if not k:
                continue
            if k in self.kb.demonym:
                return self.kb.demonym[k]
            if k in self.kb.metonym:
                return self.kb.metonym[k]
            for actor in self.kb.lookup(form):
                if actor.kind == "country":
                    return actor.id
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP"):
            return self.lexicon.place_country(tok.text)
        return None

    def is_demonym(self, text: str) -> bool:
        """ "French", "Palestinians": a people's name, not a place."""
        return self.kb is not None and key(text) in self.kb.demonym

    def mention_country(self, m: Mention) -> str | None:
        """A mention's country; for a place the knowledge base does not know, the
        gazetteer's ("Juba" -> SSD)."""
        if m.country:
            return m.country
        if m.type in ("GPE", "NORP"):
            return self.lexicon.place_country(m.text)
        return None

    # -- references -----------------------------------------------------------------------

    def refs(
        self, heads: list[Token], index: Indexed, *, conj: bool = True, quotes: object = None
    ) -> list[ActorRef]:
        from sitroom.nlp.events.groups import group_refs  # it reads this module's helpers

        out: list[ActorRef] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        grouped: set[object] = set()  # parties a group gave: a name of its list adds none
        for head in heads:
            for tok in conjuncts(head) if conj else [head]:
                found = group_refs(tok, index, self)
                grouped |= {party_key(r) for r in found}
                if not found:
                    single = self.ref(tok, index)
                    found = [single, *self._coordinated(tok, single, index)] if single else []
                    found = [
                        r for r in found if party_key(r) is None or party_key(r) not in grouped
                    ]
                for ref in found:
                    ident = (ref.actor_id, ref.country, ref.text)
                    if ident in seen or any(r.text == ref.text for r in out):
                        continue
                    seen.add(ident)
                    out.append(ref)
        return out

    def _coordinated(self, head: Token, ref: ActorRef, index: Indexed) -> list[ActorRef]:
        """The other nations of coordinated modifiers: "Chinese and American leaders",
        "US and Israeli strikes" (the phrase codes only one of them)."""
        out: list[ActorRef] = []
        seen = {ref.country}
        for mod in (k for k in head.children if k.dep_ in ("amod", "compound", "nmod")):
            words = conjuncts(mod)
            if len(words) < 2:
                continue
            for word in words:
                m = index.at(word)
                country = self.mention_country(m) if m is not None else self.word_country(word)
                if country and country not in seen and country not in INTERNATIONAL:
                    seen.add(country)
                    out.append(
                        ActorRef(f"{word.text} {head.text}", None, None, country, ref.sector)
                    )
        return out

    def ref(self, head: Token, index: Indexed) -> ActorRef | None:
        if head.ent_type_ in NOT_ACTORS:
            return None
        if head.lower_ in REFLEXIVE:
            return None  # "blew themselves up": no new party
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
            return self.pronoun(head, index)
        own = index.at(head)
        if own is None and head.pos_ in ("NOUN", "ADJ"):
            aliases = _known_as(head)  # "the regional bloc known as ECOWAS"
            for k in [*head.children, *aliases]:
                # "the militant group Hamas", "the paramilitary Rapid Support Forces (RSF)",
                # "the Rapid Support Forces (RSF) paramilitary group": the named body
                alias = k.dep_ in ("appos", "nmod", "compound") or k in aliases
                named = index.at(k) if alias else None
                if named is not None and k.dep_ != "appos" and named.type == "PERSON":
                    continue  # "the Biden administration" is not Biden
                if named is not None and named.type in ("ORG", "PERSON", "GROUP"):
                    ref = self.ref(k, index)  # "the militant group Hamas": Hamas
                    known = ref is not None and not (ref.actor_id or "").startswith("local:")
                    if ref is not None and ((ref.actor_id and known) or ref.country):
                        return ref
        leader = leading_party(head) if own is None and head.pos_ == "NOUN" else None
        if leader is not None:
            ref = self.ref(leader, index)  # "Hamas-led militants", "groups allied to X"
            # a state's ("Vietnamese-led forces") is coded by the phrase, as its forces
            own_body = ref is not None and ref.actor_id not in (None, ref.country)
            if ref is not None and own_body and not (ref.actor_id or "").startswith("local:"):
                return ActorRef(ref.text, ref.actor_id, ref.canonical, ref.country, ref.sector)
        if own is None and head.lemma_.lower() in HOLDINGS:
            # "the camp of the Jund al-Aqsa group", "positions of the RSF": its holder's
            for pobj in (o for p in head.children if p.lower_ == "of" for o in p.children):
                ref = self.ref(pobj, index) if pobj.dep_ == "pobj" else None
                if ref is not None and (ref.canonical or party_key(ref)):
                    return ref
        phrase = noun_phrase(head)
        if own is None and head.lemma_.lower() in FOLLOWERS:
            # "Machar's group", "his supporters": the side of the person who leads them
            for k in (k for k in head.children if k.dep_ == "poss"):
                person = index.at(k)
                if k.pos_ == "PRON" and k.lower_ in PERSON_PRONOUNS:
                    ref = self.pronoun(k, index)
                elif person is not None and person.type == "PERSON":
                    ref = self.ref(k, index)
                else:
                    continue
                if ref is not None and ref.canonical:
                    text = phrase_text(head, phrase)
                    return ActorRef(text, ref.actor_id, ref.canonical, ref.country, ref.sector)
        if own is None:
            owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if owner and owner[0].lower_ in THING_PRONOUNS | {"his", "her"}:
                # "its forces", "his government": the forces of whoever it stands for
                ref = self.pronoun(owner[0], index)
                if ref is not None:
                    sector = self.lexicon.sector([head.lower_])
                    text = phrase_text(head, phrase)
                    # "his Ugandan counterpart": the nation the phrase names wins; not a
                    # place it is in ("its embassy in Caracas" is still its own)
                    held = [t for t in phrase if t.i < head.i or t.head.i == head.i]
                    nation, _ = self._phrase_country(head, held, index, None)
                    if head.lemma_.lower() in PREMISES:
                        nation = None  # "its Syria consulate": where it is, not whose
                    if head.lemma_.lower() in OTHER_PARTY:
                        # "his counterpart": the other side, of the nation named or none
                        return ActorRef(text, None, None, nation, sector) if nation else None
                    if _known_group(ref) and not nation:
                        # "According to the RSF, its fighters ...": a group's own are it
                        return ActorRef(text, ref.actor_id, ref.canonical, ref.country, ref.sector)
                    return ActorRef(text, None, None, nation or ref.country, sector or ref.sector)
        if own is None and head.lemma_.lower() in AIDES:
            # "an aide to President X", "a spokesman for the ministry": X's side, not X
            for served in (o for p in head.children if p.lower_ in ("to", "for")
                           for o in p.children if o.dep_ == "pobj"):  # fmt: skip
                ref = self.ref(served, index)
                if ref is not None and ref.country:
                    text = phrase_text(head, phrase)
                    return ActorRef(text, None, None, ref.country, ref.sector or "GOV")
        organ = own is not None and head.lower_ in ORGANS  # "the Board": of the body before
        earlier_body = last_body(self, head, index) if own is None or organ else None
        if earlier_body is not None:
            return earlier_body  # "the bloc", "the agency": the organisation named before
        if own is None and _definite_plural(head):
            earlier = self.antecedent(head, index)  # "the allies" after "European allies"
            if earlier is not None:
                return earlier
        actor_id = own.actor_id if own is not None else None
        canonical = own.canonical if own is not None else None
        country = self.mention_country(own) if own is not None else None
        sector = own.sector if own is not None else None
        international = own is not None and own.sector in INTERNATIONAL
        people = own is not None and (own.type in ("NORP", "GROUP") or self.is_demonym(own.text))
        if own is not None and people and _ethnic(head, own):
            # "ethnic Albanians": civilians coded by where they live, not a nation
            country, sector = None, sector or "CVL"
        if not international:
            found, source = self._phrase_country(head, phrase, index, own)
            unknown = own is None or (own.country is None and own.sector is None)
            if source is not None and source.sector in INTERNATIONAL and unknown:
                international, sector = True, source.sector
            elif found is not None and country is None:
                country = found
            elif found is not None and found != country and own is not None:
                if own.type == "PERSON" and own.confidence < 0.9:
                    # "Bulgarian President Todor Zhivkov" fuzzily linked to someone else:
                    # the words of the sentence win over a doubtful link
                    country, actor_id, canonical = found, None, None
                elif (
                    people and _located(head, phrase, index) and head.lemma_.lower() not in CITIZENS
                ):
                    country = found  # "ethnic Albanians in south Serbia": where they live
        if not international:
            words = [t.lower_ for t in phrase if t.i <= head.i and not t.is_punct]
            if own is None or people or own.sector is None:
                sector = self.lexicon.sector(words) or sector
            if sector is None and people and head.tag_ in ("NNS", "NNPS"):
                sector = "CVL"  # "Nigerians", "Palestinians living in Gaza": civilians
        if own is None and country is None and is_guest(head):
            country = guest_country(self, head, index)  # "the visiting president"
        if own is None and country is None and sector in HOME_SECTORS and bare_institution(head):
            # "the army", "government forces"; police or troops acting in the report's first
            # sentence belong to the country it names ("Riot police fired tear gas at
            # protesters in Serbia's capital"; officials or leaders may be visitors there)
            country = self.home(head, index, first=sector in FORCE_SECTORS)
        if own is None and country is None and sector in HOME_SECTORS and counted_target(head):
            country = self.home(head, index)  # "sanctions against three generals"
        if own is None and country is None and home_owned(head):
            country = self.home(head, index)  # "the country's president"
        if own is None and country is None and sector is None:
            return None
        text = phrase_text(head, phrase)
        if own is not None and own.type in ("PERSON", "ORG", "GROUP") and len(phrase) <= 2:
            text = own.text
        ref = ActorRef(
            text=text, actor_id=actor_id, canonical=canonical, country=country, sector=sector
        )
        if own is None and sector is None and head.lemma_.lower() in PLACE_HEADS:
            self.places[id(ref)] = ref
        return ref

    def no_places(self, refs: list[ActorRef]) -> list[ActorRef]:
        """``refs`` without places: a place never acts."""
        return [r for r in refs if id(r) not in self.places]

    def _phrase_country(
        self, head: Token, phrase: list[Token], index: Indexed, own: Mention | None
    ) -> tuple[str | None, Mention | None]:
        """The nearest country named inside the phrase, by closeness to the head: a
        mention's country, or a demonym or country name in words no mention codes."""
        candidates: list[tuple[int, int, str, Mention | None]] = []
        for tok in phrase:
            if tok.i == head.i or negated_affiliation(tok):
                continue
            m = index.at(tok)
            code = None
            if m is not None and m is not own and self.is_demonym(m.text):
                # "Azerbaijani" read as a person's name: a people's word names its state
                code = self.word_country(tok)
            elif m is not None and m is not own:
                code = self.mention_country(m) or (m.sector if m.sector in INTERNATIONAL else None)
            if code is None and (m is None or not m.country):
                code = self.word_country(tok)
                m = None if code else m
            if code is None:
                continue
            depth, dep = tree_distance(tok, head)
            located = (
                dep == "pobj"
                and head.lemma_.lower() not in CITIZENS
                and own is not None
                and (own.type in ("NORP", "GROUP") or self.is_demonym(own.text))
            )
            rank = -1 if located else RANK.get(dep, 3) + depth
            candidates.append((rank, abs(tok.i - head.i), code, m))
        if not candidates:
            return None, None
        candidates.sort(key=lambda c: (c[0], c[1]))
        _, _, code, m = candidates[0]
        return (None if code in INTERNATIONAL else code), m

    def home(self, head: Token, index: Indexed, first: bool = False) -> str | None:
        """The state a bare institution ("the army", "the government") belongs to: the
        country the text has named most before it (with ``first``, in the report's first
        sentence, anywhere in that sentence), when one clearly leads."""
        counts: dict[str, int] = {}
        until = head.sent.end_char if first and head.sent.start == 0 else head.idx
        # "Canada accused the junta": what a state acts on is not its own (it would say
        # "its army"), so the acting state is not counted as the home of its object
        subject = acting_subject(head)
        own = index.at(subject) if subject is not None else None
        acting = self.mention_country(own) if own and own.type in ("GPE", "NORP") else None
        for m in index.mentions:
            if m.start >= until:
                break
            code = self.mention_country(m)  # an international body is no one's home
            if code and code != acting and m.sector not in INTERNATIONAL and m.type in HOME_TYPES:
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked and len(ranked) > 1 and ranked[0] < HOME_LEAD * ranked[1]:
            # no clear lead: the state the report is filed from ("YANGON -") breaks a tie
            filed = dateline_state(head.doc, self.lexicon.place_country)
            return filed if filed and counts.get(filed) == ranked[0] else None
        return max(counts, key=lambda k: counts[k]) if ranked else None

    def antecedent(self, head: Token, index: Indexed) -> ActorRef | None:
        """The latest group mention before ``head`` with the same head noun."""
        doc = head.doc
        for m in reversed(index.mentions):
            if m.end > head.idx or m.type != "GROUP":
                continue
            if m.text.split()[-1].lower() != head.lower_:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.i != head.i:
                return self.ref(span.root, index)
        return None

    def pronoun(self, tok: Token, index: Indexed) -> ActorRef | None:
        return resolve_pronoun(self, tok, index)


def _known_group(ref: ActorRef) -> bool:
    """A body of the knowledge base that is no state's institution (an armed group, a
    party): its fighters, members or leaders are coded as the body itself."""
    known = bool(ref.actor_id) and not (ref.actor_id or "").startswith("local:")
    return known and ref.sector not in STATE_SECTORS and ref.sector not in INTERNATIONAL


def _definite_plural(head: Token) -> bool:
    """ "the allies", "the rebels": a plural noun with "the" and nothing else before it."""
    if head.tag_ != "NNS":
        return False
    left = [c for c in head.children if c.i < head.i]
    return len(left) == 1 and left[0].lower_ == "the"


def _ethnic(head: Token, own: Mention) -> bool:
    doc = head.doc
    span = doc.char_span(own.start, own.end, alignment_mode="expand")
    first = span.start if span is not None else head.i
    before = first > 0 and doc[first - 1].lower_ == "ethnic"
    return before or any(c.lower_ == "ethnic" for c in head.children)


def _located(head: Token, phrase: list[Token], index: Indexed) -> bool:
    """A group noun with "in/of <place>" ("Albanians of southern Serbia")."""
    for tok in phrase:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.i == head.i:
            m = index.at(tok)
            if m is not None and m.type == "GPE":
                return True
    return False


def _known_as(head: Token) -> list[Token]:
    """The name a common noun is given by "known as" ("the regional bloc known as X")."""
    return [
        o
        for v in head.children
        if v.dep_ == "acl" and v.lemma_.lower() == "know"
        for p in v.children
        if p.lower_ == "as"
        for o in p.children
        if o.dep_ == "pobj"
    ]
