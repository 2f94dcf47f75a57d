"""Acronyms a report defines: "the Multinational Security Support (MSS) mission", "the
Rapid Support Forces (RSF)". In that report the short form names what the long form names,
whatever else the knowledge base knows by the same letters (MSS is also China's Ministry of
State Security).

A definition is a mention followed by a parenthesised all-capital word whose letters the
mention's words hold in order, the first at the start of a word (Schwartz and Hearst's
test for abbreviation definitions, 2003), or the same initials in another word order (a
name translated: :func:`translated`); every mention of the short form in the document
then takes the long form's actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from sitroom.article import Mention
from sitroom.nlp import doc_text
from sitroom.nlp.lexicon import HEAD_NOUNS, STATE_BODY_NOUNS

DEFINED = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
COPIED = ("actor_id", "canonical", "country", "sector")


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long``: its letters found in order from the end, the
    first one opening the long form ("MSS" in "Multinational Security Support", also in
    the slip "Multinational Security Mission")."""
    s, lo = short.lower(), long.lower()
    i, j = len(s) - 1, len(lo) - 1
    while i >= 0:
        c = s[i]
        while j >= 0 and (lo[j] != c or (i == 0 and j > 0)):
            j -= 1
        if j < 0:
            return False
        i, j = i - 1, j - 1
    return j == -1  # the first letter opens the long form


def translated(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long`` in another word order: the short form
    of the body's name in its own language, where the adjectives follow the noun ("CNE"
    for Consejo Nacional Electoral, written "National Electoral Council (CNE)"; "FARC" for
    the "Revolutionary Armed Forces of Colombia"). Three letters or more, one for each word."""
    words = [w for w in long.split() if w.lower() not in SMALL_WORDS]
    if len(short) < 3 or len(words) != len(short) or not all(w[:1].isupper() for w in words):
        return False
    return sorted(w[0] for w in words) == sorted(short)


def apply_definitions(text: str, mentions: list[Mention]) -> None:
    """Give each mention of a defined short form the actor of its long form (in place)."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        found = DEFINED.match(text, m.end)
        if found is None or not m.actor_id or " " not in m.text.strip():
            continue
        short = found.group(1)
        if short.isupper() and (abbreviates(short, m.text) or translated(short, m.text)):
            defined.setdefault(short, m)
    _name_undefined(text, mentions)
    initials = _initialled(mentions)
    if not defined and not initials:
        return
    for m in mentions:
        short = m.text.strip()
        long = defined.get(short)
        if long is None and short in initials and (m.actor_id or "").startswith("local:"):
            long = initials[short] if initials[short].end <= m.start else None
        if long is None or m is long:
            continue
        for name in COPIED:
            setattr(m, name, getattr(long, name))


def defined_body_country(doc: Doc, title: str, mentions: list[Mention]) -> str | None:
    """The state of a body a title names by the short form the report defined ("the
    Foreign Office (FO) said ... FO spokesperson X"): the long form's mention's state."""
    shorts = {w for w in title.split() if w.isupper() and len(w) >= 2}
    if not shorts:
        return None
    text = doc_text(doc)
    for m in mentions:
        found = DEFINED.match(text, m.end)
        if found is not None and found.group(1) in shorts and m.country not in (None, "IGO"):
            return m.country
    return None


def headed_state_body(span: Span, near: str, mentions: list[Mention]) -> Mention | None:
    """A government body named in a person's title before the head noun of its office
    ("MEC director of information X", "the NEC chairman X"), by its name or by the short
    form the report defined ("the Malawi Electoral Commission (MEC)"): the body's mention,
    whose state and sector the holder's are, when it is a government body or its name ends
    in a state body's noun ("the National Disaster Agency (NDA) ... NDA chief X": the
    state is then the one the report is about)."""
    words = set(near.split())
    if not HEAD_NOUNS & {w.lower() for w in words}:
        return None
    text = doc_text(span.doc)
    reach = span.start_char - len(near) - 2
    for m in mentions:
        state_body = m.sector == "GOV" or (
            m.sector is None and m.text.split()[-1].lower() in STATE_BODY_NOUNS
        )  # "the National Disaster Agency" of no known sector: a state's by its name
        if m.type != "ORG" or m.country == "IGO" or not state_body:
            continue
        if reach <= m.start and m.end <= span.start_char and m.text in near:
            return m  # "the Electoral Commission director X"
        found = DEFINED.match(text, m.end)
        if found is not None and found.group(1) in words:
            return m  # "MEC director X"
    return None


SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in"})


def _initialled(mentions: list[Mention]) -> dict[str, Mention]:
    """Initials of the bodies a report names in full ("the Jamaica Constabulary Force" ...
    "the JCF"): an unknown all-capital name spelling exactly the initials of a body named
    before, outside the knowledge base too, is that body (news prose shortens a body's name
    after its first mention without always defining it in brackets)."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "ORG" or not m.actor_id:
            continue
        words = [w for w in m.text.split() if w.lower() not in SMALL_WORDS]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        out.setdefault("".join(w[0] for w in words), m)
    return out


def _name_undefined(text: str, mentions: list[Mention]) -> None:
    """A short form in brackets after a long form the recognizer did not take for a name
    ("Bangladesh Television (BTV)"): every unknown mention of the short form is named by
    the long form, and takes the state of the name inside it ("Bangladesh")."""
    named: dict[str, tuple[str, str | None]] = {}
    for m in mentions:
        short = m.text.strip()
        before = text[: m.start].rstrip()
        if not (short.isupper() and before.endswith("(") and text[m.end : m.end + 1] == ")"):
            continue
        words = before[:-1].split()[-(len(short) + 2) :]
        for i, first in enumerate(words):
            long = " ".join(words[i:])
            capitalised = all(w[:1].isupper() or w in SMALL_WORDS for w in words[i:])
            if first[:1].isupper() and capitalised and abbreviates(short, long):
                at = text.rfind(long, 0, m.start)
                inside = [x.country for x in mentions if at <= x.start < m.start and x.country]
                named.setdefault(short, (long, inside[0] if inside else None))
                break
    for m in mentions:
        if m.text.strip() in named and (m.actor_id or "").startswith("local:"):
            m.canonical, country = named[m.text.strip()]
            m.country = m.country or country
