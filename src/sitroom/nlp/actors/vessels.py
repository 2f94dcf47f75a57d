"""Ships named in the prose: "the vessel Eternity C", "MV Eternity C", "Eternity C, a
Liberian-flagged bulk carrier", and every other mention of a name the report gives a ship's
prefix once ("the MV Eternity C" ... "after Eternity C went down"): a thing, not an actor.
Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitroom.nlp import doc_text

VESSEL_NOUNS = frozenset(
    {"ship", "vessel", "tanker", "freighter", "carrier", "bulker", "boat", "ferry", "yacht",
     "frigate", "destroyer", "cruiser", "corvette", "submarine", "warship", "containership"}
)  # fmt: skip
VESSEL_PREFIXES = frozenset({"mv", "ms", "mt", "m/v", "m/t", "uss", "hms", "ins", "pns"})
VESSEL_WINDOW = 4  # tokens between a vessel noun and the name ("the bulk carrier, the X")
# A ship's prefix written before its name ("MV Eternity C", "the M/V Ocean Star"), in capitals
# as ship registers write it: the name is up to four capitalised words or numbers.
PREFIXED = re.compile(
    r"\b(?:MV|MS|MT|M/V|M/T|USS|HMS|INS|PNS)\.? +((?:[A-Z0-9][\w'’-]*)(?: [A-Z0-9][\w'’-]*){0,3})"
)
_SHIPS = "sitroom:ships"


def is_vessel(span: Span) -> bool:
    """ "the vessel Eternity C", "a cargo ship, the Eternity C", "MV Eternity C", "Eternity C,
    a Liberian-flagged bulk carrier"."""
    doc = span.doc
    sent = span.sent
    before = doc[max(sent.start, span.start - VESSEL_WINDOW) : span.start]
    if any(_prefix(t) for t in [*before[-1:], span[0]]):
        return True
    if any(t.lemma_.lower() in VESSEL_NOUNS for t in before) and not any(
        t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of" and not _hyphened(t) for t in before
    ):
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in VESSEL_NOUNS for c in span.root.children):
        return True
    after = doc[span.end : min(sent.end, span.end + 2 * VESSEL_WINDOW)]
    if after[:1] and after[0].text == ",":
        for tok in after[1:]:  # an apposition: ", a Liberian-flagged bulk carrier"
            if tok.lemma_.lower() in VESSEL_NOUNS:
                return True
            verb = tok.pos_ in ("VERB", "AUX", "ADP", "PRON") and not _hyphened(tok)
            if verb or tok.text == ",":
                break
    if _named_as_a_vessel(span):
        return True
    return span.text in ships_named(doc)  # the report gave it a ship's prefix elsewhere


NAMING_VERBS = frozenset({"call", "name", "dub", "rename", "christen"})


def _named_as_a_vessel(span: Span) -> bool:
    """A ship's other name given by a verb of naming hung on a vessel noun: "the vessel,
    dubbed the Skipper and formerly called the Adisa", "a tanker renamed X", "the ship,
    once known as X" (the verb's chain of heads reaches the vessel noun)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    known = i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known"
    i -= 1 if known else 0
    if i < 0 or doc[i].pos_ != "VERB" or not (known or doc[i].lemma_.lower() in NAMING_VERBS):
        return False
    tok = doc[i]
    for _ in range(4):
        if tok.lemma_.lower() in VESSEL_NOUNS:
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return tok.lemma_.lower() in VESSEL_NOUNS


def ships_named(doc: Doc) -> frozenset[str]:
    """The names the report writes after a ship's prefix, and their shorter openings
    ("MV Eternity C" names "Eternity C"), read once per Doc."""
    found = doc.user_data.get(_SHIPS)
    if found is None:
        names: set[str] = set()
        for match in PREFIXED.finditer(doc_text(doc)):
            words = match.group(1).split()
            shortest = 1 if len(words) == 1 else 2  # (not "Ocean" of "MV Ocean Star")
            names.update(" ".join(words[:n]) for n in range(shortest, len(words) + 1))
        found = doc.user_data[_SHIPS] = tuple(sorted(names))  # (user data is serialised)
    return frozenset(found)


def _prefix(tok: Token) -> bool:
    """A ship's prefix as registers write it, in capitals ("MV", "MS", "M/V"): "Ms" before a
    woman's surname ("Ms Loring said") is a word of address, "Mt" before a peak a place's."""
    return tok.lower_ in VESSEL_PREFIXES and tok.text.isupper()


def _hyphened(tok: Token) -> bool:
    """The second half of a hyphened word ("Greek-operated"): a modifier, not a verb."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-"
