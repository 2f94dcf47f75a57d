"""Stories: near-duplicate copies and story clustering (the "group" stage).

``cluster(articles, settings)`` groups a batch; ``StoryClusterer`` does it online, one
article or one batch at a time, without re-clustering what it has seen.
"""

from sitroom.stories.clusterer import StoryClusterer, cluster
from sitroom.stories.record import Story, SummaryItem

__all__ = ["Story", "StoryClusterer", "SummaryItem", "cluster"]
