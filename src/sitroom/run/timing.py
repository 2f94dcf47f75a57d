"""Where the time goes: seconds per pipeline stage, for ``sitroom bench``.

A :class:`StageClock` adds up wall-clock seconds under stage names. The pipeline keeps one
(cheap: two clock reads per article and stage); :func:`time_components` additionally times
each spaCy component of a loaded pipeline, which ``sitroom bench`` asks for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from time import perf_counter
from typing import Any

from spacy.language import Language


class StageClock:
    """Seconds per stage name, in the order the stages were first seen."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def merge(self, other: dict[str, float]) -> None:
        for stage, seconds in other.items():
            self.add(stage, seconds)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self.add(name, perf_counter() - start)

    def pulled(self, name: str, items: Iterable[Any]) -> Iterator[Any]:
        """Yield from ``items``, counting the time spent producing each item as ``name``."""
        it = iter(items)
        while True:
            start = perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self.add(name, perf_counter() - start)
                return
            self.add(name, perf_counter() - start)
            yield item


class _TimedComponent:
    """A spaCy component that counts its own time (not its input's) on a clock."""

    def __init__(self, name: str, proc: Any, clock: StageClock, upstream: str | None) -> None:
        self.name, self.proc, self.clock, self.upstream = name, proc, clock, upstream

    def __call__(self, doc: Any) -> Any:
        with self.clock.stage(self.name):
            return self.proc(doc)

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        feed = StageClock()
        source = feed.pulled("input", docs)
        if hasattr(self.proc, "pipe"):
            inner = iter(self.proc.pipe(source, **kwargs))
        else:
            inner = (self.proc(doc) for doc in source)
        while True:
            before, start = feed.seconds.get("input", 0.0), perf_counter()
            try:
                doc = next(inner)
            except StopIteration:
                doc = None
            spent = perf_counter() - start
            waited = feed.seconds.get("input", 0.0) - before
            self.clock.add(self.name, spent - waited)
            if self.upstream is not None:
                self.clock.add(self.upstream, waited)
            if doc is None:
                return
            yield doc

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.proc, attr)


def time_components(nlp: Language, clock: StageClock) -> None:
    """Make every component of ``nlp`` count its time on ``clock`` (as ``spacy:NAME``);
    the tokenizer's time (the input of the first component) is counted as
    ``spacy:tokenizer``.

    spaCy has no public hook for this; the components are swapped in ``nlp._components``.
    """
    components = nlp._components
    for i, (name, proc) in enumerate(components):
        upstream = "spacy:tokenizer" if i == 0 else None
        components[i] = (name, _TimedComponent(f"spacy:{name}", proc, clock, upstream))
