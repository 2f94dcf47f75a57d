"""Sentence starts that the page's furniture makes certain, set before the parser runs.

The parser reads a caption, a photo credit, a byline or a dateline into the sentence next
to it when only a line break separates them ("Nigerian President X / Video Image\\nThe
president also threatened ..."): the run-on sentence then carries the furniture's words
into the actors, quotes and events of the real sentence, or loses the sentence with the
furniture it overlaps. A furniture line (``Doc._.furniture``, set before the components
run) is a sentence of its own, and the text after it starts a new one. spaCy's dependency
parser keeps sentence starts set before it and decides only the others.

Headlines, standfirsts and sub-headings are left to the parser: a heading run into its lead is read
with it by the claims and events stages (a headline's figure, the lead's doer), and
splitting there measured worse on the real-prose gold.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)

#: Furniture whose lines stay with the parser's sentences (see the module's docstring)
HEADINGS = frozenset({"title", "subheading", "standfirst"})


@Language.factory(
    "sitroom_layout_v1",
    requires=["doc._.furniture"],
    assigns=["token.is_sent_start"],
)
def make_layout(nlp: Language, name: str) -> Layout:
    return Layout()


class Layout:
    """Marks the first word of a furniture line, and the first word after it, as starting
    a sentence."""

    def __call__(self, doc: Doc) -> Doc:
        edges = [
            char
            for start, end, kind in doc._.furniture or ()
            if kind not in HEADINGS
            for char in (start, end)
        ]
        if not edges:
            return doc
        offsets = doc.to_array("IDX")
        for char in edges:
            i = int(numpy.searchsorted(offsets, char))
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        return doc
