"""Evaluation: score the pipeline against every gold set, into one scorecard.

``run_evaluation(settings, data_dir, only)`` runs the runners of
:mod:`sitroom.evaluate.runners` (seeds, PolNeAR, PLOVER, Zyte, story partitions); the
metric functions are in :mod:`sitroom.evaluate.scorers`, the gold loaders (which read any
file or folder of the same format) in :mod:`sitroom.evaluate.gold`.
"""

from sitroom.evaluate.runners import SETS, run_evaluation
from sitroom.evaluate.scorecard import Metric, Miss, Scorecard

__all__ = ["SETS", "Metric", "Miss", "Scorecard", "run_evaluation"]
