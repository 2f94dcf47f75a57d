"""Regenerate the README's "How good is it?" scorecard, between its two markers.

    python scripts/readme_scorecard.py                  # run the evaluation, rewrite README.md
    python scripts/readme_scorecard.py --from-json s.json  # use `sitroom evaluate --json` output
    python scripts/readme_scorecard.py --check          # exit 1 when README.md is out of date

Only the text between ``<!-- scorecard:start -->`` and ``<!-- scorecard:end -->`` changes.
Published numbers of other tools stand beside ours; they come from their papers and
READMEs and, unless marked "same rule", were measured on other data.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
START, END = "<!-- scorecard:start -->", "<!-- scorecard:end -->"
log = logging.getLogger("readme_scorecard")

SETS = {
    "seeds": "Seeds: 5 noisy reports (`shared/gold/seeds.json`)",
    "polnear": "PolNeAR dev: 84 articles, attributions",
    "plover": "PLOVER gold standard, dev: 161 sentences",
    "zyte": "Zyte article-extraction benchmark: 181 HTML pages",
    "examples": "Example corpus (`examples/gold.yaml`)",
    "real": "Real prose (`eval/real/`): 81 reports of 2024-2026 on 14 topics",
}
REAL_NOTE = (
    "The clean sets overstate quality: their sentences are short and edited, while real "
    "pages carry captions, credits, bylines and sub-headings, name people nobody's "
    "knowledge base holds, and report events in long sentences full of background, "
    "places and attributions. Develop on dev; test is looked at only to report."
)
REAL_LABELS = {
    "furniture_recall": "page furniture lines recognised",
    "furniture_as_quote": "quotes taken from furniture (count)",
    "furniture_as_title": "titles taken from furniture (count)",
    "actors_precision": "actor mentions: precision (right actor)",
    "actors_recall": "actor mentions: recall",
    "actors_f1": "actor mentions: F1",
    "actors_nonactor_rate": "non-actors (places, furniture, junk) kept as actors",
    "unknown_role_accuracy": "people outside the KB given their stated country and sector",
    "quotes_precision": "quotes: precision",
    "quotes_recall": "quotes: recall",
    "quotes_f1": "quotes: F1",
    "speaker_accuracy": "speaker right",
    "events_type_precision": "events: type precision",
    "events_type_recall": "events: type recall",
    "events_type_f1": "events: type F1",
    "events_source_accuracy": "events: source right (type right)",
    "events_target_accuracy": "events: target right (type right)",
    "events_full_precision": "events fully right (type, roles, modality): precision",
    "events_full_recall": "events fully right: recall",
    "events_no_roles": "events shown with neither source nor target (count)",
    "claims_contradiction_precision": "contradictions: precision (annotated pairs)",
    "claims_contradiction_recall": "contradictions: recall",
    "claims_same_as_contradicted": "same-statement pairs marked contradicted (rate)",
    "claims_corroboration_recall": "same-statement pairs corroborated",
    "stories_pairwise_precision": "story partition: pairwise precision",
    "stories_pairwise_recall": "story partition: pairwise recall",
    "stories_bcubed_f1": "story partition: B-cubed F1",
}
LABELS = {
    "quality_checks": "repairs and flags as expected",
    "actors_linked": "actor surfaces linked right (name, country, sector)",
    "actors_wrong_known": "surfaces linked to a wrong known actor (count)",
    "quotes_found": "quotes found",
    "speaker_accuracy": "speaker right",
    "unnamed_given_person": "unnamed sources given a named person (count)",
    "events_found": "events: type, actor and recipient right",
    "positions_found": "positions: right actor and stance",
    "positions_opposite": "positions with the opposite stance (count)",
    "red_lines": "red lines marked",
    "stories_pairwise_f1": "story partition, pairwise F1",
    "stories_bcubed_f1": "story partition, B-cubed F1",
    "duplicates_f1": "syndicated copies found (F1)",
    "claim_contradicted": "contradicted claim caught",
    "precision_30": "quote precision, 30% overlap",
    "recall_30": "quote recall, 30% overlap",
    "f1_30": "quote F1, 30% overlap",
    "f1_80": "quote F1, 80% overlap",
    "texts_untouched": "clean texts left untouched by repair",
    "event_type_accuracy": "event type accuracy",
    "source_country_precision": "source country precision",
    "source_country_recall": "source country recall",
    "source_country_f1": "source country F1",
    "target_country_precision": "target country precision",
    "target_country_recall": "target country recall",
    "target_country_f1": "target country F1",
    "sector_accuracy": "actor sector accuracy",
    "precision": "body word precision",
    "recall": "body word recall",
    "f1": "body word F1",
}
ANCHORS = {
    "polnear.f1_30": "textacy `direct_quotations` 0.23 (P 0.70, R 0.14; same split, same rule); "
    "GenderGapTracker 0.837 (its own news set); BBC Citron 0.832 (overlap F1, PARC 3.0)",
    "polnear.speaker_accuracy": "textacy 0.81 (same split, same rule); "
    "GenderGapTracker 0.865 (its own news set)",
    "plover.event_type_accuracy": "GDELT, hand check: event codes right 81%; "
    "UniversalPetrarch 44% (Spanish validation set)",
    "plover.source_country_f1": "GDELT, hand check: actors right about 79%",
    "plover.target_country_f1": "GDELT, hand check: actors right about 79%",
}


def _num(value: Any, better: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f}" if better == "lower" and float(value).is_integer() else f"{value:.2f}"


def render(card: dict[str, Any]) -> str:
    """The Markdown between the markers, from ``Scorecard.as_dict()``."""
    lines = [
        "Measured by `sitroom evaluate` on the gold sets in `../shared` and the example corpus;",
        "regenerate this section with `python scripts/readme_scorecard.py`. Targets are the",
        "acceptance numbers of the project's issues; published numbers of other tools are",
        "measured on their own data unless marked *same rule*.",
        "",
        "| gold set | metric | sitroom | target | published |",
        "|---|---|---:|---:|---|",
    ]
    previous = None
    real = [m for m in card["metrics"] if m["set"] == "real"]
    for m in [m for m in card["metrics"] if m["set"] != "real"]:
        shown = SETS.get(m["set"], m["set"]) if m["set"] != previous else ""
        previous = m["set"]
        bound = "≤" if m["better"] == "lower" else "≥"
        target = f"{bound} {_num(m['target'], m['better'])}" if m["target"] is not None else ""
        anchor = ANCHORS.get(m["metric"], "").replace("same rule", "*same rule*")
        lines.append(
            f"| {shown} | {LABELS.get(m['name'], m['name'])} (n={m['n']}) "
            f"| {_num(m['value'], m['better'])} | {target} | {anchor} |"
        )
    if real:
        lines += ["", *render_real(real)]
    for name, reason in card.get("skipped", {}).items():
        lines.append(f"\n*{SETS.get(name, name)}: not scored ({reason}).*")
    return "\n".join(lines)


def render_real(metrics: list[dict[str, Any]]) -> list[str]:
    """The real-prose set as one table with a column per split."""
    by_name: dict[str, dict[str, dict[str, Any]]] = {}
    for m in metrics:
        split, _, name = m["name"].partition("_")
        by_name.setdefault(name, {})[split] = m
    lines = [
        f"**{SETS['real']}.** {REAL_NOTE}",
        "",
        "| metric | dev | test | target |",
        "|---|---:|---:|---:|",
    ]
    for name, splits in by_name.items():
        first = next(iter(splits.values()))
        bound = "≤" if first["better"] == "lower" else "≥"
        target = f"{bound} {_num(first['target'], first['better'])}" if first["target"] else ""
        if first["target"] == 0:
            target = f"{bound} 0"
        cells = [
            f"{_num(splits[s]['value'], first['better'])} (n={splits[s]['n']})"
            if s in splits
            else ""
            for s in ("dev", "test")
        ]
        lines.append(f"| {REAL_LABELS.get(name, name)} | {cells[0]} | {cells[1]} | {target} |")
    return lines


def replace_section(readme: str, body: str) -> str:
    if START not in readme or END not in readme or readme.index(START) > readme.index(END):
        raise SystemExit(f"README has no '{START}' ... '{END}' section to fill; add the markers")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{body}\n{END}{tail}"


def measure(data: Path) -> dict[str, Any]:
    from sitroom.evaluate import run_evaluation
    from sitroom.settings import load_settings

    card = run_evaluation(
        load_settings(),
        data,
        None,
        examples=REPO / "examples",
        real=REPO / "eval" / "real",
        floors_file=REPO / "quality_floors.toml",
    )
    return card.as_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", type=Path, default=REPO / "README.md")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--from-json", type=Path, help="a saved `sitroom evaluate --json` output")
    parser.add_argument("--check", action="store_true", help="exit 1 if the README is stale")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.from_json:
        card = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        card = measure(args.data)
    readme = args.readme.read_text(encoding="utf-8")
    updated = replace_section(readme, render(card))
    if args.check:
        if updated != readme:
            log.error("%s: the scorecard section is out of date; run %s", args.readme, __file__)
            return 1
        log.info("%s: scorecard up to date", args.readme)
        return 0
    if updated != readme:
        args.readme.write_text(updated, encoding="utf-8")
        log.info("%s: scorecard section rewritten", args.readme)
    else:
        log.info("%s: scorecard section unchanged", args.readme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
