"""Content set off by a colon after a speech verb: "The minister added: the talks are over."

When the statement after the colon is not quoted, the parser often fails to hang it on the
verb as a clause ("X added: And from a front-runner, this reeks of fear" is read as a
prepositional phrase of "added"). The colon itself says where the content is: everything
after it to the end of the sentence (or, when the parser ends the sentence at the colon,
the next sentence of the same paragraph). When the colon ends its paragraph ("Limbaugh
added:" and the statement set out below it, unquoted, as a block), the content is the whole
next paragraph. Quoted statements are left to the marks reader.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import SPEECH_VERBS
from sitroom.nlp.quotes.frame import Frame, clean, cue_lemma
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.subjects import source_of
from sitroom.nlp.quotes.viewers import can_hold_view

OPENING_MARKS = ('"', "“", "‘", "'", "«", "„")


def colon_frame(idx: DocIndex, verb: Token) -> Frame | None:
    """The frame of "X <speech verb>: statement", or None."""
    doc = idx.doc
    colon = _next_word(verb)
    if colon is None or colon.text != ":" or cue_lemma(verb) not in SPEECH_VERBS:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "conj"):
        return None  # a finite saying of the sentence, not "the plan announced: ..."
    source = source_of(verb)
    if source is None or source.i > verb.i or not can_hold_view(idx, source, "speech"):
        return None
    first = _next_word(colon)
    if first is None or first.text in OPENING_MARKS or not first.is_alpha:
        return None  # a quotation (the marks reader's), or a list set out below
    set_out = "\n" in idx.text[colon.idx : first.idx]
    if set_out:
        end = idx.paragraph_bounds(idx.paragraph(first.idx))[1]
        last = idx.token_before(end)
    else:
        last = doc[first.sent.end - 1]
    if last is None or last.i < first.i:
        return None
    if last.text in ("”", '"', "’"):
        return None  # it ends in a quotation: a mixed statement, left to the marks reader
    segments = clean(idx, [(first.idx, last.idx + len(last.text))])
    if not segments or len(idx.text[segments[0][0] : segments[-1][1]].split()) < 3:
        return None  # a label or a single word ("said: no"), not a statement
    cue = (verb.idx, verb.idx + len(verb.text))
    return Frame("speech", *cue, segments, verb, source, set_out=set_out)


def _next_word(tok: Token) -> Token | None:
    """The next token that is not white space."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None
