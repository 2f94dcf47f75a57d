"""People of the knowledge base named otherwise than in full: the linker's part that
matches a surname, a misspelt or shortened name, to a person of the knowledge base or to
a person named earlier in the same article (:class:`People`, a part of
:class:`sitroom.nlp.actors.linker.Linker`).
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz, process

from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.fullnames import other_forms
from sitroom.nlp.actors.kb import Actor, KnowledgeBase
from sitroom.nlp.actors.kb.normalize import (
    fold,
    full_name_score,
    key,
    name_similarity,
    other_first_name,
    spelled,
    spelling_similarity,
)
from sitroom.nlp.actors.state import DocState, Link, named_more

#: Titles of rank before a first name that stand for a person named in full before
#: ("Prince Mohammed", "Sheikh Tamim"): the Gulf's and royal houses' usage.
HONORIFICS = frozenset(
    {"prince", "princess", "sheikh", "sheikha", "emir", "sultan", "king", "queen", "sayyid"}
)

#: Names whose fuzzy candidates (people's or organisations' keys) are kept per linker (the
#: memo is emptied past it).
NEAR_CAP = 50_000


def _first(name: str | None) -> str:
    """The first of two or more words of a name, folded ("" for one word)."""
    words = fold(name or "").split()
    return words[0] if len(words) >= 2 else ""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", spelled(fold(text))).strip("-")


def _addressed(
    tokens: list[str], state: DocState, address: str | None
) -> tuple[float, Link] | None:
    """Two people of one surname named in full ("Mr. Ann Kamara", then "Cllr. Ben Kamara"):
    the surname with a word of address ("Cllr. Kamara") is the one named in full with the
    same word, when exactly one was ("Mr." names another); otherwise no choice here."""
    if address is None or len(tokens) != 1:
        return None
    people = {
        link.actor_id: link
        for names, link in state.people
        if len(names) >= 2 and names[-1] == tokens[0] and link.actor_id
    }
    fits = [link for aid, link in people.items() if address in state.addressed.get(aid, ())]
    return (1.0, fits[0]) if len(people) >= 2 and len(fits) == 1 else None


class People:
    """Matching people: the knowledge base, its people's names and the link threshold are
    the linker's."""

    kb: KnowledgeBase
    threshold: float
    _people_keys: list[str]
    _people_ids: list[str]
    _people_near: dict[str, list[int]]

    def local(self, text: str, label: str) -> Link:
        """A corpus-local actor: the same folded name gets the same id across the corpus."""
        # a people ("Rohingyas", "Shiite") is a group, not a place
        kind = {"PERSON": "person", "ORG": "org", "GROUP": "group", "NORP": "group"}.get(
            label, "place"
        )
        return Link(f"local:{kind}:{slug(text)}", None, label, None, None, 0.3)

    def _link(
        self, actor: Actor, date: dt.date | None, confidence: float, sector: str | None = None
    ) -> Link:
        country, own_sector = actor.code_on(date)
        return Link(
            actor_id=actor.id,
            canonical=actor.name,
            type=actor.type,
            country=country,
            sector=sector or own_sector,
            confidence=round(confidence, 3),
            gender=actor.gender,
        )

    def _same_person_in_doc(
        self, k: str, state: DocState, address: str | None = None
    ) -> Link | None:
        """A surname alone, or a misspelled one with its first letter ("Karas" after "Kaja
        Kallas"; not "Amal" after "Charbel Mallo"), names a person named earlier."""
        tokens = k.split()
        if len(tokens) == 2 and tokens[0] in HONORIFICS:
            tokens = tokens[1:]  # "Prince Mohammed" after "Mohammed bin Salman": his first name
        if not state.people or len(tokens) > 3:
            return None
        best: tuple[float, Link] | None = _addressed(tokens, state, address)
        # "Abdel's" before "Abdel Fattah al-Burhan" named no one yet: the full name wins
        full = len(tokens) == 1 and any(len(n) >= 2 and n[0] == tokens[0] for n, _ in state.people)
        for names, link in [] if best else reversed(state.people):
            if not names or (full and names == tokens):
                continue
            if len(tokens) == 1 and len(names) >= 3 and tokens[0] in names[1:-1]:
                # the first of two surnames ("Paz" after "Rodrigo Paz Pereira", "Tchiroma"
                # after "Issa Tchiroma Bakary"): a middle word of a full name, spelt the same
                sim = 0.9
            elif len(tokens) == 1:
                if tokens[0][0] != names[-1][0]:  # a slip keeps the first letter
                    continue
                sim = spelling_similarity(tokens[0], names[-1])
            else:
                tail = len(names) > len(tokens) and names[-len(tokens) :] == tokens
                sim = 1.0 if tail else full_name_score(tokens, names) if len(names) > 1 else 0.0
            if sim >= 0.65 and (
                best is None or sim > best[0] or named_more(sim, link, best, state)
            ):
                best = (sim, link)
        if best is None and len(tokens) == 1 and len(tokens[0]) >= 2:
            # "Abdel said" after "Abdel Fattah al-Burhan": the one person of that first name
            # ("Jair" after "Bolsonaro": the first name of the full name the KB gives him).
            # A short word only opens a name of two ("Xue" after "Xue Jian", "Liu" after
            # "Liu Jinsong": Chinese and Korean names put the family name first)
            short = len(tokens[0]) < 4
            firsts = {
                link.actor_id: link
                for names, link in state.people
                if link.actor_id
                and (not short or len(names) == 2)
                and tokens[0] in (names[0] if len(names) >= 2 else "", _first(link.canonical))
            }
            if len(firsts) == 1:
                best = (0.7, next(iter(firsts.values())))
        if best is None:
            return None
        sim, link = best
        return Link(
            link.actor_id,
            link.canonical,
            link.type,
            link.country,
            link.sector,
            round(min(link.confidence, sim), 3),
            link.gender,
        )

    def _in_context(self, actor: Actor, state: DocState, title: TitleContext) -> bool:
        """The person's country is named in the article, or in the title next to the name."""
        countries = {r.country for r in actor.roles} | {actor.country}
        if title.country:
            return title.country in countries
        return bool(countries & state.countries)

    def _near_people(self, k: str) -> list[int]:
        """The closest people's keys to ``k`` (a fuzzy search of every key, once per name:
        a report names the same unknown person again and again)."""
        near = self._people_near.get(k)
        if near is None:
            if len(self._people_near) >= NEAR_CAP:
                self._people_near.clear()
            found = process.extract(
                k, self._people_keys, scorer=fuzz.ratio, limit=25, score_cutoff=55
            )
            near = self._people_near[k] = [idx for _, _, idx in found]
        return near

    def _person(self, k: str, state: DocState, title: TitleContext) -> Link | None:
        """A person not named exactly as in the knowledge base.

        A bare surname links only when it is unique in the knowledge base and the
        person's country is part of the article; a misspelled full name ("Pete Hegses")
        needs a close surname, a compatible first name, and the same country context.
        Anything less stays a corpus-local actor: never a wrong link.
        """
        tokens = k.split()
        ids = other_forms(self.kb, tokens)  # a surname alone, or another form of a full name
        if len(tokens) == 1 or ids:
            people = [self.kb.actors[i] for i in ids]
            candidates = [a for a in people if self._in_context(a, state, title)]
            if len(candidates) > 1:
                active = [
                    a
                    for a in candidates
                    if (r := a.role_on(state.date)) is not None and r.active(state.date)
                ]
                candidates = active
            if len(candidates) == 1:
                return self._link(candidates[0], state.date, 0.65)
            if len(tokens) == 1:
                return None
        best: tuple[float, Actor] | None = None
        for idx in self._near_people(k):
            actor = self.kb.actors[self._people_ids[idx]]
            titled = bool(title.country) and any(r.country == title.country for r in actor.roles)
            score = full_name_score(tokens, self._people_keys[idx].split(), 0.7 if titled else 0.75)
            # a near-exact spelling ("Boris Pistorious") needs no country context
            if score == 0.0 or (score < 0.93 and not self._in_context(actor, state, title)):
                continue
            if title.country and any(r.country == title.country for r in actor.roles):
                score += 0.1
            if title.sector and any(r.sector == title.sector for r in actor.roles):
                score += 0.05
            if best is None or score > best[0]:
                best = (score, actor)
        if best is None or best[0] < self.threshold:
            return None
        return self._link(best[1], state.date, min(0.9, best[0] - 0.05))

    def _local_variant(self, text: str, label: str, state: DocState) -> Link:
        if label == "PERSON":
            tokens = key(text).split()
            for names, link in reversed(state.people):
                if len(names) < 2 <= len(tokens):
                    # a headline's surname alone names no one yet: the full name below gets
                    # its own id, and the surname is its (``carry.named_in_full_later``)
                    continue
                if (
                    link.actor_id
                    and link.actor_id.startswith("local:person:")
                    and name_similarity(tokens[-1:], names[-1:]) >= 0.75
                    and not other_first_name(tokens, names)
                ):
                    return link
        return self.local(text, label)
