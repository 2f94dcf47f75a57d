"""Benchmark: how much actor linking adds to the spaCy pipeline (target: <= 15%).

Parses the texts with the bare spaCy pipeline (the baseline) and then runs the actor
linker (``sitroom_actors_v1``) on the parsed documents, in the same process, several
rounds; the best (minimum) time of each is the estimate least disturbed by other work
on the machine. The overhead is linking time over parse time. Texts: the PolNeAR dev
articles in ../shared if present, else the bundled example corpus repeated.

    .venv/bin/python benchmarks/bench_linking.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time

import spacy

from overhead import REPO, report, texts
from sitroom import nlp as _extensions  # noqa: F401
from sitroom.nlp import actors  # noqa: F401
from sitroom.nlp.actors.kb import load_kb
from sitroom.settings import load_settings


def timed(nlp: spacy.language.Language, docs: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=16):
        pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = load_settings(REPO / "tests" / "data" / "no-user-config.toml")
    name, docs = texts()
    load_kb(settings.kb.user_file)  # loading the KB once is start-up, not per-text cost
    nlp = spacy.load(settings.pipeline.spacy_model)
    linker = nlp.add_pipe("sitroom_actors_v1")
    parse_times, link_times = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        with nlp.select_pipes(disable=["sitroom_actors_v1"]):
            parsed = list(nlp.pipe(docs, batch_size=16))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for doc in parsed:
            linker(doc)
        link_times.append(time.perf_counter() - start)
    return report(name, docs, args.rounds, min(parse_times), min(link_times), "actor linking", 0.15)


if __name__ == "__main__":
    sys.exit(main())
