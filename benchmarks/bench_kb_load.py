"""Benchmark: loading the whole knowledge base (all data files, indexes built), uncached.

Three set-ups in the same process, best (minimum) of several rounds each:

* baseline: the files without ``people_global.yaml``, read with PyYAML's pure-Python
  ``SafeLoader`` (the knowledge base before the wider KB was added);
* the current files with ``SafeLoader``;
* the current files with the loader sitroom uses (``CSafeLoader`` when PyYAML has libyaml).

    .venv/bin/python benchmarks/bench_kb_load.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import yaml

import sitroom.nlp.actors.kb as kb_module
from sitroom.nlp.actors.kb import load_kb


def timed(loader: Any, shipped: tuple[tuple[str, str], ...], rounds: int) -> tuple[float, int]:
    saved_loader, saved_shipped = kb_module._YAML_LOADER, kb_module.SHIPPED
    kb_module._YAML_LOADER, kb_module.SHIPPED = loader, shipped
    try:
        best, size = float("inf"), 0
        for _ in range(rounds):
            load_kb.cache_clear()
            start = time.perf_counter()
            size = len(load_kb())
            best = min(best, time.perf_counter() - start)
        return best, size
    finally:
        kb_module._YAML_LOADER, kb_module.SHIPPED = saved_loader, saved_shipped
        load_kb.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    current = kb_module.SHIPPED
    before = tuple(item for item in current if item[0] != "people_global.yaml")
    base, base_n = timed(yaml.SafeLoader, before, args.rounds)
    slow, n = timed(yaml.SafeLoader, current, args.rounds)
    fast, _ = timed(kb_module._YAML_LOADER, current, args.rounds)
    print(f"baseline (before the wider KB, SafeLoader): {base * 1000:7.1f} ms  {base_n} actors")
    print(f"current files, SafeLoader:                  {slow * 1000:7.1f} ms  {n} actors")
    name = getattr(kb_module._YAML_LOADER, "__name__", "?")
    print(f"current files, {name + ':':<29}{fast * 1000:7.1f} ms  {n} actors")
    print(f"current / baseline: {fast / base:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
