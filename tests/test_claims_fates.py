"""The fate of one person named by a role: dead in one report, hurt in another
(sitroom.claims.fates).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from prose_checks import unit_lists
from sitroom.claims.fates import fate, fates, fates_agreeing
from sitroom.claims.slots import agreeing, slotted


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The bus driver, two guards and a nurse lost their lives in the blast.", ("driver", True)),
        ("Rebels fired on the convoy, wounding the driver and a guard.", ("driver", False)),
        ("The crash left the captain with serious injuries, the port said.", ("captain", False)),
        ("The fire caused 12 deaths, including the pilot, and 40 injuries.", ("pilot", True)),
        ("The pilot, a veteran flier, is being treated at a military hospital.", ("pilot", False)),
        ("The gunman was shot dead by a guard at the gate.", ("gunman", True)),
        ("The deceased skipper had sailed the route for years.", ("skipper", True)),
        # his deed, not his fate; the fate of others he told; both fates of one role
        ("The gunman killed four shoppers before he fled.", None),
        ("The driver said that six travellers had died in the crash.", None),
        ("The pilot was injured at first and later died in hospital.", None),
        # the doer of a passive; one of several, not one known person
        ("Two worshippers were killed by the gunman at the gate.", None),
        ("One raider was killed and a second gunman was in critical condition.", None),
        # no role, or plural roles
        ("Five soldiers were killed and nine were injured.", None),
        ("Both drivers were injured in the collision.", None),
    ],
)  # fmt: skip
def test_the_fate_a_sentence_tells(text: str, told: tuple[str, bool] | None) -> None:
    found = fate(text)
    assert (found[:2] if found else None) == told


def test_dead_in_one_report_hurt_in_another_contradict() -> None:
    units = unit_lists(
        "The lorry driver and three pedestrians were killed when the bridge fell.",
        "The bridge fell on the lorry, leaving the driver with severe injuries.",
    )
    found = list(fates(units))
    assert [why for _, _, why, _, _ in found] == ["fate"]
    assert any(why == "fate" for _, _, why, _, _ in slotted(units))


def test_one_fate_in_both_reports_agrees() -> None:
    units = unit_lists(
        "Raiders fired on the van, injuring the driver, police said.",
        "The driver was wounded when the raiders opened fire on the van.",
    )
    assert not list(fates(units))
    assert len(list(fates_agreeing(units))) == 1
    assert len(list(agreeing(units))) >= 1


def test_other_roles_do_not_meet() -> None:
    units = unit_lists(
        "The pilot was killed when the helicopter came down.",
        "The helicopter came down and the captain of the ship was injured.",
    )
    assert not list(fates(units))
