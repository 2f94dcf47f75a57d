"""The fast lemmatizer gives exactly the lemmas of spaCy's rule lemmatizer."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from sitroom.nlp.actors.things import dictionary_words
from sitroom.run.scale.lemmas import FastLemmatizer, speed_up_lemmatizer
from sitroom.settings import Settings

pytestmark = pytest.mark.model


def test_the_fast_lemmatizer_gives_the_same_lemmas(settings: Settings, examples: Path) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    slow = nlp.get_pipe("lemmatizer")
    fast = FastLemmatizer(spacy.load(settings.pipeline.spacy_model).get_pipe("lemmatizer"))
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    texts.append("The geese were running; she'd better've been there. Mice ate 3.5kg of cheeses.")
    for doc in nlp.pipe(texts, disable=["lemmatizer"]):
        slow_doc, fast_doc = slow(doc.copy()), fast(doc.copy())
        assert [t.lemma_ for t in fast_doc] == [t.lemma_ for t in slow_doc]
    assert fast(nlp.make_doc("")).text == ""


def test_the_pipeline_gets_the_fast_lemmatizer(settings: Settings) -> None:
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    speed_up_lemmatizer(nlp)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert [t.lemma_ for t in nlp("Ministers were meeting.")] == ["minister", "be", "meet", "."]


def test_the_fast_lemmatizer_keeps_the_word_lists(settings: Settings) -> None:
    """The actors component reads its dictionary of common words ("Debris", "Divisional"
    capitalised are no names) from the lemmatizer's word lists: the stand-in shows them."""
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    before = dictionary_words(nlp)
    speed_up_lemmatizer(nlp)
    after = dictionary_words(nlp)
    assert "debris" in after and "divisional" in after
    assert after == before
