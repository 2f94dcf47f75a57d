"""Who a word names: the actor behind a mention, a pronoun, a quote's speaker.

:class:`DocContext` holds what the holder finder knows about a document (mentions, quotes,
events); :func:`resolve` turns a word into the :class:`Holder` it names (its mention, the
country of "officials in Moscow", a leader's "administration", a pronoun's antecedent);
where no predicate names the holder, :mod:`.sources` does.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from sitroom.article import Event, Mention, Quote
from sitroom.nlp.lexicon import PERSON_ROLE_NOUNS, SPEECH_VERBS
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.described import described, office_holder
from sitroom.nlp.positions.members import listed_members

# Heads that a leader's name makes that leader's government ("the Trump administration").
LEADER_BODIES = frozenset({"administration", "government", "cabinet", "team", "camp"})
# Heads whose modifier names the actor: "Polish officials", "the government of Poland".
ACTOR_HEADS = PERSON_ROLE_NOUNS | lx.ACTOR_HEADS
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
DUMMY_SUBJECTS = frozenset({"it", "this", "that", "there", "which"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Heads whose "in" phrase names the region they lie in, not themselves.
REGION_MEMBERS = frozenset({"nation", "country", "state", "member", "government"})


@dataclass(frozen=True, slots=True)
class Holder:
    actor_id: str
    canonical: str
    type: str
    country: str | None
    start: int
    end: int
    source: str = "syntax"  # syntax | quote | according | event | enumeration | pronoun
    sector: str | None = None

    @staticmethod
    def of(m: Mention, source: str = "syntax") -> Holder | None:
        if not m.actor_id:
            return None
        canonical = m.canonical or m.text
        return Holder(m.actor_id, canonical, m.type, m.country, m.start, m.end, source, m.sector)


@dataclass(slots=True)
class DocContext:
    """What the holder finder knows about a document: mentions, quotes, events."""

    text: str
    mentions: list[Mention]
    quotes: list[Quote]
    events: list[Event]
    recent: list[tuple[int, Holder]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # every mention of the document, those that may hold no stance too (a name read as a
    # place still tells who a claim's agent is); the holders' when not given
    named: list[Mention] = field(default_factory=list)
    doc: Doc | None = None  # the parse, for what a quote's pronoun speaker stands for

    def __post_init__(self) -> None:
        self.named = self.named or list(self.mentions)
        self.mentions = [_known(m, self.mentions) for m in self.mentions]
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def mention_at(self, char: int) -> Mention | None:
        i = bisect_right(self._starts, char) - 1
        while i >= 0 and self.mentions[i].end > char - 200:
            m = self.mentions[i]
            if m.start <= char < m.end:
                return m
            i -= 1
        return None

    def quote_at(self, char: int) -> Quote | None:
        """The trusted quote with a linked speaker that contains ``char``."""
        for q in self.quotes:
            if (
                q.start <= char < q.end
                and q.speaker
                and q.speaker.actor_id
                and _trusted(q, self.text)
            ):
                return q
        return None

    def unlinked_speaker(self, char: int) -> bool:
        """Whether ``char`` is inside a quote whose speaker is named by words no actor is
        linked to ("the Prime Minister's spokesman said: 'We ...'")."""
        return any(
            q.start <= char < q.end
            and q.speaker
            and not q.speaker.actor_id
            and " " in q.speaker.text
            for q in self.quotes
        )

    def last_speaker(self, char: int, reach: int = 400) -> Quote | None:
        """The latest quote with a linked speaker ending shortly before ``char``: an
        unattributed first-person quote right after it continues the same speaker."""
        best = None
        for q in self.quotes:
            near = q.end <= char and char - q.end <= reach
            if near and q.speaker and q.speaker.actor_id and (best is None or q.end > best.end):
                best = q
        return best

    def remember(self, holder: Holder) -> None:
        self.recent.append((holder.start, holder))


def _known(m: Mention, mentions: list[Mention]) -> Mention:
    """A person the knowledge base does not know, named by part of the full name of one it
    knows in the same document ("Abdel" after "Abdel Fattah al-Burhan"), is that person."""
    if m.type != "PERSON" or not (m.actor_id or "").startswith("local:"):
        return m
    words = set(m.text.lower().split())
    full = {
        x.actor_id: x
        for x in mentions
        if x.type == "PERSON"
        and x.actor_id
        and not x.actor_id.startswith("local:")
        and words <= set(x.text.lower().replace("-", " ").split()) | set(x.text.lower().split())
    }
    if len(full) != 1:
        return m
    known = next(iter(full.values()))
    return replace(
        m,
        actor_id=known.actor_id,
        canonical=known.canonical,
        country=known.country,
        sector=known.sector,
    )


def _trusted(q: Quote, text: str) -> bool:
    """A quote without a cue keeps its speaker only within the speaker's paragraph."""
    if q.speaker is None:
        return True
    if q.speaker.text.lower() in DUMMY_SUBJECTS:
        return False  # "It would have been better to talk about ...": no one speaks
    if q.cue is not None:
        return True
    if q.start <= q.speaker.start < q.end:
        return False  # a "speaker" found inside the quote itself, with no cue
    lo, hi = sorted((q.speaker.end, q.start))
    return "\n" not in text[lo:hi]


PLACE_IDS = "local:place:"  # a place the linker named, no actor of the knowledge base


def speaker_of(q: Quote, ctx: DocContext) -> Holder | None:
    """A quote's speaker; type and country from the mention it resolves to, if any."""
    sp = q.speaker
    if sp is None or not sp.actor_id:
        return None
    if sp.actor_id.startswith(PLACE_IDS) and sp.text.lower() in PERSON_PRONOUNS | {"it"}:
        return None  # "a group of countries said it ...": a place named before holds nothing
    if sp.text.lower() in PLURAL_PRONOUNS and ctx.doc is not None:
        said = ctx.doc.char_span(sp.start, sp.end)
        if said is not None and _unnamed_plural(said[0], ctx):
            return None  # "French farmers are protesting. They argue ...": no actor
    m = ctx.mention_at(sp.start)
    if m is None or m.actor_id != sp.actor_id:
        m = next((x for x in reversed(ctx.mentions) if x.actor_id == sp.actor_id), None)
    if m is None:
        return Holder(
            sp.actor_id, sp.canonical or sp.text, "PERSON", None, sp.start, sp.end, "quote"
        )
    return Holder(
        sp.actor_id, sp.canonical or sp.text, m.type, m.country, sp.start, sp.end, "quote", m.sector
    )


LEADING_VERBS = frozenset({"lead", "head", "spearhead"})


def companions(tok: Token, ctx: DocContext) -> list[Holder]:
    """Actors conjoined with a word or listed after it: "X and Y", "80 countries, including
    X, Y and Z"."""
    hung: list[Token] = []
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        # "states that backed the deal, including X and Y": the parser hangs a list after
        # the clause on the clause's object
        hung = [c for c in tok.head.children if c.dep_ == "dobj"]
        tok = tok.head.head  # "countries like X and Y, which sought ...": the antecedent's
    found: list[Holder] = []
    words = [c for c in tok.children if c.dep_ in ("conj", "appos")] + listed_members(tok)
    # "a coalition of oil states - including X, Y and Z - opposed it": the list may hang
    # on the group's "of" phrase
    groups = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    for prep in [c for g in (tok, *groups, *hung) for c in g.children]:
        if prep.dep_ == "prep" and prep.lower_ in ("including", "like", "notably"):
            words.extend(c for c in prep.children if c.dep_ == "pobj")
        if prep.lower_ == "such" or (prep.dep_ == "prep" and prep.lower_ == "as"):
            words.extend(c for c in prep.subtree if c.dep_ == "pobj")
        if prep.dep_ == "acl" and prep.lemma_.lower() in LEADING_VERBS:
            # "a bloc of oil states, led by X and Y": those who lead it speak for it
            words.extend(p for by in prep.children if by.lower_ == "by" for p in by.children)
    seen: set[str] = set()
    while words:
        w = words.pop(0)
        words.extend(c for c in w.children if c.dep_ == "conj")
        holder = resolve(w, ctx)
        if holder is None and w.i != tok.i:  # "supporters include nations like X and Y"
            words.extend(
                c
                for p in w.children
                if p.lower_ in ("like", "as")
                for c in p.subtree
                if c.dep_ == "pobj"
            )
        if holder is not None and holder.actor_id not in seen:
            seen.add(holder.actor_id)
            found.append(holder)
    return found


def named_with(tok: Token, ctx: DocContext) -> tuple[Holder, list[Holder]] | None:
    """The actor a word names and the actors listed with it ("X and Y", "countries such as
    X and Y": the first listed stands first when the word itself names none), or None."""
    holder, also = resolve(tok, ctx), companions(tok, ctx)
    if holder is None and also:
        holder, also = also[0], also[1:]
    return None if holder is None else (holder, also)


def plural_head(tok: Token) -> bool:
    """A plural common noun, or a relative pronoun standing for one ("states that ...")."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    return tok.tag_ == "NNS"


# -- resolving words to actors -------------------------------------------------------------------


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def resolve(tok: Token, ctx: DocContext) -> Holder | None:
    """The actor a word names: its mention, a mention inside its phrase, or a pronoun's."""
    low = tok.lower_
    if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        return resolve(tok.head.head, ctx)  # "Michel Barnier, who rejected the deal"
    if low in PERSON_PRONOUNS | PLURAL_PRONOUNS or low == "it":
        return pronoun(tok, ctx)
    m = ctx.mention_at(tok.idx)
    if m is not None:
        return Holder.of(m)
    group = social_group(tok, ctx)
    if group is not None:
        return group
    if tok.lemma_.lower() not in ACTOR_HEADS and low not in ACTOR_HEADS:
        return described(tok, ctx)  # "the militia": the armed group named before
    if (office := office_holder(tok, ctx)) is not None:
        return office  # "the British prime minister": who held the office on that date
    constituents = _members(tok)
    for child in tok.children:  # "officials in Moscow", "the government of Poland"
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            m = ctx.mention_at(child.idx)
            if m is not None and constituents and m.sector == "IGO":
                return None  # "IMO members voted": the states in a body, not the body
            if m is not None and m.type in ("GPE", "ORG", "GROUP", "NORP"):
                return Holder.of(m)
            if m is not None and m.type == "PERSON" and tok.lemma_.lower() in LEADER_BODIES:
                return Holder.of(m)  # "the Trump administration": its leader's government
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "at"):
            if child.lower_ == "in" and tok.lemma_.lower() in REGION_MEMBERS:
                continue  # "three nations in West Africa" are not West Africa
            for pobj in child.children:
                m = ctx.mention_at(pobj.idx)
                if m is not None and constituents and m.sector == "IGO":
                    return None  # "members of the IMO voted": not the IMO's own stance
                if m is not None and m.type in ("GPE", "ORG", "GROUP"):
                    return Holder.of(m)
    return described(tok, ctx)  # "the government": the state named just before


def _members(tok: Token) -> bool:
    """Plural "members" or "member states": the states that sit in an intergovernmental body,
    each with its own vote, whose majority or faction is not the body's stance."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return tok.lemma_.lower() == "member" or any(
        c.dep_ == "compound" and c.lemma_.lower() == "member" for c in tok.children
    )


GROUP_IDS = "local:group:"  # a group of people by trade and nationality ("French farmers")


def social_group(tok: Token, ctx: DocContext) -> Holder | None:
    """A plural noun for people by trade with a nationality right before it ("French
    farmers", "Spanish fishermen"): a group the knowledge base does not know, named by
    those two words. A bare "farmers" names no one in particular and holds nothing."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ not in lx.SOCIAL_GROUPS:
        return None
    if tok.i == 0:
        return None
    if not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.lefts):
        return _named_before(tok, ctx)
    adj = tok.doc[tok.i - 1]
    if adj.head.i != tok.i or adj.dep_ not in ("amod", "compound"):
        return None
    m = ctx.mention_at(adj.idx)
    if m is None or m.type not in ("NORP", "GPE") or m.start != adj.idx or m.end > tok.idx:
        return None
    name = f"{adj.text} {tok.lower_}"
    end = tok.idx + len(tok.text)
    slug = name.lower().replace(" ", "-")
    return Holder(GROUP_IDS + slug, name, "GROUP", m.country, adj.idx, end, "syntax", "CVL")


def _named_before(tok: Token, ctx: DocContext) -> Holder | None:
    """A bare "farmers" shortly after "French farmers" (in the sentence or the two before)
    is that group, the way a surname after a full name is that person."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : tok.i]):
        if t.lower_ == tok.lower_ and any(c.dep_ in ("amod", "compound") for c in t.lefts):
            group = social_group(t, ctx)
            if group is not None:
                return group
    return None


def _reporting_body(tok: Token, ctx: DocContext) -> Holder | None:
    """The body (not a person) that reports a clause whose subject is ``it``: "The
    militia said it rejected the truce" (the reporting verb's subject)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_VERBS:
        return None
    for child in verb.head.children:
        if child.dep_ == "nsubj":
            found = (ctx.mention_at(t.idx) for t in (child, *child.subtree))
            m = next((m for m in found if m is not None), None)
            if m is not None and m.type in ("ORG", "GPE", "GROUP", "NORP"):
                return Holder.of(m)
    return None


def pronoun(tok: Token, ctx: DocContext) -> Holder | None:
    """He/she/they: the quote speaker the pronoun is, else the latest fitting actor."""
    if tok.lower_ in PLURAL_PRONOUNS:
        last = _last_plural_subject(tok)
        group = social_group(last, ctx) if last is not None else None
        if group is not None:  # "French farmers are protesting. They argue ..."
            return replace(group, source="pronoun")
        if _unnamed_plural(tok, ctx):
            return None  # "Farmers are protesting. They argue ...": no actor
        pair = _coordinated_subject(tok)
        if pair is not None:  # "X and Y met Z. They proposed ...": X and Y, not Z
            who = resolve(pair, ctx)
            return replace(who, source="pronoun") if who is not None else None
    for q in ctx.quotes:
        sp = q.speaker
        if sp is not None and sp.start == tok.idx and sp.actor_id:
            if sp.actor_id.startswith(PLACE_IDS):
                return None  # a pronoun read as a place: no holder
            return Holder(
                sp.actor_id, sp.canonical or sp.text, "PERSON", None, sp.start, sp.end, "pronoun"
            )
    low = tok.lower_
    if low == "it":  # too often a dummy subject ("it would be better to ..."), except
        return _reporting_body(tok, ctx)  # a body's own "it" ("the army said it rejected")
    want_person = low in PERSON_PRONOUNS
    for start, holder in reversed(ctx.recent):
        if start >= tok.idx or tok.idx - start > 1500:
            continue
        if want_person == (holder.type == "PERSON"):
            return replace(holder, source="pronoun")
        break
    for m in reversed(ctx.mentions):
        if m.end > tok.idx or not m.actor_id:
            continue
        if tok.idx - m.end > 600:
            break
        if want_person and m.type == "PERSON":
            return Holder.of(m, "pronoun")
        if low in PLURAL_PRONOUNS and m.type in ("GROUP", "GPE", "ORG", "NORP"):
            return Holder.of(m, "pronoun")
    return None


def listed_antecedents(tok: Token, ctx: DocContext) -> list[Holder]:
    """The actors a "they" speaks of when the plural subject before it lists them ("Oil
    states, including X, Y and Z, resisted. They argue ..."): each of them, not only the
    last one named."""
    if _role_plural(tok):  # "X and Y met on Monday. The ministers criticised ..."
        pair = _named_pair_before(tok)
        named = _pair(pair, ctx) if pair is not None else []
        return [h for h in named if h.type == "PERSON"]
    if tok.lower_ not in PLURAL_PRONOUNS:
        return []
    last = _last_plural_subject(tok)
    if last is None:  # "X and Y met Z. They proposed ...": both of the pair
        pair = _coordinated_subject(tok)
        return _pair(pair, ctx) if pair is not None else []
    if last.tag_ == "PRP" or last.i == tok.i:
        return []
    return [replace(h, source="pronoun") for h in companions(last, ctx)]


def _pair(head: Token, ctx: DocContext) -> list[Holder]:
    """The actors a subject joined by "and" names, first the head's (the parser may hang
    one name below the other: "Minister X and Minister Y said")."""
    found: list[Holder] = []
    below = [c for c in head.children if c.dep_ == "nmod" and c.pos_ == "PROPN"]
    for h in (resolve(head, ctx), *companions(head, ctx), *(resolve(c, ctx) for c in below)):
        if h is not None and all(h.actor_id != f.actor_id for f in found):
            found.append(replace(h, source="pronoun"))
    return found


def _role_plural(tok: Token) -> bool:
    """ "the ministers", "the two leaders": people by role, not said whose."""
    return (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() in PERSON_ROLE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("compound", "poss", "prep", "nmod", "relcl") for c in tok.children)
    )


def _named_pair_before(tok: Token) -> Token | None:
    """The latest subject of names joined by "and" in ``tok``'s sentence or the one before."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for t in reversed(doc[start : tok.i]):
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.subtree)
        ):
            return t
    return None


def _unnamed_plural(tok: Token, ctx: DocContext) -> bool:
    """Whether the plural subject nearest before a "they" names no actor ("farmers",
    "protesters", "critics"): the pronoun speaks of them, not of an actor named earlier."""
    last = _last_plural_subject(tok)
    if last is None:
        return False
    if last.tag_ == "PRP" or ctx.mention_at(last.idx) is not None or companions(last, ctx):
        return False
    return resolve(last, ctx) is None


def _coordinated_subject(tok: Token) -> Token | None:
    """The subject nearest before ``tok`` (its sentence or the one before) when it is names
    joined by "and" ("Miliband and Hoekstra met ..."): what a "they" after it speaks of."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    for t in reversed(doc[start : tok.i]):
        if t.dep_ in ("nsubj", "nsubjpass"):
            # the parser may hang the pair below the head ("X and EU commissioner Y")
            joined = any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.subtree)
            return t if joined and t.pos_ == "PROPN" else None
    return None


def _last_plural_subject(tok: Token) -> Token | None:
    """The plural subject nearest before ``tok`` in its sentence or the one before."""
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start : tok.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and (
            t.tag_ in ("NNS", "NNPS", "PRP") or _collective(t)
        ):
            return t
    return None


def _collective(tok: Token) -> bool:
    """A singular noun for a body of many ("a bloc of oil-producing nations", "a group of
    states"): "they" after it speaks of its members."""
    return tok.tag_ == "NN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in tok.children
    )
