"""One fact worded otherwise aligns: distances in other units, days named otherwise, clock
hours and compounds (sitroom.claims.paraphrase), and the news words folded as synonyms.

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.lexicon import SYNONYMS
from sitroom.claims.paraphrase import compounds, paraphrase_terms, said_alike
from sitroom.claims.units import _tokens, units
from sitroom.util.text import stem


def terms(sentence: str, published: str | None = "2025-09-02") -> set[str]:
    return set(paraphrase_terms(_tokens(sentence, 0, len(sentence)), published))


def report(aid: str, text: str, published: str | None) -> Article:
    a = Article(text=text, publisher=f"Outlet {aid}", published=published)
    a.assign_id(aid)
    a.story_id = "s-1"
    return a


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The dam lies about 25 miles south of Ardena.", "The dam is 40 kilometres from Ardena."),
        ("The quake struck at a depth of 8km.", "The quake was eight kilometres deep."),
        ("A 10-mile convoy formed.", "A convoy of 16 km formed."),
    ],
)
def test_one_distance_in_other_units_shares_a_term(one: str, other: str) -> None:
    assert {t for t in terms(one) if t.startswith("@km")} & terms(other)


def test_distances_far_apart_share_no_term() -> None:
    assert not terms("It is 25 miles away.") & terms("It is 90 kilometres away.")


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        ("The quake struck late on Sunday.", "2025-09-02", "2025-08-31"),
        ("The quake struck on August 31.", "2025-09-02", "2025-08-31"),
        ("The quake struck on 31 August.", "2025-09-02", "2025-08-31"),
        ("The quake struck yesterday.", "2025-09-01", "2025-08-31"),
        # a weekday on the day of publication is that day
        ("The tram derailed on Wednesday evening.", "2025-09-03", "2025-09-03"),
        # a date of December in a report of January is last year's
        ("The market was attacked on December 20.", "2025-01-04", "2024-12-20"),
    ],
)
def test_a_day_named_otherwise_is_one_calendar_day(sentence: str, published: str, day: str) -> None:
    assert f"@day:{day}" in terms(sentence, published)


def test_no_day_without_a_published_date_nor_for_the_day_of_a_telling() -> None:
    assert not any(t.startswith("@day") for t in terms("It struck on Sunday.", None))
    assert not any(
        t.startswith("@day")
        for t in terms("Forty died in the floods, the ministry said on Monday.")
    )


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        ("The grid failed at 12:30 p.m. local time.", 12),
        ("The car crashed shortly after 6 p.m. on Friday.", 18),
        ("The car crashed at around 6:05pm.", 18),
        ("The quake struck at 11.47 pm.", 23),
        ("The raid began at 4 a.m.", 4),
    ],
)
def test_a_clock_time_gives_its_hour(sentence: str, hour: int) -> None:
    assert {t for t in terms(sentence) if t.startswith("@hour")} == {f"@hour:{hour}"}


def test_a_count_is_no_clock_time() -> None:
    assert not any(t.startswith("@hour") for t in terms("Some 12 people were hurt.", None))


def test_a_compound_named_in_two_words_is_one_term() -> None:
    said = "Officials raised the possibility of a computer attack."
    assert compounds(_tokens(said, 0, len(said))) == [stem("cyberattack")]


def test_shared_normal_forms_add_to_the_alignment_once_per_kind() -> None:
    a = frozenset({"@day:2025-08-31", "@hour:23", "@km:9", "@km:10"})
    assert said_alike(a, frozenset({"@km:10", "@km:11"})) == pytest.approx(0.1)
    assert said_alike(a, frozenset({"@day:2025-08-31", "@hour:23"})) == pytest.approx(0.15)
    assert said_alike(a, frozenset({"@day:2025-08-30"})) == 0


@pytest.mark.parametrize(
    ("one", "other"),
    [("blockade", "barricade"), ("outage", "blackout"), ("blast", "explosion"),
     ("probe", "investigation"), ("quake", "earthquake"), ("northern", "north"),
     ("deceased", "killed"), ("blaze", "fire"), ("inferno", "fires"), ("jewels", "jewelry"),
     ("jewellery", "jewel")],
)  # fmt: skip
def test_news_words_of_one_meaning_are_folded(one: str, other: str) -> None:
    assert SYNONYMS.get(stem(one), stem(one)) == SYNONYMS.get(stem(other), stem(other))


def test_a_distance_in_other_units_corroborates() -> None:
    a = report(
        "a", "The dam at Verlo lies about 25 miles south of the town of Ardena.", "2025-05-02"
    )
    b = report("b", "Verlo is situated about 40 kilometres from Ardena, police said.", "2025-05-02")
    cross_check([a, b])
    assert a.claims[0].status == "corroborated"


def test_a_weekday_and_its_date_corroborate() -> None:
    a = report("a", "The earthquake struck the eastern province late on Sunday, officials said.",
               "2025-09-02")  # fmt: skip
    b = report("b", "The quake struck the province at 11.47 pm local time on August 31.",
               "2025-09-02")  # fmt: skip
    cross_check([a, b])
    assert a.claims[0].status == "corroborated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Although no cause has been given yet, the grid operator restored power to the north.",
        "And though officials have said little, the grid operator restored power to the north.",
    ],
)
def test_a_concessive_lead_clause_is_not_what_a_sentence_reports(sentence: str) -> None:
    (u,) = units(Article(text=sentence), 0)
    assert "caus" not in u.reported and "official" not in u.reported
    assert {"grid", "restor", "power"} <= set(u.reported)


def test_a_fire_is_a_content_term_though_on_the_stop_list() -> None:
    a = report("a", "The blaze began in the basement of the old theatre.", "2025-05-02")
    (u,) = units(a, 0)
    assert "fire" in u.terms


def test_a_blaze_and_a_fire_told_alike_corroborate() -> None:
    a = report("a", "The blaze started on the third floor of the wooden hotel.", "2025-05-02")
    b = report(
        "b",
        "Firefighters said the fire began on the hotel's third floor before spreading quickly.",
        "2025-05-02",
    )
    cross_check([a, b])
    assert a.claims[0].status == "corroborated"


def test_nationals_and_citizens_are_one_kind_of_counted_people() -> None:
    a = report("a", "Five nationals of Brazil were among the dead.", "2025-05-02")
    b = report("b", "Among the dead were five citizens of Brazil.", "2025-05-02")
    ((u,), (v,)) = units(a, 0), units(b, 1)
    assert u.figures[0].kinds & v.figures[0].kinds
