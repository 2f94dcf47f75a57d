"""Clauses after a name that give its title: "X, who heads the agency,", "X, who is
director of the Y centre,", "X is secretary-general of the Y party" (English news prose
introduces people it expects the reader not to know this way). Helpers of
:func:`sitroom.nlp.actors.titles.title_words`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

HEAD_VERBS = {"head", "lead", "chair", "run", "direct", "command", "oversee"}


def is_predicate(span: Span, end: int) -> bool:
    """ "X is director of the Y centre": the name the subject of "be" whose complement is a
    noun phrase (not "X is expected to", "X was in Paris")."""
    doc = span.doc
    i = span.end
    return (
        i + 1 < end
        and doc[i].lemma_ == "be"
        and span.root.dep_.startswith("nsubj")
        and doc[i + 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
        and doc[i + 1].lower_ not in ("not", "no")
    )


def who_is(doc: Doc, i: int, end: int) -> bool:
    """ "X, who is/was secretary-general of Y,": a relative clause giving X's title."""
    return (
        i + 2 < end
        and doc[i].lower_ == "who"
        and doc[i + 1].lemma_ == "be"
        and doc[i + 2].pos_ in ("DET", "PROPN", "NOUN", "ADJ")
    )


def heads_clause(doc: Doc, i: int, end: int) -> bool:
    """ "X, who heads/leads/chairs/runs Y,": a relative clause giving the body X heads."""
    return (
        i + 2 < end
        and doc[i].lower_ == "who"
        and doc[i + 1].lemma_.lower() in HEAD_VERBS
        and doc[i + 2].pos_ in ("DET", "PROPN", "NOUN", "ADJ")
    )


# Verbs that put someone in an office "as" its holder ("installed X as army chief", "X was
# appointed as head of the agency").
# ("instal": the lemma spaCy gives "installed")
APPOINT_VERBS = {"appoint", "name", "install", "instal", "nominate", "elect", "designate",
                 "swear", "confirm"}  # fmt: skip


def appointed_as(span: Span) -> Span | None:
    """ "installed X as the new army chief", "X (and Y) had been appointed as head of the
    army": the office a verb of appointment gives the name (its object, or the subject of
    its passive, also one of a coordinated pair), as the words after "as"."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in APPOINT_VERBS:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or prep.i < span.end:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = span.doc
    end = min(obj.right_edge.i + 1, prep.i + 13)
    for tok in doc[obj.i + 1 : end]:  # "as army chief on Sunday": the office, not the date
        if tok.ent_type_ in ("DATE", "TIME") or tok.is_punct:
            end = tok.i - (doc[tok.i - 1].pos_ == "ADP")
            break
    return doc[prep.i + 1 : end]
