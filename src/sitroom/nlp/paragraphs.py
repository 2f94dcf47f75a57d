"""Paragraph breaks end sentences: a headline, a byline or a dateline line without a full
stop never runs into the lead sentence below it ("Govt will talk to groups\\n\\nThe minister
said ..." is two sentences, and the minister is the subject of "said")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDS = frozenset(".!?:;\"'”’)…")  # a line ending so is left to the parser


@Language.component("sitroom_paragraphs_v1")
def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start when the line above
    has no closing punctuation (the parser keeps preset starts); breaks are found by
    searching the text, not by walking every token."""
    text = doc.text
    at = text.find("\n\n")
    while at != -1:
        end = at + 2
        while end < len(text) and text[end].isspace():
            end += 1
        last = at - 1
        while last > 0 and text[last].isspace():
            last -= 1
        if end < len(text) and text[last] not in _ENDS:
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        at = text.find("\n\n", end)
    return doc
