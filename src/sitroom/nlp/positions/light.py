"""An attitude noun a light verb carries, whose complement the parser hung on the verb:
"voiced its opposition to X" is often parsed with "to X" on "voiced", beside "opposition",
not under it. The noun's attitude is then still the one the verb's subject takes on X
("voiced opposition to X" = opposes X; "lent its support to X" = supports X)."""

from __future__ import annotations

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.route import Route

#: the prepositions an attitude noun takes its object with
NOUN_PREPS = frozenset({"to", "for", "against", "of", "over", "toward", "towards"})


def light_noun_sign(rt: Route) -> tuple[int, str] | None:
    """(+1 / -1, cue) when the content hangs, by a preposition of an attitude noun, on a
    light verb whose object is that noun; None otherwise."""
    for step in rt.steps[1:]:
        verb, below = step.tok, step.below
        if verb.pos_ != "VERB":
            continue
        if (
            below is None
            or below.dep_ not in ("prep", "dative")
            or below.lower_ not in NOUN_PREPS
            or verb.lemma_.lower() not in lx.LIGHT_VERBS
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            return None
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if noun is None:
            return None
        word = noun.lower_
        if word in lx.SUPPORT_NOUNS:
            return 1, f"{verb.lemma_.lower()} {word} {below.lower_}"
        if word in lx.OPPOSE_NOUNS:
            return -1, f"{verb.lemma_.lower()} {word} {below.lower_}"
        return None
    return None
