"""The state a title naming a body takes from that body's mention in the sentence before
(:func:`sitroom.nlp.actors.owners.named_body_country`). Sentences are written for these
tests; the people and bodies are invented."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Span

from sitroom.article import Mention
from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.owners import named_body_country

TEXT = "The Green Unity Alliance under Tarni Oluwe won 18 seats."


def _span() -> Span:
    doc = English()(TEXT)
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    return doc[5:7]  # "Tarni Oluwe"


def _body(country: str | None) -> Mention:
    return Mention(start=4, end=24, text="Green Unity Alliance", type="ORG", country=country)


def test_a_title_naming_a_body_named_before_takes_its_state() -> None:
    span = _span()
    title = TitleContext(sector="MIL", igo=True, words="leader of the Green Unity Alliance")
    got = named_body_country(span, title, [_body("KEN")])
    assert (got.country, got.igo) == ("KEN", False)
    # a body placed nowhere gives nothing; nor does a title naming another body
    assert named_body_country(span, title, [_body(None)]) == title
    other = TitleContext(sector="GOV", words="leader of the Farmers Front")
    assert named_body_country(span, other, [_body("KEN")]) == other


def test_a_title_with_a_state_keeps_it() -> None:
    title = TitleContext(country="UGA", sector="GOV", words="leader of the Green Unity Alliance")
    assert named_body_country(_span(), title, [_body("KEN")]) == title
