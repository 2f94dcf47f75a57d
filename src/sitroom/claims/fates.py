"""The fate of one person named by a role, read as :mod:`.slots` reads its slots.

Early reports of an attack or a crash often disagree on what happened to the one person
everybody names by a role: "the driver", "the pilot", "the captain", "the gunman". One
report counts him among the dead ("the driver, a police officer and a soldier lost their
lives", "19 deaths, including the pilot", "the deceased pilot"), another among the
living hurt ("opening fire and injuring the driver", "leaving the driver with severe
injuries", "the pilot is being treated in intensive care"). The two are one fact stated
otherwise: a person is either dead or alive.

A sentence tells a role's fate when a word of death or of hurt-but-alive stands within a
few words of the (singular) role noun with no speech verb between them ("the driver said
three passengers died" tells the passengers' fate, not his), and no word of the other
fate is near it too. The role is one known person ("the driver", "its pilot"; not "a
second gunman"), not the doer of a passive ("killed by the gunman"). A verb done to
someone tells the fate of the role after it, or of the role before it only in the
passive ("the gunman was killed", not "the gunman killed two"); before the role, only a
verb done to it or a word of its state ("injuring the driver", "the deceased pilot"). A
role named in an "including ..." after a count takes that count's fate ("19 deaths,
including the pilot, and 164 injuries": dead). A sentence that tells both fates of one
role states neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitroom.claims.units import Unit

Pair = tuple[Unit, Unit, str, str, str]

#: Roles one person holds in the story of one event (singular only: "drivers" are many).
_ROLES = (
    r"driver|pilot|co-?pilot|captain|conductor|skipper|gunman|shooter|attacker|assailant"
    r"|bomber|hijacker|commander|bodyguard|chauffeur"
)
_ROLE = re.compile(rf"\b({_ROLES})\b(?!-)", re.IGNORECASE)
_DEAD = re.compile(
    r"\b(?:killed|killing|died|dies|dead|deaths?|deceased|martyred|succumbed|fatalit(?:y|ies)"
    r"|lost (?:his|her|their) li(?:fe|ves)|among the dead|shot dead|perished)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:injur(?:ed|ing|y|ies)|wound(?:ed|ing|s)?|hurt|survived|hospitali[sz]ed"
    r"|being treated|receiving treatment|undergoing treatment"
    r"|in (?:a )?(?:critical|stable|serious) condition)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|recounted|described|explained|added|according)\b", re.IGNORECASE
)
#: Verbs whose doer stands before them: after the role they tell its fate only in the
#: passive ("the gunman was killed"), never in the active ("the gunman killed two").
_DONE_TO = re.compile(
    r"^(?:killed|killing|injured|injuring|wounded|wounding|hurt|shot dead)$", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|got|later)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Before the role, only a verb done to it or a word of its state tells its fate:
#: "injuring the driver", "the blast killed the pilot", "the deceased pilot".
_BEFORE = re.compile(
    r"^(?:killed|killing|injured|injuring|wounded|wounding|hurt|deceased|dead|slain)$",
    re.IGNORECASE,
)
_BEFORE_REACH = 3
#: One person the report has named before: "the driver", "its pilot", "the bus driver".
_DEFINITE = re.compile(r"\b(?:the|its|his|her|their)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
#: The doer of a passive: "killed by the gunman" tells others' fate.
_AGENT = re.compile(r"\bby\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|among them|among whom)\s+(?:the\s+)?$", re.IGNORECASE)
#: How many words may stand between the role and the word of its fate.
_REACH = 10
_INCLUDED_REACH = 6


def _words(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


def _nearest(text: str, at: int, end: int) -> tuple[int, bool, str] | None:
    """(distance in words, dead, the words) of the nearest fate word to the role at
    ``at``..``end``, within reach and not across a speech verb; None when none is, or
    when words of both fates are."""
    best: tuple[int, bool, str] | None = None
    for dead, pattern in ((True, _DEAD), (False, _HURT)):
        for m in pattern.finditer(text):
            between = text[end : m.start()] if m.start() >= end else text[m.end() : at]
            if m.start() < end and m.end() > at:
                continue
            if m.start() >= end and _DONE_TO.match(m.group(0)) and not _PASSIVE.search(between):
                continue  # "the gunman killed two": his deed, not his fate
            gap = _words(between)
            if m.start() < end and (gap > _BEFORE_REACH or not _BEFORE.match(m.group(0))):
                continue  # "19 deaths, and the pilot ...": not said of him
            if gap > _REACH or _SPEECH.search(between):
                continue
            if best is not None and dead != best[1]:
                return None  # both fates near it ("injured, and later died"): neither
            if best is None or gap < best[0]:
                best = (gap, dead, m.group(0))
    return best


def fate(text: str) -> tuple[str, bool, str] | None:
    """(the role, whether dead, the words) of the one role ``text`` tells the fate of, or
    None (no role, no fate near it, or both fates told of it)."""
    found: dict[str, tuple[bool, str]] = {}
    for role in _ROLE.finditer(text):
        key = role.group(1).casefold().replace("-", "")
        lead = text[max(0, role.start() - 40) : role.start()]
        if not _DEFINITE.search(lead) or _AGENT.search(lead):
            continue  # "a second gunman", "killed by the gunman"
        told: tuple[bool, str] | None = None
        if _INCLUDING.search(lead):
            # "19 deaths, including the pilot": the count before it tells his fate
            before = text[: role.start()]
            marks = [(m.end(), d, m.group(0)) for d, p in ((True, _DEAD), (False, _HURT))
                     for m in p.finditer(before)]  # fmt: skip
            if marks:
                last = max(marks)
                if _words(before[last[0] :]) <= _INCLUDED_REACH:
                    told = (last[1], last[2])
        if told is None:
            near = _nearest(text, role.start(), role.end())
            told = (near[1], near[2]) if near else None
        if told is None:
            continue
        if key in found and found[key][0] != told[0]:
            return None  # both fates told of one role
        found[key] = told
    if len(found) != 1:
        return None
    key, (dead, said) = next(iter(found.items()))
    return key, dead, said


def _told(per_article: list[list[Unit]]) -> list[tuple[Unit, tuple[str, bool, str]]]:
    return [(u, f) for us in per_article for u in us if (f := fate(u.text))]


def fates(per_article: list[list[Unit]]) -> Iterator[Pair]:
    """(u, v, "fate", what u says, what v says) for two reports' units that tell one
    role's fate otherwise: dead in one, hurt and alive in the other."""
    told = _told(per_article)
    for i, (u, (role, dead, said)) in enumerate(told):
        for v, (other, theirs, words) in told[i + 1 :]:
            if u.article != v.article and role == other and dead != theirs:
                yield u, v, "fate", f"{role} {said}", f"{other} {words}"


def fates_agreeing(per_article: list[list[Unit]]) -> Iterator[tuple[Unit, Unit]]:
    """Unit pairs of two reports that tell one role's fate alike."""
    told = _told(per_article)
    for i, (u, (role, dead, _)) in enumerate(told):
        for v, (other, theirs, _) in told[i + 1 :]:
            if u.article != v.article and role == other and dead == theirs:
                yield u, v
