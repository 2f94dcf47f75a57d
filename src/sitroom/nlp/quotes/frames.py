"""Attribution frames read off the dependency parse: a cue, its source and its content.

A frame is found for every cue whose class (``sitroom.nlp.lexicon``) says where the
attributed content is, and whose source can hold a view: verbs (``verbal``), "according
to", cue nouns, attitude adjectives and speaker labels (``nominal``).

Content spans follow the PolNeAR conventions: a complementizer ("that") is part of the
content, trailing sentence punctuation is not, quotation marks are (see ``assemble``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import ISSUED_TEXTS, SOURCE_NOUNS, words
from sitroom.nlp.quotes.colon import colon_frame
from sitroom.nlp.quotes.coordinated import without_joined_clauses
from sitroom.nlp.quotes.frame import CUE_LEMMAS, Frame, Segment, clean_segments, cue_lemma
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.nominal import (
    according_frame,
    adjective_frame,
    label_frames,
    medium_frame,
    noun_frame,
)
from sitroom.nlp.quotes.verbal import verb_frame

# Texts that relay what someone said ("a press note said he stressed ...").
QUOTATION_MARKS = ('"', "“", "”", "«", "»")
RELAYING_TEXTS = ISSUED_TEXTS | words("note release readout bulletin memo letter transcript")


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
            frame = without_joined_clauses(idx, verb_frame(idx, tok))
            colon = colon_frame(idx, tok)  # "X added: the talks are over."
            if colon is not None and (
                frame is None or not frame.segments or frame.start >= colon.start
            ):
                frame = colon  # the whole statement after the colon, not a clause of it
        elif pos == "NOUN" and _verb_tagged_noun(tok):
            frame = verb_frame(idx, tok)  # "Trump charges that ...", "The film documents how"
        elif pos == "NOUN":
            frame = noun_frame(idx, tok)
        elif pos == "ADJ":
            frame = adjective_frame(idx, tok)
        elif lower == "in" and pos == "ADP":
            frame = medium_frame(idx, tok)
        if frame is not None and frame.segments and not _quoting_as_saying(tok):
            frames.append(frame)  # ("quoted X as saying": X's words, from "saying")
    frames.extend(label_frames(idx))
    _mark_relays(idx, frames)
    frames = _without_document_relays(idx, frames)
    _mark_according_relays(frames)
    frames.sort(key=lambda f: f.start)
    return frames


def _mark_relays(idx: DocIndex, frames: list[Frame]) -> None:
    """ "X said A, the agency reported": the closing attribution passes on X's statement.
    It is marked unsaid (an attribution, not the statement), and X's content ends
    before it."""
    for relay in frames:
        cue, source = relay.cue, relay.source
        if relay.cls != "speech" or not relay.trailing or cue is None or source is None:
            continue
        first = source.left_edge
        if first.i == 0 or not idx.doc[first.i - 1].is_punct or first.i > cue.i:
            continue  # the closing clause is set off by a comma: ", the agency reported"
        cut = idx.doc[first.i - 1].idx
        inner: list[tuple[Frame, list[tuple[int, int]]]] = []
        for f in frames:
            if f is relay or f.cls != "speech" or f.cue is None or f.source is None:
                continue
            if not any(c.dep_ == "ccomp" for c in f.cue.children):
                continue  # "X said (that) A", not "with X agreeing to A"
            if f.cue.sent != cue.sent or not f.cue_start < cut or f.end <= f.cue_end:
                continue
            if "\n" in idx.text[f.cue_start : cut]:
                continue  # a headline run into the sentence by the parser
            kept = clean_segments(idx.text, [(s, min(e, cut)) for s, e in f.segments if s < cut])
            if kept:
                inner.append((f, kept))
        if inner:
            relay.unsaid = True
            for f, kept in inner:
                f.segments = kept


def _without_document_relays(idx: DocIndex, frames: list[Frame]) -> list[Frame]:
    """ "A press note said he highlighted the X", "The statement said she praised Y": a
    document relaying what someone said. The words are that person's, read from the inner
    cue; the document's attribution is left out, so the words are one quote, theirs."""
    cues = {f.cue.i for f in frames if f.cue is not None and f.source is not None}
    relays: list[Frame] = []
    for relay in frames:
        cue, source = relay.cue, relay.source
        if relay.cls != "speech" or cue is None or source is None or relay.unsaid:
            continue
        if source.lemma_.lower() not in RELAYING_TEXTS or source.tag_ != "NN":
            continue
        if source.dep_ != "nsubj" or source.head.i != cue.i:
            continue
        clauses = [c for c in cue.children if c.dep_ == "ccomp"]
        if len(clauses) != 1 or clauses[0].i not in cues:
            continue
        speaker = next((c for c in clauses[0].children if c.dep_ == "nsubj"), None)
        if speaker is None or not _someone(idx, speaker):
            continue
        words = idx.text[relay.start : relay.end]
        if not any(mark in words for mark in QUOTATION_MARKS):
            continue  # the person's own words are quoted: theirs, not the document's
        relays.append(relay)
    return [f for f in frames if not any(f is r for r in relays)]


def _mark_according_relays(frames: list[Frame]) -> None:
    """ "X said A, adding that B, according to Y", "According to Y, X said A": Y passes
    on what X said. The words are X's, read from X's own cue; Y's attribution of the same
    content (X's cue and X inside it) is marked unsaid, so the words are not quoted twice."""
    said = [
        f
        for f in frames
        if f.cls == "speech" and f.cue is not None and f.source is not None and not f.unsaid
    ]

    def inside(frame: Frame, pos: int) -> bool:
        return any(s <= pos < e for s, e in frame.segments)

    relays = [
        relay
        for relay in frames
        if relay.cls == "according"
        and relay.cue is not None
        and any(
            f.cue is not None
            and f.source is not None
            and f.cue.i == relay.cue.head.i  # it qualifies the saying, not another clause
            and inside(relay, f.cue_start)
            and inside(relay, f.source.idx)
            for f in said
        )
    ]
    for f in said:  # "X said A, according to Y" with the phrase hung on A's verb
        for relay in frames:
            if relay.cls != "according" or relay.cue is None or relay.cue_start < f.cue_end:
                continue
            if not _after_comma(relay.cue):
                continue  # "implement the plan according to its means": no source
            if inside(f, relay.cue_start) and inside(f, relay.cue.head.idx):
                relays.append(relay)
                f.segments = _before_tail(f.segments, relay.cue)
    for relay in relays:
        relay.unsaid = True  # an attribution, kept as a reaction (PolNeAR counts those)


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _before_tail(segments: list[Segment], according: Token) -> list[Segment]:
    """The content up to ", according to Y" when the phrase closes it."""
    last = according.right_edge
    tail_end = last.idx + len(last.text)
    start = according.doc[according.i - 1].idx  # the comma
    out: list[Segment] = []
    for s, e in segments:
        if s <= start < e and tail_end >= e - 1:
            if start > s:
                out.append((s, start))
        else:
            out.append((s, e))
    return out or segments


def _someone(idx: DocIndex, tok: Token) -> bool:
    """One person: "he", "she", a person's name, a singular noun for one ("the minister")."""
    if tok.lower_ in ("he", "she") or (tok.tag_ == "NN" and tok.lemma_.lower() in SOURCE_NOUNS):
        return True
    m = idx.mention_at(tok.idx)
    return m is not None and m.type == "PERSON"


def _quoting_as_saying(tok: Token) -> bool:
    """ "The station quoted the minister as saying ...": the minister's words, read from
    "saying"; the quoting itself is no statement of the station's."""
    if tok.lemma_.lower() not in ("quote", "cite"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "say" for g in c.children)
        for c in tok.children
    )


def _verb_tagged_noun(tok: Token) -> bool:
    """A verb the tagger took for a plural noun: it heads the sentence and has a subject."""
    if tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or cue_lemma(tok) not in CUE_LEMMAS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)
