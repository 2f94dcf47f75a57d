"""Speakers named by a title the report gave a person before: "the PM" is the prime
minister named earlier (not the last person named), "the Head of State" the president,
"the colonel" the officer, "the CS" Kenya's cabinet secretary; a name the parser joined to a
portfolio ("Minister of Family and Youth X said") is the speaker. Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import speaker_of


@pytest.mark.model
def test_the_pm_is_the_prime_minister_named_before(pipeline: Any) -> None:
    text = (
        "Prime Minister Tomas Orvik resigned on Monday after a week of strikes. "
        "President Lena Varga accepted the resignation.\n\n"
        '"I leave to let the country heal," the PM said in a letter to President Lena Varga.'
    )
    speaker = speaker_of(pipeline, text, "I leave to let")
    assert speaker is not None and "Orvik" in (speaker.canonical or ""), speaker


@pytest.mark.model
def test_the_head_of_state_is_the_president_named_before(pipeline: Any) -> None:
    text = (
        "Serbian President Aleksandar Vucic spoke on television on Sunday. "
        "The Head of State also stated that the police had used no force."
    )
    speaker = speaker_of(pipeline, text, "the police had used", "2025-06-21")
    assert speaker is not None and speaker.actor_id == "aleksandar-vucic", speaker


@pytest.mark.model
def test_a_rank_noun_is_the_officer_named_before(pipeline: Any) -> None:
    text = (
        "Colonel Andre Rakoto said on Tuesday that the army had taken control of the port. "
        '"We will restore order quickly," the colonel said.'
    )
    speaker = speaker_of(pipeline, text, "We will restore order")
    assert speaker is not None and "Rakoto" in (speaker.canonical or ""), speaker


@pytest.mark.model
def test_the_cs_is_the_cabinet_secretary_named_before(pipeline: Any) -> None:
    text = (
        "Interior Cabinet Secretary Joseph Kamau spoke in Nakuru on Monday.\n\n"
        "The CS further questioned the protests, arguing that they were paid for by rivals."
    )
    speaker = speaker_of(pipeline, text, "they were paid for")
    assert speaker is not None and "Kamau" in (speaker.canonical or ""), speaker


@pytest.mark.model
def test_a_name_joined_to_the_portfolio_speaks(pipeline: Any) -> None:
    text = (
        "Earlier, Spanish Minister of Labour and Pensions Maria Lopez said that the "
        "students were being misled."
    )
    speaker = speaker_of(pipeline, text, "students were being misled")
    assert speaker is not None and "Lopez" in (speaker.canonical or ""), speaker


@pytest.mark.model
@pytest.mark.parametrize("phrase", ["A spokesperson for Orvik", "A spokesman for President Orvik"])
def test_the_principal_named_after_a_title_does_not_speak(pipeline: Any, phrase: str) -> None:
    """ "A spokesperson for X said": X is whom the spokesperson speaks for, not the speaker
    (issue 14: "an advisor to Putin" was given to Putin)."""
    text = (
        "President Tomas Orvik met the union leaders on Friday.\n\n"
        f"{phrase} said on Sunday that the country would accept the offer."
    )
    speaker = speaker_of(pipeline, text, "would accept the offer")
    assert speaker is None or speaker.actor_id != "local:person:tomas-orvik", speaker
    assert speaker is None or "Orvik" not in (speaker.canonical or ""), speaker


def test_a_leader_is_a_head_of_state_or_government() -> None:
    from sitroom.nlp.quotes.roles import _has

    assert _has("leader", "president of liberia", ["leader"])
    assert _has("leader", "prime minister of cameroon", ["leader"])
    assert not _has("leader", "vice president of liberia", ["leader"])
    assert not _has("leader", "president of the senate of liberia", ["leader"])
    assert not _has("leader", "minister of communication of cameroon", ["leader"])


@pytest.mark.model
def test_the_demonym_leader_is_the_president_named_before(pipeline: Any) -> None:
    text = (
        "Serbian President Aleksandar Vucic opened a bridge near Novi Sad on Sunday. "
        "The Serbian leader said that the road to the border would be finished next year."
    )
    speaker = speaker_of(pipeline, text, "the road to the border", "2025-06-21")
    assert speaker is not None and speaker.actor_id == "aleksandar-vucic", speaker


@pytest.mark.model
def test_a_fuller_name_in_the_knowledge_base_is_the_speaker_of_a_short_one(
    pipeline: Any,
) -> None:
    text = (
        "Opposition candidate Issa Tchiroma told supporters in Garoua on Monday that "
        'the count was over. "We have won," Tchiroma said.'
    )
    speaker = speaker_of(pipeline, text, "We have won", "2025-10-27")
    assert speaker is not None and speaker.actor_id == "issa-tchiroma-bakary", speaker
