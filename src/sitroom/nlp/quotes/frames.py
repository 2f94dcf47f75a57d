"""Attribution frames read off the dependency parse: a cue, its source and its content.

A frame is found for every cue whose class (``sitroom.nlp.lexicon``) says where the
attributed content is, and whose source can hold a view: verbs (``verbal``), "according
to", cue nouns, attitude adjectives and speaker labels (``nominal``).

Content spans follow the PolNeAR conventions: a complementizer ("that") is part of the
content, trailing sentence punctuation is not, quotation marks are (see ``assemble``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.quotes.frame import CUE_LEMMAS, Frame, cue_lemma
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.nominal import (
    according_frame,
    adjective_frame,
    label_frames,
    medium_frame,
    noun_frame,
)
from sitroom.nlp.quotes.verbal import verb_frame


def find_frames(idx: DocIndex) -> list[Frame]:
    """Every attribution frame of the document, in text order of their content."""
    doc = idx.doc
    frames: list[Frame] = []
    for tok in doc:
        frame: Frame | None = None
        lower, pos = tok.lower_, tok.pos_
        if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = according_frame(idx, tok)
        elif pos in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "amod"):
            frame = verb_frame(idx, tok)
        elif pos == "NOUN" and _verb_tagged_noun(tok):
            frame = verb_frame(idx, tok)  # "Trump charges that ...", "The film documents how"
        elif pos == "NOUN":
            frame = noun_frame(idx, tok)
        elif pos == "ADJ":
            frame = adjective_frame(idx, tok)
        elif lower == "in" and pos == "ADP":
            frame = medium_frame(idx, tok)
        if frame is not None and frame.segments:
            frames.append(frame)
    frames.extend(label_frames(idx))
    frames.sort(key=lambda f: f.start)
    return frames


def _verb_tagged_noun(tok: Token) -> bool:
    """A verb the tagger took for a plural noun: it heads the sentence and has a subject."""
    if tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or cue_lemma(tok) not in CUE_LEMMAS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)
