"""Two wh-clauses of saying joined by a coordinator: "what farmers say about the drought
and how experts say the rivers will change".

A cue inside a wh-clause ("what Trump says his plan would do") says no more than that
clause; the parser often hangs the second wh-clause on the first cue or its content. A
clause opened by a wh-word right after "and"/"or"/"but" is a second conjunct, with its own
cue and speaker, not what the first speaker said: the first cue's content ends before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.quotes.frame import Frame, clean
from sitroom.nlp.quotes.index import DocIndex

WH_TAGS = frozenset({"WP", "WDT", "WRB"})
COORDINATORS = frozenset({"and", "or", "but"})


def without_joined_clauses(idx: DocIndex, frame: Frame | None) -> Frame | None:
    """``frame`` cut before a wh-clause coordinated after its wh-clause cue (None if
    nothing is left)."""
    if frame is None or frame.cue is None or not frame.segments or not _in_wh_clause(frame.cue):
        return frame
    span = idx.doc.char_span(frame.start, frame.end, alignment_mode="expand")
    if span is None:
        return frame
    if span.start > frame.cue.i and _wh_after(idx.doc[span.start - 1]):
        return None  # "what X says about A and how Y says B": B hung on X's cue
    cut = next(
        (t.idx for t in span if t.i > frame.cue.i and t.lower_ in COORDINATORS and _wh_after(t)),
        None,
    )
    if cut is None:
        return frame
    kept = clean(idx, [(s, min(e, cut)) for s, e in frame.segments if s < cut])
    if not kept:
        return None
    frame.segments = kept
    return frame


def _in_wh_clause(verb: Token) -> bool:
    """ "what the farmers say", "what Trump says his plan would do": a wh-word opens the
    verb's clause, right before its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    first = subject.left_edge
    return first.i > 0 and verb.doc[first.i - 1].tag_ in WH_TAGS


def _wh_after(coordinator: Token) -> bool:
    """ "and how", "or what": a coordinator opening a second wh-clause."""
    doc = coordinator.doc
    nxt = coordinator.i + 1
    return nxt < len(doc) and doc[nxt].tag_ in WH_TAGS and doc[nxt].lower_ != "that"
