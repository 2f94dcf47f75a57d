"""One runner per gold set, and :func:`run_evaluation`, which runs them into a scorecard.

Each runner takes the pipeline and the path of a gold file or folder, so any data in the
same format can be scored (see :mod:`sitroom.evaluate.gold`). The standard layout of the
data folder (``../shared``) is :data:`LAYOUT`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sitroom.article import Article
from sitroom.errors import EvaluationError, InputError
from sitroom.evaluate.align import Span, fold_name, offset_mapper
from sitroom.evaluate.gold import (
    load_brat,
    load_examples,
    load_pages,
    load_plover,
    load_seeds,
    plover_sector,
)
from sitroom.evaluate.real import score_real
from sitroom.evaluate.real_gold import load_real
from sitroom.evaluate.real_positions import score_positions
from sitroom.evaluate.scorecard import Metric, Miss, Scorecard, load_floors, metric
from sitroom.evaluate.scorers import (
    PRF,
    GoldAttribution,
    PredictedQuote,
    QuoteCounts,
    bag_of_words_prf,
    mean_prf,
    ratio,
    score_quotes,
    set_prf,
)
from sitroom.evaluate.seeds import DAMAGE_FLAGS, score_seeds
from sitroom.settings import Settings

if TYPE_CHECKING:
    from sitroom.stories import Story

log = logging.getLogger(__name__)

SETS = ("seeds", "polnear", "plover", "zyte", "examples", "real")
LAYOUT = {
    "seeds": "gold/seeds.json and corpus/seeds/",
    "polnear": "eval/polnear/dev/ (text/ and attributions/)",
    "plover": "eval/plover/dev.json",
    "zyte": "eval/zyte/ (ground-truth.json and html/)",
    "examples": "examples/gold.yaml and examples/corpus/ (in the repository)",
    "real": "eval/real/ (manifest.yaml, texts/, annotations/, claim_pairs/; in the repository)",
}
Result = tuple[list[Metric], list[Miss]]


class Extractor(Protocol):
    """What the runners need of :class:`sitroom.run.pipeline.Pipeline`."""

    def extract_texts(
        self,
        texts: list[str],
        ids: list[str] | None = None,
        published: list[str | None] | None = None,
    ) -> list[Article]: ...

    def extract_paths(self, paths: list[str]) -> tuple[list[Article], list[InputError]]: ...

    def process(
        self, articles: Iterable[Article], errors: list[InputError] | None = None
    ) -> Iterator[Article]: ...

    def finish(self, articles: Sequence[Article]) -> list[Story]: ...


def _records(articles: Sequence[Article], expected: int, what: str) -> list[dict[str, Any]]:
    if len(articles) != expected:
        raise EvaluationError(
            f"{what}: the pipeline returned {len(articles)} articles for {expected} texts"
        )
    return [a.to_record() for a in articles]


# -- seeds ---------------------------------------------------------------------------------


def run_seeds(pipe: Extractor, gold_file: Path, corpus: Path) -> Result:
    """Seed-style gold (``seeds.json``) against the files of ``corpus`` it names."""
    gold = load_seeds(gold_file)
    paths = []
    for name in sorted(gold.articles):
        if not (corpus / name).exists():
            raise EvaluationError(f"{corpus / name}: seed file named in {gold_file} is missing")
        paths.append(str(corpus / name))
    articles, errors = pipe.extract_paths(paths)
    records = {Path(a.source or a.id).name: a.to_record() for a in articles}
    metrics, misses = score_seeds(gold, records)
    misses.extend(Miss("seeds", "input_error", e.reason, "", e.path) for e in errors)
    return metrics, misses


# -- PolNeAR ----------------------------------------------------------------------------------


def _map_attribution(attr: GoldAttribution, to_clean: Callable[[int], int]) -> GoldAttribution:
    def m(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple((to_clean(a), max(to_clean(a), to_clean(b - 1) + 1)) for a, b in spans)

    return GoldAttribution(m(attr.content), m(attr.source))


def _quote_text(text: str, segments: Sequence[Span]) -> str:
    return " … ".join(text[a:b] for a, b in segments)


def run_polnear(pipe: Extractor, folder: Path) -> Result:
    """Quotes and speakers against brat attributions (30% and 80% overlap of the content)."""
    docs = load_brat(folder)
    records = _records(
        pipe.extract_texts([d.text for d in docs], ids=[d.name for d in docs]),
        len(docs),
        str(folder),
    )
    at30, at80 = QuoteCounts(), QuoteCounts()
    untouched = 0
    misses: list[Miss] = []
    for doc, rec in zip(docs, records, strict=True):
        text = rec["text"]
        damage = sorted(set(rec["quality"]["flags"]) & DAMAGE_FLAGS)
        gold = doc.attributions
        if text != doc.text:
            misses.append(
                Miss("polnear", "text_changed", "(raw text)", "(changed by repair)", doc.name)
            )
            to_clean = offset_mapper(doc.text, text)
            gold = [_map_attribution(a, to_clean) for a in gold]
        if damage:
            misses.append(Miss("polnear", "damage_flag", "(none)", ", ".join(damage), doc.name))
        untouched += int(text == doc.text and not damage)
        # PolNeAR's attributions are broad: attitudes to a thing count as well as statements
        attributions = [*rec["quotes"], *rec.get("reactions", [])]
        predicted = [
            PredictedQuote(
                (q["start"], q["end"]),
                (q["speaker"]["start"], q["speaker"]["end"]) if q.get("speaker") else None,
            )
            for q in attributions
        ]
        r30 = score_quotes(gold, predicted, 0.3)
        at30.add(r30.counts)
        at80.add(score_quotes(gold, predicted, 0.8).counts)
        for attr, best, ok in zip(gold, r30.best, r30.speaker_ok, strict=True):
            start, end = attr.content[0][0], attr.content[-1][1]
            if best is None:
                misses.append(
                    Miss(
                        "polnear",
                        "quote_missed",
                        _quote_text(text, attr.content),
                        "",
                        doc.name,
                        start,
                        end,
                    )
                )
            elif ok is False:
                quote = attributions[best]
                misses.append(
                    Miss(
                        "polnear",
                        "speaker",
                        _quote_text(text, attr.source),
                        (quote.get("speaker") or {}).get("text") or "(none)",
                        doc.name,
                        start,
                        end,
                    )
                )
        matched = {i for m in r30.matches for i in m}
        for i, q in enumerate(attributions):
            if i not in matched:
                misses.append(
                    Miss("polnear", "quote_spurious", "", q["text"], doc.name, q["start"], q["end"])
                )
    s30, s80 = at30.prf(), at80.prf()
    metrics = [
        metric("polnear", "precision_30", s30.precision, at30.predicted),
        metric("polnear", "recall_30", s30.recall, at30.gold),
        metric("polnear", "f1_30", s30.f1, at30.gold),
        metric("polnear", "f1_80", s80.f1, at80.gold),
        metric("polnear", "speaker_accuracy", at30.speaker_accuracy, at30.speakers),
        metric("polnear", "texts_untouched", ratio(untouched, len(docs)), len(docs)),
    ]
    return metrics, misses


# -- PLOVER -----------------------------------------------------------------------------------


def ref_code(ref: dict[str, Any]) -> str | None:
    """The country code of a predicted actor reference (IGO/NGO for international bodies)."""
    if ref.get("country"):
        return str(ref["country"]).upper()
    sector = ref.get("sector")
    return str(sector) if sector in ("IGO", "NGO") else None


def top_event(events: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The highest-confidence event (the first among equals)."""
    best: dict[str, Any] | None = None
    for event in events:
        if best is None or event.get("confidence", 0.0) > best.get("confidence", 0.0):
            best = event
    return best


def run_plover(pipe: Extractor, path: Path) -> Result:
    """Event type, source/target country codes and sectors; one document per sentence."""
    gold = load_plover(path)
    records = _records(
        pipe.extract_texts(
            [g.text for g in gold], ids=[g.id for g in gold], published=[g.date for g in gold]
        ),
        len(gold),
        str(path),
    )
    types_right = sectors = sectors_right = 0
    source_pairs: list[tuple[set[str], set[str]]] = []
    target_pairs: list[tuple[set[str], set[str]]] = []
    misses: list[Miss] = []
    for g, rec in zip(gold, records, strict=True):
        top = top_event(rec["events"]) or {"type": None, "actor": [], "recipient": []}
        types_right += int(top["type"] == g.event)
        if top["type"] != g.event:
            misses.append(
                Miss("plover", "event_type", g.event, str(top["type"]), g.id, 0, len(g.text))
            )
        for role, gold_actors, refs, pairs in (
            ("source", g.source, top["actor"], source_pairs),
            ("target", g.target, top["recipient"], target_pairs),
        ):
            want = {a.code for a in gold_actors if a.code}
            got = {c for c in (ref_code(r) for r in refs) if c}
            pairs.append((got, want))
            if got != want:
                misses.append(
                    Miss(
                        "plover",
                        f"{role}_codes",
                        ",".join(sorted(want)),
                        ",".join(sorted(got)),
                        g.id,
                    )
                )
            for a in gold_actors:
                if not a.sector or not a.code:
                    continue
                same = [r for r in refs if ref_code(r) == a.code]
                if not same:
                    continue
                sectors += 1
                got_sectors = {plover_sector(r.get("sector")) for r in same}
                sectors_right += int(a.sector in got_sectors)
                if a.sector not in got_sectors:
                    misses.append(
                        Miss(
                            "plover",
                            "sector",
                            f"{a.text}: {a.sector}",
                            ",".join(map(str, got_sectors)),
                            g.id,
                        )
                    )
    src, tgt = set_prf(source_pairs), set_prf(target_pairs)
    n = len(gold)
    metrics = [
        metric("plover", "event_type_accuracy", ratio(types_right, n), n),
        metric("plover", "source_country_precision", src.precision, n),
        metric("plover", "source_country_recall", src.recall, n),
        metric("plover", "source_country_f1", src.f1, n),
        metric("plover", "target_country_precision", tgt.precision, n),
        metric("plover", "target_country_recall", tgt.recall, n),
        metric("plover", "target_country_f1", tgt.f1, n),
        metric("plover", "sector_accuracy", ratio(sectors_right, sectors), sectors),
    ]
    return metrics, misses


# -- HTML extraction --------------------------------------------------------------------------


def run_zyte(settings: Settings, folder: Path) -> Result:
    """Word-level P/R/F1 of extracted bodies, averaged over pages; an error is an empty body."""
    from sitroom.read import read_paths  # the ingest stage; imported only when scored

    pages = load_pages(folder)
    scores: list[PRF] = []
    misses: list[Miss] = []
    for page in pages:
        text = ""
        for item in read_paths([str(page.html_path)], settings.ingest):
            if isinstance(item, Article):
                text = item.text
            else:
                misses.append(Miss("zyte", "input_error", page.id, str(item), page.id))
            break
        score = bag_of_words_prf(text, page.body)
        scores.append(score)
        if score.f1 < 0.8:
            misses.append(
                Miss(
                    "zyte",
                    "extraction",
                    f"{len(page.body.split())} words: {page.body[:200]}",
                    f"P {score.precision:.2f} R {score.recall:.2f}: {text[:200]}",
                    page.id,
                )
            )
    avg = mean_prf(scores)
    n = len(pages)
    metrics = [
        metric("zyte", "precision", avg.precision, n),
        metric("zyte", "recall", avg.recall, n),
        metric("zyte", "f1", avg.f1, n),
    ]
    return metrics, misses


# -- story partitions ---------------------------------------------------------------------------


def run_examples(pipe: Extractor, gold_file: Path, corpus: Path) -> Result:
    """A corpus against ``gold_file`` (``examples/gold.yaml``): stories, duplicates, damage
    flags and quotes; documents are named by file name, or by id for JSON/JSONL records."""
    gold = load_examples(gold_file)
    articles, errors = pipe.extract_paths([str(corpus)])
    names: dict[str, dict[str, Any]] = {}
    for article in articles:
        rec = article.to_record()
        for name in (article.id, article.source, Path(article.source or "").name):
            if name:
                names.setdefault(name, rec)
    records = {doc: names[doc] for doc in gold.articles if doc in names}
    metrics, misses = score_seeds(gold, records, "examples")
    misses.extend(Miss("examples", "input_error", e.reason, "", e.path) for e in errors)
    return metrics, misses


# -- real prose ----------------------------------------------------------------------------------


def run_real(pipe: Extractor, folder: Path, settings: Settings) -> Result:
    """The real-prose gold set: every report in one batch (as a feed would bring them),
    scored per split."""
    from sitroom.nlp.actors.kb import load_kb
    from sitroom.nlp.actors.kb.normalize import key

    gold = load_real(folder)
    articles = []
    for art in gold.articles.values():
        article = Article(
            text=art.text, source=art.id, url=art.url, publisher=art.outlet, published=art.published
        )
        article.assign_id(art.id)
        articles.append(article)
    errors: list[InputError] = []
    done = list(pipe.process(articles, errors))
    stories = pipe.finish(done)
    records = {a.id: a.to_record() for a in done}
    missing = [a for a in gold.articles if a not in records]
    if missing:
        reasons = "; ".join(str(e) for e in errors) or "no reason given"
        raise EvaluationError(f"{folder}: the pipeline dropped {', '.join(missing)} ({reasons})")
    kb = load_kb(settings.kb.user_file)
    titles = {s.story_id: s.title for s in stories}

    def names(actor_id: str) -> set[str]:
        actor = kb.actors.get(actor_id)
        return {fold_name(n) for n in (actor.name, *actor.aliases)} if actor else set()

    metrics, misses = score_real(gold, records, titles, lambda name: key(name) in kb.alias, names)
    more, more_misses = score_positions(folder, gold, done, kb)
    return metrics + more, misses + more_misses


# -- everything --------------------------------------------------------------------------------


def _needed(data_dir: Path, examples: Path, real: Path) -> dict[str, list[Path]]:
    return {
        "seeds": [data_dir / "gold" / "seeds.json", data_dir / "corpus" / "seeds"],
        "polnear": [data_dir / "eval" / "polnear" / "dev"],
        "plover": [data_dir / "eval" / "plover" / "dev.json"],
        "zyte": [data_dir / "eval" / "zyte"],
        "examples": [examples / "gold.yaml", examples / "corpus"],
        "real": [real / "manifest.yaml"],
    }


def run_evaluation(
    settings: Settings,
    data_dir: Path,
    only: str | None = None,
    *,
    examples: Path | None = None,
    real: Path | None = None,
    floors_file: Path | None = None,
    pipeline: Extractor | None = None,
) -> Scorecard:
    """Score the pipeline on every gold set found (or only ``only``) into a scorecard.

    ``data_dir`` holds the gold sets in the layout of :data:`LAYOUT` (``../shared``); a set
    whose files are missing is skipped with the reason, unless it was asked for by name.
    The example corpus (``examples``), the real-prose set (``real``) and the floors
    (``floors_file``) are the paths given, else those of the settings ``evaluate.*``
    (relative to the working directory): no data is looked for in the installed package.
    """
    if not data_dir.is_dir():
        raise EvaluationError(
            f"{data_dir}: gold data folder not found; put the shared data next to the "
            "repository (../shared) or pass --data DIR"
        )
    if only is not None and only not in SETS:
        raise EvaluationError(f"unknown gold set {only!r}; valid: {', '.join(SETS)}")
    examples = examples or Path(settings.evaluate.examples_dir)
    needed = _needed(data_dir, examples, real or Path(settings.evaluate.real_dir))
    card = Scorecard()
    wanted = [only] if only else list(SETS)
    for name in wanted:
        missing = [p for p in needed[name] if not p.exists()]
        if missing:
            reason = f"{missing[0]} not found (expected {LAYOUT[name]})"
            if only:
                raise EvaluationError(f"{reason}; point --data at a folder with that layout")
            card.skipped[name] = reason
    todo = [n for n in wanted if n not in card.skipped]
    if not todo:
        raise EvaluationError(f"{data_dir}: no gold set found; expected {LAYOUT}")
    pipe = pipeline
    if pipe is None and any(n != "zyte" for n in todo):
        from sitroom.run.pipeline import Pipeline  # loads spaCy: only when needed

        pipe = Pipeline(settings)
    runs: dict[str, Callable[[], Result]] = {
        "seeds": lambda: run_seeds(_must(pipe), *needed["seeds"]),
        "polnear": lambda: run_polnear(_must(pipe), *needed["polnear"]),
        "plover": lambda: run_plover(_must(pipe), *needed["plover"]),
        "zyte": lambda: run_zyte(settings, *needed["zyte"]),
        "examples": lambda: run_examples(_must(pipe), *needed["examples"]),
        "real": lambda: run_real(_must(pipe), needed["real"][0].parent, settings),
    }
    for name in todo:
        began = time.perf_counter()
        metrics, misses = runs[name]()
        card.timings[name] = round(time.perf_counter() - began, 1)
        log.info("scored %s in %.1f s", name, card.timings[name])
        card.metrics.extend(metrics)
        card.errors.extend(misses)
    floors = floors_file or Path(settings.evaluate.floors_file)
    card.apply_floors(load_floors(floors))
    return card


def _must(pipe: Extractor | None) -> Extractor:
    if pipe is None:  # pragma: no cover - run_evaluation builds one whenever it is needed
        raise EvaluationError("no pipeline to evaluate")
    return pipe
