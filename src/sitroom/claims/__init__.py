"""Claims: cross-source corroboration within a story (the "cross-check" stage).

``cross_check(articles)`` sets ``article.claims``: each statement of each article is
corroborated, single-source or contradicted by the other reports of its story.
"""

from sitroom.claims.check import cross_check
from sitroom.claims.contrast import contradiction
from sitroom.claims.sources import independent

__all__ = ["contradiction", "cross_check", "independent"]
