"""The attribution frame and the helpers every cue reader shares: cue lemmas and spans.

Who the source of a cue is lives in ``subjects``; whether it can hold a view, in ``viewers``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sitroom.nlp.lexicon import (
    BELIEF_VERBS,
    EVIDENCE_VERBS,
    INTENT_VERBS,
    PHRASAL_CUES,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from sitroom.nlp.quotes.index import DocIndex

Segment = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "csubj")
TRAILING_PUNCT = ".,;:!? \n\t-—–―"
LEADING_PUNCT = ",;:.-—–―)"
CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS | EVIDENCE_VERBS | INTENT_VERBS | STANCE_VERBS


@dataclass(slots=True)
class Frame:
    """One attribution: where its cue, source and content are."""

    cls: str  # speech|belief|evidence|intent|stance|phrasal|state|according|noun|label
    cue_start: int
    cue_end: int
    segments: list[Segment]
    cue: Token | None = None
    source: Token | None = None
    source_span: Segment | None = None  # for sources that are not a token of the parse
    trailing: bool = False  # the content comes before the cue ("A," she said)
    # an attribution of nothing its source states (a reaction, not a quote): a relay ("X
    # said A, the agency reported"), a passive adjunct ("Asked whether A, ..."), a clause of
    # time after the cue's object ("saw casualties when A")
    unsaid: bool = False
    set_out: bool = False  # the content is the paragraph below a cue ending in a colon

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


# -- lemmas ----------------------------------------------------------------------------------


def cue_lemma(tok: Token) -> str:
    """The lemma, or a lemma from the word's form when the lemmatizer erred ("hoping"->"hop")."""
    lemma = tok.lemma_.lower()
    if lemma in CUE_LEMMAS or lemma in PHRASAL_CUES:
        return lemma
    low = tok.lower_
    stems: list[str] = []
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
            if suffix == "ed" and stem.endswith("i"):
                stems.append(stem[:-1] + "y")
    return next((s for s in stems if s in CUE_LEMMAS or s in PHRASAL_CUES), lemma)


# -- spans -----------------------------------------------------------------------------------


def is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ == "VBG"


def subtree_segment(idx: DocIndex, tok: Token, cue: Token) -> Segment:
    """The characters of ``tok``'s subtree, cut before the cue when the cue is inside it.

    A clause the cue governs reaches back over the cue only through a word moved out of it
    to the front: a relative or wh-pronoun ("the strikes, which Kabul said killed
    civilians", "what analysts say has been a pattern"); the content is the clause's words
    after the cue ("killed civilians"), not the cue's own words ("told reporters")."""
    left, right = tok.left_edge.i, tok.right_edge.i
    if left <= cue.i <= right:
        if cue.is_ancestor(tok):
            after = [t.i for t in tok.subtree if t.i > cue.i]
            left = min(after) if after else tok.i
        elif tok.i < cue.i:
            right = cue.left_edge.i - 1
        else:
            left = cue.right_edge.i + 1
    return tokens_segment(idx, left, max(left, right))


def span_segment(idx: DocIndex, first: Token, last: Token, cue: Token) -> Segment:
    left, right = first.left_edge.i, last.right_edge.i
    if left <= cue.i <= right:
        left = cue.i + 1
    return tokens_segment(idx, left, max(left, right))


def tokens_segment(idx: DocIndex, left: int, right: int) -> Segment:
    doc = idx.doc
    right = min(right, len(doc) - 1)
    while right > left and (doc[right].dep_ == "cc" or doc[right].text == ","):
        if doc[right].text == "," and doc[right - 1].dep_ != "cc":
            break
        right -= 1  # "to protect civilians and [promised ...]": the conjunction is the next verb's
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def clean(idx: DocIndex, segments: list[Segment]) -> list[Segment]:
    return clean_segments(idx.text, segments)


def clean_segments(text: str, segments: list[Segment]) -> list[Segment]:
    """Strip spaces and sentence punctuation at the edges, keeping quotation marks."""
    out: list[Segment] = []
    for start, end in sorted(segments):
        while start < end and (text[start].isspace() or text[start] in LEADING_PUNCT):
            start += 1
        while end > start and text[end - 1] in TRAILING_PUNCT:
            end -= 1
        if end > start and any(ch.isalnum() for ch in text[start:end]):
            out.append((start, end))
    return out
