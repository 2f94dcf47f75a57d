"""The one state a report is about, when one dominates: the state of its dateline
("KATHMANDU, March 10 -"), else the state named far more often than any other in its
body. A report names its state by name, demonym or capital, and also through its
institutions ("the Bank of Ghana", "the Nigeria Football Federation") and the office
holders the knowledge base knows ("President William Ruto"): all of these count. A
report that names one state only, in more than one sentence, is about that state.
An official whose title names a national office but no state ("the police minister
X", "presidential spokesperson X") and whose own sentence names no other state serves
that one.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise

from spacy.tokens import Doc

from sitroom.nlp import doc_ents, doc_text
from sitroom.nlp.actors.things import inside_a_hyphenated_name

# Sectors of offices every state has, whose holder serves a state: ministers, officers,
# judges, legislators, party leaders (not analysts, reporters, aid workers or businessmen).
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "PTY", "COP", "OPP", "ELI"})
# ... and of the people of a place the report is about: residents, students, farmers,
# workers, doctors belong to the state they live in (not analysts or aid workers, often foreign)
LOCAL_SECTORS = frozenset({"CVL", "AGR", "LAB", "HLH"})
STATE_LABELS = frozenset({"GPE", "NORP"})
NAMED_LABELS = frozenset({"ORG", "PERSON", "FAC"})  # institutions and people of a state
MIN_NAMED = 3  # a state named fewer times dominates no report
MARGIN = 2  # ... nor one named less than twice as often as the next
DATELINE_PLACE = re.compile(r"^\W*([A-Za-z][A-Za-z .'’-]*?)\s*(?:[,(:–—-]|$)")


def dominant_state(
    doc: Doc,
    furniture: Iterable[tuple[int, int, str]],
    state_code: Callable[[str], str | None],
    actor_state: Callable[[str], str | None] | None = None,
) -> str | None:
    """The state of the dateline, else the state the body names at least ``MIN_NAMED``
    times and ``MARGIN`` times as often as any other, else the only state it names;
    None when no state dominates. ``actor_state`` gives the state of a known person or
    national body's name (None for others and for international ones)."""
    spans = list(furniture)
    datelined = None
    for start, end, kind in spans:
        if kind != "dateline":
            continue
        match = DATELINE_PLACE.match(doc_text(doc)[start:end])
        place = match[1].strip() if match else ""
        datelined = state_code(place.title()) if place else None
        if datelined:
            break
    ranked, counts = _body_state(doc, spans, state_code, actor_state)
    if datelined and (ranked is None or counts[datelined] or counts[ranked] < MIN_NAMED):
        return datelined
    # a bureau's dateline ("BUENOS AIRES ... /TASS/" on Peru): the body never names the
    # dateline's state and names another often enough to dominate
    return ranked


def _body_state(
    doc: Doc,
    spans: list[tuple[int, int, str]],
    state_code: Callable[[str], str | None],
    actor_state: Callable[[str], str | None] | None,
) -> tuple[str | None, Counter[str]]:
    """The state the body names most (None when none dominates) and how often it names
    each state."""
    counts: Counter[str] = Counter()
    sentences: dict[str, set[int]] = {}
    surnames = _surnames(doc, state_code, actor_state)
    for ent in doc_ents(doc):
        if ent.label_ not in STATE_LABELS and ent.label_ not in NAMED_LABELS:
            continue
        if any(a <= ent.start_char < b for a, b, _ in spans):
            continue
        if inside_a_hyphenated_name(doc, ent.start):
            continue  # "Port-of-Spain" names no Spain
        if ent.label_ in STATE_LABELS:
            code = state_code(ent.text)
        else:
            code = _named_state(ent.text, state_code, actor_state)
        # a known person's surname, whatever the recognizer calls it ("Yunus said")
        code = code or surnames.get(ent.text.removesuffix("'s").removesuffix("’s"))
        if code:
            counts[code] += 1
            sentences.setdefault(code, set()).add(ent.sent.start)
    ranked = counts.most_common(2)
    if not ranked:
        return None, counts
    if len(ranked) == 1 and len(sentences[ranked[0][0]]) >= 2:
        # the only state the report names, in two sentences or more (in one sentence
        # only, it is the state of whoever that sentence gives it to)
        return ranked[0][0], counts
    if ranked[0][1] < MIN_NAMED:
        return None, counts
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None, counts
    return ranked[0][0], counts


def _named_state(
    text: str,
    state_code: Callable[[str], str | None],
    actor_state: Callable[[str], str | None] | None,
) -> str | None:
    """The state of a known name ("William Ruto" -> KEN), else of the one state named
    inside an institution's name ("Bank of Ghana", "Kenyan Wildlife Service")."""
    text = text.removesuffix("'s").removesuffix("’s")
    if text.lower().startswith("the "):
        text = text[4:]
    code = actor_state(text) if actor_state is not None else None
    if code:
        return code
    words = [w.removesuffix("'s").removesuffix("’s") for w in text.split()]
    if len(words) < 2:
        return None
    if code := state_code(" ".join(words)):
        return code  # "Sierra Leone’s" tagged as a body: the state's own name
    # a state's name of one word or two inside ("the Sierra Leone Civil Aviation Authority")
    grams = [*words, *(" ".join(pair) for pair in pairwise(words))]
    inside = {c for w in grams if w[:1].isupper() and (c := state_code(w))}
    return inside.pop() if len(inside) == 1 else None


def _surnames(
    doc: Doc,
    state_code: Callable[[str], str | None],
    actor_state: Callable[[str], str | None] | None,
) -> dict[str, str]:
    """The surnames of the known people the report names in full ("Muhammad Yunus"), each
    with the person's state: a later "Yunus" names that state too."""
    found: dict[str, str] = {}
    for ent in doc_ents(doc):
        full = ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper()
        if full and (code := _named_state(ent.text, state_code, actor_state)):
            found.setdefault(ent[-1].text, code)
    return found
