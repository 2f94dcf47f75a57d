"""Verbs the dictionary codes as acts between parties whose object tells another sense.

- *claiming* a result ("claimed 54% of the vote", "claimed victory", "claimed a majority
  of seats") reports a win, no accusation (ACCUSE's claims are made against someone) and
  no cooperation, whatever the dictionary codes;
- *countering* an act or a campaign ("countered a disinformation campaign") is defending
  against it, no accusation ("countered that ...", "countered the claims" stay rebuttals,
  see ``rebuttals``);
- *coming to power* ("the council that came to power in 2021 with the GNU") is taking
  office, no meeting with whoever is named after "with";
- *inflicting* losses, casualties or damage ("inflicted heavy losses on the rebels") is
  harm done by force (ASSAULT), not the coercion the dictionary gives "inflict"; the
  harm inflicted or caused is no party: the target is whom it is inflicted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitroom.nlp.events.roles import Candidate

RESULTS = frozenset(
    {"vote", "ballot", "victory", "win", "majority", "seat", "share", "percent", "%", "lead"}
    | {"title", "landslide", "plurality", "mandate", "election", "poll", "presidency"}
)
HARMS = frozenset(
    {"loss", "casualty", "damage", "death", "injury", "blow", "defeat", "toll", "harm"}
    | {"destruction", "suffering", "wound", "setback"}
)
STATEMENTS = frozenset(
    {"claim", "accusation", "allegation", "charge", "criticism", "assertion", "argument"}
    | {"statement", "remark", "comment", "suggestion", "report", "narrative", "view"}
)
INFLICT = frozenset({"inflict", "cause", "deal", "wreak"})


def _objects(tok: Token) -> list[Token]:
    """The verb's direct objects, and what an "of" after each names ("54% of the vote")."""
    objects = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
    if not objects and tok.dep_ in ("relcl", "acl"):
        objects = [tok.head]  # "the losses it inflicted"
    named = [
        o
        for k in objects
        for p in k.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return objects + named


def result_claimed(c: Candidate) -> bool:
    """ "claimed victory", "claimed 54% of the vote": a result won, no accusation."""
    if c.noun or c.tok.lemma_.lower() != "claim":
        return False
    return any(o.lemma_.lower() in RESULTS for o in _objects(c.tok))


def act_countered(c: Candidate) -> bool:
    """ "countered a disinformation campaign": defending against it; "countered that ..."
    and "countered these claims" (a statement answered) stay rebuttals."""
    tok = c.tok
    if c.noun or c.event != "ACCUSE" or tok.lemma_.lower() != "counter":
        return False
    objects = [k for k in tok.children if k.dep_ == "dobj"]
    return bool(objects) and not any(o.lemma_.lower() in STATEMENTS for o in objects)


def came_to_power(c: Candidate) -> bool:
    """ "came to power with X", "rose to power": taking office, no meeting."""
    tok = c.tok
    if c.noun or tok.lemma_.lower() not in ("come", "rise", "return", "sweep"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "power" for o in p.children)
        for p in tok.children
    )


def harm_inflicted(c: Candidate) -> None:
    """ "inflicted heavy losses on the rebels": harm by force (ASSAULT)."""
    if c.noun or c.event != "COERCE" or c.tok.lemma_.lower() != "inflict":
        return
    if any(o.lemma_.lower() in HARMS for o in _objects(c.tok)):
        c.event, c.mode = "ASSAULT", None


def harm_object(obj: Token) -> bool:
    """ "inflicted heavy losses (on X)", "caused casualties": the harm, no party."""
    verb = obj.head
    return obj.dep_ == "dobj" and verb.lemma_.lower() in INFLICT and obj.lemma_.lower() in HARMS


def dropped(c: Candidate) -> bool:
    """A candidate whose object shows it is no act between parties."""
    return result_claimed(c) or act_countered(c) or came_to_power(c)
