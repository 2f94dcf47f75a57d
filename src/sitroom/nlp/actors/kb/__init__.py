"""The actor knowledge base: countries, organisations, groups and people, loaded once.

Data files live in ``kb/data/`` (documented in ``kb/data/README.md``); a user file of the
same shape (setting ``kb.user_file``) adds actors or overrides shipped ones by id.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import KnowledgeBaseError
from sitroom.nlp.actors.kb.normalize import dotted, fold, key
from sitroom.util import fastyaml

log = logging.getLogger(__name__)

PEOPLE_FILES = (
    "people_europe_americas.yaml",
    "people_world.yaml",
    "people_regions.yaml",
    "people_global.yaml",
)

# the C parser when PyYAML was built with libyaml (several times faster), else the pure-Python one
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    country: str | None
    sector: str | None
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None  # a public page that confirms this role and its dates

    def active(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | country | org | group
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    source: str | None = None  # a public page that confirms the entry (people_global.yaml)
    roles: list[Role] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    memberships: list[str] = field(default_factory=list)  # a country's organisations
    # a name other groupings share ("Quad"): linked only where the article names its members
    ambiguous: bool = False
    org: str | None = None
    # the entry's own kind in its file ("national_body", "igo", "media"): what a body is
    body: str | None = None

    @property
    def type(self) -> str:
        return {"person": "PERSON", "country": "GPE", "org": "ORG", "group": "GROUP"}[self.kind]

    def role_on(self, on: dt.date | None) -> Role | None:
        """The role held on a date (the current one when no date), else the latest."""
        if not self.roles:
            return None
        active = [r for r in self.roles if r.active(on)]
        if active:
            return active[-1]
        if on is not None:
            before = [r for r in self.roles if r.start is None or r.start <= on]
            if before:
                return before[-1]
        return self.roles[-1]

    def code_on(self, on: dt.date | None) -> tuple[str | None, str | None]:
        """(country code, sector) of the actor on a date."""
        if self.kind == "person":
            role = self.role_on(on)
            if role is not None:
                return role.country, role.sector
            return self.country, self.sector
        return self.country, self.sector


@dataclass(frozen=True, slots=True)
class RoleNoun:
    noun: str
    sector: str
    variants: tuple[str, ...]


#: States whose people have no family name: an Ethiopian's or Eritrean's second name is
#: the father's given name, an Icelander's a patronymic, and reports call them by their own
#: name ("Abiy" for Abiy Ahmed, "Isaias" for Isaias Afwerki).
GIVEN_NAME_STATES = frozenset({"ETH", "ERI", "ISL"})


class KnowledgeBase:
    """Actors indexed by folded alias, surname and demonym."""

    def __init__(self, actors: Iterable[Actor], role_nouns: Iterable[RoleNoun] = ()) -> None:
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors[actor.id] = actor  # later files override earlier ones
        self.role_nouns: dict[str, RoleNoun] = {}
        for rn in role_nouns:
            for variant in (rn.noun, *rn.variants):
                self.role_nouns[fold(variant)] = rn
        self.alias: dict[str, list[str]] = defaultdict(list)
        self.metonym: dict[str, str] = {}
        self.demonym: dict[str, str] = {}
        self.surname: dict[str, list[str]] = defaultdict(list)
        self.people: list[str] = []
        self.token_weight: dict[str, float] = {}
        self._index()

    def _add_alias(self, text: str, actor_id: str) -> None:
        k = key(text)
        if k and actor_id not in self.alias[k]:
            self.alias[k].append(actor_id)

    def _index(self) -> None:
        doc_freq: dict[str, int] = defaultdict(int)
        for actor in self.actors.values():
            names = {actor.name, *actor.aliases}
            for name in names:
                self._add_alias(name, actor.id)
                if actor.kind != "person" and (dots := dotted(name)):
                    self._add_alias(dots, actor.id)  # "U.N. Human Rights Office"
            for tok in {t for n in names for t in fold(n).split()}:
                doc_freq[tok] += 1
            if actor.kind == "country":
                for m in actor.metonyms:
                    self.metonym[key(m)] = actor.id
                    self._add_alias(m, actor.id)
                for d in actor.demonyms:
                    self.demonym[key(d)] = actor.id
            if actor.kind == "person":
                self.people.append(actor.id)
                for name in names:
                    parts = fold(name).split()
                    if len(parts) >= 2 and actor.id not in self.surname[parts[-1]]:
                        self.surname[parts[-1]].append(actor.id)
        self._index_given_names()
        n = max(len(self.actors), 1)
        self.token_weight = {t: math.log(1 + n / c) for t, c in doc_freq.items()}
        self.unknown_weight = math.log(1 + n)
        # a token in at most a handful of names is distinctive: a fuzzy match must match it
        self.distinctive = math.log(1 + n / 5)

    def _index_given_names(self) -> None:
        """The given name of a person of a state without family names, as an alias of the
        person when no other actor goes by it or has it as a surname."""
        given: dict[str, list[str]] = defaultdict(list)
        for actor in self.actors.values():
            parts = actor.name.split()
            if actor.kind != "person" or actor.country not in GIVEN_NAME_STATES:
                continue
            if len(parts) >= 2 and len(parts[0]) > 2 and parts[0].isalpha():
                given[parts[0]].append(actor.id)
        for name, ids in given.items():
            k = key(name)
            if len(ids) == 1 and k not in self.alias and fold(name) not in self.surname:
                self._add_alias(name, ids[0])

    def weight(self, token: str) -> float:
        """How rare a name token is across the knowledge base (unknown = rarest)."""
        return self.token_weight.get(token, self.unknown_weight)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def lookup(self, text: str) -> list[Actor]:
        """Actors whose name or alias folds to the same key as ``text``."""
        return [self.actors[i] for i in self.alias.get(key(text), [])]

    def names_a_person(self, word: str) -> bool:
        """Whether a word is a known person's name of its own ("Prabowo")."""
        return any(a.kind == "person" for a in self.lookup(word))

    def state_of(self, text: str) -> str | None:
        """The one state of the known people or national bodies a name stands for (None
        for international bodies, unknown names and names of several states)."""
        codes = {  # ("BSP" alone names no state: national_acronym)
            a.country
            for a in self.lookup(text)
            if a.kind in ("person", "org") and not national_acronym(text, a)
        }
        codes = {c for c in codes if c and len(c) == 3 and c not in ("IGO", "EUR")}
        return codes.pop() if len(codes) == 1 else None

    def __len__(self) -> int:
        return len(self.actors)


def national_acronym(text: str, actor: Actor | None) -> bool:
    """Whether a name is the acronym of one state's own body in the knowledge base ("BSP",
    the Philippine central bank): letters that other states' bodies and parties share
    (Bulgaria's "BSP" is a party), so they name that body only in a report that names its
    state otherwise."""
    letters = text.replace(".", "")
    return (
        actor is not None
        and actor.body == "national_body"
        and actor.sector != "PTY"  # parties are known abroad by their letters: ANC, BJP
        and letters.isupper()
    )


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: date {value!r} is not YYYY-MM-DD") from exc


def _source(value: Any, where: str) -> str | None:
    """A ``source:`` field: the http(s) address of a page that confirms the fact."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not text.startswith(("https://", "http://")) or any(c.isspace() for c in text):
        raise KnowledgeBaseError(f"{where}: source {value!r} is not an http(s) URL")
    return text


def _strs(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _actor(entry: dict[str, Any], kind: str, where: str) -> Actor:
    try:
        actor_id = str(entry["id"])
        name = str(entry["name"])
    except KeyError as exc:
        raise KnowledgeBaseError(f"{where}: entry without {exc.args[0]!r}: {entry!r:.80}") from exc
    roles = [
        Role(
            title=str(r.get("title", "")),
            country=r.get("country"),
            sector=r.get("sector"),
            org=r.get("org"),
            start=_date(r.get("start"), f"{where} {actor_id}"),
            end=_date(r.get("end"), f"{where} {actor_id}"),
            source=_source(r.get("source"), f"{where} {actor_id}"),
        )
        for r in entry.get("roles") or []
    ]
    roles.sort(key=lambda r: (r.end is None, r.end or dt.date.min, r.start or dt.date.min))
    country = entry.get("country") or entry.get("nationality")
    if kind == "country":
        country = actor_id
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        aliases=_strs(entry.get("aliases")),
        country=country,
        sector=entry.get("sector"),
        gender=entry.get("gender"),
        source=_source(entry.get("source"), f"{where} {actor_id}"),
        roles=roles,
        demonyms=_strs(entry.get("demonyms")),
        metonyms=_strs(entry.get("metonyms")) + _strs(entry.get("capitals")),
        members=_strs(entry.get("members")),
        memberships=_strs(entry.get("memberships")),
        ambiguous=bool(entry.get("ambiguous")),
        org=entry.get("org") or entry.get("parent"),
        body=str(entry["kind"]) if kind in ("org", "group") and entry.get("kind") else None,
    )


def _load_yaml(text: str, where: str) -> list[dict[str, Any]]:
    try:
        data = fastyaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc})") from exc
    if data is None:
        return []
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{where}: expected a list of entries")
    return [d for d in data if isinstance(d, dict)]


SHIPPED = (
    ("countries.yaml", "country"),
    ("organizations.yaml", "org"),
    ("groups.yaml", "group"),
    *((name, "person") for name in PEOPLE_FILES),
)


def load_user_actors(path: str | Path) -> list[Actor]:
    """A user file: a list of entries, each with ``kind`` (person|country|org|group)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{p}: cannot read the user actor file ({exc})") from exc
    actors = []
    for entry in _load_yaml(text, str(p)):
        kind = str(entry.get("kind", "person"))
        if kind not in ("person", "country", "org", "group"):
            kind = "org"
        actors.append(_actor(entry, kind, str(p)))
    return actors


def load_kb(user_file: str = "") -> KnowledgeBase:
    """Load the shipped knowledge base (once per process) plus an optional user file."""
    return _load_kb(user_file)  # one cache key for ``load_kb()`` and ``load_kb("")``


@lru_cache(maxsize=4)
def _load_kb(user_file: str) -> KnowledgeBase:
    data = resources.files("sitroom.nlp.actors.kb").joinpath("data")
    actors: list[Actor] = []
    for name, kind in SHIPPED:
        res = data.joinpath(name)
        if not res.is_file():
            log.warning("knowledge-base file %s is missing", name)
            continue
        for entry in _load_yaml(res.read_text(encoding="utf-8"), name):
            actors.append(_actor(entry, kind, name))
    role_nouns: list[RoleNoun] = []
    roles_file = data.joinpath("roles.yaml")
    if roles_file.is_file():
        for entry in _load_yaml(roles_file.read_text(encoding="utf-8"), "roles.yaml"):
            role_nouns.append(
                RoleNoun(
                    noun=str(entry["noun"]),
                    sector=str(entry["sector"]),
                    variants=tuple(_strs(entry.get("variants"))),
                )
            )
    if user_file:
        actors.extend(load_user_actors(user_file))
    kb = KnowledgeBase(actors, role_nouns)
    log.info("knowledge base: %d actors", len(kb))
    return kb
