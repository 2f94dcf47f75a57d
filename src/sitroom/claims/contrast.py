"""How two aligned statements of one story say otherwise (the contrasts of :mod:`.check`).

* an object contrast: one predicate, opposite objects ("send troops" / "sent arms");
* a predicate contrast: "agreed" / "refused" about the same thing by the same actor;
* a negation mismatch: "will not deploy" / "will deploy";
* a figure mismatch: "32 countries" / "30 countries", "three killed" / "four dead"
  (figures normalised first, see :mod:`.numbers`);
* a date mismatch: "resumed on June 12" / "resumed on June 14" (another day of the month),
  or one event dated otherwise: "ratified the treaty on Tuesday" / "... on Thursday" (see
  :mod:`.events`);
* a list mismatch: "Russia, China and Iran voted against" / "China, Russia and Cuba ...";
* a doer mismatch: "X claimed responsibility for the bombing" / "the bombing was claimed
  by Y" (see :mod:`.events`);
* a role mismatch: "Secretary of State Pete Hegseth" against the knowledge base's dated
  roles or another report of the story (see :mod:`.roles`).

The alignment bars below say how closely two statements must align for each kind.
"""

from __future__ import annotations

from sitroom.claims.events import (
    other_calendar_day,
    other_day,
    other_doers,
    redated,
    same_event,
)
from sitroom.claims.evidence import Contrast
from sitroom.claims.lexicon import OBJECT_CONTRASTS, OUTCOMES, PREDICATE_CONTRASTS
from sitroom.claims.numbers import disagree, exceeding
from sitroom.claims.polarity import Frame
from sitroom.claims.units import Unit
from sitroom.claims.votes import OUTCOME_VERBS, SIDES, VOTE, body, named_texts

#: Alignment score at or above which two units state the same thing.
ALIGN = 0.24
#: Lower bar for the specific contrasts (opposite objects, different numbers).
ALIGN_SPECIFIC = 0.2
#: Higher bar for the broad contrasts (another day of the month, a negated term).
ALIGN_STRONG = 0.33
#: The bar for a contrast predicate said done by one and not done by the other ("approved"
#: / "awaits ratification", "opted not to send" / "sent"): one act told by its verb, often
#: with few other words in common. Two antonyms ("rose" / "fell") need ``ALIGN_STRONG``.
ALIGN_PREDICATE = 0.3


def contradiction(u: Unit, v: Unit, score: float) -> str | None:
    """Why aligned units ``u`` and ``v`` (alignment ``score``) say otherwise, or None."""
    found = contrast(u, v, score)
    return found.reason if found else None


def contrast(u: Unit, v: Unit, score: float, figures_only: bool = False) -> Contrast | None:
    """How aligned units ``u`` and ``v`` (alignment ``score``) say otherwise, or None;
    ``figures_only`` when different people say them (only their counts can contradict)."""
    if not same_event(u, v):
        dates = None if figures_only else redated(u, v, score)
        return Contrast("dates", *dates) if dates else None
    figures = disagree(u.figures, v.figures) or exceeding(u.figures, v.figures)
    if figures and (figures_only or figures[0].key in OUTCOMES):
        mine, theirs = figures
        return Contrast("numbers", mine.describe(), theirs.describe())
    if figures_only:
        return None
    for f in u.frames:
        for g in v.frames:
            if _opposite_objects(f, g):
                return Contrast("objects", f.surface, g.surface)
    if figures:
        mine, theirs = figures
        return Contrast("numbers", mine.describe(), theirs.describe())
    listed = _other_list(u, v) if score >= ALIGN else None
    if listed:
        return Contrast("actors", *listed)
    if score >= ALIGN and u.doers and v.doers and (found := other_doers(u.doers, v.doers)):
        return Contrast("doers", *found)
    if score < ALIGN_PREDICATE:
        return _vote_outcomes(u, v) if score >= ALIGN_SPECIFIC else None
    if score >= ALIGN_STRONG and other_day(u, v):
        return Contrast("dates", ", ".join(sorted(u.days)), ", ".join(sorted(v.days)))
    if score >= ALIGN_STRONG and (days := other_calendar_day(u, v)):
        return Contrast("dates", *days)
    tally = _tally(u, v)
    for f in u.frames:
        for g in v.frames:
            weak = score < ALIGN_STRONG and f.negated == g.negated  # "rose" / "fell"
            if weak or (tally and {f.predicate, g.predicate} & VOTE):
                continue
            reason = opposite_predicates(f, g)
            if reason:
                return Contrast(reason, _polar(f), _polar(g))
    if score < ALIGN_STRONG:
        return _vote_outcomes(u, v)
    for x, y, flip in ((u, v, False), (v, u, True)):
        term = _negation_mismatch(x, y)
        if term:
            said, denied = f"{term} (stated)", f"not {term}"
            return (
                Contrast("negation", said, denied) if flip else Contrast("negation", denied, said)
            )
    return None


def _vote_outcomes(u: Unit, v: Unit) -> Contrast | None:
    """One named text ("the pension bill") passed in one report and rejected in another,
    by one body, however named ("parliament" / "lawmakers"): an outcome of one vote told
    otherwise, with few other words in common."""
    if not named_texts(u.text) & named_texts(v.text):
        return None
    for f in u.frames:
        for g in v.frames:
            if f.predicate not in OUTCOME_VERBS or g.predicate not in OUTCOME_VERBS:
                continue
            if len({body(x.subject.key) for x in (f, g) if x.subject is not None}) > 1:
                continue  # "the Senate approved" / "the Assembly rejected": two votes
            if opposite_predicates(f, g, anyone=True) == "predicates":
                return Contrast("predicates", _polar(f), _polar(g))
    return None


def _other_list(u: Unit, v: Unit) -> tuple[str, str] | None:
    """Two lists of as many actors that share most of them but not all ("Russia, China and
    Iran voted against" / "China, Russia and Cuba voted against"): the same set, named
    otherwise. A longer list may only add to a shorter one; lists with less than two
    actors in common are two sets."""
    for mine in u.lists:
        for theirs in v.lists:
            common = mine.keys() & theirs.keys()
            if len(mine) == len(theirs) and len(common) >= 2 and len(common) < len(mine):
                return _named(mine, common), _named(theirs, common)
    return None


def _named(listed: dict[str, str], common: set[str]) -> str:
    return ", ".join(name for k, name in listed.items() if k not in common)


def _polar(f: Frame) -> str:
    return f"not {f.surface}" if f.negated else f.surface


def _opposite_objects(f: Frame, g: Frame) -> bool:
    if f.negated or g.negated or not f.objects or not g.objects or f.objects & g.objects:
        return False
    if f.predicate != g.predicate:
        return False  # "sent jets" and "deploying troops" are two acts, not one told twice
    if f.subject is not None and not f.subject.compatible(g.subject):
        return False
    for c in OBJECT_CONTRASTS:
        if f.predicate in c.predicates and g.predicate in c.predicates:
            sides_f = {k for k, side in enumerate(c.sides) if f.objects & side}
            sides_g = {k for k, side in enumerate(c.sides) if g.objects & side}
            if len(sides_f) == 1 and len(sides_g) == 1 and sides_f != sides_g:
                return True
    return False


def opposite_predicates(f: Frame, g: Frame, anyone: bool = False) -> str | None:
    """ "negation" for one predicate with opposite polarity, "predicates" for antonyms;
    ``anyone``: whoever their subjects are."""
    if not anyone and f.subject is not None and not f.subject.compatible(g.subject):
        return None
    if f.predicate == g.predicate:
        return "negation" if f.negated != g.negated else None
    for c in PREDICATE_CONTRASTS:
        side_f = _side(c.sides, f)
        side_g = _side(c.sides, g)
        if side_f is not None and side_g is not None and side_f != side_g:
            return "predicates"
    return None


def _side(sides: tuple[frozenset[str], frozenset[str]], f: Frame) -> int | None:
    for k, side in enumerate(sides):
        if f.predicate in side:
            return 1 - k if f.negated else k
    return None


def _tally(u: Unit, v: Unit) -> bool:
    """Whether either unit counts voters by side ("19 countries voted for")."""
    return any(f.group in SIDES for f in (*u.figures, *v.figures))


def _negation_mismatch(u: Unit, v: Unit) -> str | None:
    """The term ``u`` negates that ``v`` states plainly, about a compatible subject; not the
    vote of a tally ("19 countries voted for" / "two nations did not vote": other voters)."""
    tally = _tally(u, v)
    for term, subject in u.negated.items():
        if tally and term in VOTE:
            continue
        if term in v.affirmed and term not in v.negated and term not in u.affirmed:
            other = v.affirmed[term]
            if subject is None or subject.compatible(other):
                return term
    return None
