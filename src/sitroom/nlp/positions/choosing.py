"""Choosing the holder among the candidates along a route (:func:`.holders.candidates`).

The innermost candidate holds the stance, except when an outer speaker speaks for it (a
minister about their own country, "we", "Europe" for a European): then the speaker does.
A denial by someone else ("X doubted that Y was ready to ...") makes the stance nobody's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, Holder

if TYPE_CHECKING:
    from sitroom.nlp.positions.holders import Candidate

DECLINED = -1  # choose(): the stance is nobody's (a denial of someone else's)
# Speakers who speak for their state (a minister, an army), unlike a newspaper or a scholar.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "SPY", None})


def choose(
    cands: list[Candidate], speaker: Holder | None
) -> tuple[Holder | None, int | None, tuple[Holder, ...]]:
    """The holder, the route step its predicate is on (None: up to the root) and the
    actors conjoined with it.

    ``speaker`` is the quote speaker enclosing the content, if any.
    """
    if not cands:
        return speaker, None, ()
    speech = [c for c in cands if c.kind == "speech" and c.holder is not None]
    outer = speech[-1] if speech else None
    inner = cands[0]
    if inner.holder is None:  # first person: the enclosing speaker
        if outer is not None and outer.holder is not None:
            return outer.holder, outer.step, outer.also
        return speaker, (inner.step if speaker is not None else None), ()
    denier = next((c for c in cands[1:] if c.denies and c.holder != inner.holder), None)
    if denier is not None:
        if denier.dismisses:
            return denier.holder, denier.step, denier.also  # against what is proposed
        if denier.holder is not None and _same_side(denier.holder, inner.holder):
            # "the Kremlin spokesman denied that Russia would accept X": Russia's stance,
            # voiced (and negated) by its spokesman
            return denier.holder, denier.step, denier.also
        return None, DECLINED, ()  # "X doubted that Y was ready to ...": nobody's stance
    if outer is not None and outer is not inner and outer.holder is not None:
        if speaks_for(outer.holder, inner.holder):
            return outer.holder, outer.step, outer.also
        if inner.kind == "intention":
            # "the paper reported that X said he would not follow": the plan is told by
            # the speaker nearest it, not by whoever reports that speaker
            near = next(c for c in speech if c.step > inner.step)
            return near.holder, near.step, near.also
    elif outer is None and speaker is not None and speaks_for(speaker, inner.holder):
        also = inner.also if speaker.actor_id == inner.holder.actor_id else ()
        return speaker, inner.step, also
    return inner.holder, inner.step, inner.also


def _same_side(speaker: Holder, actor: Holder) -> bool:
    """A speaker denying for their own state ("the Kremlin spokesman denied that Russia
    ..."), not doubting someone else's ("Belgian officials doubted that European armies
    ...")."""
    if speaker.actor_id == actor.actor_id:
        return True
    own = speaker.country is not None and actor.actor_id == speaker.country
    return own and speaker.sector in OFFICIAL_SECTORS


def speaks_for(speaker: Holder, actor: Holder) -> bool:
    """A speaker voices an actor's stance: the same actor, their own country, or Europe."""
    if speaker.actor_id == actor.actor_id:
        return True
    if actor.type == "PERSON" or speaker.sector not in OFFICIAL_SECTORS:
        return False
    if speaker.country and actor.country and speaker.country == actor.country:
        return True
    if actor.actor_id == speaker.country:
        return True
    return actor.country == "EUR" and (speaker.country or "") in lx.EUROPEAN


def as_known(holder: Holder, ctx: DocContext) -> Holder:
    """The holder with the country and sector a mention of the same actor has in the
    document: a quote's speaker read from "he said" carries neither, though the actor is
    the one named before ("Prime Minister X said ... 'Canada recognises ...,' he added")."""
    if holder.country is not None:
        return holder
    for m in ctx.named:
        if m.actor_id == holder.actor_id and m.country:
            return replace(holder, country=m.country, sector=m.sector)
    return holder
