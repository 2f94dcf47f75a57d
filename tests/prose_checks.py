"""Helpers shared by the furniture and speaker tests: two sentences of report prose
(written for the tests) that must stay prose, the furniture kinds found in a text, and
the speaker of the quote that holds some words."""

from __future__ import annotations

from typing import Any

from sitroom.article import Quote
from sitroom.repair.furniture import find_furniture

BODY = (
    "The water ministry said on Tuesday that repairs to the river crossings would start next "
    "month, after weeks of talks with the farmers' union over who would pay for them."
)
BODY2 = (
    "Union leaders met the minister for three hours and agreed to share the cost of the "
    "first two bridges, a spokesperson for the union told reporters in the capital."
)


def kinds_of(text: str) -> dict[str, str]:
    """Each furniture line of ``text`` and its kind."""
    return {f.text: f.kind for f in find_furniture(text)}


def speaker_of(pipeline: Any, text: str, words: str) -> Any:
    """The speaker of the quote of ``text`` that holds ``words`` (one must)."""
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    at = text.index(words)
    found = [q for q in quotes if q.start <= at < q.end]
    assert found, [q.text for q in quotes]
    return found[0].speaker
