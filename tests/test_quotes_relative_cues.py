"""A cue inside a relative clause whose content clause lost its subject or object to the
relative pronoun before the cue ("the blast, which the police said was caused by a gas
leak", "what analysts say has been a long rivalry"): the content is the clause after the
cue, and the cue's subject speaks (hand-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes_at(pipeline: Any, text: str, words: str) -> list[Any]:
    article = pipeline.extract_texts([text])[0]
    at = text.index(words)
    return [q for q in article.quotes if q.start <= at < q.end]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Crews cleared the street after the blast, which the police said was caused by a "
            "faulty gas pipe.",
            "was caused by a faulty gas pipe",
            "police",
        ),
        (
            "The firm still runs the old mill, which its owner says he is trying hard to keep "
            "open this winter.",
            "he is trying hard to keep open this winter",
            "owner",
        ),
        (
            "The dispute reflected what historians say has been a long rivalry between the "
            "two valley towns.",
            "has been a long rivalry between the two valley towns",
            "historians",
        ),
    ],
)
def test_relative_pronoun_before_the_cue_leaves_the_clause_after_it(
    pipeline: Any, text: str, content: str, speaker: str
) -> None:
    quotes = _quotes_at(pipeline, text, content)
    assert quotes, "the relative clause's content was not quoted"
    quote = quotes[0]
    assert content in quote.text
    assert " said " not in quote.text and " say" not in quote.text  # the cue is not content
    assert quote.speaker is not None and speaker in quote.speaker.text
