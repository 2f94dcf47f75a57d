"""Mojibake: UTF-8 text that was decoded as windows-1252 or latin-1 ("DovilÄ—").

Two passes, both gated so that clean text is never changed:

1. ftfy, line by line, with every fix that could touch clean text turned off (curly
   quotes, line breaks, ligatures, character width, control characters and HTML
   entities are left alone); ftfy needs NFC to see mojibake in decomposed text, so a
   line is replaced only when ftfy did more than normalise it;
2. a per-sequence retry for the short cases ftfy leaves alone: a latin-1 lead
   character followed by the continuation characters of one UTF-8 sequence is encoded
   back to bytes and decoded as UTF-8. A retry is kept only when the bytes are valid
   UTF-8, the result is a Latin letter or common punctuation, and the sequence is
   suspicious in context (``Ã``/``Â`` leads, a capital inside a lower-case word, or a
   three- or four-byte sequence).
3. UTF-8 read as windows-1253 (Greek) in a text with no Greek of its own: "β€”" for
   "—", "β†’" for "→", "Γ“" for "Ó" (a dash, quote or arrow; a Latin capital).
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from sitroom.article import Repair

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization="NFC",  # needed to see mojibake in decomposed text; see _ftfy_line
    explain=False,
)


def _byte_table() -> dict[str, int]:
    """Character -> byte for windows-1252, with latin-1 for its five undefined bytes."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode("windows-1252")
        except UnicodeDecodeError:
            char = chr(byte)
        table[char] = byte
        table.setdefault(chr(byte), byte)  # latin-1 reading of the same byte
    return table


_BYTE = _byte_table()
_CONT = "".join(sorted(re.escape(c) for c, b in _BYTE.items() if 0x80 <= b <= 0xBF))
_LEAD2 = "\u00c2-\u00df"
_LEAD3 = "\u00e0-\u00ef"
_LEAD4 = "\u00f0-\u00f4"
SEQUENCE = re.compile(
    f"[{_LEAD2}][{_CONT}]|[{_LEAD3}][{_CONT}]{{2}}|[{_LEAD4}][{_CONT}]{{3}}",
)
# Blocks a repaired character may fall in: Latin letters, punctuation, currency, symbols.
_ALLOWED_BLOCKS = (
    (0x00A0, 0x024F),
    (0x1E00, 0x1EFF),
    (0x2010, 0x205E),
    (0x20A0, 0x20C0),
    (0x2100, 0x214F),
)


def _plausible(char: str) -> bool:
    code = ord(char)
    if not any(lo <= code <= hi for lo, hi in _ALLOWED_BLOCKS):
        return False
    return not unicodedata.category(char).startswith("C")


def _suspicious(text: str, match: re.Match[str]) -> bool:
    """Whether a candidate sequence looks like mojibake rather than accented text."""
    seq = match.group(0)
    if len(seq) > 2 or seq[0] in "ÂÃ":
        return True
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    # "DovilÄ—": an upper-case lead inside a lower-case word.
    return seq[0].isupper() and before.islower() and not after.isupper()


def fix_sequences(text: str) -> tuple[str, list[Repair]]:
    """Re-decode short mojibake sequences that ftfy leaves alone."""
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        seq = match.group(0)
        if not _suspicious(text, match):
            return seq
        try:
            fixed = bytes(_BYTE[c] for c in seq).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return seq
        if not fixed or not all(_plausible(c) for c in fixed):
            return seq
        repairs.append(Repair("mojibake", seq, fixed))
        return fixed

    fixed = SEQUENCE.sub(replace, text)
    if repairs and count_suspicious(fixed) >= count_suspicious(text):
        return text, []
    return fixed, repairs


def _ftfy_line(line: str) -> str:
    """ftfy on one line, kept only when it did more than normalise to NFC."""
    try:
        fixed = ftfy.fix_text(line, FTFY_CONFIG)
    except Exception:  # ftfy should not raise, but one article must never stop a batch
        return line
    return line if fixed == unicodedata.normalize("NFC", line) else fixed


# the Greek reading of a UTF-8 lead byte (0xC3 "Γ", 0xE2 "β") and its continuation bytes
_GREEK_SEQ = re.compile("\u0393[^\\s\\w]|\u03b2[^\\s\\w]{2}")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]{2}")  # a Greek word, not a symbol


def fix_greek(text: str) -> tuple[str, list[Repair]]:
    """Re-decode UTF-8 punctuation and Latin capitals read as windows-1253, only when the
    text holds no Greek word outside those sequences (a lone "β" or "Γ" is a symbol, or
    the rest of a sequence whose byte was lost: "MarΓa")."""
    if "\u0393" not in text and "\u03b2" not in text:
        return text, []
    if _GREEK.search(_GREEK_SEQ.sub("", text)):
        return text, []  # Greek prose (or a Greek name) of its own: left alone
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        seq = match.group(0)
        try:
            fixed = seq.encode("windows-1253").decode("utf-8")
        except UnicodeError:
            return seq
        if len(fixed) != 1 or not (_plausible(fixed) or 0x2190 <= ord(fixed) <= 0x21FF):
            return seq
        repairs.append(Repair("mojibake", seq, fixed))
        return fixed

    return _GREEK_SEQ.sub(replace, text), repairs


def fix_mojibake(text: str) -> tuple[str, list[Repair]]:
    """ftfy line by line, then the per-sequence retry; returns the text and what changed."""
    repairs: list[Repair] = []
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if not line.isascii():
            fixed = _ftfy_line(line)
            if fixed != line:
                repairs.append(Repair("mojibake", line.strip(), fixed.strip()))
                lines[i] = fixed
    fixed_text, more = fix_sequences("".join(lines))
    fixed_text, greek = fix_greek(fixed_text)
    return fixed_text, repairs + more + greek


def count_suspicious(text: str) -> int:
    """Number of sequences that look like mojibake."""
    return sum(1 for m in SEQUENCE.finditer(text) if _suspicious(text, m))
