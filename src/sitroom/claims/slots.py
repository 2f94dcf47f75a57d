"""One event's facts read slot by slot, however each report words the rest.

Reports of one event state a fact of it in sentences that share few words ("the attack
occurred around 8:30 a.m." / "the nightmare unfolded just after 8:15 a.m."), so the TF-IDF
alignment of :mod:`.check` never pairs them. Here the sentence is read for one slot of the
event, and two reports' values of that slot are compared; :mod:`.check` keeps the pairs
about one event (no other place or time) told by independent reports:

* the time of day the event happened: a clock time told with a verb of happening
  ("occurred", "broke out", "unfolded", "opened fire") and its hedge ("around" +-10
  minutes, "shortly after" up to 15 minutes later, "at" +-5 minutes): two spans that do
  not meet are the time stated otherwise. Two named events of other kinds ("the fire broke
  out" / "the explosion happened") are two facts; a time given in GMT/UTC is compared only
  with another so given (the local offset is not known here);
* who did it: the doers each report names ("X claimed responsibility for the bombing" /
  "the bombing was carried out by Y", see :mod:`.events`) of one named kind of event,
  the only kind either unit names, neither one of several: other doers contradict;
* the day it happened: a verb of happening told of a named kind of event ("the shooting
  occurred on Sunday") with one calendar day (resolved from the report's day of
  publication, see :mod:`.paraphrase`): two days of one kind of event, neither report
  telling of one event of several ("another attack"), are the date stated otherwise;
* how long it lasted: "the shooting lasted about 10 minutes" / "gunfire that persisted
  for approximately five minutes", each a span by its hedge ("about" +-25%, "more than"
  up to twice, "less than" down to none): spans that do not meet are the duration stated
  otherwise, of one kind of event;
* the first of its kind since when: "for the first time in 20 years" (or "in two
  decades", "since 2005") against "for the first time" with no bound (or "ever", "in its
  history"): one says it happened before, the other that it never did;
* who did it, alone or not: "acted alone" (or "a lone perpetrator", "a one-man
  operation") against "did not act alone" (or "does not believe he acted alone", "had
  accomplices", "not searching for other suspects"); a question ("whether he acted
  alone", "whether a third person was involved") states neither, and leaves open what
  "acted alone" closes: the two contradict; two open questions agree;
* an answer: "X has yet to respond" (or "did not respond", "has not commented") against a
  report in which X did ("X has expressed readiness", "X said"): one says the actor was
  silent, the other gives its answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitroom.claims.events import other_doers, resolved_days
from sitroom.claims.fates import fates, fates_agreeing
from sitroom.claims.lexicon import NUMBER_WORDS
from sitroom.claims.traits import traits
from sitroom.claims.units import Unit
from sitroom.util.text import STOP_WORDS, stem

Pair = tuple[Unit, Unit, str, str, str]

# -- the time of day ------------------------------------------------------------------------

#: Verbs that tell when an event happened (not when it was told or counted).
_HAPPENED = (
    r"occurred|happened|unfolded|began|begun|started|broke out|erupted|took place|struck"
    r"|exploded|went off|failed|collapsed|crashed|collided|derailed|opened fire"
    r"|was fired|were fired|was attacked|were attacked"
)
#: A clock time, its hedge before it: "around 8:30 a.m.", "just after 1:30am", "at 5 p.m.",
#: "05:30 GMT".
_CLOCK = re.compile(
    r"\b(?P<hedge>(?:at )?(?:around|about|approximately|roughly|some|circa|nearly|almost)"
    r"|(?:shortly|just|soon|right) (?:after|before)|after|before|at)?\s*"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*"
    r"(?P<mer>[ap]\.?\s?m\b\.?|GMT|UTC|local time)?",
    re.IGNORECASE,
)
#: Words that make a time the edge of a span, not the moment of the event: "as of 13:00",
#: "by 10 a.m.", "until", "since", "from".
_SPAN_EDGE = re.compile(r"\b(?:as of|by|until|till|since|from)\s*$", re.IGNORECASE)
_HAPPENED_RE = re.compile(rf"\b(?:{_HAPPENED})\b", re.IGNORECASE)
#: How far a time may stand from its verb of happening (characters), in either direction.
_TIME_REACH = 60
#: Minutes each hedge allows before and after the time named.
_HEDGES = {
    "around": (10, 10), "about": (10, 10), "approximately": (10, 10), "roughly": (10, 10),
    "some": (10, 10), "circa": (10, 10), "nearly": (10, 0), "almost": (10, 0),
    "shortly after": (0, 15), "just after": (0, 15), "soon after": (0, 15),
    "right after": (0, 10), "shortly before": (15, 0), "just before": (15, 0),
    "right before": (10, 0), "after": (0, 60), "before": (60, 0), "at": (5, 5), "": (5, 5),
}  # fmt: skip
#: Nouns that name what happened; those of one set name one kind of event.
_EVENT_KINDS = (
    frozenset({"attack", "shooting", "assault", "gunfire", "rampage", "massacre"}),
    frozenset({"fire", "blaze", "inferno"}),
    frozenset({"blast", "explosion", "bombing", "detonation"}),
    frozenset({"quake", "earthquake", "tremor"}),
    frozenset({"crash", "collision", "derailment"}),
    frozenset({"fighting", "clashes", "battle"}),
    frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid"}),
)


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day as a span of minutes after midnight, in a zone ("" is local)."""

    low: int
    high: int
    zone: str
    said: str
    kind: int | None  # which of _EVENT_KINDS names the event, if one does


def clock_of(text: str) -> Clock | None:
    """When ``text`` says its event happened: the clock time nearest a verb of happening
    (see the module docstring), or None."""
    verb = _HAPPENED_RE.search(text)
    if verb is None:
        return None
    best: tuple[int, re.Match[str]] | None = None
    for found in _CLOCK.finditer(text):
        if found.group("mer") is None and found.group("m") is None:
            continue  # a bare number is no time
        if _SPAN_EDGE.search(text[: found.start()]):
            continue  # "as of 13:00 the voltage began to recover": a state since then
        distance = max(verb.start() - found.end(), found.start() - verb.end(), 0)
        if distance <= _TIME_REACH and (best is None or distance < best[0]):
            best = (distance, found)
    if best is None:
        return None
    found = best[1]
    hour, minute = int(found.group("h")), int(found.group("m") or 0)
    mer = (found.group("mer") or "").casefold().replace(".", "").replace(" ", "")
    zone = "utc" if mer in {"gmt", "utc"} else ""
    if mer in {"am", "pm"}:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if mer == "pm" else 0)
    elif hour > 23 or minute > 59 or (hour <= 12 and not zone and found.group("m") is None):
        return None
    hedge = " ".join((found.group("hedge") or "").casefold().split())
    hedge = hedge.removeprefix("at ") if hedge != "at" else hedge
    before, after = _HEDGES.get(hedge, (5, 5))
    at = hour * 60 + minute
    return Clock(at - before, at + after, zone, found.group(0).strip(), kind_of(text, verb))


#: Verbs of happening that name the kind of event themselves ("the plane crashed").
_KIND_VERBS = {"crashed": 4, "collided": 4, "derailed": 4, "exploded": 2, "opened fire": 0}


def kind_of(text: str, verb: re.Match[str]) -> int | None:
    """The kind of event told by the verb of happening ``verb`` of ``text``: the verb's
    own ("crashed"), else the last event noun of the words before it."""
    own = _KIND_VERBS.get(" ".join(verb.group(0).casefold().split()))
    return own if own is not None else _kind(text[: verb.start()])


def _kind(before: str) -> int | None:
    """The kind of event the words before the verb name (the last event noun)."""
    for word in reversed(re.findall(r"[a-z]+", before.casefold())[-4:]):
        for k, nouns in enumerate(_EVENT_KINDS):
            if word in nouns:
                return k
    return None


def _times(per_article: list[list[Unit]]) -> Iterator[Pair]:
    timed = [(u, c) for us in per_article for u in us if (c := clock_of(u.text))]
    for i, (u, c) in enumerate(timed):
        for v, d in timed[i + 1 :]:
            if u.article == v.article or c.zone != d.zone:
                continue
            if c.kind is not None and d.kind is not None and c.kind != d.kind:
                continue  # "the fire broke out" / "the explosion happened": two facts
            if c.high < d.low or d.high < c.low:
                yield u, v, "hours", c.said, d.said


# -- who did it ----------------------------------------------------------------------------------


def kinds(text: str) -> frozenset[int]:
    """The kinds of event ``text`` names (see _EVENT_KINDS)."""
    words = set(re.findall(r"[a-z]+", text.casefold()))
    return frozenset(k for k, nouns in enumerate(_EVENT_KINDS) if words & nouns)


def _doers(per_article: list[list[Unit]]) -> Iterator[Pair]:
    named = [(u, k) for us in per_article for u in us if u.doers and not u.another
             if len(k := kinds(u.text)) == 1]  # fmt: skip
    for i, (u, kind) in enumerate(named):
        for v, other in named[i + 1 :]:
            if u.article == v.article or kind != other:
                continue
            if found := other_doers(u.doers, v.doers):
                yield u, v, "doers", *found


# -- the day it happened --------------------------------------------------------------------------


def day_of(u: Unit) -> tuple[str, int] | None:
    """(the calendar day, the kind of event) of a unit that tells when a named kind of
    event happened on one day, or None."""
    verb = _HAPPENED_RE.search(u.text)
    if verb is None or u.another:
        return None
    # a date named in a report of no known day is its month and day ("06-14")
    days = sorted(resolved_days(u))
    kind = kind_of(u.text, verb)
    return (days[0], kind) if len(days) == 1 and kind is not None else None


def _days(per_article: list[list[Unit]]) -> Iterator[Pair]:
    dated = [(u, d) for us in per_article for u in us if (d := day_of(u))]
    for i, (u, (day, kind)) in enumerate(dated):
        for v, (other, kind2) in dated[i + 1 :]:
            # a side of unknown year is compared on the month and day alone
            apart = day != other if len(day) == len(other) else day[-5:] != other[-5:]
            if u.article != v.article and kind == kind2 and apart:
                yield u, v, "dates", day, other


# -- how long it lasted -------------------------------------------------------------------------

_DURATION = re.compile(
    r"\b(?:lasted|lasting|lasts|persisted|persisting|went on|continued|raged)\s+(?:for\s+)?"
    r"(?P<hedge>about|around|approximately|roughly|some|nearly|almost|more than|over"
    r"|less than|under|just over|just under)?\s*(?P<n>[\w-]+)\s+"
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
_MINUTES_PER = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080}
#: The span each hedge allows, as factors of the value named.
_SPANS = {
    "about": (0.75, 1.25), "around": (0.75, 1.25), "approximately": (0.75, 1.25),
    "roughly": (0.75, 1.25), "some": (0.75, 1.25), "nearly": (0.75, 1.0),
    "almost": (0.75, 1.0), "just under": (0.75, 1.0), "more than": (1.0, 2.0),
    "over": (1.0, 2.0), "just over": (1.0, 1.25), "less than": (0.0, 1.0),
    "under": (0.0, 1.0), "": (0.9, 1.1),
}  # fmt: skip


def duration_of(text: str) -> tuple[float, float, str, int | None] | None:
    """(least, most minutes, the words, the kind of event) of how long ``text`` says its
    event lasted, or None."""
    found = _DURATION.search(text)
    if found is None:
        return None
    n = found.group("n").casefold()
    value = float(n) if n.replace(".", "", 1).isdigit() else NUMBER_WORDS.get(n)
    if not value:
        return None
    minutes = float(value) * _MINUTES_PER[found.group("unit").casefold().rstrip("s")]
    low, high = _SPANS[" ".join((found.group("hedge") or "").casefold().split())]
    return minutes * low, minutes * high, found.group(0), _kind(text[: found.start()])


def _durations(per_article: list[list[Unit]]) -> Iterator[Pair]:
    lasted = [(u, d) for us in per_article for u in us if (d := duration_of(u.text))]
    for i, (u, (lo, hi, said, kind)) in enumerate(lasted):
        for v, (lo2, hi2, other, kind2) in lasted[i + 1 :]:
            if u.article == v.article or (kind is not None and kind2 is not None and kind != kind2):
                continue
            if hi < lo2 or hi2 < lo:
                yield u, v, "duration", said, other


# -- the first since when -------------------------------------------------------------------

_FIRST = re.compile(
    r"\bfirst time\b(?P<bound>(?: ever| in (?:its|their|the country's) history)"
    r"| in (?:more than |over |almost |nearly |about |some )?(?P<n>[\w-]+)"
    r" (?P<unit>years?|decades?)"
    r"| since (?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
#: Words a "first time" sentence shares with another without telling the same act.
_NOT_ACT = STOP_WORDS | {"first", "time", "ever", "year", "years", "decade", "decades"}


def first_since(text: str, year: int | None = None) -> tuple[str, float | None] | None:
    """(the words, the years since the last time) of a "first time" in ``text``: None years
    for a first ever; None when there is none. ``year`` dates "since 2005"."""
    found = _FIRST.search(text)
    if found is None:
        return None
    words = found.group(0)
    if found.group("year"):
        return (words, float(year - int(found.group("year")))) if year else None
    if found.group("n"):
        n = found.group("n").casefold()
        value = float(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if value is None:
            return None
        return words, float(value) * (10 if found.group("unit").casefold().startswith("d") else 1)
    return words, None


def _content(u: Unit) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]+", u.text.casefold()) if w not in _NOT_ACT}


def _firsts(per_article: list[list[Unit]]) -> Iterator[Pair]:
    found = [(u, f) for us in per_article for u in us if (f := first_since(u.text))]
    for i, (u, (said, years)) in enumerate(found):
        for v, (other, theirs) in found[i + 1 :]:
            if u.article == v.article or (years is None) == (theirs is None):
                continue  # two firsts ever, or two bounded ones (told in other units)
            if len(_content(u) & _content(v)) >= 2:  # one act: "formally", "complian(ce)"
                yield u, v, "first", said, other


# -- an answer --------------------------------------------------------------------------------

#: "X has yet to respond", "X did not respond", "X has not commented", "X could not be
#: reached for comment"; the actor is the name right before it.
_SILENT = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.'-]*\s){0,2}[A-Z][\w.'-]*)\s+(?:has |have |had )?"
    r"(?:(?:yet to|not yet|did not|didn't|has not|hasn't|have not|haven't|had not)\s+"
    r"(?:publicly\s+)?(?:respond|responded|comment|commented|react|reacted)"
    r"|could not be reached)\b"
)
#: Words that are no name of one actor, capitalised as a sentence opens: who answered is
#: not known to be the one who was silent ("He did not respond" / "He said").
_NO_NAME = STOP_WORDS | {
    "police", "officials", "authorities", "government", "ministry", "spokesman",
    "spokeswoman", "spokesperson", "army", "military", "witnesses", "residents",
}  # fmt: skip
#: Verbs by which the actor answers, right after its name.
_ANSWERED = (
    r"(?:has |have |had )?(?:also )?(?:expressed|said|says|stated|announced|responded|replied"
    r"|welcomed|condemned|rejected|denied|warned|called|urged|offered|proposed|confirmed)"
)


def _answers(per_article: list[list[Unit]]) -> Iterator[Pair]:
    silent = [(u, m) for us in per_article for u in us if (m := _SILENT.search(u.text))]
    for u, m in silent:
        who = m.group("who").split()[-1]
        if who.casefold() in _NO_NAME:
            continue
        answered = re.compile(rf"\b{re.escape(who)}\s+{_ANSWERED}\b[^.;]*")
        for us in per_article:
            for v in us:
                if v.article == u.article or _SILENT.search(v.text):
                    continue
                said = answered.search(v.text)
                if said:
                    yield u, v, "response", m.group(0), said.group(0).strip()


# -- alone or not ------------------------------------------------------------------------------

_ALONE = re.compile(
    r"\b(?:act(?:ed|ing|s)?|work(?:ed|ing)?|operat(?:ed|ing)|carried it out) alone\b"
    r"|\blone (?:wolf|perpetrator|attacker|gunman|assailant|actor|suspect|offender|shooter"
    r"|driver)\b"
    r"|\bone-man (?:operation|attack)\b|\bno (?:accomplices|other suspects)\b",
    re.IGNORECASE,
)
_NOT_ALONE = re.compile(
    r"\b(?:accomplices?|co-conspirators?"
    r"|(?:a|an) (?:second|other|another) (?:suspect|attacker|person)"
    r" (?:was |were )?involved|others (?:were |was )?involved|help from others)\b",
    re.IGNORECASE,
)
_NEGATION = frozenset({"not", "n't", "never", "no"})
#: How many words before "acted alone" a negation reaches ("does not believe he acted
#: alone": a negated belief is a belief in the negation, see :mod:`.polarity`).
_NEG_REACH = 5
#: A question, not a statement: "investigating whether he acted alone".
_QUESTION = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


#: No search for more doers: "police are not searching for any additional suspects".
_NO_SEARCH = re.compile(
    r"\b(?:not|n't|no longer) (?:searching|looking|hunting|seeking) for (?:any )?"
    r"(?:other|additional|further|more) (?:suspects|attackers|gunmen|perpetrators)\b",
    re.IGNORECASE,
)
#: A question left open: "investigating whether a third gunman was involved".
_OPEN = re.compile(
    r"\bwhether (?:(?:a|an|any) (?:second|third|fourth|other|another|additional) "
    r"(?:person|people|gunman|gunmen|attacker|suspect|shooter|assailant|accomplice)s?"
    r"|others|anyone else|someone else) (?:was|were|had been|might have been) involved\b",
    re.IGNORECASE,
)


def open_question(text: str) -> str | None:
    """The words of ``text`` that leave open whether one doer acted alone ("whether a third
    person was involved", "investigating whether he acted alone"), or None."""
    found = _OPEN.search(text)
    if found is not None:
        return found.group(0)
    found = _ALONE.search(text)
    if found is not None and (asked := _QUESTION.search(text[: found.start()])):
        return text[asked.start() : found.end()]
    return None


def alone(text: str) -> tuple[str, bool] | None:
    """(the words, whether one doer did it alone) that ``text`` states, or None."""
    if (no_search := _NO_SEARCH.search(text)) is not None:
        return no_search.group(0), True
    found = _ALONE.search(text)
    if found is not None:
        before = text[: found.start()]
        if _QUESTION.search(before):
            return None
        words = before.casefold().replace("n't", " n't").split()[-_NEG_REACH:]
        negated = bool(_NEGATION & set(words)) and not found.group(0).casefold().startswith("no ")
        return found.group(0), not negated
    found = _NOT_ALONE.search(text)
    if found is None or "no " + found.group(0).casefold() in text.casefold():
        return None
    if _QUESTION.search(text[: found.start()]):
        return None  # "whether a second attacker was involved": a question
    return found.group(0), False


def _alone(per_article: list[list[Unit]]) -> Iterator[Pair]:
    told = [(u, a) for us in per_article for u in us if (a := alone(u.text))]
    for i, (u, (said, one)) in enumerate(told):
        for v, (other, theirs) in told[i + 1 :]:
            if u.article != v.article and one != theirs:
                yield u, v, "doers", _polar(said, one), _polar(other, theirs)
    # an open question is no answer: "whether a third person was involved" / "acted alone"
    asked = [(u, q) for us in per_article for u in us if (q := open_question(u.text))]
    for u, (said, one) in told:
        for v, question in asked:
            if one and u.article != v.article and alone(v.text) is None:
                yield u, v, "doers", said, question


def _polar(said: str, one: bool) -> str:
    if one or not said.casefold().startswith(("act", "work", "operat")):
        return said
    return f"not {said}"


def agreeing(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit]]:
    """Unit pairs of two reports that state one slot alike: one doer alone (or not), one
    time of day or one duration (spans that meet, of one kind of event)."""
    told = [(u, a[1]) for us in per_article for u in us if (a := alone(u.text))]
    for i, (u, one) in enumerate(told):
        for v, theirs in told[i + 1 :]:
            if u.article != v.article and one == theirs:
                yield u, v
    asked = [u for us in per_article for u in us if open_question(u.text)]
    for i, u in enumerate(asked):
        for v in asked[i + 1 :]:
            if u.article != v.article:
                yield u, v  # both leave it open
    timed = [(u, c) for us in per_article for u in us if (c := clock_of(u.text))]
    for i, (u, c) in enumerate(timed):
        for v, d in timed[i + 1 :]:
            if u.article == v.article or c.zone != d.zone or c.kind != d.kind:
                continue
            if c.low <= d.high and d.low <= c.high:
                yield u, v
    lasted = [(u, span) for us in per_article for u in us if (span := duration_of(u.text))]
    for i, (u, (lo, hi, _, kind)) in enumerate(lasted):
        for v, (lo2, hi2, _, kind2) in lasted[i + 1 :]:
            if u.article != v.article and kind == kind2 and lo <= hi2 and lo2 <= hi:
                yield u, v
    yield from fates_agreeing(per_article)


def slotted(per_article: list[list[Unit]]) -> Iterator[Pair]:
    """(u, v, reason, what u says, what v says) for each unit pair of two reports that state
    one slot of an event otherwise (see the module docstring)."""
    yield from _times(per_article)
    yield from _doers(per_article)
    yield from _days(per_article)
    yield from _durations(per_article)
    yield from _firsts(per_article)
    yield from _alone(per_article)
    yield from _answers(per_article)
    yield from traits(per_article)
    yield from fates(per_article)
