"""Syntax for the event coder: where an event's arguments, clauses and modalities are.

Pure functions over spaCy tokens (parses of ``en_core_web_*``, ClearNLP labels), used by
:mod:`sitroom.nlp.events`. Written against the parser's usual attachments and its usual
mistakes ("kidnapped up to 16 advisers" hangs "to" on the particle).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from sitroom.nlp.events.actors import conjuncts
from sitroom.nlp.events.binding import (
    antecedent,
    dateline_word,
    issuer,
    object_controller,
    small_clause,
    stated_decider,
)
from sitroom.nlp.events.phrases import noun_phrase
from sitroom.nlp.events.plover import Lexicon
from sitroom.nlp.events.sides import OTHER_PARTY, aimed_by

RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "toward", "towards", "at", "upon", "into", "over", "from"}
)
SELF_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "my"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
DEONTIC_AUX = frozenset({"must", "should"})
# Nouns after a preposition that name a time, a place or a means, not a party.
NO_PARTY = frozenset(
    {
        "eve", "day", "week", "month", "year", "sideline", "margin", "occasion", "basis",
        "border", "frontier", "outskirts", "edge", "coast", "side", "ground", "condition",
        "behalf", "time", "way", "part", "term", "end", "top", "aim", "goal", "purpose",
        "view", "intention", "hope", "expectation", "objective",
        # the means a statement goes out by ("criticized him on social media")
        "media", "medium", "television", "radio", "platform", "website", "air", "camera",
    }
)  # fmt: skip

INSTRUMENTS = frozenset({"help", "support", "assistance", "backing", "aid", "approval"})

# Entity types that can be the party named before an event noun ("Israeli air raids").
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})


def pattern_context(tok: Token, depth: int = 3) -> list[Token]:
    """Words after a verb in its own clause, near the top of its phrases: the objects and
    prepositional phrases a CAMEO pattern speaks of, not words deep inside them."""
    out: list[Token] = []
    frontier = [
        c
        for c in tok.children
        if (c.i > tok.i and c.dep_ not in ("conj", "cc", "ccomp", "advcl", "parataxis", "punct"))
        or (c.dep_ == "ccomp" and small_clause(c))  # "declared him persona non grata"
    ]
    for _ in range(depth):
        out.extend(frontier)
        frontier = [
            c
            for t in frontier
            if t.dep_ != "xcomp"  # the verb of "urge X to agree", not what it governs
            for c in t.children
            if c.dep_ not in ("relcl", "acl", "punct")
        ]
    out.sort(key=lambda t: t.i)
    return out


def clause_tokens(tok: Token) -> list[Token]:
    """The tokens of the clause an event is told in, without the clauses that report it
    or that it reports ("..., sources in Pakistan said" is not where it happened)."""
    top = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        while top.dep_ in ("dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "appos"):
            if top.head.i == top.i:
                break
            top = top.head
    out: list[Token] = []
    stack = [top]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(k for k in t.children if k.dep_ not in ("ccomp", "parataxis", "conj"))
    out.sort(key=lambda t: t.i)
    return out


def between_below(noun: Token) -> list[Token]:
    """ "between X and Y" hung on a place after the noun ("meeting at the Kremlin between")."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = prep_objects(obj, {"between"})
            if found:
                return found
    return []


def governor_of(noun: Token) -> Token:
    """The verb a noun hangs on, through a preposition ("staged ... in protest")."""
    cur = noun
    for _ in range(3):
        if cur.head.i == cur.i or (cur.pos_ in ("VERB", "AUX") and cur.i != noun.i):
            break
        cur = cur.head
    return cur


def phrase_text(head: Token) -> str:
    toks = noun_phrase(head)
    return head.doc[toks[0].i : toks[-1].i + 1].text


def verb_chain(tok: Token) -> list[Token]:
    """A verb and the verbs that carry its auxiliaries ("will be able to meet")."""
    chain = [tok]
    cur = tok
    while cur.dep_ in ("xcomp",) and cur.head.i != cur.i:
        cur = cur.head
        chain.append(cur)
    if tok.pos_ == "NOUN" and tok.head.i != tok.i:
        chain.append(tok.head)
    return chain


# Nouns of a decision whose "to" infinitive the decider carries out ("a decision to impose").
INTENT_NOUNS = frozenset({"decision", "step", "move"})  # a plan or a bid may not be carried out
# Nouns whose owner is the doer of the infinitive on them ("Iran's decision to enrich",
# "Russia's bid to annex", "the army's refusal to withdraw"): not directives, whose owner
# asks another ("the court's order to release").
OWNED_INTENT_NOUNS = INTENT_NOUNS | frozenset(
    {"plan", "bid", "attempt", "effort", "refusal", "threat", "pledge", "promise", "offer"}
    | {"readiness", "willingness", "intention", "determination", "vow", "commitment"}
)
# Nouns of a promise, whose "from" phrase is the one who promised ("a commitment from X to").
PROMISE_NOUNS = frozenset({"commitment", "pledge", "promise", "vow", "offer", "undertaking"})
# Verbs whose subject holds the intent noun they carry ("X announced plans to summon Y",
# "expressed readiness to meet"), not ones that judge another's ("rejected a plan to").
HOLD_INTENT = frozenset(
    {"announce", "unveil", "outline", "reveal", "confirm", "declare", "make", "have", "take"}
    | {"express", "voice", "signal", "reiterate", "renew", "reserve", "retain"}
)


def on_line(subject: Token, verb: Token) -> Token:
    """The subject on the verb's own line: a heading glued before the first sentence
    ("Envoy Summoned\n\nMoscow summoned ...") gets the subject as its apposition; the
    words of the heading are not the subject."""
    doc = subject.doc
    if subject.i >= verb.i or "\n" not in doc[subject.i : verb.i].text:
        return subject
    line = [t for t in subject.subtree if t.i < verb.i and "\n" not in doc[t.i : verb.i].text]
    tops = [t for t in line if t.head not in line and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return tops[-1] if len(tops) == 1 else subject


def subjects_of(verb: Token) -> list[Token]:
    subj = [
        c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl") and not dateline_word(c)
    ]
    subj = [on_line(antecedent(s), verb) for s in subj if s.dep_ != "expl"]
    subj = [i for s in subj for i in issuer(s, subjects_of) or [s]]  # "a statement that urged"
    if subj:
        return subj
    if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "acomp") and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep":  # "in regaining" -> the verb the phrase hangs on
            controller = object_controller(verb)
            if controller:
                return controller  # "accused Chile of shelling": Chile shells
            head = head.head
        if verb.dep_ == "acl" and verb.tag_ == "VB" and head.lemma_.lower() in OWNED_INTENT_NOUNS:
            # "the US decision to impose", "Russia's bid to annex": the owner decided
            owners = [k for k in head.children if k.dep_ == "poss"]
            by = ("by", "from") if head.lemma_.lower() in PROMISE_NOUNS else ("by",)
            owners += [o for k in head.children if k.lower_ in by for o in k.children]
            held = head.head if head.dep_ == "conj" else head  # "its dissolution and pledge"
            held_by = held.head if held.dep_ == "dobj" else None
            if held_by is not None and held_by.lemma_.lower() not in HOLD_INTENT:
                held_by = None
            if held_by is not None and all(o.pos_ == "PRON" for o in owners):
                return subjects_of(held_by)  # "announced plans/its pledge to": the announcer
            if owners:
                return [o for o in owners if o.dep_ in ("poss", "pobj")]
        if verb.dep_ == "acl" and verb.tag_ == "VB" and head.lemma_.lower() in INTENT_NOUNS:
            # "made a decision to impose", "took steps to expel": who decided
            return subjects_of(head.head) if head.dep_ == "dobj" else stated_decider(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "gunmen attacking the convoy": the noun does it; "ships seized by X" undergo it
            return (issuer(head, subjects_of) or [head]) if verb.tag_ == "VBG" else []
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            objects = [
                c
                for c in head.children
                if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME", "QUANTITY")
            ]  # "spent two hours negotiating": the hours do not negotiate
            if verb.dep_ == "xcomp" and objects:
                return objects  # "urged Iraq to cooperate": Iraq cooperates
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "xcomp" and raised:
                return raised  # "Hamas is expected to release", "Iraq was urged to cooperate"
            shared = subjects_of(head)
            if verb.dep_ == "conj" and not shared and raised:
                return raised  # "troops were sent to X but ended up clashing": the troops
            return shared
    return []


def passive_subject(verb: Token) -> list[Token]:
    return [antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"]


def clause_subjects(noun: Token) -> list[Token]:
    """The subjects of the verb whose object or phrase ``noun`` is ("declared their
    withdrawal", "met for their first talks"); none for a subject noun."""
    if noun.dep_ not in ("dobj", "pobj", "attr"):
        return []
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [s for s in subjects_of(verb) if s.pos_ != "PRON"]


def verb_arguments(
    verb: Token, lexicon: Lexicon | None = None
) -> tuple[list[Token], list[Token], list[Token]]:
    """(subjects, passive agents, objects and recipient phrases) of a verb. Objects that
    are the subject's own ("withdrew its troops") are no recipients; the phrases of an
    object are, unless the object is an event ("condemned Russia's attack on X": the
    recipient is Russia, whose attack it is)."""
    subjects = subjects_of(verb)
    passive = passive_subject(verb)
    if (
        not passive
        and verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")  # a bare acl past is a participle
        and verb.head.i != verb.i
        and not any(k.dep_ == "conj" for k in verb.children)  # "donated and delivered"
    ):
        passive = [verb.head]  # "two ships seized by Peru": the ships undergo it
    agents = [
        gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"
    ]
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd") and c.pos_ != "ADP"
    ]  # a "dative" preposition ("send arms to X") is read with the other prepositions
    objects += [  # "declared him persona non grata": the small clause's subject undergoes it
        s
        for c in verb.children
        if c.dep_ == "ccomp" and small_clause(c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    if passive:
        objects = passive + objects
    if passive and not agents:  # "decried as piracy by Caracas": the parser hangs "by" low
        agents = [
            gc
            for o in prep_objects(verb, {"as"})
            for b in o.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for gc in b.children
            if gc.dep_ == "pobj"
        ]
    objects += prep_objects(verb, RECIPIENT_PREPS)
    if verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        objects += prep_objects(verb, {"between"})  # "fighting between X and Y broke out"
    for direct in [c for c in verb.children if c.dep_ == "dobj"]:
        for obj in conjuncts(direct):
            if lexicon is not None and lexicon.noun(obj) is not None and has_party(obj):
                continue  # "condemned Russia's attack on X": Russia, not X
            words = set(aimed_by(obj.lemma_.lower()))
            if lexicon is not None and any(
                (code := lexicon.noun(t)) is not None and code.event == "AID" for t in obj.subtree
            ):
                words.add("for")  # "70 million dollars of aid for Romania"
            objects += prep_objects(obj, words)
    for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if not objects:
            objects += [k for k in comp.children if k.dep_ in ("nsubj", "nsubjpass")]
    objects = [o for o in objects if not self_possessed(o)]
    return subjects, agents, objects


def has_party(noun: Token) -> bool:
    """An event noun that names who does it ("Russia's attack", "a U.S. request")."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in PARTY_ENTITIES)
        for c in noun.children
    )


def self_possessed(tok: Token) -> bool:
    """ "its troops", "their borders": the actor's own, not a party to the event; "his
    counterpart", "its rivals" name the other party."""
    if tok.lemma_.lower() in OTHER_PARTY:
        return False
    return any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVE for c in tok.children)


def agents_of(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb."""
    return [
        gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"
    ]


def prep_objects(tok: Token, words: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the prepositions ``words`` on ``tok`` (or on its particle: "kidnapped up
    to 16 advisers"), without the ones that name no party ("on the eve", "with X's help")."""
    out = []
    holders = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    for c in (k for h in holders for k in h.children):
        if c.dep_ not in ("prep", "dative") or c.lower_ not in words:
            continue
        for gc in c.children:
            if gc.dep_ == "pobj":
                objects = [gc]
            elif gc.dep_ == "pcomp":  # "with regard to X"
                objects = [g for g in gc.children if g.dep_ == "pobj"]
            else:
                continue
            for obj in objects:
                lemma = obj.lemma_.lower()
                if lemma in NO_PARTY or (c.lower_ == "with" and lemma in INSTRUMENTS):
                    continue
                out.append(obj)
    return out


def embedding_level(
    tok: Token, events: Collection[int], lexicon: Lexicon, carriers: Collection[int] = ()
) -> int:
    """How deeply an event is embedded: content verbs above it, not reporting verbs
    (unless they carry an event noun: "declared a state of siege, suspending ...")."""
    level = 0
    cur = tok
    first = True
    while cur.head.i != cur.i:
        parent = cur.head
        lemma = parent.lemma_.lower()
        if cur.dep_ in ("acl", "relcl") and cur.pos_ == "VERB":
            level += 1  # "a letter handed over to ...": background to the sentence
        if parent.pos_ in ("VERB", "AUX") or parent.i in events:
            transparent = (
                lemma in lexicon.report_verbs
                and parent.i not in events
                and parent.i not in carriers
            )
            light = first and tok.pos_ in ("NOUN", "PROPN") and parent.i not in events
            if not transparent and not light and lemma != "be":
                level += 1
        cur = parent
        first = False
    return level
