"""From frames and quotation marks to quotes: direct, mixed and indirect.

- A frame whose content touches a quotation takes the whole quotation, marks included
  (PolNeAR's convention); it is direct when the quotations are all of its content and
  mixed when they are part of it.
- A quotation no frame covers looks for a speech verb right after it ('"...," she said')
  or right before it ('she said: "..."'), or a dash and a name after it ('"..." ― Name').
- A quotation that follows an attributed one in the same paragraph, with only the
  attribution between them, continues it ('"A," she said. "B."'): one quote, one speaker.
- A quotation that opens a sentence without a cue of its own is a follow-on quote of the
  previous speaker; short ones inside a sentence (scare quotes, titles) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Token

from sitroom.nlp.lexicon import DASHES, RESTATING_VERBS, SPEECH_VERBS
from sitroom.nlp.quotes.frame import CUE_LEMMAS, Frame, Segment, clean_segments, cue_lemma
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.marks import Marked
from sitroom.nlp.quotes.subjects import source_of
from sitroom.nlp.quotes.terms import names_a_thing
from sitroom.nlp.quotes.viewers import can_hold_view

MIN_FOLLOW_ON_WORDS = 5
CUE_AFTER_TOKENS = 6
LONG_CUE_AFTER_TOKENS = 14  # '"...," Rep. Elijah E. Cummings (D-Md.) said'
CUE_BEFORE_TOKENS = 8
MAX_OWN_CUE_CLIMB = 4  # from the word before a quotation to its verb
MAX_JOIN_GAP = 160  # characters of attribution between two parts of one quote


class Intervals:
    """Character spans (merged where they overlap) with fast membership tests."""

    def __init__(self, spans: list[Segment]) -> None:
        self._spans: list[Segment] = []
        self.add(spans)

    def add(self, spans: list[Segment]) -> None:
        merged: list[Segment] = []
        for start, end in sorted([*self._spans, *spans]):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._spans = merged
        self._starts = [s for s, _ in merged]

    def span_of(self, pos: int) -> Segment | None:
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self._spans[k][1]:
            return self._spans[k]
        return None

    def inside(self, pos: int, *, strict: bool = False) -> bool:
        span = self.span_of(pos)
        return span is not None and (not strict or span[0] < pos)


@dataclass(slots=True)
class Draft:
    segments: list[Segment]
    frame: Frame | None
    marks: list[Marked] = field(default_factory=list)
    follow_on: bool = False
    speaker_span: Segment | None = None  # a dash attribution's name

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


OPENING_MARKS = ("“", '"', "«")


def _continued(m: Marked, text: str) -> bool:
    """A quotation left open at its paragraph's end with the next paragraph opening one
    again: English's mark for a quotation that runs on, so the whole paragraph is the
    speaker's words (a verb inside, "would cause people to believe ...", is theirs)."""
    return (
        m.opened
        and not m.closed
        and not m.single
        and text[m.end :].lstrip().startswith(OPENING_MARKS)
    )


NEXT_SPEAKER_JOINTS = frozenset({"while", "whereas", "but", "and"})


def assemble(idx: DocIndex, frames: list[Frame], marks: list[Marked]) -> list[Draft]:
    text = idx.text
    drafts: list[Draft] = []
    covered: set[int] = set()
    quoted = Intervals([(m.start, m.end) for m in marks if m.opened and m.closed and not m.single])
    quoted.add([(f.start, f.end) for f in frames if f.cls == "label"])
    quoted.add([(m.start, m.end) for m in marks if _continued(m, text)])
    frames = _dedupe(frames)
    _cut_at_next_speaker(idx, frames)
    for frame in frames:
        if frame.cls != "label" and quoted.inside(frame.cue_start, strict=True):
            continue  # words inside a quotation are the speaker's, not a new attribution
        _clip_to_paragraph(idx, frame)
        segments, used = _with_marks(frame, marks, text)
        if not segments:
            continue
        fix_source(idx, frame, segments, quoted)
        covered.update(used)
        drafts.append(Draft(segments, frame, [marks[k] for k in sorted(used)]))
    drafts.sort(key=lambda d: d.start)
    for k, mark in enumerate(marks):
        if k in covered:
            continue
        previous = _previous_direct(drafts, mark)
        if previous is not None and _continues(idx, previous, mark):
            previous.segments.append((mark.start, mark.end))
            previous.marks.append(mark)
            continue
        own = _attach(idx, mark)
        if own is not None:
            drafts.append(own)
            drafts.sort(key=lambda d: d.start)
            continue
        if _opens_sentence(idx, mark) and len(text[mark.inner_start : mark.inner_end].split()) >= (
            MIN_FOLLOW_ON_WORDS
        ):
            drafts.append(Draft([(mark.start, mark.end)], None, [mark], follow_on=True))
            drafts.sort(key=lambda d: d.start)
    return drafts


def kind_of(draft: Draft, text: str) -> str:
    if not draft.marks:
        return "indirect"
    quoted = sum(m.end - m.start for m in draft.marks)
    content = sum(e - s for s, e in draft.segments)
    return "direct" if quoted >= 0.8 * content else "mixed"


# -- frames and marks --------------------------------------------------------------------------


def _dedupe(frames: list[Frame]) -> list[Frame]:
    """One frame per cue; the same content under two cues keeps the first; a cue noun's
    frame inside the content of a verb of restating with the same source ("X stressed the
    government's commitment to A": A, X's words) replaces the verb's."""
    nouns = [f for f in frames if f.cls == "noun" and f.source is not None]
    frames = [f for f in frames if not _around_noun(f, nouns)]
    seen_cues: set[int] = set()
    seen_content: set[tuple[Segment, ...]] = set()
    out = []
    for f in frames:
        key = tuple(f.segments)
        if f.cue_start in seen_cues or key in seen_content:
            continue
        seen_cues.add(f.cue_start)
        seen_content.add(key)
        out.append(f)
    return out


def _cut_at_next_speaker(idx: DocIndex, frames: list[Frame]) -> None:
    """ "A said X, while B said Y": X ends where B's clause begins (a contrast or "and"
    opens a second speaker's report, not more of A's words)."""
    for other in frames:
        if other.source is None or other.cls == "label" or other.source.left_edge.i == 0:
            continue
        joint = other.source.doc[other.source.left_edge.i - 1]
        if joint.lower_ not in NEXT_SPEAKER_JOINTS:
            continue
        cut = joint.idx
        for frame in frames:
            inside = [s < cut and other.cue_start < e for s, e in frame.segments]
            if frame is other or frame.cls == "label" or not any(inside) or _fronted(frame):
                continue
            kept = [(s, min(e, cut)) for s, e in frame.segments if s < cut]
            frame.segments = clean_segments(idx.text, kept)


def _fronted(frame: Frame) -> bool:
    """ "According to A, X, and they did Y": a fronted "according to" scopes over the
    whole sentence, its coordinated clauses too (they are A's account, not a new report)."""
    return frame.cls == "according" and frame.cue_start < min(s for s, _ in frame.segments)


def _around_noun(frame: Frame, nouns: list[Frame]) -> bool:
    if frame.cls == "noun" or frame.source is None or frame.cue is None:
        return False
    if frame.cue.lemma_.lower() not in RESTATING_VERBS:
        return False
    return any(
        n.source is not None
        and n.source.i == frame.source.i
        and any(s <= n.cue_start < e for s, e in frame.segments)
        for n in nouns
    )


def _clip_to_paragraph(idx: DocIndex, frame: Frame) -> None:
    """What a cue attributes is in the cue's paragraph (a parse may run across a break);
    a quotation starting there may go on into the next ones (see ``_with_marks``)."""
    if frame.cls == "label" or frame.set_out:
        return  # a label's words, or a statement set out below "X added:" (``colon``)
    lo, hi = idx.paragraph_bounds(idx.paragraph(frame.cue_start))
    clipped = [(max(s, lo), min(e, hi)) for s, e in frame.segments]
    frame.segments = clean_segments(idx.text, [(s, e) for s, e in clipped if e > s])


def _with_marks(frame: Frame, marks: list[Marked], text: str) -> tuple[list[Segment], set[int]]:
    """The frame's segments grown to whole quotations; the quotations used."""
    used: set[int] = set()
    grown: list[Segment] = []
    for start, end in frame.segments:
        for k, m in enumerate(marks):
            if m.end <= start or m.start >= end:
                continue
            if m.start <= frame.cue_start < m.end and frame.cls != "label":
                continue  # the cue is inside the quotation: a quote within a quote
            overlap = min(end, m.inner_end) - max(start, m.inner_start)
            if overlap <= 0:
                continue
            used.add(k)
            if frame.cls != "label":
                start = min(start, m.start)
            end = max(end, m.end)
        grown.append((start, end))
    merged: list[Segment] = []
    for seg in sorted(grown):
        if merged and seg[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], seg[1]))
        else:
            merged.append(seg)
    cue = (frame.cue_start, frame.cue_end)
    return [s for s in merged if not (s[0] <= cue[0] and cue[1] <= s[1])] or [], used


# -- quotations without a frame ----------------------------------------------------------------


def _attach(idx: DocIndex, mark: Marked) -> Draft | None:
    """A speech verb or a dash right after the quotation, or a speech verb right before it."""
    if names_a_thing(idx, mark):
        return None
    after = _dash_name(idx, mark) or _message_from(idx, mark)
    if after is not None:
        return Draft([(mark.start, mark.end)], None, [mark], speaker_span=after)
    verb = cue_after(idx, mark) or _cue_before(idx, mark)
    if verb is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    frame = Frame("speech", *cue, [(mark.start, mark.end)], verb, source_of(verb))
    frame.trailing = verb.idx > mark.end
    fix_source(idx, frame, frame.segments)
    return Draft([(mark.start, mark.end)], frame, [mark])


def fix_source(
    idx: DocIndex, frame: Frame, segments: list[Segment], quoted: Intervals | None = None
) -> None:
    """A subject inside the content or another quotation is a misparse; so is no subject
    for a speech verb. Then the source is the name right after or right before the cue."""
    src, verb = frame.source, frame.cue
    if verb is None or frame.source_span is not None or verb.pos_ not in ("VERB", "AUX"):
        return
    if src is not None:
        in_content = any(s <= src.idx < e for s, e in segments)
        elsewhere = quoted is not None and quoted.inside(src.idx)
        if elsewhere and quoted is not None and quoted.inside(frame.cue_start):
            elsewhere = quoted.span_of(src.idx) != quoted.span_of(frame.cue_start)
        if not (in_content or elsewhere):
            return
    elif frame.cls != "speech":
        return
    frame.source = _inverted_subject(verb, segments) or _subject_before(verb, segments)


def _subject_before(verb: Token, segments: list[Segment]) -> Token | None:
    """'..." Tulsa police Chief Chuck Jordan said': the name right before the cue."""
    doc = verb.doc
    for tok in reversed(doc[max(0, verb.i - 3) : verb.i]):
        if any(s <= tok.idx < e for s, e in segments) or tok.is_punct:
            return None
        if tok.ent_type_ in ("DATE", "TIME") or tok.dep_ in ("npadvmod", "tmod"):
            return None  # "... Thursday night said": a time, no speaker
        if tok.pos_ in ("PROPN", "PRON", "NOUN") and (tok.dep_ != "poss" or tok.i == verb.i - 1):
            return tok
    return None


def _is_speech(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def cue_after(idx: DocIndex, mark: Marked) -> Token | None:
    first = idx.token_at(mark.end)
    if first is None or idx.paragraph(first.idx) != idx.paragraph(mark.end - 1):
        return None
    inner = idx.text[mark.inner_start : mark.inner_end].rstrip()
    closed_sentence = inner.endswith((".", "!", "?"))
    own = _own_cue(idx, mark) if closed_sentence else None
    if own is not None:
        return own  # 'calling it “a new start.” Jones, conceding, ...': the next sentence's
    window = CUE_AFTER_TOKENS if closed_sentence else LONG_CUE_AFTER_TOKENS
    doc = idx.doc
    for tok in doc[first.i : min(len(doc), first.i + window)]:
        if "\n" in tok.text_with_ws[:-1] or tok.text in ('"', "“", "''", "«", "„"):
            break
        if tok.text in (".", "!", "?", ";"):
            break
        if _is_speech(tok):
            if closed_sentence and tok.i > first.i + 2:
                return None
            return tok
    return None


def _own_cue(idx: DocIndex, mark: Marked) -> Token | None:
    """A quotation that a word of its own sentence leads into ("calling it “...”") and that
    closes with a full stop ends that sentence: a cue after it opens the next one, and the
    verb the leading word hangs from, when it is a cue, is the quotation's own."""
    last = idx.token_before(mark.start)
    if last is None or not last.is_alpha or idx.paragraph(last.idx) != idx.paragraph(mark.start):
        return None
    tok = last
    for _ in range(MAX_OWN_CUE_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            if cue_lemma(tok) not in CUE_LEMMAS:
                return None
            source = source_of(tok)  # one who can hold a view, not "the report's figures"
            return tok if source is not None and can_hold_view(idx, source, "stance") else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _cue_before(idx: DocIndex, mark: Marked) -> Token | None:
    last = idx.token_before(mark.start)
    while last is not None and last.is_space and last.i > 0:
        last = last.nbor(-1)  # the paragraph break after 'X posted:'
    if last is None:
        return None
    if idx.paragraph(last.idx) != idx.paragraph(mark.start) and last.text != ":":
        return None  # 'She said:' may close the paragraph before the quotation
    if last.text not in (":", ",") and not _is_speech(last):
        return None
    doc = idx.doc
    for tok in reversed(doc[max(0, last.i - CUE_BEFORE_TOKENS) : last.i + 1]):
        boundary = tok.text in (".", "!", "?", ";", "”", '"', "''") or "\n" in tok.text_with_ws
        if boundary and tok.i != last.i:
            break
        if _is_speech(tok):
            return tok
    if last.text == ":":  # "Then he turned to his host and closed in English: '...'"
        source = source_of(last.head) if last.head.pos_ == "VERB" else None
        if source is not None and can_hold_view(idx, source, "stance"):
            return last.head
    return None


def _inverted_subject(verb: Token, segments: list[Segment] | None = None) -> Token | None:
    """ "said Kallas": the first proper noun after the verb, outside the content."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 5)]:
        if segments and any(s <= tok.idx < e for s, e in segments):
            return None
        if tok.pos_ in ("PROPN", "PRON") and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
        if tok.is_punct:
            break
    return None


def _dash_name(idx: DocIndex, mark: Marked) -> Segment | None:
    """'"..." ― Sonya Herridge': a dash and a name after a closed quotation."""
    if not mark.closed:
        return None
    text = idx.text
    pos = _skip_spaces(text, mark.end)
    dash = next((d for d in DASHES if text.startswith(d, pos)), None)
    if dash is None:
        return None
    pos = _skip_spaces(text, pos + len(dash))
    m = idx.mention_at(pos)
    if m is not None and m.type in ("PERSON", "ORG", "GROUP"):
        return m.start, m.end
    end = pos
    while end < len(text) and text[end] not in ",.;:\n(":
        end += 1
    words = text[pos:end].split()
    if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
        return pos, pos + len(text[pos:end].rstrip())
    return None


# '"..." That was the message from X.': the next sentence names the speaker of the words
MESSAGE_FROM = re.compile(
    r"(?:That|This|Such|Those|These) (?:was|is|were|are|has been|had been) (?:the |their |his |"
    r"her |its )?(?:[a-z]+ ){0,2}(?:message|messages|warning|word|words|verdict|view|response|"
    r"reply|answer|assessment|promise|pledge|plea|appeal|call|reaction) (?:from|of|by) "
)
SPEAKER_TYPES = ("PERSON", "ORG", "GROUP", "GPE")


def _message_from(idx: DocIndex, mark: Marked) -> Segment | None:
    """'"We will not give up." That was the message from the mayor, Jane Roe, to ...': a
    closed quotation ending its sentence, and the next sentence says whose words they were
    (the first actor it names after "from")."""
    if not mark.closed:
        return None
    text = idx.text
    inner = text[mark.inner_start : mark.inner_end].rstrip()
    after = text[mark.end :]
    if not (inner.endswith((".", "!", "?")) or after.startswith((".", "!", "?"))):
        return None
    pos = _skip_spaces(text, mark.end + (1 if after.startswith((".", "!", "?")) else 0))
    found = MESSAGE_FROM.match(text, pos)
    if found is None:
        return None
    stop = next((k for k in range(found.end(), len(text)) if text[k] in ".;\n"), len(text))
    comma = text.find(",", found.end(), stop)
    named = [m for m in idx.mentions_in(found.end(), stop) if m.type in SPEAKER_TYPES]
    named = [m for m in named if comma < 0 or m.start < comma or m.type == "PERSON"]
    return (named[0].start, named[0].end) if named else None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] != "\n" and text[pos].isspace():
        pos += 1
    return pos


def _previous_direct(drafts: list[Draft], mark: Marked) -> Draft | None:
    before = [d for d in drafts if d.end <= mark.start]
    if not before:
        return None
    prev = max(before, key=lambda d: d.end)
    return prev if prev.marks else None


def _continues(idx: DocIndex, prev: Draft, mark: Marked) -> bool:
    """Only the previous quote's attribution lies between it and this quotation."""
    if idx.paragraph(prev.end - 1) != idx.paragraph(mark.start):
        return False
    gap = idx.text[prev.end : mark.start]
    if len(gap) > MAX_JOIN_GAP:
        return False
    frame = prev.frame
    if frame is None:
        return not gap.strip(" ,.;:—–-") or prev.speaker_span is not None
    if frame.cue_start >= prev.end:  # the attribution follows the quote: it is the gap
        return prev.end <= frame.cue_start < mark.start
    return not gap.strip(" ,.;:—–-")


def _opens_sentence(idx: DocIndex, mark: Marked) -> bool:
    before = idx.text[: mark.start].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;\"”'’»)"


def content_segments(text: str, draft: Draft) -> list[Segment]:
    segments = []
    for start, end in draft.segments:
        marked = any(m.start == start or m.end == end for m in draft.marks)
        segments.extend([(start, end)] if marked else clean_segments(text, [(start, end)]))
    return segments
