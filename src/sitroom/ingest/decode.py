"""Bytes to text: the encodings sitroom accepts, and how it tells text from binary.

Accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and legacy 8-bit
text (windows-1252) when the bytes are not UTF-8 but look like Western text. Anything
else is a :class:`~sitroom.errors.DecodeError` that names the byte offset.
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


def _looks_legacy_8bit(data: bytes) -> bool:
    """True when non-UTF-8 bytes look like Western 8-bit text (isolated accented letters)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not high or high / len(data) > 0.3:
        return False
    if _CP1252_UNDEFINED.search(data) or _BAD_CONTROLS.search(data):
        return False
    # Legacy text has short runs of high bytes between ASCII letters, never long ones.
    return re.search(rb"[\x80-\xff]{4,}", data) is None


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
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise BinaryInputError(path, f"{reason}; only text, HTML and JSON files are read")
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
            stray = _stray_bytes(data)
            if stray is not None:
                logger.info("%s: %d invalid UTF-8 bytes replaced", path, stray)
                return data.decode("utf-8", errors="replace")
            if not _looks_legacy_8bit(data):
                raise DecodeError(
                    path,
                    f"not valid UTF-8 at byte {exc.start} (byte 0x{data[exc.start]:02x}); "
                    "re-save the file as UTF-8 (UTF-16 needs a byte-order mark)",
                ) from exc
            text = data.decode("windows-1252")
            logger.info("%s: not UTF-8, read as windows-1252", path)
    if not text.strip():
        raise EmptyInputError(path, "the file holds no text (empty or only whitespace)")
    return text
