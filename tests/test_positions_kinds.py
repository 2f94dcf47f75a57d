"""A definite act noun of the kind the issue is named by ("the pact" after "the treaty",
"the law" after "the ban") stands for that issue (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions
from sitroom.nlp.positions.backrefs import named_nouns, own_nouns
from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.nounphrase import noun_keys

CATALOG = """
name: kinds
issues:
  island_treaty:
    claim: The kingdom should sign the treaty returning the Pearl Islands to Oria.
    keywords:
      - Pearl (Islands|Island) (treaty|handover)
  app_ban:
    claim: Velmont should ban video apps for children under 14.
    keywords:
      - (video app|app) ban
  coup_trial:
    claim: General Varo should be tried for the coup plot.
    keywords:
      - (trial|prosecution|investigation) ... Varo
  steel_levy:
    claim: Ostland should impose a levy on imported steel.
    keywords:
      - steel levy
"""


def test_kin_nouns_of_an_issue() -> None:
    cat = parse_catalog(CATALOG, "kinds")
    treaty = cat.get("island_treaty")
    assert treaty is not None
    assert own_nouns(treaty) == {"treaty"}
    assert {"pact", "deal", "proposal"} <= named_nouns(treaty)
    ban = cat.get("app_ban")
    assert ban is not None and {"law", "legislation"} <= named_nouns(ban)
    levy = cat.get("steel_levy")
    assert levy is not None and "tariff" in named_nouns(levy)
    assert "law" not in named_nouns(levy)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The kingdom agreed the Pearl Islands treaty in May. Portugal said it opposes the "
            "pact.",
            ("Portugal", "island_treaty", "oppose"),
        ),
        (
            "Velmont introduced its video app ban on Monday. Chile welcomed the law.",
            ("Chile", "app_ban", "support"),
        ),
        (
            "Ostland announced a steel levy last week. Brazil condemned the tariff.",
            ("Brazil", "steel_levy", "oppose"),
        ),
        # ... also as the object of an attitude noun's preposition
        (
            "Ostland announced a steel levy last week. Portugal voiced its opposition to the "
            "tariff.",
            ("Portugal", "steel_levy", "oppose"),
        ),
    ],
)
def test_noun_of_the_issues_kind(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in positions(pipeline, CATALOG, text)


@pytest.mark.model
def test_two_issues_of_the_kind_leave_the_noun_unread(pipeline: Any) -> None:
    cat = (
        CATALOG
        + """
  river_treaty:
    claim: The kingdom should sign the river treaty with Oria.
    keywords:
      - river treaty
"""
    )
    text = (
        "The kingdom agreed the Pearl Islands treaty and the river treaty in May. Portugal "
        "said it opposes the pact."
    )
    assert not {p for p in positions(pipeline, cat, text) if p[0] == "Portugal"}


def test_noun_keys_of_a_keyword() -> None:
    cat = parse_catalog(CATALOG, "kinds")
    levy = cat.get("steel_levy")
    assert levy is not None
    assert noun_keys(levy) == [(("levy",), [("steel",)])]
    ban = cat.get("app_ban")
    assert ban is not None and noun_keys(ban) == []  # "video app" is two words in one


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the keyword's other words anywhere in the act noun's own phrase
        (
            "Brazil condemned a new levy that Ostland put on steel.",
            ("Brazil", "steel_levy", "oppose"),
        ),
        (
            "Portugal rejected a treaty that would hand the Pearl Islands to Oria.",
            ("Portugal", "island_treaty", "oppose"),
        ),
    ],
)
def test_act_noun_named_by_its_phrase(pipeline: Any, text: str, want: tuple[str, str, str]) -> None:
    assert want in positions(pipeline, CATALOG, text)


@pytest.mark.model
def test_act_noun_without_the_issues_words_is_not_the_issue(pipeline: Any) -> None:
    text = "Portugal rejected a treaty that would hand the Azores to Oria."
    assert not {p for p in positions(pipeline, CATALOG, text) if p[1] == "island_treaty"}


@pytest.mark.model
def test_proceedings_are_one_kind(pipeline: Any) -> None:
    text = "The court opened the trial of General Varo in May. Chile criticized the probe."
    assert ("Chile", "coup_trial", "oppose") in positions(pipeline, CATALOG, text)


@pytest.mark.model
def test_a_noun_that_picks_one_anew_does_not_refer_back(pipeline: Any) -> None:
    text = (
        "The court opened the trial of General Varo in May. Chile said the only fair trial "
        "should be held abroad."
    )
    assert not {p for p in positions(pipeline, CATALOG, text) if p[0] == "Chile"}
