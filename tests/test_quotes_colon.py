"""A statement set off by a colon after a speech verb: the paragraph set out, unquoted,
below "X added:" is X's content, not cut at the paragraph break (``quotes.colon``;
hand-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes_at(pipeline: Any, text: str, words: str) -> list[Any]:
    article = pipeline.extract_texts([text])[0]
    at = text.index(words)
    return [q for q in article.quotes if q.start <= at < q.end]


@pytest.mark.model
def test_paragraph_set_out_below_a_colon_is_the_speakers(pipeline: Any) -> None:
    text = (
        "The coach said the team had played well all season.\n\n"
        "Coach Maria Lind added:\n\n"
        "And after a season like this one, the whole valley deserves better. "
        "We owe the fans a cup final.\n\n"
        "The club did not comment."
    )
    found = _quotes_at(pipeline, text, "whole valley")
    assert len(found) == 1
    quote = found[0]
    assert quote.text.startswith("And after a season")
    assert quote.text.endswith("We owe the fans a cup final")
    assert quote.cue is not None and quote.cue.text == "added"
    assert quote.speaker is not None and "Lind" in quote.speaker.text
    assert not _quotes_at(pipeline, text, "did not comment")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a list set out below the colon, not a statement
        ("The board noted:\n\n14 of the 20 districts had sent their results by noon.", "districts"),
        # no speech verb: what a plan includes is said by no one
        ("The plan included:\n\nNew roads for the northern farms and a clinic.", "clinic"),
    ],
)
def test_no_statement_below_other_colons(pipeline: Any, text: str, words: str) -> None:
    assert not _quotes_at(pipeline, text, words)


@pytest.mark.model
def test_quotation_below_a_colon_stays_one_direct_quote(pipeline: Any) -> None:
    text = "The mayor said:\n\n“We are ready for the storm, and the shelters are open.”"
    found = _quotes_at(pipeline, text, "shelters")
    assert len(found) == 1
    assert found[0].kind == "direct"
