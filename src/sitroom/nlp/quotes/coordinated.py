"""Two wh-clauses of saying joined by a coordinator: "what farmers say about the drought
and how experts say the rivers will change".

The first cue's content is the gap of its own wh-word ("what"); the parser often hangs the
second wh-clause on the first cue as its complement. A clause opened by a wh-word right
after "and"/"or"/"but" is a second conjunct, with its own cue and speaker, not what the
first speaker said: it is dropped from the first cue's content.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.quotes.frame import Frame, subtree_segment
from sitroom.nlp.quotes.index import DocIndex

WH_TAGS = frozenset({"WP", "WDT", "WRB"})
COORDINATORS = frozenset({"and", "or", "but"})


def without_joined_clauses(idx: DocIndex, frame: Frame | None) -> Frame | None:
    """``frame`` without the wh-clauses coordinated after a wh-clause cue (None if nothing
    is left)."""
    if frame is None or frame.cue is None or not _in_wh_clause(frame.cue):
        return frame
    joined = [c for c in frame.cue.children if c.dep_ == "ccomp" and _joined(c)]
    if not joined:
        return frame
    cut = [subtree_segment(idx, c, frame.cue) for c in joined]
    kept = [(s, e) for s, e in frame.segments if not any(a <= s and e <= b for a, b in cut)]
    if not kept:
        return None
    frame.segments = kept
    return frame


def _in_wh_clause(verb: Token) -> bool:
    """ "what the farmers say": the verb's object or subject is a wh-word before it."""
    return any(
        c.tag_ in WH_TAGS and c.i < verb.i and c.dep_ in ("dobj", "nsubj") for c in verb.children
    )


def _joined(clause: Token) -> bool:
    """A clause opened by a wh-word right after a coordinator that is none of its own."""
    first = clause.left_edge
    if first.tag_ not in WH_TAGS or first.i == 0:
        return False
    before = clause.doc[first.i - 1]
    return before.lower_ in COORDINATORS and before.head.i != clause.i
