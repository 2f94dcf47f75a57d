"""Doers named as a group, by a people's name of several words or by "X-led" (session 35,
eventsrc21): "the trio", "the two leaders", "the three governments" stand for the
coordination of as many parties named before; "South African", "South Sudanese" code their
own state, not the state of their last word; "the Hamas-led raids" are Hamas's. Sentences
written for these tests; a first sentence keeps each one off the heading line."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"
LEAD = "Officials spoke to reporters on Tuesday.\n\n"
SAHEL = {"MLI", "BFA", "NER"}


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, LEAD + text) if e.anchor.text == anchor]


@pytest.mark.model
@pytest.mark.parametrize(
    "group", ["The trio", "The three governments", "The three leaders", "These three leaders"]
)
def test_a_counted_group_stands_for_the_coordination_before(pipeline: Any, group: str) -> None:
    text = (
        "Mali, Burkina Faso and Niger met in Bamako on Sunday. "
        f"{group} condemned the drone strike by Algeria."
    )
    found = _at(pipeline, text, "condemned")
    assert found and found[0].type == "ACCUSE"
    assert countries(found[0].actor) == SAHEL


@pytest.mark.model
def test_the_two_leaders_are_the_two_states_just_named(pipeline: Any) -> None:
    text = (
        "Kenya and Uganda met in Kampala on Monday. The two leaders condemned the raid by rebels."
    )
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].actor) == {"KEN", "UGA"}


@pytest.mark.model
@pytest.mark.parametrize(
    "group",
    [
        "Two officials",  # no article: any two officials
        "The two Nigerian officials",  # the phrase names their state
        "The officials",  # not counted
    ],
)
def test_uncounted_or_described_officials_are_no_group(pipeline: Any, group: str) -> None:
    text = (
        "Mali, Burkina Faso and Niger met in Bamako on Sunday. "
        f"{group} condemned the drone strike by Algeria."
    )
    found = _at(pipeline, text, "condemned")
    assert not found or countries(found[0].actor) != SAHEL


@pytest.mark.model
@pytest.mark.parametrize(
    ("subject", "state"),
    [
        ("The South African government", "ZAF"),
        ("South Sudanese troops", "SSD"),
        ("The Sri Lankan navy", "LKA"),
    ],
)
def test_a_people_s_name_of_several_words_codes_its_own_state(
    pipeline: Any, subject: str, state: str
) -> None:
    text = f"{subject} condemned the attack by the rebels on Monday."
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].actor) == {state}


@pytest.mark.model
def test_a_list_in_apposition_is_the_group_a_count_refers_to(pipeline: Any) -> None:
    # the list hangs from "states", itself coordinated with Morocco: the list is the group
    text = (
        "Ties between Morocco and three coastal states — Ghana, Togo and Benin — cooled "
        "after the trio announced the withdrawal of their envoys from Rabat."
    )
    found = _at(pipeline, text, "withdrawal")
    assert found
    assert countries(found[0].actor) == {"GHA", "TGO", "BEN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "state"),
    [
        ("The town was emptied during the Hamas-led raids in October.", "raids", "PSE"),
        ("Hundreds died in the Saudi-led strikes on the port last year.", "strikes", "SAU"),
    ],
)
def test_an_act_named_led_by_a_party_is_that_party_s(
    pipeline: Any, text: str, anchor: str, state: str
) -> None:
    found = _at(pipeline, text, anchor)
    assert found and found[0].type == "ASSAULT"
    assert countries(found[0].actor) == {state}


STORY = (
    "Chile and Peru signed a border treaty in Lima on Monday. The Chilean president praised "
    "the treaty. Peru's foreign minister said the deal was historic. Chilean officials said "
    "Peru would open two crossings. The crossings will be run by the Peruvian army. Chile "
    "will send customs staff. "
)


@pytest.mark.model
def test_the_two_nations_far_from_a_pair_are_the_story_pair(pipeline: Any) -> None:
    text = STORY + "The border had been closed since clashes between the two nations in 2021."
    found = [e for e in events_of(pipeline, "2025-03-14", text) if e.anchor.text == "clashes"]
    assert found and {a.country for a in found[0].actor} == {"CHL", "PER"}


@pytest.mark.model
def test_the_sides_are_two(pipeline: Any) -> None:
    text = STORY + "The sides also discussed a joint fight against crime."
    found = [e for e in events_of(pipeline, "2025-03-14", text) if e.anchor.text == "discussed"]
    assert found and {a.country for a in found[0].actor} == {"CHL", "PER"}


@pytest.mark.model
def test_no_story_pair_when_a_third_state_is_named_as_often(pipeline: Any) -> None:
    text = (
        "Chile, Peru and Bolivia met in Lima on Monday. Bolivia's president spoke first. "
        "Chilean officials then spoke. Peru's minister closed the meeting. Experts will meet "
        "again. The region has long been tense. "
        "The border had been closed since clashes between the two nations in 2021."
    )
    found = [e for e in events_of(pipeline, "2025-03-14", text) if e.anchor.text == "clashes"]
    assert not found or len({a.country for a in found[0].actor if a.country}) != 2


@pytest.mark.model
def test_a_written_out_list_after_namely_is_the_group(pipeline: Any) -> None:
    """ "The three countries namely X, Y, and Z": the names, however parsed, are the three."""
    text = (
        "The three countries namely Chad, Sudan, and Libya signed a pact on Sunday. "
        "The three countries condemned the drone strike by Egypt."
    )
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].actor) == {"TCD", "SDN", "LBY"}


@pytest.mark.model
def test_the_namely_list_of_the_doer_itself_gives_its_states(pipeline: Any) -> None:
    """ "The three countries namely X, Y, and Z declared ...": the states, by their names,
    not the raw phrase "three countries namely X, Y" (however the list is parsed)."""
    text = "The three countries namely Burkina Faso, Mali, and Niger condemned the raid."
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].actor) == SAHEL
    assert all("namely" not in a.text for a in found[0].actor)


@pytest.mark.model
def test_the_military_juntas_are_the_group_named_before(pipeline: Any) -> None:
    text = (
        "Mali, Burkina Faso and Niger met in Bamako on Sunday. "
        "The military juntas condemned the drone strike by Algeria."
    )
    found = _at(pipeline, text, "condemned")
    assert found
    assert countries(found[0].actor) == SAHEL


@pytest.mark.model
def test_they_stands_for_the_counted_group_before_a_single_name(pipeline: Any) -> None:
    # eventsrc31: "they" after "the three countries", "Russia" named between, and a
    # subject above it that is no party ("The decision came after they ...")
    text = (
        "Mali, Burkina Faso and Niger held a summit in March. The three countries later "
        "sought help from Russia. The decision came after they expelled the French ambassador."
    )
    found = _at(pipeline, text, "expelled")
    assert found and found[0].type == "SANCTION"
    assert countries(found[0].actor) == SAHEL


@pytest.mark.model
def test_a_count_of_three_finds_its_list_far_back(pipeline: Any) -> None:
    # eventsrc31: the list is many sentences back and "three nations" was named in between
    text = (
        "Mali, Burkina Faso and Niger left the bloc in January. The move surprised many in "
        "the region. Markets fell sharply on the news. Traders said prices would rise. "
        "Analysts expected more unrest in the coming weeks. Aid groups warned of hunger. "
        "The bloc is made up of three nations in the north and twelve in the south. "
        "These three nations condemned the drone strike by Algeria."
    )
    found = _at(pipeline, text, "condemned")
    assert found and found[0].type == "ACCUSE"
    assert countries(found[0].actor) == SAHEL
