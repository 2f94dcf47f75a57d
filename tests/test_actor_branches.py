"""A state's name closing an international body's name names the body's branch in that
state ("Amnesty Kenya"), not the body and a place. Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article

pytestmark = pytest.mark.model


def _mentions(pipeline: Any, text: str) -> dict[str, Any]:
    (article,) = list(pipeline.process([Article(text=text, published="2025-06-01")]))
    return {m.text: m for m in article.mentions}


def test_a_rights_groups_national_branch_is_one_actor_of_that_state(pipeline: Any) -> None:
    found = _mentions(
        pipeline,
        "Three officers were hurt. Amnesty Kenya, a human rights organization, reported "
        "that eight people were shot.",
    )
    branch = found.get("Amnesty Kenya")
    assert branch is not None, list(found)
    assert branch.country == "KEN" and branch.actor_id != "amnesty-international"
    assert "Kenya" not in found


def test_a_un_agencys_country_office_is_its_own_actor(pipeline: Any) -> None:
    found = _mentions(pipeline, "Aid workers said UNICEF Yemen had run out of vaccines.")
    office = found.get("UNICEF Yemen")
    assert office is not None, list(found)
    assert office.country == "YEM"


def test_a_state_named_after_the_body_in_another_phrase_stays_apart(pipeline: Any) -> None:
    found = _mentions(pipeline, "Amnesty said Kenya must investigate the killings.")
    assert found["Amnesty"].actor_id == "amnesty-international"
