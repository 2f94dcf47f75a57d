"""What a claim asks to end or to be shielded from (``undoing.claim_reduced``), and how a
report that names only that thing is read (sentences written for these tests): against
the thing is for the claim."""

from __future__ import annotations

from typing import Any

import pytest

from positions_data import positions
from sitroom.nlp.positions.catalog import parse_catalog
from sitroom.nlp.positions.meaning import stem
from sitroom.nlp.positions.undoing import claim_reduced


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The port should lower its docking fees for foreign ships.", {"fees"}),
        ("The levies on imported grain should be lifted.", {"levies"}),
        ("Every town should phase out coal heating.", {"heating"}),
        ("The region should transition away from diesel buses.", {"buses"}),
        ("Fishing crews must be protected from unfair competition by trawlers.", {"competition"}),
        # the place one leaves is no thing to be reduced
        ("The militia must withdraw from the valley it seized.", set()),
        # a diminishing noun is no request ("the warming limit")
        ("Countries should keep the warming limit within reach.", set()),
        ("The ferry line should be extended to the islands.", set()),
    ],
)
def test_claim_reduced(claim: str, want: set[str]) -> None:
    assert claim_reduced(claim, stem) == frozenset(stem(w) for w in want)


def test_shielded_words() -> None:
    catalog = parse_catalog(CATALOG, "test")
    issue = next(i for i in catalog.issues if i.id == "crew_protection")
    assert {"unfair", "competition"} <= issue.shielded_words
    assert "unfair" not in next(i for i in catalog.issues if i.id == "docking_fees").shielded_words


CATALOG = """
name: harbour
description: A harbour's fees and its fishing crews, 2026.
issues:
  docking_fees:
    claim: The port of Halden should lower its docking fees for foreign ships.
    definition: cutting the docking fees the port charges foreign ships
    examples:
      - The shipping companies want the port to cut its fees.
    keywords: [(docking )?fees]
  crew_protection:
    claim: Local fishing crews must be protected from unfair competition by foreign trawlers.
    definition: shielding local fishing crews from unfair competition by foreign trawlers
    examples:
      - The crews demand protection from the trawlers.
    keywords: [unfair competition, protect* ... crews]
"""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # criticising the fees is for lowering them
        (
            "Norway criticised the docking fees charged by the port.",
            ("Norway", "docking_fees", "support"),
            ("Norway", "docking_fees", "oppose"),
        ),
        # ruling out a cut is against the claim, the cut named by its own word
        (
            "Denmark dismissed any prospect of lowering the docking fees.",
            ("Denmark", "docking_fees", "oppose"),
            ("Denmark", "docking_fees", "support"),
        ),
        # a worry about what the claim shields from is for the claim
        (
            "Norway opposes the new rules, citing concerns that its crews would face "
            "unfair competition.",
            ("Norway", "crew_protection", "support"),
            ("Norway", "crew_protection", "oppose"),
        ),
    ],
)
def test_reduced_object(pipeline: Any, text: str, want: tuple, not_want: tuple) -> None:
    got = positions(pipeline, CATALOG, text)
    assert want in got
    assert not_want not in got


def test_contrasted_words() -> None:
    from sitroom.nlp.positions.undoing import contrasted

    texts = [
        "The ferry plan should cover every island, not only the harbour towns.",
        "a ferry plan serving all islands rather than only harbour towns and marinas",
        "The plan should not focus only on marinas.",
        "The towns want ferries.",  # "towns" named outside a contrast too
    ]
    assert set(contrasted(texts, stem)) == {"harbour", "marinas"}


FERRIES = """
name: ferries
description: A ferry plan for an archipelago.
issues:
  all_islands:
    claim: The ferry plan should serve every island, not only the harbour towns.
    definition: ferries for all islands rather than only harbour towns and marinas
    examples:
      - The plan should not focus only on marinas.
"""


@pytest.mark.model
def test_the_contrast_names_the_issue_reversed(pipeline: Any) -> None:
    text = "Norway wants a ferry plan built around harbour towns and marinas alone."
    found = positions(pipeline, FERRIES, text)
    assert ("Norway", "all_islands", "oppose") in found
    assert ("Norway", "all_islands", "support") not in found
