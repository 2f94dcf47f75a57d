"""A verb phrase left out after an auxiliary ("as he had promised voters he would", "as
she said she did"): the content names nothing the speaker stated, only that the writer's
own clause was foreseen; no clause for a quote."""

from __future__ import annotations

from spacy.tokens import Token

# the auxiliaries a verb phrase can be elided after ("he would", "she did", "they have")
STRANDING = frozenset({"do", "have", "be"})
# what an auxiliary that stands alone can still carry: its subject, a negation, an adverb
CLOSING = frozenset({"too", "so", "also", "either", "again"})
BARE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "neg", "advmod", "punct", "mark", "cc"})


def stranded(tok: Token) -> bool:
    """An auxiliary or modal with no verb, object or complement of its own: the verb
    phrase after it is elided ("he would", "she did not")."""
    if tok.tag_ != "MD" and tok.lemma_.lower() not in STRANDING:
        return False
    if tok.dep_ in ("aux", "auxpass"):
        return False  # the auxiliary of a verb that is there ("he would go")
    # what follows it can only close the elided phrase ("she did too"), not be a predicate
    # ("the talks were over", "he is back")
    return all(
        c.dep_ in BARE_DEPS and (c.i < tok.i or c.dep_ in ("neg", "punct") or c.lower_ in CLOSING)
        for c in tok.children
    )
