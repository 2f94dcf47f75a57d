"""A person of the knowledge base named in another form of the full name: without the given
name ("Oligui Nguema" for "Brice Oligui Nguema": a double surname, usual in Spanish,
Portuguese and Central African names) or with a middle name the knowledge base leaves
out ("Brice Clotaire Oligui Nguema"). Helpers of the linker (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold


def other_forms(kb: KnowledgeBase, tokens: list[str]) -> list[str]:
    """Ids of the people whose name (or alias) of at least three words ends with the two
    or more folded ``tokens``, or whose name is ``tokens`` with middle names left out (the
    same first and last words, its words in order among them); for one token, the people of
    that surname."""
    if len(tokens) < 2:
        return kb.surname.get(tokens[0], []) if tokens else []
    out: list[str] = []
    for actor_id in kb.surname.get(tokens[-1], []):
        actor = kb.actors[actor_id]
        for name in (actor.name, *actor.aliases):
            words = fold(name).split()
            tail = len(words) > len(tokens) and words[-len(tokens) :] == tokens
            if (tail or _middle_left_out(words, tokens)) and actor_id not in out:
                out.append(actor_id)
    return out


def _middle_left_out(words: list[str], tokens: list[str]) -> bool:
    if len(words) < 2 or len(tokens) <= len(words) or words[0] != tokens[0]:
        return False
    rest = iter(tokens[1:])
    return all(w in rest for w in words[1:])  # in order: each found after the one before
