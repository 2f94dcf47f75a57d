"""Jinja2 templates for the pages and the HTML brief, with the filters that make
article-derived text inert.

Autoescape is on for every template: text from articles is always escaped. Two filters
produce markup on purpose, each escaping what it wraps: :func:`marks` (a search snippet's
match marks as ``<mark>``) and :func:`safe_url` (only ``http``/``https`` links survive;
``javascript:`` and every other scheme become no link at all).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from sitroom.show.safety import MATCH_END, MATCH_START
from sitroom.util.chars import strip_controls

STANCE_COLOURS = {"support": "support", "oppose": "oppose", "conditional": "conditional"}
_SPLIT = re.compile(f"([{MATCH_START}{MATCH_END}])")


def marks(snippet: str | None) -> Markup:
    """A search snippet as HTML: the text escaped, each matched run in ``<mark>``."""
    out: list[str] = []
    inside = False
    for part in _SPLIT.split(snippet or ""):
        if part == MATCH_START and not inside:
            out.append("<mark>")
            inside = True
        elif part == MATCH_END and inside:
            out.append("</mark>")
            inside = False
        elif part not in (MATCH_START, MATCH_END):
            out.append(str(escape(strip_controls(part))))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) link, else None (the template shows no link)."""
    if not url:
        return None
    cleaned = strip_controls(url).strip()
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return cleaned


def path_part(value: Any) -> str:
    """An id as one URL path segment (``/`` and everything else reserved is %-escaped)."""
    return quote(str(value), safe="")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("sitroom.show.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["marks"] = marks
    env.filters["safe_url"] = safe_url
    env.filters["seg"] = path_part
    env.filters["day"] = lambda v: str(v)[:10] if v else ""
    env.filters["clean"] = lambda v: strip_controls("" if v is None else str(v))
    env.globals["stance_class"] = lambda s: STANCE_COLOURS.get(str(s), "unknown")
    return env


def asset(name: str) -> str:
    """A bundled static file's text (CSS or JS), for inlining into the brief."""
    return resources.files("sitroom.show.web").joinpath("static", name).read_text(encoding="utf-8")


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
