"""Stories: near-duplicate copies and story clustering (the "group" stage).

``cluster(articles, settings)`` groups a batch; ``StoryClusterer`` does it online, one
article or one batch at a time, without re-clustering what it has seen; ``assign(store,
articles, settings)`` assigns a stored batch to the stories already in the store, so that
stories continue across runs.
"""

from sitroom.stories.clusterer import StoryClusterer, cluster
from sitroom.stories.incremental import assign
from sitroom.stories.record import JoinReason, Story, SummaryItem

__all__ = ["JoinReason", "Story", "StoryClusterer", "SummaryItem", "assign", "cluster"]
