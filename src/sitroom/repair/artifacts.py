"""Artifacts that are not the article: LLM leftovers, stray markup, metadata lines.

Every function here returns the new text and the :class:`Repair` records of what it
removed; removing something never leaves a double space or a space before punctuation.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from sitroom.article import Repair

CLOSING_PUNCT = frozenset(".,;:!?)]}”’»…")
QUOTES = "“”\"'‘’„«»"

# --- placeholder citations -------------------------------------------------------------
PLACEHOLDER = re.compile(
    r"[ \t]*(?:"
    r"\((?:citations?(?: needed| required)?|sources?|needs? citation)\)"
    r"|\[(?:citations?(?: needed| required)?|sources?|needs? citation|cite)\]"
    r")[ \t]*",
    re.IGNORECASE,
)
NUMERIC_REF = re.compile(r"[ \t]*\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\][ \t]*")
REFERENCE_LIST = re.compile(
    r"(?im)^[ \t]*(?:references|sources|notes|footnotes|bibliography)[ \t]*:?[ \t]*$"
    r"|^[ \t]*\[\d{1,3}\][ \t]+\S"
)

# --- stray markup ---------------------------------------------------------------------
FENCE_LINE = re.compile(
    rf"[ \t]*[{QUOTES}]?[ \t]*`{{1,3}}[A-Za-z0-9_+-]*[ \t]*[{QUOTES}]?[ \t]*`{{0,3}}[ \t]*"
)
TRAILING_FENCE = re.compile(r"(?m)(?<=\S)[ \t]*```[A-Za-z0-9_+-]*[ \t]*$")
QUOTE_ONLY_LINE = re.compile(rf"[ \t{QUOTES}]+")
DANGLING_OPEN_QUOTE = re.compile(r"(?:(?<=\s)|^)[“‘]+[ \t]*\Z")
MD_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+(?=\S)")
MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*")
HTML_TAG = re.compile(
    r"[ \t]*</?(?:p|br|div|span|b|i|em|strong|u|a|ul|ol|li|h[1-6]|blockquote)"
    r"(?:\s[^<>\n]{0,300})?/?>[ \t]*",
    re.IGNORECASE,
)
HTML_ENTITY = re.compile(
    r"&(?:amp|quot|apos|nbsp|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|#\d{2,5}|#x[0-9a-f]{2,4});",
    re.IGNORECASE,
)
PREAMBLE = re.compile(
    r"(?:(?:sure|certainly|of course|absolutely|okay|ok|great)\b[!,.]?[ \t]*)?"
    r"(?:here(?:'s|’s| is| are)\b[^\n]{0,100}?"
    r"\b(?:article|version|rewrite|rewritten|text|summary|draft|paraphrase|translation|"
    r"story|report|piece|content)\b[^\n]{0,60}?:"
    r"|(?:sure|certainly|of course|absolutely)[!.])[ \t]*",
    re.IGNORECASE,
)
CLOSER = re.compile(
    r"(?:I hope (?:this|that) helps|Let me know if you(?:'d|’d| would)? (?:like|want|need)|"
    r"Feel free to (?:ask|let me know)|Would you like me to)\b[^\n]*",
    re.IGNORECASE,
)

# --- metadata lines -------------------------------------------------------------------
SOURCE_LINE = re.compile(
    r"[ \t]*(?:source|sources|original (?:article|source)|url)[ \t]*:[ \t]*"
    r"<?(?P<url>https?://[^\s<>]+?)>?[ \t]*",
    re.IGNORECASE,
)
EDITOR_LINE = re.compile(
    r"[ \t]*(?:edited by|editing by)[ \t]*:?[ \t]*(?P<name>[^\s.:;!?][^\n:;!?]{0,79}?)\.?[ \t]*",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _content(line: str) -> str:
    return line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _drop(lines: list[str], drop: set[int]) -> str:
    """Join ``lines`` without ``drop``; a removed last line takes its separator along."""
    if not drop:
        return "".join(lines)
    kept = [line for i, line in enumerate(lines) if i not in drop]
    last_dropped = len(lines) - 1 in drop
    if last_dropped:
        while kept and not _content(kept[-1]).strip():
            kept.pop()
        if kept and _content(lines[-1]) == lines[-1]:  # the text ended without a newline
            kept[-1] = _content(kept[-1])
    return "".join(kept)


def _nonblank(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def cut(text: str, pattern: re.Pattern[str], kind: str, repairs: list[Repair]) -> str:
    """Remove every match of ``pattern`` (which may eat spaces on both sides) cleanly."""

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        spaced = match.group(0)[:1] in " \t" or match.group(0)[-1:] in " \t"
        between_words = before not in "\r\n \t([{“‘" and after not in "\r\n \t"
        glue = ""
        if between_words and after not in CLOSING_PUNCT:
            glue = " " if spaced or (before.isalnum() and after.isalnum()) else ""
        repairs.append(Repair(kind, match.group(0), glue))
        return glue

    return pattern.sub(replace, text)


def remove_placeholders(text: str) -> tuple[str, list[Repair]]:
    """Placeholder citations, and ``[1]``-style references when there is no list."""
    repairs: list[Repair] = []
    text = cut(text, PLACEHOLDER, "placeholder_citation", repairs)
    if not REFERENCE_LIST.search(text):
        text = cut(text, NUMERIC_REF, "placeholder_citation", repairs)
    return text, repairs


# --- look-alike apostrophes ------------------------------------------------------------
# U+02BC (modifier letter apostrophe) typed for the apostrophe ("Sanduʼs party", "partiesʼ"):
# the tokenizer reads it as a letter, so a possessive stays glued to its name. A left single
# quote or an acute accent between two letters ("Trump‘s", "Trump´s", "don‘t") is the same
# slip: an opening quote never follows a letter directly. The same length, so offsets do not
# move.
LOOKALIKE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])(?:\u02bc|[\u2018\u00b4](?=[^\W\d_]))")
_LOOKALIKE_WORD = re.compile(r"\w*[\u02bc\u2018\u00b4]\w*")


def fix_apostrophes(text: str) -> tuple[str, list[Repair]]:
    """A look-alike apostrophe after a letter becomes the typographic one (U+2019)."""
    fixed = LOOKALIKE_APOSTROPHE.sub("\u2019", text)
    if fixed == text:
        return text, []
    words = sorted({m.group(0) for m in _LOOKALIKE_WORD.finditer(text)})
    return fixed, [
        Repair("apostrophe", w, new)
        for w in words
        if (new := LOOKALIKE_APOSTROPHE.sub("\u2019", w)) != w
    ]


def _drop_matching(
    text: str, repairs: list[Repair], kind: str, pick: Callable[[list[str]], set[int]]
) -> str:
    lines = _lines(text)
    drop = pick(lines)
    for i in sorted(drop):
        repairs.append(Repair(kind, _content(lines[i]), ""))
    return _drop(lines, drop)


def _preamble_lines(lines: list[str]) -> set[int]:
    drop: set[int] = set()
    for i in _nonblank(lines)[:2]:
        if not PREAMBLE.fullmatch(_content(lines[i])):
            break
        drop.add(i)
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            drop.add(j)
            j += 1
    return drop


def _closer_lines(lines: list[str]) -> set[int]:
    rows = _nonblank(lines)
    if len(rows) > 1 and CLOSER.fullmatch(_content(lines[rows[-1]]).strip()):
        return {rows[-1]}
    return set()


def _fence_lines(lines: list[str]) -> set[int]:
    return {
        i for i, line in enumerate(lines) if "`" in line and FENCE_LINE.fullmatch(_content(line))
    }


def _quote_only_tail(lines: list[str]) -> set[int]:
    rows = _nonblank(lines)
    if rows and QUOTE_ONLY_LINE.fullmatch(_content(lines[rows[-1]])):
        return {rows[-1]}
    return set()


def remove_markup(text: str) -> tuple[str, list[Repair]]:
    """Chat preambles and closers, code fences, Markdown and HTML leftovers, a dangling quote."""
    repairs: list[Repair] = []
    text = _drop_matching(text, repairs, "chat_preamble", _preamble_lines)
    text = _drop_matching(text, repairs, "chat_preamble", _closer_lines)
    if "`" in text:
        text = _drop_matching(text, repairs, "code_fence", _fence_lines)
        text = cut(text, TRAILING_FENCE, "code_fence", repairs)
    if "**" in text:
        text = MD_BOLD.sub(lambda m: _record(repairs, "markdown", m.group(0), m.group(1)), text)
    if "#" in text:
        text = MD_HEADING.sub(lambda m: _record(repairs, "markdown", m.group(0), ""), text)
    if "<" in text:
        text = cut(text, HTML_TAG, "html", repairs)
    if "&" in text and "<" not in text:
        text = HTML_ENTITY.sub(
            lambda m: _record(repairs, "html_entity", m.group(0), _unescape(m.group(0))), text
        )
    text = _drop_matching(text, repairs, "broken_quote", _quote_only_tail)
    match = DANGLING_OPEN_QUOTE.search(text)
    if match and text[: match.start()].strip():
        repairs.append(Repair("broken_quote", match.group(0), ""))
        text = text[: match.start()].rstrip()
    return text, repairs


def _unescape(entity: str) -> str:
    value = html.unescape(entity)
    return "\u00a0" if value == "\xa0" else value


def _record(repairs: list[Repair], kind: str, before: str, after: str) -> str:
    repairs.append(Repair(kind, before, after))
    return after


def strip_metadata_lines(text: str) -> tuple[str, list[Repair]]:
    """Remove a trailing ``Source: <url>`` line and an ``Edited by ...`` line."""
    lines = _lines(text)
    drop: set[int] = set()
    repairs: list[Repair] = []
    for i in reversed(_nonblank(lines)[-3:]):
        line = _content(lines[i])
        if SOURCE_LINE.fullmatch(line):
            repairs.append(Repair("source_line", line.strip(), ""))
        elif EDITOR_LINE.fullmatch(line):
            repairs.append(Repair("editor_line", line.strip(), ""))
        else:
            break
        drop.add(i)
    if drop and len(drop) == len(_nonblank(lines)):
        return text, []  # nothing but metadata: keep it as the text
    return _drop(lines, drop), repairs


def source_url(line: str) -> str | None:
    match = SOURCE_LINE.fullmatch(line)
    return match["url"].rstrip(".,;)") if match else None


def editor_name(line: str) -> str | None:
    match = EDITOR_LINE.fullmatch(line)
    return match["name"].strip() if match else None
