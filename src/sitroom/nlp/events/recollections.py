"""Verbs of remembering and citing tell speech about an act, never the act itself.

- "recall" is a diplomatic sanction only when a state calls people home ("recalled its
  ambassador", "recalled its troops", "the envoy was recalled"); recalling a thing, an event
  or a fact ("recalled the bombing", "recalled that the border had been shut") is memory:
  the act it names is coded from its own noun or verb.
- Verbs of citing, mentioning, referring, describing and recounting (``weak_verbs`` in
  event_verbs.yaml) keep only the patterns written for themselves ("described it as a
  mistake"): the patterns of their CAMEO block ("announce * sanctions") are no act of theirs.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.roles import Candidate

REMEMBER = frozenset({"recall"})
# People a state can call home: its envoys, its forces, its staff.
CALLED_HOME = frozenset(
    {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "attache", "attaché"}
    | {"emissary", "representative", "delegation", "delegate", "mission", "staff"}
    | {"personnel", "official", "troop", "soldier", "force", "contingent", "team", "citizen"}
    | {"national", "worker", "employee", "officer", "peacekeeper", "observer", "monitor"}
)
CLAUSES = frozenset({"ccomp", "xcomp"})
PEOPLE = frozenset({"PERSON", "NORP"})


def _called_home(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in CALLED_HOME or lemma.rstrip("s") in CALLED_HOME or tok.ent_type_ in PEOPLE


def remembered(c: Candidate) -> bool:
    """A recall verb telling memory: it recalls a fact ("recalled that ...") or a thing
    that is no person ("recalled the bombing"); a clause before it is no fact it recalls.
    A bare "was recalled" stays a recall."""
    if c.noun or c.tok.pos_ not in ("VERB", "AUX"):
        return False
    tok = c.tok
    if tok.lemma_.lower() not in REMEMBER:
        return False
    if any(_called_home(k) for k in tok.children if k.dep_ not in CLAUSES):
        return False  # its envoy, however parsed ("..., recalls ambassador")
    objects = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) or any(k.dep_ in CLAUSES and k.i > tok.i for k in tok.children)
