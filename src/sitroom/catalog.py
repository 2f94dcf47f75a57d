"""Issue catalogs: the issues positions are taken on, as data (``catalogs/*.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitroom.errors import KnowledgeBaseError


@dataclass(frozen=True, slots=True)
class Issue:
    id: str
    claim: str
    keywords: tuple[str, ...]
    related: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(default=re.compile(r"(?!x)x"), compare=False)
    against_pattern: re.Pattern[str] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Catalog:
    name: str
    description: str
    issues: tuple[Issue, ...]

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for phrase in phrases:
        words = [re.escape(w).replace(r"\*", r"\w*") for w in phrase.replace("’", "'").split()]
        parts.append(r"\b" + r"\W+".join(words) + (r"\b" if not phrase.endswith("*") else ""))
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


def parse_catalog(text: str, where: str) -> Catalog:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("issues"), dict):
        raise KnowledgeBaseError(f"{where}: a catalog needs an 'issues' mapping of id -> issue")
    issues = []
    for issue_id, body in data["issues"].items():
        if not isinstance(body, dict) or "claim" not in body or not body.get("keywords"):
            raise KnowledgeBaseError(f"{where}: issue {issue_id!r} needs 'claim' and 'keywords'")
        keywords = tuple(str(k) for k in body["keywords"])
        against = tuple(str(k) for k in body.get("against") or ())
        issues.append(
            Issue(
                id=str(issue_id),
                claim=str(body["claim"]),
                keywords=keywords,
                related=tuple(str(k) for k in body.get("related") or ()),
                against=against,
                pattern=_phrase_pattern(keywords),
                against_pattern=_phrase_pattern(against) if against else None,
            )
        )
    return Catalog(str(data.get("name", where)), str(data.get("description", "")), tuple(issues))


@lru_cache(maxsize=8)
def load_catalog(name_or_path: str) -> Catalog:
    """A shipped catalog by name (``european_security``) or a YAML file by path."""
    shipped = resources.files("sitroom.catalogs").joinpath(f"{name_or_path}.yaml")
    if shipped.is_file():
        return parse_catalog(shipped.read_text(encoding="utf-8"), f"{name_or_path}.yaml")
    path = Path(name_or_path)
    if not path.is_file():
        names = sorted(
            p.name.removesuffix(".yaml")
            for p in resources.files("sitroom.catalogs").iterdir()
            if p.name.endswith(".yaml")
        )
        raise KnowledgeBaseError(
            f"issue catalog {name_or_path!r} not found; use a shipped one "
            f"({', '.join(names)}) or the path of a YAML catalog"
        )
    return parse_catalog(path.read_text(encoding="utf-8"), str(path))
