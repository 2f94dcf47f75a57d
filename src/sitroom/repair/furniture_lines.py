"""The lines of a page as :mod:`sitroom.repair.furniture` reads them: stripped lines with
their offsets, the lines of a hard-wrapped paragraph joined into one, and the two tests
every furniture rule leans on (does a line end a sentence, is it a paragraph of prose)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from sitroom.repair.furniture_patterns import WORD


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped
    _words: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        """The line's words (found once: the furniture tests read them many times)."""
        if self._words is None:
            self._words = WORD.findall(self.text)
        return self._words


def split_lines(text: str) -> list[Line]:
    """The text's lines, stripped; the lines of a hard-wrapped paragraph (a block between
    blank lines whose lines break mid-sentence) are one unit."""
    out: list[Line] = []
    block: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            block.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        else:
            out.extend(_unwrap(block, text))
            block = []
        pos += len(raw)
    out.extend(_unwrap(block, text))
    return out


def _unwrap(block: list[Line], text: str) -> list[Line]:
    """The block with its hard-wrapped runs joined; a short line (a byline, a sub-heading,
    a paragraph's last line) ends a run, so the header lines of a wrapped page stay apart."""
    out: list[Line] = []
    run: list[Line] = []
    for line in block:
        run.append(line)
        if len(line.text) < 40:
            out.extend(_unwrap_run(run, text))
            run = []
    return out + _unwrap_run(run, text)


def _unwrap_run(block: list[Line], text: str) -> list[Line]:
    if len(block) < 2:
        return block
    pairs = list(pairwise(block))
    long_lines = all(len(line.text) >= 40 for line, _ in pairs)
    broken = sum(1 for line, nxt in pairs if _breaks_mid_sentence(line.text, nxt.text))
    if not (long_lines and broken * 2 >= len(pairs)):
        return block
    start, end = block[0].start, block[-1].end
    return [Line(start, end, " ".join(text[start:end].split()))]


CONTINUES = re.compile(r"(?:[,;:(\-–—]|\b(?:the|a|an|and|or|of|to|in|on|for|with|that|by))$")


# the words no sentence ends on, in English and French: a cut line ends on one
_CUT = re.compile(
    r"(?:[,;:(\-–—]|\b(?:the|a|an|and|or|of|to|in|on|for|with|that|by|from|at|as|"
    r"le|la|les|un|une|des|du|de|et|ou|pour|par|sur|dans|avec|en|au|aux|à|que|qui))$",
    re.IGNORECASE,
)


def _breaks_mid_sentence(line: str, nxt: str) -> bool:
    """A line that a hard wrap cut in the middle of a sentence."""
    if ends_sentence(line):
        return False
    return nxt[:1].islower() or CONTINUES.search(line) is not None


def ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, or a closing quote right after it ('..." she said.'
    ends a sentence; a heading "X condemns 'piracy'" does not)."""
    if text.endswith(("…", "...")) and _CUT.search(text.rstrip(".…")):
        return False  # a line the page cut mid-phrase ("... resigns to…") ends no sentence
    if text.endswith(tuple(".!?:;,…")):
        return True
    return text.endswith(tuple("\"”’'»)")) and text[:-1].rstrip().endswith(tuple(".!?,…"))


def is_prose(line: Line) -> bool:
    n = len(line.words)
    return n >= 25 or (n >= 6 and ends_sentence(line.text))


def short_unpunctuated(line: Line, limit: int = 12) -> bool:
    words = line.words
    chars = 200 if limit >= 25 else 110  # a headline may run to 200 characters
    return 1 <= len(words) <= limit and not ends_sentence(line.text) and len(line.text) <= chars


def between_paragraphs(
    lines: list[Line], kinds: list[str | None], i: int, broken: bool = False
) -> bool:
    """A paragraph of prose follows (with ``broken``, also one cut in two by a stray break:
    "... a large protest against the" / "corruption in the government ...")."""
    j = next(
        (
            j
            for j in range(i + 1, len(lines))
            if kinds[j] is None and not short_unpunctuated(lines[j])
        ),
        None,
    )
    if j is None or lines[i].text.startswith(("-", "•")):
        return False
    cut = j + 1 < len(lines) and len(lines[j].words) >= 12 and lines[j + 1].text[:1].islower()
    return is_prose(lines[j]) or (broken and cut)
