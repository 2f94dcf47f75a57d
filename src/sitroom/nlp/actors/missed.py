"""Names the recognizer missed that the words next to them show to be a person's: a name
before an apposition stating an office ("X Y, the leftist presidential candidate of ...",
"X, a resident, said"; English news prose introduces people it expects the reader not to
know this way). Helpers of :func:`sitroom.nlp.actors.names.titled_names`."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.nlp import doc_text
from sitroom.nlp.actors.kb.normalize import common_word

OPENED = re.compile(r",\s+(?:the|a|an)\s", re.IGNORECASE)


def named_before_a_title(
    doc: Doc, is_role: Callable[[str], bool], common: frozenset[str]
) -> list[Span]:
    """Names the recognizer missed before an apposition that gives a person's office ("X Y,
    the leftist presidential candidate of ...", "X, a resident, said"): one to three
    capitalised proper nouns outside any entity opening their sentence or clause, then a
    comma, "the"/"a" and a role word among the next five words before any verb."""
    out: list[Span] = []
    for found in OPENED.finditer(doc_text(doc)):  # a comma, then "the"/"a": read only there
        comma = doc.char_span(found.start(), found.start() + 1)
        if comma is None or comma.end + 2 >= len(doc):
            continue
        i = comma.start
        start = i
        while start > 0 and i - start < 3 and _bare(doc[start - 1]):
            start -= 1
        if start == i or (start > 0 and doc[start - 1].text[:1].isupper()):
            continue  # no name, or one that runs on into a longer capitalised run
        if start > doc[start].sent.start and not doc[start - 1].is_punct:
            continue  # "... said Friday Zanu, a ...": only a name opening a clause
        name = doc[start:i]
        if all(common_word(t.lower_, common) for t in name):
            continue
        for t in doc[i + 2 : min(len(doc), i + 7)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                break
            if is_role(t.text):
                out.append(name)
                break
    return out


def _bare(tok: Token) -> bool:
    """A capitalised proper noun outside any entity."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
