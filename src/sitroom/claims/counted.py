"""What a figure counts: the outcome named near it ("three crew members were killed",
"killing at least eight people") or the noun it counts ("14 coastguard vessels" ->
"vessel"), the group of people it counts, and the words of its noun phrase (its kinds).
Used by :func:`.numbers.figures`; no tagger: word shapes and the lexicon decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitroom.claims.lexicon import (
    COUNT_NOUN_GROUPS,
    COUNTED,
    NEGATIONS,
    OUTCOMES,
    PLURALS,
    PREDICATES,
    QUALIFIERS,
    SYNONYMS,
    VAGUE,
    VERB_CUES,
)
from sitroom.claims.spans import (
    CLAUSE_OPENERS,
    condition_key,
    crowd_verb,
    duration,
    duration_key,
    own_clause,
    toll_subject,
    word_number,
)
from sitroom.claims.votes import vote_side
from sitroom.util.text import STOP_WORDS, stem

if TYPE_CHECKING:
    from sitroom.claims.numbers import Tok

_OF = frozenset({"of", "the", "a", "an", "its", "their"})
_MAX_KEY_GAP = 8
#: Words that name a running count an outcome heads ("the death toll ... rose to 24").
_TOLLS = frozenset({"toll"})
_MORE = frozenset({"more", "another", "further", "additional"})
#: Measures named next to a figure: the figure is that measure's ("magnitude 7.7").
_MEASURES = frozenset({stem("magnitude"), "richter"})
_CLAUSE_SPAN = 12
#: "lost their lives", "claimed 26 lives": the dead, unless the lives were saved.
_SAVING = frozenset({"save", "saved", "saving", "rescu", "spar", "spare"})
_TAKING = frozenset({"claimed", "claiming", "took", "taken", "taking", "cost", "costing"})
_OUTCOME_OF = {s: name for name, stems in OUTCOMES.items() for s in stems}
#: "taken hostage", "held captive" after a count: it counts hostages, as "40 hostages" does.
_HOSTAGE = frozenset({"hostage", "captive"})
_OWNERS = frozenset({"their", "his", "her"})
#: Counted nouns that name no kind of thing ("26 people", "three others").
_ANY_KIND = frozenset(
    COUNTED.get(stem(w), stem(w)) for w in ("people", "persons", "others", "individuals", "more")
)
#: Words that name a figure rather than what it counts, and a range's verb.
_NAMING = frozenset({"estimate", "estimates", "figure", "figures", "ranging", "varying"})
_QUALIFYING = frozenset(w for words in QUALIFIERS for w in words)
_NOUN_GROUP_OF = {s: name for name, stems in COUNT_NOUN_GROUPS.items() for s in stems}
#: Verbs of security forces' statements that kill the fighters they count ("forces
#: eliminated 16 terrorists", "neutralised five militants"): of fighters, a count of the
#: dead (of devices or gangs, no count of people).
_PUT_DOWN = frozenset(
    {"eliminated", "eliminating", "liquidated", "liquidating", "neutralised", "neutralized",
     "neutralising", "neutralizing"}
)  # fmt: skip
_FIGHTERS = "gunmen"


def count_key(
    toks: Sequence[Tok], start: int, end: int, noun_inside: str | None
) -> tuple[str, str | None]:
    """What the figure counts: the outcome named near it, else its noun; and the noun's group."""
    word = stem(noun_inside) if noun_inside else _noun(toks, end)
    if not noun_inside and crowd_verb(toks, end):
        word = "people"
    noun = (COUNTED.get(word) or SYNONYMS.get(word, word)) if word else None
    group = vote_side(toks, end) or (
        (_NOUN_GROUP_OF.get(word) or _NOUN_GROUP_OF.get(noun or "")) if word else None
    )
    # the outcome right before the figure is its own ("killing over 46,000 people and
    # displacing millions"); else the one after it, else one further before
    if timed := duration_key(toks, end, noun_inside) or condition_key(toks, end):
        return timed, None
    k = start - 1 - (start > 1 and toks[start - 1].low in _MORE)  # "killed another 12"
    # only with no punctuation between: "eight dead, 24 injured" lists two outcomes
    apart = any(toks[j].breaks for j in range(max(k + 1, 0), min(start + 1, len(toks))))
    just_before = toks[k].stem if k >= 0 and not apart else ""
    after = toks[end].stem if end < len(toks) else ""
    if {just_before, after, stem(noun_inside or "")} & _MEASURES:
        return "magnitude", None  # "a magnitude 7.7 earthquake": a measure, not a count
    # "the deaths of at least 15 people and many others injured": the figure's own outcome
    of_outcome = _OUTCOME_OF.get(toks[k - 1].stem) if k >= 1 and toks[k].low == "of" else None
    if _fighting(toks, end):
        return (noun or ""), group
    if just_before and toks[k].low in _PUT_DOWN and (noun == _FIGHTERS or group == "military"):
        return "dead", group
    outcome = (
        _OUTCOME_OF.get(just_before)
        or of_outcome
        or _outcome_after(toks, end)
        or _outcome_before(toks, start, end)
        or toll_subject(toks, start, _OUTCOME_OF)
    )
    if outcome:
        return outcome, group
    return (noun or _topic_before(toks, start) or ""), group


def _noun(toks: Sequence[Tok], end: int) -> str | None:
    """The counted noun: the first plural among the next few words, else the last one (the
    head of "military aircraft")."""
    seen = []
    while (
        end < len(toks)
        and not toks[end].breaks
        and (toks[end].low in _OF or (toks[end - 1].low in _OF and _is_figure(toks, end)))
    ):
        end += 1  # "5% of output", "hundreds of the prisoners", "20 of the 47 counties"
    for t in _phrase(toks, end):
        seen.append(t)
        if _plural(t.low):
            return t.stem
    return seen[-1].stem if seen else None


def _phrase(toks: Sequence[Tok], end: int) -> list[Tok]:
    """The words of the noun phrase after a figure, up to the first plural (at most three):
    "coastguard vessels", "Pakistani troops", "uniformed personnel" (a participle before a
    noun describes it)."""
    out: list[Tok] = []
    for k in range(end, min(len(toks), end + 3)):
        t = toks[k]
        adjective = (
            t.low.endswith("ed")
            and k + 1 < len(toks)
            and not toks[k + 1].breaks
            and _nounlike(toks[k + 1].low)
            and t.stem not in _OUTCOME_OF
        )
        if t.breaks or not (_nounlike(t.low) or adjective):
            break
        out.append(t)
        if _plural(t.low):
            break
    return out


def count_kinds(toks: Sequence[Tok], end: int) -> frozenset[str]:
    """The words that say what a figure counts: those of its noun phrase ("11 coastguard
    vessels" -> coastguard, ship; "58 Pakistani troops" -> pakistani, troops), synonyms
    folded, words that name no kind ("people") left out."""
    while end < len(toks) and toks[end].low in _OF and not toks[end].breaks:
        end += 1
    words = (COUNTED.get(t.stem) or SYNONYMS.get(t.stem, t.stem) for t in _phrase(toks, end))
    return frozenset(w for w in words if w not in _OUTCOME_OF and w not in _ANY_KIND)


def _topic_before(toks: Sequence[Tok], start: int) -> str | None:
    """What a bare figure measures, named before it: "inflation rose to 7.2%"."""
    for k in range(start - 1, max(-1, start - 1 - _MAX_KEY_GAP), -1):
        t = toks[k]
        if _is_figure(toks, k):
            if k >= 1 and toks[k - 1].low == "from":
                continue  # "prices rose from 5% to 7%": the value it changed from
            return None
        if t.low in _NAMING:
            continue  # "attendance estimates ranging from": what names the figure itself
        if _nounlike(t.low) and t.stem not in PREDICATES:
            return COUNTED.get(t.stem) or SYNONYMS.get(t.stem, t.stem)
        if t.breaks:
            return None
    return None


def _plural(low: str) -> bool:
    """A plural by its ending; not "priceless", "famous", "crisis" (no tagger here)."""
    return low in PLURALS or (
        low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "sis"))
    )


def _nounlike(low: str) -> bool:
    """Not a function word, a figure, a verb cue or a negation (no tagger here)."""
    if low in STOP_WORDS or low in VERB_CUES or low in NEGATIONS or low[0].isdigit():
        return False
    return len(low) > 2 and not low.endswith(("ed", "n't"))


def _outcome_after(toks: Sequence[Tok], end: int) -> str | None:
    """The outcome named after a figure in its clause; an aside that lists who the figure
    counts (", including five women and two children,") is read past."""
    seen, aside = 0, False
    for k in range(end, len(toks)):
        t = toks[k]
        if t.breaks:
            if aside and t.stem in _OUTCOME_OF:
                return _OUTCOME_OF[t.stem]  # "33 hostages, including women, released"
            if aside and (t.low in VERB_CUES or t.low.endswith("ed")):
                aside = False
            elif aside:
                continue  # the next item of the list: ", children, and elderly people"
            elif t.low in {"including", "among", "mostly", "mainly"}:
                aside = True
                continue
            else:
                return None
        if aside:
            continue
        if _is_figure(toks, k):  # "three officers and seven gunmen were killed": both dead
            if not _joined(toks, k):
                return None
            seen = 0
        if t.stem in _OUTCOME_OF:
            return _OUTCOME_OF[t.stem]
        if t.low == "lives" and not any(x.stem in _SAVING for x in toks[max(0, k - 6) : k]):
            return "dead"  # "40 people lost their lives", "claimed 26 lives", not "saved"
        if k > end and t.low in _HOSTAGE:
            return "hostages"  # "52 people were taken hostage": the hostages counted
        if t.low == "homes" and _from_homes(toks, k):
            return "displaced"  # "forced 5,000 people from their homes"
        seen += 1
        if seen >= _MAX_KEY_GAP:
            return None
    return None


def _fighting(toks: Sequence[Tok], end: int) -> bool:
    """Whether the figure ending at ``end`` counts lives fought for ("90 others fighting
    for their lives"): the living, whatever outcome the clause names around it."""
    for k in range(end + 2, min(len(toks), end + 6)):
        if toks[k - 1].breaks:
            return False
        if toks[k].low == "lives" and toks[k - 1].low in _OWNERS and toks[k - 2].low == "for":
            return True
    return False


def _from_homes(toks: Sequence[Tok], k: int) -> bool:
    """Whether the "homes" at ``k`` are left: "from their homes", "out of their homes"."""
    if k < 2 or toks[k - 1].low not in _OWNERS:
        return False
    return toks[k - 2].low == "from" or (
        k >= 3 and (toks[k - 3].low, toks[k - 2].low) == ("out", "of")
    )


def _joined(toks: Sequence[Tok], k: int) -> bool:
    """Whether the figure at ``k`` is joined to one before it ("and more than 80")."""
    j = k - 1
    while j > 0 and toks[j].low in _QUALIFYING:
        j -= 1
    return toks[j].low in {"and", "or"}


def _is_figure(toks: Sequence[Tok], k: int) -> bool:
    return toks[k].low[0].isdigit() or toks[k].low in VAGUE or word_number(toks, k) is not None


def _outcome_before(toks: Sequence[Tok], start: int, end: int = -1) -> str | None:
    """The outcome named shortly before a figure ("killing at least eight"), or a toll that
    heads its clause ("the death toll from the bombing of the bus rose to 24")."""
    for k in range(start - 1, max(-1, start - 1 - _CLAUSE_SPAN), -1):
        t = toks[k]
        if _is_figure(toks, k):
            if duration(toks, k + 1):
                continue  # "the death toll from the worst fire in 80 years rose to 128"
            return None
        if t.low in CLAUSE_OPENERS or (t.low in {"and", "but"} and own_clause(toks, end)):
            return None
        if t.stem in _OUTCOME_OF and (start - k <= _MAX_KEY_GAP or t.low in _TOLLS):
            return _OUTCOME_OF[t.stem]
        if t.low == "lives" and any(x.low in _TAKING for x in toks[max(0, k - 3) : k]):
            return "dead"  # "claimed the lives of 14 people", "cost the lives of ..."
        if t.breaks:
            return None
    return None
