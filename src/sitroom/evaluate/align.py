"""Finding gold strings in the cleaned text, whatever repair did to the characters.

Gold keys are substrings of the ORIGINAL file; the pipeline reports offsets into the
cleaned text. :func:`locate` searches a normalised form of both (case, accents, quote
and dash styles, runs of whitespace) and maps the hit back to offsets of the cleaned
text; a fuzzy alignment is the fallback for keys that repair changed more deeply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

from rapidfuzz import fuzz

_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
}

Span = tuple[int, int]


def _norm_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index in ``text`` it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        norm = _norm_char(ch)
        for c in norm:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            index.append(i)
    return "".join(out), index


def normalise(text: str) -> str:
    """The normalised form used for searching (see :func:`normalise_with_map`)."""
    return normalise_with_map(text)[0].strip()


def fold_name(name: str | None) -> str:
    """A name compared case-, accent- and punctuation-insensitively: "Jean-Noël" = "jean noel"."""
    if not name:
        return ""
    return " ".join(re.sub(r"[^\w]+", " ", normalise(name)).split())


def _bounded(norm: str, start: int, end: int) -> bool:
    before = norm[start - 1] if start > 0 else " "
    after = norm[end] if end < len(norm) else " "
    return not before.isalnum() and not after.isalnum()


def locate_all(text: str, needle: str, *, whole_words: bool = True) -> list[Span]:
    """Every occurrence of ``needle`` in ``text`` (normalised search), as spans of ``text``."""
    norm, index = normalise_with_map(text)
    key = normalise(needle)
    if not key:
        return []
    spans: list[Span] = []
    pos = norm.find(key)
    while pos >= 0:
        end = pos + len(key)
        if not whole_words or _bounded(norm, pos, end):
            spans.append((index[pos], index[end - 1] + 1))
        pos = norm.find(key, pos + 1)
    return spans


def locate(text: str, needle: str, *, fuzzy_cutoff: float = 85.0) -> Span | None:
    """The first occurrence of ``needle`` in ``text``, else the best fuzzy alignment, else None."""
    hits = locate_all(text, needle, whole_words=False)
    if hits:
        return hits[0]
    norm, index = normalise_with_map(text)
    key = normalise(needle)
    if not key or not norm:
        return None
    found = fuzz.partial_ratio_alignment(key, norm, score_cutoff=fuzzy_cutoff)
    if found is None or found.dest_end <= found.dest_start:
        return None
    return index[found.dest_start], index[found.dest_end - 1] + 1


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def segments_overlap(segments: list[Span], span: Span) -> int:
    """Characters of ``span`` inside any of ``segments`` (assumed not to overlap each other)."""
    return sum(overlap(seg, span) for seg in segments)


def coverage(target: Span, by: Span) -> float:
    """Fraction of ``target`` covered by ``by`` (1.0 when ``by`` contains it)."""
    length = target[1] - target[0]
    if length <= 0:
        return 0.0
    return overlap(target, by) / length


def offset_mapper(raw: str, cleaned: str) -> Callable[[int], int]:
    """Map offsets of ``raw`` to ``cleaned`` through their longest matching blocks."""
    if raw == cleaned:
        return lambda x: x
    blocks = SequenceMatcher(None, raw, cleaned, autojunk=False).get_matching_blocks()

    def mapped(x: int) -> int:
        best = 0
        for a, b, size in blocks:
            if a <= x < a + size:
                return b + (x - a)
            if a + size <= x:
                best = b + size
        return min(best, len(cleaned))

    return mapped
