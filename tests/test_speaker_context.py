"""Speakers named by a description: "the ministry" after a named ministry, "the statement"
someone issued, "the spokesman" named in the next sentence, never a head of state for an
aide, never a name from page furniture. Sentences and names are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import speaker_of


@pytest.mark.model
def test_the_body_noun_names_the_body_named_before(pipeline: Any) -> None:
    text = (
        "The International Atomic Energy Agency met in Vienna on Monday. "
        "The agency said the inspectors had been refused access to two sites."
    )
    speaker = speaker_of(pipeline, text, "the inspectors had been")
    assert speaker is not None and speaker.canonical == "International Atomic Energy Agency"


@pytest.mark.model
def test_the_statement_speaks_for_who_issued_it(pipeline: Any) -> None:
    text = (
        "The government of Ghana issued a short statement on Tuesday. "
        "The statement said the border would stay closed until further notice."
    )
    speaker = speaker_of(pipeline, text, "the border would stay closed")
    assert speaker is not None and speaker.canonical == "Ghana"


@pytest.mark.model
def test_the_spokesman_is_the_spokesman_named_next(pipeline: Any) -> None:
    text = (
        "Donald Trump warned of new strikes on Friday. "
        "The spokesman for the agency said its engineers had been told to stay. "
        '"We will not leave," spokesman Karim Hadavi said.'
    )
    speaker = speaker_of(pipeline, text, "its engineers had been told")
    assert speaker is not None and speaker.canonical == "Karim Hadavi"


@pytest.mark.model
def test_an_aide_is_not_the_head_of_state(pipeline: Any) -> None:
    text = (
        "Vladimir Putin met the envoy in Moscow on Thursday. "
        "The aide said the talks had been useful but short."
    )
    speaker = speaker_of(pipeline, text, "the talks had been useful")
    assert speaker is None or speaker.canonical != "Vladimir Putin"


@pytest.mark.model
def test_two_people_together_are_no_one_speaker(pipeline: Any) -> None:
    text = "Hardline ministers Erik Dahl and Tomas Verhelst have voiced anger, vowing to resign."
    speaker = speaker_of(pipeline, text, "to resign")
    assert speaker is None or speaker.canonical is None


@pytest.mark.model
def test_a_conjunct_after_a_quotation_is_the_reporters(pipeline: Any) -> None:
    text = (
        'Erik Dahl said "other things are happening" but gave no details, adding that he '
        "would speak about it later."
    )
    speaker = speaker_of(pipeline, text, "he would speak about it")
    assert speaker is not None and speaker.canonical == "Erik Dahl"


@pytest.mark.model
def test_the_ministry_tagged_as_a_name_is_still_the_ministry_named_before(
    pipeline: Any,
) -> None:
    text = (
        "Kenya's Ministry of Defence sent two battalions to the coast on Monday. "
        "The defence ministry said the troops would stay until the end of the month."
    )
    speaker = speaker_of(pipeline, text, "the troops would stay")
    # Kenya's ministry, acting for Kenya (not the UK ministry the KB files the bare name under)
    assert speaker is not None and speaker.actor_id == "KEN"


@pytest.mark.model
def test_the_government_is_the_state_named_just_before(pipeline: Any) -> None:
    text = (
        "The Peruvian army moved into the mining district on Thursday. "
        "In a statement, the government said the operation would last a week."
    )
    speaker = speaker_of(pipeline, text, "the operation would last")
    assert speaker is not None and speaker.canonical == "Peru"


@pytest.mark.model
def test_a_person_named_after_the_body_holds_the_role(pipeline: Any) -> None:
    """ "ambassador to the UN Jane Doe" is Jane Doe; "spokesman for President X" is not X."""
    text = (
        "Colombian President Gustavo Petro spoke on Monday. "
        '"We will vote for the text," said Chile\'s ambassador to the UN Marta Oyarzun.'
    )
    speaker = speaker_of(pipeline, text, "We will vote")
    assert speaker is not None and speaker.canonical == "Marta Oyarzun"
    aide = (
        "Colombian President Gustavo Petro spoke on Monday. "
        '"The text is fair," said a spokesman for President Gustavo Petro.'
    )
    speaker = speaker_of(pipeline, aide, "The text is fair")
    assert speaker is None or speaker.canonical != "Gustavo Petro"


@pytest.mark.model
def test_a_thing_in_what_someone_says_is_not_the_speaker(pipeline: Any) -> None:
    """ "X said the decision shows that ...": X speaks, not the decision; a document
    stays a source of its own ("the report shows")."""
    text = (
        "Foreign Minister Ana Lopez said the decision shows that "
        "the neighbours are ready to talk about the river."
    )
    quotes = pipeline.extract_texts([text])[0].quotes
    at = text.index("the neighbours are ready")
    speakers = {q.speaker.canonical if q.speaker else None for q in quotes if q.start <= at < q.end}
    assert speakers == {"Ana Lopez"}
    report = "The report shows that the river has lost a third of its water since 1990."
    speaker = speaker_of(pipeline, report, "the river has lost")
    assert speaker is not None and speaker.text.lower().endswith("report")


@pytest.mark.model
def test_a_participle_hung_on_a_clause_about_a_thing_is_the_actors(pipeline: Any) -> None:
    text = (
        "Tensions have grown since Ecuador demanded that Peru close the crossings, "
        "saying smugglers use them every night."
    )
    speaker = speaker_of(pipeline, text, "smugglers use them")
    assert speaker is not None and speaker.canonical == "Ecuador"


@pytest.mark.model
def test_a_report_by_the_body_named_before_speaks_for_it(pipeline: Any) -> None:
    text = (
        "The World Health Organization sent a team to the province in March. "
        "The report by the organization found that two clinics had run out of vaccines."
    )
    speaker = speaker_of(pipeline, text, "two clinics had run out")
    assert speaker is not None and speaker.canonical == "World Health Organization"


@pytest.mark.model
def test_a_kb_bodys_name_with_a_possessive_is_that_body(pipeline: Any) -> None:
    text = (
        "According to the United Nations’ migration agency, more than 40,000 people "
        "have left the province since June."
    )
    speaker = speaker_of(pipeline, text, "more than 40,000 people")
    assert speaker is not None and speaker.canonical == "International Organization for Migration"


@pytest.mark.parametrize(
    "gap",
    ["\n\n", "\n"],
)
def test_a_quotation_broken_into_two_paragraphs_is_its_closers(pipeline: Any, gap: str) -> None:
    """An opening mark left open at a paragraph's end and closed in the next paragraph,
    where the attribution stands: both parts are that speaker's, not the last speaker's."""
    text = (
        "Port workers in Valdora walked out on Monday over unpaid wages.\n\n"
        "The harbour authority said the strike had halted all cargo traffic.\n\n"
        "“We cannot load a single ship while this goes on."
        + gap
        + "Nobody has been paid since March,” union leader Tomas Reyl told reporters."
    )
    first = speaker_of(pipeline, text, "We cannot load")
    assert first is not None and first.text == "Tomas Reyl"
