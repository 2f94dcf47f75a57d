"""Attribution frames read off the dependency parse: a cue, its source and its content.

A frame is found for every cue whose class (``sitroom.nlp.lexicon``) says where the
attributed content is, and whose source can hold a view: verbs (``verbal``), "according
to", cue nouns, attitude adjectives and speaker labels (``nominal``).

Content spans follow the PolNeAR conventions: a complementizer ("that") is part of the
content, trailing sentence punctuation is not, quotation marks are (see ``assemble``).
"""

from __future__ import annotations

from sitroom.nlp.quotes.frame import Frame
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.nominal import according_frame, adjective_frame, label_frames, noun_frame
from sitroom.nlp.quotes.verbal import verb_frame


def find_frames(idx: DocIndex) -> list[Frame]:
    """Every attribution frame of the document, in text order of their content."""
    doc = idx.doc
    frames: list[Frame] = []
    for tok in doc:
        frame: Frame | None = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            frame = according_frame(idx, tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "amod"):
            frame = verb_frame(idx, tok)
        elif tok.pos_ == "NOUN":
            frame = noun_frame(idx, tok)
        elif tok.pos_ == "ADJ":
            frame = adjective_frame(idx, tok)
        if frame is not None and frame.segments:
            frames.append(frame)
    frames.extend(label_frames(idx))
    frames.sort(key=lambda f: f.start)
    return frames
