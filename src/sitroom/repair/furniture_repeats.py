"""Lines a page sets twice: a headline repeated above the story, a caption given as alt text
and again under the photo, a teaser of the paragraph that follows, and pull quotes (a
speaker's words set alone and again inside the paragraph that attributes them)."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, is_prose
from sitroom.repair.furniture_titles import repeated_kind


def repeated(lines: list[Line], kinds: list[str | None]) -> None:
    """Lines a page sets twice (a headline repeated above the story, a caption given as alt
    text and again under the photo, or cut short with "..." first): news prose is never
    repeated word for word. The first free one above any prose is the title."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        if kinds[i] is None and 4 <= len(line.words) <= 45 and not is_prose(line):
            seen.setdefault(_same_marks(line.text), i)  # (a site may print a paragraph twice)
    for i, line in enumerate(lines):
        j = seen.get(_same_marks(line.text))
        stem = line.text.rstrip(".…").rstrip()
        cut = line.text.endswith(("...", "…")) and len(line.words) >= 6
        later = next((k for k in range(i + 1, len(lines)) if len(lines[k].words) > 5), None)
        if cut and i + 1 < len(lines) and lines[i + 1].text.startswith(stem):
            kinds[i] = kinds[i] or "caption"
            kinds[i + 1] = kinds[i + 1] or "caption"
        elif cut and later is not None and lines[later].text.startswith(stem):
            kinds[i] = kinds[i] or "other"  # a teaser of the paragraph that follows the
            # page's short controls ("... overnight ..." / "Open in App" / the paragraph)
        elif j is not None and j != i and kinds[i] is None:
            above = zip(lines[:j], kinds[:j], strict=True)
            early = not any(is_prose(ln) and k is None for ln, k in above)
            early = early and "title" not in kinds[:j]
            kinds[i] = kinds[j] = repeated_kind(lines, kinds, i, j, early)


def repeated_captions(lines: list[Line], kinds: list[str | None]) -> None:
    """A caption the page sets again elsewhere without its credit (as alt text above the
    photo, or under a second copy of it): the same words are the same caption, even where
    the copy reads as a sentence of prose."""
    captions = {_same_marks(ln.text) for ln, k in zip(lines, kinds, strict=True) if k == "caption"}
    for i, line in enumerate(lines):
        if kinds[i] is not None or len(line.words) < 3:
            continue
        again = len(line.words) >= 4 and _same_marks(line.text) in captions
        if again or _credited_below(lines, kinds, i):
            kinds[i] = "caption"


def _credited_below(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """The alt text right above its caption: the next line is a caption or credit that
    opens with this line's words and adds the credit ("Jane Roe speaks." over "Jane Roe
    speaks. Photo: AFP", "... (AFP: J. Roe)"). A paragraph is never set again at the head
    of a caption."""
    if i + 1 >= len(lines) or kinds[i + 1] not in ("caption", "credit"):
        return False
    below, text = _same_marks(lines[i + 1].text), _same_marks(lines[i].text)
    return len(below) > len(text) and below.startswith(text)


_QUOTED_LINE = re.compile(r"[“\"‘'](?P<inner>[^“”\"\n]{12,400}?)[.,!?…]?[”\"’']")


def pull_quotes(lines: list[Line], kinds: list[str | None]) -> None:
    """A line that is nothing but a quotation whose words the report gives again inside a
    longer paragraph is a pull quote (a page's highlight of a speaker's words): the words
    count once, where the paragraph attributes them."""
    for i, line in enumerate(lines):
        found = _QUOTED_LINE.fullmatch(line.text) if kinds[i] is None else None
        if found is None or len(line.words) < 4:
            continue
        inner = _same_marks(found["inner"]).rstrip(" .,!?…")
        if any(
            j != i and len(other.text) > len(line.text) and inner in _same_marks(other.text)
            for j, other in enumerate(lines)
        ):
            kinds[i] = "other"


_MARKS = str.maketrans("‘’“”", "''\"\"")


def _same_marks(text: str) -> str:
    """A line with its curly quotes and apostrophes made straight: a caption given as alt
    text and again under the photo may differ only in them."""
    return text.translate(_MARKS)
