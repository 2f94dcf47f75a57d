"""Offices described with their owner: "the EU's top diplomat", "Iran's foreign minister",
"the foreign minister of Iran", "the British defence secretary". The description goes
through the knowledge base's role-noun variants to the office it names ("top diplomat" and
"secretary of state" are the foreign minister's); its holder is the one person whose title
names that office for that owner on the report's date."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from typing import Any

from spacy.tokens import Token

from sitroom.nlp.actors.kb import Actor, KnowledgeBase, Role, RoleNoun
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.quotes.index import DocIndex

# offices one person holds for a state or an organisation at a time
SINGLE_OFFICES = frozenset(
    {"president", "prime minister", "chancellor", "supreme leader", "secretary-general"}
)
# words of a lesser or past office: "deputy foreign minister", "former president"
LESSER = frozenset(
    {
        "deputy",
        "vice",
        "assistant",
        "under",
        "junior",
        "former",
        "ex",
        "acting",
        "shadow",
        "incoming",
        "elect",
        "designate",
        "late",
    }
)
_LESSER_TITLE = re.compile(
    r"\b(deputy|vice|assistant|under|junior|shadow|elect|designate|spokes\w*|advis[eo]r|"
    r"minister of state|state minister|ministry|council on|committee|former)\b"
)


# "the Liberian leader", "the country's leader": the state's head, its president or prime
# minister (not a president of a senate, a court or a party)
NOT_A_STATE = r"senate|assembly|court|parliament|party|bank|chamber|council|commission"
HEAD_TITLE = re.compile(
    r"^(?:(?:interim|acting|transitional) )?(?:president|prime minister|chancellor|premier)"
    rf"(?: of (?!.*\b(?:{NOT_A_STATE})\b)|$)"
)


# a state's office is not the head of one of its bodies ("President of the National Assembly")
_BODY = re.compile(
    r"\b(assembly|senate|parliament|council|court|bank|party|committee|congress|chamber|"
    r"federation|association|university|board|agency|region|province|group)\b"
)


def _state_office(title: str, owner: Actor) -> bool:
    """Whether a title is an office of the state itself: it names the state ("President of
    France", "UK Foreign Secretary") and none of its bodies ("of the National Assembly")."""
    names = {fold(n) for n in (owner.name, *owner.aliases, *owner.demonyms)} - {""}
    named = any(re.search(rf"(^|\W){re.escape(n)}($|\W)", title) for n in names)
    return named and not _BODY.search(title)


def _office(kb: KnowledgeBase, words: list[str]) -> RoleNoun | None:
    """The office the longest ending of the description names ("new foreign minister")."""
    if any(w in LESSER or w.endswith(("-elect", "-designate")) for w in words):
        return None
    for k in range(len(words)):
        rn = kb.role_nouns.get(" ".join(words[k:]))
        if rn is not None:
            single = rn.noun in SINGLE_OFFICES or rn.noun.endswith(" minister")
            return rn if single else _portfolio_chief(kb, words)
    return None


def _portfolio_chief(kb: KnowledgeBase, words: list[str]) -> RoleNoun | None:
    """ "the EU's foreign policy chief": the minister's office of the policy's portfolio."""
    if len(words) < 3 or words[-2] != "policy" or words[-1] not in ("chief", "head"):
        return None
    rn = kb.role_nouns.get(f"{words[-3]} minister")
    return rn if rn is not None and rn.noun.endswith(" minister") else None


def _owner_of(kb: KnowledgeBase, idx: DocIndex, tok: Token) -> Actor | None:
    """The state or organisation a token names (a mention there, or a demonym)."""
    for m in idx.mentions_in(tok.left_edge.idx, tok.idx + len(tok.text)):
        actor = kb.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind != "person":
            return actor
    code = kb.demonym.get(fold(tok.text))
    if code is None and tok.lower_ in STATE_NOUNS and any(c.lower_ == "the" for c in tok.children):
        code = _state_before(kb, idx, tok.idx)  # "the country's foreign minister"
    return kb.get(code) if code else None


STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
STATE_BACK = 400  # characters back to the state "the country" refers to


def _state_before(kb: KnowledgeBase, idx: DocIndex, start: int) -> str | None:
    """The country named last before ``start`` (near enough), as a country or one of its
    bodies: what "the country" refers to."""
    for m in idx.mentions_before(start):
        if start - m.end > STATE_BACK:
            return None
        actor = kb.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind == "country":
            return actor.id
        if m.type in ("GPE", "ORG") and m.country and actor is not None and actor.kind != "person":
            return m.country
    return None


def _described(kb: KnowledgeBase, idx: DocIndex, tok: Token) -> tuple[list[str], list[Actor]]:
    """The description's words and the owners named with it (possessive, demonym, "of X")."""
    words: list[str] = []
    owners: list[Actor] = []
    for c in tok.children:
        if c.i > tok.i:
            continue
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.pos_ == "PROPN"):
            owner = _owner_of(kb, idx, c)
            if owner is not None:
                owners.append(owner)
                continue
        if c.dep_ not in ("amod", "compound"):
            continue
        for g in c.subtree:  # "foreign policy chief": "foreign" modifies "policy"
            code = kb.demonym.get(fold(g.text))
            owner = kb.get(code) if code else None
            if owner is not None:
                owners.append(owner)
            elif g.dep_ in ("amod", "compound"):
                words.append(fold(g.text))
    words.append(fold(tok.text))
    head = tok
    while True:  # "the secretary of state of X", "the minister of foreign affairs of X"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if obj is None:
            break
        owner = _owner_of(kb, idx, obj)
        if owner is not None:
            owners.append(owner)
            break
        words += ["of", *(fold(g.text) for g in obj.children if g.dep_ in ("amod", "compound"))]
        words.append(fold(obj.text))
        head = obj
    return words, owners


def _names_office(title: str, rn: RoleNoun) -> bool:
    """Whether a folded title names the office (one of its names, or its portfolio's
    affairs: "Minister of Foreign Affairs", "High Representative ... for Foreign Affairs")."""
    if _LESSER_TITLE.search(title):
        return False
    names = [fold(n) for n in (rn.noun, *rn.variants) if not LESSER & set(fold(n).split())]
    if any(re.search(rf"\b{re.escape(n)}\b", title) for n in names):
        return True
    portfolio = rn.noun.rsplit(" ", 1)[0] if " " in rn.noun else None
    affairs = (
        rf"\b(minister|secretary|representative|commissioner)\b.* (for|of) {portfolio} affairs"
    )
    return portfolio is not None and re.search(affairs, title) is not None


def office_holder(
    kb: KnowledgeBase, idx: DocIndex, tok: Token, date: dt.date | None
) -> Actor | None:
    """The one person who holds the office ``tok`` describes with its owner on ``date``."""
    if tok.tag_ in ("NNS", "NNPS"):
        return None
    if tok.lemma_.lower() == "office":  # "the president's office": the state (its government)
        return head_office(kb, idx, tok, date)
    words, owners = _described(kb, idx, tok)
    if len(owners) != 1:
        return None
    if words in (["chief"], ["head"]) and owners[0].kind != "country":
        return _head_of(kb, owners[0], date)  # "the UN chief", "the IAEA head"
    rn = _office(kb, words)
    if rn is None:
        return None
    holders = [a for a, r in _office_roles(kb, rn, owners[0]) if r.active(date)]
    return holders[0] if len({a.id for a in holders}) == 1 else None


# the titles of the one person at the top of an organisation
_HEAD_TITLE = re.compile(
    r"\b(secretary[- ]general|director[- ]general|executive director|president|"
    r"chair(?:man|woman|person)?|high commissioner)\b"
)


# an organ inside an organisation, whose head is not the organisation's
_ORGAN = re.compile(r"\b(court|assembly|council|tribunal|committee|commission|board)\b")


def _head_of(kb: KnowledgeBase, org: Actor, date: dt.date | None) -> Actor | None:
    """The one person who heads an organisation on ``date`` ("the UN chief"): a role at
    it whose title is its top office, no deputy's."""
    found = {
        a.id: a
        for a in (kb.actors[i] for i in kb.people)
        for r in a.roles
        if r.org == org.id
        and r.active(date)
        and _HEAD_TITLE.search(fold(r.title))
        and not _LESSER_TITLE.search(fold(r.title))
        and not _ORGAN.search(fold(r.title))  # not the President of the UN's court
    }
    return next(iter(found.values())) if len(found) == 1 else None


_CACHE: weakref.WeakKeyDictionary[KnowledgeBase, dict[tuple[str, str], list[Any]]] = (
    weakref.WeakKeyDictionary()
)


def _office_roles(kb: KnowledgeBase, rn: RoleNoun, owner: Actor) -> list[tuple[Actor, Role]]:
    """The people (with the role) whose title names the office for the owner, whatever
    the dates; worked out once per knowledge base, office and owner."""
    known = _CACHE.setdefault(kb, {})
    found = known.get((rn.noun, owner.id))
    if found is None:
        found = known[(rn.noun, owner.id)] = [
            (a, r)
            for a in (kb.actors[i] for i in kb.people)
            for r in a.roles
            if (r.org == owner.id if owner.kind != "country" else r.country == owner.id)
            and _names_office(fold(r.title), rn)
            and (owner.kind != "country" or _state_office(fold(r.title), owner))
        ]
    return found


def coordinated(places: list[Token]) -> bool:
    """Whether owners are coordinated ("the British, French and German ministers"): a
    group of several states, no single one."""
    return any(c.dep_ == "conj" for p in places for c in p.children) or any(
        p.dep_ == "conj" for p in places
    )


# "the president's office", "the presidential office", "President X's office": the office a
# head of state or government speaks through, which speaks for the state's government
HEAD_OWNERS = frozenset({"president", "presidential", "premier", "chancellor"})


def head_office(kb: KnowledgeBase, idx: DocIndex, tok: Token, date: dt.date | None) -> Actor | None:
    """The state whose head's office ``tok`` is: the state a known head holds office for on
    ``date``, or the one a head's title names ("Madagascar's president's office") or, for
    "the president's office" alone, the state of the one named last before."""
    if tok.lemma_.lower() != "office" or tok.tag_ != "NN":
        return None
    owner = next((c for c in tok.lefts if _owns(c)), None)
    if owner is None:
        return None
    for m in idx.mentions_in(owner.left_edge.idx, owner.idx + len(owner.text)):
        actor = kb.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind == "person":
            heads = {
                r.country
                for r in actor.roles
                if r.country and r.active(date) and HEAD_TITLE.match(fold(r.title))
            }
            return kb.get(heads.pop()) if len(heads) == 1 else None
    words = [fold(t.text) for t in owner.subtree]
    head = bool(HEAD_OWNERS & set(words)) or "prime minister" in " ".join(words)
    if not head or LESSER & set(words):
        return None  # not "the vice president's office", "the spokesman's office"
    states = [a for t in owner.subtree if (a := _owner_of(kb, idx, t)) is not None]
    if states:
        return states[0] if states[0].kind == "country" else None
    for m in idx.mentions_before(owner.left_edge.idx):  # the state of the last one named
        if owner.left_edge.idx - m.end > STATE_BACK:
            break
        if m.country:
            return kb.get(m.country)
    return None


def _owns(tok: Token) -> bool:
    """A possessive before the office, "presidential", or a name ending in "s" whose bare
    apostrophe the parser took for punctuation ("President X Marcos’ office")."""
    if tok.dep_ == "poss" or tok.lower_ == "presidential":
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in ("nmod", "compound") and after is not None and after.text in ("’", "'")
