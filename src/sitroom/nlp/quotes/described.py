"""Speakers named by a description rather than a name: a document's author ("the report
by the agency"), the text someone issued ("the statement"), a body named before ("the
ministry"), a role holder named next ("the spokesman ... spokesman X").

Helpers of :class:`sitroom.nlp.quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.actors.kb import Actor
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.actors.linker import HONORIFICS
from sitroom.nlp.lexicon import (
    ARMED_BODY_NOUNS,
    BODY_NOUNS,
    DOCUMENT_SOURCES,
    ISSUED_TEXTS,
    MEDIUM_NOUNS,
    PERSON_ROLE_NOUNS,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_SOURCE_NOUNS,
)
from sitroom.nlp.quotes.frame import cue_lemma
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.placing import is_subject_mention
from sitroom.nlp.quotes.roles import HEAD_OF
from sitroom.nlp.quotes.subjects import source_of

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
ROLE_WINDOW = 6000
ISSUED_TOKENS = 120  # tokens back to "a statement" that "the statement" refers to
NAMED_NEXT_WINDOW = 400  # characters ahead where "spokesman X" names "the spokesman"
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "INS"})
PARTY_SECTOR = "PTY"  # PLOVER's sector of political parties
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
STATE_WINDOW = 400  # characters back to the state "the government" refers to
GOVERNMENT_NOUNS = frozenset({"government", "cabinet"})
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "prep", "relcl", "acl", "appos")


def author_of(idx: DocIndex, tok: Token) -> Mention | None:
    """Who a document speaks for: "the report by X", "X's statement", "a study from X"."""
    kinds = {tok.lemma_.lower(), tok.lower_}  # "data" (the lemmatizer's "datum")
    if not kinds & (DOCUMENT_SOURCES | MEDIUM_NOUNS):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for owner in owners:
        m = idx.mention_at(owner.idx)
        if m is not None and m.type in ACTOR_TYPES:
            return m
        # "a statement from Qatar's foreign ministry": the body named in the phrase
        end = owner.right_edge.idx + len(owner.right_edge)
        inside = [m for m in idx.mentions_in(owner.left_edge.idx, end)]
        inside = [m for m in inside if m.type in ACTOR_TYPES]
        if inside:
            return max(inside, key=lambda m: m.end - m.start)
        body = body_named(idx, owner, owner.idx)  # "the report by the agency"
        if body is not None:
            return body
    return None


def owner_of(tok: Token) -> Token | None:
    """The owner a document is named by when no actor is recognised in it: "the
    federation's statement", "the TTPS statement" (not "his statement", resolved as "he"
    would be only where the pronoun is the subject)."""
    if tok.lemma_.lower() not in DOCUMENT_SOURCES and tok.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.isupper() and len(c.text) > 1:
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            # "reports from witnesses claim": the people behind the reports are the sources
            people = [g for g in c.children if g.dep_ == "pobj" and _people(g)]
            if people:
                return people[0]
    return None


def _people(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in UNNAMED_SOURCE_NOUNS or tok.lower_ in UNNAMED_SOURCE_NOUNS


def issuer_of(idx: DocIndex, tok: Token) -> Mention | None:
    """ "The statement", "the report" with no author named: who issued the one the text
    introduced just before ("Venezuela issued a statement ... The statement said")."""
    lemma = tok.lemma_.lower()
    if lemma not in ISSUED_TEXTS or not definite(tok):
        return None
    doc = tok.doc
    for cand in reversed(doc[max(0, tok.i - ISSUED_TOKENS) : tok.i]):
        if cand.lemma_.lower() != lemma:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cand.children):
            return None  # the last one named is not the one introduced
        author = author_of(idx, cand)
        if author is not None:
            return author
        verb = cand.head
        subject = source_of(verb) if cand.dep_ == "dobj" else None
        if subject is None:
            return None
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        named = [m for m in idx.mentions_in(start, end) if m.type in ACTOR_TYPES]
        return named[-1] if named else None
    return None


def body_named(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """ "The ministry", "the regional court": the last body named before whose name
    holds the noun ("the ruling X party", "the X-led Y alliance": Y, named right before
    the noun); "the group": the last armed group named; "the party": the last party
    named; "the government": the state
    named last (see :func:`state_named`); "the Dubai-based agency": :func:`based_body`."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NN" and lemma in BODY_NOUNS and _indefinite(tok):
        return named_later(idx, tok, start)
    # the tagger often reads "The defence ministry" as a name: a singular noun either way
    if tok.tag_ not in ("NN", "NNP") or not definite(tok):
        return None
    if lemma not in BODY_NOUNS and lemma not in ARMED_BODY_NOUNS and lemma != "party":
        return based_body(idx, tok, start)
    for m in idx.mentions_in(start, tok.idx):  # "the opposition X party": X itself
        # (a party's name the recognizer took for a person's is still the party's)
        body = m.type in ("ORG", "GROUP") or (m.type == "PERSON" and lemma == "party")
        if body and m.actor_id and not idx.text[m.end : tok.idx].strip():
            return m
    for m in idx.mentions_before(start):
        if start - m.end > ROLE_WINDOW:
            break
        if m.type not in ("ORG", "GROUP") or not m.actor_id:
            continue
        names = fold(f"{m.text} {m.canonical or ''}").split()
        if lemma in names or fold(tok.text) in names:
            return m
        if lemma in ARMED_BODY_NOUNS and m.sector in ARMED_SECTORS:
            return m
        if lemma == "party" and m.sector == PARTY_SECTOR:  # "the party": the last one named
            return m
    return based_body(idx, tok, start)


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def named_later(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """ "according to a European naval mission": an indefinite description of a body is
    the body a later sentence names right after the same head noun ("A European Union
    naval mission, Operation Aspides, said")."""
    for m in idx.mentions_in(start + 1, start + ROLE_WINDOW):
        if m.type not in ("ORG", "GROUP") or not m.actor_id:
            continue
        comma = idx.token_before(m.start)
        noun = idx.token_before(comma.idx) if comma is not None and comma.text == "," else None
        if noun is not None and noun.i > tok.i and noun.lemma_.lower() == tok.lemma_.lower():
            return m
    return None


BASED_WORDS = frozenset({"based", "headquartered"})
DESCRIBED_BODY_NOUNS = BODY_NOUNS | ARMED_BODY_NOUNS | frozenset({"monitor", "outlet", "network"})


def based_body(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """ "The Dubai-based agency said": a body described by where it sits, not named, is the
    last organisation named before as the subject of a speech verb (the one quoted)."""
    if tok.tag_ not in ("NN", "NNP") or not definite(tok):
        return None
    if tok.lemma_.lower() not in DESCRIBED_BODY_NOUNS:
        return None
    if not any(c.lower_ in BASED_WORDS and c.dep_ in ("amod", "compound") for c in tok.children):
        return None
    for m in idx.mentions_before(start):
        if start - m.end > ROLE_WINDOW:
            break
        if m.type not in ("ORG", "GROUP") or not m.actor_id:
            continue
        head = idx.token_at(m.start)
        if head is not None and is_subject_mention(head, m) and _says(head):
            return m
    return None


def _says(tok: Token) -> bool:
    """The mention at ``tok`` is the subject of a speech verb ("the X centre said")."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return cue_lemma(tok.head) in SPEECH_VERBS
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def body_phrased(
    idx: DocIndex, lookup: Callable[[str], list[Actor]], tok: Token, start: int
) -> Actor | None:
    """ "The ministry" after "Taiwan's defence ministry" written in lower case (no
    mention of its own): the body the knowledge base knows by that phrase."""
    lemma = tok.lemma_.lower()
    if tok.tag_ not in ("NN", "NNP") or not definite(tok) or lemma not in BODY_NOUNS:
        return None
    tail = re.compile(r"(?:['’]s|['’])?(?: [a-z]+){0,2} " + re.escape(lemma) + r"\b")
    for m in idx.mentions_before(start):
        if start - m.end > ROLE_WINDOW:
            break
        found = tail.match(idx.text, m.end) if m.type == "GPE" else None
        if found is None or found.end() > start:
            continue
        bodies = [a for a in lookup(m.text + found.group(0)) if a.kind in ("org", "group")]
        if len(bodies) == 1:
            return bodies[0]
    return None


def state_named(idx: DocIndex, tok: Token, start: int) -> str | None:
    """ "The government said": the country of the state named last, as a country or one
    of its state bodies, within a few sentences; none when the phrase says more ("the
    Syrian government" is a mention itself, "the new government" may be another)."""
    if tok.lemma_.lower() not in GOVERNMENT_NOUNS or tok.tag_ not in ("NN", "NNP"):
        return None
    if not definite(tok) or any(c.dep_ in MODIFIER_DEPS for c in tok.children):
        return None
    for m in idx.mentions_before(start):
        if start - m.end > STATE_WINDOW:
            return None
        if m.place or m.country in (None, "IGO", "EUR"):
            continue  # an international court or the EU has no government
        if m.type == "GPE" or (m.type == "ORG" and m.sector in STATE_SECTORS):
            return m.country
    return None


def named_next_as(idx: DocIndex, tok: Token, start: int) -> Mention | None:
    """A person the next sentences name with the same role word as title."""
    for m in idx.mentions_in(start, start + NAMED_NEXT_WINDOW):
        before = idx.token_before(m.start)
        first = idx.token_at(m.start)
        if first is not None and len(m.text.split()) > 2 and first.lower_ == tok.lower_:
            before = first  # "Colonel Michael X": the title inside the name's mention
        if m.type == "PERSON" and before is not None and before.lower_ == tok.lower_:
            if _other_title(before, tok):
                continue  # "the minister" is not "Prime Minister X"
            return m
    return None


def _other_title(title: Token, noun: Token) -> bool:
    """A title word made another role by the word before it ("Prime Minister", "Vice
    President") that the speaker's own phrase does not have."""
    if title.i == 0:
        return False
    word = title.nbor(-1)
    own = {c.lower_ for c in noun.children}
    return word.is_title and word.dep_ == "compound" and word.lower_ not in own


def definite(tok: Token) -> bool:
    """ "the party", and "The opposition X party" where the parser hangs the article on
    the first word of the compound: it still determines the whole phrase."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "compound" and c.i < tok.i and definite(c))
        for c in tok.children
    )


def governing_source(idx: DocIndex, tok: Token, said_at: int) -> Token | None:
    """Who speaks when the subject of a cue is a thing, in two shapes of sentence: the cue
    sits in what someone else says ("X said the move proves that ...", "the commander said
    intelligence indicated ..."): that speaker; or the parser hung a participle on a
    clause about a thing ("Tensions have risen after X demanded ..., saying ..."): the
    subject of the clause before what was said (at ``said_at``). None otherwise, or when
    no such subject names an actor (a document or an account is a source in its own
    right: "her account says", "a database shows")."""
    if not _is_thing(idx, tok):
        return None
    verb = tok.head
    if verb.lower_ == "to" and verb.head.lower_ == "according":
        return None  # "according to unofficial results": the figures are the source
    if tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_ in SAYING:
        return None  # "the harbour master said A, the paper reported": who says is no thing
    for anc in verb.ancestors:
        if anc.pos_ in ("VERB", "AUX") and cue_lemma(anc) in SPEECH_VERBS:
            if idx.paragraph(anc.idx) != idx.paragraph(tok.idx):
                return None  # the parser ran the next paragraph into the sentence
            return _actor_subject(idx, anc)
    if cue_lemma(verb) in SPEECH_VERBS:
        return None  # "the move proves that": nobody else says it
    for clause in verb.children:
        if clause.dep_ in ("advcl", "ccomp", "conj") and clause.idx < said_at:
            subject = _actor_subject(idx, clause)
            if subject is not None:
                return subject
    return None


SUBJECT_DEPS = ("nsubj", "nsubjpass")
# verbs only someone does: their subject speaks, whatever the noun ("the harbour master")
SAYING = frozenset({"say", "tell", "add", "state", "announce", "explain", "declare"})
# Nouns that name who or what can speak: a role, a source, a body, a text, a medium.
SPEAKING_NOUNS = (
    PERSON_ROLE_NOUNS
    | UNNAMED_SOURCE_NOUNS
    | SOURCE_NOUNS
    | BODY_NOUNS
    | ARMED_BODY_NOUNS
    | DOCUMENT_SOURCES
    | ISSUED_TEXTS
    | MEDIUM_NOUNS
)


def _is_thing(idx: DocIndex, tok: Token) -> bool:
    """A common noun that names no actor, role, source or text ("the move", "tensions")."""
    if tok.pos_ != "NOUN" or idx.mention_at(tok.idx) is not None:
        return False
    if tok.dep_ not in SUBJECT_DEPS and tok.dep_ != "pobj":
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "her account": whose it is says who speaks
    if not tok.text[1:].islower() or not (tok.text[:1].islower() or tok.is_sent_start):
        return False  # a name mangled or tagged as a noun ("EUNavforAspides")
    return tok.lemma_.lower() not in SPEAKING_NOUNS and tok.lower_ not in SPEAKING_NOUNS


def _actor_subject(idx: DocIndex, verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ not in SUBJECT_DEPS or c.lower_ in RELATIVE_PRONOUNS:
            continue
        m = idx.mention_at(c.idx)
        if c.pos_ == "PRON" or (m is not None and m.type in ACTOR_TYPES and not m.place):
            return c
        if c.pos_ == "NOUN" and not _is_thing(idx, c):
            return c
    return None


def main_body(idx: DocIndex, before: int, spoken: dict[str, int]) -> Mention | None:
    """ "The company said": the organisation the report is about, named or made to speak
    most often before ``before`` as a subject rather than in passing (the nearest on a
    tie); ``spoken`` counts earlier answers, and is updated."""
    best: dict[str, tuple[int, int, int, Mention]] = {}
    for rank, m in enumerate(idx.mentions_before(before)):
        if before - m.end > ROLE_WINDOW:
            break
        if m.type != "ORG" or not m.actor_id:
            continue
        head = idx.token_at(m.start)
        acting = head is not None and is_subject_mention(head, m)
        count, subject, first, kept = best.get(m.actor_id, (0, 0, rank, m))
        best[m.actor_id] = (count + 1, subject + acting, first, kept)
    if not best:
        return None
    actor, (_, _, _, mention) = min(
        best.items(), key=lambda kv: (-(kv[1][1] + spoken.get(kv[0], 0)), -kv[1][0], kv[1][2])
    )
    spoken[actor] = spoken.get(actor, 0) + 1
    return mention


def named_inside(idx: DocIndex, tok: Token) -> Mention | None:
    """A person named in the source phrase ("the bank's chief, John Stumpf")."""
    # "the envoy in Nairobi, X,", "the president of the Electoral Court, X,": the parser
    # hangs the name on the place of the posting or the body the role is at
    posted = [
        g
        for c in tok.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
        and (
            (c.lower_ in ("in", "to", "at") and p.ent_type_ in ("GPE", "LOC"))
            or (c.lower_ == "of" and p.ent_type_ == "ORG")
        )
        for g in p.children
        if g.dep_ == "appos"
    ]
    people = [
        m
        for c in [*tok.children, *posted]
        if c.dep_ in ("appos", "compound")
        for m in idx.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        if m.type == "PERSON"
    ]
    return people[0] if people else named_after_body(idx, tok) or named_at_verb(idx, tok)


def named_at_verb(idx: DocIndex, tok: Token) -> Mention | None:
    """The person named between a title and its verb ("Minister of Family and Demography
    X said"): the parser hangs the name on the portfolio's "and", but the title's holder is
    the name that stands right before what they did."""
    verb = tok.head
    if verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    named = idx.mentions_in(tok.idx + len(tok), verb.idx)
    last = named[-1] if named else None
    if last is None or last.type != "PERSON" or idx.text[last.end : verb.idx].strip():
        return None
    if _principal(idx, last):
        return None  # "a spokesperson for X said", "an adviser to X said": X is the principal
    return last


# Titles that may stand between "for"/"to" and the principal's name ("for President X"):
# a head of state's or government's title (roles.HEAD_OF), a rank of royal houses
# (linker.HONORIFICS) or a general's
_PRINCIPAL_TITLES = HONORIFICS | {w for words in HEAD_OF.values() for w in words} | {"general"}


def _principal(idx: DocIndex, person: Mention) -> bool:
    """Whether a person is named as whom a title serves: right after "for" or "to", or
    after those and a head's title ("spokesman for President X", "adviser to X"); not the
    holder of a portfolio ("Minister for Foreign Affairs X", "Minister of Family X")."""
    tok = idx.token_before(person.start)
    while tok is not None and tok.lower_.rstrip(".") in _PRINCIPAL_TITLES:
        tok = idx.token_before(tok.idx)
    return tok is not None and tok.lower_ in ("for", "to")


def named_ahead(idx: DocIndex, start: int, end: int) -> Mention | None:
    """The person a role phrase set off by commas stands in apposition to, when the
    parser took the role for the subject ("Under Secretary X, the ministry's officer,
    said")."""
    comma = idx.token_before(start)
    after = idx.token_at(end)
    if comma is None or after is None or comma.text != "," or after.text != ",":
        return None
    name = idx.token_before(comma.idx)
    if name is None:
        return None
    m = next(iter(idx.mentions_before(comma.idx)), None)
    if m is None or m.end != name.idx + len(name):
        return None
    return m if m is not None and m.type == "PERSON" else None


def named_after_body(idx: DocIndex, tok: Token) -> Mention | None:
    """The role holder named right after the body the role is at ("ambassador to the
    UN Mike Waltz", "spokesman for the Foreign Ministry X"); not a person after a title
    ("spokesman for President X" speaks for X, and is not X)."""
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            m = idx.mention_at(obj.idx)
            if m is None or m.type != "PERSON" or m.start <= prep.idx:
                continue
            before = idx.token_before(m.start)
            body = idx.mention_at(before.idx) if before is not None else None
            if body is not None and body.type in ("ORG", "GPE") and body.end <= m.start:
                return m
    return None


def named_by_short_form(idx: DocIndex, start: int, text: str) -> Mention | None:
    """The body a bare short form stands for ("the PCO said" after "the Presidential
    Communications Office (PCO)"): the mention right before the bracketed short form, or
    the one body named before whose words' initials spell it (the recognizer often leaves
    a later short form unnamed)."""
    short = text.split()[-1] if text.split() else ""
    if len(short) < 2 or not short.isupper() or not short.isalpha():
        return None
    before = idx.mentions_before(start)
    for m in before:
        if re.match(rf"\s*\(\s*{short}\s*\)", idx.text[m.end : m.end + len(short) + 6]):
            return m
    for m in before:
        words = [w for w in m.text.split() if w.lower() not in ("of", "for", "the", "and", "on")]
        if m.type == "ORG" and len(words) >= 2 and "".join(w[0] for w in words) == short:
            return m
    return None
