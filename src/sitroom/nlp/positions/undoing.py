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

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.catalog import Cue, Issue, IssueMatch
from sitroom.nlp.positions.route import Route, verb_phrase

_PIECE = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|[,;:.()!?]")
_BREAKS = frozenset({"and", "or", "but", "while", "whereas"})
_CLAUSE_OPENERS = frozenset({"it", "they", "he", "she", "which", "that", "who", "we"})


def _diminishing(stem: Callable[[str], str]) -> set[str]:
    return {stem(w) for w in lx.DIMINISH_VERBS | lx.DIMINISH_NOUNS if " " not in w}


def undone(texts: Iterable[str], stem: Callable[[str], str]) -> frozenset[str]:
    """The stems every use of which in ``texts`` is in the scope of a diminishing word."""
    diminish = _diminishing(stem)
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


# What a claim asks to reduce is named after this too: "transition away from coal".
_AWAY = "away"
# Words between a reduced thing and the diminishing word: "cut dependence on oil".
_BETWEEN = frozenset({"dependence", "reliance", "use", "consumption", "on", "of", "from"})


def reduced(texts: Iterable[str], stem: Callable[[str], str]) -> frozenset[str]:
    """The stems an issue's texts name as what is to be reduced or ended: the object of a
    diminishing word ("phase out fossil fuels", "cut production") or of a move away from
    it ("transition away from coal"), before the next break. A report's diminishing word
    over such a word says the claim itself ("reduce dependence on fossil fuels"), not its
    reverse."""
    diminish = _diminishing(stem)
    # "phase out", "wind down": the verb's stem and its particle
    pairs = {(stem(w.split()[0]), w.split()[1]) for w in lx.DIMINISH_VERBS if " " in w}
    out: set[str] = set()
    for text in texts:
        scope, prev = False, ""
        for piece in _PIECE.findall(text or ""):
            low = piece.lower()
            if not piece[0].isalpha() or low in _BREAKS or low in _CLAUSE_OPENERS:
                scope = False
            elif stem(low) in diminish or low == _AWAY or (stem(prev), low) in pairs:
                scope = True
            elif scope:
                out.add(stem(low))
            prev = low
    return frozenset(out)


# Words that end the object of a claim's diminishing word ("lower its tariffs on goods").
_OBJECT_ENDS = frozenset(
    {"for", "on", "of", "to", "in", "from", "with", "by", "at", "against", "as", "under"}
    | {"over", "within", "through", "into", "that", "which", "who", "made", "before", "after"}
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "any", "all"})
# Verbs whose claim guards against what follows "from" / "against".
PROTECT_VERBS = frozenset(
    {"protect", "protected", "shield", "shielded", "safeguard", "guard", "spare"}
)
# Words before a verb in a claim: "should stop", "to lower", "or reduce".
_VERB_SLOT = frozenset({"should", "must", "to", "or", "and", "will", "would", "can", "not"})
_PASSIVE = re.compile(r"^(.*?)\b(?:should|must|ought to|has to|have to)\s+be\s+([a-z]+)", re.I)


def claim_reduced(claim: str, stem: Callable[[str], str]) -> frozenset[str]:
    """The common nouns a claim asks to reduce or end, as ``stem`` gives them: the object of
    its diminishing word ("Panama should lower the canal's fees": fees) or the subject of a
    diminishing passive ("The sanctions should be lifted": sanctions); not the place one
    withdraws from ("withdraw from the cities"). A report that names only these words names
    the contrary of the claim ("criticised the fees" is for lowering them)."""
    diminish = _diminishing(stem)
    pairs = {(stem(w.split()[0]), w.split()[1]) for w in lx.DIMINISH_VERBS if " " in w}
    protect = {stem(w) for w in PROTECT_VERBS}
    pieces = _PIECE.findall(claim or "")
    out: set[str] = set()

    def take(words: list[str]) -> None:
        head = None  # the last word of the object's noun phrase is its head
        for piece in words:
            low = piece.lower()
            if not piece[0].isalpha() or low in _BREAKS or low in _OBJECT_ENDS:
                break
            if "'" in low or "’" in low:
                continue  # a possessor ("the canal's fees")
            if piece[0].islower() and low not in _DETERMINERS:
                head = low
        if head is not None:
            out.add(stem(head))

    for i, piece in enumerate(pieces):
        low, nxt = piece.lower(), pieces[i + 1].lower() if i + 1 < len(pieces) else ""
        if stem(low) in protect:  # "protected from unfair competition"
            ends = range(i + 1, min(i + 6, len(pieces)))
            at = next((j for j in ends if pieces[j].lower() in ("from", "against")), None)
            if at is not None:
                take(pieces[at + 1 :])
            continue
        if i == 0 or pieces[i - 1].lower() not in _VERB_SLOT:
            continue  # a noun ("the warming limit") asks for nothing
        if (stem(low), nxt) in pairs:
            take(pieces[i + 2 :])  # "phase out coal"
        elif stem(low) in diminish and nxt not in ("from", "out", "away"):
            take(pieces[i + 1 :])
        elif low == "transition" and nxt == _AWAY:
            take(pieces[i + 3 :])  # "transition away from fossil fuels"
    passive = _PASSIVE.match(claim or "")
    if passive is not None and stem(passive.group(2).lower()) in diminish:
        take(_PIECE.findall(passive.group(1)))
    return frozenset(out)


def reducing_head(tok: Token) -> list[Token]:
    """The words from ``tok`` up to a diminishing word that governs it, through a
    preposition or a noun of use ("reduce dependence on fossil fuels", "phase-out of
    coal", "move away from oil"); empty when none does."""
    path: list[Token] = []
    head = tok
    for _ in range(4):
        if head.head.i == head.i:
            return []
        head = head.head
        path.append(head)
        low = head.lemma_.lower()
        if (
            low in lx.DIMINISH_VERBS
            or low in lx.DIMINISH_NOUNS
            or verb_phrase(head) in lx.DIMINISH_VERBS
            or any(c.lower_ == "away" for c in head.children)
        ):
            return path
        if low not in _BETWEEN:
            return []
    return []


def names_reduced(rt: Route, reduced: frozenset[str]) -> bool:
    """Whether a match's content is only what its claim asks to reduce ("the fees" of
    "lower the fees"), with no diminishing word of its own ("lowering the fees")."""
    if not reduced:
        return False
    from sitroom.nlp.positions.meaning import stem  # meaning imports this module

    top = rt.steps[0].tok
    if stem(top.lower_) not in reduced and stem(top.lemma_.lower()) not in reduced:
        return False
    if top.dep_ in ("compound", "amod", "nmod"):
        return False  # "the coal power language": a word naming the question, not the thing
    doc = top.doc
    return not any(
        doc[i].lemma_.lower() in lx.DIMINISH_VERBS
        or doc[i].lemma_.lower() in lx.DIMINISH_NOUNS
        or doc[i].lower_ in lx.DIMINISH_NOUNS
        for i in rt.content
    )


# Markers of what a claim is contrasted with: "the full lifecycle rather than only waste",
# "instead of recycling", "should not focus only on recycling".
_CONTRAST_PAIRS = frozenset({("rather", "than"), ("instead", "of"), ("opposed", "to")})
_CONTRAST_OPENERS = frozenset(first for first, _ in _CONTRAST_PAIRS)
_RESTRICTIVE = frozenset({"only", "just", "merely", "solely"})
_NEGATIONS = frozenset({"not", "never", "no"})


def contrasted(texts: Iterable[str], stem: Callable[[str], str]) -> frozenset[str]:
    """The words an issue's texts only ever name as what the claim is contrasted with: after
    "rather than", "instead of", "as opposed to", or a restrictive "only" under a negation
    ("not only waste", "should not focus only on recycling"), up to the next punctuation or
    "but". A report's sentence on those words alone is on the contrary of the claim, not on
    the claim: they are no anchors of the issue."""
    inside: set[str] = set()
    outside: set[str] = set()
    words: dict[str, set[str]] = {}
    for text in texts:
        scope = negated = False
        prev = ""
        for piece in _PIECE.findall(text or ""):
            low = piece.lower()
            if not piece[0].isalpha() or low == "but":
                scope = negated = False
            elif (prev, low) in _CONTRAST_PAIRS or (negated and low in _RESTRICTIVE):
                scope = True
            elif low in _NEGATIONS:
                negated = True
            elif len(low) > 3 and low not in _RESTRICTIVE and low not in _CONTRAST_OPENERS:
                (inside if scope else outside).add(stem(low))
                words.setdefault(stem(low), set()).add(low)
            prev = low
    return frozenset(w for s in inside - outside for w in words[s])


def contrast_match(sent: Span, issue: Issue, top: Token) -> IssueMatch:
    """ "a treaty focused on waste management and recycling alone" on a claim of "the full
    lifecycle rather than only waste management and recycling": words of what the claim is
    contrasted with name the issue with the polarity reversed, as a catalog's ``opposite``
    phrase; ``top`` (the highest of them in the parse) is the content."""
    base = sent.start_char
    cue = Cue(f"~{top.lemma_.lower()}", "opposite", ())
    return IssueMatch(issue, cue, ((top.idx - base, top.idx - base + len(top.text)),))
