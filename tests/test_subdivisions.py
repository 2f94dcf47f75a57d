"""First-level subdivisions of ISO 3166-2 in the gazetteer ("Kebbi State", "Sindh") and the
state they give a person outside the knowledge base whose title names one; a name two
states' regions share ("Punjab") or that names another state ("Georgia", a US state before
"Governor") gives none. Sentences are written for these tests; the names are invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp.actors.things import place_country, place_in, place_opening
from sitroom.nlp.events.plover import load_lexicon

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_subdivisions.py"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kebbi", "NGA"),
        ("Kebbi State", "NGA"),
        ("Kwara", "NGA"),
        ("Sindh", "PAK"),
        ("Khyber Pakhtunkhwa", "PAK"),
        ("Rivers State", "NGA"),  # a common word's typed form only
        ("Rivers", None),
        ("Unity", None),
        ("Punjab", None),  # IND and PAK
        ("Georgia", "GEO"),  # PETRARCH2's names keep what they give
        ("Police", None),  # a Slovenian municipality: local units are left out
    ],
)
def test_subdivision_names_give_their_state(name: str, code: str | None) -> None:
    assert place_country(name) == code


def test_shared_names_are_listed() -> None:
    assert {"punjab", "georgia"} <= load_lexicon().shared_places


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Kebbi State Governor", "NGA"),
        ("Sindh chief minister", "PAK"),
        ("the governor of Sindh", "PAK"),
        ("Punjab chief minister", None),
        ("Georgia Governor", None),  # a US state's office: no Georgia's
    ],
)
def test_a_title_naming_a_region_gives_its_state(title: str, code: str | None) -> None:
    assert place_in(title) == code


def test_the_generator_drops_shared_names_and_local_units(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_subdivisions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "iso3166-1.json").write_text(
        '{"3166-1": [{"alpha_2": "AA", "alpha_3": "AAA", "name": "Aland"},'
        ' {"alpha_2": "BB", "alpha_3": "BBB", "name": "Borvia"}]}'
    )
    (tmp_path / "iso3166-2.json").write_text(
        '{"3166-2": [{"code": "AA-1", "name": "Kelmo", "type": "State"},'
        ' {"code": "AA-2", "name": "Tarn", "type": "Province"},'
        ' {"code": "BB-1", "name": "Tarn", "type": "Region"},'
        ' {"code": "AA-3", "name": "Borvia", "type": "State"},'
        ' {"code": "BB-3", "name": "Velt", "type": "Municipality"},'
        ' {"code": "BB-4", "name": "Rivers", "type": "State"},'
        ' {"code": "BB-5", "name": "Isles", "type": "Geographical region"},'
        ' {"code": "BB-6", "name": "Ostra", "type": "Province", "parent": "BB-5"}]}'
    )
    names, shared = module.build(tmp_path)
    assert names["kelmo"] == names["kelmo state"] == "AAA"
    assert "tarn" not in names and "tarn" in shared  # two states' regions
    assert names["tarn province"] == "AAA" and names["tarn region"] == "BBB"
    assert "velt" not in names  # a municipality
    assert "rivers" not in names and names["rivers state"] == "BBB"
    assert names["ostra"] == "BBB"  # under a geographical grouping: the first level
    assert "borvia" not in names and "borvia" in shared  # another state's name
    assert names["borvia state"] == "AAA"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kwara State Police Command", "NGA"),
        ("Sindh Rangers Directorate", "PAK"),
        ("South American Rowing Confederation", None),  # no place opens it
        ("Kwara", None),  # the place itself is no body named after it
    ],
)
def test_a_body_named_after_a_region(name: str, code: str | None) -> None:
    assert place_opening(name) == code


def _person(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kebbi State Governor Musa Danlami visited the school.", "Musa Danlami", "NGA"),
        ("Sindh chief minister Rafiq Solangi said the dykes would hold.", "Rafiq Solangi", "PAK"),
        (
            "Kwara State Police Command's spokesperson, Tunde Adeyemo, confirmed the arrest.",
            "Tunde Adeyemo",
            "NGA",
        ),
        ("Punjab chief minister Harjit Sandhu met farmers.", "Harjit Sandhu", None),
        ("Georgia Governor Tom Wexley signed the bill.", "Tom Wexley", None),
    ],
)
def test_a_regional_official_takes_the_regions_state(
    actor_nlp: Language, text: str, name: str, code: str | None
) -> None:
    assert _person(actor_nlp, text, name).country == code


@pytest.mark.model
def test_a_body_named_after_a_region_takes_its_state(actor_nlp: Language) -> None:
    text = "The Kwara State Police Command said two suspects were arrested."
    assert _person(actor_nlp, text, "Kwara State Police Command").country == "NGA"


def test_the_generator_leaves_a_name_the_kb_gives_another_states_actor() -> None:
    spec = importlib.util.spec_from_file_location("build_subdivisions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = {"boe": "NRU", "kelmo": "AAA", "aaland": "AAA"}
    known = {"boe": {"GBR"}, "aaland": {"AAA"}}  # a bank's acronym; the state's own name
    assert module.without_kb_names(names, known) == {"kelmo": "AAA", "aaland": "AAA"}
