"""Contrasts told by one word rather than by aligned wording.

Two reports can state one event otherwise with sentences that share few words, so the
TF-IDF alignment of :mod:`.check` never pairs them; a word marks each side instead:

* the outcome of a vote: "the council unanimously adopted the resolution" / "Russia and
  China abstained" (or "voted against"), or fewer members voting for it than the body has
  ("the vote by 12 council members" of the 15-member Security Council);
* the cause of an attack: "an unprovoked assault" / "attacks in response to the air
  strikes" (or "retaliatory attacks"): each side's framing of who started it;
* who fired first: "the rebels opened fire first" / "government soldiers fired first"
  (each side's account of who started a clash);
* the cause of an event: "ruled out the possibility of a cyberattack" (or "no indication
  of sabotage") / "the possibility of a cyberattack" (or "attributed the outage to a rare
  atmospheric phenomenon", "caused by sabotage"): a cause put forward and ruled out;
* the venue of a gathering: "the summit will be held in Doha" / "leaders will gather in
  Riyadh for the summit": one gathering (named by the same noun, both to come or both
  past), in one country each, the countries other;
* the cause of an accident told otherwise: "crashed due to pilot error" / "encountered a
  technical fault" (a fault, an error, the weather, a deliberate act: one each);
* a count denied: "the government says the figures are hugely exaggerated" (or "disputed
  the toll") / "the party documented about 700 deaths": a toll stated by one report and
  called false by another, with no figure of its own to compare.

Only units of different reports are paired here; :mod:`.check` keeps those about one
event (no other place or time) told by independent reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitroom.claims.lexicon import NUMBER_WORDS, OUTCOME_STEMS, OUTCOMES
from sitroom.claims.paraphrase import fold_compounds
from sitroom.claims.units import Unit
from sitroom.util.text import STOP_WORDS

#: "unanimously adopted", "a unanimous vote"; not "failed to reach a unanimous decision".
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_DENIED = frozenset({"not", "no", "n't", "failed", "fail", "fails", "without", "short", "lack"})
#: A tally that names dissent: "three abstained", "Russia voted against", "abstentions".
_DISSENT = re.compile(
    r"\b(?:abstain(?:ed|ing|s)?|abstentions?|vot(?:ed|es|ing) against)\b", re.IGNORECASE
)
#: What a unanimous act of a body is: a vote on a text.
_VOTE_ACT = re.compile(
    r"\b(?:adopt|approv|endors|pass|vot|back|ratif|resolution|motion)\w*", re.IGNORECASE
)
#: Voting bodies of a fixed size: the UN Security Council has 15 members (UN Charter,
#: art. 23, as amended in 1965).
_BODY_SIZES = {"security council": 15}
_BODIES = re.compile(r"\bsecurity council\b", re.IGNORECASE)
#: A count of members voting: "12 council members", "twelve member states", not "20
#: countries" (co-sponsors, say); a vote word in the sentence too (see :func:`voters`).
_VOTERS = re.compile(
    r"\b(\d{1,2}|[a-z]+) (?:council |of the \d+ )?(?:members|member states)\b(?! of)",
    re.IGNORECASE,
)
_UNPROVOKED = re.compile(r"\b(?:unprovoked|without (?:any )?provocation)\b", re.IGNORECASE)
_RETALIATION = re.compile(
    r"\b(?:retaliat\w*|in response to|in revenge for|to avenge|in reprisal for)\b",
    re.IGNORECASE,
)
#: What a provoked or unprovoked act is: an attack of some kind.
_ATTACK = re.compile(
    r"\b(?:attack|strike|assault|offensive|operation|raid|fire|firing|shelling|bombing)\w*",
    re.IGNORECASE,
)


#: Verbs that place a gathering; the gatherings; what makes it one to come.
_VENUE = re.compile(
    r"\b(?:be held|was held|were held|is held|hosted|will host|hosts|take place|takes place"
    r"|took place|will gather|gathered|will convene|convened)\b"
)
_FIRST = re.compile(r"\b([A-Z]\w+ \w+) (?:had )?(?:opened fire|fired|attacked|shot|struck) first\b")
_GATHERINGS = frozenset({"summit", "conference", "talks", "negotiations", "forum", "meeting"})
_FUTURE = re.compile(r"\b(?:will|next|scheduled|due to|upcoming|to be held)\b")


#: A cause ruled out, and a cause put forward; the words after them name the cause.
_RULED_OUT = re.compile(
    r"\b(?:ruled out|rules out|ruling out|no (?:signs?|indications?|evidence) of)"
    r"(?: the possibility of| any)?((?: [\w-]+){1,3})",
    re.IGNORECASE,
)
_PUT_FORWARD = re.compile(
    r"\b(?:possibility of|caused by|blamed on|attributed [\w ]{0,40}? to)((?: [“\"]?[\w-]+){1,3})",
    re.IGNORECASE,
)
_NOT_CAUSES = frozenset({"a", "an", "the", "any", "possible", "possibility", "cause", "of"})
#: A count called false: "the figures are hugely exaggerated", "dismissed the toll as
#: inflated", "disputed the casualty figures".
_COUNT_NOUN = r"(?:figures?|tolls?|numbers?|tally|tallies|counts?)"
_DENIED_COUNT = re.compile(
    rf"\b{_COUNT_NOUN}\b[^.;:]{{0,25}}?\b(?:exaggerated|inflated|overstated|fabricated"
    r"|baseless|untrue|false)\b"
    r"|\b(?:den(?:y|ied|ies|ying)|disput\w+|dismiss\w+|reject\w+)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    rf"{_COUNT_NOUN}\b",
    re.IGNORECASE,
)


def framed(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit, str, str, str]]:
    """(u, v, reason, what u says, what v says) for each unit pair of two reports that
    one word sets against each other (see the module docstring)."""
    said = [[u for u in us if unanimous(u.text)] for us in per_article]
    for k, us in enumerate(per_article):
        if said[k]:
            continue  # a report with a unanimous vote and a dissent: two votes
        for v in us:
            words = dissent(v.text)
            if words:
                for u in (u for found in said for u in found):
                    yield u, v, "tally", "unanimous", words
    for k, us in enumerate(per_article):
        for v in us if not said[k] else ():
            for u in (u for found in said for u in found):
                if (size := body_size(u.text)) and (n := voters(v.text)) and n[0] < size:
                    yield u, v, "tally", f"unanimous ({size} members)", n[1]
    yield from _venues(per_article)
    yield from _causes(per_article)
    yield from _causes_told(per_article)
    yield from _denied_counts(per_article)
    first = [(u, who) for us in per_article for u in us if (who := _first_to_fire(u.text))]
    for i, (u, who) in enumerate(first):
        for v, other in first[i + 1 :]:
            if u.article != v.article and who.split()[0] != other.split()[0]:
                yield u, v, "doers", who, other
    calm = [(u, m.group(0)) for us in per_article for u in us if (m := _provoked(u.text, False))]
    for v, why in ((v, m.group(0)) for us in per_article for v in us if (m := _provoked(v.text))):
        for u, unprovoked in calm:
            if u.article != v.article and u.actors & v.actors:
                yield u, v, "cause", unprovoked, why


def _causes(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit, str, str, str]]:
    """A cause one report rules out and another puts forward (the same cause word)."""
    ruled = [
        (u, m.group(0), _cause_words(m))
        for us in per_article
        for u in us
        if (m := _RULED_OUT.search(u.text))
    ]
    for us in per_article:
        for v in us:
            found = None if _RULED_OUT.search(v.text) else _PUT_FORWARD.search(v.text)
            if found is None:
                continue
            for u, said, cause in ruled:
                if u.article != v.article and cause & _cause_words(found):
                    yield u, v, "cause", said, found.group(0).strip()


#: What puts a cause forward ("crashed due to", "encountered a"), and the kinds of cause
#: that exclude each other as the cause of one accident: a fault of the machine, an error
#: of the people handling it, the weather, a deliberate act.
_CAUSE_CUE = (
    r"\b(?:due to|caused by|blamed(?: [\w ]{0,40}?)? on|because of|owing to|result of"
    r"|encountered|suffered|developed|attributed [\w ]{0,40}? to)"
    r"(?: an?| the| what \w+ \w+)? [“\"]?"
)
_CAUSE_KINDS = {
    "a fault": r"(?:(?:technical|mechanical|engine|electrical|hydraulic|structural)"
    r" (?:fault|failure|glitch|problem|malfunction|snag|defect)s?|malfunction)",
    "an error": r"(?:pilot|human|driver|operator|crew|navigational|navigation) errors?",
    "the weather": r"(?:bad|poor|severe|inclement) weather|(?:heavy|dense|thick) fog",
    "a deliberate act": r"(?:sabotage|arson|(?:a )?(?:terrorist|terror) attack|cyberattack)",
}
_CAUSES = {
    kind: re.compile(_CAUSE_CUE + words, re.IGNORECASE) for kind, words in _CAUSE_KINDS.items()
}
_NEGATED_CAUSE = re.compile(r"\b(?:not|no|n't|never|rule[sd]? out|ruling out|whether)\b")


def _causes_told(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit, str, str, str]]:
    """One cause put forward by one report, a cause of another kind by another ("crashed
    due to pilot error" / "encountered a technical fault"): a report that names causes of
    two kinds (one rumoured, one confirmed; "whether a fault or an error") tells neither."""
    told = []
    for us in per_article:
        found = [(u, kind, m.group(0)) for u in us for kind, m in _cause_of(u.text)]
        if len({kind for _, kind, _ in found}) == 1:
            told.append(found[0])
    for i, (u, kind, said) in enumerate(told):
        for v, other, words in told[i + 1 :]:
            if kind != other and u.article != v.article:
                yield u, v, "cause", said, words


def _cause_of(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """The kinds of cause ``text`` puts forward, not denied or ruled out just before."""
    for kind, pattern in _CAUSES.items():
        for m in pattern.finditer(text):
            if not _NEGATED_CAUSE.search(text[max(0, m.start() - 30) : m.start()].casefold()):
                yield kind, m


def _denied_counts(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit, str, str, str]]:
    """A toll one report states and another calls false: the unit that denies, or the
    clause its sentence opens with ("X says hundreds were killed, but Y says the figures
    are exaggerated"), names the outcome (a word or a figure of it); the other unit counts
    that outcome and denies nothing."""
    denials = [
        (u, m.group(0), outcomes)
        for us in per_article
        for i, u in enumerate(us)
        if (m := _DENIED_COUNT.search(u.text))
        and (outcomes := _outcomes(u) or (_outcomes(us[i - 1]) if _clause_of(us, i) else None))
    ]
    if not denials:
        return
    for us in per_article:
        for v in us:
            if _DENIED_COUNT.search(v.text):
                continue
            for u, said, outcomes in denials:
                counted = [f for f in v.figures if f.key in outcomes and not f.partial]
                if u.article != v.article and counted:
                    yield u, v, "numbers", said, counted[0].describe()


def _clause_of(us: list[Unit], i: int) -> bool:
    """Whether unit ``i`` continues the sentence of the unit before it."""
    return i > 0 and not us[i - 1].text.rstrip().endswith((".", "!", "?", '"', "”"))


def _outcomes(u: Unit) -> frozenset[str]:
    """The outcomes a unit names: those its figures count, else those its words name."""
    counted = frozenset(f.key for f in u.figures if f.key in OUTCOMES)
    if counted:
        return counted
    terms = set(u.terms) & OUTCOME_STEMS
    return frozenset(k for k, stems in OUTCOMES.items() if stems & terms)


def _cause_words(found: re.Match[str]) -> frozenset[str]:
    words = [w.strip('“"”').casefold() for w in found.group(1).split()]
    # "a computer attack" / "a cyberattack": one cause
    return frozenset(words + fold_compounds(words)) - _NOT_CAUSES - STOP_WORDS


def _venues(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit, str, str, str]]:
    held = [
        (u, gathering, future)
        for us in per_article
        for u in us
        if len(u.places) == 1 and (found := _gathering(u.text)) is not None
        for gathering, future in (found,)
    ]
    for i, (u, what, future) in enumerate(held):
        for v, other, later in held[i + 1 :]:
            if u.article != v.article and (what, future) == (other, later) and u.places != v.places:
                yield u, v, "place", _place(u), _place(v)


def _gathering(text: str) -> tuple[str, bool] | None:
    """The gathering a sentence places ("the summit will be held in ..."): its noun and
    whether it is to come."""
    low = text.casefold()
    if not _VENUE.search(low):
        return None
    nouns = {w for w in re.findall(r"[a-z]+", low) if w in _GATHERINGS}
    if len(nouns) != 1:
        return None
    return nouns.pop(), bool(_FUTURE.search(low))


def _first_to_fire(text: str) -> str | None:
    """Who a sentence says fired first: the two words before "opened fire first" (and
    the like), or None."""
    found = _FIRST.search(text)
    return found.group(1).casefold() if found else None


def _place(u: Unit) -> str:
    """The place as the sentence names it ("in Doha"), else its country."""
    named = re.search(r"\b(?:in|at) ((?:[A-Z][\w'-]+ ?)+)", u.text)
    return named.group(1).strip() if named else next(iter(u.places))


def unanimous(text: str) -> bool:
    """Whether ``text`` says a vote or adoption was unanimous."""
    found = _UNANIMOUS.search(text)
    if found is None or not _VOTE_ACT.search(text):
        return False
    before = text[: found.start()].casefold().replace("n't", " n't").split()[-4:]
    return not _DENIED & set(before)


def body_size(text: str) -> int | None:
    """How many members the voting body ``text`` names has, where that is fixed."""
    found = _BODIES.search(text)
    return _BODY_SIZES[found.group(0).casefold()] if found else None


def voters(text: str) -> tuple[int, str] | None:
    """(how many, the words) of the members ``text`` says voted for a text: "12 council
    members voted in favour", "the vote by 12 council members"; not "the 15-member
    council"."""
    if not _VOTE_ACT.search(text):
        return None
    found = _VOTERS.search(text)
    if found is None:
        return None
    n = found.group(1).casefold()
    count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    return (count, found.group(0)) if count and count > 1 else None


def dissent(text: str) -> str | None:
    """The words of ``text`` that tell of votes against or abstentions, if any."""
    found = _DISSENT.search(text)
    return found.group(0) if found else None


def _provoked(text: str, provoked: bool = True) -> re.Match[str] | None:
    """The words that call an attack told in ``text`` a retaliation (``provoked``) or
    unprovoked."""
    if not _ATTACK.search(text):
        return None
    return (_RETALIATION if provoked else _UNPROVOKED).search(text)
