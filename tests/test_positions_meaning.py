"""Issues by meaning and stance rules on sentences written for these tests (a catalog with a
claim, a definition and two examples, no phrase lists)."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions

CATALOG = """
name: court
description: States and the International Criminal Court.
issues:
  icc_exit:
    claim: States should withdraw from the International Criminal Court.
    definition: a country leaving or withdrawing from the court's founding treaty
    examples:
      - Ministers said they would leave the tribunal.
      - The government announced its withdrawal from the court.
"""


def _positions(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    return positions(pipeline, CATALOG, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one anchor ("leaving") whose object names the issue's object (the court)
        (
            "Foreign Minister Péter Szijjártó said Hungary is leaving the International "
            "Criminal Court.",
            ("Péter Szijjártó", "icc_exit", "support"),
        ),
        # a gerund after "by" shares the clause's subject; its own act, announced
        (
            "Burundi responded by announcing its withdrawal from the International Criminal Court.",
            ("Burundi", "icc_exit", "support"),
        ),
        (
            "The Philippines declared its withdrawal from the International Criminal Court.",
            ("Philippines", "icc_exit", "support"),
        ),
        # the attitude of "condemning" belongs to its own object, not to the conjoined
        # "announcing plans for ..." the parser hung below it
        (
            'Caracas reacted by condemning the ruling as "political" and announcing plans for '
            "its withdrawal from the International Criminal Court.",
            ("Venezuela", "icc_exit", "support"),
        ),
        # "nations in West Africa" are the listed states, not the region
        (
            "Kenya, Ghana and Nigeria, three nations in West Africa, have declared their "
            "withdrawal from the International Criminal Court.",
            ("Nigeria", "icc_exit", "support"),
        ),
        # a conjoined verb shares the subject of its partner: the plan is Venezuela's
        (
            "Venezuela responded to the ruling by announcing it would quit the court and "
            "leave the International Criminal Court.",
            ("Venezuela", "icc_exit", "support"),
        ),
    ],
)
def test_issue_by_frame_and_own_acts(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    found = _positions(pipeline, text)
    assert want in found
    assert (want[0], want[1], "oppose") not in found
    assert not any(actor == "West Africa" for actor, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The court said it was leaving the building.",  # an anchor whose object is no object
        "The minister said the court's judges were leaving for a conference in Geneva.",
    ],
)
def test_no_issue_without_its_object(pipeline: Any, text: str) -> None:
    assert not _positions(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a pronoun an attitude verb takes stands for the issue of the sentence before
        (
            "Fourteen governments backed the withdrawal from the International Criminal Court. "
            "Canada and Mexico rejected it.",
            ("Canada", "icc_exit", "oppose"),
        ),
        # "will" is shared by both conjoined verbs: the second is a plan too
        (
            "Foreign Minister Péter Szijjártó said Hungary will hold a vote and leave the "
            "International Criminal Court.",
            ("Péter Szijjártó", "icc_exit", "support"),
        ),
        # a statement's participle is its issuer's: "issued a statement condemning X"
        (
            "Burundi responded by issuing a statement condemning the withdrawal from the "
            "International Criminal Court.",
            ("Burundi", "icc_exit", "oppose"),
        ),
        # "described X ... as a betrayal", the "as" phrase hung inside the object
        (
            "The Kenyan government described Burundi leaving the International Criminal Court "
            "to protect its leaders as a betrayal.",
            ("Kenya", "icc_exit", "oppose"),
        ),
        # "stressed the importance of X": support for X
        (
            "Foreign Minister Péter Szijjártó stressed the importance of leaving the "
            "International Criminal Court.",
            ("Péter Szijjártó", "icc_exit", "support"),
        ),
    ],
)
def test_anaphora_shared_auxiliaries_and_importance(
    pipeline: Any, text: str, want: tuple[str, str, str]
) -> None:
    assert want in _positions(pipeline, text)


@pytest.mark.model
def test_a_pronoun_reaches_one_sentence_back_only(pipeline: Any) -> None:
    text = (
        "Fourteen governments backed the withdrawal from the International Criminal Court. "
        "The vote took place in Geneva on Monday. Canada rejected it."
    )
    assert not any(actor == "Canada" for actor, _, _ in _positions(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # one anchor of the default catalog ("ceasefire", "left") with an object that is not
        # the issue's: no position on another topic
        "Israel and Hamas agreed to a ceasefire deal on Wednesday.",
        "The cabinet approved a ceasefire agreement with the militant group.",
        "After the meeting, Trump left without attending the trade summit.",
        # "withdraw" is in phrases of several of its issues: no anchor of one of them
        "Mali, Burkina Faso and Niger have declared their immediate withdrawal from the "
        "Economic Community of West African States.",
    ],
)
def test_the_default_catalog_stays_off_other_topics(pipeline: Any, text: str) -> None:
    assert not pipeline.extract_texts([text])[0].positions
