"""Bytes to text: the encodings sitroom accepts, and how it tells text from binary.

Accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and legacy 8-bit
text (windows-1252) when the bytes are not UTF-8 but read as Western text (accented
letters and typographic marks inside words). A UTF-8 or ASCII file with a few runs of bad
bytes (at most 1% of it) is read with each run replaced by U+FFFD and flagged
``garbled``; anything else is a :class:`~sitroom.errors.DecodeError` that names the byte
offset.
"""

from __future__ import annotations

import codecs
import logging
import re

from sitroom.errors import BinaryInputError, DecodeError, EmptyInputError

logger = logging.getLogger(__name__)

SNIFF_BYTES = 8192

# Signatures of common binary formats a user may drop into a folder.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF, VT, FF, CR (and ESC, which terminals leave in logs).
_BAD_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Bytes undefined in windows-1252.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file are not text, or None when they may be text."""
    if bom_encoding(head) in {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}:
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({what})"
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    sample = head[:SNIFF_BYTES]
    if sample and len(_BAD_CONTROLS.findall(sample)) / len(sample) > 0.01:
        return "binary file (control characters)"
    return None


# What Western 8-bit text puts between ASCII letters: accented letters and the
# typographic marks of windows-1252 (quotes, dashes, ellipsis, currency, degree, NBSP).
_LEGACY_MARKS = frozenset("‘’‚“”„–—…€£¥§°·«»©®™¢\u00a0")


def _looks_legacy_8bit(data: bytes) -> bool:
    """True when non-UTF-8 bytes look like Western 8-bit text: short runs of high bytes
    that read as letters or typographic marks in windows-1252, each touching a letter."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not high or high / len(data) > 0.3:
        return False
    if _CP1252_UNDEFINED.search(data) or _BAD_CONTROLS.search(data):
        return False
    for run in re.finditer(rb"[\x80-\xff]+", data):
        chars = run.group().decode("windows-1252")
        if len(chars) > 3 or not all(c.isalpha() or c in _LEGACY_MARKS for c in chars):
            return False
        before = data[run.start() - 1 : run.start()].decode("ascii")
        after = data[run.end() : run.end() + 1].decode("ascii")
        if any(c.isalpha() for c in chars) and not (before.isalpha() or after.isalpha()):
            return False  # an accented letter stands inside a word
    return True


#: Bytes that are neither UTF-8 nor Western text may be replaced in a file when they are
#: at most this share of it (the document is then flagged ``garbled``); more is skipped.
MAX_BAD_SHARE = 0.01
_REPLACED_RUN = re.compile("\ufffd+")


def _bad_sequences(data: bytes) -> int:
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")


def _stray_bytes(data: bytes) -> int | None:
    """The number of invalid bytes when the data is UTF-8 but for a few stray ones (at most
    3, or one in 10,000 bytes, and other multi-byte UTF-8 letters decode), else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in text)
    if bad <= 3 or (multibyte and bad <= len(data) // 10000):
        return bad
    return None


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a whole file; raise an :class:`InputError` subclass naming ``path``."""
    return decode_text(data, path)[0]


def decode_text(data: bytes, path: str) -> tuple[str, bool]:
    """(text, damaged): decode a whole file, or raise an :class:`InputError` subclass naming
    ``path``. ``damaged`` is True when runs of bytes that are neither UTF-8 nor Western
    8-bit text were replaced (each run by one U+FFFD); the caller flags the document."""
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise BinaryInputError(path, f"{reason}; only text, HTML and JSON files are read")
    damaged = False
    encoding = bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)[1:] if encoding != "utf-8" else data[3:].decode()
        except UnicodeDecodeError as exc:
            offset = exc.start + len(codecs.BOM_UTF8 if encoding == "utf-8" else b"")
            raise DecodeError(
                path,
                f"not valid {encoding.upper()} at byte {offset} despite its byte-order mark; "
                "re-save the file as UTF-8",
            ) from exc
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, damaged = _decode_damaged(data, path, exc)
    if not text.replace("\ufffd", "").strip():
        raise EmptyInputError(path, "the file holds no text (empty or only whitespace)")
    return text, damaged


def _decode_damaged(data: bytes, path: str, exc: UnicodeDecodeError) -> tuple[str, bool]:
    stray = _stray_bytes(data)
    if stray is not None:
        logger.info("%s: %d invalid UTF-8 bytes replaced", path, stray)
        return data.decode("utf-8", errors="replace"), False
    if _looks_legacy_8bit(data):
        logger.info("%s: not UTF-8, read as windows-1252", path)
        return data.decode("windows-1252"), False
    bad = _bad_sequences(data)
    if bad <= MAX_BAD_SHARE * len(data):
        logger.warning(
            "%s: %d byte sequences are neither UTF-8 nor Western text (the first at byte "
            "%d); they are replaced and the document is flagged garbled",
            path,
            bad,
            exc.start,
        )
        return _REPLACED_RUN.sub("\ufffd", data.decode("utf-8", errors="replace")), True
    raise DecodeError(
        path,
        f"not valid UTF-8 at byte {exc.start} (byte 0x{data[exc.start]:02x}): {bad} byte "
        f"sequences in its {len(data)} bytes are neither UTF-8 nor Western 8-bit text (at "
        f"most {MAX_BAD_SHARE:.0%} are replaced); re-save the file as UTF-8 (UTF-16 needs a "
        "byte-order mark)",
    ) from exc
