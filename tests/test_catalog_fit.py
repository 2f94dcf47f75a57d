"""Catalog scopes, definitions and examples, and the fit of a catalog to each story."""

from __future__ import annotations

import pytest

from sitroom.article import Article, Mention, Position, Span
from sitroom.errors import KnowledgeBaseError
from sitroom.nlp.positions.catalog import in_scope, parse_catalog
from sitroom.nlp.positions.catalog_fit import apply_scope, story_fit, uncovered
from sitroom.nlp.positions.meaning import MeaningMatcher, stem

CATALOG = """
name: sudan_test
scope: {places: [Sudan, Darfur]}
issues:
  truce:
    claim: The parties should accept the humanitarian truce.
    definition: a humanitarian truce proposed by the mediators
    examples: [The RSF agreed to the humanitarian truce.]
  withdrawal:
    claim: The RSF must withdraw from the cities it seized.
    definition: the RSF withdrawing from seized cities
    examples: [The army demands the RSF's withdrawal from occupied cities.]
    scope: {since: 2025-10-01, actors: [Rapid Support Forces]}
"""


def _article(text: str, story: str | None = None, published: str | None = None) -> Article:
    a = Article(text=text, published=published, story_id=story)
    a.assign_id()
    return a


def test_scope_and_meaning_keys_parse() -> None:
    catalog = parse_catalog(CATALOG, "test")
    truce, withdrawal = catalog.issues
    assert catalog.scope.places == ("Sudan", "Darfur")
    assert truce.definition.startswith("a humanitarian truce") and truce.cues == ()
    assert withdrawal.scope.since == "2025-10-01"
    assert withdrawal.scope.actors == ("Rapid Support Forces",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("issues: {x: {claim: c}}", "definition"),
        ("issues: {x: {claim: c, keywords: [a], scope: {towns: [a]}}}", "unknown scope key"),
        ("issues: {x: {claim: c, keywords: [a], scope: {since: May}}}", "YYYY-MM-DD"),
    ],
)
def test_bad_catalogs_say_why(text: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_catalog(text, "test")


def test_in_scope_by_place_date_actor_and_story() -> None:
    catalog = parse_catalog(CATALOG, "test")
    withdrawal = catalog.issues[1].scope
    sudan = _article("Fighting in Darfur went on.", published="2025-11-02")
    gaza = _article("The ceasefire in Gaza held.", published="2025-11-02")
    assert in_scope(catalog.scope, sudan) and not in_scope(catalog.scope, gaza)
    early = _article("The Rapid Support Forces took the city.", published="2025-09-01")
    late = _article("The Rapid Support Forces took the city.", published="2025-10-27")
    assert not in_scope(withdrawal, early) and in_scope(withdrawal, late)
    by_mention = _article("The paramilitary took the city.", published="2025-10-27")
    by_mention.mentions = [
        Mention(4, 15, "paramilitary", "ORG", "rsf", "Rapid Support Forces", None, "REB", 0.9)
    ]
    assert in_scope(withdrawal, by_mention)
    story_scope = (
        parse_catalog("issues: {x: {claim: c, keywords: [a], scope: {stories: [s-1]}}}", "t")
        .issues[0]
        .scope
    )
    assert in_scope(story_scope, _article("a", story="s-1"))
    assert not in_scope(story_scope, _article("a", story="s-2"))
    assert in_scope(story_scope, _article("a", story="s-2"), stories=False)


def test_apply_scope_drops_positions_outside() -> None:
    catalog = parse_catalog(CATALOG, "test")
    gaza = _article("The ceasefire in Gaza held.")
    ev = Span(0, 10, "The ceasef")
    gaza.positions = [Position("x", "X", "truce", "support", False, ev, 0.8)]
    apply_scope(catalog, gaza)
    assert gaza.positions == []


def test_stems_join_verbs_and_nominalisations() -> None:
    assert stem("withdrawal") == stem("withdraw") == stem("withdrawing")
    assert stem("enrichment") == stem("enrich")
    assert stem("reimposition") == stem("reimpose")
    assert stem("truce") != stem("true")
    # nominalisations whose stem changes
    assert stem("cession") == stem("cede")
    assert stem("invasion") == stem("invade") == stem("invading")
    assert stem("reduction") == stem("reduce")
    assert stem("suspension") == stem("suspend")
    assert stem("seizure") == stem("seize") == stem("seized")
    # a verb in -e keeps it before "-ment" but loses it alone: the two stems still meet
    assert stem("postponement") == stem("postpone") == stem("postponed")
    assert stem("enforcement") == stem("enforce")
    assert stem("recognition") == stem("recognise") == stem("recognize")
    assert stem("departure") == stem("depart")


def test_anchors_are_shared_by_an_issues_texts_and_no_other_issue() -> None:
    matcher = MeaningMatcher(parse_catalog(CATALOG, "test"))
    anchors = {a.issue.id: a.stems for a in matcher.anchors}
    assert {stem("humanitarian"), stem("truce")} <= anchors["truce"]
    assert {stem("withdraw"), stem("cities")} <= anchors["withdrawal"]
    assert stem("demands") not in anchors["withdrawal"]  # an attitude word, not the issue


def test_story_fit_names_the_stories_the_catalog_misses() -> None:
    catalog = parse_catalog(CATALOG, "test")
    articles = [
        _article("In Sudan, the RSF agreed to a humanitarian truce on Thursday.", "s-sudan"),
        _article(
            "Darfur: the army wants the Rapid Support Forces to withdraw from the cities.",
            "s-sudan",
            "2025-11-01",
        ),
        # the withdrawal issue is scoped to October 2025 on: an older report is not covered
        _article(
            "Darfur: the Rapid Support Forces must withdraw from the cities.", "s-old", "2024-05-01"
        ),
        _article("Israel and Hamas agreed a ceasefire in Gaza.", "s-gaza"),
        _article("Sudan's harvest was poor this year.", "s-harvest"),
    ]
    fits = {f.story_id: f for f in story_fit(catalog, articles)}
    assert fits["s-sudan"].fit == 1.0 and fits["s-sudan"].n_articles == 2
    assert fits["s-gaza"].fit == 0.0 and fits["s-harvest"].fit == 0.0
    assert fits["s-old"].fit == 0.0
    assert sorted(uncovered(fits.values())) == ["s-gaza", "s-harvest", "s-old"]
