"""Groups of parties referred to as one: "they", "their", "the three countries".

News prose names a coalition once ("Mali, Burkina Faso and Niger announced ...") and then
refers to it as a whole: "they said", "their withdrawal", "the three countries", "the
juntas". Every member acts, so the reference stands for every party of the coordination:

- a plural pronoun whose antecedent (the subject of the verb reporting it, or the latest
  non-person mention before it) is one conjunct of a coordination of parties;
- a definite plural of a word for states ("the countries", "the three nations", "these
  states", "the juntas") with the latest coordination of at least two parties before it;
  a number in the phrase must match the size of the group, and lets a modifier in ("the
  three Sahel nations"; "the Gulf states" alone are a group of their own);
- the plural rulers of such a group ("the leaders of the three nations") stand for it, and
  so do counted rulers alone ("the two leaders", "the three governments");
- a group named by its size ("the trio", "the duo"): the latest coordination of as many;
- "both sides", "the two parties": the coordination of two parties before it, or else the
  last two parties named by a person or a body ("X held talks with Y ... Both sides
  agreed"; places are left out, a meeting's venue is no side);
- a plural noun with a list of parties in apposition ("its allies Burkina Faso and Niger"):
  the parties listed;
- a counted group with none before it ("The leaders of the three Sahel nations said ..."
  in a report's lead): the coordination of as many parties in the sentence after.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitroom.article import ActorRef
from sitroom.nlp import doc_text
from sitroom.nlp.events.actors import Indexed, conjuncts
from sitroom.nlp.events.binding import reporting_subject
from sitroom.nlp.events.sides import party_key

if TYPE_CHECKING:
    from sitroom.nlp.events.actors import ActorFinder

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
STATE_WORDS = frozenset(
    {"country", "nation", "state", "junta", "government", "member", "neighbour", "neighbor"}
    | {"regime", "capital", "signatory", "power"}
)
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# words of how a group of states is ruled: "the military juntas" are still the group's
RULE_WORDS = frozenset({"military", "ruling"})
LIST_JOINS = frozenset({",", "and", ", and", "or", ", or"})  # between the names of a list
MAX_SENTENCES = 4  # how far back a group may be named
SIDE_WORDS = frozenset({"side", "party"})  # "both sides", "the two parties"
# Who rule or speak for a group of states named in their "of" phrase ("the leaders of the
# three nations", "military rulers of the three countries")
RULERS = frozenset({"leader", "ruler", "government", "head", "official", "minister", "authority"})
# A group named by its size as one word ("the trio announced"): its members are the latest
# coordination of that many parties
COLLECTIVES = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4}


def _coordination(tok: Token) -> list[Token]:
    """All conjuncts of the coordination ``tok`` belongs to."""
    head = tok
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        if head.dep_ == "appos" and not any(k.dep_ == "conj" for k in head.children):
            break  # "Mali, a landlocked country": no list
        head = head.head
    return conjuncts(head)


def _members(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    # "Algeria and three nations - Mali, Niger and Burkina Faso -": the list in apposition
    # is a group of its own when the coordination it hangs from is not all parties
    for group in (_coordination(tok), conjuncts(tok)):
        if len(group) < 2:
            continue
        refs = [finder.ref(t, index) for t in group]
        found = [r for r in refs if r is not None and party_key(r) is not None]
        # a list names each member once: "ECOWAS ... the (ECOWAS) organization" is no list
        if len(found) == len(group) == len({party_key(r) for r in found}):
            return found
    return []


def group_refs(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    """The members of the group ``tok`` refers to, or ``[]``."""
    low = tok.lower_
    if low in PLURAL_PRONOUNS:
        reporter = reporting_subject(tok)
        if reporter is not None:
            found = _antecedent_members(reporter, index, finder)
            if found or finder.ref(reporter, index) is not None:
                return found  # "Iran said they", "the three nations said they"
        # "This move came after they cut ...": a reporter that is no party tells nothing
        found = _group_before(tok, index, finder)
        antecedent = _latest_party(tok, index) if not found else None
        return _antecedent_members(antecedent, index, finder) if antecedent else found
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        # "its allies Burkina Faso and Niger", "two neighbours, Chile and Peru": the list
        # in apposition names them
        for named in (k for k in tok.children if k.dep_ == "appos" and k.i > tok.i):
            listed = [finder.ref(t, index) for t in conjuncts(named)]
            members = [r for r in listed if r is not None and party_key(r) is not None]
            # "three countries namely Burkina Faso, Mali, and Niger": a list the parse
            # split; read from its words, its count matching the noun's if it has one
            first = finder.ref(named, index)
            runs = _listed(tok.doc, named.left_edge.idx, tok.sent.end_char, index, finder)
            count = next((NUMBERS[k.lower_] for k in tok.children if k.lower_ in NUMBERS), None)
            run = runs[0] if runs and first is not None else []
            same = bool(run) and first is not None and party_key(run[0]) == party_key(first)
            if same and count in (None, len(run)) and len(run) >= len(members):
                return run
            if len(members) > 1 and len(members) == len(listed):
                return members
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in RULERS:
        # "the leaders of the three countries", "their governments": the countries' own
        ruled = [o for p in tok.children if p.lower_ == "of" for o in p.children]
        if ruled:
            return group_refs(ruled[0], index, finder)
    collective = tok.tag_ == "NN" and lemma in COLLECTIVES  # "the trio"
    if tok.pos_ != "NOUN" or not (tok.tag_ == "NNS" or collective):
        return []
    if not collective and lemma not in STATE_WORDS | SIDE_WORDS | RULERS:
        return []
    dets = [k for k in tok.children if k.dep_ in ("det", "nummod", "predet")]
    if not dets or any(k.lower_ not in ("the", "these", "those", "both", *NUMBERS) for k in dets):
        return []
    if collective and any(k.dep_ != "det" for k in dets):
        return []  # "the trio" alone, not "both pairs"
    size = COLLECTIVES.get(lemma) or next(
        (NUMBERS[k.lower_] for k in dets if k.lower_ in NUMBERS), None
    )
    if lemma in RULERS and (
        size is None
        or not any(k.dep_ == "det" for k in dets)
        or any(k.dep_ in ("amod", "compound") for k in tok.children)
    ):
        return []  # "the leaders", "two officials", "the two Israeli officials": anyone's
    if size is None and any(
        k.dep_ in ("amod", "compound") and k.lower_ not in RULE_WORDS for k in tok.children
    ):
        return []  # "the Gulf states": a group of their own; "the three Sahel states" counted
    if (size or 0) < 3 and finder.antecedent(tok, index) is not None:
        # "the countries" after "the Gulf countries": that group; a count of three or
        # more tells its list ("these three nations" after "three nations in Africa")
        return []
    if lemma == "side" and size is None:
        size = 2  # "the sides": two, as "both sides" are
    if lemma in SIDE_WORDS and size != 2:
        return []  # "the parties" alone may be political parties
    found = _latest_group(tok, index, finder, size)
    found = found or (_last_two(tok, index, finder) if lemma in SIDE_WORDS else [])
    if found or size != 2 or lemma in RULERS:
        return found  # "the two leaders" may be any two, as "the two officials" are
    return _story_pair(tok, index, finder)


def _story_pair(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    """ "The two nations", "the sides", "both countries" with no pair named near them: the
    two states the report is about when it names no other before (a report on two
    countries' talks names them, their leaders and capitals throughout)."""
    doc = tok.doc
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for m in index.mentions:
        if m.start >= tok.idx:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        ref = finder.ref(span.root, index) if span is not None else None
        if ref is None or not ref.country or party_key(ref) != ref.country:
            continue
        counts[ref.country] = counts.get(ref.country, 0) + 1
        first.setdefault(ref.country, ref)
    ranked = [*sorted(counts.values(), reverse=True), 0, 0, 0]
    if ranked[1] < 2 or ranked[2]:
        return []  # no clear pair: one state named, or a third state too
    pair = [k for k, n in counts.items() if n >= ranked[1]][:2]
    return [first[k] for k in pair] if len(pair) == 2 else []


def _last_two(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    """The last two distinct parties named by a person or a body in the sentences before."""
    doc = tok.doc
    first = tok.sent.start
    for _ in range(MAX_SENTENCES - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    out: list[ActorRef] = []
    for m in reversed(index.mentions):
        if m.start >= tok.idx or m.type not in ("PERSON", "ORG"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < first:
            break
        ref = finder.ref(span.root, index)
        key = party_key(ref) if ref is not None else None
        if ref is not None and key is not None and all(party_key(r) != key for r in out):
            out.append(ref)
        if len(out) == 2:
            return out[::-1]
    return []


def _antecedent_members(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        return group_refs(tok, index, finder)
    return _members(tok, index, finder)


def _group_before(tok: Token, index: Indexed, finder: ActorFinder) -> list[ActorRef]:
    """ "The three countries were suspended ... Last year, they withdrew": a plural pronoun
    stands for the nearest plural group noun before it ("the three countries", "these
    nations") in its own or the sentence before, a name of one party between them
    notwithstanding ("by these nations and their request for support from Russia")."""
    doc = tok.doc
    first = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
    for cand in reversed(doc[first : tok.i]):
        if cand.tag_ != "NNS" or cand.lemma_.lower() not in STATE_WORDS:
            continue
        members = group_refs(cand, index, finder)
        if members:
            return members
    return []


def _latest_party(tok: Token, index: Indexed) -> Token | None:
    doc = tok.doc
    for m in reversed(index.mentions):
        if m.start >= tok.idx or m.type == "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None
    return None


def _latest_group(
    tok: Token, index: Indexed, finder: ActorFinder, size: int | None
) -> list[ActorRef]:
    doc = tok.doc
    first = doc[max(0, tok.sent.start - 1)].sent.start if tok.sent.start else 0
    for _ in range(MAX_SENTENCES - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for i in range(tok.i - 1, first - 1, -1):
        cand = doc[i]
        if cand.dep_ == "conj" or not any(k.dep_ == "conj" for k in cand.children):
            continue
        if not _named_list(cand, index):
            continue  # "the peoples of X, Y and Z": the words between tell the list
        members = _members(cand, index, finder)
        if members and (size is None or len(members) == size):
            return members
    for members in reversed(_listed(doc, doc[first].idx, tok.idx, index, finder)):
        if size is None or len(members) == size:
            return members
    if size is None:
        return []
    # "these three nations" far down a report: a count of three or more tells its list,
    # however early (pairs are too many: "the two governments" may be any two named)
    for members in reversed(_listed(doc, 0, doc[first].idx, index, finder) if size > 2 else []):
        if len(members) == size:
            return members
    return _next_group(tok, index, finder, size)


def _named_list(tok: Token, index: Indexed) -> bool:
    """A coordination of names ("Mali, Niger and Chad"), not of a common noun and names
    (the parser's "the peoples of Mali, Niger" + "and Chad")."""
    return all(t.pos_ == "PROPN" or index.at(t) is not None for t in _coordination(tok))


def _next_group(tok: Token, index: Indexed, finder: ActorFinder, size: int) -> list[ActorRef]:
    """ "The leaders of the three Sahel nations said ... Mali, Burkina Faso and Niger said
    Sunday ...": a lead counts a group and names its members in the sentence after; the
    count must match."""
    doc = tok.doc
    end = tok.sent.end
    if end >= len(doc):
        return []
    last = doc[end].sent.end
    for cand in doc[tok.i + 1 : last]:
        if cand.dep_ == "conj" or not any(k.dep_ == "conj" for k in cand.children):
            continue
        start = cand.left_edge.i
        if start > 0 and doc[start - 1].text == ",":
            continue  # the tail of a longer list the parser split
        members = _members(cand, index, finder)
        if len(members) == size:
            return members
    after = _listed(doc, doc[end].idx, doc[last - 1].idx + len(doc[last - 1].text), index, finder)
    return next((m for m in after if len(m) == size), [])


def _listed(
    doc: Doc, start: int, end: int, index: Indexed, finder: ActorFinder
) -> list[list[ActorRef]]:
    """Lists of parties written out between characters ``start`` and ``end`` ("Burkina
    Faso, Mali, and Niger"), read from the words between the names, whatever the parse
    made of them (a list after "namely" is often parsed as anything but coordination)."""
    text = doc_text(doc)  # spaCy joins doc.text anew on every access
    runs: list[list[ActorRef]] = []
    run: list[ActorRef] = []
    last_end = -1
    for m in index.mentions:
        if m.start < start or m.end > end:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        ref = finder.ref(span.root, index) if span is not None else None
        joined = last_end >= 0 and text[last_end : m.start].strip() in LIST_JOINS
        if ref is None or party_key(ref) is None:
            runs.append(run)
            run, last_end = [], -1
            continue
        if not joined:
            runs.append(run)
            run = []
        if span is not None and span.text in ref.text and span.text != ref.text:
            ref = replace(ref, text=span.text)  # "namely Chile, Peru": the name alone
        if all(party_key(r) != party_key(ref) for r in run):
            run.append(ref)
        last_end = m.end
    runs.append(run)
    return [r for r in runs if len(r) > 1]
