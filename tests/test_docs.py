"""Every command and every setting is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from sitroom.settings import default_tree
from sitroom.show.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    sorted(typer.main.get_command(app).commands),  # type: ignore[attr-defined]
)
def test_command_is_in_the_readme(command: str) -> None:
    assert f"`sitroom {command}" in README, f"README's command table lacks `sitroom {command}`"


@pytest.mark.parametrize(
    "key",
    [f"{section}.{key}" for section, keys in default_tree().items() for key in keys],
)
def test_setting_is_in_the_readme(key: str) -> None:
    assert f"`{key}`" in README, f"README's settings table lacks `{key}`"


def test_readme_shows_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README
