"""Control characters: removed from text as it is read, and again before it is shown."""

from __future__ import annotations

import re

# C0 and C1 control characters except tab and newline, and DEL; ESC starts every terminal
# escape sequence, so removing it (with the rest of a CSI sequence) disarms them all.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(value: str) -> str:
    """The text without escape sequences and C0 control characters (tab, newline and
    carriage return kept)."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", value))
