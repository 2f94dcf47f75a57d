"""Words an issue's texts name only as what is to be undone.

"Israel should stop its strikes on Lebanon and withdraw from the territory it still
occupies": the claim asks for a withdrawal; "occupies" names the state of things the
withdrawal would end. A report's "Israel still occupies five hilltops" is then no act
for the claim (an anchor's act is read as its doer's stance, and would read as support
for the withdrawal). A word is *undone* when every time an issue's claim, definition and
examples use it, it stands in a relative clause ("it still occupies", "which they hold")
inside the scope of a diminishing word ("stop", "withdraw", "halting"), before the next
"and", "or", "but" or punctuation; the object of the diminishing word itself ("the
cities" of "withdraw from the cities") stays. The meaning matcher keeps undone words as
the issue's objects, not anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from sitroom.nlp.positions import lexicon as lx

_PIECE = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|[,;:.()!?]")
_BREAKS = frozenset({"and", "or", "but", "while", "whereas"})
_CLAUSE_OPENERS = frozenset({"it", "they", "he", "she", "which", "that", "who", "we"})


def undone(texts: Iterable[str], stem: Callable[[str], str]) -> frozenset[str]:
    """The stems every use of which in ``texts`` is in the scope of a diminishing word."""
    diminish = {stem(w) for w in lx.DIMINISH_VERBS | lx.DIMINISH_NOUNS if " " not in w}
    inside: set[str] = set()
    outside: set[str] = set()
    for text in texts:
        scope = clause = False
        for piece in _PIECE.findall(text or ""):
            low = piece.lower()
            if not piece[0].isalpha() or low in _BREAKS:
                scope = clause = False
                continue
            s = stem(low)
            if s in diminish:
                outside.add(s)
                scope, clause = True, False
                continue
            if scope and low in _CLAUSE_OPENERS:
                clause = True  # "the territory it still occupies", "the areas they hold"
                continue
            (inside if clause else outside).add(s)
    return frozenset(inside - outside)
