"""Verbs the dictionary codes as acts between parties that tell a motion or a state.

- a *vehicle* heading, sailing or travelling somewhere ("the ship was headed to Israel",
  "a tanker heading for the port") makes no visit and no promise: a ship is no party;
- *travelling with* one's own side ("an official travelling with the president") is
  accompanying them, no consultation between parties;
- *remaining* or *staying* in a state ("the army remains capable of ...") is no
  mobilisation; "remained on alert" (a prepositional state the dictionary codes) stays;
- *reinforcing* what is no force or position ("reinforcing its parallel administration",
  "bolstered its claim") is no mobilisation: MOBILIZE needs troops, defences or positions.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.roles import Candidate
from sitroom.nlp.events.sides import same_side

MOTION = frozenset({"head", "sail", "travel", "go", "arrive", "fly", "steam", "bind", "move"})
VEHICLES = frozenset(
    {"ship", "vessel", "tanker", "boat", "freighter", "carrier", "plane", "aircraft", "jet"}
    | {"airliner", "flight", "convoy", "truck", "lorry", "train", "ferry", "yacht", "cargo"}
)
ACCOMPANY = frozenset({"travel", "fly", "accompany"})
STAY = frozenset({"remain", "stay"})
BOLSTER = frozenset({"reinforce", "bolster", "strengthen", "shore", "beef", "fortify"})
HELD = frozenset(
    {"troop", "force", "position", "defence", "defense", "line", "presence", "garrison"}
    | {"border", "security", "front", "base", "deployment", "unit", "army", "military"}
    | {"soldier", "fortification", "perimeter", "checkpoint", "patrol", "post", "flank"}
)


def _mover(tok: Token) -> Token | None:
    subjects = [k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    if tok.dep_ in ("acl", "relcl"):
        return tok.head  # "a tanker heading for the port"
    return None


def no_act(c: Candidate) -> bool:
    """Whether a verb candidate tells a motion or a state, no act (see above)."""
    if c.noun:
        return False
    tok = c.tok
    lemma = tok.lemma_.lower()
    if lemma in MOTION and c.event in ("CONSULT", "AGREE"):
        mover = _mover(tok)
        if mover is not None and mover.lemma_.lower() in VEHICLES:
            return True
    if c.event == "CONSULT" and lemma in ACCOMPANY and c.actors and c.recipients:
        withs = any(k.dep_ == "prep" and k.lower_ == "with" for k in tok.children)
        if withs and all(same_side(a, r) for a in c.actors for r in c.recipients):
            return True
    if c.event == "MOBILIZE" and lemma in STAY:
        return any(k.dep_ in ("acomp", "attr", "oprd") for k in tok.children)
    if c.event == "MOBILIZE" and lemma in BOLSTER:
        held = [k.lemma_.lower() for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        return bool(held) and not any(h in HELD for h in held)
    return False
