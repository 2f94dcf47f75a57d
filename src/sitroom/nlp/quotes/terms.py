"""Quotation marks that name a thing rather than report words: a term used as a modifier
("‘drought-hit’ status"), a slogan, a title or a name after "including", "called" or a
noun such as "slogan", "book" or "operation" ("raising slogans including ‘Bread for
all’", "the novel ‘The Long Road’")."""

from __future__ import annotations

from sitroom.nlp.lexicon import words
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.marks import Marked

# words right before a quotation that make it the name of a thing
NAMING_WORDS = words(
    """
    including titled entitled named dubbed nicknamed codenamed
    slogan slogans chant chants banner banners placard placards hashtag motto song
    songs book novel film documentary album series campaign operation programme
    """
)
TERM_WORDS = 4  # a quotation this short, modifying the noun after it, is a term


def names_a_thing(idx: DocIndex, mark: Marked) -> bool:
    """Whether the quotation is a name, a title, a slogan or a term, not words said."""
    before = idx.token_before(mark.start)
    if before is not None and before.lower_ in NAMING_WORDS:
        return True
    inner = idx.text[mark.inner_start : mark.inner_end]
    if len(inner.split()) > TERM_WORDS or inner.rstrip()[-1:] in ".,!?":
        return False
    last = idx.token_before(mark.inner_end)
    after = idx.token_at(mark.end)
    if last is None or after is None or after.idx - mark.end > 1:
        return False
    # "‘drought-hit’ status": the quoted words modify the noun right after them
    return after.pos_ in ("NOUN", "PROPN") and last.head.i == after.i and last.dep_ != "nsubj"
