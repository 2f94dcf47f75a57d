"""The pipeline: the same records whether parsed in one process or several."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sitroom.errors import ModelError
from sitroom.run.pipeline import Pipeline
from sitroom.settings import Settings

pytestmark = pytest.mark.model


def test_worker_processes_give_the_same_records(settings: Settings, examples: Path) -> None:
    files = sorted(str(p) for p in examples.glob("0[1-6]_*.txt"))
    one, _ = Pipeline(settings).extract_paths(files)
    two_workers = replace(settings, pipeline=replace(settings.pipeline, n_process=2, batch_size=2))
    many, _ = Pipeline(two_workers).extract_paths(files)
    assert [a.to_record() for a in many] == [a.to_record() for a in one]


def test_a_missing_model_gives_a_clear_error(settings: Settings) -> None:
    broken = replace(settings, pipeline=replace(settings.pipeline, spacy_model="no_such_model"))
    with pytest.raises(ModelError, match=r"pipeline\.spacy_model"):
        _ = Pipeline(broken).nlp


def test_ids_are_stable(pipeline: Pipeline) -> None:
    text = "NATO defence ministers met in Brussels on Thursday."
    first = pipeline.extract_texts([text])[0]
    second = pipeline.extract_texts([text])[0]
    assert first.id == second.id and first.id


def test_misspelled_known_names_mark_a_spun_copy_garbled(pipeline: Pipeline) -> None:
    spun = (
        "Defence secretary Pete Hegsath told allies in Brussels that Europe must pay more. "
        "NATO chief Mark Rute said the alliance would adapt. Pete Hegseth later left. . "
        "Allies said the meeting was useful."
    )
    clean = (
        "Defence Secretary Pete Hegseth told allies in Brussels that Europe must pay more. "
        "NATO chief Mark Rutte said the alliance would adapt. Allies said it was useful."
    )
    flagged, plain = pipeline.extract_texts([spun, clean])
    assert "garbled" in flagged.quality.flags
    assert "garbled" not in plain.quality.flags
