"""Who does an event told by a noun, and to whom ("Russia's attack on X", "held talks with
X", "sanctions imposed on Mali by X", "Mali faced sanctions from X").

Moved out of :mod:`sitroom.nlp.events.syntax` (which keeps the verb's arguments and the
clause helpers these build on); the reading is unchanged.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from sitroom.nlp.events.binding import (
    BOUND_POSSESSIVES,
    NAMING_VERBS,
    naming,
    object_controller,
)
from sitroom.nlp.events.plover import Lexicon
from sitroom.nlp.events.syntax import (
    PARTY_ENTITIES,
    RECIPIENT_PREPS,
    agents_of,
    clause_subjects,
    prep_objects,
    self_possessed,
    subjects_of,
)

TOPIC_PREPS = frozenset({"on", "over", "about", "for", "of"})
NOUN_RECIPIENT_PREPS = (RECIPIENT_PREPS | {"of", "between", "for"}) - {"at"}
# Verbs that deny an event noun ("rejected accusations"): their subject is no doer of it.
DENY = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute", "deflect"})
# Verbs of citing or complaining: their subject speaks of an act ("the juntas cited sanctions
# imposed on them", "complained about the blockade"), it does not do it.
COMMENT = frozenset(
    {"cite", "complain", "criticize", "criticise", "decry", "deplore", "lament", "blame"}
    | {"denounce", "condemn", "invoke", "recall", "highlight", "mention", "note", "point"}
)
# Prepositions of the time or cause of a clause: its subject did not do the event noun
# ("died during an overnight strike", "fled after the attack").
CIRCUMSTANCE = frozenset(
    {"during", "amid", "after", "before", "since", "following", "despite", "throughout"} | {"until"}
)
# Events whose "from" phrase names who does them ("sanctions from X", "an attack from X").
SOURCED_FROM = frozenset({"SANCTION", "AID", "ASSAULT", "COERCE", "THREATEN", "SUPPORT"})
# Verbs whose object takes part in the talks they hang on ("talks involving X and Y").
INVOLVE = frozenset({"involve", "include", "bring", "gather", "join"})
# Verbs that say who did an act ("the killing of civilians carried out by X").
PERPETRATE = frozenset({"carry", "commit", "perpetrate", "conduct", "launch", "stage", "mount"})
# Verbs that put a party's name to an agreement ("signed a deal with X").
SIGN = frozenset({"sign", "ink", "initial", "countersign"})
# Verbs whose subject undergoes the event noun they carry ("faced sanctions").
UNDERGO = frozenset({"face", "suffer", "receive", "endure", "undergo", "get", "draw", "win"})
# Nouns of going away, whose "of" names who goes ("the exit of X from the bloc", "the
# withdrawal of French troops from Y"), as the subject of the intransitive verb does.
GOING = frozenset({"exit", "withdrawal", "departure", "pullout", "pullback", "drawdown"})


def _named(tok: Token) -> bool:
    """A party named by the word or by its own modifier ("Mali", "French troops", "Chad's
    forces"), not by a possessive bound elsewhere ("its troops")."""
    return tok.ent_type_ in PARTY_ENTITIES or any(
        k.dep_ in ("amod", "compound", "poss")
        and k.ent_type_ in PARTY_ENTITIES
        and k.lower_ not in BOUND_POSSESSIVES
        for k in tok.children
    )


def misplaced_agent(noun: Token) -> list[Token]:
    """ "The expulsion of X's diplomats by Y", "the arrest of a reporter by police": the
    parser hangs the agent of an event noun on the noun of its "of" phrase; a "by" phrase
    there names who did the act (a participle between them keeps its own: "the release of
    a report drafted by X")."""
    return [
        gc
        for o in prep_objects(noun, {"of"})
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for gc in p.children
        if gc.dep_ == "pobj" and gc.ent_type_ not in ("DATE", "TIME")
    ]


def comments(verb: Token) -> bool:
    """A verb whose subject denies, cites or complains of an act it governs, and so is no
    doer of it (a verb of saying may carry the sayer's own act: "reiterated support for X",
    "announced sanctions")."""
    return verb.lemma_.lower() in DENY | COMMENT


def participants(noun: Token) -> list[Token]:
    """ "Talks involving X and Y", "negotiations involving delegates from X and Y"."""
    out: list[Token] = []
    for verb in (k for k in noun.children if k.dep_ == "acl" and k.lemma_.lower() in INVOLVE):
        for obj in (k for k in verb.children if k.dep_ == "dobj"):
            origins = prep_objects(obj, {"from", "of"})
            out += origins if obj.pos_ == "NOUN" and origins else [obj]
    return out


def noun_arguments(
    noun: Token, lexicon: Lexicon | None = None, events: Collection[int] = ()
) -> tuple[list[Token], list[Token]]:
    """(actors, recipients) of an event noun: its owner ("Russia's attack"), or the subject
    of the verb that carries it ("held talks", "launched an attack"; not "condemned the
    arrest", whose subject did not arrest); its "with"/"against"/"between" phrases."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    by = [gc for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for gc in c.children]
    by = by or misplaced_agent(noun)
    if not by and owners and all(o.lower_ in BOUND_POSSESSIVES for o in owners):
        # "X and Y met for their first meeting", "X declared its withdrawal": the
        # pronoun is bound by the clause's subject (or by the object of "accused X of")
        owners = object_controller(noun) or clause_subjects(noun) or owners
    # "the city's capture by the RSF", "its seizure by Iran": the owner undergoes it
    actors = by + ([] if by else owners)
    going = noun.lemma_.lower() in GOING and not actors
    if going:  # "the exit of X from Y", "the withdrawal of French troops": X leaves
        actors = [o for o in prep_objects(noun, {"of"}) if _named(o)]
        going = bool(actors)
    actors += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in PARTY_ENTITIES
    ]
    # "a Syrian government airstrike", "Indian air and drone strikes": the nation's body
    actors += [
        c
        for c in noun.children
        if c.dep_ in ("compound", "nmod")
        and c.ent_type_ not in PARTY_ENTITIES
        and any(
            g.dep_ in ("amod", "compound") and g.ent_type_ in PARTY_ENTITIES for g in c.children
        )
    ]
    words = NOUN_RECIPIENT_PREPS
    code = lexicon.noun(noun) if lexicon is not None else None
    if code is not None and code.event in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
        words = words - TOPIC_PREPS  # "talks on trade": what they are about, no party
    # "an Israeli strike on its consulate": a doer named by an adjective is no antecedent of
    # the pronoun, which points outside the phrase (to whoever the clause is about)
    adjectival = not owners and not by and any(d.dep_ == "amod" for d in actors)
    if going:
        words = words - {"of"}
    recipients = [
        r
        for r in prep_objects(noun, words)
        if not self_possessed(r) or (adjectival and not any(k.lower_ == "own" for k in r.children))
    ]
    recipients += owners if by else []
    if code is not None and code.event in SOURCED_FROM:
        recipients = [r for r in recipients if r.head.lower_ != "from"]
    held = [noun] + [o for p in noun.children if p.lower_ == "of" for o in p.children]
    done_by: list[Token] = []
    perpetrated = False  # "carried out by X": X did it, whoever reports it
    for verb in (
        c
        for h in held
        for c in h.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and (h is noun or c.lemma_ in PERPETRATE)
    ):
        # "sanctions imposed on Mali by X", "the killing carried out by X"
        done_by = done_by or agents_of(verb)
        perpetrated = perpetrated or (bool(done_by) and verb.lemma_ in PERPETRATE)
        recipients = recipients or prep_objects(verb, {"on", "against", "to"})
    actors = actors or object_controller(noun)  # "blamed Chile for the attack"
    if not actors and code is not None and code.event in ("CONSULT", "AGREE", "COOPERATE"):
        actors = participants(noun)
    governor = noun.head
    dep = noun.dep_
    if (
        governor.lemma_.lower() in NAMING_VERBS
        and any(k.lower_ == "what" for k in governor.children)
        and governor.head.i != governor.i
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        # "launched what it called retaliatory strikes": the launcher's strikes
        governor, dep = governor.head, "dobj"
    elif naming(governor):
        # "calling them cowardly attacks", "described the raid as ...": the speaker names
        # an act, whoever did it
        return actors, recipients
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
        if naming(governor) and noun.head.lower_ == "as":
            return actors, recipients
    carrier = (
        lexicon is None
        or governor.lemma_.lower() in lexicon.light_verbs
        # "ordered the expulsion of X": a measure commanded is the commander's own act
        or (
            governor.lemma_.lower() in lexicon.command_verbs
            and (code is not None and code.event == "SANCTION")
        )
        or governor.i not in events  # a verb that is no event itself ("speeded up")
        # "signed an agreement with X": the signer agrees, whatever the signing codes
        or (governor.lemma_.lower() in SIGN and code is not None and code.event == "AGREE")
    ) and not comments(governor)  # "rejected accusations": not the accuser
    if (
        not actors
        and dep in ("dobj", "pobj", "attr", "conj")
        and not perpetrated
        and not (noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE)
        and governor.pos_ in ("VERB", "AUX")
        and carrier
    ):
        actors = subjects_of(governor)
        if governor.lemma_.lower() in UNDERGO and noun.dep_ == "dobj":
            # "Mali faced sanctions from X": Mali receives them
            sources = prep_objects(noun, {"from"}) + prep_objects(governor, {"from"})
            sources += [a for v in noun.children if v.dep_ == "acl" for a in agents_of(v)]
            recipients = actors + [r for r in recipients if r not in sources]
            return sources, recipients
        passive_agent = [
            gc
            for c in governor.children
            if c.dep_ == "agent"
            for gc in c.children
            if gc.dep_ == "pobj"
        ]
        actors = actors or passive_agent
        if not recipients:
            recipients = [c for c in governor.children if c.dep_ == "dative"] + prep_objects(
                governor, {"to", "with", "against", "on", "between"}
            )
    if governor.pos_ in ("VERB", "AUX") and noun.dep_ in ("nsubj", "nsubjpass"):
        recipients = recipients or [c for c in governor.children if c.dep_ == "dobj"]
        if noun.dep_ == "nsubjpass" and not actors:
            # "the sanctions were imposed by X on Y"
            actors = agents_of(governor)
            recipients = recipients or prep_objects(governor, {"on", "against", "to"})
    actors = actors or done_by
    if not actors and code is not None and code.event in SOURCED_FROM:
        actors = prep_objects(noun, {"from"})  # "sanctions from the bloc", "aid from Japan"
    return actors, recipients
