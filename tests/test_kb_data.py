"""The shipped knowledge-base files: references resolve, names do not collide, facts are sourced."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from sitroom.errors import KnowledgeBaseError
from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.kb import PEOPLE_FILES, Actor, KnowledgeBase, load_kb
from sitroom.nlp.actors.kb.normalize import fold, key
from sitroom.nlp.actors.linker import DocState, Linker

DATA = resources.files("sitroom.nlp.actors.kb").joinpath("data")
SECTORS = {
    *["GOV", "MIL", "LEG", "IGO", "MED", "EDU", "UAF", "PTY", "CVL", "REL", "AGR", "CRM"],
    *["SPY", "COP", "JUD", "NGO", "BUS", "REB", "PRM", "OPP", "REF", "LAB", "HLH", "ELI"],
}
# keys that name two entries on purpose (listed in the comment block of their file)
DELIBERATE = {"congo", "epc", "rsf"}


def _entries(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(DATA.joinpath(name).read_text(encoding="utf-8"))
    return [d for d in data if isinstance(d, dict)]


@pytest.fixture(scope="module")
def files() -> dict[str, list[dict[str, Any]]]:
    names = ("countries.yaml", "organizations.yaml", "groups.yaml", *PEOPLE_FILES)
    return {name: _entries(name) for name in names}


def test_every_referenced_id_exists(files: dict[str, list[dict[str, Any]]]) -> None:
    ids = {str(e["id"]) for entries in files.values() for e in entries}
    missing = []
    for name, entries in files.items():
        for e in entries:
            refs = [e.get("parent"), e.get("org"), *(e.get("memberships") or [])]
            refs += list(e.get("members") or [])
            refs += [r.get("org") for r in e.get("roles") or []]
            missing += [f"{name}:{e['id']} -> {r}" for r in refs if r and str(r) not in ids]
    assert missing == []


def test_no_name_names_two_different_people(files: dict[str, list[dict[str, Any]]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name in PEOPLE_FILES:
        for p in files[name]:
            for text in {p["name"], *(p.get("aliases") or [])}:
                owners[key(str(text))].add(str(p["id"]))
    assert {k: ids for k, ids in owners.items() if len(ids) > 1} == {}


SOURCED = ("people_global.yaml", "people_regions.yaml")  # every entry needs a source


def test_new_people_collide_with_no_other_actor() -> None:
    kb = load_kb()
    new = {str(p["id"]) for name in SOURCED for p in _entries(name)}
    clashes = {
        k: ids
        for k, ids in kb.alias.items()
        if len(set(ids)) > 1 and k not in DELIBERATE and new & set(ids)
    }
    assert clashes == {}
    # and no ambiguity crept in anywhere else either
    assert {k for k, ids in kb.alias.items() if len(set(ids)) > 1} <= DELIBERATE


@pytest.mark.parametrize("name", SOURCED)
def test_sourced_people_are_sourced_and_dated_consistently(name: str) -> None:
    people = _entries(name)
    assert len(people) >= 100
    others = {str(p["id"]) for other in PEOPLE_FILES if other != name for p in _entries(other)}
    for p in people:
        assert str(p["id"]) not in others, p["id"]
        assert str(p.get("source", "")).startswith(("https://", "http://")), p["id"]
        assert p["roles"], p["id"]
        for r in p["roles"]:
            assert r["sector"] in SECTORS and len(str(r["country"])) == 3, (p["id"], r)
            start, end = r.get("start"), r.get("end")
            assert start is None or isinstance(start, dt.date), (p["id"], r)
            assert end is None or isinstance(end, dt.date), (p["id"], r)
            if start and end:
                assert start <= end, (p["id"], r)


def test_role_nouns_belong_to_one_role_each() -> None:
    seen: dict[str, str] = {}
    for entry in _entries("roles.yaml"):
        assert entry["sector"] in SECTORS
        for v in (entry["noun"], *(entry.get("variants") or [])):
            assert seen.setdefault(fold(v), entry["noun"]) == entry["noun"], v
    for noun in ("army chief", "chief of army staff", "supreme leader", "diplomatic adviser"):
        assert fold(noun) in seen
    kb = load_kb()
    assert kb.role_nouns[fold("spokesperson for the president")].sector == "GOV"
    assert kb.role_nouns[fold("chief of army staff")].sector == "MIL"


def test_both_spellings_of_a_theatre_command_are_one_pla_body() -> None:
    kb = load_kb()
    theater, theatre = kb.lookup("Eastern Theater Command"), kb.lookup("Eastern Theatre Command")
    assert [a.id for a in theater] == [a.id for a in theatre] == ["pla-eastern-theater-command"]
    command = theater[0]
    assert (command.org, command.country, command.sector) == ("pla", "CHN", "MIL")
    assert {a.id for a in kb.lookup("Ansarullah")} == {"houthis"}
    assert kb.get("the-resistance-front") is not None
    assert kb.get("the-resistance-front").org == "lashkar-e-taiba"  # type: ignore[union-attr]


def test_dated_roles_answer_by_date() -> None:
    kb = load_kb()
    saqr = kb.get("abdel-majeed-saqr")
    assert saqr is not None
    assert saqr.code_on(dt.date(2025, 6, 1)) == ("EGY", "MIL")
    role = saqr.role_on(dt.date(2025, 6, 1))
    assert role is not None and role.active(dt.date(2025, 6, 1))
    assert not saqr.roles[-1].active(dt.date(2026, 3, 1))
    assert saqr.roles[-1].source is None and saqr.source is not None


def test_people_from_the_wider_kb_link_with_their_role() -> None:
    linker = Linker(load_kb(), fuzzy_threshold=82)
    link = linker.link("Vincent Magwenya", "PERSON", DocState())
    assert (link.actor_id, link.country, link.sector) == ("vincent-magwenya", "ZAF", "GOV")
    link = linker.link("Anwar Gargash", "PERSON", DocState())
    assert (link.actor_id, link.country) == ("anwar-gargash", "ARE")
    # a misspelled name with a title in apposition ("Pakistani army spokesman Ahmad Sharif Chaudry")
    link = linker.link(
        "Ahmad Sharif Chaudhry", "PERSON", DocState(countries={"PAK"}), TitleContext("PAK", "MIL")
    )
    assert link.actor_id == "ahmed-sharif-chaudhry"


def test_the_loader_accepts_a_source_and_rejects_a_non_url(tmp_path: Path) -> None:
    entry = (
        "- id: my-analyst\n  kind: person\n  name: Ana Lyst\n  source: {src}\n"
        "  roles:\n    - {{title: Analyst, country: BEL, sector: EDU, source: {src}}}\n"
    )
    good = tmp_path / "good.yaml"
    good.write_text(entry.format(src="https://example.org/ana"), encoding="utf-8")
    actor = load_kb(str(good)).get("my-analyst")
    assert actor is not None and actor.source == "https://example.org/ana"
    assert actor.roles[0].source == "https://example.org/ana"
    bad = tmp_path / "bad.yaml"
    bad.write_text(entry.format(src="a newspaper"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.yaml.*not an http"):
        load_kb(str(bad))


def test_people_without_family_names_go_by_their_given_name() -> None:
    """An Ethiopian's second name is the father's: reports call the person by the first."""
    kb = KnowledgeBase(
        [
            Actor(id="p-eth", name="Tesfaye Bekele", kind="person", country="ETH"),
            Actor(id="p-gbr", name="Tesfaye Jones", kind="person", country="GBR"),
            Actor(id="p-eri", name="Almaz Haile", kind="person", country="ERI"),
            Actor(id="p-eri2", name="Almaz Tekle", kind="person", country="ERI"),
            Actor(id="p-eth2", name="Dawit Kebede", kind="person", country="ETH"),
            Actor(id="p-usa", name="Chris Dawit", kind="person", country="USA"),
            Actor(id="p-eth3", name="Meles Worku", kind="person", country="ETH"),
        ]
    )
    assert [a.id for a in kb.lookup("Meles")] == ["p-eth3"]
    assert [a.id for a in kb.lookup("Tesfaye")] == ["p-eth"]  # the British name is a given one
    assert kb.lookup("Almaz") == []  # two people go by it: neither
    assert kb.lookup("Dawit") == []  # someone's surname
    assert kb.lookup("Chris") == []  # other states' people keep their family names


def test_heads_of_state_of_2024_2025_link_with_their_dated_roles() -> None:
    """Southern Africa and Madagascar: the presidents sworn in 2024-2025 and their
    predecessors (a former head keeps the role only up to its end date)."""
    kb = load_kb()
    linker = Linker(kb, fuzzy_threshold=82)
    for name, aid, country in [
        ("Duma Boko", "duma-boko", "BWA"),
        ("Michael Randrianirina", "michael-randrianirina", "MDG"),
        ("João Lourenço", "joao-lourenco", "AGO"),
        ("Peter Mutharika", "peter-mutharika", "MWI"),
    ]:
        link = linker.link(name, "PERSON", DocState())
        assert (link.actor_id, link.country) == (aid, country)
    rajoelina = kb.get("andry-rajoelina")
    assert rajoelina is not None and str(rajoelina.roles[-1].end) == "2025-10-14"


def test_the_shipped_kb_is_loaded_once_however_it_is_asked_for() -> None:
    # ``load_kb()`` (the repair stage's datelines) and ``load_kb("")`` (the components, from
    # the settings) are one knowledge base, not two loads of it
    assert load_kb() is load_kb("")
    assert load_kb(user_file="") is load_kb()


def test_national_parties_agencies_and_outlets_link_to_their_state() -> None:
    linker = Linker(load_kb(), fuzzy_threshold=82)
    cases = {
        ("Georgian Dream Party", "ORG"): ("georgian-dream", "GEO"),
        ("Broad Front", "ORG"): ("frente-amplio-uruguay", "URY"),
        ("Progress Party", "ORG"): ("fremskrittspartiet", "NOR"),
        ("BIA", "ORG"): ("bia-serbia", "SRB"),
        ("Zetas", "ORG"): ("los-zetas", "MEX"),
        ("Elekhbariya TV", "ORG"): ("al-ikhbariya", "SYR"),
        ("Asaduzzaman Khan", "PERSON"): ("asaduzzaman-khan-kamal", "BGD"),
    }
    for (text, label), want in cases.items():
        link = linker.link(text, label, DocState())
        assert (link.actor_id, link.country) == want, text
