"""Holders named by a definite description of their kind rather than by name: "the
government" for the state named just before, "the militia" / "the Iran-backed force" for
the armed group named before, "the bloc" for the intergovernmental body named before,
"the ministry" for the body named before whose name holds the noun; "the British prime
minister", "the US president" for the one person the knowledge base has in that office on
the report's date (as the quotes layer resolves a speaker so described).

A report names an actor once and then refers back to it by what it is; the description
carries no name of its own, so it stands for the latest actor of that kind named earlier
in the report (as the quotes layer resolves "the ministry said", see
:mod:`sitroom.nlp.quotes.described`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitroom.article import Mention
from sitroom.nlp.lexicon import ARMED_BODY_NOUNS

if TYPE_CHECKING:
    from sitroom.nlp.positions.actors import DocContext, Holder
    from sitroom.nlp.quotes.index import DocIndex

# "the government", "the cabinet": a state's executive
GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration", "authorities"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
STATE_WINDOW = 400  # characters back to the state "the government" refers to
# "the militia", "the group", "the powerful military force": an armed group
ARMED_NOUNS = ARMED_BODY_NOUNS | frozenset({"force", "faction", "outfit", "organisation"})
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "INS"})
# "the bloc", "the alliance": an intergovernmental body
BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping"})
BODY_WINDOW = 1500  # characters back to the body a description refers to
# Words in the description that tie it to something else: "the government of X", "the
# rights group", "the group's leader", "the army's forces", "the new government".
NAMING_DEPS = frozenset({"poss", "compound", "nmod", "prep", "appos", "nummod"})
NEW_WORDS = frozenset({"new", "next", "former", "previous", "interim", "other", "future"})


def described(tok: Token, ctx: DocContext) -> Holder | None:
    """The actor a definite description of its kind refers back to, or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or not _bare_definite(tok):
        return None
    if lemma in GOVERNMENT_NOUNS:
        return _state(tok, ctx)
    armed = lemma in ARMED_NOUNS or tok.lower_ in ARMED_NOUNS
    if not armed and lemma not in BLOC_NOUNS:
        return None
    for m in _before(ctx, tok.idx, BODY_WINDOW):
        if m.type not in ("ORG", "GROUP") or not m.actor_id:
            continue
        if armed and m.sector in ARMED_SECTORS:
            return _holder(m, tok)
        if not armed and (m.sector == "IGO" or m.country in ("IGO", "EUR")):
            return _holder(m, tok)
    return None


def _bare_definite(tok: Token) -> bool:
    """ "the <noun>" (adjectives that say what it is allowed: "the powerful militia"), with
    no word that names whose or which it is and no "new" that may make it another one."""
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if any(c.dep_ in NAMING_DEPS for c in kids):
        return False
    return not any(c.dep_ == "amod" and c.lower_ in NEW_WORDS for c in kids)


def _before(ctx: DocContext, char: int, window: int) -> list[Mention]:
    """The mentions ending before ``char`` within ``window`` characters, latest first."""
    i = bisect_left(ctx._starts, char)
    out = []
    for m in reversed(ctx.mentions[:i]):
        if char - m.end > window:
            break
        if m.end <= char:
            out.append(m)
    return out


def _state(tok: Token, ctx: DocContext) -> Holder | None:
    """ "The government": the state named last, as a country or one of its state bodies,
    within a few sentences (the report's state, not an international body)."""
    for m in _before(ctx, tok.idx, STATE_WINDOW):
        if getattr(m, "place", False) or m.country in (None, "IGO", "EUR"):
            continue
        official = m.type in ("ORG", "PERSON") and m.sector in STATE_SECTORS
        if m.type == "GPE" or official:  # "Lebanon", "the Lebanese army", its minister
            state = next(
                (s for s in ctx.mentions if s.type == "GPE" and s.actor_id == m.country), None
            )
            return _holder(state, tok) if state is not None else None
        if m.type in ("ORG", "GROUP") and m.actor_id:
            return None  # another body named in between: not sure whose government
    return None


def _holder(m: Mention, tok: Token) -> Holder | None:
    from sitroom.nlp.positions.actors import Holder

    h = Holder.of(m)
    return None if h is None else replace(h, start=tok.idx, end=tok.idx + len(tok.text))


# the head nouns of an office one person holds ("the British prime minister"); the quotes
# layer's office finder decides which office and whose
OFFICE_HEADS = frozenset({"president", "minister", "chancellor", "premier", "leader"})
_INDEX: list[tuple[Doc, DocIndex]] = []  # the last document's index (built on first need)


def office_holder(tok: Token, ctx: DocContext) -> Holder | None:
    """ "The British prime minister", "the erratic US president": an office described with
    its state and no name stands for the one person the knowledge base has in that office
    on the report's date; None when it has no one (the state holds it then)."""
    if tok.lower_ not in OFFICE_HEADS or ctx.doc is None:
        return None
    from sitroom.nlp.actors.kb import load_kb
    from sitroom.nlp.dates import parse_iso_date
    from sitroom.nlp.positions.actors import Holder
    from sitroom.nlp.quotes.offices import office_holder as holder_on

    doc = ctx.doc
    if not _INDEX or _INDEX[0][0] is not doc:
        from sitroom.nlp.quotes.index import DocIndex

        _INDEX[:] = [(doc, DocIndex(doc, ctx.named))]
    date = parse_iso_date(doc._.published)
    if date is None:
        return None  # no date: no knowing who held it
    actor = holder_on(load_kb(), _INDEX[0][1], tok, date)
    if actor is None:
        return None
    role = actor.role_on(date)
    sector = actor.sector or (role.sector if role is not None else None)
    country = actor.country or (role.country if role is not None else None)
    end = tok.idx + len(tok.text)
    return Holder(actor.id, actor.name, "PERSON", country, tok.idx, end, "syntax", sector)
