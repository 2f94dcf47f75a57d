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
