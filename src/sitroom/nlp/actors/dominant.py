"""The one state a report is about, when one dominates: the state of its dateline
("KATHMANDU, March 10 -"), else the state named far more often than any other in its
body. An official whose title names a national office but no state ("the police
minister X", "presidential spokesperson X") and whose own sentence names no other state
serves that one.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

# Sectors of offices every state has, whose holder serves a state: ministers, officers,
# judges, legislators, party leaders (not analysts, reporters, aid workers or businessmen).
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "PTY", "COP", "OPP", "ELI"})
STATE_LABELS = frozenset({"GPE", "NORP"})
MIN_NAMED = 3  # a state named fewer times dominates no report
MARGIN = 2  # ... nor one named less than twice as often as the next
DATELINE_PLACE = re.compile(r"^\W*([A-Za-z][A-Za-z .'’-]*?)\s*(?:[,(:–—-]|$)")


def dominant_state(
    doc: Doc,
    furniture: Iterable[tuple[int, int, str]],
    state_code: Callable[[str], str | None],
) -> str | None:
    """The state of the dateline, else the state the body names at least ``MIN_NAMED``
    times and ``MARGIN`` times as often as any other; None when no state dominates."""
    spans = list(furniture)
    for start, end, kind in spans:
        if kind != "dateline":
            continue
        match = DATELINE_PLACE.match(doc.text[start:end])
        place = match[1].strip() if match else ""
        code = state_code(place.title()) if place else None
        if code:
            return code
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ not in STATE_LABELS:
            continue
        if any(a <= ent.start_char < b for a, b, _ in spans):
            continue
        code = state_code(ent.text)
        if code:
            counts[code] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_NAMED:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
