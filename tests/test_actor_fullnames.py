"""Another form of a known person's full name: the double surname alone, or the name with
a middle name the knowledge base leaves out (sitroom.nlp.actors.fullnames)."""

from __future__ import annotations

import pytest

from sitroom.nlp.actors.fullnames import other_forms
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.actors.linker import DocState, Linker


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["oligui", "nguema"], ["brice-oligui-nguema"]),  # the double surname alone
        (["brice", "clotaire", "oligui", "nguema"], ["brice-oligui-nguema"]),  # a middle name
        (["sheinbaum", "pardo"], None),  # an alias's double surname
        (["clotaire", "nguema"], []),  # not the surname's own words
        (["brice", "nguema", "oligui"], []),  # not in order
        (["nguema"], None),  # one word: the people of that surname
    ],
)
def test_other_forms(kb: KnowledgeBase, tokens: list[str], expected: list[str] | None) -> None:
    found = other_forms(kb, tokens)
    if expected is None:
        assert len(found) == 1
    else:
        assert found == expected


def test_a_double_surname_alone_links_in_context(kb: KnowledgeBase) -> None:
    """ "Oligui Nguema" in a report on Gabon is the president; without the state named,
    no link (a surname's rule)."""
    linker = Linker(kb, fuzzy_threshold=82)
    state = DocState()
    state.countries.add("GAB")
    assert linker.link("Oligui Nguema", "PERSON", state).actor_id == "brice-oligui-nguema"
    assert linker.link("Oligui Nguema", "PERSON", DocState()).actor_id != "brice-oligui-nguema"
