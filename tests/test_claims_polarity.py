"""What a statement unit states and denies (sitroom.claims.polarity), and what it aligns
on (its reported content, sitroom.claims.units).

Sentences written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

from sitroom.article import Article
from sitroom.claims import cross_check
from sitroom.claims.polarity import polarity
from sitroom.claims.units import _reported, _tokens


def negated_and_stated(sentence: str) -> tuple[set[str], set[str]]:
    toks = _tokens(sentence, 0, len(sentence))
    _, negated, affirmed = polarity(sentence, 0, toks, [])
    return set(negated), set(affirmed)


@pytest.mark.parametrize(
    ("sentence", "denied", "stated"),
    [
        # a negated verb of belief negates its complement's verb (neg-raising)
        ("Police do not believe the gunman acted alone.", "act", "believ"),
        ("The ministry does not think the army shelled the port.", "shell", "think"),
        ("The envoy is not expected to attend the talks.", "attend", "expect"),
        # a plain negation still negates the word after it
        ("Police said the gunman may not have acted alone.", "act", "gunman"),
        ("The envoy did not attend the talks.", "attend", "envoy"),
    ],
)  # fmt: skip
def test_neg_raising(sentence: str, denied: str, stated: str) -> None:
    negated, affirmed = negated_and_stated(sentence)
    assert denied in negated
    assert stated in affirmed and stated not in negated


def test_a_believed_statement_is_stated() -> None:
    negated, affirmed = negated_and_stated("Police believe the gunman acted alone.")
    assert "act" in affirmed and not negated


def words(sentence: str) -> list[str]:
    return [t.low for t in _reported(_tokens(sentence, 0, len(sentence)))]


def test_alignment_reads_past_the_attribution() -> None:
    lead = "Jane Roe, a spokeswoman for the city's fire service, said on Monday that "
    assert words(lead + "the blaze started in a kitchen on the third floor.")[:2] == [
        "the",
        "blaze",
    ]
    tail = words("The blaze started in a kitchen on the third floor, the fire service said.")
    assert tail[-1] == "floor"
    # too little left to align on: the whole sentence
    assert words("Officials said that it burned.")[0] == "officials"


def report(aid: str, text: str, outlet: str) -> Article:
    article = Article(text=text, publisher=outlet, url=f"https://{aid}.example/x")
    article.assign_id(aid)
    article.story_id = "s1"
    return article


def test_believed_and_not_believed_contradict_across_outlets() -> None:
    a = report(
        "a",
        "Mark Doe, a senior agent at the bureau's regional office, said during a briefing "
        "that investigators do not believe the driver acted alone in the harbour attack.",
        "Outlet A",
    )
    b = report(
        "b", "Investigators believe the driver acted alone in the harbour attack.", "Outlet B"
    )
    cross_check([a, b])
    found = [c for claim in a.claims for c in claim.contradictions if c.article == "b"]
    assert found and found[0].differs == "negation"


def test_a_stated_past_and_a_negated_verb_share_one_key() -> None:
    assert "act" in negated_and_stated("The gunman did not act alone.")[0]
    assert "act" in negated_and_stated("The gunman acted alone.")[1]


@pytest.mark.parametrize(
    ("denied", "stated"),
    [
        # a verb in -y keeps one key in -ied, -ies and -ying
        ("The army did not carry out the raid.", "The army carried out the raid."),
        ("The army denied carrying out the raid.", "The army carries out the raid."),
        ("The firm said it did not supply the parts.", "The firm supplied the parts."),
    ],
)  # fmt: skip
def test_a_verb_in_y_and_its_negation_share_one_key(denied: str, stated: str) -> None:
    negated = negated_and_stated(denied)[0]
    affirmed = negated_and_stated(stated)[1]
    assert negated & affirmed - {"army", "firm", "raid", "part"}


def test_short_verbs_in_ied_are_left_to_the_stemmer() -> None:
    # "died" is no form of "dy": the stemmer's key stays
    assert (
        "died"
        in negated_and_stated("The envoy said nobody died in the raid.")[0]
        | (negated_and_stated("The envoy said three people died in the raid.")[1])
    )
