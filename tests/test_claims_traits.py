"""Where the attacker fired from and his tie to a place (sitroom.claims.traits).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims.traits import passage, position, tie, traits
from sitroom.claims.units import Unit, units


def unit_lists(*texts: str) -> list[list[Unit]]:
    out = []
    for k, text in enumerate(texts):
        article = Article(text=text)
        article.assign_id(f"r{k}")
        out.append(units(article, k))
    return out


def reasons(first: str, second: str) -> list[str]:
    return [why for _, _, why, _, _ in traits(unit_lists(first, second))]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Police said the attacker opened fire from outside the mosque.", False),
        ("The gunman stood on the outside of the hall and fired at the crowd.", False),
        ("The shooter began firing outside of the school, police said.", False),
        ("Police said the gunman entered the building and fired at the guards.", True),
        ("The attacker stormed the club and opened fire on the dancers.", True),
        # both told: neither; no attacker or no firing: neither
        ("The gunman fired from outside and then entered the building.", None),
        ("The thieves entered the building from the outside with a ladder.", None),
        ("Police entered the building at noon, the mayor said.", None),
    ],
)  # fmt: skip
def test_where_the_attacker_fired_from(text: str, inside: bool | None) -> None:
    found = position(text)
    assert (found[1] if found else None) is inside


def test_a_tie_stated_and_denied() -> None:
    assert tie("The attack was carried out by a former employee, police said.") == (
        "former employee",
        True,
    )
    found = tie("Police said he had no known criminal record or ties to the factory.")
    assert found is not None and found[1] is False
    # an open question states neither; a tie of someone else is no attacker's
    assert tie("Police have not said whether he had any connection to the factory.") is None
    assert tie("A former employee of the factory told reporters it was chaos.") is None


def test_two_reports_that_place_or_tie_the_attacker_otherwise() -> None:
    assert reasons(
        "Police said the gunman entered the building and fired at the guards.",
        "Police said the attacker opened fire from outside the building.",
    ) == ["position"]
    assert reasons(
        "The shooting was carried out by a former employee, police said.",
        "Police said the gunman had no ties to the factory.",
    ) == ["tie"]
    assert (
        reasons(
            "Police said the gunman opened fire from outside the building.",
            "Witnesses said the attacker was shooting outside the building.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "through"),
    [
        ("The lorry swerved around a police roadblock and hit the crowd.", False),
        ("He bypassed a parked police car placed as a barrier.", False),
        ("The lorry smashed through the metal barriers at dawn.", True),
        ("The truck breached the barricades near the square.", True),
        # no barrier passed, or both told
        ("The lorry drove through the crowd near the square.", None),
        ("It went around one checkpoint and through the barriers.", None),
    ],
)  # fmt: skip
def test_how_a_vehicle_passed_a_barrier(text: str, through: bool | None) -> None:
    found = passage(text)
    assert (found[1] if found else None) is through
    if through is not None:
        other = "The truck breached the barricades." if not through else "It bypassed a roadblock."
        assert reasons(f"Police said {text[0].lower()}{text[1:]}", f"Witnesses said {other}") == [
            "passage"
        ]
