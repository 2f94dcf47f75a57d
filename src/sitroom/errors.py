"""Every error sitroom raises on purpose.

The hierarchy::

    SitroomError                  base; ``str(err)`` is one line: cause, fix, valid options
    ├── ConfigError               a setting or config file is wrong (exit 2)
    ├── InputError                one input cannot be read; names the file (and line)
    │   ├── EmptyInputError       the file holds no text
    │   ├── BinaryInputError      the file is not text
    │   ├── DecodeError           the bytes are not valid in any encoding we accept
    │   ├── TooLargeError         the file is larger than ``ingest.max_bytes``
    │   ├── MalformedRecordError  a JSON / JSONL record is broken or has no text
    │   └── NoArticleError        an HTML page in which no article body was found
    ├── ModelError                the spaCy pipeline cannot be loaded
    ├── StoreError                the database cannot be opened, migrated or written
    ├── NotFoundError             no story, actor, article or job with that id (HTTP 404)
    ├── QueryError                a search or list query is malformed (HTTP 400)
    ├── KnowledgeBaseError        a knowledge-base or catalog file is invalid
    └── EvaluationError           gold data is missing or malformed

Errors that reach HTTP carry their status code in ``status``. Third-party errors are
wrapped at the boundary with ``raise X(...) from exc``. One bad article never stops a
batch: readers yield an :class:`InputError` in place of the article and go on.
"""

from __future__ import annotations

from typing import Any


class SitroomError(Exception):
    """Base of all sitroom errors."""

    status: int = 500
    exit_code: int = 1


class ConfigError(SitroomError):
    status = 400
    exit_code = 2


class InputError(SitroomError):
    """One input that could not be read. ``path`` and ``line`` say where."""

    status = 400

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process hands a failed document back as its InputError: pickled by
        # its args (the message) alone it could not be rebuilt, and the broken result
        # ended the whole run instead of skipping the one document.
        return (_rebuild, (type(self), self.path, self.reason, self.line))


def _rebuild(kind: type[InputError], path: str, reason: str, line: int | None) -> InputError:
    return kind(path, reason, line=line)


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass


class TooLargeError(InputError):
    status = 413


class MalformedRecordError(InputError):
    pass


class NoArticleError(InputError):
    pass


class ModelError(SitroomError):
    exit_code = 2


class StoreError(SitroomError):
    pass


class NotFoundError(SitroomError):
    status = 404


class QueryError(SitroomError):
    """A malformed query: an FTS5 syntax error, an unknown sort key."""

    status = 400
    exit_code = 2


class KnowledgeBaseError(SitroomError):
    exit_code = 2


class EvaluationError(SitroomError):
    exit_code = 2
