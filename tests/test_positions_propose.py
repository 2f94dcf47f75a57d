"""Proposed issues (sentences written for these tests): a stance seen once is proposed
only when its object names an act, a state or a document, or the corpus names it again;
frame nouns of approval are looked through to what is approved; "desist from making X"
is about X."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article
from sitroom.nlp.positions.propose import propose

TEXTS = [
    "Fishermen in Bergen blocked a road on Monday. Norway opposes the approval of the "
    "fisheries pact. Iceland insisted that Denmark should desist from making threats.",
    "Denmark backed the fisheries pact. Iceland welcomed the recognition of its waters.",
]


@pytest.fixture(scope="module")
def parsed(pipeline: Any) -> list[Article]:
    return list(pipeline.extract_texts(TEXTS))


@pytest.mark.model
def test_things_said_once_are_no_question(parsed: list[Article]) -> None:
    labels = {p.label for p in propose(parsed)}
    assert "road" not in labels  # a thing, named once
    assert any("recognition" in label for label in labels)  # a state, named once
    assert "approval" not in labels  # the approval of the pact is about the pact
    assert any("pact" in label for label in labels)
    assert "desist" not in labels
