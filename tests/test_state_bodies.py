"""A state's bodies named by a demonym and a common noun ("the Chilean foreign ministry")
are one organisation mention of that state's body; a state's name before the body
("Sudan's army") stays the state. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Mention


def _mentions(pipeline: Any, text: str) -> dict[str, Mention]:
    return {m.text: m for m in pipeline.extract_texts([text])[0].mentions}


@pytest.mark.model
def test_a_demonym_and_a_ministry_are_the_states_ministry(pipeline: Any) -> None:
    text = "The Chilean foreign ministry said the envoy had been recalled on Monday."
    m = _mentions(pipeline, text)["Chilean foreign ministry"]
    assert (m.type, m.country, m.sector) == ("ORG", "CHL", "GOV")
    quote = pipeline.extract_texts([text])[0].quotes[0]
    assert quote.speaker is not None and quote.speaker.actor_id == "CHL"


@pytest.mark.model
def test_the_body_keeps_its_own_sector(pipeline: Any) -> None:
    by_text = _mentions(pipeline, "Ghanaian police closed the road after Peruvian troops left.")
    assert by_text["Ghanaian police"].sector == "COP"
    assert by_text["Ghanaian police"].country == "GHA"


@pytest.mark.model
def test_a_known_body_keeps_its_entry_and_a_state_name_stays_the_state(pipeline: Any) -> None:
    by_text = _mentions(pipeline, "The Israeli military said it had struck a depot.")
    assert by_text["Israeli military"].actor_id == "idf"
    by_text = _mentions(pipeline, "Kenya's army said the border was closed.")
    assert "Kenya" in by_text and by_text["Kenya"].actor_id == "KEN"


@pytest.mark.model
def test_a_body_outside_the_kb_takes_the_state_its_name_gives(pipeline: Any) -> None:
    text = "The Bolivian Ministry of Mining said the mine would reopen."
    found = [m for m in pipeline.extract_texts([text])[0].mentions if "Mining" in m.text]
    assert found and found[0].country == "BOL"
