"""Reading a stance off the parse: from the words that name an issue up to the holder.

A catalog match is the *content*. Its polarity starts at +1 (a keyword names the claim)
or -1 (an ``opposite`` phrase names its contrary). Walking up the dependency tree from the
content to the holder's predicate, each word on the way composes with it:

- negation ("not", "never", "no deal ... can", "under no circumstances") reverses it;
- attitude words decide it ("demanded a seat": keep; "rejected the expansion": reverse);
- evaluations judge it ("a deal behind their backs would not work": -1 * -1 * +1);
- emotive words (worry, fear, "at risk of") reverse content nobody has judged yet;
- deontic modality ("must", "should", "has to", "needs to") and refusals ("will not",
  "cannot") make a plain statement an attitude; hedges ("may", "probably") lower the
  confidence; conditions ("only if", "as long as", "without careful scrutiny") make it
  conditional;
- a topic word ("discuss", "the question of") makes the content a topic only;
- a question that is not rhetorical ("why ...?") has no stance.

Loaded phrases (``against`` / ``for`` in the catalog) carry their own judgement: only
negation and denial change them. A reading without any attitude cue gives no stance: a
sentence that merely mentions an issue is not a position.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitroom.catalog import Cue
from sitroom.nlp.positions import lexicon as lx

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
COMPLEMENT_DEPS = frozenset(
    {
        "dobj",
        "iobj",
        "dative",
        "attr",
        "oprd",
        "acomp",
        "ccomp",
        "xcomp",
        "agent",
        "pobj",
        "prep",
        "pcomp",
        "acl",
        "appos",
        "compound",
        "nmod",
        "poss",
        "obj",
        "amod",
        "nummod",
        "quantmod",
        "npadvmod",
    }
)
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass(slots=True)
class Step:
    """One word on the way up: ``role`` is how the word below relates to it."""

    tok: Token
    below: Token | None
    role: str  # subj | pass_subj | comp | conj | mod | cond | adjunct | top


@dataclass(slots=True)
class Route:
    """The content's tokens and the words from it up to the sentence root."""

    content: frozenset[int]
    branches: list[list[Step]]  # from each part's root up to (not including) the top
    steps: list[Step]  # the top (where the parts meet) and up to the root

    def tokens(self) -> list[Token]:
        return [s.tok for s in self.steps]


@dataclass(slots=True)
class Reading:
    polarity: int
    loaded: bool
    evaluated: bool = False
    conditional: bool = False
    hedged: bool = False
    red_line: bool = False
    topic: bool = False
    blocked: str | None = None
    intention_subjects: list[Token] = field(default_factory=list)
    strong: int = 0
    cues: list[str] = field(default_factory=list)

    def flip(self, why: str) -> None:
        self.polarity = -self.polarity
        self.cues.append(why)

    def negate(self, why: str) -> None:
        """Negation and denial reverse any content, loaded or not."""
        self.flip(f"not:{why}")

    def attitude(self, sign: int, why: str) -> None:
        if self.loaded:
            self.cues.append(f"({why})")
            return
        if sign < 0:
            self.flip(f"oppose:{why}")
        else:
            self.cues.append(f"support:{why}")
        self.evaluated = True
        self.strong += 1

    def evaluate(self, sign: int, why: str) -> None:
        self.attitude(sign, f"eval:{why}")

    def emotive(self, why: str) -> None:
        if self.loaded or self.evaluated:
            self.cues.append(f"({why})")
            return
        self.flip(f"emotive:{why}")
        self.evaluated = True

    def diminish(self, why: str) -> None:
        if self.loaded:
            self.cues.append(f"({why})")
            return
        self.flip(f"less:{why}")

    def deontic(self, why: str) -> None:
        self.evaluated = True
        self.strong += 1
        self.cues.append(f"must:{why}")

    @property
    def stance(self) -> str | None:
        if self.blocked or not self.evaluated:
            return None
        if self.conditional:
            return "conditional"
        return "support" if self.polarity > 0 else "oppose"

    def confidence(self) -> float:
        score = 0.5 + 0.1 * min(self.strong, 2) + (0.1 if self.loaded else 0.0)
        if self.hedged:
            score -= 0.15
        if self.topic:
            score -= 0.15
        flips = sum(1 for c in self.cues if not c.startswith(("support", "must", "(")))
        score -= 0.05 * max(0, flips - 2)
        return round(min(0.95, max(0.2, score)), 3)


# -- the route -------------------------------------------------------------------------------


def role_of(below: Token, tok: Token) -> str:
    dep = below.dep_
    if dep in SUBJECT_DEPS:
        return "subj"
    if dep in PASSIVE_SUBJECT_DEPS:
        return "pass_subj"
    if dep == "conj":
        return "conj"
    if dep == "relcl":
        return "mod"
    if dep == "advcl":
        return "cond" if is_condition(below) else "adjunct"
    if dep in COMPLEMENT_DEPS:
        return "comp"
    return "adjunct"


def route(sent: Span, spans: tuple[tuple[int, int], ...]) -> Route | None:
    """The route of a match (character spans) in a parsed sentence."""
    parts = []
    for start, end in spans:
        toks = [t for t in sent if t.idx < end and start < t.idx + len(t.text)]
        if toks:
            parts.append(toks)
    if not parts:
        return None
    content = frozenset(t.i for part in parts for t in part)
    roots = []
    for part in parts:
        ids = {t.i for t in part}
        heads = [t for t in part if t.head.i not in ids or t.head.i == t.i]
        roots.append(min(heads, key=lambda t: _depth(t)))
    top = _lowest_common_ancestor(roots)
    branches: list[list[Step]] = []
    for root in roots:
        branch: list[Step] = []
        if root.i == top.i:
            branches.append(branch)
            continue
        below, tok = root, root.head
        while tok.i != top.i and below.i != tok.i:
            branch.append(Step(tok, below, role_of(below, tok)))
            below, tok = tok, tok.head
        branches.append(branch)
    steps = [Step(top, None, "top")]
    below, tok = top, top.head
    while below.i != tok.i:
        steps.append(Step(tok, below, role_of(below, tok)))
        below, tok = tok, tok.head
    return Route(content, branches, steps)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i:
        tok = tok.head
        depth += 1
    return depth


def _lowest_common_ancestor(tokens: list[Token]) -> Token:
    chains = []
    for tok in tokens:
        chain = [tok]
        while chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        chains.append(chain)
    first = chains[0]
    for candidate in first:
        if all(any(t.i == candidate.i for t in chain) for chain in chains[1:]):
            return candidate
    return first[-1]


# -- reading -----------------------------------------------------------------------------------


def read(rt: Route, cue: Cue, stop: int | None, *, base_evaluated: bool = False) -> Reading:
    """Compose the stance of the content up to ``stop`` (an index into ``rt.steps``)."""
    r = Reading(polarity=cue.polarity, loaded=cue.loaded, evaluated=cue.loaded or base_evaluated)
    if cue.loaded:
        r.strong += 1
    content = rt.content
    top = rt.steps[0].tok
    for i in sorted(content):
        _content_modifiers(top.doc[i], content, r, negation=i != top.i)
    for branch in rt.branches:
        for step in branch:
            _apply(step, content, r)
    last = len(rt.steps) - 1 if stop is None else min(stop, len(rt.steps) - 1)
    for step in rt.steps[: last + 1]:
        _apply(step, content, r)
    highest = rt.steps[last].tok
    if stop is None or highest.dep_ == "ROOT":
        _question(highest.sent, r)
    return r


def _content_modifiers(tok: Token, content: frozenset[int], r: Reading, *, negation: bool) -> None:
    """Judging adjectives on the content words ("premature concessions"), and negation on
    content words below the top ("cedes no territory"; the top's own clause is read by
    :func:`_clause`)."""
    for child in tok.children:
        if child.i in content:
            continue
        low = child.lower_
        if negation and (
            child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in lx.NEG_WORDS)
        ):
            r.negate(low)
        elif child.dep_ == "amod" and not r.loaded:
            if low in lx.EVAL_NEG_ADJ:
                r.evaluate(-1, low)
            elif low in lx.EVAL_POS_ADJ:
                r.evaluate(1, low)


def _apply(step: Step, content: frozenset[int], r: Reading) -> None:
    tok, role = step.tok, step.role
    if role in ("conj", "adjunct"):
        return
    if role == "cond":
        _antecedent(tok, step.below, r)
        return
    if role == "mod":
        return
    if tok.i not in content:
        _lexical(tok, step.below, role, content, r)
    _clause(tok, step.below, content, r)


def _clause(tok: Token, below: Token | None, content: frozenset[int], r: Reading) -> None:
    """Negation, modality, hedges and conditions attached to one word on the route."""
    negated_here = False
    future = False
    subject: Token | None = None
    for child in tok.children:
        if below is not None and child.i == below.i:
            continue
        if child.i in content:
            continue
        low, dep = child.lower_, child.dep_
        if dep == "det" and low == "no":
            r.negate("no")
            negated_here = True
        elif dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            subject = child
            if low in lx.NEG_QUANTIFIER_SUBJECTS or any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children
            ):
                r.negate(f"no {child.text}")
                negated_here = True
        elif dep == "neg" or (dep in ("advmod", "dep", "preconj") and low in lx.NEG_WORDS):
            r.negate(low)
            negated_here = True
        elif dep == "advmod" and low == "longer" and any(g.lower_ == "no" for g in child.children):
            r.negate("no longer")
            negated_here = True
        elif dep == "prep" and _no_circumstances(child):
            r.negate(f"{low} no ...")
            r.red_line = r.red_line or child.lower_ == "under"
            negated_here = True
        elif dep in ("aux", "auxpass") and low in lx.DEONTIC_AUX:
            r.deontic(low)
        elif dep == "aux" and low in lx.FUTURE_AUX:
            future = True
        elif dep == "aux" and low in lx.ABILITY_AUX:
            future = True
        if dep in ("aux", "advmod") and (low in lx.HEDGE_AUX or low in lx.HEDGE_WORDS):
            r.hedged = True
        if dep in ("advcl", "prep", "advmod", "npadvmod", "conj", "cc", "pcomp") and is_condition(
            child
        ):
            r.conditional = True
            r.cues.append(f"if:{child.text}")
        if dep == "prep" and low == "without" and _process_noun(child):
            r.conditional = True
            r.cues.append("if:without")
    lemma = tok.lemma_.lower()
    if (
        below is not None
        and below.dep_ == "xcomp"
        and lemma in lx.NEED_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    ):
        r.deontic(f"{lemma} to")
    if (
        below is not None
        and below.dep_ == "xcomp"
        and (lemma == "go" and tok.tag_ == "VBG" or lemma in lx.INTENT_VERBS)
    ):
        future = True
    if future:
        if negated_here:
            r.evaluated = True
            r.cues.append("refusal")
        elif subject is not None:
            r.intention_subjects.append(subject)


def _lexical(tok: Token, below: Token | None, role: str, content: frozenset[int], r: Reading) -> None:
    """What the word itself does to the content below it."""
    lemma = tok.lemma_.lower()
    phrase = _phrase(tok)
    if tok.pos_ in VERB_POS or tok.tag_.startswith("VB"):
        _verb(tok, below, role, lemma, phrase, content, r)
    elif tok.pos_ == "ADJ":
        if role in ("comp", "top"):
            _adjective(tok, lemma, r)
    elif tok.pos_ == "ADP" or tok.dep_ == "prep":
        if lemma == "without":
            r.diminish("without")
        elif lemma == "against":
            r.attitude(-1, "against")
        elif lemma in ("instead", "rather"):
            r.diminish(lemma)
    elif tok.pos_ in NOUN_POS and role in ("comp", "top"):
        _noun(tok, lemma, r)


def _verb(
    tok: Token,
    below: Token | None,
    role: str,
    lemma: str,
    phrase: str,
    content: frozenset[int],
    r: Reading,
) -> None:
    if role in ("subj", "pass_subj"):
        if lemma in lx.COPULAS:
            _copula_judges_subject(tok, below, r)
        elif _crosses_red_line(tok):
            r.red_line = True
            r.evaluate(-1, "cross red line")
        elif lemma in lx.EVAL_NEG_VERBS:
            r.evaluate(-1, lemma)
        elif lemma in lx.EVAL_POS_VERBS:
            r.evaluate(1, lemma)
        elif phrase in lx.CONDITION_PREDICATES or lemma in lx.CONDITION_PREDICATES:
            r.conditional = True
            r.cues.append(f"if:{phrase}")
        elif role == "pass_subj" and (phrase in lx.DIMINISH_VERBS or _off_the_table(tok)):
            r.diminish(phrase)
        elif role == "pass_subj" and phrase in lx.OPPOSE_VERBS:
            r.attitude(-1, phrase)
        elif role == "pass_subj" and phrase in lx.SUPPORT_VERBS:
            r.attitude(1, phrase)
        elif lemma not in lx.REALIZE_VERBS and lemma not in lx.AUGMENT_VERBS:
            r.blocked = r.blocked or "property"
        return
    if role not in ("comp", "top"):
        return
    if lemma in lx.DEEM_VERBS and (judged := _deem_complement(tok, below)) is not None:
        r.evaluate(judged, f"{lemma} as")
    elif lemma in lx.COPULAS:
        _copula_subject_noun(tok, r)
    elif phrase in lx.OPPOSE_VERBS or lemma in lx.OPPOSE_VERBS:
        r.attitude(-1, phrase)
    elif phrase in lx.DIMINISH_VERBS or _off_the_table(tok):
        r.diminish(phrase)
    elif lemma in lx.SUPPORT_VERBS or phrase in lx.SUPPORT_VERBS:
        r.attitude(1, phrase)
    elif lemma in lx.EMOTIVE_VERBS:
        r.emotive(lemma)
    elif lemma in lx.DENY_VERBS:
        r.negate(lemma)
    elif lemma in lx.NEED_VERBS and lemma != "have" and below is not None and below.dep_ == "dobj":
        r.deontic(lemma)
    elif (lemma in lx.TOPIC_VERBS or phrase in lx.TOPIC_VERBS) and _is_topic_of(tok, below):
        r.topic = True
        r.cues.append(f"topic:{lemma}")
    elif lemma in lx.PREDICT_VERBS:
        r.blocked = r.blocked or "prediction"
    elif lemma == "risk" or (lemma == "be" and _at_risk(tok)):
        r.emotive("risk")


def _adjective(tok: Token, lemma: str, r: Reading) -> None:
    if lemma in lx.READY_ADJ:
        r.attitude(1, lemma)
    elif lemma in lx.UNREADY_ADJ:
        r.attitude(-1, lemma)
    elif any(c.lower_ == "too" for c in tok.children):
        r.evaluate(-1, f"too {lemma}")
    elif lemma in lx.EVAL_NEG_ADJ:
        r.evaluate(-1, lemma)
    elif lemma in lx.EVAL_POS_ADJ:
        r.evaluate(1, lemma)


def _noun(tok: Token, lemma: str, r: Reading) -> None:
    low = tok.lower_
    if _is_red_line(tok):
        r.red_line = True
        r.evaluated = True
        r.cues.append("red line")
    elif low in lx.OPPOSE_NOUNS or lemma in lx.OPPOSE_NOUNS:
        r.attitude(-1, low)
    elif low in lx.SUPPORT_NOUNS or lemma in lx.SUPPORT_NOUNS:
        r.attitude(1, low)
    elif low in lx.EMOTIVE_NOUNS or lemma in lx.EMOTIVE_NOUNS:
        r.emotive(low)
    elif low in lx.DIMINISH_NOUNS or lemma in lx.DIMINISH_NOUNS:
        r.diminish(low)
    elif lemma in lx.CAUSE_NOUNS:
        if lx.BAD_OUTCOMES.search(_subtree_text(tok)):
            r.evaluate(-1, lemma)
    elif lemma in lx.EVAL_NEG_NOUNS and lemma not in ("concern",):
        r.evaluate(-1, lemma)
    elif low in lx.TOPIC_NOUNS or lemma in lx.TOPIC_NOUNS:
        r.topic = True
        r.cues.append(f"topic:{lemma}")
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_ in lx.EVAL_NEG_ADJ:
            r.evaluate(-1, child.lower_)


# -- judgements by copulas and complements ----------------------------------------------------


def _copula_judges_subject(cop: Token, below: Token | None, r: Reading) -> None:
    """ "X is a mistake", "X remains a red line", "X is non-negotiable"."""
    for child in cop.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ not in ("attr", "acomp", "oprd", "xcomp", "prep"):
            continue
        if child.dep_ == "prep" and child.lower_ == "against":
            r.attitude(-1, "against")
            return
        if child.dep_ == "prep" and child.lower_ == "on" and _pobj_lemma(child) == "table":
            r.evaluate(1, "on the table")
            return
        if child.dep_ == "prep" and child.lower_ == "out" and "question" in _subtree_text(child):
            r.evaluate(-1, "out of the question")
            r.red_line = True
            return
        if child.dep_ == "prep":
            continue
        if _is_red_line(child):
            r.red_line = True
            subject = below
            protects = subject is not None and subject.lemma_.lower() in lx.VALUE_NOUNS
            r.evaluate(1 if protects else -1, "red line")
            return
        judged = _judgement(child)
        if judged is not None:
            r.evaluate(judged, f"is {child.text}")
            return


def _copula_subject_noun(cop: Token, r: Reading) -> None:
    """ "Our interest is to keep X", "the mistake was to offer X"."""
    for child in cop.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        lemma = child.lemma_.lower()
        if lemma in lx.SUPPORT_NOUNS or lemma in lx.EVAL_POS_NOUNS:
            r.attitude(1, lemma)
        elif lemma in lx.EVAL_NEG_NOUNS or lemma in lx.OPPOSE_NOUNS:
            r.attitude(-1, lemma)


def _judgement(tok: Token) -> int | None:
    """+1 / -1 when a complement word judges (an adjective or noun of the lexicon)."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if _is_red_line(tok):
        return None
    if low in lx.EVAL_NEG_ADJ or lemma in lx.EVAL_NEG_ADJ or lemma in lx.UNREADY_ADJ:
        return -1
    if low in lx.EVAL_POS_ADJ or lemma in lx.EVAL_POS_ADJ:
        return 1
    if lemma in lx.CAUSE_NOUNS:
        return -1 if lx.BAD_OUTCOMES.search(_subtree_text(tok)) else None
    for child in tok.children:
        if child.dep_ == "amod":
            if child.lower_ in lx.EVAL_NEG_ADJ:
                return -1
            if child.lower_ in lx.EVAL_POS_ADJ and lemma not in lx.EVAL_NEG_NOUNS:
                return 1
    if lemma in lx.EVAL_NEG_NOUNS or low in lx.EVAL_NEG_NOUNS:
        return -1
    if lemma in lx.EVAL_POS_NOUNS or low in lx.EVAL_POS_NOUNS:
        return 1
    return None


def _deem_complement(verb: Token, below: Token | None) -> int | None:
    """ "called X a mistake", "described X as a threat", "dismissed X as pointless"."""
    for child in verb.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ in ("oprd", "attr", "acomp", "xcomp", "dobj", "ccomp"):
            judged = _judgement(child)
            if judged is not None:
                return judged
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                judged = _judgement(pobj)
                if judged is not None:
                    return judged
    if below is not None and below.dep_ == "dobj":
        for child in below.children:  # "called the goal a mistake" parsed inside the object
            if child.dep_ in ("appos", "attr", "oprd", "npadvmod"):
                judged = _judgement(child)
                if judged is not None:
                    return judged
    return None


# -- conditions, questions, small patterns ---------------------------------------------------


def is_condition(tok: Token) -> bool:
    """Whether a clause or phrase states a condition ("if ...", "as long as ...")."""
    text = _subtree_text(tok)
    if lx.CONDITION.match(text):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "once") for c in tok.children)


def _antecedent(tok: Token, below: Token | None, r: Reading) -> None:
    """The content is inside an "if" clause: only a judging consequent gives a stance."""
    judged: int | None = None
    for child in tok.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ in ("attr", "acomp", "oprd"):
            judged = _judgement(child)
            if judged is not None:
                break
    if judged is None and tok.lemma_.lower() in lx.EVAL_NEG_VERBS:
        judged = -1
    if judged is None:
        r.blocked = r.blocked or "hypothetical"
        return
    r.evaluate(judged, "if ... then")


def _question(sent: Span, r: Reading) -> None:
    text = sent.text.strip().rstrip("”\"’' )")
    if not text.endswith("?"):
        return
    words = [t.lower_ for t in sent if t.is_alpha][:8]
    if "why" in words:
        r.emotive("why?")
    else:
        r.blocked = r.blocked or "question"


def _no_circumstances(prep: Token) -> bool:
    return any(
        any(g.dep_ == "det" and g.lower_ == "no" for g in pobj.children)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _process_noun(prep: Token) -> bool:
    return any(
        pobj.lemma_.lower() in lx.WITHOUT_PROCESS or pobj.lower_ in lx.WITHOUT_PROCESS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _is_red_line(tok: Token) -> bool:
    if tok.lower_ in ("line", "lines"):
        return any(c.lower_ == "red" for c in tok.children)
    return tok.lower_ in ("non-negotiable", "nonnegotiable")


def _crosses_red_line(verb: Token) -> bool:
    return bool(lx.RED_LINE_CROSSING.fullmatch(verb.lower_)) and any(
        _is_red_line(c) for c in verb.children if c.dep_ in ("dobj", "attr")
    )


def _off_the_table(verb: Token) -> bool:
    return any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "off" and "table" in _subtree_text(c)
        for c in verb.children
    )


def _at_risk(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "at" and _pobj_lemma(c) == "risk" for c in verb.children)


def _is_topic_of(verb: Token, below: Token | None) -> bool:
    if below is None:
        return False
    if below.dep_ == "dobj":
        return True
    return below.dep_ == "prep" and below.lower_ in ("about", "on", "over")


def _pobj_lemma(prep: Token) -> str:
    return next((c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"), "")


def _phrase(tok: Token) -> str:
    """The lemma with its particle: "rule out", "scale back", "call for"."""
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt":
            return f"{lemma} {child.lower_}"
    for child in tok.children:
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in _PREP_PHRASES:
            return f"{lemma} {child.lower_}"
    return lemma


# Verb + preposition pairs read as one verb ("against" is read on its own: see _lexical).
_PREP_PHRASES = frozenset(
    {"call for", "push for", "press for", "argue for", "object to", "stand by", "stick to",
     "come through", "talk about", "speak about", "walk away", "back away", "step back"}
)


def _subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    doc = tok.doc
    return doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
