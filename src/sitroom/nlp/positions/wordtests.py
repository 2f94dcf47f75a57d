"""Tests of one word and the words around it that the stance reader applies on its way up
from an issue's words to the holder: a verb it knows, litotes ("would not hesitate to"),
a contrasted phrase (", not on X"), a verb sharing its partner's auxiliary, a purpose
infinitive that ends its object ("to stop X"), a copula above an attitude adjective
("is not opposed to"), "off the table", "at risk", a topic's object.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.frame import CARRYING_VERBS
from sitroom.nlp.positions.reading import Reading
from sitroom.nlp.positions.route import (
    SUBJECT_DEPS,
    VERB_POS,
    Route,
    Step,
    pobj_lemma,
    subtree_text,
    verb_phrase,
)

# Opposing verbs that, with an infinitive, strive for it: "fight to keep", "battle to stop".
STRIVE_VERBS = frozenset({"fight", "battle", "struggle"})


def infinitive(verb: Token | None) -> bool:
    return (
        verb is not None
        and verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def purpose_diminish(verb: Token) -> bool:
    """A bare infinitive of purpose that ends or lessens its object, under an act that is
    not denied: "(took to the streets) to stop X", "(lobbied hard) to halt X"; not "to stop
    X from collapsing" (which keeps X)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lx.DIMINISH_VERBS and verb_phrase(verb) not in lx.DIMINISH_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.head.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def copula_above(rt: Route, last: int) -> Token | None:
    """The copula an attitude adjective or participle at the top of the reading hangs from
    ("is not opposed to", "remains opposed to"), when the reading stops below it: the two
    are one predicate, so its negation and modality count."""
    tok = rt.steps[last].tok
    head = tok.head
    if tok.dep_ != "acomp" or head.i == tok.i or head.lemma_.lower() not in lx.COPULAS:
        return None
    if any(step.tok.i == head.i for step in rt.steps[: last + 1]):
        return None
    return head


def attitude_verb(tok: Token) -> bool:
    if tok.pos_ not in VERB_POS:
        return False
    lemma = tok.lemma_.lower()
    return bool({lemma, verb_phrase(tok)} & (lx.SUPPORT_VERBS | lx.OPPOSE_VERBS))


HYPOTHETICAL_AUX = frozenset({"would", "could", "might"})


KNOWN_VERBS = (
    lx.SUPPORT_VERBS
    | lx.OPPOSE_VERBS
    | lx.DIMINISH_VERBS
    | lx.AUGMENT_VERBS
    | lx.REALIZE_VERBS
    | lx.EMOTIVE_VERBS
    | lx.DENY_VERBS
    | lx.TOPIC_VERBS
    | lx.PREDICT_VERBS
    | lx.DEEM_VERBS
    | lx.LIGHT_VERBS
    | lx.NEED_VERBS
    | lx.EVAL_NEG_VERBS
    | lx.EVAL_POS_VERBS
    | lx.COPULAS
    | lx.INTENT_VERBS
    | lx.REACT_VERBS
)


def names_wrong(obj: Token | None, r: Reading) -> bool:
    """A wrong ("irregularities", "brutality") the issue's own wording accuses someone of."""
    return (
        obj is not None
        and obj.lemma_.lower() in lx.WRONG_NOUNS
        and (obj.lower_ in r.named or obj.lemma_.lower() in r.named)
    )


def litotes(verb: Token) -> bool:
    """A negated verb that affirms what it governs: "it won't take long to settle the
    score", "would not hesitate to respond"."""
    lemma = verb.lemma_.lower()
    if lemma == "hesitate":
        return True
    return lemma == "take" and any(c.lower_ == "long" for c in verb.children)


# Adjectives that say "without" what their "of" phrase names.
WITHOUT_ADJ = frozenset({"devoid", "bereft", "stripped"})


# Nouns of a procedure whose object is the content: "the adoption of the treaty".
PROCESS_NOUNS = frozenset(
    {"adoption", "approval", "passage", "ratification", "signing", "conclusion"}
)


def known_verb(verb: Token) -> bool:
    lemma, phrase = verb.lemma_.lower(), verb_phrase(verb)
    return bool({lemma, phrase} & KNOWN_VERBS)


def unknown_act_on_process(steps: list[Step], content: frozenset[int]) -> bool:
    """ "countries had bloked the adoption of an ambitious treaty": a procedure on the
    content ("the adoption of") that a verb the reader does not know acts on, with a subject
    of its own: the stance turns on that verb (block it or secure it), so there is none."""
    for low, high in pairwise(steps):
        noun, verb = low.tok, high.tok
        if noun.i in content or noun.lemma_.lower() not in PROCESS_NOUNS:
            continue
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or known_verb(verb):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return True
    return False


def carried_judgement(verb: Token) -> str | None:
    """The judging noun a verb of carrying takes ("carries the risk", "poses a threat")."""
    if verb.lemma_.lower() not in CARRYING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in lx.EVAL_NEG_NOUNS:
            return c.lemma_.lower()
    return None


def contrasted(tok: Token) -> bool:
    """ "should focus on recycling, not on limiting production": the phrase after a comma
    and "not" is the one denied, wherever the parser hung the "not" (often on the first
    phrase's preposition)."""
    first = tok.left_edge.i
    if first < 2 or tok.dep_ not in ("prep", "pobj", "dobj", "conj", "pcomp", "appos"):
        return False
    neg = tok.doc[first - 1]
    return (
        contrastive(neg)
        and not first <= neg.head.i <= tok.right_edge.i  # not this phrase's own "not"
        and neg.sent == tok.sent
    )


def contrastive(neg: Token) -> bool:
    """A "not" after a comma that opens a contrasted phrase (", not on limiting X")."""
    doc = neg.doc
    return (
        neg.lower_ == "not"
        and neg.i >= 1
        and neg.i + 1 < len(doc)
        and doc[neg.i - 1].text in (",", "—", "–", ";")
        and not doc[neg.i + 1].is_punct
        and doc[neg.i + 1].pos_ not in ("VERB", "AUX")
    )


def shares_aux(verb: Token) -> bool:
    """A verb conjoined to another with no auxiliary or subject of its own, in the form
    the partner's auxiliary takes: "said it would not accept X and opposed Y" has a past
    tense "opposed" that the partner's "would not" does not govern."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.pos_ in VERB_POS
        and (verb.tag_ == verb.head.tag_ or verb.tag_ == "VB")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def opposing_head(prep: Token) -> bool:
    """Whether "against" only says what an opposing word opposes ("protested against",
    "the fight against"): the word itself reverses the content, once."""
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in VERB_POS:
        return lemma in lx.OPPOSE_VERBS or verb_phrase(head) in lx.OPPOSE_VERBS
    return lemma in lx.OPPOSE_NOUNS or head.lower_ in lx.OPPOSE_NOUNS


def infinitive_predicate(verb: Token) -> Token | None:
    """The real predicate of "have to", "need to", "ought to", "be going to", "be set to"."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.NEED_VERBS and verb.lower_ not in lx.DEONTIC_AUX and lemma != "go":
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and any(g.lower_ == "to" for g in child.children):
            return child
    return None


def reports(noun: Token) -> bool:
    """A noun whose content is someone's attitude or claim ("plan", "calls", "suggestion")."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    return bool({low, lemma} & (lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS | lx.REPORT_NOUNS))


def no_circumstances(prep: Token) -> bool:
    return any(
        any(g.dep_ == "det" and g.lower_ == "no" for g in pobj.children)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def process_noun(prep: Token) -> bool:
    return any(
        pobj.lemma_.lower() in lx.WITHOUT_PROCESS or pobj.lower_ in lx.WITHOUT_PROCESS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def off_the_table(verb: Token) -> bool:
    return any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "off" and "table" in subtree_text(c)
        for c in verb.children
    )


def at_risk(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and pobj_lemma(c) == "risk" for c in verb.children
    )


def is_topic_of(verb: Token, below: Token | None) -> bool:
    if below is None:
        return False
    if below.dep_ == "dobj":
        return True
    return below.dep_ == "prep" and below.lower_ in ("about", "on", "over")
