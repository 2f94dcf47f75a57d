"""What a cue's content is when the parser hangs it elsewhere: a that-clause under the noun
of a hedge ("claimed without evidence that A"), and a clause after the dash that closes
the aside holding the cue ("X \u2014 which said A \u2014 refused"), which is the main clause's."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


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
    """The clauses a relative clause's cue inside a pair of dashes ("the alliance \u2014 which said A \u2014
    refused to join") can hold: those before the closing dash (the parser often hangs the
    main clause after it on the cue)."""
    if verb.dep_ != "relcl":
        return clauses  # "A — he said — B": B goes on with what he said
    sent = verb.sent
    opened = any(t.text in DASHES for t in verb.doc[sent.start : verb.i])
    close = next((t.i for t in verb.doc[verb.i + 1 : sent.end] if t.text in DASHES), None)
    if not opened or close is None:
        return clauses
    return [c for c in clauses if c.i < close]
