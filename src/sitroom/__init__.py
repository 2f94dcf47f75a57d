"""sitroom: a situation room for the news.

The Python API (see :mod:`sitroom.api`)::

    import sitroom
    room = sitroom.open("sitroom.db")
    room.ingest(["examples/corpus"])
    room.stories(sort="-coverage").items
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Filters", "Page", "Situation", "__version__", "open"]

if TYPE_CHECKING:
    from sitroom.api import Filters, Page, Situation, open


def __getattr__(name: str) -> Any:
    # The API is imported on first use, so `import sitroom` (and `sitroom --version`) stays fast.
    if name in ("Filters", "Page", "Situation", "open"):
        from sitroom import api

        return getattr(api, name)
    raise AttributeError(f"module 'sitroom' has no attribute {name!r}")
