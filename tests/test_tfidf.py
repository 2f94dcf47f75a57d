"""sitroom's TF-IDF rows and stop words equal scikit-learn's (what they replace at run
time), on inputs written here and generated at random."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from sitroom.util.stop_words import ENGLISH_STOP_WORDS
from sitroom.util.tfidf import tfidf_rows

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")


def _theirs(docs: list[list[str]]) -> Any:
    vectorizer = sklearn_text.TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True)
    return vectorizer.fit_transform(docs)


def test_stop_words_are_scikit_learns() -> None:
    assert frozenset(sklearn_text.ENGLISH_STOP_WORDS) == ENGLISH_STOP_WORDS


@pytest.mark.parametrize("seed", range(20))
def test_rows_equal_scikit_learns(seed: int) -> None:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(rng.randint(1, 60))]
    docs = [
        [rng.choice(words) for _ in range(rng.randint(0, 30))] for _ in range(rng.randint(1, 40))
    ]
    if not any(docs):
        docs[0] = ["w0"]
    mine, theirs = tfidf_rows(docs), _theirs(docs)
    assert np.array_equal(mine.indices, theirs.indices)  # sums in the same order
    assert np.array_equal(mine.data, theirs.data)
    assert np.array_equal((mine @ mine.T).toarray(), (theirs @ theirs.T).toarray())


def test_written_examples_and_an_empty_vocabulary() -> None:
    docs = [["army", "seize", "town"], ["army", "army", "withdraw"], [], ["town", "fall"]]
    assert np.array_equal(tfidf_rows(docs).toarray(), _theirs(docs).toarray())
    with pytest.raises(ValueError):
        tfidf_rows([[], []])
