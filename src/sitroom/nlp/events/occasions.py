"""Words around an event that name its occasion or its manner, no party to it.

- an *occasion* ("at a cabinet meeting, ministers withdrew the bill", "at the summit"):
  an event noun after "at" tells when and where another act happened; it is no target;
- *fighting that breaks out* ("clashes erupted in the capital between rival groups"): the
  sides of the fighting hang on the verb it is the subject of, and the place it broke out
  in is where, not whom;
- an *adjective* the tagger takes for an organisation or a person ("Fierce clashes" at the
  start of a sentence): a party named by an adjective is a nation or a people (NORP), so
  such an adjective names no one;
- *fighting* between sides ("clashes", "fighting"): each side is both source and target,
  and no side named leaves no target (the place is where, not whom).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events.plover import Lexicon
from sitroom.nlp.events.syntax import prep_objects

# Fighting between sides: each side is both the source and the target.
RECIPROCAL = frozenset(
    {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight", "gunbattle"}
    | {"confrontation", "hostility", "hostilities", "combat"}
)
# Verbs that say fighting began or went on; their subject is the fighting itself.
ONSET = frozenset(
    {"erupt", "break", "flare", "rage", "continue", "resume", "escalate", "intensify"}
    | {"spread", "occur", "take", "start", "begin", "ensue", "persist", "rock", "hit"}
)
NAMED_ENTITIES = frozenset({"ORG", "PERSON"})
# Events a gathering noun codes ("meeting", "summit", "talks", "conference").
GATHERINGS = frozenset({"CONSULT", "AGREE"})


def occasion(obj: Token, lexicon: Lexicon) -> bool:
    """ "at a cabinet meeting", "at the summit": a gathering after "at" is when and where,
    no party ("outrage at the strike", "fired at the rally" keep theirs)."""
    if obj.head.lower_ != "at":
        return False
    code = lexicon.noun(obj)
    return code is not None and code.event in GATHERINGS


def sides_on_verb(noun: Token) -> list[Token]:
    """ "clashes erupted ... between X and Y": the sides, hung on the verb."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ONSET:
        return []
    return prep_objects(verb, {"between"})


def adjective_named(head: Token) -> bool:
    """An adjective tagged an organisation or a person ("Fierce clashes"): no party."""
    return head.dep_ == "amod" and head.tag_ == "JJ" and head.ent_type_ in NAMED_ENTITIES


def fought_in(tok: Token, event: str, recipients: list[ActorRef]) -> bool:
    """Fighting with no side named ("clashes erupted in Tripoli"): the place it broke out
    in is no target (the codebook's people of the place are the targets of one-sided
    force, not of fighting between sides)."""
    return event == "ASSAULT" and tok.lemma_.lower() in RECIPROCAL and not recipients
