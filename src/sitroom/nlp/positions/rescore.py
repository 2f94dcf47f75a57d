"""Positions recomputed for another issue catalog from stored parses, without the model.

``sitroom run`` keeps each section's parse (:func:`pack`: the spaCy ``Doc`` without its
tensor, zlib-compressed; setting ``positions.keep_parses``) in the article and the store.
:func:`rescore` rebuilds those Docs (:func:`unpack`), puts back the article's mentions,
quotes and events (the links the position finder reads) and runs the position finder of
the new catalog on them. Nothing is parsed again: on a corpus this takes a small fraction
of the first run (``benchmarks/bench_rescore.py``).

An article stored without parses (before store migration 0003, or with ``keep_parses``
off) keeps the positions it has; :func:`rescore_all` counts it in ``no_parse``.
"""

from __future__ import annotations

import copy
import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
import spacy
import srsly
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, TAG
from spacy.tokens import Doc, MorphAnalysis
from spacy.vocab import Vocab

from sitroom.article import Article, Position
from sitroom.article import Span as TextSpan
from sitroom.nlp import doc_text
from sitroom.nlp.positions import PositionFinder
from sitroom.nlp.positions.catalog import Catalog
from sitroom.nlp.positions.catalog_fit import apply_scope
from sitroom.repair.furniture import clear_start

log = logging.getLogger(__name__)

_EXCLUDE = ["tensor", "user_data"]
_OFFSETS = ("start", "end", "sentence_start", "sentence_end")


def pack(doc: Doc) -> bytes:
    """A section's parse as compact bytes (words, lemmas, tags, dependencies, entities):
    ``Doc.to_bytes`` without the tensor and user data (:func:`_serialized`), compressed."""
    return zlib.compress(srsly.msgpack_dumps(_serialized(doc)), 6)


_NAMED = [TAG, LEMMA, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, NORM]  # token fields read as strings


def _serialized(doc: Doc) -> dict[str, Any]:
    """What ``doc.to_dict(exclude=["tensor", "user_data"])`` gives, worked out faster: the
    strings its tokens use are looked up once per distinct value (spaCy reads eight of
    them per token), and the text is the one joined already (:func:`doc_text`)."""
    vocab = doc.vocab
    strings = {vocab.strings[h] for h in numpy.unique(doc.to_array(_NAMED)).tolist()}
    strings.update(
        str(MorphAnalysis.from_id(vocab, h)) for h in numpy.unique(doc.to_array(MORPH)).tolist()
    )
    if not len(doc):
        strings = set()
    for group in doc.spans.values():
        for span in group:
            strings.add(span.label_)
            if span.kb_id in vocab.strings:
                strings.add(span.kb_id_)
            if span.id in vocab.strings:
                strings.add(span.id_)
    head = Doc._get_array_attrs()
    return {
        "text": doc_text(doc),
        "array_head": head,
        "array_body": doc.to_array(head),  # type: ignore[arg-type]  # a tuple, as spaCy passes
        "sentiment": doc.sentiment,
        "cats": doc.cats,
        "spans": doc.spans.to_bytes(),
        "strings": list(strings),
        "has_unknown_spaces": doc.has_unknown_spaces,
    }


def english_vocab() -> Vocab:
    """A vocabulary with English lexical attributes (lower case, stop words, numbers)."""
    return spacy.blank("en").vocab


def unpack(data: bytes, vocab: Vocab) -> Doc:
    return Doc(vocab).from_bytes(zlib.decompress(data), exclude=_EXCLUDE)


def _moved(item: Any, by: int) -> Any:
    """A copy of a result with its character offsets (and its spans') moved by ``by``."""
    out = copy.copy(item)
    for name in getattr(out, "__dataclass_fields__", {}):
        value = getattr(out, name)
        if name in _OFFSETS and isinstance(value, int):
            setattr(out, name, value + by)
        elif hasattr(value, "__dataclass_fields__"):
            setattr(out, name, _moved(value, by))
        elif isinstance(value, list):
            setattr(out, name, [_moved(v, by) for v in value])
    return out


def _inside(item: Any, lo: int, hi: int) -> bool:
    start = getattr(item, "start", None)
    for where in ("sentence", "anchor"):  # a quote's sentence, an event's anchor
        if start is None:
            start = getattr(getattr(item, where, None), "start", None)
    return start is not None and lo <= start < hi


def rescore(article: Article, finder: PositionFinder, vocab: Vocab) -> list[Position] | None:
    """The article's positions under ``finder``'s catalog; None when it has no parse."""
    if not article.parses:
        return None
    found: list[Position] = []
    ends = [s for s, _ in article.parses[1:]] + [len(article.text)]
    spans = [(f.start, f.end) for f in article.furniture]
    for (start, data), end in zip(article.parses, ends, strict=True):
        doc = unpack(data, vocab)
        doc._.published = article.published
        doc._.mentions = [_moved(m, -start) for m in article.mentions if _inside(m, start, end)]
        doc._.quotes = [_moved(q, -start) for q in article.quotes if _inside(q, start, end)]
        doc._.events = [_moved(e, -start) for e in article.events if _inside(e, start, end)]
        doc._.furniture = [(f.start - start, f.end - start, f.kind) for f in article.furniture]
        finder(doc)
        found.extend(_moved(p, start) for p in doc._.positions or [])
    # as in the first run (sitroom.run.pipeline.drop_furniture): no position from furniture
    return outside_furniture(found, article.text, spans)


def outside_furniture(
    positions: list[Position], text: str, spans: list[tuple[int, int]]
) -> list[Position]:
    """The positions whose evidence is not page furniture: a sentence a dateline opens
    ("Johannesburg, South Africa - President Ramaphosa will not ...") keeps its positions,
    its evidence cut after the dateline; one in a caption or sub-heading has none."""
    out = []
    for p in positions:
        start = clear_start(p.evidence.start, p.evidence.end, spans)
        if start is None:
            continue
        if start != p.evidence.start:
            cut = text[start : p.evidence.end]
            start += len(cut) - len(cut.lstrip())
            p = copy.copy(p)
            p.evidence = TextSpan(start, p.evidence.end, text[start : p.evidence.end])
        out.append(p)
    return out


@dataclass(slots=True)
class Rescored:
    """What :func:`rescore_all` did: the articles (positions replaced) and those it could not."""

    articles: list[Article] = field(default_factory=list)
    no_parse: list[str] = field(default_factory=list)


def rescore_all(articles: Iterable[Article], catalog: Catalog) -> Rescored:
    """Every article's positions recomputed under ``catalog`` (in place)."""
    finder = PositionFinder(catalog)
    vocab = english_vocab()
    out = Rescored()
    for article in articles:
        positions = rescore(article, finder, vocab)
        if positions is None:
            out.no_parse.append(article.id)
        else:
            article.positions = positions
            apply_scope(catalog, article)
        out.articles.append(article)
    if out.no_parse:
        log.warning(
            "%d article(s) have no stored parse (stored before keep_parses); their positions "
            "were not recomputed: run them again to keep their parse",
            len(out.no_parse),
        )
    return out


def iter_rescored(articles: Iterable[Article], catalog: Catalog) -> Iterator[Article]:
    """Like :func:`rescore_all`, one article at a time (articles without a parse unchanged)."""
    finder = PositionFinder(catalog)
    vocab = english_vocab()
    for article in articles:
        positions = rescore(article, finder, vocab)
        if positions is not None:
            article.positions = positions
            apply_scope(catalog, article)
        yield article
