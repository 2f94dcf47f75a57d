"""Names of what markets price, not of actors: a crude grade or benchmark ("Brent crude",
"Urals oil"), an index or a commodity whose price a report quotes ("West Texas Intermediate
settled at $67.30"). Helpers of :mod:`sitroom.nlp.actors.nonactors`."""

from __future__ import annotations

from spacy.tokens import Span

# Commodities named after a grade, blend or benchmark: the name before one is the grade.
COMMODITY_NOUNS = frozenset({"crude", "blend", "futures", "benchmark", "index"})
# Verbs of a price's movement or level ("settled at $67", "rose to $70", "fell by $2").
PRICE_VERBS = frozenset(
    {"settle", "stand", "trade", "close", "open", "rise", "fall", "climb", "drop", "slip",
     "gain", "lose", "jump", "surge", "ease", "hover", "reach", "end", "finish", "sell"}
)  # fmt: skip
PRICE_PREPOSITIONS = frozenset({"at", "to", "by", "near", "around", "above", "below"})


def before_a_commodity(span: Span) -> bool:
    """ "Brent crude", "Urals blend", "the WTI benchmark": a name right before a commodity's
    noun in lower case names its grade."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.lower_ in COMMODITY_NOUNS


def quoted_at_a_price(span: Span) -> bool:
    """ "West Texas Intermediate settled at $67.30", "Brent rose to $70 a barrel": the
    subject of a verb of a price's movement whose level is a sum of money."""
    head = span.root
    while head.dep_ in ("compound", "conj", "appos") and head.head is not head:
        head = head.head
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in PRICE_VERBS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in PRICE_PREPOSITIONS
        and any(c.ent_type_ == "MONEY" for c in prep.subtree)
        for prep in verb.children
    )
