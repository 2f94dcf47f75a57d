"""Issue catalogs: the issues positions are taken on, as data (``catalogs/*.yaml``).

A catalog is one YAML file. Shipped catalogs live in ``catalogs/`` and are named by
their file stem (``european_security``, ``climate_finance``); the setting
``positions.catalog`` takes such a name or the path of your own file.

File format::

    name: european_security            # optional; defaults to the file name
    description: Europe's place in ...  # optional, one line
    issues:
      europe_at_table:                  # the issue id used in the record's positions
        claim: Europe must have a seat at the negotiating table.
        keywords: [seat at the (negotiating )?table, Europe & (part|involvement) of ... talks]
        opposite: [behind (our|their) backs, sidelin*, without (Europe|Europeans|us)]
        against: []
        for: []
        related: [peace talks, negotiations]

``claim`` is the statement a *support* stance supports; *oppose* is against it,
*conditional* supports it under conditions. Every other key is a list of phrases:

``keywords``
    name the claim's content. A sentence naming one is on the issue; the holder's attitude
    to the phrase is the stance ("demanded a seat at the table": support).
``opposite``
    name the contrary state of affairs. They put the sentence on the issue too, with the
    attitude reversed ("a deal behind our backs won't work": support for the claim).
``against`` / ``for``
    loaded phrases whose use is the stance itself ("appeasement": against offering
    concessions; "open door": for membership), unless negated ("this is not appeasement").
``related``
    context terms that do not put a sentence on the issue but raise the confidence of a
    position found in a sentence that also names one.

Optional keys, so that an issue is recognised by meaning (:mod:`sitroom.nlp.positions.meaning`)
and applies only where it should (:func:`in_scope`)::

    definition: the Rapid Support Forces leaving the areas it captured
    examples: [The army demands the RSF's withdrawal from occupied cities.]
    scope: {stories: [...], actors: [...], places: [...], keywords: [...],
            since: 2025-01-01, until: 2025-12-31}

``scope`` may also be given for the whole catalog. An issue needs phrases (one of
``keywords`` / ``opposite`` / ``against`` / ``for``) or a ``definition`` / ``examples``.

Phrase syntax (case-insensitive, whole words):

- words match with any spaces, punctuation or hyphens between them ("NATO-Russia Council"
  matches "NATO Russia Council"); straight and curly apostrophes are the same;
- ``word*`` matches any ending (``expan*``: expand, expansion, expanding);
- ``(a|b c|d)`` matches one of the alternatives; ``(a|b)?`` makes them optional;
- ``...`` matches up to five words in between (``giving ... everything``);
- ``5%`` also matches "5 percent" and "5 per cent";
- ``A & B`` matches when both parts occur in the same sentence, in any order (each further
  part where it is nearest to the first);
- regex characters (``? [ ] { } ^ + \\``) are refused with a message saying the above.

The words a phrase matched (not the ``...`` gaps) are the *content* whose place in the
parse decides the stance (:mod:`sitroom.nlp.positions`): "NATO must stop expanding" against
``NATO ... expanding`` leaves "must stop" to be read as the attitude.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitroom.article import Article
from sitroom.errors import KnowledgeBaseError
from sitroom.nlp.positions.phrases import compile_phrase
from sitroom.nlp.positions.prefilter import TextProbe, phrase_tests
from sitroom.util import fastyaml

KINDS = ("keywords", "opposite", "against", "for")
ISSUE_EXTRA = ("definition", "examples", "scope")
SCOPE_KEYS = ("stories", "actors", "places", "keywords", "since", "until")
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True, slots=True)
class Cue:
    """One catalog phrase: the regex of each ``&`` part and what it says about the claim.

    ``polarity`` is +1 for keywords and ``for`` phrases, -1 for ``opposite`` and
    ``against`` phrases; ``loaded`` is true for ``for`` / ``against`` phrases, whose use is
    itself the attitude.
    """

    text: str
    kind: str
    parts: tuple[re.Pattern[str], ...]

    @property
    def polarity(self) -> int:
        return 1 if self.kind in ("keywords", "for") else -1

    @property
    def loaded(self) -> bool:
        return self.kind in ("against", "for")


@dataclass(frozen=True, slots=True)
class IssueMatch:
    """Where a cue matched in a text: one character span per ``&`` part."""

    issue: Issue
    cue: Cue
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)

    @property
    def size(self) -> int:
        return sum(e - s for s, e in self.spans)


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a catalog or an issue applies; empty fields do not restrict (see ``scope:``)."""

    stories: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.stories or self.actors or self.places or self.keywords) and not (
            self.since or self.until
        )


@dataclass(frozen=True, slots=True)
class Issue:
    id: str
    claim: str
    definition: str = ""
    examples: tuple[str, ...] = ()
    scope: Scope = field(default_factory=Scope)
    keywords: tuple[str, ...] = ()
    opposite: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    favour: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = field(default=(), compare=False)
    related_pattern: re.Pattern[str] = field(default=_NEVER, compare=False)

    @property
    def own_words(self) -> frozenset[str]:
        """The lower-case words of the claim, definition and keywords: a judging word among
        them names the issue ("excessive force", "illegal settlements"), it does not judge it."""
        return _own_words(self.claim, self.definition, self.keywords)

    @property
    def shielded_words(self) -> frozenset[str]:
        """The words the claim or definition names as what to be shielded from ("protected
        from unfair competition"): a judging word among them says what the claim guards
        against; it does not make the claim an accusation."""
        return _shielded(self.claim, self.definition)

    def find(self, text: str, cues: Sequence[Cue] | None = None) -> list[IssueMatch]:
        """Every cue match in ``text`` (of ``cues`` only, when given: those found in the
        document around it); a match inside a longer one of this issue is dropped."""
        found: list[IssueMatch] = []
        for cue in self.cues if cues is None else cues:
            found.extend(_cue_matches(self, cue, text))
        found.sort(key=lambda m: -m.size)
        kept: list[IssueMatch] = []
        for m in found:
            if any(_inside(m, k) for k in kept):
                continue
            kept.append(m)
        kept.sort(key=lambda m: m.start)
        return kept

    def present(self, text: str, probe: TextProbe | None = None) -> tuple[Cue, ...]:
        """The cues every part of which occurs somewhere in ``text``: the only ones that
        can match in a part of it (one search each, where :meth:`find` lists every match;
        a part that cannot match by :mod:`~sitroom.nlp.positions.prefilter` is not searched).
        ``probe``: the text's :class:`TextProbe`, shared by the issues of a catalog."""
        if probe is None or probe.text != text:
            probe = TextProbe(text)
        return tuple(
            c
            for c in self.cues
            if all(
                probe.holds(part, *tests)
                for part, tests in zip(c.parts, phrase_tests(c.text), strict=True)
            )
        )

    def related_count(self, text: str) -> int:
        return len({m.group(0).lower() for m in self.related_pattern.finditer(text)})


@dataclass(frozen=True, slots=True)
class Catalog:
    name: str
    description: str
    issues: tuple[Issue, ...]
    scope: Scope = field(default_factory=Scope)

    def ids(self) -> list[str]:
        return [i.id for i in self.issues]

    def get(self, issue_id: str) -> Issue | None:
        return next((i for i in self.issues if i.id == issue_id), None)

    def find(
        self,
        text: str,
        only: set[str] | None = None,
        cues: Mapping[str, Sequence[Cue]] | None = None,
    ) -> list[IssueMatch]:
        """Matches of every issue (or of those in ``only``) in ``text``, in text order;
        ``cues``: the cues to try per issue (see :meth:`Issue.present`)."""
        out = [
            m
            for issue in self.issues
            if only is None or issue.id in only
            for m in issue.find(text, None if cues is None else cues.get(issue.id, ()))
        ]
        out.sort(key=lambda m: (m.start, -m.size))
        return out


@lru_cache(maxsize=512)
def _own_words(claim: str, definition: str, keywords: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for text in (claim, definition, *keywords):
        for i, w in enumerate(re.findall(r"[A-Za-z][A-Za-z'-]+", text)):
            if i == 0 or not w[0].isupper():  # names ("International Criminal Court") are not
                words.add(w.lower())  # the claim's words
    return frozenset(words)


_SHIELDED = re.compile(r"\b(?:from|against)((?:\s+[A-Za-z'-]+){1,3})", re.I)


@lru_cache(maxsize=512)
def _shielded(claim: str, definition: str) -> frozenset[str]:
    return frozenset(
        w.lower()
        for text in (claim, definition)
        for m in _SHIELDED.finditer(text or "")
        for w in m.group(1).split()
    )


def _inside(inner: IssueMatch, outer: IssueMatch) -> bool:
    return all(any(os <= s and e <= oe for os, oe in outer.spans) for s, e in inner.spans)


def _cue_matches(issue: Issue, cue: Cue, text: str) -> Iterator[IssueMatch]:
    """Every match of the first part; each other ``&`` part where it is nearest to it."""
    first, *rest = cue.parts
    others = []
    for part in rest:
        found = list(part.finditer(text))
        if not found:
            return
        others.append(found)
    for m in first.finditer(text):
        spans = _words(m)
        for found in others:
            near = min(found, key=lambda o: abs(o.start() - m.start()))
            spans.extend(_words(near))
        yield IssueMatch(issue, cue, tuple(spans))


def _words(m: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of a match's own words (its top-level groups), adjacent ones merged."""
    spans = [m.span(g) for g in range(1, (m.re.groups or 0) + 1) if m.span(g)[0] >= 0]
    if not spans:
        return [m.span()]
    merged: list[tuple[int, int]] = []
    text = m.string
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip(" -'’"):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# -- scope ----------------------------------------------------------------------------------


def _names(text: str, names: Iterable[str]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in names)


def in_scope(scope: Scope, article: Article, *, stories: bool = True) -> bool:
    """Whether ``article`` is inside ``scope`` (an empty scope holds everything).

    ``stories=False`` ignores a stories limit: while parsing, before stories are formed."""
    if scope.empty:
        return True
    if stories and scope.stories and article.story_id not in scope.stories:
        return False
    date = article.published or ""
    if scope.since and date and date < scope.since:
        return False
    if scope.until and date and date > scope.until:
        return False
    named = [*scope.actors, *scope.places, *scope.keywords]
    if named and not _names(article.text, named):
        actors = {m.canonical for m in article.mentions if m.canonical}
        if not actors & set(scope.actors):
            return False
    return True


# -- loading --------------------------------------------------------------------------------


def _phrases(body: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = body.get(key) or ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        raise KnowledgeBaseError(f"{where}: '{key}' must be a list of phrases")
    return tuple(str(v) for v in value)


def parse_catalog(text: str, where: str) -> Catalog:
    """A catalog from YAML text; ``where`` names it in error messages."""
    try:
        data = fastyaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("issues"), dict):
        raise KnowledgeBaseError(f"{where}: a catalog needs an 'issues' mapping of id -> issue")
    issues = []
    for issue_id, body in data["issues"].items():
        here = f"{where}: issue {issue_id!r}"
        if not isinstance(body, dict) or not body.get("claim"):
            raise KnowledgeBaseError(f"{here} needs a 'claim' (the statement support is for)")
        phrases = {kind: _phrases(body, kind, here) for kind in (*KINDS, "related", "examples")}
        definition = str(body.get("definition") or "")
        if not any(phrases[k] for k in KINDS) and not (definition or phrases["examples"]):
            raise KnowledgeBaseError(
                f"{here} needs phrases (at least one of {', '.join(KINDS)}) or a "
                "'definition' / 'examples' to be recognised by meaning (see catalog.py)"
            )
        unknown = set(body) - {"claim", "related", *KINDS, *ISSUE_EXTRA}
        if unknown:
            raise KnowledgeBaseError(
                f"{here}: unknown key(s) {', '.join(sorted(unknown))}; valid: claim, "
                f"{', '.join(KINDS)}, related, {', '.join(ISSUE_EXTRA)}"
            )
        cues = tuple(
            Cue(phrase, kind, compile_phrase(phrase, here))
            for kind in KINDS
            for phrase in phrases[kind]
        )
        related = [p for phrase in phrases["related"] for p in compile_phrase(phrase, here)]
        issues.append(
            Issue(
                id=str(issue_id),
                claim=str(body["claim"]),
                definition=definition,
                examples=phrases["examples"],
                scope=parse_scope(body.get("scope"), here),
                keywords=phrases["keywords"],
                opposite=phrases["opposite"],
                against=phrases["against"],
                favour=phrases["for"],
                related=phrases["related"],
                cues=cues,
                related_pattern=re.compile("|".join(p.pattern for p in related), re.IGNORECASE)
                if related
                else _NEVER,
            )
        )
    return Catalog(
        str(data.get("name", where)),
        str(data.get("description", "")),
        tuple(issues),
        parse_scope(data.get("scope"), where),
    )


def parse_scope(value: Any, where: str) -> Scope:
    """A ``scope:`` mapping (stories, actors, places, keywords: lists; since / until: dates)."""
    if value is None:
        return Scope()
    if not isinstance(value, dict):
        raise KnowledgeBaseError(f"{where}: 'scope' must be a mapping ({', '.join(SCOPE_KEYS)})")
    unknown = set(value) - set(SCOPE_KEYS)
    if unknown:
        raise KnowledgeBaseError(
            f"{where}: unknown scope key(s) {', '.join(sorted(unknown))}; valid: "
            f"{', '.join(SCOPE_KEYS)}"
        )
    lists = {k: _phrases(value, k, f"{where} scope") for k in SCOPE_KEYS[:4]}
    dates = {k: str(value[k]) if value.get(k) else None for k in ("since", "until")}
    for k, d in dates.items():
        if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise KnowledgeBaseError(f"{where}: scope '{k}' must be a date YYYY-MM-DD, not {d!r}")
    return Scope(
        stories=lists["stories"],
        actors=lists["actors"],
        places=lists["places"],
        keywords=lists["keywords"],
        since=dates["since"],
        until=dates["until"],
    )


def shipped_catalogs() -> list[str]:
    """Names of the catalogs shipped with sitroom."""
    return sorted(
        p.name.removesuffix(".yaml")
        for p in resources.files("sitroom.nlp.positions.catalogs").iterdir()
        if p.name.endswith(".yaml")
    )


@lru_cache(maxsize=8)
def load_catalog(name_or_path: str) -> Catalog:
    """A shipped catalog by name (``european_security``) or a YAML file by path."""
    shipped = resources.files("sitroom.nlp.positions.catalogs").joinpath(f"{name_or_path}.yaml")
    if shipped.is_file():
        return parse_catalog(shipped.read_text(encoding="utf-8"), f"{name_or_path}.yaml")
    path = Path(name_or_path)
    if not path.is_file():
        raise KnowledgeBaseError(
            f"issue catalog {name_or_path!r} not found; use a shipped one "
            f"({', '.join(shipped_catalogs())}) or the path of a YAML catalog"
        )
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the issue catalog ({exc})") from exc
    return parse_catalog(text, str(path))
