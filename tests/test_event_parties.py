"""Event roles the phrase names beyond its head (session 33, eventroles15): both parties of
a mutual event act, coordinated event nouns share their doer, "carried out by X" names the
doer over the reporting verb's subject, a nation's adjective inside a compound names the
doer, a request for help "from X" is aimed at X, a statement acts for its issuer, and a show
of force whose objects are the doer's own is aimed at the counterpart. Sentences written
for these tests; a first sentence keeps each one off the heading line."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import countries, events_of

PUBLISHED = "2025-06-10"
LEAD = "Officials spoke to reporters on Tuesday.\n\n"


def _at(pipeline: Any, text: str, anchor: str) -> list[Any]:
    return [e for e in events_of(pipeline, PUBLISHED, LEAD + text) if e.anchor.text == anchor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Egypt held talks with Jordan about water.", "talks"),
        ("Egypt met Jordan in Cairo on Monday.", "met"),
        ("Talks between Egypt and Jordan ended without a result.", "Talks"),
    ],
)
def test_both_parties_of_a_mutual_event_act(pipeline: Any, text: str, anchor: str) -> None:
    found = _at(pipeline, text, anchor)
    assert found, anchor
    assert countries(found[0].actor) == {"EGY", "JOR"}
    assert "JOR" in countries(found[0].recipient)  # the partner stays the counterpart


@pytest.mark.model
def test_a_visit_is_no_mutual_event(pipeline: Any) -> None:
    found = _at(pipeline, "Egypt's president visited Jordan on Monday.", "visited")
    assert found
    assert countries(found[0].actor) == {"EGY"}


@pytest.mark.model
def test_coordinated_event_nouns_share_the_doer_carried_out_by(pipeline: Any) -> None:
    text = (
        "The army chief cited the destruction and killing of civilians carried out by the "
        "Rapid Support Forces."
    )
    found = _at(pipeline, text, "killing")
    assert found
    assert {a.canonical for a in found[0].actor} == {"Rapid Support Forces"}


@pytest.mark.model
def test_a_nation_adjective_inside_a_compound_names_the_doer(pipeline: Any) -> None:
    text = "Tensions rose after a series of Indian air and drone strikes hit several towns."
    found = _at(pipeline, text, "strikes")
    assert found
    assert countries(found[0].actor) == {"IND"}


@pytest.mark.model
def test_help_requested_from_a_party_is_asked_of_it(pipeline: Any) -> None:
    text = "Mali and Niger also requested support from Russia."
    found = _at(pipeline, text, "requested")
    assert found and found[0].type == "REQUEST"
    assert countries(found[0].recipient) == {"RUS"}


@pytest.mark.model
def test_a_statement_acts_for_whoever_issued_it(pipeline: Any) -> None:
    text = "Venezuela responded by issuing a statement condemning the seizure of the tanker."
    found = _at(pipeline, text, "condemning")
    assert found and found[0].type == "ACCUSE"
    assert countries(found[0].actor) == {"VEN"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The tribunal heard a case filed by Peru accusing Chile of breaking the treaty.",
        "Peru filed a case accusing Chile of breaking the treaty.",
        "The court examined a complaint lodged by Peru accusing Chile of dumping.",
    ],
)
def test_a_filing_acts_for_whoever_filed_it(pipeline: Any, text: str) -> None:
    found = _at(pipeline, text, "accusing")
    assert found and found[0].type == "ACCUSE"
    assert countries(found[0].actor) == {"PER"}
    assert countries(found[0].recipient) == {"CHL"}


@pytest.mark.model
def test_a_court_hearing_a_filing_did_not_file_it(pipeline: Any) -> None:
    found = _at(pipeline, "The Peruvian court heard a case accusing Chile of fraud.", "accusing")
    assert found and "PER" not in countries(found[0].actor)


@pytest.mark.model
def test_own_forces_sent_are_no_target_the_counterpart_is(pipeline: Any) -> None:
    text = (
        "China's military warned Taiwan's government against provocations on Monday. "
        "Taiwan accused China of intimidation. "
        "China sent out 71 fighter jets towards the island on Tuesday."
    )
    found = _at(pipeline, text, "sent")
    assert found and found[0].type == "MOBILIZE"
    assert "TWN" in countries(found[0].recipient)


@pytest.mark.model
def test_unplaced_victims_belong_to_the_one_country_the_sentence_names(pipeline: Any) -> None:
    text = (
        "Sudan's army chief said his troops had left the town, citing the killing of "
        "civilians carried out by the Rapid Support Forces."
    )
    found = _at(pipeline, text, "killing")
    assert found
    assert countries(found[0].recipient) == {"SDN"}


@pytest.mark.model
def test_victims_stay_unplaced_when_the_sentence_names_no_other_country(pipeline: Any) -> None:
    found = _at(pipeline, "Gunmen of the Rapid Support Forces killed 12 civilians.", "killed")
    assert found
    assert "SDN" not in countries(found[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize(
    "subject",
    ["The military leaders of the three countries", "The leaders of the three Sahel nations"],
)
def test_the_rulers_of_a_counted_group_stand_for_its_members(pipeline: Any, subject: str) -> None:
    text = (
        "Mali, Burkina Faso and Niger announced their exit from the bloc on Sunday. "
        f"{subject} also demanded the departure of French troops."
    )
    found = _at(pipeline, text, "demanded")
    assert found and found[0].type == "REQUEST"
    assert countries(found[0].actor) == {"MLI", "BFA", "NER"}


@pytest.mark.model
def test_a_named_region_s_states_without_a_count_are_a_group_of_their_own(pipeline: Any) -> None:
    text = (
        "Mali, Burkina Faso and Niger announced their exit from the bloc on Sunday. "
        "The Gulf states also demanded the departure of French troops."
    )
    found = _at(pipeline, text, "demanded")
    assert found
    assert not countries(found[0].actor) & {"MLI", "BFA", "NER"}


@pytest.mark.model
def test_a_decision_named_by_it_was_is_the_reporter_s(pipeline: Any) -> None:
    text = (
        "The government of Mali said it was a sovereign decision to leave the Economic "
        "Community of West African States without delay."
    )
    found = _at(pipeline, text, "leave")
    assert found and found[0].type == "SANCTION"
    assert countries(found[0].actor) == {"MLI"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The seizure of the ship was denounced as piracy by Chile.",
        "Officials unsealed the warrant for a tanker seized off the coast of Peru decried as "
        "piracy by Chile.",
    ],
)
def test_the_by_phrase_of_a_passive_naming_verb_is_its_agent(pipeline: Any, text: str) -> None:
    # a participle modifying a noun is passive even when tagged as a finite past ("decried")
    found = [
        e
        for e in events_of(pipeline, PUBLISHED, LEAD + text)
        if e.anchor.text in ("denounced", "decried")
    ]
    assert found
    assert countries(found[0].actor) == {"CHL"}


@pytest.mark.model
@pytest.mark.parametrize(
    "organ",
    [
        "The Board also urged Iran to cooperate.",
        "In a draft seen by Reuters, the board of governors urged Iran to cooperate.",
    ],
)
def test_a_bare_governing_board_stands_for_the_body_named_before(pipeline: Any, organ: str) -> None:
    text = (
        "The IAEA opened its quarterly meeting in Vienna. The agency has inspectors in "
        "several countries. Diplomats expect a long session. Delegates arrived early. "
        f"{organ}"
    )
    found = _at(pipeline, text, "urged")
    assert found
    assert {a.canonical for a in found[0].actor} == {"International Atomic Energy Agency"}
