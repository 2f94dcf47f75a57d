"""Role checks: is the office a report gives a known person the office they hold?

A stated role is an office named next to a person's name: before it ("Secretary of State
Pete Hegseth", "US Defence Secretary Pete Hegseth") or in apposition after it ("Pete
Hegseth, the US defence secretary,"). Role words are the knowledge base's role nouns
(``kb/data/roles.yaml``: "secretary of state" is a foreign minister, "secretary of war" a
defence minister); only specific offices are checked, not words like "official" or "aide".

Two checks, each a contradiction with its evidence on the claim (the sentence) that
states the role:

* against the knowledge base: the person's roles on the report's date (or now, undated)
  are known and none of them is the stated office ("former ..." is checked against every
  role the person ever held);
* against the story: two independent reports give one person two different offices, and
  the knowledge base does not say the person holds both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitroom.article import Article, Contradiction, Mention
from sitroom.claims.sources import independent
from sitroom.claims.units import Unit
from sitroom.nlp.actors.kb import Actor, KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold

#: Role nouns (from roles.yaml) that name one office; the others ("minister", "officials",
#: "aides", ...) are too broad to be wrong.
SPECIFIC_OFFICES = frozenset(
    {"president", "vice president", "prime minister", "deputy prime minister", "chancellor",
     "foreign minister", "defense minister", "national security adviser", "interior minister",
     "finance minister", "economy minister", "trade minister", "energy minister",
     "justice minister", "health minister", "secretary-general", "monarch", "speaker"}
)  # fmt: skip
KB_CONFIDENCE = 0.8
STORY_CONFIDENCE = 0.6
_WORDS = re.compile(r"[\w.'’-]+")
_MAX_ROLE_WORDS = 6
_TOUCHING = re.compile(r"\w[ \t]+$")
_FORMER = frozenset({"former", "ex", "then", "ex-", "late", "outgoing"})


@dataclass(frozen=True, slots=True)
class StatedRole:
    person: str  # actor id
    name: str
    office: str  # role noun
    phrase: str  # as written
    former: bool
    unit: Unit


def check_roles(
    group: Sequence[Article], per_article: Sequence[Sequence[Unit]], kb: KnowledgeBase | None
) -> None:
    """Add role contradictions (against ``kb`` and across the story) to the units."""
    if kb is None:
        return
    stated = [
        [s for m in a.mentions if (s := _stated(a, m, us, kb)) is not None]
        for a, us in zip(group, per_article, strict=True)
    ]
    for a, roles in zip(group, stated, strict=True):
        for s in roles:
            _against_kb(a, s, kb)
    _across_story(group, stated, kb)


def office_of(title: str, kb: KnowledgeBase) -> str | None:
    """The role noun a title names ("U.S. Secretary of Defense" -> "defense minister")."""
    words = _WORDS.findall(fold(title))
    best: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in range(min(_MAX_ROLE_WORDS, len(words) - i), 0, -1):
            rn = kb.role_nouns.get(" ".join(words[i : i + n]))
            if rn is not None and (best is None or n > best[0]):
                best = (n, rn.noun)
                break
    return best[1] if best else None


def _stated(
    article: Article, m: Mention, units: Sequence[Unit], kb: KnowledgeBase
) -> StatedRole | None:
    if m.type != "PERSON" or not m.actor_id:
        return None
    unit = next((u for u in units if u.start <= m.start and m.end <= u.end), None)
    if unit is None:
        return None
    text = article.text
    preceding = text[max(unit.start, m.start - 80) : m.start]
    found = None
    if _TOUCHING.search(preceding):  # "Secretary of State Pete Hegseth", not "president," X
        found = _ending_role(_WORDS.findall(fold(preceding)), kb)
    if found is None:
        after = text[m.end : min(unit.end, m.end + 80)]
        if after.startswith(", "):
            segment = _WORDS.findall(fold(after[2:].split(",")[0]))
            if segment and segment[0] in {"the", "a", "an"}:
                found = _ending_role(segment, kb)
    if found is None:
        return None
    office, phrase, former = found
    name = m.canonical or m.text
    return StatedRole(m.actor_id, name, office, phrase, former, unit)


def _ending_role(words: list[str], kb: KnowledgeBase) -> tuple[str, str, bool] | None:
    """The specific office named by the last words of ``words``, if any."""
    for n in range(min(_MAX_ROLE_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        rn = kb.role_nouns.get(phrase)
        if rn is not None:
            if rn.noun not in SPECIFIC_OFFICES:
                return None
            former = bool(_FORMER & set(words[-n - 2 : -n])) if n < len(words) else False
            return rn.noun, phrase, former
    return None


def _held(actor: Actor, on: dt.date | None, ever: bool, kb: KnowledgeBase) -> set[str]:
    roles = actor.roles if ever else [r for r in actor.roles if r.active(on)]
    return {o for r in roles if (o := office_of(r.title, kb)) is not None}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _against_kb(article: Article, s: StatedRole, kb: KnowledgeBase) -> None:
    actor = kb.get(s.person)
    if actor is None or actor.kind != "person":
        return
    on = _date(article.published)
    active = [r for r in actor.roles if s.former or r.active(on)]
    offices = [office_of(r.title, kb) for r in active]
    if not active or s.office in offices or not all(o in SPECIFIC_OFFICES for o in offices):
        return  # right, or the knowledge base's titles are not all offices we can compare
    titles = "; ".join(_title(r.title, r.start) for r in active)
    s.unit.conflict[-1] = Contradiction(
        article=None,
        outlet="knowledge base",
        text=f"{actor.name}: {titles}",
        differs="role",
        this=f"{s.phrase} {s.name}",
        other=f"{actor.name}, {active[-1].title}",
        confidence=KB_CONFIDENCE,
    )


def _title(title: str, start: dt.date | None) -> str:
    return f"{title} (since {start.isoformat()})" if start else title


def _across_story(
    group: Sequence[Article], stated: list[list[StatedRole]], kb: KnowledgeBase
) -> None:
    for i, mine in enumerate(stated):
        for j in range(i + 1, len(stated)):
            if not independent(group[i], group[j]):
                continue
            for s in mine:
                for t in stated[j]:
                    if s.person != t.person or s.office == t.office or s.former or t.former:
                        continue
                    actor = kb.get(s.person)
                    ever = _held(actor, None, True, kb) if actor else set()
                    if {s.office, t.office} <= ever:
                        continue  # the person held both offices
                    # where the knowledge base confirms one side, only the other is wrong
                    if not _confirmed(actor, s, group[i], kb):
                        _role_conflict(s, t, group[j], j)
                    if not _confirmed(actor, t, group[j], kb):
                        _role_conflict(t, s, group[i], i)


def _confirmed(actor: Actor | None, s: StatedRole, article: Article, kb: KnowledgeBase) -> bool:
    return actor is not None and s.office in _held(actor, _date(article.published), False, kb)


def _role_conflict(s: StatedRole, t: StatedRole, other: Article, k: int) -> None:
    if k in s.unit.conflict:
        return
    s.unit.conflict[k] = Contradiction(
        article=other.id,
        outlet=other.publisher,
        text=t.unit.text,
        differs="role",
        this=f"{s.phrase} {s.name}",
        other=f"{t.phrase} {t.name}",
        confidence=STORY_CONFIDENCE,
    )
