"""The model's matrix products on numpy's BLAS give the parses of thinc's blis."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from threadpoolctl import threadpool_info

from sitroom.errors import ConfigError
from sitroom.run.pipeline import build_nlp
from sitroom.run.scale.blas import model_ops
from sitroom.settings import Settings, load_settings

pytestmark = pytest.mark.model


def _parses(settings: Settings, gemm: str, texts: list[str]) -> list[list[tuple[object, ...]]]:
    with model_ops(gemm):
        nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    ner = nlp.get_pipe("ner")
    assert ner.model.ops.use_blis is (gemm == "blis")  # type: ignore[attr-defined]
    return [
        [(t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]
        for doc in nlp.pipe(texts, batch_size=settings.pipeline.batch_size)
    ]


def test_numpy_products_give_the_same_parses_as_blis(settings: Settings, examples: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    assert len(texts) >= 5
    blis, numpy = _parses(settings, "blis", texts), _parses(settings, "numpy", texts)
    assert sum(len(doc) for doc in blis) > 5000
    assert numpy == blis


def test_the_pipeline_multiplies_with_numpy_on_one_thread(settings: Settings) -> None:
    nlp = build_nlp(settings)
    assert settings.pipeline.gemm == "numpy"
    assert nlp.get_pipe("parser").model.ops.use_blis is False  # type: ignore[attr-defined]
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_an_unknown_matrix_library_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"pipeline\.gemm must be one of numpy, blis"):
        load_settings(None, {"pipeline.gemm": "mkl"})
