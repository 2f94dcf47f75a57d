"""Issues named by an act noun and its own phrase: "an agreement to prepare for future
pandemics" names the issue whose catalog phrase is "pandemic (agreement|accord)": the act
noun of the phrase, and each other word of it somewhere in the noun's own phrase (its
clauses and prepositions: "an agreement adopted by members to improve preparedness for
future pandemics"), at any distance and in any order. A report often names an instrument
once by what it does rather than by its name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from sitroom.nlp.positions.backrefs import ACT_NOUNS
from sitroom.nlp.positions.catalog import Cue, Issue, IssueMatch

# a phrase's parts: "(a|b)", "(a|b)?" (optional: left out), or a bare word
_PART = re.compile(r"\(([^()]*)\)(\?)?|([^\s()]+)")
# words that say nothing of what the instrument is about
_FUNCTION = frozenset({"the", "this", "that", "a", "an", "of", "to", "for", "on", "in", "with"})
# how many words a noun's phrase may hold: a longer one is a sentence's worth of other things
MAX_PHRASE = 30

Group = tuple[str, ...]
NounKey = tuple[Group, list[Group]]  # an act noun's words, and the other parts it needs


def _parts(phrase: str) -> list[Group] | None:
    """The word alternatives of each required part of ``phrase``, or None for a phrase of
    another form (``&``, several words in one alternative)."""
    if "&" in phrase:
        return None
    out: list[Group] = []
    for m in _PART.finditer(phrase.lower().replace("...", " ")):  # a gap: any distance here
        if m.group(2):
            continue  # optional
        words = tuple(w.strip() for w in (m.group(1) or m.group(3)).split("|"))
        if any(not w or " " in w or not re.fullmatch(r"[a-z*'-]+", w) for w in words):
            return None
        out.append(words)
    return out


def noun_keys(issue: Issue) -> list[NounKey]:
    """For each keyword naming an act noun and words of its own ("pandemic (agreement|pact)"):
    the act nouns, and the other parts, one of whose words each the noun's phrase must hold."""
    out = []
    for phrase in issue.keywords:
        parts = _parts(phrase)
        if not parts:
            continue
        heads = [p for p in parts if set(p) & ACT_NOUNS]
        rest = [p for p in parts if not set(p) & ACT_NOUNS and not set(p) <= _FUNCTION]
        if len(heads) == 1 and rest:
            out.append((tuple(w for w in heads[0] if w in ACT_NOUNS), rest))
    return out


def _has(words: Iterable[Token], part: Group) -> bool:
    for tok in words:
        for w in part:
            if w.endswith("*"):
                if tok.lower_.startswith(w[:-1]):
                    return True
            elif w in (tok.lower_, tok.lemma_.lower()):
                return True
    return False


def phrased(
    sent: Span, keyed: Iterable[tuple[Issue, list[NounKey]]], skip: set[str]
) -> list[IssueMatch]:
    """Matches (spans relative to ``sent``) for the act nouns of ``sent`` whose own phrase
    holds the other words of an issue's keyword, for issues not in ``skip``; ``keyed``
    pairs each issue with its :func:`noun_keys`, read once per catalog."""
    out: list[IssueMatch] = []
    base = sent.start_char
    nouns = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in ACT_NOUNS]
    if not nouns:
        return out
    for issue, keys in keyed:
        if issue.id in skip:
            continue
        for heads, rest in keys:
            for tok in nouns:
                if tok.lemma_.lower() not in heads or tok.dep_ == "ROOT":
                    continue
                own = [t for t in tok.subtree if t.i != tok.i]
                if len(own) > MAX_PHRASE or not all(_has(own, part) for part in rest):
                    continue
                if issue.find(sent.text):
                    break  # its own phrase names it here already
                cue = Cue(f"~{tok.lemma_.lower()} {' '.join(rest[0])}", "keywords", ())
                span = (tok.idx - base, tok.idx - base + len(tok.text))
                out.append(IssueMatch(issue, cue, (span,)))
                skip = skip | {issue.id}
                break
            if issue.id in skip:
                break
    return out
