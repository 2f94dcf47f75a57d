"""What a cue's content is when the parser hangs it elsewhere: a that-clause under the noun
of a hedge ("claimed without evidence that A"), and a clause after the dash that closes
the aside holding the cue ("X — which said A — refused"), which is the main clause's; and
the main clause an "as" aside attributes ("As X put it, A", "A, as X noted")."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
# Verbs of stating in an "as" aside: "as X noted", "as X put it", "as X told reporters".
# Not promising or announcing: "she resigned, as she had promised" reports an act done,
# not what was said.
AS_ASIDE_VERBS = frozenset(
    {"say", "note", "put", "point", "write", "observe", "explain", "argue", "remark",
     "tell", "state", "acknowledge", "admit", "concede", "recall", "stress",
     "emphasize", "emphasise", "mention", "insist", "contend", "tweet", "testify"}
)  # fmt: skip


def clause_after_hedge(verb: Token) -> list[Token]:
    """ "claimed without evidence that A": the parser hangs the that-clause on the noun of
    the hedge, but it is what was claimed."""
    return [
        clause
        for prep in verb.rights
        if prep.dep_ == "prep" and prep.lower_ == "without"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    ]


def within_aside(verb: Token, clauses: list[Token]) -> list[Token]:
    """The clauses a relative clause's cue inside a pair of dashes ("the alliance — which
    said A — refused to join") can hold: those before the closing dash (the parser often
    hangs the main clause after it on the cue)."""
    if verb.dep_ != "relcl":
        return clauses  # "A — he said — B": B goes on with what he said
    sent = verb.sent
    opened = any(t.text in DASHES for t in verb.doc[sent.start : verb.i])
    close = next((t.i for t in verb.doc[verb.i + 1 : sent.end] if t.text in DASHES), None)
    if not opened or close is None:
        return clauses
    return [c for c in clauses if c.i < close]


def as_aside(verb: Token, lemma: str) -> bool:
    """ "As X put it, A", "A, as X has pointed out": a clause of manner opened by "as", with
    a verb of stating and its own subject but no content of its own, attributes the main
    clause to its subject (not "as X said he would", nor "as expected")."""
    if verb.dep_ != "advcl" or lemma not in AS_ASIDE_VERBS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in kids):
        return False
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "acomp") for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    if lemma == "put":  # "as X put it": nothing else is put
        return [o.lower_ for o in objects] == ["it"]
    return lemma == "tell" or not objects


# Verbs that commit to or announce an act: "she resigned, as she had promised" reports the
# act done; no statement is attributed.
COMMITTING_VERBS = frozenset(
    {"promise", "pledge", "vow", "swear", "threaten", "plan", "intend", "announce", "undertake"}
)


def as_act_done(verb: Token, lemma: str) -> bool:
    """ "A, as X had promised", "As X vowed, A": an "as" clause of a verb of committing with
    no content of its own, whose main clause is the act done, not what X said."""
    if verb.dep_ != "advcl" or lemma not in COMMITTING_VERBS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in kids):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in kids)
