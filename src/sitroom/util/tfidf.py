"""TF-IDF rows of pre-tokenised texts, the way scikit-learn's
``TfidfVectorizer(analyzer=<identity>, sublinear_tf=True)`` makes them (smoothed idf
``ln((1 + n) / (1 + df)) + 1``, term frequency ``1 + ln(tf)``, rows scaled to unit
length, columns in the vocabulary's sorted order, a row's entries in the order their
terms first occur in the whole input, so that every sum is taken in the same order),
without importing scikit-learn: its
import (with SciPy's statistics) cost a run about half a CPU-second at start for this one
use. ``tests/test_tfidf.py`` compares the two on varied inputs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse


def tfidf_rows(docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """One unit-length row per document; ``ValueError`` when no document has a term."""
    seen: dict[str, int] = {}  # terms in the order they first occur in the whole input
    for doc in docs:
        for term in doc:
            seen.setdefault(term, len(seen))
    if not seen:
        raise ValueError("empty vocabulary; the documents hold no terms")
    order = sorted(seen)
    column = np.empty(len(seen), dtype=np.int64)  # first-occurrence index -> sorted column
    for j, term in enumerate(order):
        column[seen[term]] = j
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counts = Counter(seen[t] for t in doc)
        for k in sorted(counts):
            indices.append(int(column[k]))
            values.append(counts[k])
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(indices), np.asarray(indptr)),
        shape=(len(docs), len(seen)),
    )
    df = np.bincount(matrix.indices, minlength=len(seen)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(docs) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(matrix.data, matrix.data)
    matrix.data += 1.0
    matrix.data *= idf[matrix.indices]
    for row in range(len(docs)):  # each row's squares summed in order, as scikit-learn does
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        total = 0.0
        for x in matrix.data[lo:hi]:
            total += x * x
        if total:
            matrix.data[lo:hi] /= np.sqrt(total)
    return matrix
