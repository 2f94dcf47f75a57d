"""Who did it and to whom: actor references for events, from syntax and linked mentions.

An argument of an event (a subject, an object, the noun after "with") is a syntactic head.
:class:`ActorFinder` turns it into :class:`~sitroom.article.ActorRef` values: one per
conjunct ("Jordan and Britain"), coded with the country and sector of the linked mention
it heads. When that mention has no country (an unknown person, "the US special mission")
the noun phrase supplies it: the nearest country, demonym or metonym inside the phrase
("Lebanon's new President Elias Hrawi" -> LBN, "French minister" -> FRA), and the agent
dictionary gives the sector ("defense minister" -> MIL). Pronouns take the subject of the
reporting verb above them ("Iraq said it would...") or the nearest earlier mention.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitroom.article import ActorRef, Mention
from sitroom.kb import KnowledgeBase
from sitroom.kb.normalize import key
from sitroom.nlp.plover import Lexicon, singular

# Children that leave the noun phrase: clauses and coordination.
NP_EXCLUDE = frozenset(
    {"relcl", "acl", "advcl", "conj", "cc", "punct", "ccomp", "xcomp", "parataxis", "dep"}
)
NP_PREPS = frozenset({"of", "from", "in", "at", "for", "on", "within", "inside"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "theirs"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
INTERNATIONAL = frozenset({"IGO", "NGO"})
RANK = {"amod": 0, "compound": 0, "poss": 0, "nmod": 0, "appos": 1, "pobj": 2}


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
    """``tok`` and the heads coordinated with it ("X, Y and Z")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(cc for cc in c.children if cc.dep_ == "conj")
    return out


def noun_phrase(head: Token) -> list[Token]:
    """The tokens of the phrase headed by ``head``, without clauses or conjuncts."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in NP_EXCLUDE]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ not in NP_PREPS:
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in NP_EXCLUDE)
    out.sort(key=lambda t: t.i)
    return out


class ActorFinder:
    def __init__(self, kb: KnowledgeBase | None, lexicon: Lexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon

    # -- countries of words --------------------------------------------------------------

    def word_country(self, tok: Token) -> str | None:
        """A demonym or country name outside any mention ("Jordanian", "Palestinians")."""
        if self.kb is None or not (tok.pos_ in ("ADJ", "PROPN", "NOUN") or tok.is_title):
            return None
        for form in (tok.text, singular(tok.text)):
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
        return None

    # -- references -----------------------------------------------------------------------

    def refs(
        self, heads: list[Token], index: Indexed, *, conj: bool = True, quotes: object = None
    ) -> list[ActorRef]:
        out: list[ActorRef] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        for head in heads:
            for tok in conjuncts(head) if conj else [head]:
                ref = self.ref(tok, index)
                if ref is None:
                    continue
                ident = (ref.actor_id, ref.country, ref.text)
                if ident in seen or any(r.text == ref.text for r in out):
                    continue
                seen.add(ident)
                out.append(ref)
        return out

    def ref(self, head: Token, index: Indexed) -> ActorRef | None:
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
            return self.pronoun(head, index)
        phrase = noun_phrase(head)
        own = index.at(head)
        if own is None and head.dep_ == "compound":
            own = None
        country = own.country if own is not None else None
        sector = own.sector if own is not None else None
        if own is not None and own.sector in INTERNATIONAL and not country:
            country = None  # an international body answers by its sector
        if country is None and (own is None or own.sector not in INTERNATIONAL):
            country, from_mention = self._phrase_country(head, phrase, index, own)
            if own is None and from_mention is not None and from_mention.sector in INTERNATIONAL:
                sector = sector or from_mention.sector
        words = [t.lower_ for t in phrase if t.i <= head.i and not t.is_punct]
        if own is None or own.type in ("GROUP", "NORP") or own.sector is None:
            sector = self.lexicon.sector(words) or sector
        if own is None and country is None and sector is None:
            return None
        text = _phrase_text(head, phrase)
        if own is not None and own.type in ("PERSON", "ORG", "GROUP") and len(phrase) <= 2:
            text = own.text
        return ActorRef(
            text=text,
            actor_id=own.actor_id if own is not None else None,
            canonical=own.canonical if own is not None else None,
            country=country,
            sector=sector,
        )

    def _phrase_country(
        self, head: Token, phrase: list[Token], index: Indexed, own: Mention | None
    ) -> tuple[str | None, Mention | None]:
        """The nearest country named inside the phrase, by closeness to the head."""
        candidates: list[tuple[int, int, str, Mention | None]] = []
        for tok in phrase:
            if tok.i == head.i:
                continue
            m = index.at(tok)
            if m is not None and own is not None and m is own:
                continue
            code = None
            if m is not None:
                code = m.country or (m.sector if m.sector in INTERNATIONAL else None)
            if code is None and m is None:
                code = self.word_country(tok)
            if code is None:
                continue
            depth, dep = _distance(tok, head)
            candidates.append((RANK.get(dep, 3) + depth, abs(tok.i - head.i), code, m))
        if not candidates:
            return None, None
        candidates.sort(key=lambda c: (c[0], c[1]))
        _, _, code, m = candidates[0]
        return (None if code in INTERNATIONAL else code), m

    def pronoun(self, tok: Token, index: Indexed) -> ActorRef | None:
        low = tok.lower_
        if low in FIRST_PERSON:
            return None  # the quote speaker is handled by the caller
        governing = reporting_subject(tok)
        if governing is not None and governing.i != tok.i:
            ref = self.ref(governing, index)
            if ref is not None:
                return ref
        want_person = low in PERSON_PRONOUNS
        for m in reversed(index.mentions):
            if m.start >= tok.idx:
                continue
            if (m.type == "PERSON") != want_person:
                continue
            if m.country or m.sector or m.actor_id:
                return ActorRef(m.text, m.actor_id, m.canonical, m.country, m.sector)
        return None


def reporting_subject(tok: Token) -> Token | None:
    """For the subject of a reported clause, the subject of the verb that reports it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") and verb.head is not verb:
        verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ != "PRON":
            return subj[0]
    return None


def _distance(tok: Token, head: Token) -> tuple[int, str]:
    """Steps from ``tok`` up to ``head``, and the relation of the first step below it."""
    depth = 0
    cur = tok
    dep = tok.dep_
    while cur.i != head.i and cur.head is not cur and depth < 8:
        dep = cur.dep_
        cur = cur.head
        depth += 1
    return depth, dep


def _phrase_text(head: Token, phrase: list[Token]) -> str:
    toks = [t for t in phrase if not (t.dep_ == "det" and t.i < head.i and t.i == phrase[0].i)]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return head.text
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text
