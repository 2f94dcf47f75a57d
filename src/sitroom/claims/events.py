"""Whether two statements tell one event, and what they say otherwise of who and when.

Two statements tell one event unless they name it in different countries, on different
days, months or years, or as an attack made otherwise ("gunmen" / "a car bomb"). One
exception: two statements that are otherwise one (closely aligned, the same act, no
other figure, neither "another" attack) and give it one other weekday or month tell one
event *dated* otherwise: "ratified the treaty on Tuesday" / "ratified the treaty on
Thursday" is a date stated otherwise, not two ratifications.

Who did it: the group a statement says carried out or claimed an attack ("X claimed
responsibility for", "was carried out by X", "X said it carried out", "X attacked"; the
doer is named before any other actor the clause names): two reports of
one event that name only other doers attribute it otherwise. An accusation ("blamed X")
or a denial ("X denied any role") names no doer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sitroom.article import Mention
from sitroom.claims.lexicon import OUTCOMES, SYNONYMS
from sitroom.claims.numbers import disagree
from sitroom.claims.spans import Word as Tok
from sitroom.stories.features import actor_key

if TYPE_CHECKING:
    from sitroom.claims.units import Unit

#: The least alignment at which a statement dated otherwise is the same statement.
ALIGN_DATE = 0.4
#: The same, of two statements telling one toll alike (see :func:`_one_toll`).
ALIGN_DATE_TOLL = 0.3
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTH_ORDER = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = frozenset(_MONTH_ORDER)
#: Words that make an event one of several ("another attack", "a second strike", "fighting
#: continued", "fresh strikes"): such an event happens on more than one day.
_ANOTHER = frozenset(
    {"another", "second", "third", "earlier", "previous", "separate", "latest", "again",
     "fresh", "renewed", "continued", "continue", "continues", "continuing", "still",
     "repeated", "daily", "overnight"}
)  # fmt: skip
#: Verbs that say who did a thing, read after the doer ("X claimed responsibility") or
#: before "by" ("claimed by X"), with the word that must follow them, if any.
_DOING = {"claimed": "", "carried": "out", "perpetrated": "", "conducted": "", "behind": "",
          "attacked": "", "bombed": "", "ambushed": "", "stormed": "", "raided": ""}  # fmt: skip
#: What "X claimed" must be followed by to name a doer ("claimed the ship was headed ..."
#: reports a statement).
_CLAIMED = frozenset({"responsibility", "credit"})
_DOER_REACH = 6
_PHRASE_GAP = 40
_DOER_TYPES = frozenset({"ORG", "GROUP", "NORP", "GPE"})  # a person speaks for a group
_STATE_SECTORS = frozenset({"GOV", "MIL"})
_DENYING = frozenset({"denied", "denies", "deny", "denying", "rejected", "refuted"})
_DENIAL = frozenset({"not", "never", "denied", "denies", "deny", "no"})
#: What a denial of the act itself denies: "denied any role in", "denied carrying out".
_DENIED_ACTS = frozenset(
    {"role", "involvement", "responsibility", "carrying", "conducting", "behind", "launching"}
)
#: The mark of a doer that denies the act ("X denied any role"): only the same doer's
#: claim is contradicted by it.
NOT_DOER = "not:"
#: Speech verbs: what a statement reports saying is not its act.
_SPEECH = frozenset(
    {"said", "says", "say", "told", "stated", "announced", "reported", "claimed", "added",
     "warned", "argued", "insisted", "confirmed"}
)  # fmt: skip


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Words between a subject and its verb: auxiliaries, negations, "also", "yet".
_BEFORE_VERB = _BE | frozenset(
    {"has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might",
     "does", "did", "do", "not", "never", "also", "yet", "still", "then", "reportedly"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
#: Irregular past tenses of the contrast verbs ("prices rose", "the rebels won").
_PAST = frozenset({"rose", "fell", "grew", "shrank", "won", "lost", "sent", "froze", "began",
                   "withdrew", "forbade"})  # fmt: skip
#: Prepositions that open a noun's complement ("exports to the region", "talks with the
#: rebels"): the noun before them heads the subject.
_OF_PLACE = frozenset({"to", "from", "of", "in", "on", "at", "for", "with", "by", "into"})
_STOP_NOUNS = frozenset(
    {"the", "a", "an", "and", "or", "but", "that", "which", "who", "it", "they", "he", "she",
     "we", "i", "you", "this", "these", "those", "there", "to", "of", "in", "on", "at", "by",
     "for", "with", "from", "as", "had", "have", "has"}
)  # fmt: skip


def doers(text: str, toks: Sequence[Tok], mentions: Sequence[Mention]) -> dict[str, str]:
    """Who the statement says carried out or claimed the act: identity -> name (``text``
    is the article's text, which the tokens and mentions index)."""
    named = [m for m in mentions if m.type in _DOER_TYPES]
    doing, denying = [], []
    for m in named:
        after = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
        before = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= m.start), -1)
        upto = min((n.start for n in mentions if n.start >= m.end), default=toks[-1].end + 1)
        # (_does reads at most _DOER_REACH words and the one after them)
        ahead = [t for t in toks[after : after + _DOER_REACH + 1] if t.end <= upto]
        if _does(ahead, 0) or _done_by(toks, before):
            doing.append(m)
        elif _denies_doing(ahead):
            denying.append(m)
    # a doer's affiliation, named in its phrase, names it too: "the al-Qaeda-linked group
    # X claimed", "claimed by Yemen's Houthi rebels"
    doing += [n for n in named if n not in doing and any(_one_phrase(text, n, m) for m in doing)]
    return {_doer_key(m): m.text for m in doing} | {
        NOT_DOER + _doer_key(m): m.text for m in denying
    }


def _doer_key(m: Mention) -> str:
    """Who a doer is: a state, named as a country or by its government or army ("Israeli
    jets" / "the Israeli military"), is one doer; any other actor is itself."""
    if m.country and (m.type in {"GPE", "NORP"} or m.sector in _STATE_SECTORS):
        return "state:" + m.country
    return actor_key(m.actor_id, m.canonical, m.text)


def _one_phrase(text: str, a: Mention, b: Mention) -> bool:
    between = text[min(a.end, b.end) : max(a.start, b.start)]
    return len(between) <= _PHRASE_GAP and not any(c in between for c in ",;:.")


def _does(toks: Sequence[Tok], k: int) -> bool:
    """A doing verb within a few words after the doer, in its clause, not denied."""
    for j in range(k, min(len(toks), k + _DOER_REACH)):
        if j > k and toks[j].breaks:
            return False
        if toks[j].low in _DENIAL:
            return False
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if _doing(toks, j) and nxt != "by" and (toks[j].low != "claimed" or nxt in _CLAIMED):
            return True
    return False


def _denies_doing(toks: Sequence[Tok]) -> bool:
    """A denial of the act right after the actor ("X denied any role in", "X has denied
    carrying out", "X denied responsibility for"), in its clause."""
    for j in range(min(len(toks), _DOER_REACH)):
        if j and toks[j].breaks:
            return False
        if toks[j].low in _DENYING:
            after = {t.low for t in toks[j + 1 : j + 4]}
            return bool(after & _DENIED_ACTS)
        if toks[j].low not in _BEFORE_VERB:
            return False
    return False


def _done_by(toks: Sequence[Tok], k: int) -> bool:
    """ "claimed by X", "carried out by X": the doer right after "by" ("an attack by X" is
    not one: an attack by one actor and one by another are often two attacks)."""
    while k > 0 and toks[k].low in {"the", "a", "an"}:
        k -= 1
    if k < 1 or toks[k].low != "by":
        return False
    return any(_doing(toks, j) for j in range(max(0, k - 2), k))


def _doing(toks: Sequence[Tok], j: int) -> bool:
    low = toks[j].low
    if low not in _DOING:
        return False
    need = _DOING[low]
    return not need or (j + 1 < len(toks) and toks[j + 1].low == need)


def noun_subject(toks: Sequence[Tok], i: int) -> str | None:
    """The stem of the common noun right before verb ``i`` ("the rebels rejected", "the
    government has not accepted"), or None (a passive verb's noun is its object)."""
    k = i - 1
    passive = False
    while k >= 0 and (toks[k].low in _BEFORE_VERB or toks[k].low.endswith("ly")):
        passive = passive or toks[k].low in _BE
        k -= 1
    if k == i - 1 and not (toks[i].low.endswith("ed") or toks[i].low in _PAST):
        return None  # a noun ("awaits ratification") or a verb of no known tense
    if k < 0 or passive or toks[k + 1].breaks or toks[k].low in _STOP_NOUNS:
        return None
    word = toks[k]
    if not word.low.isalpha() or word.low in _SPEECH or word.low.endswith("ed"):
        return None
    # a noun phrase: a determiner, then at most one word, then the noun ("the rebels",
    # "the Israeli cabinet"), not "without adopting" or "awaits ratification"
    det = next((j for j in range(k - 1, max(-1, k - 3), -1) if toks[j].low in _DETERMINERS), None)
    if det is None or len(word.low) <= 2:
        return None
    # "exports to the region rose": the noun before the preposition is what rose
    head = toks[det - 2] if det > 1 else None
    prep = toks[det - 1] if det > 0 else None
    if head and prep and prep.low in _OF_PLACE and not prep.breaks and head.low.isalpha():
        return head.stem if head.low not in _STOP_NOUNS else word.stem
    return word.stem


def acts(toks: Sequence[Tok], verb_like: Sequence[bool]) -> frozenset[str]:
    """The stems of the statement's verbs (synonyms folded), speech verbs left out."""
    return frozenset(
        SYNONYMS.get(t.stem, t.stem)
        for t, verb in zip(toks, verb_like, strict=True)
        if verb and t.low not in _SPEECH
    )


def denies(toks: Sequence[Tok]) -> bool:
    """Whether the statement reports a denial ("X denied any role"): it never says the
    same as one that reports no denial."""
    return any(t.low in _DENYING for t in toks)


def another(toks: Sequence[Tok]) -> bool:
    """Whether the statement tells of one event of several ("another attack")."""
    return any(t.low in _ANOTHER for t in toks)


def same_event(u: Unit, v: Unit) -> bool:
    """Whether ``u`` and ``v`` can be about one event: not in different countries, not
    on different weekdays, months or years when both name one of a kind, and not carried
    out in other ways ("gunmen" / "a car bomb")."""
    return same_setting(u, v) and same_time(u, v)


def same_setting(u: Unit, v: Unit) -> bool:
    """Not made otherwise and not in different countries."""
    if u.modes and v.modes and not u.modes & v.modes:
        return False
    for mine, theirs in ((u.places, v.places), (u.event_places, v.event_places)):
        if mine and theirs and not mine & theirs:
            return False
    return True


def same_time(u: Unit, v: Unit, years: bool = True) -> bool:
    """Whether ``u`` and ``v`` can be about one time: no two weekdays, months or (with
    ``years``) years."""
    for kind in (WEEKDAYS, MONTHS):
        mine, theirs = u.when & kind, v.when & kind
        if mine and theirs and not mine & theirs:
            return False
    if not years:
        return True
    years_u, years_v = u.when - WEEKDAYS - MONTHS, v.when - WEEKDAYS - MONTHS
    return not (years_u and years_v and not years_u & years_v)


def redated(u: Unit, v: Unit, score: float) -> tuple[str, str] | None:
    """One event dated otherwise (see the module docstring): each side's date."""
    bar = ALIGN_DATE_TOLL if _one_toll(u, v) else ALIGN_DATE
    if score < bar or u.another or v.another or not same_setting(u, v):
        return None
    one_act = u.acts & set(v.terms) or v.acts & set(u.terms)  # "attacked" / "the attack"
    if not one_act or _figures_apart(u, v):
        return None
    if not same_time(u, v, years=False) and same_time_in_years(u, v):
        for kind in (WEEKDAYS, MONTHS):
            mine, theirs = u.when & kind, v.when & kind
            if len(mine) == 1 and len(theirs) == 1 and mine != theirs:
                return _date(u, mine), _date(v, theirs)
    return None


def other_doers(mine: dict[str, str], theirs: dict[str, str]) -> tuple[str, str] | None:
    """Who each side says did it, when they attribute one act otherwise: other doers
    ("X claimed responsibility" / "carried out by Y"), or a doer that the other side says
    denied it ("X claimed" / "X denied any role"); a claim by one and a denial by another
    agree."""
    done = [k for k in mine if not k.startswith(NOT_DOER)]
    other = [k for k in theirs if not k.startswith(NOT_DOER)]
    if done and other:
        if set(done) & set(other):
            return None
        return ", ".join(mine[k] for k in done), ", ".join(theirs[k] for k in other)
    for x, y, flip in ((mine, theirs, False), (theirs, mine, True)):
        denied = [k for k in x if not k.startswith(NOT_DOER) and NOT_DOER + k in y]
        if denied:
            said, not_said = x[denied[0]], "denied by " + y[NOT_DOER + denied[0]]
            return (not_said, said) if flip else (said, not_said)
    return None


def _one_toll(u: Unit, v: Unit) -> bool:
    """Whether both tell one toll of ten or more alike ("killing at least 265" / "more
    than 240 were killed", "at least 265" / "at least 240": two counts so far, each a
    least value): a sign of one event, whatever day each names."""
    return any(
        f.key in OUTCOMES and f.low >= 10 and f.counts_as(g) and (f.agrees(g) or f.floors(g))
        for f in u.figures
        for g in v.figures
    )


def _figures_apart(u: Unit, v: Unit) -> bool:
    """Whether ``u`` and ``v`` give other figures of anything, two least values of a toll
    ("at least 265 killed" / "at least 240 killed": the toll so far, counted at two
    moments) aside."""
    found = disagree(u.figures, v.figures, any_scope=True)
    return found is not None and not found[0].floors(found[1])


def same_time_in_years(u: Unit, v: Unit) -> bool:
    years_u, years_v = u.when - WEEKDAYS - MONTHS, v.when - WEEKDAYS - MONTHS
    return not (years_u and years_v and years_u != years_v)


def other_day(u: Unit, v: Unit) -> bool:
    """Another day of the same month ("on June 12" / "on June 14"), of closely aligned
    statements: the date stated otherwise (other months are other events)."""
    if not u.days or not v.days or u.days & v.days:
        return False
    return {d.split()[0] for d in u.days} == {d.split()[0] for d in v.days}


def other_calendar_day(u: Unit, v: Unit) -> tuple[str, str] | None:
    """One act dated on other calendar days when one side names a weekday (or
    "yesterday") and the other a date ("on Sunday" in a report of Monday 1 September /
    "on August 30"): each side's days, resolved from its report's day of publication
    (see :mod:`.paraphrase`), as ``YYYY-MM-DD``. A night told as a span of two days
    ("late Friday into Saturday" / "late June 14 into June 15") is one side's days too:
    spans that neither hold the other are other nights (sharing one day is no
    agreement), one that holds the other agrees. Two weekdays alone or two dates alone
    are compared by :func:`redated` and :func:`other_day`."""
    mine, theirs = resolved_days(u), resolved_days(v)
    if any(len(d) == 5 for d in mine | theirs):  # a side of unknown year: month-days
        mine, theirs = {d[-5:] for d in mine}, {d[-5:] for d in theirs}
    if not _one_span(mine) or not _one_span(theirs) or mine <= theirs or theirs <= mine:
        return None
    told_relatively = [bool(x.when & WEEKDAYS) or not x.days for x in (u, v)]
    if not any(told_relatively) or not (u.days or v.days):  # a weekday and a date
        return None
    if not (u.acts & set(v.terms) or v.acts & set(u.terms)):
        return None
    return ", ".join(sorted(mine)), ", ".join(sorted(theirs))


def resolved_days(u: Unit) -> set[str]:
    """The days ``u`` names, resolved from its report's day of publication as
    ``YYYY-MM-DD``; in a report of no known day, its dates as ``MM-DD`` ("June 14":
    "06-14"), weekdays unresolved."""
    found = {t[5:] for t in u.said_as if t.startswith("@day:")}
    if found or not u.days:
        return found
    return {f"{_MONTH_ORDER.index(m) + 1:02d}-{int(d):02d}" for m, d in (x.split() for x in u.days)}


def _one_span(days: set[str]) -> bool:
    """Whether ``days`` (``YYYY-MM-DD`` or ``MM-DD``) are one day or two days in a row."""
    if len(days) == 1:
        return True
    if len(days) != 2:
        return False
    first, last = sorted(date.fromisoformat(d if len(d) > 5 else "2000-" + d) for d in days)
    return (last - first).days == 1


def _date(u: Unit, named: frozenset[str]) -> str:
    days = sorted(d for d in u.days if d.split()[0] in named)
    return ", ".join(days) if days else next(iter(named))
