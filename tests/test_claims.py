"""Claims: statement units, alignment across a story's reports, and their status.

Hand-built reports (one story each) for the contrast kinds and the independence rules;
the seeds for the acceptance: 003's "send troops to Ukraine" is contradicted by 002
("sent arms to Kiev"), and 002 and 003 corroborate each other only while they are not
copies of one another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from sitroom.article import Article, Claim, Mention, Quote, Speaker
from sitroom.claims import contradiction, cross_check, independent
from sitroom.claims.lexicon import OBJECT_CONTRASTS, PREDICATE_CONTRASTS
from sitroom.claims.numbers import disagree
from sitroom.claims.units import units
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.actors.kb.normalize import key as kb_key
from sitroom.schema import validation_errors
from sitroom.settings import StoriesSettings
from sitroom.stories import cluster

SETTINGS = StoriesSettings(duplicate_threshold=0.7, join_threshold=0.2, half_life_days=3.0)


def report(
    aid: str,
    text: str,
    *,
    story: str | None = "s-1",
    publisher: str | None = None,
    url: str | None = None,
    duplicate_of: str | None = None,
    actors: Sequence[tuple[str, str]] = (),
) -> Article:
    a = Article(text=text, publisher=publisher, url=url)
    a.assign_id(aid)
    a.story_id, a.duplicate_of = story, duplicate_of
    for name, kind in actors:
        for m in re.finditer(re.escape(name), text):
            a.mentions.append(Mention(m.start(), m.end(), name, kind, name.lower(), name))
    return a


def claim_with(article: Article, needle: str) -> Claim:
    (claim,) = [c for c in article.claims if needle in c.text]
    return claim


# -- statement units --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "is_statement"),
    [
        ("Officials said the talks would resume in Vienna on Monday.", True),
        ('"We will not accept this plan," the minister told reporters.', True),
        ("Will the talks resume in Vienna next week?", False),  # a question
        ("Europe demands a seat at the table", False),  # a heading
        ("Vienna, Monday.", False),  # too short
        ("Talks in Vienna.", False),
        # a present tense after a name
        ("The Council represents 27 states in all.", True),
        # a long present-tense statement has no verb cue a word list gives
        (
            "The new council represents eleven provinces and two autonomous regions of the north.",
            True,
        ),
    ],
)
def test_statement_units(sentence: str, is_statement: bool) -> None:
    assert bool(units(report("a", sentence), 0)) is is_statement


def test_a_text_cut_short_keeps_its_last_statement() -> None:
    text = (
        "Storms hit the coast on Monday.\n\nAt least forty people were killed in the"
        " northern villages during the storms that night and"
    )
    found = [u.text for u in units(report("a", text), 0)]
    assert found[-1].startswith("At least forty people")
    cut = (
        "Storms hit the coast on Monday.\n\nA brief truce in May cut the number of"
        " flights to about half on Danish"
    )
    assert units(report("c", cut), 0)[-1].text.startswith("A brief truce")
    # a short last line without a full stop is a heading, not a statement cut short
    assert len(units(report("b", "Storms hit the coast on Monday.\n\nWhat comes next"), 0)) == 1


def test_a_line_that_lost_its_stop_is_a_statement() -> None:
    """A line opening with a personal pronoun is a sentence whose stop was lost; a line in
    title case or opening otherwise stays a heading."""
    text = (
        "Storms hit the coast on Monday.\n\nShe also ruled out a gas leak as the cause\n\n"
        "Rain fell again on Tuesday."
    )
    found = [u.text for u in units(report("a", text), 0)]
    assert any(t.startswith("She also ruled out") for t in found)
    heading = "Storms hit the coast on Monday.\n\nWhat Comes Next For The Coast Towns\n\nRain fell."
    assert not any("Comes" in u.text for u in units(report("b", heading), 0))
    titled = "Storms hit the coast on Monday.\n\nWe Count The Cost Of The Storm Here\n\nRain fell."
    assert not any("Count" in u.text for u in units(report("c", titled), 0))


def test_unit_notes_the_speaker_of_a_quote() -> None:
    text = '"Our troops will stay in the region until spring," Defence Minister Ana Ruiz said.'
    a = report("a", text)
    a.quotes.append(
        Quote(
            0,
            text.index(",") + 1,
            text[: text.index(",") + 1],
            "direct",
            speaker=Speaker(68, 76, "Ana Ruiz", "ana-ruiz", "Ana Ruiz"),
        )
    )
    (unit,) = units(a, 0)
    assert unit.speaker == "ana-ruiz"


# -- contrasts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("Germany will send troops to the border region next month.",
         "Germany will send weapons to the border region next month.", "objects"),
        ("The government agreed to the ceasefire proposal on Monday.",
         "The government refused the ceasefire proposal on Monday.", "predicates"),
        ("The alliance will deploy warships to the strait next month.",
         "The alliance will not deploy warships to the strait next month.", "negation"),
        ("Officials said 32 countries signed the declaration in Vienna.",
         "Officials said 30 countries signed the declaration in Vienna.", "numbers"),
        ("Spending will rise to 5% of output by 2030, the ministers agreed.",
         "Spending will rise to 3.5% of output by 2030, the ministers agreed.", "numbers"),
        ("The ministers voted for the new budget rules in Vienna on Friday.",
         "The ministers voted against the new budget rules in Vienna on Friday.", "objects"),
        # the same claim in other words
        ("Officials said 32 countries signed the declaration in Vienna.",
         "The declaration in Vienna was signed by 32 countries, officials said.", None),
        ("Germany will send troops to the border region next month.",
         "Next month Germany will send soldiers to the border region.", None),
        # opposite predicates, but different actors: a disagreement, not a contradiction
        ("Russia rejected the peace plan during the talks on Tuesday.",
         "Ukraine accepted the peace plan during the talks on Tuesday.", None),
        # "no officials would attend" is not attending, as a boycott is
        ("No ministers from the bloc will attend the summit in Lima next week.",
         "The bloc's ministers will boycott the summit in Lima next week.", None),
        ("No ministers from the bloc will attend the summit in Lima next week.",
         "Ministers from the bloc will attend the summit in Lima next week.", "negation"),
        # "without" denies its whole noun phrase, not only the first word of it
        ("The summit in Lima ended on Sunday without the usual handover ceremony.",
         "The summit in Lima ended on Sunday with a handover ceremony for the next host.",
         "negation"),
        # a thing still to happen is not done
        ("The parliament has approved the border treaty with its neighbour.",
         "The parliament has yet to approve the border treaty with its neighbour.", "negation"),
        ("The parliament has approved the border treaty with its neighbour.",
         "The border treaty with its neighbour awaits ratification by the parliament.",
         "predicates"),
        # an attack made otherwise is another attack; a drone and a missile strike are one
        ("Gunmen killed four people outside the police station, officials said.",
         "A car bomb killed nine people outside the police station, officials said.", None),
        ("Drone strikes killed 12 people in the northern town overnight, officials said.",
         "Missile strikes killed 15 people in the northern town overnight, officials said.",
         "numbers"),
        # "refused to attend" is not attending, as a boycott is
        ("The president refused to attend the summit in Lima next week.",
         "The president will boycott the summit in Lima next week.", None),
        ("The president refused to attend the summit in Lima next week.",
         "The president will attend the summit in Lima next week.", "negation"),
        # "whether or not" is not a negation
        ("The minister will decide whether or not to deploy warships to the strait.",
         "The minister will decide soon to deploy warships to the strait.", None),
        # the voters for and the voters against are two counts, of two sets
        ("Nineteen nations on the board, which sits in Vienna, voted for the motion.",
         "Three board members, all from Asia, voted against the motion in Vienna.", None),
        ("Nineteen nations on the board, which sits in Vienna, voted for the motion.",
         "Twenty-one member states voted in favour of the motion in Vienna.", "numbers"),
        # opposite predicates of two actors ("the government" / "the rebels")
        ("The government accepted the truce proposal from the mediators.",
         "The rebels rejected the truce proposal from the mediators.", None),
        ("The rebel command accepted the truce proposal from the mediators.",
         "The rebel command rejected the truce proposal from the mediators.", "predicates"),
        # a bound includes the figure it names, unless the other side bounds it otherwise
        ("The gang emptied the vault of the bank in six minutes on Monday.",
         "The gang emptied the vault of the bank in less than six minutes on Monday.", None),
        ("The two leaders talked for more than three hours in the old palace.",
         "The two leaders talked for less than three hours in the old palace.", "numbers"),
        # a capitalised "No" inside a sentence opens a name, not a negation
        ("Organisers said five million people joined the No Tyrants marches on Sunday.",
         "Organisers of the No Tyrants marches estimated that five million people joined.",
         None),
        # a count by condition is a count of its own, even named as a part
        ("Doctors said 70 people were in hospital, including 12 in critical condition.",
         "The blast left 70 people in hospital, 30 in critical condition.", "numbers"),
        ("Doctors said 70 people were in hospital, including 12 in critical condition.",
         "Twelve of the wounded are in hospital, 12 in critical condition, doctors said.",
         None),
        # "people", "persons" and "individuals" count the same
        ("The bloc put travel bans on 15 individuals linked to the drone plant.",
         "The bloc put travel bans on 12 people linked to the drone plant.", "numbers"),
        # the direction of a verdict, or of a vote on a bill
        ("The court convicted the former mayor of fraud on Monday.",
         "The former mayor was acquitted of fraud by the court on Monday.", "predicates"),
        ("A jury found the former mayor guilty of fraud on Monday.",
         "A jury found the former mayor not guilty of fraud on Monday.", "negation"),
        ("The court convicted the former mayor of fraud on Monday.",
         "The former mayor was found guilty of fraud on Monday.", None),
        ("The pension bill passed in the lower house on Monday.",
         "The pension bill was defeated in the lower house on Monday.", "predicates"),
        # votes on one side count the members voting so; abstentions, those abstaining
        ("The motion passed with 12 votes in favour at the assembly on Monday.",
         "Fourteen members voted for the motion at the assembly on Monday.", "numbers"),
        ("The motion passed with 12 votes in favour at the assembly on Monday.",
         "Twelve members voted for the motion at the assembly on Monday.", None),
        ("The motion passed at the assembly on Monday with three abstentions.",
         "Five members abstained on the motion at the assembly on Monday.", "numbers"),
        # a duration is not a toll
        ("The death toll from the worst storm in nearly 60 years rose to 140 on Monday.",
         "The worst storm in 60 years has killed 140 people, officials said on Monday.", None),
        ("The death toll from the worst storm in nearly 60 years rose to 140 on Monday.",
         "The worst storm in 60 years has killed 95 people, officials said on Monday.",
         "numbers"),
    ],
)  # fmt: skip
def test_contradiction_kinds(first: str, second: str, reason: str | None) -> None:
    (u,) = units(report("a", first), 0)
    (v,) = units(report("b", second), 1)
    assert contradiction(u, v, score=1.0) == reason
    assert contradiction(v, u, score=1.0) == reason


def test_a_list_of_actors_stated_otherwise() -> None:
    names = [("Brazil", "GPE"), ("India", "GPE"), ("Egypt", "GPE"), ("Mexico", "GPE")]
    first = "Brazil, India and Egypt voted against the draft at the council on Tuesday."
    (u,) = units(report("a", first, actors=names), 0)
    for second, reason in [
        ("India, Brazil and Mexico voted against the draft at the council on Tuesday.", "actors"),
        ("India, Egypt and Brazil voted against the draft at the council on Tuesday.", None),
        ("Brazil and India voted against the draft at the council on Tuesday.", None),  # fewer
    ]:
        (v,) = units(report("b", second, actors=names), 1)
        assert contradiction(u, v, score=1.0) == reason, second


def test_a_list_contradiction_is_a_valid_record() -> None:
    names = [("Brazil", "GPE"), ("India", "GPE"), ("Egypt", "GPE"), ("Mexico", "GPE")]
    a = report("a", "Brazil, India and Egypt voted against the draft on Tuesday.", actors=names)
    b = report("b", "India, Brazil and Mexico voted against the draft on Tuesday.", actors=names)
    a.publisher, b.publisher = "X", "Y"
    cross_check([a, b])
    (why,) = a.claims[0].contradictions
    assert (why.differs, why.this, why.other) == ("actor", "Egypt", "Mexico")
    assert validation_errors(a.to_record()) == []


def test_another_day_of_the_month_is_a_date_stated_otherwise() -> None:
    (u,) = units(report("a", "The talks resumed in Doha on June 12, the mediators said."), 0)
    (v,) = units(report("b", "The mediators said the talks resumed in Doha on June 14."), 1)
    (w,) = units(report("c", "The mediators said the talks resumed in Doha on 12 June."), 2)
    assert contradiction(u, v, score=1.0) == "dates"
    assert contradiction(u, w, score=1.0) is None


@pytest.mark.parametrize(
    ("first", "second", "differs"),
    [
        ("The parliament ratified the border treaty on Tuesday after a long debate.",
         "After a long debate, lawmakers ratified the border treaty on Thursday.", "dates"),
        ("The presidents will sign the trade agreement in Nairobi on March 3.",
         "The trade agreement is to be signed by the presidents in Nairobi on April 3.", "dates"),
        ("The gunmen attacked the tourists on Tuesday afternoon in the meadow, police said.",
         "Police said the attack on tourists in the meadow happened on Monday afternoon.",
         "dates"),
        # another attack, another act, or an act that goes on, on another day is another event
        ("Fighting continued in the northern city on Monday, residents said.",
         "Residents said fighting continued in the northern city on Tuesday.", None),
        ("Police said the attack on the checkpoint took place on Monday night.",
         "Another attack on a checkpoint on Thursday killed two policemen, police said.", None),
        ("The ministers met in Geneva on Friday to discuss the prisoner exchange.",
         "The prisoner exchange will take place on Sunday, the ministers said.", None),
    ],
)  # fmt: skip
def test_one_event_dated_otherwise(first: str, second: str, differs: str | None) -> None:
    (u,) = units(report("a", first), 0)
    (v,) = units(report("b", second), 1)
    assert contradiction(u, v, score=0.5) == differs


def test_one_toll_told_alike_dates_one_event_at_a_lower_alignment() -> None:
    a = "The ferry capsized near the port on Tuesday, killing at least 58 passengers."
    b = "More than 50 passengers were killed when the ferry capsized near the port on Monday."
    c = "The ferry capsized near the port on Monday, killing three passengers."
    (u,) = units(report("a", a), 0)
    (v,) = units(report("b", b), 1)
    (w,) = units(report("c", c), 2)
    assert contradiction(u, v, score=0.35) == "dates"
    assert contradiction(u, w, score=0.35) is None  # no toll told alike: not dated so low


def test_two_least_tolls_date_one_event_otherwise() -> None:
    # "at least 40" and "at least 31": the toll so far at two moments, not two events
    a = "The bus crashed near the border on Tuesday, killing at least 40 passengers."
    b = "At least 31 passengers were killed when the bus crashed near the border on Wednesday."
    c = "The bus crashed near the border on Wednesday, killing 31 passengers."
    (u,) = units(report("a", a), 0)
    (v,) = units(report("b", b), 1)
    (w,) = units(report("c", c), 2)
    assert contradiction(u, v, score=0.5) == "dates"
    assert contradiction(u, w, score=0.5) is None  # a toll told exactly: another count


def test_ruled_out_denies_what_follows() -> None:
    (u,) = units(report("a", "The ministry said a gas leak caused the blast at the mill."), 0)
    (v,) = units(report("b", "The ministry ruled out a gas leak as the cause of the blast."), 1)
    (w,) = units(report("c", "The court ruled that a gas leak caused the blast at the mill."), 2)
    assert contradiction(u, v, score=1.0) == "negation"
    assert contradiction(u, w, score=1.0) is None
    (x,) = units(report("d", "The minister will send 2,000 troops to the coast."), 3)
    (y,) = units(
        report("e", "The minister sent boats to the coast but ruled out ground troops."), 4
    )
    assert contradiction(x, y, score=1.0) == "negation"  # the whole noun phrase is ruled out


def test_an_attack_claimed_by_another_group() -> None:
    dawn, hill = [("Dawn Front", "GROUP")], [("Hill Brigade", "GROUP")]
    a = report("a", "The Dawn Front claimed responsibility for the pipeline bombing.", actors=dawn)
    b = report("b", "The pipeline bombing was claimed by the Hill Brigade.", actors=hill)
    c = report("c", "The Hill Brigade denied that it carried out the bombing.", actors=hill)
    d = report("d", "Officials said the Dawn Front claimed the pipeline was empty.", actors=dawn)
    ua, ub, uc, ud = (units(x, k)[0] for k, x in enumerate((a, b, c, d)))
    assert (ua.doers, ub.doers) == ({"dawn front": "Dawn Front"}, {"hill brigade": "Hill Brigade"})
    assert uc.doers == {} and ud.doers == {}  # a denial, a statement: no doer
    cross_check([a, b])
    (why,) = a.claims[0].contradictions
    assert (why.differs, why.this, why.other) == ("actor", "Dawn Front", "Hill Brigade")
    # an affiliation named in the doer's phrase names it too: no other doer
    text = "The pipeline bombing was claimed by the Dawn Front-linked Hill Brigade."
    e = report("e", text, actors=dawn + hill)
    assert set(units(e, 0)[0].doers) == {"dawn front", "hill brigade"}
    a.claims = []
    cross_check([a, e])
    assert a.claims[0].contradictions == []


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("The assembly passed the budget on Thursday, while 14 members abstained.", 2),
        ("Three states opposed the motion, 11 abstained and two did not vote.", 2),
        ("The rebels will free 30 hostages; the government will release 900 prisoners.", 2),
        ("Three states opposed the motion while 11 abstained.", 2),
        # a list, a figure's thousands and a clause without a verb stay whole
        ("Russia, China and Iran opposed the motion on Thursday.", 1),
        ("Aid groups said about 2,000 people fled the district, officials said.", 1),
        ("The army took the town on Sunday, but not the airport.", 1),
    ],
)
def test_a_sentence_stating_two_things_is_two_units(sentence: str, clauses: int) -> None:
    assert len(units(report("a", sentence), 0)) == clauses


def test_a_contradicted_clause_leaves_its_neighbour_alone() -> None:
    a = report("a", "The assembly approved the budget on Thursday, while 14 members abstained.")
    b = report("b", "The assembly rejected the budget on Thursday after a long debate.")
    c = report("c", "Fourteen members abstained when the assembly voted on Thursday.")
    cross_check([a, b, c])
    assert claim_with(a, "approved").status == "contradicted"
    assert claim_with(a, "abstained").status == "corroborated"


def test_counterparts_are_mutual_and_a_restated_figure_counts_as_its_first_statement() -> None:
    # each ship's count has its twin in the other report: nothing is contradicted
    a = report(
        "a",
        "Six crew members of the tanker were rescued by the navy on Monday. "
        "All 22 crew members of the freighter were rescued by a passing ship.",
    )
    b = report(
        "b",
        "The navy rescued six crew members of the tanker on Monday. "
        "A passing ship rescued all 22 crew members of the freighter.",
    )
    cross_check([a, b])
    assert all(x.status == "corroborated" for x in a.claims + b.claims)
    # a toll given in the lead and again below is contradicted in both places
    c = report(
        "c",
        "Gunmen killed at least 26 tourists at the resort on Tuesday, police said. "
        "Police said 26 people died in the attack, the deadliest on tourists in years.",
    )
    d = report(
        "d", "Police said 28 tourists were killed when gunmen attacked the resort on Tuesday."
    )
    cross_check([c, d])
    assert [x.status for x in c.claims] == ["contradicted", "contradicted"]
    # the toll in a sentence of its own, against a report that gives it in its lead: the
    # lead aligns best with the other's first sentence, the toll sentence with the lead
    e = report(
        "e",
        "Gunmen opened fire on a group of tourists in the Dunmore valley on Tuesday"
        " afternoon, police said. At least 26 people were killed in the attack.",
    )
    f = report(
        "f",
        "Police said gunmen opened fire on tourists visiting the Dunmore valley on Tuesday"
        " afternoon, killing 28 people.",
    )
    cross_check([e, f])
    assert claim_with(e, "26 people").status == "contradicted"


def test_contradicted_claim_names_the_conflicting_source() -> None:
    a = report("a", "Germany will send troops to the border region next month.", publisher="X")
    b = report("b", "Germany will send weapons to the border region next month.", publisher="Y")
    cross_check([a, b])
    (ca,), (cb,) = a.claims, b.claims
    assert (ca.status, ca.conflict, ca.support) == ("contradicted", ["b"], [])
    assert (cb.status, cb.conflict) == ("contradicted", ["a"])


def test_different_speakers_do_not_contradict_each_other() -> None:
    texts = ('"The plan will work," Ana Ruiz said.', '"The plan will not work," Tom Berg said.')
    arts = [report(aid, t, publisher=aid) for aid, t in zip("ab", texts, strict=True)]
    for a, name in zip(arts, ("Ana Ruiz", "Tom Berg"), strict=True):
        start = a.text.index(name)
        speaker = Speaker(start, start + len(name), name, name.lower(), name)
        a.quotes.append(Quote(0, a.text.index(",") + 1, "", "direct", speaker=speaker))
    cross_check(arts)
    assert [c.status for a in arts for c in a.claims] == ["single_source", "single_source"]
    assert [c.speaker for a in arts for c in a.claims] == ["Ana Ruiz", "Tom Berg"]


# -- corroboration and independence -----------------------------------------------------------

SAME = "Officials said 32 countries signed the declaration in Vienna on Friday."
SAME_REWORDED = "On Friday in Vienna, 32 countries signed the declaration, officials said."


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ({"publisher": "Northsea Wire"}, {"publisher": "Atlas Daily"}, "corroborated"),
        ({"publisher": "Northsea Wire"}, {"publisher": "northsea wire"}, "single_source"),
        ({"publisher": "Northsea"}, {"publisher": "Atlas", "duplicate_of": "a"}, "single_source"),
        # an unknown publisher counts as an outlet of its own ...
        ({}, {}, "corroborated"),
        ({"publisher": "DW"}, {}, "corroborated"),
        # ... unless the URL shows the same outlet, or it is a copy
        ({"url": "https://www.dw.com/a"}, {"url": "https://dw.com/b"}, "single_source"),
        ({}, {"duplicate_of": "a"}, "single_source"),
    ],
)  # fmt: skip
def test_corroboration_needs_independent_outlets(
    first: dict[str, str], second: dict[str, str], status: str
) -> None:
    a = report("a", SAME, **first)  # type: ignore[arg-type]
    b = report("b", SAME_REWORDED, **second)  # type: ignore[arg-type]
    cross_check([a, b])
    assert [c.status for c in a.claims] == [status]
    assert a.claims[0].support == ["b"]  # copies still show up as saying it


def test_two_copies_of_one_original_are_not_independent() -> None:
    b = report("b", SAME, publisher="Atlas", duplicate_of="orig")
    c = report("c", SAME, publisher="Meridian", duplicate_of="orig")
    assert not independent(b, c)
    cross_check([b, c])
    assert [cl.status for cl in b.claims] == ["single_source"]


def test_contradiction_wins_over_support() -> None:
    a = report("a", "Germany will send troops to the border region next month.", publisher="A")
    b = report("b", "Germany will send troops to the border region next month.", publisher="B")
    c = report("c", "Germany will send weapons to the border region next month.", publisher="C")
    cross_check([a, b, c])
    (claim,) = a.claims
    assert (claim.status, claim.support, claim.conflict) == ("contradicted", ["b"], ["c"])


def test_reports_without_a_story_are_single_source() -> None:
    a = report("a", SAME, story=None, publisher="A")
    b = report("b", SAME, story=None, publisher="B")
    cross_check([a, b])
    assert [c.status for c in a.claims + b.claims] == ["single_source", "single_source"]


def test_other_stories_do_not_count() -> None:
    a = report("a", SAME, story="s-1", publisher="A")
    b = report("b", SAME, story="s-2", publisher="B")
    cross_check([a, b])
    assert a.claims[0].status == "single_source"


def test_claim_offsets_point_into_the_text() -> None:
    text = "Talks ended late. " + SAME + " Will they meet again? " + SAME_REWORDED
    a = report("a", text, publisher="A")
    cross_check([a])
    assert len(a.claims) == 2
    for c in a.claims:
        assert text[c.start : c.end] == c.text


def test_contrast_lexicon_is_consistent() -> None:
    for oc in OBJECT_CONTRASTS:
        assert oc.predicates and all(oc.sides) and not oc.sides[0] & oc.sides[1]
    for pc in PREDICATE_CONTRASTS:
        assert all(pc.sides) and not pc.sides[0] & pc.sides[1]


# -- seeds (../shared) ------------------------------------------------------------------------

TROOPS = "send troops to Ukraine"
SEED_002, SEED_003 = "002_b435acdc5e0d02a5.txt", "003_e66833ffe3436db9.txt"


def seed_reports(seeds_dir: Path) -> dict[str, Article]:
    arts = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        a = Article(text=path.read_text(encoding="utf-8"), source=path.name)
        a.assign_id(path.name)
        arts[path.name] = a
    arts[SEED_003].publisher = "DW"  # as its gold says; 002's publisher is unknown
    return arts


def check_seed_claims(arts: dict[str, Article]) -> None:
    a2, a3 = arts[SEED_002], arts[SEED_003]
    assert a2.story_id == a3.story_id
    troops = claim_with(a3, TROOPS)
    assert troops.status == "contradicted"
    assert a2.id in troops.conflict
    (why,) = [x for x in troops.contradictions if x.article == a2.id]
    assert why.differs == "verb"  # the verb and its object are what differs
    assert "troops" in why.this and "arms" in why.other and "sent arms to Kiev" in why.text
    arms = claim_with(a2, "sent arms to Kiev")
    assert arms.status == "contradicted" and a3.id in arms.conflict
    shared = [c for c in a3.claims if c.status == "corroborated" and a2.id in c.support]
    assert shared, "002 and 003 are independent: some claim they share is corroborated"


def test_seed_claims(seeds_dir: Path) -> None:
    arts = seed_reports(seeds_dir)
    cluster(list(arts.values()), SETTINGS)
    cross_check(list(arts.values()))
    check_seed_claims(arts)
    for name in set(arts) - {SEED_002, SEED_003}:  # the other seeds are stories of their own
        assert all(c.status == "single_source" for c in arts[name].claims)


def test_seed_copies_corroborate_and_contradict_nothing(seeds_dir: Path) -> None:
    arts = seed_reports(seeds_dir)
    cluster(list(arts.values()), SETTINGS)
    arts[SEED_002].duplicate_of = arts[SEED_003].id  # were 002 a copy of 003 ...
    cross_check(list(arts.values()))
    pair = arts[SEED_002].claims + arts[SEED_003].claims
    assert not [c for c in pair if c.status == "corroborated"]  # ... nothing is corroborated
    assert not [c for c in pair if c.status == "contradicted"]  # ... nor contradicted


@pytest.mark.model
def test_seed_claims_through_the_pipeline(seeds_dir: Path, pipeline: object) -> None:
    from sitroom.run.pipeline import Pipeline

    assert isinstance(pipeline, Pipeline)
    arts = {a.source or "": a for a in pipeline.process(seed_reports(seeds_dir).values())}
    arts = {Path(k).name: v for k, v in arts.items()}
    cluster(list(arts.values()), replace(SETTINGS))
    cross_check(list(arts.values()))
    check_seed_claims(arts)


# -- figures ----------------------------------------------------------------------------------


def unit_figures(sentence: str) -> list[tuple[float, float, str, str]]:
    (u,) = units(report("a", sentence), 0)
    return [(f.low, f.high, f.key, f.text) for f in u.figures]


def test_a_figure_heading_its_own_clause_is_not_the_outcome_before_it() -> None:
    got = unit_figures("Twelve fishermen are missing and 40 have reached the shore on rafts.")
    first, second = (key for _, _, key, _ in got)
    assert first == "missing"
    assert second != "missing"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said 26 people were killed in the attack.", [(26, 26, "dead", "26")]),
        ("Officials said twenty-six people were killed in the attack.",
         [(26, 26, "dead", "twenty-six")]),
        ("Officials said more than two dozen people died in the attack.",
         [(24.0, 31.2, "dead", "more than two dozen")]),
        # a time of day is no figure; a figure that heads a clause of its own is not
        # counted by the outcome of the clause before
        ("The ferry sank at 4:15 p.m. on Friday, killing 31 passengers.",
         [(31, 31, "dead", "31")]),
        ("At least nine people were shot dead after soldiers fired on hundreds of strikers.",
         [(9, 9, "dead", "at least nine"), (200, 999, "striker", "hundreds")]),
        ("The army said at least four sailors have been confirmed dead.",
         [(4, 4, "dead", "at least four")]),
        ("Aid groups said about 2,000 people fled the district.",
         [(1500, 2500, "displaced", "about 2,000")]),
        ("Israel will free hundreds of prisoners, officials said.",
         [(200, 999, "freed", "hundreds")]),
        ("The statistics office said inflation rose to 7.2% in March.",
         [(7.2, 7.2, "infl%", "7.2%")]),
        ("The ministry said 130 military aircraft flew near the island.",
         [(130, 130, "aircraft", "130")]),
        # a year is not a figure, nor is a day of a month
        ("The war began in 2023 and has not ended, officials said.", []),
        ("The talks opened in Geneva on March 14, officials said.", []),
        # the outcome after a list of who is counted
        ("The deal will see 40 prisoners, including women, children, and elderly men, freed"
         " by the army.", [(40, 40, "freed", "40")]),
        # ranges; a change "from ... to" is two figures, a score none
        ("Between 20 and 30 people were killed in the raid, witnesses said.",
         [(20, 30, "dead", "20 and 30")]),
        ("Witnesses said 20-30 people were killed in the raid.", [(20, 30, "dead", "20-30")]),
        ("The rally drew 10,000 to 15,000 people, police said.",
         [(9500, 15750, "people", "10,000 to 15,000")]),
        ("The home side won 2-1 in the final, officials said.", []),
        # the dead, said otherwise; the outcome right before a figure is its own
        ("The death toll from the bombing of the bus in the capital rose to 24 on Wednesday.",
         [(24, 24, "dead", "24")]),
        ("At least 40 people lost their lives when the ferry capsized.",
         [(40, 40, "dead", "at least 40")]),
        ("The war has devastated the region, killing over 4,000 people and displacing millions.",
         [(3800.0, 5460, "dead", "over 4,000"), (2e6, 9.99e6, "displaced", "millions")]),
        # the points of a declaration are its paragraphs
        ("The leaders adopted a 45-point declaration.", [(45, 45, "point", "45-point")]),
        ("The leaders adopted a declaration with 38 paragraphs.", [(38, 38, "point", "38")]),
    ],
)  # fmt: skip
def test_figures_are_normalised(
    sentence: str, expected: list[tuple[float, float, str, str]]
) -> None:
    got = unit_figures(sentence)
    assert [(round(lo, 3), round(hi, 3), key, text) for lo, hi, key, text in got] == [
        (round(lo, 3), round(hi, 3), key, text) for lo, hi, key, text in expected
    ]


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        ("At least 26 people were killed in the attack.", "Twenty-six people died in the attack.",
         False),
        ("More than two dozen people were killed in the attack.", "26 people died in the attack.",
         False),
        ("At least three crew members were killed in the attack.",
         "At least four sailors were confirmed dead after the attack.", True),
        ("The talks lasted more than two hours, officials said.",
         "Officials said the talks lasted less than two hours.", True),
        # one report also gives a part ("4 government vessels"): one agreeing pair is enough
        ("Officials said 15 vessels and 4 government vessels entered the zone.",
         "Officials said 15 vessels entered the zone.", False),
        # a threatened figure is not compared with a reported one
        ("Officials said the tariff would rise to 100% next year.",
         "Officials said the tariff was 57% this year.", False),
        # amounts in two currencies are not compared; in one, they are
        ("The government approved $11 billion in arms sales to the island.",
         "The government approved £8bn in arms sales to the island.", False),
        ("The government approved $11 billion in arms sales to the island.",
         "The government approved $8 billion in arms sales to the island.", True),
        ("The government approved $11 billion in arms sales to the island.",
         "The government approved 8 billion in arms sales to the island.", True),
        # "about N" is what rounds to N at its precision
        ("About 1,200 people were killed in the raids, officials said.",
         "Officials said 1,139 people were killed in the raids.", True),
        ("About 1,200 people were killed in the raids, officials said.",
         "Officials said 1,180 people were killed in the raids.", False),
        ("Around 30 people were hurt in the crash, police said.",
         "Police said 28 people were hurt in the crash.", False),
        # a part of a count, an increment, a rate and a running total are not the count
        ("The navy said eight sailors, including two cooks and five Danes, were rescued.",
         "Among the crew were 21 Danes, the owner said.", False),
        ("Rescuers said three additional crew members were rescued overnight.",
         "Rescuers said 20 crew members were rescued from the ferry.", False),
        ("Officials said the rebels will free four hostages each week.",
         "Officials said the rebels will free 30 hostages.", False),
        ("Officials said at least nine soldiers have been killed since the truce began.",
         "Officials said two soldiers were killed in the ambush.", False),
        # prisoners freed and hostages freed are other people
        ("Israel will free hundreds of prisoners in return, officials said.",
         "The group will free 33 hostages in return, officials said.", False),
        # "among the 26 killed" is the whole count
        ("Among the 26 people killed in the attack were two guides, police said.",
         "Police said 28 people were killed in the attack.", True),
        # a total of the event is no running total
        ("Gunmen killed 26 people in all at the resort, police said.",
         "Gunmen killed 28 people at the resort, police said.", True),
        # "since" after a superlative ranks the event; it makes no running total
        ("Gunmen killed 26 people in the deadliest attack on the town since 2019.",
         "Gunmen killed 28 people in the attack on the town, police said.", True),
        ("Gunmen killed 26 people a day after the talks, police said.",
         "Gunmen killed 28 people in the attack on the town, police said.", True),
    ],
)  # fmt: skip
def test_figures_disagree_only_when_no_value_is_shared(
    first: str, second: str, differ: bool
) -> None:
    (u,) = units(report("a", first), 0)
    (v,) = units(report("b", second), 1)
    assert (disagree(u.figures, v.figures) is not None) is differ


# -- roles ------------------------------------------------------------------------------------


def role_report(aid: str, text: str, name: str, publisher: str, kb: KnowledgeBase) -> Article:
    a = report(aid, text, publisher=publisher)
    a.published = "2025-06-01"
    (actor_id,) = kb.alias[kb_key(name)]
    for m in re.finditer(re.escape(name), text):
        a.mentions.append(Mention(m.start(), m.end(), name, "PERSON", actor_id, name))
    return a


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Secretary of State Pete Hegseth met his Polish counterpart on Monday.", True),
        ("Pete Hegseth, the US secretary of state, met his Polish counterpart on Monday.", True),
        ("US Defense Secretary Pete Hegseth met his Polish counterpart on Monday.", False),
        ("Secretary of War Pete Hegseth met his Polish counterpart on Monday.", False),
        # a role word that is not next to the name is not the name's role
        ('"The secretary of state was not there," Pete Hegseth said on Monday.', False),
    ],
)
def test_roles_are_checked_against_the_knowledge_base(text: str, wrong: bool) -> None:
    kb = load_kb()
    a = role_report("a", text, "Pete Hegseth", "X", kb)
    cross_check([a], kb)
    (claim,) = a.claims
    found = [x for x in claim.contradictions if x.differs == "role"]
    assert bool(found) is wrong
    if wrong:
        (why,) = found
        assert (why.article, why.outlet) == (None, "knowledge base")
        assert "secretary of state" in why.this and "Secretary of Defense" in why.other
        assert claim.status == "contradicted"


def test_a_role_stated_otherwise_by_another_report_is_flagged_on_the_wrong_one() -> None:
    kb = load_kb()
    wrong = role_report("a", "Secretary of State Pete Hegseth spoke in Warsaw on Monday.",
                        "Pete Hegseth", "X", kb)  # fmt: skip
    right = role_report("b", "Defence Secretary Pete Hegseth spoke in Warsaw on Monday.",
                        "Pete Hegseth", "Y", kb)  # fmt: skip
    cross_check([wrong, right], kb)
    assert {x.article for x in wrong.claims[0].contradictions} == {None, "b"}
    assert right.claims[0].conflict == []  # the knowledge base confirms it


def test_a_clause_cut_after_per_is_not_read_past_its_end() -> None:
    from types import SimpleNamespace

    from sitroom.claims.numbers import figures

    def tok(word: str) -> SimpleNamespace:
        return SimpleNamespace(
            low=word, stem=word, breaks=False, cap=False, start=0, end=0, currency="", gap=" "
        )

    cut = [tok(w) for w in ("won", "most", "votes", "or", "61", "per")]
    assert all(f.low == 61 for f in figures(cut))  # type: ignore[arg-type]
    whole = [tok(w) for w in ("turnout", "was", "61", "per", "cent")]
    assert [f.low for f in figures(whole)] == [61]  # type: ignore[arg-type]


def test_counts_of_one_outcome_in_stories_told_apart_are_compared() -> None:
    # two stories of one event (joined by .linking): the injured counted by each report,
    # each the other's counterpart, contradict however little else their sentences share
    a = report(
        "a",
        "The ferry capsized on the river near the port on Monday evening, officials said. "
        "Officials said 16 passengers died and 23 were injured when the ferry capsized.",
        story="s-1",
        publisher="X",
    )
    b = report(
        "b",
        "Rescue teams searched the river near the port after the ferry capsized on Monday. "
        "The accident left 21 people injured, prompting an inquiry by the ministry.",
        story="s-2",
        publisher="Y",
    )
    a.published = b.published = "2025-06-02"
    cross_check([a, b])
    assert claim_with(a, "23 were injured").conflict == ["b"]
    assert claim_with(b, "21 people injured").conflict == ["a"]
    assert claim_with(a, "Monday evening").status == "corroborated"


def test_a_rival_count_answers_the_other_reports_lead_count() -> None:
    # "a lower death toll of 30" sets one count against another of the same moment: it is
    # the counterpart of the other report's lead toll, however few words they share
    a = report(
        "a",
        "At least 80 people were killed when gunmen attacked the hill town overnight, a "
        "rights group said. Farmers have fled the district after months of raids. The mayor "
        "said officials who visited the town had confirmed a lower death toll of 30.",
        publisher="Outlet A",
    )
    b = report(
        "b",
        "Gunmen killed at least 80 people in an overnight raid on a hill town, the rights "
        "group said. In March, at least 12 people were killed in raids on nearby villages.",
        publisher="Outlet B",
    )
    cross_check([a, b])
    found = claim_with(a, "lower death toll").contradictions or []
    assert ("30 (dead)", "at least 80 (dead)") in [(e.this, e.other) for e in found]
    assert claim_with(b, "Gunmen killed").status == "corroborated"
