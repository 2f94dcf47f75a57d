"""Contrasts told by one word (sitroom.claims.framing): a cause ruled out and put forward.

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from prose_checks import unit_lists
from sitroom.claims.framing import framed


def causes(first: str, second: str) -> list[tuple[str, str]]:
    return [(this, other) for _, _, why, this, other in framed(unit_lists(first, second))
            if why == "cause"]  # fmt: skip


@pytest.mark.parametrize(
    ("ruled", "put"),
    [
        ("The grid operator ruled out the possibility of a cyberattack on Tuesday.",
         "Intelligence officials raised the possibility of a cyberattack on the grid."),
        ("The operator ruled out an atmospheric event as the cause of the outage.",
         "The utility attributed the outage to a rare atmospheric phenomenon on Monday."),
        ("Investigators said there was no evidence of sabotage at the plant.",
         "The union said the explosion at the plant was caused by sabotage."),
        # one cause named in one word and in two
        ("The grid operator ruled out the possibility of a cyberattack on Tuesday.",
         "The minister also suggested the possibility of a computer attack on the grid."),
    ],
)  # fmt: skip
def test_a_cause_ruled_out_and_put_forward(ruled: str, put: str) -> None:
    assert causes(ruled, put)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # both rule it out: one account
        ("The operator ruled out the possibility of a cyberattack on Tuesday.",
         "The minister ruled out the possibility of a cyberattack on the grid."),
        # only a small word in common ("in"): no contrast
        ("Police ruled out any role in the blast for the company.",
         "The blast was caused by a gas leak in the basement."),
        # another cause: no contrast
        ("The operator ruled out the possibility of a cyberattack on Tuesday.",
         "The utility attributed the outage to a fault in a substation on Monday."),
    ],
)  # fmt: skip
def test_no_cause_contrast(first: str, second: str) -> None:
    assert not causes(first, second)


def denied_counts(first: str, second: str) -> list[tuple[str, str]]:
    return [(this, other) for _, _, why, this, other in framed(unit_lists(first, second))
            if why == "numbers"]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the outcome named in the clause before the denial
        ("Rebels say dozens of villagers were killed, but the army says the figures are "
         "grossly exaggerated.",
         "A rights group said it had counted 85 deaths in the village.", True),
        # the toll named by the denial itself
        ("The interior ministry disputed the death toll given by the rebels.",
         "Rebels said 85 villagers were killed in the raid on Tuesday.", True),
        # figures of something else called false: no toll denied
        ("The army says the unemployment figures are grossly exaggerated.",
         "A rights group said it had counted 85 deaths in the village.", False),
        # the other report counts no outcome of the denied toll
        ("The ministry disputed the death toll given by the rebels.",
         "Rebels said 40 villagers were detained in the raid on Tuesday.", False),
        # both deny: one account
        ("The ministry dismissed the death toll of 85 as inflated.",
         "Officials rejected the toll of 85 dead given by the rebels.", False),
    ],
)  # fmt: skip
def test_a_count_called_false(first: str, second: str, expected: bool) -> None:
    assert bool(denied_counts(first, second)) is expected


def tallies(first: str, second: str) -> list[tuple[str, str]]:
    return [(a, b) for _, _, why, a, b in framed(unit_lists(first, second)) if why == "tally"]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        # fewer members voting for it than the body has: no unanimous vote
        ("The envoy said the vote by 11 council members sent a strong signal.", True),
        ("Thirteen member states voted in favour of the resolution on Monday.", True),
        # all of them, or the body's size named, or no vote told: no contrast
        ("All 15 council members voted in favour of the resolution on Monday.", False),
        ("The 15-member council adopted the resolution after a long debate.", False),
        ("The envoy met 11 council members at a lunch on Monday evening.", False),
    ],
)  # fmt: skip
def test_fewer_voters_than_the_body_has(count: str, expected: bool) -> None:
    unanimous = "The UN Security Council unanimously adopted a resolution on the mission."
    assert bool(tallies(unanimous, count)) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a fault of the machine against an error of its crew
        ("The army said the helicopter came down due to a technical fault near the base.",
         "The helicopter crashed near the base because of pilot error, the ministry said.",
         True),
        ("The ferry suffered an engine failure shortly after leaving port.",
         "Officials blamed the sinking of the ferry on human error.", True),
        ("The train derailed due to bad weather, the operator said.",
         "Police said the derailment was caused by sabotage.", True),
        # one kind told twice in other words: one account
        ("The helicopter came down due to a mechanical failure, the army said.",
         "The helicopter encountered a technical fault after take-off.", False),
        # a cause denied is none put forward
        ("The ministry said the crash was not due to pilot error.",
         "The helicopter encountered a technical fault after take-off.", False),
        # a report weighing two causes puts forward neither
        ("The army said the jet encountered a technical fault. Experts blamed the crash on"
         " pilot error.",
         "The jet crashed due to pilot error, officials said.", False),
    ],
)  # fmt: skip
def test_causes_of_two_kinds(first: str, second: str, expected: bool) -> None:
    assert bool(causes(first, second)) == expected
