"""Which reports count as separate sources.

Independence: two articles are independent unless one is a copy of the other (the same
``duplicate_of`` family) or they come from the same outlet (same publisher, compared
case-insensitively, or the same URL host). An article whose publisher is unknown counts
as an outlet of its own: copies are what the near-duplicate detector finds, and a
report we cannot attribute is not evidence that two reports share an origin.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sitroom.article import Article


def independent(a: Article, b: Article) -> bool:
    """Whether ``a`` and ``b`` count as two sources (see the module docstring)."""
    if (a.duplicate_of or a.id) == (b.duplicate_of or b.id):
        return False
    if a.publisher and b.publisher and a.publisher.casefold() == b.publisher.casefold():
        return False
    host_a, host_b = host(a.url), host(b.url)
    return not (host_a and host_a == host_b)


def host(url: str | None) -> str:
    if not url:
        return ""
    return (urlsplit(url).hostname or "").removeprefix("www.")
