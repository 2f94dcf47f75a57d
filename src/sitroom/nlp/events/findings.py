"""Claims and findings of a wrong: the claiming is the event (ACCUSE).

A reporting verb is transparent ("said that X attacked": the attack counts). Some reporting
verbs assert *against* someone: "claimed that police charged the protesters", "argued that
Berlin's support enables genocide", "alleged that Iran isn't complying", "alleged that X
sheltered the attackers". When what they report is a wrong done by a named party (an
act of force or coercion, a violation, a failure, a thing not done), PLOVER codes the
assertion itself: ACCUSE (allege), aimed at the party said to have done it. A neutral content
("claimed that the economy grew", "argued that talks should resume") accuses no one and the
verb stays transparent; so does a wrong told in a clause of its own inside the content
("claimed its troops won after the rebels attacked").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.actors import Indexed
from sitroom.nlp.events.binding import small_clause

# Verbs that assert against someone when what they report is a wrong.
# "Find" is left out: a board's finding is its body's act, and the scorecard's gold codes
# the body, not the board, as its source (measured: a source lost, no event gained).
ASSERTING = frozenset({"claim", "argue", "allege"})
# Dependencies into a clause of its own: a wrong told there is not the claimed one.
NESTED = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj"})
# Words that name a wrong whatever the verb around them.
WRONGS = frozenset(
    {"violate", "violation", "breach", "ignore", "fail", "failure", "persecute", "abuse"}
    | {"genocide", "crime", "atrocity", "massacre", "kill", "torture", "attack", "harass"}
    | {"sabotage", "interfere", "interference", "obstruct", "undermine", "mistreat", "cleanse"}
    | {"breach", "flout", "sponsor", "terrorism", "aggression", "occupy", "loot", "plunder"}
    | {"charge", "hurt", "beat", "shoot", "detain", "arrest", "kidnap", "abduct", "seize"}
)


def _clause(verb: Token) -> Token | None:
    for k in verb.children:
        if k.dep_ == "ccomp" and not small_clause(k):
            return k
    return None


def _doer(clause: Token, index: Indexed) -> bool:
    """A named party does what the clause tells: its subject, its passive agent or the
    owner of its subject ("Berlin's support enables ...")."""
    heads = [clause, *clause.conjuncts]
    subjects = [k for h in heads for k in h.children if k.dep_ in ("nsubj", "nsubjpass")]
    subjects += [o for s in subjects for o in s.children if o.dep_ == "poss"]
    subjects += [
        o
        for h in heads
        for a in h.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    return any(index.at(s) is not None or s.pos_ == "PROPN" for s in subjects)


def _wrong(clause: Token) -> bool:
    """The clause tells a wrong: a word of wrongdoing, or a thing not done ("isn't
    complying", "never paid")."""
    todo = [clause]
    while todo:
        t = todo.pop()
        if t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX"):
            return True
        if t.lemma_.lower() in WRONGS:
            return True
        todo += [k for k in t.children if k.dep_ not in NESTED]
    return False


def accusing_claim(verb: Token, index: Indexed) -> bool:
    """ "claimed that police charged the protesters", "argued that Iran isn't complying": an
    assertion of a wrong done by a named party, coded ACCUSE."""
    if verb.lemma_.lower() not in ASSERTING or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("amod", "compound") or any(k.dep_ == "neg" for k in verb.children):
        return False  # "did not claim that": no assertion
    clause = _clause(verb)
    return clause is not None and _wrong(clause) and _doer(clause, index)


# Verbs of claiming that, with a plain object and no clause, claim a thing for oneself.
CLAIMING = frozenset({"claim"})


def claim_to_thing(verb: Token) -> bool:
    """ "China claims the reefs as its territory", "claimed the title": a claim *to* a
    thing (land, a title, credit) says nothing against anyone, so CAMEO's default reading
    of the verb (ACCUSE) does not hold; an accusation is told in a clause ("claimed that
    X attacked"), and CAMEO's patterns with a noun ("claimed victory against") still code."""
    if verb.lemma_.lower() not in CLAIMING:
        return False
    kids = [k.dep_ for k in verb.children]
    return "dobj" in kids and not any(d in ("ccomp", "xcomp", "advcl") for d in kids)


CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion", "contention", "finding"})
# Verbs that answer a claim: "rejected the claim that ..." is their event (REJECT), not it.
ANSWERING = frozenset(
    {"reject", "deny", "dismiss", "refute", "counter", "rebut", "retort", "dispute"}
    | {"repudiate", "contest", "debunk", "challenge"}
)


def accusing_claim_noun(noun: Token, index: Indexed) -> bool:
    """ "his claims that farmers are persecuted by the government", "Trump's claim that
    Afrikaners were being killed": a claim of a wrong, owned by the claimer, is an ACCUSE."""
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in ANSWERING:
        return False  # "rejected the claim that ...": the answer is the event
    owned = any(k.dep_ == "poss" for k in noun.children) or any(
        k.dep_ == "prep" and k.lower_ == "by" for k in noun.children
    )
    clauses = [
        k
        for k in noun.children
        if k.dep_ in ("acl", "ccomp", "relcl")
        and any(m.lower_ == "that" for m in k.children)
        and not any(m.dep_ in ("nsubj", "dobj") and m.lower_ == "that" for m in k.children)
    ]
    return owned and any(_wrong(c) and _doer(c, index) for c in clauses)
