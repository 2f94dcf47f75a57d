"""A speaker described by an office and its owner, with no name ("the EU's top diplomat",
"Germany's foreign minister", "the foreign minister of France"), is the one holder of that
office on the report's date; coordinated owners make no single state. Sentences are written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import speaker_of


@pytest.mark.model
def test_possessive_organisation_and_a_variant_of_the_office(pipeline: Any) -> None:
    text = (
        "Ministers met in Brussels to discuss the new sanctions package.\n\n"
        '"We will not accept delays," the EU\'s top diplomat said on Sunday.'
    )
    speaker = speaker_of(pipeline, text, "We will not accept", "2025-06-01")
    assert speaker is not None and speaker.actor_id == "kaja-kallas"


@pytest.mark.model
def test_possessive_country_on_the_report_date(pipeline: Any) -> None:
    text = (
        "Talks on the trade deal resumed in Geneva on Monday.\n\n"
        'Germany\'s foreign minister said the deal was "close but not done".'
    )
    assert speaker_of(pipeline, text, "close but", "2023-03-01").actor_id == "annalena-baerbock"
    assert speaker_of(pipeline, text, "close but", "2025-08-01").actor_id == "johann-wadephul"


@pytest.mark.model
def test_of_phrase_owner(pipeline: Any) -> None:
    text = (
        "Delegations gathered in Rome for a second day.\n\n"
        'The foreign minister of France said the ceasefire "must hold".'
    )
    assert speaker_of(pipeline, text, "must hold", "2025-06-01").actor_id == "jean-noel-barrot"


@pytest.mark.model
def test_a_lesser_office_is_not_the_office(pipeline: Any) -> None:
    text = (
        "Delegations gathered in Rome for a second day.\n\n"
        'Germany\'s deputy foreign minister said the ceasefire "must hold".'
    )
    speaker = speaker_of(pipeline, text, "must hold", "2025-08-01")
    assert speaker is None or speaker.actor_id != "johann-wadephul"


@pytest.mark.model
def test_coordinated_owners_are_no_single_state(pipeline: Any) -> None:
    text = (
        "Envoys met in Vienna to review the inspections.\n\n"
        'The British, French and German foreign ministers said the talks "cannot wait".'
    )
    speaker = speaker_of(pipeline, text, "cannot wait", "2025-08-01")
    assert speaker is None or speaker.actor_id not in ("DEU", "GBR", "FRA", "johann-wadephul")


@pytest.mark.model
def test_a_variant_with_an_of_phrase_and_a_named_owner(pipeline: Any) -> None:
    text = (
        "Officials met in Cairo to discuss the crossings.\n\n"
        'The U.S. secretary of state said the aid convoys "must move now".'
    )
    speaker = speaker_of(pipeline, text, "must move now", "2025-06-01")
    assert speaker is not None and speaker.actor_id == "marco-rubio"


@pytest.mark.model
def test_a_portfolio_policy_chief_and_a_state_office_not_a_body_head(pipeline: Any) -> None:
    chief = (
        "Envoys met in Brussels on the sanctions.\n\n"
        'The EU\'s foreign policy chief said the measures were "only a start".'
    )
    speaker = speaker_of(pipeline, chief, "only a start", "2025-06-01")
    assert speaker is not None and speaker.actor_id == "kaja-kallas"
    # the president of one of a state's bodies is not the state's president
    president = (
        "Envoys met in Paris on the sanctions.\n\n"
        'The French president said the measures were "only a start".'
    )
    speaker = speaker_of(pipeline, president, "only a start", "2025-06-01")
    assert speaker is not None and speaker.actor_id == "emmanuel-macron"
    secretary = (
        "Envoys met in London on the sanctions.\n\n"
        'Britain\'s foreign secretary said the measures were "only a start".'
    )
    speaker = speaker_of(pipeline, secretary, "only a start", "2025-10-01")
    assert speaker is not None and speaker.actor_id == "yvette-cooper"


@pytest.mark.model
def test_coordinated_of_phrase_owners_and_an_elected_successor(pipeline: Any) -> None:
    text = (
        "Envoys met in Doha to review the border deal.\n\n"
        'The foreign ministers of Qatar and Oman said the deal "must be kept".'
    )
    speaker = speaker_of(pipeline, text, "must be kept", "2025-08-01")
    assert speaker is None or speaker.actor_id not in ("QAT", "OMN")
    # a president-elect does not yet hold the office: not the sitting president
    elect = (
        "Crowds gathered in Paris after the vote.\n\n"
        'France\'s president-elect said the country "must be kept" together.'
    )
    speaker = speaker_of(pipeline, elect, "must be kept", "2025-08-01")
    assert speaker is None or speaker.actor_id != "emmanuel-macron"


@pytest.mark.model
def test_the_country_is_the_state_named_before(pipeline: Any) -> None:
    text = (
        "Germany hosted the talks on the trade deal in Berlin on Monday.\n\n"
        'The country\'s foreign minister said the deal was "close but not done".'
    )
    assert speaker_of(pipeline, text, "close but", "2025-08-01").actor_id == "johann-wadephul"


@pytest.mark.model
@pytest.mark.parametrize(
    ("owner", "holder"),
    [("UN", "antonio-guterres"), ("IAEA", "rafael-grossi")],
)
def test_an_organisations_chief_is_its_one_head(pipeline: Any, owner: str, holder: str) -> None:
    text = (
        "Delegations gathered in Vienna for a second day.\n\n"
        f'The {owner} chief said the inspections "must resume".'
    )
    assert speaker_of(pipeline, text, "must resume", "2025-06-01").actor_id == holder


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        (  # a head the knowledge base knows: the state he heads on the day
            "Serbian President Aleksandar Vucic met miners in Bor on Friday. "
            "Vucic's office said that the mine would reopen next month.",
            "the mine would reopen",
            "SRB",
        ),
        (  # a bare apostrophe after a name in "s"
            "Filipino fishermen protested in Manila on Friday. President Ferdinand Marcos’ "
            "office said that the boats would be escorted.",
            "the boats would be escorted",
            "PHL",
        ),
        (  # "the president's office" alone: the state of the one named before
            "Kenyan police cleared the square in Nairobi on Tuesday. "
            "The president's office said that the curfew would end at dawn.",
            "the curfew would end",
            "KEN",
        ),
        (
            "Farmers blocked roads near Nairobi on Tuesday. "
            "The presidential office said that the talks would go on.",
            "the talks would go on",
            "KEN",
        ),
    ],
)
def test_a_heads_office_speaks_for_the_state(
    pipeline: Any, text: str, words: str, state: str
) -> None:
    speaker = speaker_of(pipeline, text, words, "2025-06-01")
    assert speaker is not None and speaker.actor_id == state, speaker


@pytest.mark.model
def test_a_lesser_office_is_not_the_states(pipeline: Any) -> None:
    text = (
        "Kenyan police cleared the square in Nairobi on Tuesday. "
        "The vice president's office said that the curfew would end at dawn."
    )
    speaker = speaker_of(pipeline, text, "the curfew would end", "2025-06-01")
    assert speaker is None or speaker.actor_id != "KEN", speaker
