"""Cheap tests that tell a catalog phrase cannot match a text, before its regex is run.

A cue part's regex (:func:`sitroom.nlp.positions.catalog.compile_phrase`) opens with a
look-behind and is case-insensitive, so Python's ``re`` has no literal to jump to and
tries it at every character: a search that fails reads the whole document. Most fail.
Two necessary conditions are checked first on the lower-cased text with ``str``'s own
substring search, which is many times faster:

- :func:`phrase_anchors`: one of the words that can open the part occurs;
- :func:`phrase_needs`: every word the part cannot do without occurs (for a group, a
  word of one of its alternatives), as a run of ASCII letters and digits.

The second holds exactly when the text has none of :data:`CASE_TWINS`, the only
non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (Turkish dotted
and dotless i, the long s, the Kelvin sign): without them, a case-insensitive match of an
ASCII word is the same word in the lower-cased text. A text with one of them skips the
test (:func:`casefree`), so a part is never skipped where its regex would match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.nlp.positions.inflect import inflectable, prefix

_TOKEN = re.compile(r"\.\.\.|\(|\)\??|\||[^\s()|]+")
# every non-ASCII character that a case-insensitive ASCII letter, digit or "_" matches
# (tests/test_positions_prefilter.py works the set out again over all of Unicode)
CASE_TWINS = "\u0130\u0131\u017f\u212a"
_TWIN = re.compile(f"[{CASE_TWINS}]")
_CHUNK = re.compile(r"\w+")

Clause = tuple[str, ...]  # one of these lower-case words occurs


def casefree(text: str) -> bool:
    """Whether ``text`` has none of :data:`CASE_TWINS` (so :func:`phrase_needs` apply)."""
    return _TWIN.search(text) is None


def tokens(part: str) -> list[str]:
    return _TOKEN.findall(part.strip().replace("’", "'"))


@lru_cache(maxsize=4096)
def phrase_needs(phrase: str) -> tuple[tuple[Clause, ...], ...]:
    """For each ``&`` part of a (valid) phrase, the clauses a match must satisfy in the
    lower-cased text: each names words one of which occurs there (empty: no test)."""
    return tuple(tuple(_needs(tokens(part), 0)[0]) for part in phrase.split("&"))


def _needs(toks: list[str], i: int) -> tuple[list[Clause], int]:
    """The clauses of a sequence of atoms up to ``|`` / ``)`` / the end, and the next i
    (the same walk as the regex's ``_sequence``)."""
    clauses: list[Clause] = []
    while i < len(toks) and toks[i] != "|" and not toks[i].startswith(")"):
        tok = toks[i]
        if tok == "(":
            alts = []
            i += 1
            while True:
                alt, i = _needs(toks, i)
                alts.append(alt)
                if i < len(toks) and toks[i] == "|":
                    i += 1
                    continue
                break
            optional = i < len(toks) and toks[i] == ")?"
            i += 1
            if not optional and alts and all(alts):
                # one alternative matched, and so each of its clauses holds: of each,
                # the clause whose shortest word is the longest (the rarest, roughly)
                best = (max(alt, key=lambda c: min(map(len, c))) for alt in alts)
                clauses.append(tuple(dict.fromkeys(w for clause in best for w in clause)))
        elif tok == "...":
            i += 1
        else:  # a word: every run of letters and digits in it (a "%" reads "per cent")
            if inflectable(tok):  # "take" also matches "taking": what its forms share
                clauses.append((prefix(tok),))
            else:
                clauses.extend((c.lower(),) for c in _CHUNK.findall(tok) if c.isascii())
            i += 1
    return clauses, i


def may_match(needs: tuple[Clause, ...], low: str) -> bool:
    """Whether every clause has a word in ``low`` (the lower-cased, :func:`casefree` text)."""
    return all(any(w in low for w in clause) for clause in needs)


class TextProbe:
    """A document's text for the tests of every cue of a catalog: the substring searches
    the cues share (a word is a need or an anchor of many) are run once per text."""

    __slots__ = ("_seen", "aligned", "low", "plain", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.plain = casefree(text)
        self.aligned = self.plain and len(self.low) == len(text)  # same match starts
        self._seen: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        """Whether ``word`` occurs in the lower-cased text."""
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = word in self.low
        return found

    def holds(
        self,
        part: re.Pattern[str],
        anchors: tuple[str, ...] | None,
        needs: tuple[Clause, ...],
        opens: bool,
    ) -> bool:
        """Whether a cue part matches somewhere in the text: the answer of ``part.search``,
        after the cheap tests that tell it cannot (:func:`phrase_anchors`,
        :func:`phrase_needs`, :func:`occurs`)."""
        if anchors is not None and not any(map(self.has, anchors)):
            return False
        if self.plain and not all(any(map(self.has, clause)) for clause in needs):
            return False
        return occurs(part, self.text, self.low, anchors if self.aligned and opens else None)


@lru_cache(maxsize=4096)
def phrase_tests(
    phrase: str,
) -> tuple[tuple[tuple[str, ...] | None, tuple[Clause, ...], bool], ...]:
    """For each ``&`` part of a phrase: its anchors, needs and whether it opens on its word."""
    return tuple(
        zip(phrase_anchors(phrase), phrase_needs(phrase), phrase_opens(phrase), strict=True)
    )


@lru_cache(maxsize=4096)
def phrase_anchors(phrase: str) -> tuple[tuple[str, ...] | None, ...]:
    """For each ``&`` part of a (valid) phrase, lower-case letters one of which any match
    must contain: the first run of letters of each word that can open the part (None
    when that cannot be told, as for a part opening with a nested group)."""
    return tuple(_anchors(tokens(part)) for part in phrase.split("&"))


def _anchors(toks: list[str]) -> tuple[str, ...] | None:
    i = 0
    while i < len(toks):
        if toks[i] == "...":
            i += 1
            continue
        if toks[i] != "(":
            return _literals([toks[i]])
        firsts: list[str] = []
        depth, j, opening = 0, i, True
        while j < len(toks):  # the group's alternatives: the word opening each
            tok = toks[j]
            if tok == "(":
                depth += 1
                if depth > 1 and opening:
                    return None  # an alternative opening with a group
                if depth == 1:
                    j += 1
                    continue
            elif tok.startswith(")"):
                depth -= 1
                if depth == 0:
                    break
            elif tok == "|" and depth == 1:
                opening = True
                j += 1
                continue
            elif opening and depth == 1:
                if tok == "...":
                    return None
                firsts.append(tok)
            opening = False
            j += 1
        if j >= len(toks):
            return None
        if toks[j] == ")?":  # an optional group: the next word opens the part
            i = j + 1
            continue
        return _literals(firsts)
    return None


def _literals(words: list[str]) -> tuple[str, ...] | None:
    found = [re.match(r"[^\W_]+", w.rstrip("*").lower()) for w in words]
    if not words or not all(found):
        return None
    return tuple(
        prefix(w) if inflectable(w) else m.group() for w, m in zip(words, found, strict=True) if m
    )


@lru_cache(maxsize=4096)
def phrase_opens(phrase: str) -> tuple[bool, ...]:
    """For each ``&`` part: whether every match starts with the word that opens the part
    (a word, or a group that is not optional: no ``...`` gap and no optional group before
    it). Where the part also has anchors (:func:`phrase_anchors`), a match then starts
    where one of them occurs, in the lower-cased text of a :func:`casefree` text that
    lower-casing leaves as long."""
    return tuple(_opens_on_its_word(tokens(part)) for part in phrase.split("&"))


def _opens_on_its_word(toks: list[str]) -> bool:
    if not toks or toks[0] == "...":
        return False
    if toks[0] != "(":
        return True
    depth = 0
    for tok in toks:
        if tok == "(":
            depth += 1
        elif tok.startswith(")"):
            depth -= 1
            if depth == 0:
                return tok != ")?"
    return False


#: More places to try than this, and one search from the first of them is cheaper.
_MAX_STARTS = 40


def occurs(part: re.Pattern[str], text: str, low: str, anchors: tuple[str, ...] | None) -> bool:
    """Whether ``part`` matches somewhere in ``text``. With ``anchors`` (only where every
    match starts at one of them in ``low``, see :func:`phrase_opens`), the regex is tried
    at those places, or searched from the first: the same answer as searching the whole
    text, without running the regex at every character before and between them."""
    if anchors is None:
        return part.search(text) is not None
    starts: list[int] = []
    for anchor in anchors:
        at = low.find(anchor)
        while at != -1 and len(starts) <= _MAX_STARTS:
            starts.append(at)
            at = low.find(anchor, at + 1)
    if not starts:
        return False
    if len(starts) > _MAX_STARTS:
        return part.search(text, min(starts)) is not None
    return any(part.match(text, at) is not None for at in starts)
