"""Role titles: whether a known person holds a role ("the minister", "Iran's foreign
minister") and which people of the knowledge base could."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from typing import Any

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.actors.kb import Actor, KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.lexicon import ANAPHORIC_PERSON_NOUNS, PERSON_ROLE_NOUNS
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.offices import HEAD_TITLE, coordinated
from sitroom.nlp.quotes.viewers import epithet

# one-person roles news prose writes as capitals ("the PM said", "the CEO added"; Kenya's
# "the CS" is a cabinet secretary, South Asia's "the COAS" an army chief)
ROLE_ABBREVIATIONS = frozenset(
    {"PM", "P.M.", "DPM", "CEO", "MP", "MEP", "MLA", "MK", "CS", "COAS", "IGP"}
)
# the title words of an abbreviated role, to find its holder named before ("Prime Minister
# X resigned ... the PM said": X, not whoever was named last)
ROLE_WORDS = {
    "PM": ("prime", "minister"),
    "P.M.": ("prime", "minister"),
    "DPM": ("deputy", "prime", "minister"),
    "CS": ("cabinet", "secretary"),
}
# "the head of state" and "the head of government" are offices named by what they head
HEAD_OF = {"state": ("president",), "government": ("prime", "minister")}
TITLE_REACH = 60  # characters around a name where its title stands
# roles that speak for someone else: never the principal named before them
PROXY_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser"})


def holds(
    actor: Actor,
    role_words: list[str],
    country: str | None,
    date: dt.date | None = None,
    *,
    active: bool = False,
) -> bool:
    for role in actor.roles:
        if active and not role.active(date):
            continue
        if country is not None and role.country != country:
            continue
        title = fold(role.title)
        if role_words and all(_has(w, title, role_words) for w in role_words):
            return True
    return False


# words that make another office of the title after them: "the minister" or "the president"
# of a report is not its prime minister, vice president or deputy minister
OTHER_OFFICE = ("prime", "vice", "deputy")


def _has(word: str, title: str, role_words: list[str]) -> bool:
    if synonym(word, title) or (word == "leader" and HEAD_TITLE.match(title) is not None):
        return True
    if word not in title:
        return False
    return not any(f"{o} {word}" in title and o not in role_words for o in OTHER_OFFICE)


COULD_HOLD_CACHE: weakref.WeakKeyDictionary[KnowledgeBase, dict[Any, list[Actor]]] = (
    weakref.WeakKeyDictionary()
)


def could_hold(kb: KnowledgeBase, role_words: tuple[str, ...], country: str | None) -> list[Actor]:
    """The people of ``kb`` (in its order) with a role that has the words and the country
    whatever its dates: the only ones :func:`holds` can accept; worked out once per
    knowledge base and question (the same role nouns come up in every document)."""
    known = COULD_HOLD_CACHE.setdefault(kb, {})
    found = known.get((role_words, country))
    if found is None:
        found = known[(role_words, country)] = [
            a for a in (kb.actors[i] for i in kb.people) if holds(a, list(role_words), country)
        ]
    return found


SYNONYMS = {"defense": "defence", "defence": "defense", "premier": "prime minister"}


def synonym(word: str, title: str) -> bool:
    alt = SYNONYMS.get(word)
    return alt is not None and alt in title


def titled(idx: DocIndex, m: Mention, noun: str, said_by: int) -> bool:
    """Whether the role noun stands next to an unknown person's name in its sentence
    ("Minister of State X", "X, the bank's spokesman")."""
    sent = idx.sents[idx.sentence_number(m.start)]
    lo = max(sent.start_char, m.start - TITLE_REACH)
    before = idx.text[lo : m.start]
    after = idx.text[m.end : min(sent.end_char, m.end + TITLE_REACH)].split(",")
    # "X, the bank's spokesman, said" (an apposition closed), not "X, the minister said"
    closed = after[0] == "" and len(after) >= 3
    if closed and not m.end < said_by <= m.end + len(after[1]) + 1:  # not the speaker's own
        before += " " + after[1]
    words = {fold(w) for w in re.findall(r"[\w-]+", before)}
    return fold(noun) in words or fold(noun) + "s" in words


def role_taken_for_name(tok: Token, mention: Mention) -> bool:
    """A one-word mention that is a person's role noun after "the" ("the Spokesman"), or
    a mention of the last of coordinated states before a plural noun."""
    one = " " not in mention.text.strip()
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if tok.tag_ in ("NNS", "NNPS") and mention.start > tok.left_edge.idx:
        # "the British, French and German ministers": the last state is not the group's
        return coordinated([c for c in tok.children if c.dep_ in ("amod", "compound")])
    return one and tok.lemma_.lower() in PERSON_ROLE_NOUNS and dets == ["the"]


def group_names(tok: Token, mods: list[str]) -> list[str]:
    """The names a group of people goes by, with its modifiers ("French farmers")."""
    lemma = tok.lemma_.lower()
    plural = (
        lemma if tok.tag_ in ("NNS", "NNPS") else lemma + ("es" if lemma.endswith("s") else "s")
    )
    out = []
    if mods:
        out.append(" ".join([*mods, tok.text]))
        out.append(" ".join([*mods, plural]))
    return out


def anaphoric(tok: Token) -> bool:
    """ "the official", "the former national skipper", "the PM": one person, definite."""
    if tok.text not in ROLE_ABBREVIATIONS and not (tok.text.islower() and epithet(tok)):
        if not tok.text.islower() or tok.tag_ not in ("NN", "NNP"):  # one, not a name
            return False
        if tok.lemma_.lower() not in ANAPHORIC_PERSON_NOUNS:
            return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    # "the minister of X" is someone else's title; "the winner, who ..., since 2024":
    # a phrase of time the parser hung on the noun restricts no one
    return dets == ["the"] and not any(
        c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ not in TIME_PREPOSITIONS)
        for c in tok.children
    )


TIME_PREPOSITIONS = frozenset({"since", "until", "during"})


def title_words(tok: Token) -> tuple[str, ...]:
    """The words of the office a role noun stands for when they are not its own: "the PM"
    (prime minister), "the Head of State" (president); empty for any other noun."""
    if tok.text in ROLE_WORDS:
        return ROLE_WORDS[tok.text]
    if tok.lemma_.lower() != "head":
        return ()
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in HEAD_OF:
                    return HEAD_OF[obj.lower_]
    return ()


def holder_named_before(
    idx: DocIndex, kb: KnowledgeBase, words: tuple[str, ...], start: int, reach: int
) -> Mention | None:
    """The last person named before ``start`` (within ``reach`` characters) who holds the
    office of ``words``: by the knowledge base, or by the title written next to the name
    ("Prime Minister X"); None when no one does."""
    for m in idx.mentions_before(start):
        if start - m.end > reach:
            break
        if m.type != "PERSON":
            continue
        actor = kb.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.roles:
            if holds(actor, list(words), None):
                return m
        elif all(titled(idx, m, w, start) for w in words):
            return m
    return None


def role_country(kb: KnowledgeBase, idx: DocIndex, tok: Token, words: list[str]) -> str | None:
    """The state a title names: a demonym among its words ("the Iranian minister") or,
    after it, the country of the first state or body of its "of" phrase ("Deputy Chairman
    of the Cabinet of Ministers of the Kyrgyz Republic"), so that only that state's office
    holders are candidates."""
    demonym = next((kb.demonym[w] for w in words if w in kb.demonym), None)
    if demonym is not None:
        return demonym
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    end = of.right_edge.idx + len(of.right_edge.text)
    for m in idx.mentions_in(of.idx, end):
        actor = kb.get(m.actor_id) if m.actor_id else None
        if m.type != "PERSON" and m.country and (actor is None or actor.kind != "person"):
            return m.country
    return None
