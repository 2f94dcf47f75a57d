"""What makes statements of two reports tell one event, whatever their words.

The time a statement names (:func:`when`, :func:`days`) tells two events apart.
Alignment by shared words misses a toll stated in other words ("the UN reported at least
10 deaths" / "the opposition said around 700 people had died"). Here what identifies the
event and its count instead of the words:

* the time of the event, not of its telling: the weekday a thing was said or a count
  changed on ("the spokesman said Monday", "the toll rose to 622 on Thursday") dates the
  telling, and two tellings on two days are one event (:func:`told_on`);
* the teller of a count: the one a sentence says reported or recorded it ("the UN
  reported", "KNCHR has recorded 31 deaths", "according to the police"), so that one
  report setting two tellers' counts side by side is read as a dispute (:func:`teller`);
* a count no other count of a report agrees with: the UN's "at least 10 deaths" against
  a report that gives the opposition's 700, a diplomat's 500 and "hundreds" is set against
  each of them, not only against the one its words align best (:func:`unmatched`);
* one count: two units of two reports that count the same outcome whole, of the same kind
  of people, with nothing that sets them apart (another country, weekday, month or year)
  count one event's toll and are candidate counterparts, however little wording they
  share (:func:`one_count`);
* the teller's own side: "the Taliban said nine on its side were killed" counts Taliban
  fighters, as "over 200 Taliban fighters" does (:func:`own_side`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from sitroom.article import Mention
from sitroom.claims.lexicon import COUNT_CHANGES, OUTCOME_STEMS, OUTCOMES, SPEECH
from sitroom.claims.numbers import Figure
from sitroom.claims.spans import Word as Tok
from sitroom.claims.spans import day_of_month
from sitroom.stories.features import actor_key
from sitroom.util.text import stem

if TYPE_CHECKING:
    from sitroom.claims.units import Unit

_DATE_WORDS = frozenset({"in", "on", "since", "until", "by", "early", "late", "mid", "last"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
#: Months and weekdays, as named ("may" is a date only as one: "in May", "May 7").
WHEN = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)  # fmt: skip
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday"})  # fmt: skip
#: How far back from a weekday its telling verb is looked for ("told a press conference
#: in the capital Kabul on Monday").
_TOLD_REACH = 9
#: Verbs by which a teller gives a count ("the commission recorded 31 deaths").
_TELLING = SPEECH | frozenset(
    {"documented", "recorded", "counted", "estimated", "estimates", "tallied", "put", "puts",
     "gave", "registered", "reports", "confirms", "announces"}
)  # fmt: skip
#: Words between a teller and its verb ("the UN has reported", "X also said").
_BETWEEN = frozenset({"has", "have", "had", "also", "later", "then", "earlier"})
_TELLERS = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP"})
#: The words after a count of the teller's own people: "nine on its side", "of its own".
_OWN_SIDE = frozenset(
    {("on", "its", "side"), ("on", "their", "side"), ("of", "its", "own"), ("of", "their", "own")}
)


class CapTok(Tok, Protocol):
    cap: bool


def when(toks: Sequence[CapTok], verb_like: Callable[..., bool]) -> frozenset[str]:
    """Weekdays, months and years named ("may" only as a date: "in May", "May 7"); not the
    weekday a thing was told or counted on (see :func:`told_on`)."""
    found = set()
    for i, t in enumerate(toks):
        if t.low in WEEKDAY_NAMES and told_on(toks, i, verb_like):
            continue
        if t.low in WHEN or _YEAR.match(t.low):
            found.add(t.low)
        elif t.low == "may" and t.cap and i > 0:
            after = toks[i + 1].low if i + 1 < len(toks) else ""
            if toks[i - 1].low in _DATE_WORDS or after[:1].isdigit():
                found.add("may")
    return frozenset(found)


def days(toks: Sequence[CapTok]) -> frozenset[str]:
    """Days of a month named: "June 12", "12 June" -> "june 12"."""
    found = set()
    for i in range(len(toks) - 1):
        for month, day in ((toks[i], toks[i + 1]), (toks[i + 1], toks[i])):
            named = month.low in WHEN or (month.low == "may" and month.cap)
            if named and month.low not in WEEKDAY_NAMES and day_of_month(day.low):
                found.add(f"{month.low} {int(day.low)}")
    return frozenset(found)


def told_on(toks: Sequence[Tok], i: int, verb_like: Callable[..., bool]) -> bool:
    """Whether the weekday at ``i`` dates a telling or a count, not the event: the nearest
    verb before it in its clause is a speech verb or a verb of a count's change ("the
    spokesman said Monday", "told reporters in Kabul on Tuesday", "the toll rose to 622 on
    Thursday"); "said the attack happened on Monday" dates the attack."""
    for k in range(i - 1, max(-1, i - 1 - _TOLD_REACH), -1):
        t = toks[k]
        if t.low in SPEECH or t.low in COUNT_CHANGES:
            return True
        if verb_like(t) or t.stem in OUTCOME_STEMS:
            return False
        if t.breaks and not (t.low[:1].isdigit() and toks[k - 1].low[:1].isdigit()):
            return False  # a comma between words, not inside a figure ("2,200")
    return False


def teller(text: str, toks: Sequence[Tok], mentions: Sequence[Mention]) -> str | None:
    """Who the statement says told or recorded what it states: an actor right before a
    telling verb ("the United Nations reported", "KNCHR has recorded") or after "according
    to"; None when it names none."""
    for m in mentions:
        if m.type not in _TELLERS:
            continue
        if text[max(0, m.start - 13) : m.start].casefold().rstrip().endswith("according to"):
            return actor_key(m.actor_id, m.canonical, m.text)
        after = [t for t in toks if t.start >= m.end][:4]
        for k, t in enumerate(after):
            if k and t.breaks:
                break
            if t.low in _TELLING:
                return actor_key(m.actor_id, m.canonical, m.text)
            if t.low not in _BETWEEN:
                break
    return None


def own_side(
    figs: list[Figure], toks: Sequence[Tok], mentions: Sequence[Mention], who: str | None
) -> list[Figure]:
    """Counts of the teller's own side ("the Taliban said nine on its side were killed",
    "nine of their own"): they count the teller's people, named as the teller is ("nine
    Taliban fighters"), when the figure names no kind of its own."""
    if who is None or all(f.kinds for f in figs):
        return figs
    name = next((m.text for m in mentions if actor_key(m.actor_id, m.canonical, m.text) == who), "")
    kinds = frozenset(stem(w) for w in re.findall(r"[^\W\d_]+", name) if w.casefold() != "the")
    ends = {
        toks[k - 1].low
        for k in range(1, len(toks) - 2)
        if tuple(t.low for t in toks[k : k + 3]) in _OWN_SIDE
    }
    return [
        replace(f, kinds=kinds) if kinds and not f.kinds and f.text.split()[-1] in ends else f
        for f in figs
    ]


def one_count(
    flat: Sequence[Unit], compared: set[tuple[int, int]], same_event: Callable[[Unit, Unit], bool]
) -> list[tuple[int, int]]:
    """Pairs of units (indices in ``flat``) of two reports, not ``compared`` yet, that count
    one outcome of one event: the same outcome counted whole (not a part, a running total
    or a threat), of the same kind of people, and nothing that sets them apart."""
    counting = [(k, whole) for k, u in enumerate(flat) if (whole := _whole_counts(u))]
    out = []
    for a, (i, mine) in enumerate(counting):
        for j, theirs in counting[a + 1 :]:
            u, v = flat[i], flat[j]
            shared = mine.keys() & theirs.keys()
            if u.article == v.article or (i, j) in compared or not shared:
                continue
            if all(mine[k] != theirs[k] for k in shared):
                continue  # counts of other kinds of people ("police officers" / "people")
            if same_event(u, v):
                out.append((i, j))
    return out


def _whole_counts(u: Unit) -> dict[str, frozenset[str]]:
    """The outcomes ``u`` counts whole, each with the words of what it counts."""
    out: dict[str, frozenset[str]] = {}
    for f in u.figures:
        if f.key in OUTCOMES and not (f.partial or f.running or f.hypothetical):
            out.setdefault(f.key, f.kinds)
    return out


def unmatched(u: Unit, others: Sequence[Unit], key: str) -> bool:
    """Whether the whole counts of ``key`` in ``u`` agree with none of the counts of that
    outcome in ``others`` (the units of another report) for the same place and the same
    kind of people, which give one."""
    mine = _whole(u, key)
    if not mine:
        return False
    theirs = [g for x in others for g in _whole(x, key) if any(_one_scope(f, g) for f in mine)]
    return bool(theirs) and not any(f.agrees(g) for f in mine for g in theirs)


def _one_scope(f: Figure, g: Figure) -> bool:
    """Counts for one place (or none named) of one kind of people ("24 people" is not "five
    medical students")."""
    return f.where == g.where and f.kinds == g.kinds


def _whole(u: Unit, key: str) -> list[Figure]:
    return [f for f in u.figures if f.key == key and not (f.partial or f.running or f.hypothetical)]


def scoped_apart(u: Unit, v: Unit, reports: dict[int, list[Unit]]) -> bool:
    """Whether every count on which ``u`` and ``v`` differ is given for a place by one and
    for none by the other, whose report counts that place on its own: "2,205 died in
    Kunar" / "the quake killed 1,400" of a report that also says "1,411 were killed in
    Kunar" are counts of two scopes (the province, the whole), not one count."""
    apart = False
    for f in u.figures:
        for g in v.figures:
            if f.key != g.key or f.key not in OUTCOMES or f.agrees(g):
                continue
            if not (
                _placed_apart(f, g, reports[v.article]) or _placed_apart(g, f, reports[u.article])
            ):
                return False
            apart = True
    return apart


def _placed_apart(f: Figure, g: Figure, report: Sequence[Unit]) -> bool:
    """``f`` is given for a place, ``g`` for none, and ``g``'s report counts that place."""
    if not f.where or g.where:
        return False
    return any(h.key == f.key and h.where == f.where for x in report for h in x.figures)


#: A count its teller sets against another count of the same thing ("confirmed a lower
#: death toll of 45", "gave a higher figure of 60"): a rival count of one moment.
_SET_AGAINST = re.compile(
    r"\b(?:lower|higher|smaller|larger|different)\s+(?:[a-z]+\s+)?"
    r"(?:toll|figure|count|number|tally)\s+of\s+(?:about\s+|some\s+)?\d",
    re.IGNORECASE,
)


def set_against(text: str) -> bool:
    """Whether ``text`` gives a count set against another ("a lower death toll of 45")."""
    return _SET_AGAINST.search(text) is not None


def rival_count(u: Unit, v: Unit, others: Sequence[Unit], key: str) -> bool:
    """Whether ``u`` sets a count of ``key`` against another ("a lower toll of 45") and
    ``v`` is the first of ``others`` (its report's units, in order) to count it whole: the
    report's lead count of it, the count a rival count answers."""
    if not set_against(u.text) or key not in _whole_counts(u):
        return False
    return next((x for x in others if key in _whole_counts(x)), None) is v
