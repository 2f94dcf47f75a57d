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

from spacy.tokens import Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.catalog import Cue
from sitroom.nlp.positions.judgements import (
    accusation_unsaid,
    antecedent,
    consents,
    copula_judges_subject,
    copula_subject_noun,
    crosses_red_line,
    deem_complement,
    denies_own_act,
    extraposed_judgement,
    indirect_question,
    is_red_line,
    nor_conjunct,
    question,
    refused_label,
    trailing_judgement,
)
from sitroom.nlp.positions.reading import Reading
from sitroom.nlp.positions.route import (
    NOUN_POS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    Route,
    Step,
    is_condition,
    passed_over,
    route,
    subject_of,
    subtree_text,
    verb_phrase,
)
from sitroom.nlp.positions.wordtests import (
    HYPOTHETICAL_AUX,
    STRIVE_VERBS,
    WITHOUT_ADJ,
    accuses_of,
    at_risk,
    attitude_verb,
    carried_judgement,
    concession,
    contrasted,
    contrastive,
    copula_above,
    infinitive,
    infinitive_predicate,
    inherited_duty,
    is_topic_of,
    lacks,
    litotes,
    names_wrong,
    no_circumstances,
    off_the_table,
    opposing_head,
    own_condition,
    past_exchange,
    process_noun,
    prospect_of,
    purpose_diminish,
    reason_of_other,
    refuses,
    reports,
    room_for,
    shares_aux,
    shortfall,
    unknown_act_on_process,
    without_word,
)

__all__ = ["Reading", "Route", "Step", "read", "route"]


def read(
    rt: Route,
    cue: Cue,
    stop: int | None,
    *,
    own: frozenset[int] = frozenset(),
    base_evaluated: bool = False,
    named: frozenset[str] = frozenset(),
    shielded: frozenset[str] = frozenset(),
) -> Reading:
    """Compose the stance of the content up to ``stop`` (an index into ``rt.steps``).

    ``own`` are the steps whose attitude is the holder's own (their "demand", "plans");
    an attitude noun elsewhere on the route is someone else's, reported. ``named`` are the
    words of the issue's own wording: a judging adjective among them on the content names
    the issue ("used excessive force" on an issue of excessive force): saying it is saying
    the claim, not judging it.
    """
    r = Reading(
        polarity=cue.polarity,
        loaded=cue.loaded,
        evaluated=cue.loaded or base_evaluated,
        named=named,
        shielded=shielded,
    )
    if cue.loaded:
        r.strong += 1
    content = rt.content
    top = rt.steps[0].tok
    for i in sorted(content):
        _content_modifiers(top.doc[i], content, r, negation=i != top.i)
    for branch in rt.branches:
        for step in branch:
            _apply(step, content, r, own=False, branch=True)
    last = len(rt.steps) - 1 if stop is None else min(stop, len(rt.steps) - 1)
    if unknown_act_on_process(rt.steps[: last + 1], content):
        r.blocked = r.blocked or "unknown act"
        return r
    conjoined = False
    reason: int | None = None  # the reading's strength at the head of a reason adjunct
    for i, step in enumerate(rt.steps[: last + 1]):
        _apply(step, content, r, own=i in own or i == stop, lexical=not conjoined)
        if concession(step, content):
            r.blocked = r.blocked or "concession"
        if reason == -1:
            reason = r.strong
        elif reason is None and reason_of_other(step, content):
            reason = -1  # its strength is taken after the next step, the adjunct's head
        # "denouncing the resolution and announcing plans for X": a verb conjoined lower
        # than its partner leaves the partner's attitude words to the partner's object
        conjoined = conjoined or (
            step.role == "conj" and step.below is not None and step.below.pos_ in VERB_POS
        )
    if reason is not None and reason >= 0 and r.strong > reason:
        r.blocked = r.blocked or "reason of another's act"  # "criticised tariffs over X"
    if stop is not None and not r.evaluated and purpose_diminish(rt.steps[last].tok):
        r.attitude(1, "purpose")  # "took to the streets to stop X": what they act for
    cop = copula_above(rt, last)
    if cop is not None:  # "Italy is not opposed to X": the copula's negation is the holder's
        _clause(cop, rt.steps[last].tok, content, r)
    if not r.judged and not r.loaded:
        trailing_judgement(rt, r)
    if not r.loaded and accusation_unsaid(rt, r):
        r.flip("bare act of an accusation")
    if cue.kind == "against" and refused_label(r):
        r.flip("refusal agrees with the label")
    if indirect_question(rt.steps[: last + 1]):
        r.blocked = r.blocked or "indirect question"
    highest = rt.steps[last].tok
    if stop is None or highest.dep_ == "ROOT":
        question(highest.sent, r)
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
        elif child.dep_ in ("amod", "advmod") and tok.pos_ in NOUN_POS and not r.loaded:
            if low in lx.EVAL_NEG_ADJ:
                r.judge(-1, low)
            elif low in lx.EVAL_POS_ADJ:
                r.judge(1, low)


def _apply(
    step: Step,
    content: frozenset[int],
    r: Reading,
    *,
    own: bool,
    branch: bool = False,
    lexical: bool = True,
) -> None:
    """One word on the route; ``branch``: below the point where the match's parts meet."""
    tok, role = step.tok, step.role
    if passed_over(step, branch=branch):
        return
    if role == "cond":
        antecedent(tok, step.below, r)
        return
    if role == "mod":
        return
    if tok.i not in content and lexical:
        blocked, strong = r.blocked, r.strong
        _lexical(tok, step.below, role, content, r)
        if branch and r.blocked == "property":
            r.blocked = blocked
        if not own and tok.pos_ in NOUN_POS and reports(tok):
            r.reported(tok.lower_)
        elif not own and r.strong > strong and attitude_verb(tok):
            # someone else's attitude ("Kyiv could be pressed into ..."): the holder's
            # own words above it judge the whole
            r.reported(tok.lower_)
    _clause(tok, step.below, content, r)


def _clause(tok: Token, below: Token | None, content: frozenset[int], r: Reading) -> None:
    """Negation, modality, hedges and conditions attached to one word on the route."""
    negated_here = False
    future = False
    modal = ""
    subject: Token | None = None
    affirms = litotes(tok)
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
        elif low == "not" and contrastive(child):
            continue  # "focus on ports, not on X": the phrase after it is denied, not tok
        elif affirms and (dep == "neg" or low in lx.NEG_WORDS):
            r.cues.append(f"litotes:{low}")  # "won't take long to X", "not hesitate to X"
        elif dep == "neg" or (dep in ("advmod", "dep", "preconj") and low in lx.NEG_WORDS):
            r.negate(low)
            negated_here = True
        elif dep == "advmod" and low == "longer" and any(g.lower_ == "no" for g in child.children):
            r.negate("no longer")
            negated_here = True
        elif dep == "prep" and no_circumstances(child):
            r.negate(f"{low} no ...")
            r.red_line = r.red_line or child.lower_ == "under"
            negated_here = True
        elif dep in ("aux", "auxpass") and low in lx.DEONTIC_AUX:
            r.deontic(low)
        elif dep == "aux" and low in lx.FUTURE_AUX | lx.ABILITY_AUX | lx.HEDGE_AUX:
            future = True
            modal = low
        elif dep == "aux" and child.lemma_ == "be" and tok.tag_ == "VBG":
            future = True  # "they are leaving the bloc": a course of action under way
        if dep in ("aux", "advmod") and (low in lx.HEDGE_AUX or low in lx.HEDGE_WORDS):
            r.hedged = True
        if (
            dep in ("advcl", "prep", "advmod", "npadvmod", "conj", "cc", "pcomp")
            and is_condition(child)
            and (dep != "conj" or own_condition(child))
            and not past_exchange(tok, child)
        ):
            r.conditional = r.evaluated = True
            r.cues.append(f"if:{child.text}")
        if without_word(child) and (process_noun(child) or refuses(tok)):
            r.limit("without", red=refuses(tok))  # "will not sign it without X"
    if refuses(tok) and lacks(below):
        r.limit("lacking", red=True)  # "cannot endorse a deal lacking X"
    if not negated_here and contrasted(tok):
        r.negate("..., not")
        negated_here = True
    elif not negated_here and nor_conjunct(tok.head, tok):
        r.negate("nor")
        negated_here = True
    if not future and shares_aux(tok):
        # "his forces will retaliate and fight until ...": the partner's auxiliary and
        # negation are this verb's too
        for child in tok.head.children:
            if child.dep_ == "aux" and child.lower_ in lx.FUTURE_AUX | lx.ABILITY_AUX:
                future = True
            elif child.dep_ == "neg" and not negated_here:
                r.negate(child.lower_)
                negated_here = True
    if (duty := inherited_duty(tok)) is not None:
        r.deontic(duty)  # "must follow the law and be agreed by all"
    lemma = tok.lemma_.lower()
    if tok.tag_ == "MD" and tok.lower_ in lx.DEONTIC_AUX:
        r.deontic(tok.lower_)
    if lemma in lx.DEONTIC_VERBS and tok.pos_ == "VERB":
        r.deontic(lemma)
    if lemma in lx.NEED_VERBS and any(
        c.dep_ == "xcomp"
        and (below is None or c.i == below.i or below.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    ):
        r.deontic(f"{lemma} to")
    if (
        below is not None
        and below.dep_ == "xcomp"
        and ((lemma == "go" and tok.tag_ == "VBG") or lemma in lx.INTENT_VERBS)
    ):
        future = True
    if future:
        r.hypothetical = r.hypothetical or (modal in HYPOTHETICAL_AUX and not negated_here)
        if negated_here or r.negations:
            r.evaluated = True
            r.cues.append("refusal")
        elif subject is not None:
            r.intention_subjects.append(subject)
        elif tok.dep_ == "conj" and (shared := subject_of(tok)) is not None:
            r.intention_subjects.append(shared)  # "Iran responded ... and would open ..."


def _lexical(
    tok: Token, below: Token | None, role: str, content: frozenset[int], r: Reading
) -> None:
    """What the word itself does to the content below it."""
    lemma = tok.lemma_.lower()
    phrase = verb_phrase(tok)
    # a word with a direct object is a verb whatever its tag ("Tehran reserves the right")
    if without_word(tok):  # "without X", "absent X" (a verb to the parser, at times)
        r.diminish(tok.lower_)
        r.red_line = r.red_line or refuses(tok.head)  # "will not recognize it absent X"
    elif (
        tok.pos_ in VERB_POS
        or tok.tag_.startswith("VB")
        or any(c.dep_ == "dobj" for c in tok.children)
    ):
        _verb(tok, below, role, lemma, phrase, content, r)
    elif tok.pos_ == "ADJ":
        if lemma in WITHOUT_ADJ and below is not None and below.lower_ == "of":
            r.diminish(lemma)  # "a treaty devoid of production caps": without them
        elif role in ("comp", "top"):
            _adjective(tok, lemma, r)
    elif tok.pos_ == "ADP" or tok.dep_ == "prep":
        if lemma == "against" and not opposing_head(tok):
            r.attitude(-1, "against")
        elif lemma in ("instead", "rather"):
            r.diminish(lemma)
    elif tok.pos_ in NOUN_POS and role in ("comp", "top") and not prospect_of(tok, below):
        if shortfall(tok):
            r.diminish("too weak")  # "objected to the weak language on X": wants more X
        _noun(tok, lemma, r, role)


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
        inner = infinitive_predicate(tok)
        if inner is not None:  # "X would have to be matched by Y": judge by "matched"
            passive = any(c.dep_ == "auxpass" for c in inner.children)
            _verb(
                inner,
                None,
                "pass_subj" if passive else "subj",
                inner.lemma_.lower(),
                verb_phrase(inner),
                content,
                r,
            )
            return
        if lemma in lx.COPULAS:
            copula_judges_subject(tok, below, r)
        elif crosses_red_line(tok):
            r.red_line = True
            r.evaluate(-1, "cross red line")
        elif lemma in lx.EVAL_NEG_VERBS:
            r.evaluate(-1, lemma)
        elif lemma in lx.EVAL_POS_VERBS:
            r.evaluate(1, lemma)
        elif (carried := carried_judgement(tok)) is not None:
            r.evaluate(-1, f"{lemma} {carried}")  # "this deal carries the risk of ..."
        elif phrase in lx.CONDITION_PREDICATES or lemma in lx.CONDITION_PREDICATES:
            r.conditional = r.evaluated = True
            r.cues.append(f"if:{phrase}")
        elif role == "pass_subj" and (phrase in lx.DIMINISH_VERBS or off_the_table(tok)):
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
    if lemma in lx.DEEM_VERBS and (judged := deem_complement(tok, below)) is not None:
        r.evaluate(judged, f"{lemma} as")
    elif lemma in lx.COPULAS and phrase != "favour":  # not "is in favour of X"
        if not extraposed_judgement(tok, below, r):
            copula_subject_noun(tok, r)
    elif lemma in lx.CONDEMN_VERBS and names_wrong(below, r):
        r.attitude(1, f"{lemma} the wrong")  # "condemning irregularities": they happened
    elif lemma in STRIVE_VERBS and infinitive(below):
        r.attitude(1, f"{lemma} to")  # "will fight to block X": strives for the block
    elif (accused := accuses_of(tok, below)) < 1:
        if accused:
            r.attitude(-1, f"{lemma} of")  # "accusing Delhi of buying oil": against it
        else:
            r.blocked = r.blocked or "accused"  # "was accused of buying oil"
    elif phrase in lx.OPPOSE_VERBS or lemma in lx.OPPOSE_VERBS:
        r.attitude(-1, phrase)
    elif lemma in lx.ENTITLE_VERBS and below is not None and below.lemma_ in lx.ENTITLE_NOUNS:
        r.attitude(1, f"{lemma} the {below.lemma_}")  # "reserves the right to respond"
    elif lemma in lx.REACT_VERBS and below is not None and below.lower_ in ("to", "against"):
        approving = any(c.lower_ in lx.APPROVING_ADVERBS for c in tok.children)
        if any(c.dep_ == "neg" for c in tok.children):
            r.blocked = r.blocked or "no response"  # "has not responded to X": silence
        else:
            r.attitude(1 if approving else -1, f"{lemma} {below.lower_}")
    elif phrase in lx.DIMINISH_VERBS or off_the_table(tok):
        r.diminish(phrase)
    elif lemma in lx.SUPPORT_VERBS or phrase in lx.SUPPORT_VERBS or consents(tok):
        r.attitude(1, phrase)
    elif lemma in lx.EMOTIVE_VERBS:
        r.emotive(lemma)
    elif lemma in lx.DENY_VERBS:
        if denies_own_act(tok, below):
            r.blocked = r.blocked or "denied act"  # "denied it was enriching": no side
        else:
            r.negate(lemma)
    elif lemma in lx.NEED_VERBS and lemma != "have" and below is not None and below.dep_ == "dobj":
        r.deontic(lemma)
    elif (lemma in lx.TOPIC_VERBS or phrase in lx.TOPIC_VERBS) and is_topic_of(tok, below):
        r.topic = True
        r.cues.append(f"topic:{lemma}")
    elif lemma in lx.PREDICT_VERBS:
        r.blocked = r.blocked or "prediction"
    elif lemma == "risk" or (lemma == "be" and at_risk(tok)):
        r.emotive("risk")


def _adjective(tok: Token, lemma: str, r: Reading) -> None:
    if lemma in lx.EMOTIVE_ADJ or tok.lower_ in lx.EMOTIVE_ADJ:
        r.emotive(tok.lower_)
    elif lemma in lx.READY_ADJ:
        r.attitude(1, lemma)
    elif lemma in lx.UNREADY_ADJ:
        r.attitude(-1, lemma)
    elif any(c.lower_ == "too" for c in tok.children):
        r.evaluate(-1, f"too {lemma}")
    elif lemma in lx.EVAL_NEG_ADJ:
        r.judge(-1, lemma)
    elif lemma in lx.EVAL_POS_ADJ:
        r.judge(1, lemma)


def _noun(tok: Token, lemma: str, r: Reading, role: str = "top") -> None:
    low = tok.lower_
    if is_red_line(tok):
        r.red_line = True
        r.evaluated = True
        r.cues.append("red line")
    elif room_for(tok):
        r.evaluate(1, f"{lemma} for")  # "there is no room for talks": a thing not allowed
    elif low in lx.OPPOSE_NOUNS or lemma in lx.OPPOSE_NOUNS:
        r.attitude(-1, low)
    elif low in lx.SUPPORT_NOUNS or lemma in lx.SUPPORT_NOUNS or consents(tok):
        r.attitude(1, low)
    elif low in lx.EMOTIVE_NOUNS or lemma in lx.EMOTIVE_NOUNS:
        r.emotive(low)
    elif low in lx.DIMINISH_NOUNS or lemma in lx.DIMINISH_NOUNS:
        r.diminish(low)
    elif lemma in lx.CAUSE_NOUNS:
        if lx.BAD_OUTCOMES.search(subtree_text(tok)):
            r.evaluate(-1, lemma)
    elif lemma in lx.EVAL_NEG_NOUNS and lemma not in ("concern",):
        r.describe_bad(lemma)
    elif lemma in lx.EVAL_POS_NOUNS and role == "comp":
        r.evaluate(1, lemma)  # "stressed the importance of X", "the key to X"
    elif low in lx.TOPIC_NOUNS or lemma in lx.TOPIC_NOUNS:
        r.topic = True
        r.cues.append(f"topic:{lemma}")
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_ in lx.EVAL_NEG_ADJ:
            r.judge(-1, child.lower_)
