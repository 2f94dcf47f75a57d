"""Benchmark: how much the event stage adds to the spaCy pipeline (target: <= 25%).

Parses the texts with the bare spaCy pipeline (the baseline), runs the components the
event coder reads (actor linking, quotes) untimed, then times the event coder
(``sitroom_events_v3``: the sentence gate, the dictionary coder, the word-sense model and
the filter) on the parsed documents, in the same process, several rounds; the best
(minimum) time of each is the estimate least disturbed by other work on the machine.
Texts: the PolNeAR dev articles in ../shared if present, else the bundled example corpus
repeated.

    .venv/bin/python benchmarks/bench_events.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time

import spacy

from overhead import REPO, report, texts
from sitroom import nlp as _extensions  # noqa: F401
from sitroom.nlp import actors, events, quotes  # noqa: F401
from sitroom.nlp.actors.kb import load_kb
from sitroom.settings import load_settings

STAGES = ["sitroom_actors_v1", "sitroom_quotes_v2", "sitroom_events_v3"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    settings = load_settings(REPO / "tests" / "data" / "no-user-config.toml")
    name, docs = texts()
    load_kb(settings.kb.user_file)  # loading the KB once is start-up, not per-text cost
    nlp = spacy.load(settings.pipeline.spacy_model, exclude=["senter"])
    for stage in STAGES:
        nlp.add_pipe(stage)
    linker, quoter, coder = (nlp.get_pipe(s) for s in STAGES)
    parse_times, event_times = [], []
    n_events = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        with nlp.select_pipes(disable=STAGES):
            parsed = list(nlp.pipe(docs, batch_size=16))
        parse_times.append(time.perf_counter() - start)
        for doc in parsed:
            quoter(linker(doc))
        start = time.perf_counter()
        for doc in parsed:
            coder(doc)
        event_times.append(time.perf_counter() - start)
        n_events = sum(len(doc._.events) for doc in parsed)
    print(f"events coded: {n_events}")
    return report(name, docs, args.rounds, min(parse_times), min(event_times), "event stage", 0.25)


if __name__ == "__main__":
    sys.exit(main())
