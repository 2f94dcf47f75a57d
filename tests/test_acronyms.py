"""Short names in a report: acronyms it defines ("the Multinational Security Support Mission
(MSS)") and a body named without its owner ("the Board of Governors" for the IAEA's) name
what their long form names. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.nlp.actors.acronyms import abbreviates, translated


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("MSS", "Multinational Security Support", True),
        ("MSS", "Multinational Security Mission", True),  # a writer's slip still reads
        ("RSF", "Rapid Support Forces", True),
        ("WHO", "World Health Organization", True),
        ("SCO", "Rapid Support Forces", False),
        ("UN", "Nations United", False),  # the first letter must open the first word used
    ],
)
def test_abbreviates(short: str, long: str, expected: bool) -> None:
    assert abbreviates(short, long) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("CNE", "National Electoral Council", True),  # Consejo Nacional Electoral
        ("FARC", "Revolutionary Armed Forces of Colombia", True),
        ("CNE", "National Election Board", False),
        ("UN", "Nations United", False),  # two letters: too little to tell
        ("CNEX", "National Electoral Council", False),
    ],
)
def test_translated(short: str, long: str, expected: bool) -> None:
    assert translated(short, long) is expected


@pytest.mark.model
def test_a_short_form_in_another_word_order_names_its_long_form(pipeline: Any) -> None:
    text = (
        "The Corvian National Electoral Council (CNE) was given a month to count the votes. "
        "On Tuesday, the CNE said the count was almost complete."
    )
    mentions = pipeline.extract_texts([text])[0].mentions
    short = [m for m in mentions if m.text == "CNE"]
    long = next(m for m in mentions if "Electoral Council" in m.text)
    assert short and all(m.actor_id == long.actor_id for m in short)


@pytest.mark.model
def test_a_defined_acronym_names_its_long_form_not_the_kb_body_of_those_letters(
    pipeline: Any,
) -> None:
    text = (
        "Police from Kenya serve in Haiti under the Multinational Security Support Mission "
        "(MSS). The MSS has had mixed results."
    )
    mentions = pipeline.extract_texts([text])[0].mentions
    short = [m for m in mentions if m.text == "MSS"]
    long = next(m for m in mentions if m.text.startswith("Multinational"))
    assert short and all(m.actor_id == long.actor_id for m in short)
    assert all(m.country != "CHN" for m in short)  # not China's Ministry of State Security


@pytest.mark.model
def test_a_bodys_name_without_its_owner_is_that_body_when_the_owner_is_named(
    pipeline: Any,
) -> None:
    """ "The Board of Governors" in a report naming the IAEA is the IAEA's board; in a
    report naming no such body it stays unknown."""
    text = "The IAEA met in Vienna. The Board of Governors voted to censure the state."
    board = next(
        m for m in pipeline.extract_texts([text])[0].mentions if m.text == "Board of Governors"
    )
    assert board.actor_id is not None and not board.actor_id.startswith("local:")
    other = "The Board of Governors of the bank met on Friday."
    board = next(m for m in pipeline.extract_texts([other])[0].mentions if "Governors" in m.text)
    assert board.actor_id is None or board.actor_id.startswith("local:")


@pytest.mark.model
def test_a_short_form_after_a_long_form_the_ner_missed_is_named_by_it(pipeline: Any) -> None:
    """ "Ghana Television (GTV)": the short form is that body, of the state its long form
    names, though the recognizer took only "Ghana" for a name."""
    text = (
        "The verdict was broadcast live by Ghana Television (GTV). "
        "GTV said the hearing would resume on Tuesday."
    )
    mentions = pipeline.extract_texts([text])[0].mentions
    short = [m for m in mentions if m.text == "GTV"]
    assert len(short) == 2 and all(m.canonical == "Ghana Television" for m in short)
    assert all(m.country == "GHA" for m in short)


def test_an_organs_head_noun_alone_is_that_organ_once_the_report_named_it() -> None:
    """ "The Board" after "the IAEA Board of Governors": the organ named before; in lower
    case, or where the report named only its owner ("the Parliament" in a report naming
    the EU is more likely its own state's), or two such organs, it stays unknown."""
    from sitroom.nlp.actors.kb import load_kb
    from sitroom.nlp.actors.linker import DocState, Linker

    linker = Linker(load_kb())

    def link(text: str, bodies: set[str], before: str = "") -> str | None:
        state = DocState()
        state.bodies = bodies
        if before:
            linker.link(before, "ORG", state)
        return linker.link(text, "ORG", state).actor_id

    assert link("Board", {"iaea"}, "Board of Governors") == "iaea-board"
    assert link("Council", {"council-of-the-eu"}) == "council-of-the-eu"
    assert str(link("council", {"council-of-the-eu"})).startswith("local:")
    assert str(link("Parliament", {"eu"})).startswith("local:")
    assert str(link("Parliament", {"european-parliament"})).startswith("local:")
    assert str(link("Board", {"iaea-board", "federal-reserve"})).startswith("local:")
