"""Who does an event told by a noun (session 36, eventsrc27): the subject of a verb of citing
or complaining that governs the noun speaks of the act, it does not do it ("the rebels cited
the embargo imposed on their province"); a verb of saying that also carries the act
("announced sanctions") keeps its subject as the doer. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.nlp.events.nouns import noun_arguments


def _noun(pipeline: Any, text: str, word: str) -> Any:
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The generals cited the heavy sanctions imposed on their country as the reason.",
        "The ministers complained about the sanctions imposed on their banks.",
        "The council criticized the sanctions on the port.",
    ],
)
def test_a_cited_measure_is_not_the_citers_own(pipeline: Any, text: str) -> None:
    noun = _noun(pipeline, text, "sanctions")
    actors, _ = noun_arguments(noun, pipeline.nlp.get_pipe("sitroom_events_v3").lexicon)
    assert not actors, [a.text for a in actors]


@pytest.mark.model
def test_an_announced_measure_is_the_announcers_own(pipeline: Any) -> None:
    noun = _noun(pipeline, "Canada announced new sanctions on the port.", "sanctions")
    actors, _ = noun_arguments(noun, pipeline.nlp.get_pipe("sitroom_events_v3").lexicon)
    assert [a.text for a in actors] == ["Canada"]


@pytest.mark.model
def test_sanctions_on_the_doer_of_an_earlier_act_do_not_continue_it(pipeline: Any) -> None:
    """An act told without its doer and aimed at the doer of the latest act of its type is no
    more of that act: it continues an earlier one by another party."""
    from prose_checks import countries, events_of

    text = (
        "Officials spoke to reporters on Tuesday.\n\n"
        "Bolivia faced sanctions from the European Union in March. "
        "Bolivia then imposed sanctions on Peru. "
        "The new sanctions imposed on Bolivia hurt its farmers."
    )
    found = [e for e in events_of(pipeline, "2025-06-10", text) if e.anchor.text == "sanctions"]
    last = found[-1]
    assert countries(last.recipient) == {"BOL"}
    assert "BOL" not in countries(last.actor)
