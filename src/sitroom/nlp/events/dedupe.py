"""Candidates that say one event twice: a verb and its noun ("staged a protest"), or two
nouns of one type under one verb ("staged a hunger strike in protest against X")."""

from __future__ import annotations

from sitroom.nlp.events.roles import Candidate
from sitroom.nlp.events.syntax import governor_of


def dedupe(cands: list[Candidate]) -> None:
    """One event per type where a verb and its noun say the same ("staged a protest"),
    or two nouns under one verb ("staged a hunger strike in protest against X")."""
    for c in cands:
        if not c.noun or c.dropped:
            continue
        for other in cands:
            if other is c or other.dropped or not other.noun or other.event != c.event:
                continue
            if governor_of(other.tok).i == governor_of(c.tok).i and other.tok.i > c.tok.i:
                c.recipients = c.recipients or other.recipients
                c.mode = c.mode or other.mode
                other.dropped = True
    for c in cands:
        if not c.noun or c.dropped:
            continue
        for other in cands:
            if other is c or other.dropped or other.noun:
                continue
            if other.event == c.event and c.tok.head.i == other.tok.i:
                other.mode = other.mode or c.mode
                if not other.recipients:
                    other.recipients = c.recipients
                c.dropped = True
                break
