"""Repair: clean an article's text in place and record what was wrong with it.

Damage is repaired (mojibake, a look-alike apostrophe, placeholder citations, chat
preambles, code fences, Markdown/HTML leftovers, a dangling quote mark) and recorded as
quality flags (``docs/contract.md``); garbling and truncation are only flagged. Two metadata lines
leave the text: a trailing ``Source: <url>`` (-> ``url``, ``publisher``) and
``Edited by ...`` (-> ``editor``). A dateline and a headline on the first line give
``dateline`` and ``title`` but stay in the text. Every other character is kept, so
clean text passes through unchanged.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from sitroom.article import REPAIR_FLAGS, Article, Furniture, Repair
from sitroom.repair.artifacts import (
    editor_name,
    fix_apostrophes,
    remove_markup,
    remove_placeholders,
    source_url,
    strip_metadata_lines,
)
from sitroom.repair.furniture import byline_author, find_furniture
from sitroom.repair.furniture_datelines import dateline_place
from sitroom.repair.mojibake import fix_mojibake
from sitroom.repair.signals import GARBLED_AT, dateline, garble_signals, headline, is_truncated
from sitroom.repair.title_guard import clean_headline, headline_furniture
from sitroom.util.urls import publisher_from_url

__all__ = ["publisher_quality", "quality_score", "repair", "repair_text"]

logger = logging.getLogger(__name__)

# Flags that say the copy is damaged (``duplicate`` is about the batch, not the copy).
DAMAGE_FLAGS = REPAIR_FLAGS | {"empty", "not_english"}
PENALTY: dict[str, float] = {
    "garbled": 0.45,
    "truncated": 0.2,
    "machine_translated": 0.2,
    "placeholder_citation": 0.15,
    "mojibake_repaired": 0.1,
    "stray_markup": 0.1,
    "not_english": 0.1,
    "boilerplate_removed": 0.05,
}
_FLAG_OF_REPAIR = {
    "mojibake": "mojibake_repaired",
    "placeholder_citation": "placeholder_citation",
    "chat_preamble": "stray_markup",
    "code_fence": "stray_markup",
    "markdown": "stray_markup",
    "html": "stray_markup",
    "html_entity": "stray_markup",
    "broken_quote": "stray_markup",
}
MAX_PASSES = 50


def _one_pass(text: str) -> tuple[str, list[Repair]]:
    repairs: list[Repair] = []
    for step in (
        fix_mojibake,
        fix_apostrophes,
        strip_metadata_lines,
        remove_placeholders,
        remove_markup,
    ):
        text, done = step(text)
        repairs.extend(done)
    return text, repairs


def repair_text(text: str) -> tuple[str, list[str], list[Repair]]:
    """(clean text, quality flags, repairs) for ``text``; never raises, idempotent."""
    repairs: list[Repair] = []
    try:
        # Each pass only shortens the text, so this reaches a fixed point; the bound is
        # a guard for the unforeseen.
        for _ in range(MAX_PASSES):
            fixed, done = _one_pass(text)
            repairs.extend(done)
            if fixed == text:
                break
            text = fixed
    except Exception:  # one article must never stop a batch
        logger.exception("repair failed; the text is kept as it was")
    flags: list[str] = []
    for item in repairs:
        flag = _FLAG_OF_REPAIR.get(item.kind)
        if flag and flag not in flags:
            flags.append(flag)
    try:
        if not text.strip():
            flags.append("empty")
        else:
            if garble_signals(text).garbled:
                flags.append("garbled")
            if is_truncated(text):
                flags.append("truncated")
    except Exception:
        logger.exception("quality signals failed")
    return text, flags, repairs


def quality_score(text: str, flags: list[str]) -> float:
    """0..1 from the flags and the text's own signals; 1 is a clean, careful copy."""
    if "empty" in flags or not text.strip():
        return 0.0
    score = 1.0 - sum(PENALTY.get(flag, 0.0) for flag in set(flags))
    strength = garble_signals(text).strength
    if "garbled" not in flags:
        score -= min(0.15, 0.05 * strength)  # faint signs below the garbled threshold
    else:
        score -= min(0.15, 0.03 * strength)
    if len(text.split()) < 40:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 3)


def repair(article: Article) -> None:
    """Repair ``article.text`` in place; set flags, score and metadata found in the text."""
    text, flags, repairs = repair_text(article.text)
    article.text = text
    article.quality.repairs.extend(repairs)
    for flag in flags:
        article.quality.flag(flag)
    for item in repairs:
        if item.kind == "source_line":
            url = source_url(item.before)
            if url and article.url is None:
                article.url = url
            if url and article.publisher is None:
                article.publisher = publisher_from_url(article.url or url)
        elif item.kind == "editor_line" and article.editor is None:
            article.editor = editor_name(item.before)
    article.furniture = find_furniture(text, article.url)
    if article.author is None:
        article.author = byline_author(article.furniture)
    if article.dateline is None:
        article.dateline = dateline_place(article.furniture) or dateline(text)
    if article.title is None:
        marked = _title_line(article.furniture)  # a headline line the page sets alone
        article.title = marked or headline(text)
        if article.title and any(
            f.kind != "title" and _same_line(article.title, f, marked is not None)
            for f in article.furniture
        ):
            article.title = None  # a caption, credit or date line never names an article
        if article.title:  # without the labels glued to it ("breaking:", "Site |")
            article.title = clean_headline(article.title)
        if article.title and headline_furniture(article.title):
            article.title = None  # a site's or section's name, a credit, an image described
    article.quality.score = quality_score(text, article.quality.flags)
    if repairs:
        logger.debug("%s: %d repairs, flags %s", article.source, len(repairs), flags)


def _same_line(title: str, furniture: Furniture, alone: bool = False) -> bool:
    """The title is the furniture line, or most of a caption or credit line ("A caption.
    (Photo: J. Roe) |"); a headline set alone on its line (``alone``) may also stand as a
    photo's alt text ("Junta Plans Vote image from example.com")."""
    title, line = title.strip(), furniture.text.strip()
    if alone or furniture.kind not in ("caption", "credit"):
        return title == line
    return line.startswith(title) and len(title) >= 0.6 * len(line)


def _title_line(furniture: list[Furniture]) -> str | None:
    return next((f.text for f in furniture if f.kind == "title"), None)


MISSPELLED_NAME_WEIGHT = 0.75


def reassess(article: Article, misspelled_names: int) -> None:
    """A second look once actors are linked: known people whose names are misspelled
    ("Pete Hegsath", "Mark Rute") add to the text's own garbling signals."""
    if misspelled_names <= 0 or "garbled" in article.quality.flags:
        return
    strength = garble_signals(article.text).strength
    strength += MISSPELLED_NAME_WEIGHT * min(2, misspelled_names)
    if strength >= GARBLED_AT:
        article.quality.flag("garbled")
        article.quality.score = quality_score(article.text, article.quality.flags)


def publisher_quality(articles: Iterable[Article]) -> dict[str, float]:
    """Mean quality score per publisher (articles without a publisher are left out)."""
    scores: dict[str, list[float]] = defaultdict(list)
    for article in articles:
        if article.publisher:
            scores[article.publisher].append(article.quality.score)
    return {name: round(sum(s) / len(s), 3) for name, s in sorted(scores.items())}
