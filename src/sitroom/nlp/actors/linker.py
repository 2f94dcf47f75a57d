"""Linking a name, with its context, to an actor of the knowledge base.

Pure Python, no spaCy: the spaCy component in ``sitroom.nlp.actors`` finds the spans and
their context and calls :meth:`Linker.link`. Candidates come from exact aliases, then
fuzzy and phonetic matching, scored with the context: a title in the sentence
("Lithuanian Defense Minister"), the role's dates against the article date, and the
people already named in the same article ("Karas" after "Kaja Kallas"). A name without a
good candidate gets a corpus-local id shared by its variants, never a wrong link.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from rapidfuzz import fuzz, process

from sitroom.nlp.actors.context import GOV_SECTOR, TitleContext, country_alias, read_title
from sitroom.nlp.actors.kb import Actor, KnowledgeBase
from sitroom.nlp.actors.kb.normalize import (
    is_acronym,
    key,
    name_similarity,
    spelling_similarity,
)
from sitroom.nlp.actors.people import HONORIFICS as HONORIFICS  # re-exported
from sitroom.nlp.actors.people import NEAR_CAP, People
from sitroom.nlp.actors.people import slug as slug  # re-exported
from sitroom.nlp.actors.state import DocState as DocState  # re-exported
from sitroom.nlp.actors.state import Link as Link  # re-exported

# head nouns of a body's organs, which a report writes alone once it has named the organ
# ("the IAEA Board of Governors" ... "the Board"); not "Parliament" or "Assembly", which
# alone name the reported state's own chamber even where the European Parliament is named
ORGAN_NOUNS = frozenset({"board", "council", "commission", "court"})

MAX_TITLES = 50_000  # titles whose reading is kept (the memo is emptied past it)

# Group nouns that name others in relation to the modifier: "US allies", "Iran's rivals".
OTHERS_OF = frozenset(
    {"allies", "partners", "adversaries", "rivals", "enemies", "neighbours", "neighbors"}
)


class Linker(People):
    def __init__(self, kb: KnowledgeBase, *, fuzzy_threshold: int = 82) -> None:
        self.kb = kb
        self.threshold = fuzzy_threshold / 100
        # common English words: a one-word name that is one ("Senate", "Cabinet") is no
        # misspelling of a foreign body's name ("Sénat"); set by the component
        self.common_words: frozenset[str] = frozenset()
        self._titles: dict[str, TitleContext] = {}
        self._people_keys: list[str] = []
        self._people_ids: list[str] = []
        self._org_keys: list[str] = []
        self._org_ids: list[str] = []
        # a name's closest organisation keys (fuzzy search of every key), once per name
        self._org_near: dict[str, list[int]] = {}
        self._people_near: dict[str, list[int]] = {}  # the same for people's keys
        # a body's name after its body's: "board of governors" -> [("iaea-board", "iaea")]
        self._parts: dict[str, list[tuple[str, str]]] = {}
        for actor in kb.actors.values():
            names = {actor.name, *actor.aliases}
            keys, ids = (
                (self._people_keys, self._people_ids)
                if actor.kind == "person"
                else (self._org_keys, self._org_ids)
                if actor.kind in ("org", "group")
                else (None, None)
            )
            if keys is None or ids is None:
                continue
            for name in names:
                k = key(name)
                if len(k) > 3:
                    keys.append(k)
                    ids.append(actor.id)
                words = k.split()
                # "iaea | board of governors"; the organ's head noun alone: "iaea | board"
                last = len(words) - (words[-1] not in ORGAN_NOUNS)
                for i in range(1, last):
                    self._parts.setdefault(" ".join(words[i:]), []).append(
                        (actor.id, " ".join(words[:i]))
                    )

    # -- results ---------------------------------------------------------------------

    @cached_property
    def _members(self) -> dict[str, set[str]]:
        """Member states of each organisation, from the countries' memberships."""
        out: dict[str, set[str]] = {}
        for actor in self.kb.actors.values():
            for org in actor.memberships:
                out.setdefault(org, set()).add(actor.id)
        return out

    def _members_elsewhere(self, link: Link, state: DocState) -> bool:
        """A grouping of states named in an article about other states is another grouping
        of that name ("the Quad" of the US, Saudi Arabia, the UAE and Egypt on Sudan is not
        the Indo-Pacific Quad): at most one of its members named, two or more others."""
        actor = self.kb.actors.get(link.actor_id or "")
        members = self._members.get(link.actor_id or "", set())
        if actor is None or not actor.ambiguous or not members or not state.countries:
            return False
        named = {c for c in state.countries if c in self.kb.actors}
        return len(named & members) <= 1 and len(named - members) >= 2

    def state_body(self, name: str, country: str, sector: str, state: DocState) -> Link:
        """ "Peru's foreign ministry": the body's own entry when the phrase is one of its
        names ("Israeli military"), otherwise the state acting through a body of that
        sector."""
        for aid in self.kb.alias.get(key(name), []):
            actor = self.kb.actors[aid]
            if actor.kind == "org" and actor.code_on(state.date)[0] == country:
                return self._link(actor, state.date, 0.9)
        return self._link(self.kb.actors[country], state.date, 0.8, sector=sector)

    def government_of(self, name: str, state: DocState) -> Link | None:
        """ "The Trump administration", "the Modi government": the government of the state
        the named leader serves at the article's date, never the person (an undated
        report's is the leader's open role: one the KB ends keeps the person)."""
        person = self._exact(key(name), "PERSON", state.date, TitleContext(sector=GOV_SECTOR))
        if person is None:
            serving = [
                actor
                for aid in self.kb.surname.get(key(name), [])
                for actor in [self.kb.actors[aid]]
                if actor.code_on(state.date)[1] == GOV_SECTOR and actor.code_on(state.date)[0]
            ]
            if len(serving) == 1:  # one leader of that name in office: no guess
                person = self._link(serving[0], state.date, 0.8)
        if person is None or person.type != "PERSON" or not person.country:
            return None
        holder = self.kb.actors.get(person.actor_id or "")
        role = holder.role_on(state.date) if holder else None
        if role is None or not role.active(state.date) or role.sector != GOV_SECTOR:
            return None  # a past administration is named after its head: keep the person
        country = self.kb.actors.get(person.country)
        if country is None or country.kind != "country":
            return None
        return self._link(country, state.date, min(person.confidence, 0.9), sector=GOV_SECTOR)

    # -- context ---------------------------------------------------------------------

    def title_context(self, words: str) -> TitleContext:
        """Country and sector a title names (read once; callers copy, never change it)."""
        found = self._titles.get(words)
        if found is None:
            if len(self._titles) > MAX_TITLES:
                self._titles.clear()
            found = self._titles[words] = read_title(self.kb, words)
        return found

    def _country_alias(self, gram: str) -> str | None:
        return country_alias(self.kb, gram)

    # -- linking ---------------------------------------------------------------------

    def link(
        self,
        text: str,
        label: str,
        state: DocState,
        title: TitleContext | None = None,
        *,
        person: bool = True,
        address: str | None = None,
    ) -> Link:
        """Link one mention. ``label`` is the NER label (PERSON, ORG, GPE, NORP, LOC...).

        ``person=False`` rules out people ("The Hill" is a newspaper, not Fiona Hill).
        ``address`` is the word of address before the name ("cllr" in "Cllr. Kamara").
        """
        title = title or TitleContext()
        k = key(text)
        if not k:
            return self.local(text, label)
        exact = self._exact(k, label, state.date, title)
        if exact is not None and not self._members_elsewhere(exact, state):
            state.remember(text, exact)
            return exact
        if exact is not None:
            return self.local(text, label)
        if not person and label == "PERSON":
            label = "ORG"
        if label in ("PERSON", "ORG") and person:
            same = self._same_person_in_doc(k, state, address)
            if same is not None:
                state.times[same.actor_id or ""] += 1
                return same
        if person and label == "ORG" and len(k.split()) == 1 and k in self.kb.surname:
            # the NER often calls a bare surname an organisation ("Healey urged ...")
            as_person = self._person(k, state, title)
            if as_person is not None:
                state.remember(text, as_person)
                return as_person
        if label == "GROUP":
            link = self._group(k, state.date)
        elif label == "PERSON":
            link = self._person(k, state, title)
        elif label in ("ORG", "FAC"):
            # an acronym is matched exactly: "AFRICOM" is no misspelt "CARICOM"
            fuzzy = None if is_acronym(text) else self._org(k, state.date)
            organ = " " in k or text[:1].isupper()  # "the Board", not "a board"
            link = fuzzy or (self._part_of_named(k, state) if organ else None)
        else:
            link = None
        if link is None:
            link = self._local_variant(text, label, state)
        state.remember(text, link)
        if label == "PERSON" and len(k.split()) >= 2 and link.actor_id:
            state.addressed.setdefault(link.actor_id, set()).add(address)
        return link

    def _exact(self, k: str, label: str, date: dt.date | None, title: TitleContext) -> Link | None:
        if k in self.kb.metonym:
            actor = self.kb.actors[self.kb.metonym[k]]
            return self._link(actor, date, 0.95, sector=GOV_SECTOR)
        ids = self.kb.alias.get(k, [])
        if not ids and label in ("NORP", "GPE") and k in self.kb.demonym:
            return self._link(self.kb.actors[self.kb.demonym[k]], date, 0.9)
        if not ids:
            return None
        actors = [self.kb.actors[i] for i in ids]
        wanted = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "country"}
        preferred = [a for a in actors if a.kind == wanted.get(label)] or actors
        best = max(preferred, key=lambda a: self._context_score(a, date, title))
        confidence = 0.97 if len(preferred) == 1 else 0.8
        return self._link(best, date, confidence)

    def _context_score(self, actor: Actor, date: dt.date | None, title: TitleContext) -> float:
        score = 0.0
        if actor.kind == "person":
            role = actor.role_on(date)
            if role is not None and role.active(date):
                score += 1.0
            if title.country and any(r.country == title.country for r in actor.roles):
                score += 1.0
            if title.sector and any(r.sector == title.sector for r in actor.roles):
                score += 0.5
        return score

    def _role_sector(self, noun: str) -> str | None:
        for form in (noun, noun[:-1] if noun.endswith("s") else noun, noun[:-2]):
            if form in self.kb.role_nouns:
                return self.kb.role_nouns[form].sector
        return None

    def _group(self, k: str, date: dt.date | None) -> Link | None:
        """A collective ("Polish officials", "NATO diplomats") as the actor it stands for."""
        tokens = k.split()
        if tokens[-1] in OTHERS_OF:
            return None  # "US allies" are not the United States
        sector = self._role_sector(tokens[-1]) or GOV_SECTOR
        for n in (2, 1):
            for i in range(len(tokens) - n):
                gram = " ".join(tokens[i : i + n])
                cid = self.kb.demonym.get(gram) or self._country_alias(gram)
                if cid:
                    return self._link(self.kb.actors[cid], date, 0.75, sector=sector)
                for actor in self.kb.lookup(gram):
                    if actor.kind == "org":
                        for group in self.kb.actors.values():
                            if (
                                group.kind == "group"
                                and group.org == actor.id
                                and key(group.name).split()[-1] == tokens[-1]
                            ):
                                return self._link(group, date, 0.7)
                        return self._link(actor, date, 0.6, sector=sector)
        return None

    def _org(self, k: str, date: dt.date | None) -> Link | None:
        """A near spelling of an organisation's name (never called on an acronym)."""
        tokens = k.split()
        if len(tokens) == 1 and (tokens[0] in self.common_words or len(tokens[0]) <= 4):
            return None  # "Senate" is no misspelt "Sénat", nor "FII" a misspelt "FIIA"
        best: tuple[float, str, str] | None = None
        near = self._org_near.get(k)
        if near is None:
            if len(self._org_near) >= NEAR_CAP:
                self._org_near.clear()
            near = self._org_near[k] = [
                idx
                for _, _, idx in process.extract(
                    k, self._org_keys, scorer=fuzz.ratio, limit=15, score_cutoff=60
                )
            ]
        for idx in near:
            if len(tokens) == 1 and len(self._org_keys[idx].split()) > 1:
                continue  # one word is no misspelling of a longer name ("Nations", "NATO nations")
            sim = name_similarity(
                tokens,
                self._org_keys[idx].split(),
                self.kb.weight,
                required=self.kb.distinctive,
            )
            if best is None or sim > best[0]:
                best = (sim, self._org_ids[idx], self._org_keys[idx])
        if best is None or best[0] < max(self.threshold, 0.8):
            return None
        if self._country_words(best[2]) - set(tokens):
            return None  # "Foreign Affairs Ministry" is not the *French* Foreign Ministry
        own = {self.kb.actors[best[1]].country}
        if self._countries_of(k) - self._countries_of(best[2]) - own:
            return None  # the *Libyan* Defence Ministry is no misspelt Taliban one
        if any(
            max(spelling_similarity(w, t) for t in tokens) < 0.85
            for w in best[2].split()
            if w not in self.common_words and len(w) > 2
        ):
            return None  # "Taraba State" is no misspelt "Arab states": a name's own word differs
        return self._link(self.kb.actors[best[1]], date, best[0] - 0.1)

    def _part_of_named(self, k: str, state: DocState) -> Link | None:
        """ "The Board of Governors" in a report that names the IAEA: the IAEA Board of
        Governors (a body's name without the name of the body it belongs to, when the
        report names that one); so too an organ's capitalised head noun alone ("the Board"
        after "the IAEA Board of Governors"), where it fits one organ the report named."""
        if " " in k:
            found = {
                aid
                for aid, owner in self._parts.get(k, [])
                if set(self.kb.alias.get(owner, [])) & state.bodies
            }
        else:  # the head noun alone refers back to the organ named in full
            found = {
                aid for aid, _ in self._parts.get(k, []) if aid in state.bodies or state.times[aid]
            }
        if len(found) != 1:
            return None
        return self._link(self.kb.actors[found.pop()], state.date, 0.8)

    def link_actor(self, actor: Actor, date: dt.date | None, confidence: float) -> Link:
        """A link to a known actor, with its state and sector at the date."""
        return self._link(actor, date, confidence)

    def names_a_state(self, key_text: str) -> bool:
        """Whether a name's words name a country or its people ("us", "mexican")."""
        return bool(self._country_words(key_text))

    def _country_words(self, key_text: str) -> set[str]:
        """Words of a name that name a country or its people ("french", "russia")."""
        return {
            w
            for w in key_text.split()
            if w in self.kb.demonym or self._country_alias(w) is not None
        }

    def _countries_of(self, key_text: str) -> set[str]:
        """The countries a name's words name ("iranian", "iran" -> IRN)."""
        found = set()
        for w in self._country_words(key_text):
            code = self.kb.demonym.get(w) or self._country_alias(w)
            if code:
                found.add(code)
        return found
