"""Article-derived text made inert for each place it is shown.

Article text is hostile input: it can hold Rich markup (``[/bold]``, WordPress's
``[/embed]``), terminal escape sequences, HTML (``<script>``, ``<img onerror>``),
``javascript:`` links and spreadsheet formulas. Every output path passes it through one of
these functions: :func:`terminal_text` for the terminal (Rich), :func:`markdown_text` for
the Markdown report, :func:`csv_cell` for CSV exports.
"""

from __future__ import annotations

import html
import re
from typing import Any

from rich.text import Text

from sitroom.util.chars import strip_controls

# C1 controls: kept in stored text (they are often the bytes of mojibake that repair
# turns back into letters), removed before anything reaches a terminal.
_C1 = re.compile(r"[\x80-\x9f]")
# OWASP: a cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MATCH_START = "\x02"  # search snippets mark the matched words with these two characters
MATCH_END = "\x03"
DEFAULT_LIMIT = 500


def cut(value: str, limit: int = DEFAULT_LIMIT) -> str:
    """At most ``limit`` characters, with an ellipsis when cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def terminal_text(value: Any, limit: int | None = None) -> Text:
    """A Rich ``Text`` (never parsed as markup) of ``value``, controls removed.

    Matched words of a search snippet (between :data:`MATCH_START` and :data:`MATCH_END`)
    are shown in bold.
    """
    raw = "" if value is None else str(value)
    if limit is not None:
        raw = cut(raw, limit)
    text = Text()
    for i, part in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", raw)):
        clean = _C1.sub("", strip_controls(part)).replace("\r", "")
        text.append(clean, style="bold" if i % 2 else "")
    return text


def plain_snippet(value: str) -> str:
    """A search snippet with its match marks as ``[`` ``]`` (for JSON and files)."""
    return strip_controls(value.replace(MATCH_START, "[").replace(MATCH_END, "]"))


def markdown_text(value: Any, limit: int = 160) -> str:
    """One line of Markdown-safe text: HTML escaped, Markdown link and emphasis syntax
    neutralised, whitespace collapsed, cut to ``limit``."""
    raw = " ".join(strip_controls("" if value is None else str(value)).split())
    raw = cut(raw, limit)
    escaped = html.escape(raw, quote=True)
    return re.sub(r"([\\`*_\[\]()|!])", r"\\\1", escaped)


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula (non-strings pass unchanged)."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value
