"""spaCy components of sitroom: actors (linking), quotes, events, positions.

Each component is registered with ``@Language.factory`` under a versioned name
(``sitroom_actors_v1``; spaCy forbids dots in factory names) and writes its results to
a ``Doc`` extension; the pipeline copies them onto the :class:`sitroom.article.Article`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from spacy.language import Language

for _name, _default in (
    ("published", None),
    ("mentions", None),
    ("quotes", None),
    ("events", None),
    ("positions", None),
    # Page furniture (captions, credits, bylines, datelines, sub-headings, player text):
    # a list of (start, end, kind) character spans of the Doc, set before the components
    # run; no component takes a quote, an event, an actor or a position from them.
    ("furniture", None),
    # Names used as locations, not actors (``sitroom.article.Place``), from the actors
    # component.
    ("places", None),
    # States a report refers back to by a description ("the West African country"), as
    # mentions on the description's span (``sitroom.nlp.actors.state_descriptions``): kept apart
    # from the actor mentions, read by the events and positions as parties.
    ("descriptions", None),
    # Attributed attitudes to a thing ("X condemned the airstrikes"): attributions whose
    # content is a bare noun phrase, kept apart from the quotes (statements).
    ("reactions", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_TEXT = "sitroom:text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text on each access,
    which is quadratic in a loop over spans or sentences."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`doc_text`: spaCy joins the span's tokens on each
    access (the text of its tokens with their spaces, without the last one's)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


_ENTS = "sitroom:ents"


def hold_ents(doc: Doc) -> None:
    """Keep ``doc.ents`` read once for :func:`doc_ents`, for a component that sets no
    entity after this (spaCy walks every token to build them on each access); a component
    that holds them drops them with :func:`release_ents` before it returns."""
    doc.user_data[_ENTS] = doc.ents


def release_ents(doc: Doc) -> None:
    doc.user_data.pop(_ENTS, None)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``: the entities :func:`hold_ents` keeps, else read anew."""
    held = doc.user_data.get(_ENTS)
    return tuple(doc.ents) if held is None else tuple(held)


def sent_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``, as spaCy gives them: in order,
    up to the first one that starts inside and ends after it), from :func:`doc_ents`."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


def phrase_docs(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """``[nlp.make_doc(t) for t in texts]``, faster for the phrases of a PhraseMatcher: a
    phrase of plain alphabetic words separated by single spaces, none of them a tokenizer
    special case ("cannot", "gonna"), is tokenized at its spaces alone (no prefix, suffix,
    infix or URL pattern matches a run of letters), so its Doc is built from the words."""
    rules = nlp.tokenizer.rules or {}  # type: ignore[union-attr]
    docs = []
    for text in texts:
        words = text.split(" ")
        if all(w.isalpha() and w not in rules for w in words):
            docs.append(Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False]))
        else:
            docs.append(nlp.make_doc(text))
    return docs
