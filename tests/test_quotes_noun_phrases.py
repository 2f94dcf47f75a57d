"""What is not a statement: a clause inside a relative clause of the reported noun phrase
("addressed a rally where ..."), which describes the noun. Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.model
def test_a_relative_clause_of_the_object_is_no_statement(pipeline: Any) -> None:
    text = "The governor addressed a crowd of farmers who said the harvest had failed."
    quotes = pipeline.extract_texts([text])[0].quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "addressed"], [
        q.text for q in quotes
    ]
