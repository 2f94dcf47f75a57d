"""Statement units: the sentences of an article that state something checkable.

A unit is a sentence with a verb and a subject (a linked actor, a name, or a pronoun
or noun phrase), ending as a statement does (questions and headings are skipped).
Quotes are kept, their speaker noted: two people saying opposite things disagree.

For each unit we note what the contrast checks need: content terms (synonyms folded),
actors, places and dates named, figures with what they count (see :mod:`.numbers`), the
contrast predicates with their objects, polarity and subject, the negated terms, its
verbs and who it says did the act (see :mod:`.events`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from sitroom.article import Article, Contradiction, Mention, Quote
from sitroom.claims.events import acts, another, denies, doers
from sitroom.claims.identity import WEEKDAY_NAMES, WHEN, days, own_side, teller, when
from sitroom.claims.lexicon import (
    ATTACK_MODE_PAIRS,
    ATTACK_MODES,
    PREDICATES,
    SPEECH,
    STATED_NOUNS,
    SYNONYMS,
    VERB_CUES,
)
from sitroom.claims.numbers import Figure, figures
from sitroom.claims.paraphrase import compounds, paraphrase_terms
from sitroom.claims.polarity import Frame, Subject, polarity, verb_like
from sitroom.claims.scope import first_counts
from sitroom.claims.spans import STATE, day_of_month, one_time_unit
from sitroom.stories.features import actor_key
from sitroom.util.text import STOP_WORDS, WORD, is_content, split_sentences, stem

_SUBJECT_STARTS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "this", "these", "those", "that", "the",
     "a", "an", "some", "many", "most", "several", "both", "all", "each", "its", "their",
     "there",
     "his", "her", "our", "officials"}
)  # fmt: skip
_CONDITIONS = frozenset({"if", "unless"})
_PLACE_WORDS = frozenset(
    {"in", "near", "at", "across", "into", "outside", "inside", "throughout", "off", "over"}
)
_MONTH_SHORT = {m[:3]: m for m in WHEN - WEEKDAY_NAMES} | {"sept": "september"}
_STATEMENT_END = (".", "!", "…")
#: Tokens from which a sentence is long enough to be a statement without a verb cue.
_LONG = 12
#: Actors named together from which a list is a set an outlet can state otherwise.
_LIST_MIN = 3
_LIST_GLUE = frozenset({"", "and", "or"})
#: Clauses: the least tokens on each side, the words that start one after a comma, and
#: how far into a clause its verb must come.
_CLAUSE_MIN = 4
_CLAUSE_CONJUNCTIONS = frozenset({"while", "whereas", "but"})
#: Words after a comma that open another statement of the speaker ("..., adding that").
_ADDING = frozenset({"adding", "noting", "saying"})
_CLAUSE_VERB_REACH = 8
#: How far "that" may follow a verb of saying ("said during a news conference that"), and
#: the most words of an attribution closing a sentence (", the ministry said on Friday").
_SAID_REACH, _SAID_TAIL = 7, 8
#: Words that open a concessive clause before what a sentence states.
_CONCESSIVE = frozenset({"although", "though", "despite", "while", "whilst"})
_SMALL = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: A full stop between a lower-case word and a capitalised one, no space: "faculty.Two".
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_CLOSERS = "\"'”’)] \n"
_CURRENCIES = frozenset("$£€¥₹")
_NON_BREAKING = frozenset({"'", "’", '"', "“", "”", "%", "(", ")", "[", "]", *_CURRENCIES})


@dataclass(slots=True)
class Token:
    low: str
    stem: str
    start: int
    end: int
    cap: bool
    breaks: bool  # punctuation between the previous token and this one
    gap: str = ""  # that punctuation
    currency: str = ""  # a currency sign before a figure: "$", "£", "€" ...


@dataclass(slots=True)
class Unit:
    article: int  # index of the article in its story group
    start: int
    end: int
    text: str
    terms: list[str]
    actors: frozenset[str]
    figures: list[Figure]  # normalised figures with what they count
    places: frozenset[str]  # places named after "in", "near", ..., to tell events apart
    event_places: frozenset[str]  # where its coded events happen (event locations)
    when: frozenset[str]  # months and weekdays named, to tell two events apart
    frames: list[Frame]
    negated: dict[str, Subject | None]  # negated term -> its subject
    affirmed: dict[str, Subject | None]  # term stated without a negation -> its subject
    lists: tuple[dict[str, str], ...] = ()  # actors named as one list: "A, B and C"
    #: the terms of what it reports, without its attribution (see :func:`_reported`)
    reported: list[str] = field(default_factory=list)
    #: normal forms of its days, clock hours and distances (see :mod:`.paraphrase`)
    said_as: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()  # days of a month named: "june 12"
    modes: frozenset[str] = frozenset()  # how an attack was made: "firearms", "explosives"
    doers: dict[str, str] = field(default_factory=dict)  # who it says did it: id -> name
    acts: frozenset[str] = frozenset()  # the stems of its verbs but speech verbs
    another: bool = False  # one event of several: "another attack"
    denies: bool = False  # it reports a denial: "X denied any role"
    speaker: str | None = None  # identity of who says it (actor id or folded name)
    speaker_name: str | None = None  # the same, as a reader should see it
    teller: str | None = None  # who told it: its speaker, "X reported", "according to X"
    quoted: str = ""  # the kind of its quote: "direct", "indirect", "mixed"
    support: dict[int, float] = field(default_factory=dict)  # article -> best alignment
    conflict_score: dict[int, float] = field(default_factory=dict)  # article -> alignment
    conflict: dict[int, Contradiction] = field(default_factory=dict)  # article -> evidence
    also: list[Contradiction] = field(default_factory=list)  # more, of reports in conflict
    updated_by: set[int] = field(default_factory=set)  # reports with a later count of it


def units(article: Article, index: int) -> list[Unit]:
    """The statement units of ``article`` in text order."""
    text = article.text or ""
    mentions = sorted(article.mentions, key=lambda m: m.start)
    out = []
    sentences = split_sentences(text)
    for k, sentence in enumerate(sentences):
        toks = _tokens(text, sentence.start, sentence.end)
        if not sentence.text.rstrip(_CLOSERS).endswith(_STATEMENT_END) and not (
            (k == len(sentences) - 1 and _cut_short(toks)) or _stop_lost(toks)
        ):
            continue
        inside = [m for m in mentions if m.start >= sentence.start and m.end <= sentence.end]
        if len(toks) < 5 or not _has_verb(toks) or not _has_subject(toks, inside):
            continue
        places = frozenset(
            e.location.country or e.location.text.casefold()
            for e in article.events
            if e.location is not None and sentence.start <= e.sentence_start < sentence.end
        )
        for part in _clauses(toks):
            start = sentence.start if part[0] == 0 else toks[part[0]].start
            end = sentence.end if part[-1] == len(toks) - 1 else toks[part[-1]].end
            here = [m for m in inside if m.start >= start and m.end <= end]
            ptoks = [toks[i] for i in part]
            unit = _unit(index, start, end, text[start:end], ptoks, here)
            unit.said_as = frozenset(paraphrase_terms(ptoks, article.published))
            unit.places = _places(text, start, here)
            unit.lists = _lists(text, here)
            unit.event_places = places
            unit.doers = doers(text, ptoks, here)
            quote = _quote(article, start, end)
            if quote is not None and (said_by := quote.speaker) is not None:
                unit.speaker = said_by.actor_id or (said_by.canonical or said_by.text).casefold()
                unit.speaker_name, unit.quoted = said_by.canonical or said_by.text, quote.kind
            unit.teller = unit.speaker or teller(text, ptoks, here)
            unit.figures = own_side(unit.figures, ptoks, here, unit.teller)
            out.append(unit)
    for unit, figs in zip(out, first_counts([u.figures for u in out]), strict=True):
        unit.figures = figs
    return out


def _tokens(text: str, start: int, end: int) -> list[Token]:
    out, last = [], start
    for lo, hi in _spans(text, start, end):
        low, stemmed, cap = _word(text[lo:hi])
        gap = text[last:lo].strip()
        if low[0].isdigit() and text.startswith("%", hi):
            low += "%"
        breaks = bool(gap) and gap not in _NON_BREAKING
        currency = gap[-1] if gap and gap[-1] in _CURRENCIES else ""
        out.append(Token(low, stemmed, lo, hi, cap, breaks, gap, currency))
        last = hi
    for t, nxt in pairwise(out):  # "Nov 26", "Sept. 3": the month, as a date names it
        if t.cap and t.low in _MONTH_SHORT and day_of_month(nxt.low):
            t.low = t.stem = _MONTH_SHORT[t.low]
    for before, t, nxt in zip(out, out[1:], out[2:], strict=False):  # "less than a minute"
        if one_time_unit(before.low, t.low, nxt.low):
            t.low = "1"
    return out


def _spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The words' spans; two sentences run together with no space ("were
    wounded.Of the 17", a page's lost line break) are two words with a full stop between,
    not one word as "U.S." or "2.5" is."""
    for m in WORD.finditer(text, start, end):
        lo, hi = m.span()
        run = _RUN_TOGETHER.search(m.group()) if "." in m.group() else None
        if run is None:
            yield lo, hi
        else:
            yield lo, lo + run.start()
            yield lo + run.end(), hi


@lru_cache(maxsize=1 << 16)
def _word(raw: str) -> tuple[str, str, bool]:
    """A word's lower-case form, stem and capital: one look-up for a word seen before."""
    return raw.lower().replace("’", "'"), stem(raw), raw[0].isupper()


def _clauses(toks: list[Token]) -> list[list[int]]:
    """The token indexes of each clause of a sentence that states two things: split at a
    semicolon, before ", while", ", whereas", ", but", ", adding that" (the speaker's next
    statement), and before a figure that starts a
    clause of its own ("opposed the motion, 11 abstained", "... while 11 abstained");
    both sides need a verb and four words, or the sentence stays whole."""
    cuts = [0]
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        if k - cuts[-1] < _CLAUSE_MIN or (tok.gap == "," and tok.start == toks[k - 1].end + 1):
            continue  # too early, or a figure's thousands ("2,000")
        gap = tok.gap
        adding = "," in gap and tok.low in _ADDING and toks[k + 1].low == "that"
        starts = (
            ";" in gap
            or ("," in gap and tok.low in _CLAUSE_CONJUNCTIONS)
            or adding
            or (tok.low in _CLAUSE_CONJUNCTIONS and _figure_clause(toks, k + 1))
            or ("," in gap and _figure_clause(toks, k))
        )
        if starts and len(toks) - k >= _CLAUSE_MIN - 1:
            before, after = toks[cuts[-1] : k], toks[k:]
            if _has_verb(before) and _has_verb(after if adding else after[:_CLAUSE_VERB_REACH]):
                cuts.append(k)
    bounds = [*cuts, len(toks)]
    return [list(range(a, b)) for a, b in pairwise(bounds)]


def _figure_clause(toks: list[Token], k: int) -> bool:
    """A figure, then a verb straight after it: ", 11 abstained", ", two did not vote"."""
    if k >= len(toks):
        return False
    if not figures(toks[k : k + 3]) and not (toks[k].low[:1].isdigit() or toks[k].low in _SMALL):
        return False
    nxt = toks[k + 1 : k + 3]
    return any(t.low in VERB_CUES or (t.low.endswith("ed") and not t.cap) for t in nxt)


def _cut_short(toks: list[Token]) -> bool:
    """Whether the last sentence of a text stops mid-way, as a page opening or a feed's
    excerpt does ("... were killed in the attacks that day and"): a statement, cut short,
    not a heading (a heading is shorter, or in title case)."""
    capitals = sum(t.cap for t in toks)
    return len(toks) >= _LONG and capitals * 2 < len(toks) and not toks[-1].low[:1].isdigit()


def _stop_lost(toks: list[Token]) -> bool:
    """Whether a line with no final stop is a sentence that lost it ("He also ruled out a
    cyberattack as the cause"): it opens with a personal pronoun, which a heading or a
    caption never does, and is not in title case."""
    capitals = sum(t.cap for t in toks[1:])
    return len(toks) >= 6 and toks[0].low in _PRONOUNS and capitals * 3 < len(toks)


_PRONOUNS = frozenset({"he", "she", "they", "we"})


def _has_verb(toks: list[Token]) -> bool:
    """A verb cue, a present tense after a name ("The Board represents ..."), or a long
    sentence: headings and captions are short, and a statement in the present tense has
    no cue a word list can give."""
    if len(toks) >= _LONG:
        return True
    for before, t in pairwise(toks):
        if before.cap and before.low not in STOP_WORDS and _present_tense(t):
            return True  # "The Board represents ...", "Oslo says ..."
    for t in toks:
        if t.low in VERB_CUES or t.stem in PREDICATES or t.low.endswith("n't"):
            return True
        if len(t.low) > 4 and t.low.endswith("ed") and not t.cap:
            return True
    return False


def _present_tense(t: Token) -> bool:
    low = t.low
    return not t.cap and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us"))


def _has_subject(toks: list[Token], mentions: list[Mention]) -> bool:
    """A linked actor, a name ("Germany will ..."), a pronoun or determiner up front, or a
    figure ("At least 26 people were killed"); a long sentence has one somewhere ("At the end
    of the summit the leaders adopted ...")."""
    if mentions or toks[0].low in _SUBJECT_STARTS:
        return True
    if toks[0].low in _CONDITIONS:
        return False  # "If it wanted ..., it could have ...": a condition, no fact stated
    for k in range(1, len(toks) - 2):  # after an opening phrase: "At the end of X, the leaders
        if toks[k].low in _SUBJECT_STARTS and any(verb_like(t) for t in toks[k + 1 : k + 4]):
            return True  # adopted ..."
    return any(t.cap and t.low not in STOP_WORDS for t in toks) or bool(figures(toks[:6]))


def _modes(toks: list[Token]) -> frozenset[str]:
    """How the attacks a sentence tells of were made (see ``ATTACK_MODES``)."""
    found = {ATTACK_MODES[t.stem] for t in toks if t.stem in ATTACK_MODES}
    found |= {
        ATTACK_MODE_PAIRS[a.low, b.low]
        for a, b in pairwise(toks)
        if (a.low, b.low) in ATTACK_MODE_PAIRS
    }
    return frozenset(found)


def _lists(text: str, mentions: list[Mention]) -> tuple[dict[str, str], ...]:
    """The actors named as one list ("Russia, China and Iran"), three or more of them, as
    identity -> the name the text gives."""
    found: list[dict[str, str]] = []
    run: list[Mention] = []
    for m in [*mentions, None]:
        if m is None or (run and text[run[-1].end : m.start].strip(" ,") not in _LIST_GLUE):
            named = {actor_key(x.actor_id, x.canonical, x.text): x.text for x in run}
            if len(named) >= _LIST_MIN:
                found.append(named)
            run = []
        if m is not None:
            run.append(m)
    return tuple(found)


def _places(text: str, start: int, mentions: list[Mention]) -> frozenset[str]:
    """The countries of the places named after "in", "near", "at" ... ("Floods killed 40
    people in Bangladesh"); a city and its country are one place."""
    found = set()
    for m in mentions:
        if m.type in {"GPE", "LOC"} and m.country:
            before = text[max(start, m.start - 12) : m.start].split()
            if before and before[-1].lower() in _PLACE_WORDS:
                found.add(m.country)
    return frozenset(found)


def _whole_states(figs: list[Figure], mentions: list[Mention]) -> list[Figure]:
    """A count given for a state by its own name ("2 million marched in France", not "in
    Paris") is one for the whole country: its place is marked (see ``scope.same_place``)."""
    states = {
        m.text.casefold()
        for m in mentions
        if m.type == "GPE" and m.actor_id and m.actor_id == m.country
        and m.text.casefold() == (m.canonical or "").casefold()
    }  # fmt: skip
    return [
        replace(f, where=frozenset(STATE + w if w in states else w for w in f.where))
        if f.where & states
        else f
        for f in figs
    ]


def _content(low: str) -> bool:
    """Whether a word is a content term of a statement (see :data:`.lexicon.STATED_NOUNS`)."""
    return is_content(low) or low in STATED_NOUNS


def _unit(
    index: int, start: int, end: int, text: str, toks: list[Token], mentions: list[Mention]
) -> Unit:
    actors = frozenset(actor_key(m.actor_id, m.canonical, m.text) for m in mentions)
    frames, negated, affirmed = polarity(text, start, toks, mentions)
    return Unit(
        article=index,
        start=start,
        end=end,
        text=text,
        terms=[SYNONYMS.get(t.stem, t.stem) for t in toks if _content(t.low)] + compounds(toks),
        reported=[SYNONYMS.get(t.stem, t.stem) for t in _reported(toks) if _content(t.low)]
        + compounds(toks),
        actors=actors,
        figures=_whole_states(figures(toks), mentions),
        places=frozenset(),
        event_places=frozenset(),
        when=when(toks, verb_like),
        days=days(toks),
        modes=_modes(toks),
        acts=acts(toks, [verb_like(t) for t in toks]),
        another=another(toks),
        denies=denies(toks),
        frames=frames,
        negated=negated,
        affirmed=affirmed,
    )


def _reported(toks: list[Token]) -> list[Token]:
    """The words of what a sentence reports, without its attribution ("X, an official of
    Y, said during a briefing that P" / "P, the ministry said on Friday"): outlets wrap one
    statement in other words of who said it, and the statement is what aligns; nor a
    concessive clause before it ("Although no cause is known yet, P"). The whole sentence
    when the rest would be too short to align on."""
    lo, hi = 0, len(toks)
    lead = int(bool(toks) and toks[0].low in {"and", "but", "yet"})
    if len(toks) > lead and toks[lead].low in _CONCESSIVE:  # "Although no cause is known, P"
        lo = next((k for k in range(lead + 1, hi) if toks[k].gap == ","), 0)
    for k, t in enumerate(toks[lo:], lo):
        if t.low in SPEECH:
            that = next(
                (j for j in range(k + 1, min(hi, k + _SAID_REACH)) if toks[j].low == "that"), 0
            )
            if that and not any(x.breaks for x in toks[k + 1 : that + 1]):
                lo = that + 1
            break
    tail = max(
        (k for k in range(lo, hi) if toks[k].breaks and toks[k].gap.strip() == ","), default=0
    )
    if tail and hi - tail <= _SAID_TAIL and any(t.low in SPEECH for t in toks[tail:]):
        hi = tail  # "..., the ministry said on Friday."
    kept = toks[lo:hi]
    return kept if sum(is_content(t.low) for t in kept) >= _CLAUSE_MIN else toks


def _quote(article: Article, start: int, end: int) -> Quote | None:
    """The quote with a speaker that covers most of the sentence, if any."""
    for q in article.quotes:
        overlap = min(end, q.end) - max(start, q.start)
        if q.speaker is not None and overlap * 2 >= (end - start):
            return q
    return None
