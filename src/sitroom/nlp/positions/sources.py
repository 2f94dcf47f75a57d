"""Who holds a sentence's stance when no predicate on its route names one: "according to X",
"in X's view", or the actor of an event anchored on the route."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from sitroom.nlp.positions.actors import DocContext, Holder, resolve
from sitroom.nlp.positions.route import Route


def according_to(sent: Span, ctx: DocContext) -> Holder | None:
    """ "According to X, ...", "In X's view, ..." name the source of a sentence."""
    for tok in sent:
        if tok.lower_ in ("view", "opinion", "words", "assessment") and tok.head.lower_ == "in":
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            holder = resolve(owner, ctx) if owner is not None else None
            if holder is not None:
                return replace(holder, source="according")
        if tok.lower_ == "according":
            for to in tok.children:
                for pobj in to.children:
                    if pobj.dep_ == "pobj":
                        holder = resolve(pobj, ctx)
                        if holder is not None:
                            return replace(holder, source="according")
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to" and nxt.i + 1 < len(tok.doc):
                m = ctx.mention_at(tok.doc[nxt.i + 1].idx) or (
                    ctx.mention_at(tok.doc[nxt.i + 2].idx) if nxt.i + 2 < len(tok.doc) else None
                )
                if m is not None and m.actor_id:
                    return Holder.of(m, "according")
    return None


def event_actor(rt: Route, ctx: DocContext) -> tuple[Holder, int] | None:
    """The actor of an event anchored on the route (its first linked actor named there, on
    the route's line: not in a photo credit the parser ran into the sentence)."""
    sent = rt.steps[0].tok.sent
    lo, hi = (max(0, b - sent.start_char) for b in rt.bounds)
    line = sent.text[lo:hi]
    for i, step in enumerate(rt.steps):
        for ev in ctx.events:
            if ev.anchor.start <= step.tok.idx < ev.anchor.end and not ev.negated:
                for ref in ev.actor:
                    if (
                        ref.actor_id
                        and ref.canonical
                        and not ref.actor_id.startswith("local:")
                        and ref.text
                        and ref.text in line
                    ):
                        m = ctx.mention_at(step.tok.idx)
                        start = m.start if m else ev.anchor.start
                        h = Holder(
                            ref.actor_id,
                            ref.canonical or ref.text,
                            "ORG",
                            ref.country,
                            start,
                            start,
                            "event",
                        )
                        return h, i
    return None
