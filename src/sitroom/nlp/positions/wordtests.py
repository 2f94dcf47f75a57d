"""Tests of one word and the words around it that the stance reader applies on its way up
from an issue's words to the holder: a verb it knows, litotes ("would not hesitate to"),
a contrasted phrase (", not on X"), a verb sharing its partner's auxiliary, a purpose
infinitive that ends its object ("to stop X"), a copula above an attitude adjective
("is not opposed to"), "off the table", "at risk", a topic's object; the reason or target
of someone else's act ("tariffs over X", "a penalty for X"), a concession ("despite X"), a
threatened act, an accusation, a measure brought in, a wording called too weak.
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


def own_condition(conj: Token) -> bool:
    """Whether a conjoined clause is itself a condition ("will agree, but only if X
    withdraws"), not a clause that has a condition of its own ("we support X, and if you
    choose, we welcome you"): the condition's first word hangs from the conjunct itself."""
    lead = next(
        (t for t in conj.subtree if t.is_alpha and t.lower_ not in ("but", "and", "only", "even")),
        None,
    )
    return lead is not None and lead.head.i == conj.i


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
        # "Don't ratify it, cancel it": a second command after a comma is not negated
        and not (verb.doc[verb.i - 1].is_punct and imperative(verb.head))
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


COMMIT_AUX = frozenset({"will", "wo", "would", "can", "ca", "could", "shall", "must"})


def refuses(verb: Token) -> bool:
    """ "will not sign", "cannot accept", "won't approve": a verb negated under a modal of
    will or ability, a refusal said of the future (not "did not sign", a past fact)."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in COMMIT_AUX for c in kids
    )


def lacks(obj: Token | None) -> bool:
    """ "any deal lacking safeguards", "a deal without safeguards": an object defined by
    what it misses (refused, it names the condition of support)."""
    return (
        obj is not None
        and obj.dep_ == "dobj"
        and any(
            (c.dep_ == "acl" and c.lemma_.lower() == "lack")
            or (c.dep_ == "prep" and c.lower_ == "without")
            for c in obj.children
        )
    )


def room_for(noun: Token) -> bool:
    """ "room for talks", "no place for threats": the noun allows what its "for" names."""
    return noun.lemma_.lower() in ("room", "place") and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in noun.children
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


# Nouns that name someone's announced act, not a judgement of it, before "of": "the threat
# of higher tariffs" is the tariffs as threatened ("rejected the threat of tariffs").
PROSPECT_NOUNS = frozenset({"threat", "threats"})
# Verbs whose "of" complement is the wrong they say someone did: "accused X of buying Y".
ACCUSE_VERBS = frozenset({"accuse", "blame", "suspect"})


def prospect_of(tok: Token, below: Token | None) -> bool:
    """ "the threat of tariffs": the noun names the act as announced."""
    return tok.lower_ in PROSPECT_NOUNS and below is not None and below.lower_ == "of"


def accuses_of(tok: Token, below: Token | None) -> int:
    """-1 when an active accusing verb takes the content as the wrong ("accused New Delhi of
    buying oil": against the buying); 0 when the accusation is passive ("was accused of
    buying oil": the accused's own act, no stance of the subject's); 1 otherwise."""
    if tok.lemma_.lower() not in ACCUSE_VERBS or below is None:
        return 1
    if below.lower_ not in ("of", "for"):
        return 1
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return 0
    return -1


def reason_of_other(step: Step, content: frozenset[int]) -> bool:
    """A reason adjunct ("over its purchase of oil") hanging from a word that is neither
    content nor an attitude: the reason of someone's act ("the tariffs over its purchase
    of oil"). A judgement higher up judges that act, not its reason: "criticised the
    tariffs over its purchase of oil" is no stance on the purchase."""
    tok = step.tok
    if tok.i in content or tok.dep_ != "prep" or tok.lower_ not in REASON_PREPS:
        return False
    head = tok.head
    if head.i in content or head.pos_ not in ("NOUN", "VERB"):
        return False
    if tok.lower_ in ("for", "on"):  # "a penalty for buying oil", "tariffs on its oil";
        # not "a plan for X", "push for X", "talks on X"
        return head.lemma_.lower() in PENALTY_WORDS or head.lower_ in PENALTY_WORDS
    if head.lower_ in PROSPECT_NOUNS:
        return True  # "the threat of tariffs over X": the threatening side's reason
    lemma = head.lemma_.lower()
    return lemma not in ATTITUDE_WORDS and verb_phrase(head) not in ATTITUDE_WORDS


REASON_PREPS = frozenset({"over", "for", "on"})
# Acts done to someone for what they did or on what they sell: "a penalty for buying oil",
# "jailed for his posts", "tariffs on its steel".
PENALTY_WORDS = frozenset(
    {"penalty", "penalties", "penalise", "penalize", "punish", "punishment", "sanction"}
    | {"sanctions", "tariff", "tariffs", "duty", "duties", "fine", "jail", "arrest", "expel"}
    | {"impose", "levy", "slap"}  # "imposing tariffs on its oil": the oil is the target
)
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})


def concession(step: Step, content: frozenset[int]) -> bool:
    """ "is not facing tariffs despite being the largest importer of oil": the clause's
    negation and attitudes do not reach what it concedes."""
    tok = step.tok
    return tok.i not in content and tok.dep_ == "prep" and tok.lower_ in CONCESSIVE_PREPS


ATTITUDE_WORDS = (
    lx.SUPPORT_VERBS
    | lx.OPPOSE_VERBS
    | lx.EMOTIVE_VERBS
    | lx.REACT_VERBS
    | lx.DEEM_VERBS
    | lx.SUPPORT_NOUNS
    | lx.OPPOSE_NOUNS
    | lx.EMOTIVE_NOUNS
    | lx.EVAL_NEG_NOUNS
    | lx.EVAL_POS_NOUNS
    | lx.TOPIC_NOUNS
    | lx.TOPIC_VERBS
    | lx.CONDEMN_VERBS
)


# Verbs that bring a measure into force: their subject's act is its stance ("the White
# House imposed new tariffs"); announcing one counts when it is news ("announced a 25%
# tariff", "announced new sanctions"), not a known thing ("announced the results").
ENACT_VERBS = frozenset({"impose", "slap", "levy", "introduce", "enact", "reimpose"})
NEWS_VERBS = frozenset({"announce", "unveil"})


def enacts(rt: Route, stop: int | None) -> bool:
    """Whether the content is a measure its holder (the verb's subject) brings in."""
    if stop != 1 or len(rt.steps) < 2:
        return False
    top, verb = rt.steps[0].tok, rt.steps[1].tok
    if top.dep_ != "dobj" or top.pos_ != "NOUN" or rt.steps[1].role != "comp":
        return False
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma in ENACT_VERBS:
        return True
    if lemma not in NEWS_VERBS:
        return False
    return not any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in top.children)


# Adjectives that call a wording too little of what it names: "objected to the weak
# fossil-fuel language" wants more of it.
SHORTFALL_ADJ = frozenset(
    {"weak", "weaker", "watered-down", "diluted", "timid", "unambitious", "insufficient"}
)


def shortfall(noun: Token) -> bool:
    """ "the weak language on X", "a watered-down text": the noun holds too little of X."""
    return any(c.dep_ == "amod" and c.lower_ in SHORTFALL_ADJ for c in noun.children)


EXCHANGE = frozenset({"in return for", "in exchange for"})


def past_exchange(verb: Token, child: Token) -> bool:
    """ "Mauritius was forced to give the islands away in return for independence": what was
    traded in an act done is no condition of a stance (unlike "would give ... in return for")."""
    if child.dep_ != "prep" or " ".join(subtree_text(child).lower().split()[:3]) not in EXCHANGE:
        return False
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in lx.FUTURE_AUX | lx.ABILITY_AUX | lx.HEDGE_AUX for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a in ("was", "were", "had") for a in auxes)


def without_word(tok: Token) -> bool:
    """ "without X", and "absent X" in the same sense (the parser may take it for a verb
    with an object); not the adjective ("the minister was absent")."""
    if tok.lower_ == "without":
        return tok.pos_ == "ADP" or tok.dep_ == "prep"
    return tok.lower_ == "absent" and any(c.dep_ in ("pobj", "dobj") for c in tok.children)


IMPERATIVE_LEAD = frozenset({"do", "don't", "n't", "n’t", "not", "never", "please", "just"})


def imperative(verb: Token) -> bool:
    """ "Don't ratify that deal", "scrap the treaty", "..., cancel it and let them return":
    a bare verb heading its sentence or a quote (or conjoined to one that does) with no
    subject and nothing before it but "do not", "please" or punctuation."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VB":
        verb = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "xcomp", "parataxis"):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") or (c.dep_ == "aux" and c.lower_ == "to")
        for c in verb.children
    ):
        return False
    # a quoted command ("she said: 'Scrap it'") starts right after the quote mark
    start = verb.sent.start if verb.dep_ == "ROOT" else verb.left_edge.i
    if start > verb.sent.start and not verb.doc[start - 1].is_punct:
        return False
    lead = verb.doc[start : verb.i]
    return all(t.is_punct or t.lower_ in IMPERATIVE_LEAD for t in lead)


def inherited_duty(verb: Token) -> str | None:
    """The duty a verb states without a modal of its own: an imperative's ("don't ratify
    it"), or the deontic modal a conjoined verb shares with its partner ("must follow the
    law and be agreed by all"); none when it has a subject or a modal of its own."""
    if verb.tag_ == "VB" and imperative(verb):
        return "imperative"
    if verb.dep_ != "conj" or verb.pos_ not in VERB_POS or verb.head.pos_ not in VERB_POS:
        return None
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")]
    if any(c.lemma_.lower() != "be" or c.dep_.startswith("nsubj") for c in own):
        return None
    return next(
        (
            c.lower_
            for c in verb.head.children
            if c.dep_ in ("aux", "auxpass") and c.lower_ in lx.DEONTIC_AUX
        ),
        None,
    )
