"""Verbs the dictionary codes as acts between parties that tell a motion or a state.

- a *vehicle* heading, sailing or travelling somewhere ("the ship was headed to Israel",
  "a tanker heading for the port") makes no visit and no promise: a ship is no party;
- *travelling with* one's own side ("an official travelling with the president") is
  accompanying them, no consultation between parties;
- *remaining* or *staying* in a state ("the army remains capable of ...") is no
  mobilisation; "remained on alert" (a prepositional state the dictionary codes) stays;
- *reinforcing* what is no force or position ("reinforcing its parallel administration",
  "bolstered its claim") is no mobilisation: MOBILIZE needs troops, defences or positions;
- *travelling back* ("flying back to Washington from the summit", "returning home", "on his
  way back") is no visit: a visit needs a host, and the traveller's own side is none; nor is
  a *return to one's own side* ("returning to Washington" said of an American);
- *receiving a thing* ("received a gift from Sarajevo", "received the award") is no visit:
  a host receives a guest, and the guest is the one who acts.
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
TRAVEL = MOTION | {"return", "come", "head", "journey"}
HOME = frozenset({"home", "homeward"})
GUESTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
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
    if c.event == "CONSULT" and lemma in TRAVEL and _travel_back(c):
        return True
    if c.event == "CONSULT" and lemma == "receive" and _thing_received(tok):
        return True
    if c.event == "MOBILIZE" and lemma in STAY:
        return any(k.dep_ in ("acomp", "attr", "oprd") for k in tok.children)
    if c.event == "MOBILIZE" and lemma in BOLSTER:
        held = [k.lemma_.lower() for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        return bool(held) and not any(h in HELD for h in held)
    return False


def _travel_back(c: Candidate) -> bool:
    """ "flying back from the summit", "returned home", "returning to Washington" (an
    American): the traveller heads to its own side, or back from where it met others."""
    tok = c.tok
    if any(k.dep_ == "dobj" for k in tok.children):
        return False  # "will return the weapons seized from": giving back, no journey
    words = {k.lower_ for k in tok.children if k.dep_ in ("advmod", "prt", "npadvmod")}
    if words & HOME:
        return True
    places = [
        p
        for k in tok.children
        if k.dep_ == "prep" and k.lower_ == "to"
        for p in k.children
        if p.dep_ == "pobj"
    ]
    hosts = [r for r in c.recipients if any(p.text in r.text for p in places)]
    if hosts and c.actors and all(same_side(a, h) for a in c.actors for h in hosts):
        return True
    # "flying back to Washington from the summit", "returning from talks in Quebec": the
    # place left is where the meeting was; the journey itself meets no one
    away = any(k.dep_ == "prep" and k.lower_ == "from" for k in tok.children)
    return away and ("back" in words or tok.lemma_.lower() == "return") and not hosts


def _thing_received(tok: Token) -> bool:
    """ "received a gift": the object received is a thing, no guest (no name, no pronoun, no
    person's title)."""
    objects = [k for k in tok.children if k.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    if obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in GUESTS:
        return False
    return obj.lemma_.lower() in THINGS


# What is received when no one visits: objects, honours, messages and payments
THINGS = frozenset(
    {"gift", "present", "award", "prize", "medal", "honour", "honor", "donation", "payment"}
    | {"letter", "message", "invitation", "note", "report", "document", "package", "parcel"}
    | {"shipment", "delivery", "dose", "vaccine", "loan", "grant", "fund", "money", "sum"}
)
