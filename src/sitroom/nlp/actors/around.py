"""The states named around a person outside the knowledge base: the one state a title that
names none serves ("Iran said ... spokesman X said"), leaving out where someone goes ("a
visit to Japan") and the states another person's title names ("India's Prime Minister X").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`), split from
:mod:`.titles`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from sitroom.article import Mention
from sitroom.nlp import sent_ents
from sitroom.nlp.actors.seats import a_seat_named
from sitroom.nlp.actors.things import inside_a_hyphenated_name
from sitroom.nlp.actors.titles import BACK_SENTENCES, NON_STATE
from sitroom.nlp.lexicon import FACILITY_NOUNS


def nearest_country(
    mentions: list[Mention],
    span: Span,
    state_code: Callable[[str], str | None],
    furniture: Iterable[tuple[int, int]] = (),
    is_role: Callable[[str], bool] = lambda _: False,
) -> str | None:
    """The one state named around ``span``: in its sentence, else in the nearest of the
    sentences before that names one (an official whose title names no country serves it:
    "Iran said ... spokesman Behrouz Kamalvandi said"). None when two states are named
    there ("the German government welcomed President Reagan's statement"). Page furniture
    (a sub-heading) is not context.
    """
    doc = span.doc
    sent = span.sent
    skip = list(furniture)
    own = own_states(mentions, span, state_code, skip, is_role)
    if own:
        return own.pop() if len(own) == 1 else None
    prev = sent
    for _ in range(BACK_SENTENCES):
        if prev.start == 0:
            return None
        prev = doc[prev.start - 1].sent
        bounds = (prev.start_char, prev.end_char)
        around = _codes_in(mentions, span, state_code, skip, is_role, *bounds)
        if around:
            return around.pop() if len(around) == 1 else None
    return None


def own_states(
    mentions: list[Mention],
    span: Span,
    state_code: Callable[[str], str | None],
    furniture: Iterable[tuple[int, int]] = (),
    is_role: Callable[[str], bool] = lambda _: False,
) -> set[str]:
    """The states ``span``'s own sentence names, leaving out those named as a destination
    ("a visit to Japan") or in another person's title ("India's Prime Minister X called")."""
    doc = span.doc
    sent = span.sent
    skip = list(furniture)
    own = _codes_in(mentions, span, state_code, skip, is_role, sent.start_char, sent.end_char, True)
    own |= {
        c
        for ent in sent_ents(sent)
        if ent.label_ in ("GPE", "NORP")
        and ent.start_char >= span.end_char
        and not inside_a_hyphenated_name(doc, ent.start)
        and not _destination(doc, ent.start_char)
        and not _someone_elses(doc, ent.start_char, span, is_role)
        and not _anothers_act(ent)
        and not _held_in(doc, ent.start_char)
        and not a_seat_named(doc, ent.start)
        for c in [state_code(ent.text)]
        if c
    }
    return own


# Nouns of what one state does to another ("allegations of Russian interference"): the
# state that modifies them acts there, it is no home of a body named before it.
ACT_NOUNS = frozenset(
    {"interference", "meddling", "involvement", "aggression", "influence", "invasion",
     "occupation", "attack", "attacks", "strike", "strikes", "hacking", "pressure",
     "disinformation", "propaganda", "threat", "threats", "incursion", "incursions"}
)  # fmt: skip


# Nouns of places where someone is held or kept ("sentenced to 45 years in a U.S. prison",
# "treated in a Kenyan hospital"): the state that modifies them is where the person is,
# not whom the person serves.
HELD_IN_NOUNS = FACILITY_NOUNS | {"prison", "prisons", "jail", "jails", "cell", "custody"}


def _held_in(doc: Doc, char: int) -> bool:
    """A state modifying a noun of where someone is held or kept, after "in" ("in a U.S.
    prison", "in Kenyan custody")."""
    tok = _token_at(doc, char)
    if tok is None:
        return False
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.ent_type_:
        tok = tok.head  # the last word of the state's name ("U.S." is one; "United States")
    head = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or head.i == tok.i:
        return False
    return head.lower_ in HELD_IN_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in"


def _anothers_act(ent: Span) -> bool:
    """A state named as the doer of an act after the body ("annulled by the Constitutional
    Court over allegations of Russian interference"): not the body's state."""
    root = ent.root
    head = root.head
    own = root.dep_ in ("amod", "compound", "poss", "nmod") and head.i != root.i
    return own and head.lemma_.lower() in ACT_NOUNS


def destinations(span: Span, state_code: Callable[[str], str | None]) -> set[str]:
    """The states ``span``'s sentence names as where someone goes ("X leaves for Y", "on a
    visit to Y"), by the parse or, where a headline runs into the next line, by the words
    right before the name."""
    doc = span.doc
    sent = span.sent
    return {
        c
        for ent in sent_ents(sent)
        if ent.label_ in ("GPE", "NORP")
        and (_destination(doc, ent.start_char) or _going_to(doc, ent.start, sent.start))
        for c in [state_code(ent.text)]
        if c
    }


def _going_to(doc: Doc, i: int, start: int) -> bool:
    """ "leaves for X", "a two-day visit to X": "to"/"for" right before, a going word
    within the four words before that."""
    if i - 1 <= start or doc[i - 1].lower_ not in ("to", "for"):
        return False
    return any(t.lemma_.lower() in GOING for t in doc[max(start, i - 5) : i - 1])


def _codes_in(
    mentions: list[Mention],
    span: Span,
    state_code: Callable[[str], str | None],
    skip: list[tuple[int, int]],
    is_role: Callable[[str], bool],
    start: int,
    end: int,
    own: bool = False,
) -> set[str]:
    doc = span.doc
    codes = {
        m.country or (state_code(m.text) if m.type == "GPE" else None)
        for m in mentions
        if start <= m.start < end
        and m.country not in (None, "EUR", "IGO")
        and m.sector not in NON_STATE
        and not any(a <= m.start < b for a, b in skip)
        and not _destination(doc, m.start)
        and not _held_in(doc, m.start)
        and not _seat(doc, m.start)  # "the MPs for Freetown and Y": a seat, no state
        and not (own and (m.type == "PERSON" or _someone_elses(doc, m.start, span, is_role)))
    }
    return {c for c in codes if c}


# Verbs and nouns of going somewhere: the state after their "to"/"for" is where someone
# goes ("leaves for Bangladesh", "a visit to Japan"), not whom they serve.
# ("return" is left out: one returns home as often as not).
GOING = frozenset(
    {"visit", "trip", "travel", "leave", "head", "fly", "go", "journey", "tour", "depart",
     "invite", "invitation"}
)  # fmt: skip
TITLE_DEPS = frozenset({"poss", "compound", "amod", "nmod", "pobj", "prep", "case"})


def _seat(doc: Doc, char: int) -> bool:
    tok = _token_at(doc, char)
    return tok is not None and a_seat_named(doc, tok.i)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _destination(doc: Doc, char: int) -> bool:
    """A state named as where someone goes ("leave for X", "a two-day visit to X") or
    whom one deals with ("a hub for trade with X", "talks with X"): not whom one serves."""
    tok = _token_at(doc, char)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "with":
        return True
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in GOING


def _someone_elses(doc: Doc, char: int, span: Span, is_role: Callable[[str], bool]) -> bool:
    """A state named in another person's title ("India's Prime Minister X called Y",
    "the new Prime Minister of Bangladesh"): it tells whom that person serves, not Y."""
    tok = _token_at(doc, char)
    if tok is None:
        return False
    own = _entity_start(tok)  # "Regarding Niger" tagged as a person is no person's title
    steps = 0
    while steps < 5 and tok.dep_ in TITLE_DEPS and tok.head is not tok:
        tok = tok.head
        steps += 1
        if span.start <= tok.i < span.end:
            return False
        person = tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and _entity_start(tok) != own
        title = is_role(tok.text) and _one_persons(tok) and not _predicative(tok)
        if person or title:
            return not _titles(tok, span)
    return False


# Role words that name a body or many people, not one person's title ("Chile's
# government", "Peru's officials"): the state they name may well be the one acting.
COLLECTIVE = frozenset(
    {"government", "administration", "ministry", "office", "cabinet", "army", "military",
     "police", "authorities", "leadership", "presidency", "parliament", "embassy",
     "delegation", "regime", "department", "forces", "navy", "court", "media", "press"}
)  # fmt: skip


def _one_persons(tok: Token) -> bool:
    return tok.lower_ not in COLLECTIVE and tok.tag_ not in ("NNS", "NNPS")


def _predicative(tok: Token) -> bool:
    """A title said of the sentence's subject ("reinstated as leader of the Algerian
    government", "he is the president of X"): it may be the person's own."""
    named = any(t.ent_type_ == "PERSON" for t in (tok.head, *tok.children))
    return not named and (tok.dep_ in ("attr", "oprd") or tok.head.lower_ == "as")


def _entity_start(tok: Token) -> int:
    """Where the entity holding ``tok`` starts (-1 outside any)."""
    if not tok.ent_type_:
        return -1
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _titles(tok: Token, span: Span) -> bool:
    """Whether the title word ``tok`` is the title of ``span`` (it stands before the
    name, or the name is its apposition)."""
    if tok.ent_type_ == "PERSON":
        return span.start <= tok.i < span.end
    head = tok
    for _ in range(3):
        if span.start <= head.i < span.end:
            return True
        if any(span.start <= c.i < span.end and c.dep_ == "appos" for c in head.children):
            return True
        if head.head is head:
            break
        head = head.head
    return tok.i < span.start and all(
        t.pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "DET", "PART", "CCONJ") or t.is_punct
        for t in doc_between(tok, span)
    )


def doc_between(tok: Token, span: Span) -> Span:
    return tok.doc[tok.i + 1 : span.start]


# Verbs of an executive's acts on the officials of its own state ("President X dismissed
# Interior Minister Y", "the premier appointed Y"): who names, sacks or swears in a minister
# heads that minister's government.
STAFFING_VERBS = frozenset(
    {"appoint", "dismiss", "sack", "fire", "nominate", "reappoint", "reinstate", "relieve",
     "promote", "demote", "suspend", "swear", "oust", "replace"}
)  # fmt: skip


def appointer_state(span: Span, mentions: list[Mention]) -> str | None:
    """The state of the person who appoints or dismisses ``span`` in its clause
    ("Guatemalan President X dismissed Interior Minister Y": Y is Guatemala's too), when
    the knowledge base or a title gives that person one; None otherwise."""
    tok = span.root
    while tok.dep_ in ("appos", "compound", "conj", "flat") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in STAFFING_VERBS:
        return None
    verb = tok.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head  # "X dismissed Y and appointed Z": X's subject
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subject.dep_ == "nsubjpass":
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    for m in mentions:
        if start <= m.start < end and m.type == "PERSON" and not m.place:
            return m.country if m.country not in ("IGO", "EUR") else None
    return None
