"""Settings: shipped defaults, overridden by a user file, overridden by flags.

They resolve once, in :func:`load_settings`, into a frozen :class:`Settings` that is
passed explicitly to whatever needs it; nothing reads settings from globals.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from sitroom.errors import ConfigError

USER_FILE = "sitroom.toml"
# pipeline.gemm: who multiplies the model's matrices (see sitroom.run.scale.blas)
GEMMS = ("numpy", "blis")


@dataclass(frozen=True, kw_only=True)
class PipelineSettings:
    spacy_model: str
    batch_size: int
    n_process: int
    section_chars: int
    event_filter: bool
    commit_every: int
    gemm: str = "numpy"
    language_models: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class IngestSettings:
    max_bytes: int
    max_chars: int
    text_extensions: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class KbSettings:
    user_file: str
    fuzzy_threshold: int


@dataclass(frozen=True, kw_only=True)
class StoriesSettings:
    duplicate_threshold: float
    join_threshold: float
    half_life_days: float
    merge_threshold: float = 0.2


@dataclass(frozen=True, kw_only=True)
class PositionsSettings:
    catalog: str
    keep_parses: bool


@dataclass(frozen=True, kw_only=True)
class StoreSettings:
    db: str
    busy_timeout_ms: int


@dataclass(frozen=True, kw_only=True)
class EvaluateSettings:
    data_dir: str
    examples_dir: str
    real_dir: str
    floors_file: str


@dataclass(frozen=True, kw_only=True)
class WebSettings:
    host: str
    port: int
    token: str
    max_upload_bytes: int


@dataclass(frozen=True, kw_only=True)
class Settings:
    pipeline: PipelineSettings
    ingest: IngestSettings
    kb: KbSettings
    stories: StoriesSettings
    positions: PositionsSettings
    store: StoreSettings
    evaluate: EvaluateSettings
    web: WebSettings
    sources: tuple[str, ...] = field(default=())

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        """Return a copy with dotted keys (``"pipeline.spacy_model"``) replaced."""
        tree = as_dict(self)
        for dotted, value in overrides.items():
            if value is None:
                continue
            section, _, key = dotted.partition(".")
            _check_key(tree, section, key, "command line")
            tree[section][key] = value
        return _build(tree, self.sources)


SECTIONS: dict[str, type[Any]] = {
    "pipeline": PipelineSettings,
    "ingest": IngestSettings,
    "kb": KbSettings,
    "stories": StoriesSettings,
    "positions": PositionsSettings,
    "store": StoreSettings,
    "evaluate": EvaluateSettings,
    "web": WebSettings,
}


def default_tree() -> dict[str, dict[str, Any]]:
    text = resources.files("sitroom").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def as_dict(settings: Settings) -> dict[str, dict[str, Any]]:
    return {
        name: {f.name: getattr(getattr(settings, name), f.name) for f in fields(cls)}
        for name, cls in SECTIONS.items()
    }


def _check_key(tree: dict[str, dict[str, Any]], section: str, key: str, origin: str) -> None:
    if section not in tree:
        raise ConfigError(
            f"{origin}: unknown settings section [{section}]; valid: {', '.join(sorted(tree))}"
        )
    if key not in tree[section]:
        raise ConfigError(
            f"{origin}: unknown setting {section}.{key}; valid: "
            + ", ".join(f"{section}.{k}" for k in sorted(tree[section]))
        )


def _build(tree: dict[str, dict[str, Any]], sources: tuple[str, ...]) -> Settings:
    parts: dict[str, Any] = {}
    for name, cls in SECTIONS.items():
        values = dict(tree[name])
        for f in fields(cls):
            if isinstance(values.get(f.name), list):
                values[f.name] = tuple(values[f.name])
        try:
            parts[name] = cls(**values)
        except TypeError as exc:
            raise ConfigError(f"settings section [{name}] is invalid: {exc}") from exc
    settings = Settings(**parts, sources=sources)
    _validate(settings)
    return settings


def _validate(settings: Settings) -> None:
    if settings.pipeline.batch_size < 1:
        raise ConfigError("pipeline.batch_size must be at least 1")
    if settings.pipeline.section_chars < 1000:
        raise ConfigError("pipeline.section_chars must be at least 1000")
    if settings.pipeline.gemm not in GEMMS:
        raise ConfigError(f"pipeline.gemm must be one of {', '.join(GEMMS)}")
    if settings.pipeline.commit_every < 1:
        raise ConfigError("pipeline.commit_every must be at least 1")
    models = settings.pipeline.language_models
    if not isinstance(models, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in models.items()
    ):
        raise ConfigError(
            "pipeline.language_models must be a table of language code = spaCy pipeline, "
            'e.g. de = "de_core_news_sm"'
        )
    if settings.store.busy_timeout_ms < 0:
        raise ConfigError("store.busy_timeout_ms must be 0 or more")
    if settings.pipeline.n_process < 0:
        raise ConfigError("pipeline.n_process must be 0 (one per core) or more")
    if not 0 <= settings.kb.fuzzy_threshold <= 100:
        raise ConfigError("kb.fuzzy_threshold must be between 0 and 100")
    if settings.ingest.max_chars < 1:
        raise ConfigError("ingest.max_chars must be positive")
    if settings.ingest.max_bytes < 1:
        raise ConfigError("ingest.max_bytes must be positive")
    if settings.web.max_upload_bytes < 1:
        raise ConfigError("web.max_upload_bytes must be positive")
    if not 0 <= settings.web.port <= 65535:
        raise ConfigError("web.port must be between 0 and 65535")


def load_settings(
    config_file: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Defaults, then ``config_file`` (or ``./sitroom.toml`` if present), then overrides."""
    tree = default_tree()
    sources = ["defaults"]
    path = Path(config_file) if config_file else Path(USER_FILE)
    if config_file or path.exists():
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: config file not found") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        for section, values in user.items():
            if not isinstance(values, dict):
                raise ConfigError(f"{path}: '{section}' must be a [section] table")
            for key, value in values.items():
                _check_key(tree, section, key, str(path))
                tree[section][key] = value
        sources.append(str(path))
    settings = _build(tree, tuple(sources))
    if overrides:
        settings = replace(settings.with_overrides(overrides), sources=(*sources, "flags"))
    return settings
