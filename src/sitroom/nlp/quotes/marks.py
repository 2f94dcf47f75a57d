"""Spans between quotation marks, in any style, tolerating broken marks.

Styles: straight ("...") and curly (“...”) double marks, German („...“), guillemets in
either direction («...», »...«), typewriter pairs (''...'' and ``...''), and single marks
(‘...’, '...') outside double ones. A paragraph that opens a quote without closing it and
is followed by a paragraph opening with a mark continues the quote there (the usual way
to quote several paragraphs). A closing mark without an opening one quotes from the
paragraph's start (or the last colon); an opening mark without a closing one quotes to
the paragraph's end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MAX_SINGLE_WORDS = 60
# A transcript paragraph opening with a speaker label ("WALLACE: ...") starts a new turn.
SPEAKER_LABEL = re.compile(r"^\s*[\"“”']?[A-Z][A-Z.'’ -]{1,40}:\s")


@dataclass(slots=True)
class Marked:
    """One quotation: offsets with the marks (start, end) and inside them (inner_*)."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    opened: bool
    closed: bool
    single: bool = False

    @property
    def words(self) -> int:
        return self.inner_end - self.inner_start


@dataclass(slots=True)
class _Mark:
    pos: int
    length: int
    role: str  # open | close | either
    family: str  # straight | typewriter | curly | guillemet


def find_marked(text: str) -> list[Marked]:
    """Every top-level quotation of ``text``, in order."""
    spans: list[Marked] = []
    pending: Marked | None = None  # a quotation left open at the end of a paragraph
    family = ""
    for pos, end in paragraph_spans(text):
        para = text[pos:end]
        if not para.strip():
            continue  # blank lines between paragraphs
        lead = len(para) - len(para.lstrip())
        marks = _double_marks(para)
        if pending is not None:
            turn = SPEAKER_LABEL.match(para) is not None
            first = marks[0] if marks else None
            goes_on = first is not None and first.pos == lead and first.role != "close"
            if goes_on and first is not None and first.family == family and not turn:
                marks = marks[1:]  # the quotation goes on in this paragraph
                found, pending, family = _pair(para, pos, marks, pending, family)
                spans.extend(found)
                continue
            spans.append(pending)
            pending = None
        found, pending, family = _pair(para, pos, marks, None)
        spans.extend(found)
    if pending is not None:
        spans.append(pending)
    spans = [s for s in (_trim(s, text) for s in spans) if s is not None]
    spans.extend(_single_quotes(text, spans))
    spans.sort(key=lambda s: s.start)
    return spans


_SINGLE_SCAN = re.compile("[\n‘’']")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines, except that a line broken inside a sentence
    (the next line goes on in lower case) is one paragraph with the next."""
    spans: list[tuple[int, int]] = []
    start = 0
    pos = text.find("\n")
    while pos >= 0:
        before = text[start:pos].rstrip()
        after = text[pos + 1 : pos + 2]
        if not (before and after.islower() and (before[-1].isalnum() or before[-1] in ",;(")):
            spans.append((start, pos))  # (else a soft line break)
            start = pos + 1
        pos = text.find("\n", pos + 1)
    spans.append((start, len(text)))
    return spans


def _pair(
    para: str, offset: int, marks: list[_Mark], carried: Marked | None, family: str = ""
) -> tuple[list[Marked], Marked | None, str]:
    """Pair the marks of one paragraph; returns the quotations, one left open and its style.

    Only a mark of the opening mark's style closes a quotation: marks of another style
    inside it are a quotation within the quotation. When none closes it, the first mark of
    another style that can close does (mixed styles: “...").
    """
    out: list[Marked] = []
    current = carried
    floor = 0  # a quotation without an opening mark starts no earlier than this
    for k, mark in enumerate(marks):
        if current is not None and mark.family != family:
            if _can_close(para, mark) and not any(m.family == family for m in marks[k:]):
                mark = _Mark(mark.pos, mark.length, "close", family)
            else:
                continue  # a quote within the quote
        is_open = current is None
        if mark.role == "open" or (mark.role == "either" and is_open and _opens(para, mark)):
            if current is not None:  # an opening mark inside an open quotation: close it here
                current.end = current.inner_end = offset + mark.pos
                out.append(current)
            start = offset + mark.pos
            family = mark.family
            current = Marked(start, start, start + mark.length, start, True, False)
            continue
        # a closing mark
        if current is not None:
            current.inner_end = offset + mark.pos
            current.end = offset + mark.pos + mark.length
            current.closed = True
            out.append(current)
            floor = mark.pos + mark.length
            current = None
        elif mark.pos > 0:
            colon = para.rfind(": ", floor, mark.pos)
            begin = colon + 2 if colon >= 0 else floor
            if mark.pos - begin > 10:
                out.append(
                    Marked(
                        offset + begin,
                        offset + mark.pos + mark.length,
                        offset + begin,
                        offset + mark.pos,
                        False,
                        True,
                    )
                )
            floor = mark.pos + mark.length
    if current is not None:
        current.inner_end = current.end = offset + len(para.rstrip())
        return out, current, family
    return out, None, ""


def _can_close(para: str, mark: _Mark) -> bool:
    before = para[mark.pos - 1] if mark.pos > 0 else " "
    after = para[mark.pos + mark.length : mark.pos + mark.length + 1]
    return mark.role != "open" and not before.isspace() and (not after or not after.isalnum())


def _opens(para: str, mark: _Mark) -> bool:
    """Whether an ambiguous mark (straight, '') with nothing open opens a quotation."""
    after = para[mark.pos + mark.length : mark.pos + mark.length + 1]
    before = para[mark.pos - 1] if mark.pos > 0 else " "
    if not after or after.isspace():
        return before.isspace() or before in "([{—–-:"
    return True


_DOUBLE_SCAN = re.compile("['`\"„“”«»]")  # the characters _double_marks acts on


def _double_marks(para: str) -> list[_Mark]:
    """The double quotation marks of a paragraph, in order: a scan from one character that
    can be a mark to the next (every other character is passed over)."""
    marks: list[_Mark] = []
    german = False
    i = 0
    n = len(para)
    for found in _DOUBLE_SCAN.finditer(para):
        if found.start() < i:
            continue  # the second mark of a typewriter pair
        i = found.start()
        ch = para[i]
        nxt = para[i + 1] if i + 1 < n else ""
        prev = para[i - 1] if i > 0 else " "
        if ch in "'`" and nxt == ch:  # typewriter pairs '' and ``
            if ch == "'" and i > 0 and para[i - 1] == "'":
                i += 1
                continue
            marks.append(_Mark(i, 2, "open" if ch == "`" else "either", "typewriter"))
            i += 2
            continue
        if ch in "'`":
            continue
        if ch == '"':
            marks.append(_Mark(i, 1, "either", "straight"))
        elif ch == "„":
            german = True
            marks.append(_Mark(i, 1, "open", "curly"))
        elif ch == "“":
            if german:
                marks.append(_Mark(i, 1, "close", "curly"))
                german = False
            elif (not nxt or nxt.isspace() or nxt in ".,;:!?)") and not prev.isspace():
                marks.append(_Mark(i, 1, "close", "curly"))  # “ misused as a closing mark
            else:
                marks.append(_Mark(i, 1, "open", "curly"))
        elif ch == "”":
            if (prev.isspace() or i == 0) and nxt and not nxt.isspace():
                marks.append(_Mark(i, 1, "either", "curly"))  # ” misused as an opening mark
            else:
                marks.append(_Mark(i, 1, "close", "curly"))
        elif ch in "«»":
            marks.append(_Mark(i, 1, "either", "guillemet"))
    return marks


def _single_quotes(text: str, doubles: list[Marked]) -> list[Marked]:
    """‘...’ and '...' quotations outside the double ones, closed in their paragraph."""
    out: list[Marked] = []
    covered = _union(sorted((d.start, d.end) for d in doubles if d.start < d.end))
    k = 0
    open_at: int | None = None
    last = -1  # only line breaks and single marks are looked at; a character inside a
    for found in _SINGLE_SCAN.finditer(text):  # double quotation between them closes too
        i, ch = found.start(), found.group()
        while k < len(covered) and covered[k][1] <= i:
            if covered[k][1] > last + 1:
                open_at = None
            k += 1
        last = i
        if ch == "\n" or (k < len(covered) and covered[k][0] <= i):
            open_at = None
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if nxt == "'" or prev == "'":
            continue  # part of a typewriter pair
        can_open = (prev.isspace() or prev in '([{—–-:"“') and not nxt.isspace()
        can_close = not prev.isspace() and not nxt.isalnum()
        if open_at is not None and can_close:
            words = len(text[open_at + 1 : i].split())
            if 0 < words <= MAX_SINGLE_WORDS:
                out.append(Marked(open_at, i + 1, open_at + 1, i, True, True, single=True))
            open_at = None
        elif ch in "‘'" and can_open:
            open_at = i
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _trim(m: Marked, text: str) -> Marked | None:
    start, end = m.inner_start, m.inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return None
    m.inner_start, m.inner_end = start, end
    if not m.opened:
        m.start = start
    if not m.closed:
        m.end = end
    return m


QUOTED_WORDS = 5  # a quotation this long is a statement, not a name in scare quotes


class Quotations:
    """The quotations of several words in a text, for "is this offset inside one?"."""

    def __init__(self, marked: list[Marked], text: str) -> None:
        self._spans = [
            (q.inner_start, q.inner_end)
            for q in marked
            if q.opened
            and q.closed
            and len(text[q.inner_start : q.inner_end].split()) >= QUOTED_WORDS
        ]
        self._starts = [a for a, _ in self._spans]

    def at(self, char: int) -> tuple[int, int] | None:
        """The quotation holding ``char``, if any."""
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and self._spans[k][0] <= char < self._spans[k][1]:
            return self._spans[k]
        return None
