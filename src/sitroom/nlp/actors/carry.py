"""The description the text gives a person or body outside the knowledge base (country,
sector, role and the sentence stating it) carried to its other mentions in the document.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from sitroom.article import Mention
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.actors.linker import slug
from sitroom.nlp.actors.names import ADDRESS_WORDS
from sitroom.nlp.actors.retold import SUFFIXES


def same_names(mentions: list[Mention], text: str) -> None:
    """The mentions that name one person or body in other words take its identity: a
    headline's surname (:func:`named_in_full_later`), the first words of a longer name
    (:func:`shortened_names`), a second name given with "known as" (:func:`known_as`), given
    names cut from their surname (:func:`cut_before_surname`), a body's quoted name
    (:func:`quoted_body_names`), a body's name in the other order (:func:`reordered_bodies`),
    a given name with the patronymic (:func:`patronymics`)."""
    named_in_full_later(mentions, text)
    quoted_body_names(mentions, text)
    reordered_bodies(mentions)
    cut_before_surname(mentions, text)
    patronymics(mentions)
    shortened_names(mentions)
    known_as(mentions, text)
    addressed_surnames(mentions, text)


# a word of address right before a name ("Cllr. ", "Mrs ", "Dr. ")
ADDRESS_BEFORE = re.compile(r"\b([A-Za-z]{2,9})\.?\s+$")


def _address(text: str, start: int) -> str | None:
    match = ADDRESS_BEFORE.search(text, max(0, start - 12), start)
    word = match[1].lower() if match else None
    return word if word in ADDRESS_WORDS else None


def addressed_surnames(mentions: list[Mention], text: str) -> None:
    """Two people of one surname named in full ("Mr. Ann Kamara", then "Cllr. Ben Kamara"):
    a later surname with a word of address ("Cllr. Kamara") is the person named in full
    with the same word, when exactly one was (one named with another word, "Mr.", is no
    match). Without such a word, or with two that fit, the linker's choice stands."""
    full: dict[str, dict[str, set[str | None]]] = {}  # surname -> person -> addresses
    firsts: dict[str, Mention] = {}
    for m in mentions:
        words = fold(m.text).split()
        if not _local_person(m) or m.place:
            continue
        if len(words) >= 2:
            same = full.setdefault(words[-1], {})
            same.setdefault(str(m.actor_id), set()).add(_address(text, m.start))
            firsts.setdefault(str(m.actor_id), m)
            continue
        people = full.get(words[0]) if len(words) == 1 else None
        word = _address(text, m.start)
        if not people or len(people) < 2 or word is None:
            continue
        fits = [pid for pid, said in people.items() if word in said]
        if len(fits) == 1 and fits[0] != m.actor_id:
            named, other = firsts[fits[0]], firsts.get(str(m.actor_id))
            m.actor_id, m.canonical = named.actor_id, named.canonical
            if other is not None:  # what came with the other person's link is not this one's
                m.country = named.country if m.country == other.country else m.country
                m.sector = named.sector if m.sector == other.sector else m.sector
                if m.role == other.role:
                    m.role, m.role_evidence = None, None  # carried from the named one below


# a quoted name, then the kind of body it names: the “Shor” party, the "Hope" bloc
QUOTED_BODY = re.compile(r"[”\"’]\s+(party|bloc|movement|alliance|coalition|faction)\b")


def quoted_body_names(mentions: list[Mention], text: str) -> None:
    """A name in quotation marks right before a lower-case word of a kind of body ("the
    pro-Russian “Shor” party") names that body, not the person or place of that name."""
    for m in mentions:
        after = QUOTED_BODY.match(text, m.end)
        if after is None or m.place or text[m.start - 1 : m.start] not in ("“", '"', "‘"):
            continue
        name = f"{m.text} {after.group(1).capitalize()}"
        m.type, m.actor_id, m.canonical = "ORG", f"local:org:{slug(name)}", name
        m.country, m.sector, m.confidence = None, None, 0.3


def reordered_bodies(mentions: list[Mention]) -> None:
    """One body outside the knowledge base named in both orders English allows ("Party of
    Action and Solidarity" and "Action and Solidarity Party", "Ministry of Mines" and "Mines
    Ministry"): the later name takes the identity of the first."""
    first: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if not _local_body(m) or m.place:
            continue
        words = fold(m.text).split()
        if len(words) >= 3 and words[1] == "of":
            words = [*words[2:], words[0]]
        seen = first.setdefault(tuple(words), m)
        if seen is not m and seen.actor_id != m.actor_id:
            m.type, m.actor_id, m.canonical = seen.type, seen.actor_id, seen.canonical
            m.country, m.sector = seen.country or m.country, seen.sector or m.sector


# Russian, Ukrainian, Belarusian and Central Asian patronymics; Turkic "-uly", "-ogly",
# "-kyzy" (son/daughter of)
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|uly|ogly|kyzy)$")


def patronymics(mentions: list[Mention]) -> None:
    """A given name and patronymic ("Ivan Petrovich", formal address in Russian and Central
    Asian usage) of a person the report names in full: that person, where only one person
    of the report has that given name. The recognizer often calls the pair a body."""
    people: dict[str, set[str]] = {}
    full: dict[str, Mention] = {}
    for m in mentions:
        words = _name_words(m)
        if m.type == "PERSON" and m.actor_id and len(words) >= 2 and not m.place:
            people.setdefault(words[0], set()).add(m.actor_id)
            full.setdefault(m.actor_id, m)
    for m in mentions:
        words = _name_words(m)
        own = m.actor_id is None or m.actor_id.startswith("local:")
        if len(words) != 2 or not own or not PATRONYMIC.search(words[1]) or m.place:
            continue
        ids = people.get(words[0], set()) - {m.actor_id}
        if len(ids) == 1:
            to = full[ids.pop()]
            m.type, m.actor_id, m.canonical = "PERSON", to.actor_id, to.canonical
            m.country, m.sector = to.country, to.sector


def cut_before_surname(mentions: list[Mention], text: str) -> None:
    """A long name the recognizer cut before its last word ("General [Ana Lucia Ferraz]
    [Quintal]", the surname found on its own): an unknown person's mention with only a space
    before a one-word person mention is that person's given names. The unknown person (its
    other mentions too, "Ana Lucia" above) is the person the surname names."""
    moved: dict[str, Mention] = {}
    for x, y in pairwise(mentions):
        if (
            _local_person(x)
            and x.type == "PERSON"
            and y.type == "PERSON"
            and y.actor_id
            and y.actor_id != x.actor_id
            and len(y.text.split()) == 1
            and text[x.end : y.start] == " "
        ):
            moved.setdefault(str(x.actor_id), y)
    for m in mentions:
        to = moved.get(str(m.actor_id))
        if to is not None and not m.place:
            m.type, m.actor_id, m.canonical = "PERSON", to.actor_id, to.canonical
            m.country, m.sector = to.country or m.country, to.sector or m.sector


def named_in_full_later(mentions: list[Mention], text: str) -> None:
    """A surname alone before the person is named in full (a headline's "Court ruling a
    blow to Duterte" over "Former president Rodrigo Duterte will stay ..."): the person the
    report names in full, where it names only one person of that surname. The linker reads
    the report in order, so it could only guess from the knowledge base there (a relative of
    the same name, or an unknown person); a surname after the full name it already links.
    Only a line above the full name is read so (a headline, a sub-heading): in running text
    a surname before the full name is another person's ("Marcos' appointees were questioned
    by Senator Imee Marcos")."""
    named: dict[str, dict[str, Mention]] = {}  # surname -> actor id -> first full mention
    first: dict[str, int] = {}
    for m in mentions:
        words = _name_words(m)
        if m.type == "PERSON" and m.actor_id and len(words) >= 2:
            named.setdefault(words[-1], {}).setdefault(m.actor_id, m)
            first[words[-1]] = min(first.get(words[-1], m.start), m.start)
    for m in mentions:
        words = _name_words(m)
        people = named.get(words[0]) if len(words) == 1 else None
        if not people or len(people) != 1 or m.start >= first[words[0]] or m.place:
            continue
        if "\n" not in text[m.end : first[words[0]]]:
            continue
        full = next(iter(people.values()))
        if m.actor_id == full.actor_id or m.type not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        m.type, m.actor_id, m.canonical = "PERSON", full.actor_id, full.canonical
        m.country, m.sector, m.confidence = full.country, full.sector, full.confidence


# ", also known as ", " (better known as ": what sets a second name of the one before it
KNOWN_AS = re.compile(
    r"^[\s,(]*(?:(?:also|widely|better|commonly|popularly|locally|more commonly)\s+)?"
    r"known\s+as\s+[\"“'‘]?$"
)


def known_as(mentions: list[Mention], text: str) -> None:
    """ "militia leader X, also known as Y": Y is X's other name, the same actor wherever
    the report uses it (not an unknown body or person of its own)."""
    same: dict[str, Mention] = {}
    for x, y in pairwise(mentions):
        own = y.actor_id is None or y.actor_id.startswith("local:")
        if (
            x.type in ("PERSON", "ORG")
            and x.actor_id
            and own
            and KNOWN_AS.match(text[x.end : y.start])
        ):
            same[y.actor_id or fold(y.text)] = x
    for m in mentions:
        first = same.get(m.actor_id or fold(m.text))
        if first is not None and not m.place:
            m.type, m.actor_id, m.canonical = first.type, first.actor_id, first.canonical
            m.country, m.sector, m.confidence = first.country, first.sector, first.confidence


def shortened_names(mentions: list[Mention]) -> None:
    """A person named by the first words of a longer name the report gives ("Issa
    Tchiroma" and "Issa Tchiroma Bakary", "Rodrigo Paz" and "Rodrigo Paz Pereira": a name
    and the first of two surnames, or a full name the recognizer cut short): the person of
    the longer name, wherever in the report it stands, where it names only one person. The
    short name's own corpus-local id (its surname alone later) follows it."""
    full: dict[tuple[str, ...], dict[str, Mention]] = {}
    for m in mentions:
        words = _name_words(m)
        if m.type == "PERSON" and m.actor_id and len(words) >= 3 and not m.place:
            for n in range(2, len(words)):
                full.setdefault(tuple(words[:n]), {}).setdefault(m.actor_id, m)
    moved: dict[str, Mention] = {}
    for m in mentions:
        short = tuple(_name_words(m))
        people = full.get(short) if len(short) >= 2 and m.type == "PERSON" else None
        if people and len(people) == 1 and str(m.actor_id).startswith("local:person:"):
            longer = next(iter(people.values()))
            if longer.actor_id != m.actor_id:
                moved.setdefault(str(m.actor_id), longer)
    for m in mentions:
        to = moved.get(str(m.actor_id))
        if to is not None and not m.place:
            m.type, m.actor_id, m.canonical = "PERSON", to.actor_id, to.canonical
            m.country, m.sector = to.country or m.country, to.sector or m.sector
            m.confidence = min(m.confidence, to.confidence) or to.confidence


def _name_words(m: Mention) -> list[str]:
    return [w for w in fold(m.text).split() if w.rstrip(".") not in SUFFIXES]


def carry_descriptions(mentions: list[Mention]) -> None:
    """Country, sector, role and its sentence the text gave each corpus-local person (a
    local body: its state, sector and name),
    carried to the person's other mentions in the same document. Nothing is kept from one
    document to the next: what a process saw before must not change an article's output
    (the worker count and the order of the input would); across articles the store gives
    the actor the role and country its mentions state (``rebuild_actors``)."""
    known: dict[str, tuple[str | None, str | None]] = {}
    roles: dict[str, Mention] = {}
    for m in mentions:
        if _local_person(m) and (m.country or m.sector):
            assert m.actor_id is not None
            # the first mention that names each ("Foreign Minister X" in a headline gives
            # the sector, "Nepal's foreign minister, X," below it the country)
            country, sector = known.get(m.actor_id, (None, None))
            known[m.actor_id] = (country or m.country, sector or m.sector)
        if _local_person(m) and m.role and m.actor_id:
            roles.setdefault(m.actor_id, m)
    bodies: dict[str, Mention] = {}
    for m in mentions:
        if _local_body(m) and not m.place and (m.country or m.sector):
            bodies.setdefault(str(m.actor_id), m)
    for m in mentions:
        if _local_person(m) and m.actor_id in known:
            m.type = "PERSON"
            country, sector = known[m.actor_id]
            m.country = m.country or country
            m.sector = m.sector or sector
        first = bodies.get(str(m.actor_id)) if _local_body(m) and not m.place else None
        if first is not None:
            # a body the report is about is given its state once ("the Constitutional
            # Council" in a report on one state): its other mentions are the same body
            m.country, m.sector = m.country or first.country, m.sector or first.sector
            m.canonical = m.canonical or first.canonical
        stated = roles.get(m.actor_id or "")
        # a later bare rank ("General X") is part of the office stated first ("General X,
        # the new army chief"): the fuller one is carried
        partial = m.role is not None and stated is not None and _part_of(m.role, stated.role)
        if stated is not None and (m.role is None or partial) and stated.role_evidence:
            if partial:  # "Ambassador X" after "the German Ambassador to Ghana, X": DEU
                m.country, m.sector = stated.country or m.country, stated.sector or m.sector
            m.role = stated.role
            # a copy each: offsets are moved in place when sections are merged
            m.role_evidence = replace(stated.role_evidence)


def _part_of(role: str, fuller: str | None) -> bool:
    """A later title whose words all stand in the fuller one stated first ("General" in
    "General X, the new army chief"; "Ambassador" in "the German Ambassador to Ghana")."""
    if not fuller or role == fuller:
        return False
    return str(fuller).startswith(role + ",") or set(_words(role)) <= set(_words(fuller))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _local_body(m: Mention) -> bool:
    return bool(m.actor_id) and str(m.actor_id).startswith("local:org:")


def _local_person(m: Mention) -> bool:
    """A person outside the KB, also where the NER tagged one mention of the name as a body
    ("Talvera will meet", linked to the "Ramiro Talvera" named before)."""
    return bool(m.actor_id) and str(m.actor_id).startswith("local:person:")
