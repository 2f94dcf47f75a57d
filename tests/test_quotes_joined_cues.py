"""Two wh-clauses of saying joined by "and": each content to its own speaker; the second
clause is not what the first speaker said (``quotes.coordinated``; hand-written
sentences)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.model
def test_second_wh_clause_is_not_the_first_speakers_content(pipeline: Any) -> None:
    text = (
        "The film shows what the farmers say about the drought and how experts say the "
        "rivers will change."
    )
    article = pipeline.extract_texts([text])[0]
    farmers = [q for q in article.quotes if q.speaker is not None and "farmers" in q.speaker.text]
    assert not farmers
    experts = [q for q in article.quotes if q.speaker is not None and "experts" in q.speaker.text]
    assert [q.text for q in experts] == ["the rivers will change"]


@pytest.mark.model
def test_that_clause_after_and_stays_the_content(pipeline: Any) -> None:
    text = "The minister said the plan was sound and that the critics were wrong about it."
    article = pipeline.extract_texts([text])[0]
    assert any(q.text.endswith("the critics were wrong about it") for q in article.quotes)


@pytest.mark.model
def test_content_inside_a_wh_clause_ends_before_the_joined_one(pipeline: Any) -> None:
    text = (
        "The gap between what the mayor says her budget would fund and how auditors say it "
        "would work has grown."
    )
    article = pipeline.extract_texts([text])[0]
    mayor = [q for q in article.quotes if q.speaker is not None and "mayor" in q.speaker.text]
    assert [q.text for q in mayor] == ["her budget would fund"]
