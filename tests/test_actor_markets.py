"""Session 37 (actors30): names of what markets price are no actors: a crude grade before
its commodity noun and a benchmark quoted at a price. Sentences are written for these
tests; the grades and companies are invented or generic."""

from __future__ import annotations

from spacy.language import Language

from prose_checks import actor_texts as _texts
from sitroom.nlp import actors  # noqa: F401  (registers the component)


def test_a_grade_before_crude_is_no_actor(actor_nlp: Language) -> None:
    found = _texts(actor_nlp, "On Friday, Brent crude stood at $71.20 per barrel in London.")
    assert "Brent" not in found


def test_a_benchmark_quoted_at_a_price_is_no_actor(actor_nlp: Language) -> None:
    text = "Oil prices rose on Monday, while West Texas Intermediate settled at $65.10."
    assert not any("Texas" in t for t in _texts(actor_nlp, text))


def test_a_company_that_acts_is_still_an_actor(actor_nlp: Language) -> None:
    text = "Zephyr Holdings said on Monday that it would hire 300 engineers in Lagos."
    assert any("Zephyr" in t for t in _texts(actor_nlp, text))
