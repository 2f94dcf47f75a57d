"""A word or two in quotation marks is the teller's label for a thing, not a statement
(quotes.finder._a_label); a short reported statement stays a quote. Sentences are written
for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import speaker_of


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile mounted what it called “preliminary strikes” against depots in the north.",
        'The ministry asserted that Chilean troops responded with "relentless operations,"'
        " destroying posts.",
    ],
)
def test_a_quoted_label_is_no_statement(pipeline: Any, text: str) -> None:
    quotes = pipeline.extract_texts([text])[0].quotes
    assert all(len(q.text.split()) >= 3 for q in quotes), [q.text for q in quotes]


@pytest.mark.model
def test_a_short_reported_statement_stays_a_quote(pipeline: Any) -> None:
    said = "Hardline ministers Erik Dahl and Tomas Verhelst have voiced anger, vowing to resign."
    assert speaker_of(pipeline, said, "to resign") is not None
