"""Whose government a leader's name means ("the Erdogan government" is Turkey's, never the
person; "Erdogan's government" names him as its owner), and who a surname alone means
when two people share it. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article

pytestmark = pytest.mark.model


def _mentions(pipeline: Any, text: str, published: str = "2025-06-01") -> list[Any]:
    (article,) = list(pipeline.process([Article(text=text, published=published)]))
    return article.mentions


@pytest.mark.parametrize("noun", ["government", "administration"])
def test_a_leaders_government_is_the_state(pipeline: Any, noun: str) -> None:
    text = f"Critics have stepped up their attacks on the Erdogan {noun} in recent months."
    found = {m.text: m for m in _mentions(pipeline, text)}
    body = found.get(f"Erdogan {noun}")
    assert body is not None, list(found)
    assert (body.actor_id, body.type) == ("TUR", "ORG")


def test_in_the_possessive_the_leader_is_named(pipeline: Any) -> None:
    text = "Critics have stepped up their attacks on Erdogan's government in recent months."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert found["Erdogan"].actor_id == "recep-tayyip-erdogan"


def test_a_past_leaders_government_keeps_the_person(pipeline: Any) -> None:
    text = "Historians still debate Obama's administration and its record."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert "Obama's administration" not in found


def test_a_surname_alone_means_the_person_named_more_often(pipeline: Any) -> None:
    text = (
        "Police detained Ekrem Imamoglu on Wednesday. Imamoglu denied the charges, and "
        "Imamoglu's lawyers appealed. His wife, Dilek Imamoglu, spoke to supporters. "
        "Imamoglu was later taken to a courthouse."
    )
    last = [m for m in _mentions(pipeline, text) if m.text == "Imamoglu"][-1]
    assert last.actor_id == "ekrem-imamoglu"


def test_an_undated_reports_administration_is_the_leaders_state(pipeline: Any) -> None:
    text = "Critics have stepped up their attacks on the Erdogan administration this year."
    found = {m.text: m for m in _mentions(pipeline, text, published="")}
    body = found.get("Erdogan administration")
    assert body is not None and (body.actor_id, body.type) == ("TUR", "ORG"), list(found)


def test_an_undated_reports_past_administration_keeps_the_person(pipeline: Any) -> None:
    text = "Historians still debate the Obama administration and its record."
    found = {m.text: m for m in _mentions(pipeline, text, published="")}
    body = found.get("Obama administration")
    assert body is None or body.actor_id != "USA"


def test_a_past_leaders_regime_is_a_body_of_his_state(pipeline: Any) -> None:
    text = "Rebels who toppled the Assad regime now run the country from Damascus."
    found = {m.text: m for m in _mentions(pipeline, text)}
    body = found.get("Assad regime")
    assert body is not None, list(found)
    assert (body.type, body.country, body.sector) == ("ORG", "SYR", "GOV")


def test_a_serving_leaders_regime_is_the_state(pipeline: Any) -> None:
    text = "Exiles say the Erdogan regime has jailed thousands of its critics."
    found = {m.text: m for m in _mentions(pipeline, text)}
    body = found.get("Erdogan regime")
    assert body is not None and (body.actor_id, body.type) == ("TUR", "ORG"), list(found)


@pytest.mark.parametrize("noun", ["loyalists", "camp"])
def test_a_leaders_faction_is_a_group_not_the_person(pipeline: Any, noun: str) -> None:
    text = f"Fighting broke out between the army and Assad {noun} near the coast."
    found = {m.text: m for m in _mentions(pipeline, text)}
    group = found.get(f"Assad {noun}")
    assert group is not None, list(found)
    assert group.type == "GROUP" and group.country == "SYR"
    assert not (group.actor_id or "").startswith("bashar")


def test_a_state_bodys_acronym_needs_its_state_in_the_report(pipeline: Any) -> None:
    text = "Deputies of the BSP walked out of the assembly in Sofia on Tuesday."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert found["BSP"].actor_id != "bangko-sentral", found["BSP"]
    assert found["BSP"].country != "PHL"


def test_a_state_bodys_acronym_is_the_body_where_its_state_is_named(pipeline: Any) -> None:
    text = "The BSP left its policy rate unchanged, Philippine officials said on Tuesday."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert found["BSP"].actor_id == "bangko-sentral"


def test_the_knowledge_base_keeps_an_entrys_own_kind() -> None:
    from sitroom.nlp.actors.kb import load_kb

    kb = load_kb()
    assert kb.actors["bangko-sentral"].body == "national_body"
    assert kb.actors["bangko-sentral"].kind == "org"


def test_a_dotted_abbreviation_opens_the_same_bodys_name(pipeline: Any) -> None:
    text = "Police fired on crowds, though the U.N. human rights office confirmed 10 deaths."
    found = {m.text: m for m in _mentions(pipeline, text)}
    office = found.get("U.N. human rights office")
    assert office is not None, list(found)
    assert office.actor_id == "ohchr"


def test_dotted_writes_the_abbreviation_opening_a_name() -> None:
    from sitroom.nlp.actors.kb.normalize import dotted

    assert dotted("UN Human Rights Office") == "U.N. Human Rights Office"
    assert dotted("Human Rights Watch") is None
    assert dotted("UNSC") is None


def test_a_state_only_a_foreign_acronym_names_gives_no_body_its_state(pipeline: Any) -> None:
    text = "Leaders of the BSP – United Left said the National Assembly would vote on Friday."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert "United Left" in found, list(found)
    assert found["United Left"].country != "PHL", found["United Left"]


def test_an_acronym_in_a_description_gives_no_unnamed_state(pipeline: Any) -> None:
    text = "The motion was backed by GERB, the BSP and There Is Such a People, Zhelyazkov said."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert "GERB" in found, list(found)
    assert found["GERB"].country != "PHL", found["GERB"]


def test_a_description_naming_another_state_rejects_the_kb_body(pipeline: Any) -> None:
    text = "El País, the Uruguayan newspaper, reported that the minister had resigned."
    found = {m.text: m for m in _mentions(pipeline, text)}
    paper = found["El País"]
    assert paper.actor_id != "el-pais" and (paper.type, paper.country) == ("ORG", "URY")


def test_a_description_naming_the_kb_bodys_state_keeps_it(pipeline: Any) -> None:
    text = "El País, the Spanish newspaper, reported that the minister had resigned."
    found = {m.text: m for m in _mentions(pipeline, text)}
    assert found["El País"].actor_id == "el-pais"


def test_a_description_before_the_name_rejects_the_kb_body(pipeline: Any) -> None:
    text = "She said so in an interview with the Uruguayan newspaper ‘El País’ on Sunday."
    found = {m.text: m for m in _mentions(pipeline, text)}
    paper = found["El País"]
    assert paper.actor_id != "el-pais" and (paper.type, paper.country) == ("ORG", "URY")
