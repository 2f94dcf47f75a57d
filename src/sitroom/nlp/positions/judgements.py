"""Judgements: words that call the content good or bad.

"X is a mistake", "X remains a red line", "called X a threat", "it would have been better
to X", "if X happens, it is a big problem", and the rhetorical "why ...?".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.reading import Reading
from sitroom.nlp.positions.route import (
    SUBJECT_DEPS,
    VERB_POS,
    Route,
    Step,
    pobj_lemma,
    subtree_text,
)


def copula_judges_subject(cop: Token, below: Token | None, r: Reading) -> None:
    """ "X is a mistake", "X remains a red line", "X is non-negotiable"."""
    for child in cop.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ not in ("attr", "acomp", "oprd", "xcomp", "prep"):
            continue
        if child.dep_ == "prep" and child.lower_ == "against":
            r.attitude(-1, "against")
            return
        if child.dep_ == "prep" and child.lower_ == "on" and pobj_lemma(child) == "table":
            r.evaluate(1, "on the table")
            return
        if child.dep_ == "prep" and child.lower_ == "out" and "question" in subtree_text(child):
            r.evaluate(-1, "out of the question")
            r.red_line = True
            return
        if in_interest(child):
            r.evaluate(1, "in the interest")
            return
        if child.dep_ == "prep" and child.lower_ in ("to", "as"):  # "amounts to", "counts as"
            for obj in child.children:
                judged = judgement(obj)
                if judged is not None:
                    r.evaluate(judged, f"{cop.lemma_} {child.lower_} {obj.text}")
                    return
            continue
        if child.dep_ == "prep":
            continue
        if _non_negotiable(child):
            r.red_line = True
            r.evaluate(1, "non-negotiable")
            return
        if is_red_line(child):
            r.red_line = True
            subject = below
            protects = subject is not None and subject.lemma_.lower() in lx.VALUE_NOUNS
            r.evaluate(1 if protects else -1, "red line")
            return
        judged = judgement(child)
        if judged is not None:
            r.evaluate(judged, f"is {child.text}")
            return


def extraposed_judgement(cop: Token, below: Token | None, r: Reading) -> bool:
    """ "It would have been better to discuss X first", "it is a mistake to offer X"."""
    for child in cop.children:
        if below is not None and child.i == below.i:
            continue
        if in_interest(child):
            r.evaluate(1, "it is in the interest of ... to")
            return True
        if child.dep_ in ("acomp", "attr"):
            judged = judgement(child)
            if judged is not None:
                r.evaluate(judged, f"it is {child.text} to")
                return True
    return False


def copula_subject_noun(cop: Token, r: Reading) -> None:
    """ "Our interest is to keep X", "the mistake was to offer X"."""
    for child in cop.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        lemma = child.lemma_.lower()
        if lemma in lx.SUPPORT_NOUNS or lemma in lx.EVAL_POS_NOUNS:
            r.attitude(1, lemma)
        elif lemma in lx.EVAL_NEG_NOUNS or lemma in lx.OPPOSE_NOUNS:
            r.attitude(-1, lemma)


def judgement(tok: Token) -> int | None:
    """+1 / -1 when a complement word judges (an adjective or noun of the lexicon)."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if is_red_line(tok):
        return None
    if lx.EVAL_NEG_PHRASES.search(subtree_text(tok)):
        return -1
    if tok.pos_ == "VERB":
        if lemma in lx.EVAL_NEG_VERBS:
            return -1
        return 1 if lemma in lx.EVAL_POS_VERBS else None
    if low in lx.EVAL_NEG_ADJ or lemma in lx.EVAL_NEG_ADJ or lemma in lx.UNREADY_ADJ:
        return -1
    if low in lx.EVAL_POS_ADJ or lemma in lx.EVAL_POS_ADJ:
        return 1
    if lemma in lx.CAUSE_NOUNS:
        return -1 if lx.BAD_OUTCOMES.search(subtree_text(tok)) else None
    for child in tok.children:
        if child.dep_ == "amod":
            if child.lower_ in lx.EVAL_NEG_ADJ:
                return -1
            if child.lower_ in lx.EVAL_POS_ADJ and lemma not in lx.EVAL_NEG_NOUNS:
                return 1
    if lemma in lx.EVAL_NEG_NOUNS or low in lx.EVAL_NEG_NOUNS:
        return -1
    if lemma in lx.EVAL_POS_NOUNS or low in lx.EVAL_POS_NOUNS:
        return None if _gain_of_a_party(tok) else 1
    return None


GAIN_NOUNS = frozenset({"victory", "triumph", "win", "gift", "boon"})


def _gain_of_a_party(tok: Token) -> bool:
    """ "a victory for Moscow", "a gift to Beijing": who gains, not the speaker's approval
    (a critic says it of what he opposes); "a victory for public health" still praises."""
    return tok.lemma_.lower() in GAIN_NOUNS and any(
        prep.dep_ == "prep"
        and prep.lower_ in ("for", "to")
        and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in prep.children)
        for prep in tok.children
    )


def deem_complement(verb: Token, below: Token | None) -> int | None:
    """ "called X a mistake", "described X as a threat", "dismissed X as pointless"."""
    for child in verb.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ in ("oprd", "attr", "acomp", "xcomp", "dobj", "ccomp"):
            judged = judgement(child)
            if judged is not None:
                return judged
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                judged = judgement(pobj)
                if judged is not None:
                    return judged
    if below is not None and below.dep_ == "dobj":
        for child in below.subtree:  # "called the goal a mistake" parsed inside the object
            if child.dep_ in ("appos", "attr", "oprd", "npadvmod") and child.i != below.i:
                judged = judgement(child)
                if judged is not None:
                    return judged
    if below is not None and below.dep_ in ("xcomp", "ccomp", "dobj"):
        # "described the US sending X to receive Y as an insult": the parser hung the "as"
        # phrase on a verb inside the object; the last "as" of the object still judges it
        last = [t for t in below.subtree if t.dep_ == "prep" and t.lower_ == "as"]
        for prep in last[-1:]:
            for pobj in prep.children:
                judged = judgement(pobj) if pobj.dep_ == "pobj" else None
                if judged is not None:
                    return judged
    return None


def antecedent(tok: Token, below: Token | None, r: Reading) -> None:
    """The content is inside an "if" clause: only a judging consequent gives a stance."""
    judged: int | None = None
    for child in tok.children:
        if below is not None and child.i == below.i:
            continue
        if child.dep_ in ("attr", "acomp", "oprd"):
            judged = judgement(child)
            if judged is not None:
                break
    if judged is None and tok.lemma_.lower() in lx.EVAL_NEG_VERBS:
        judged = -1
    if judged is None and _threatens(tok, below):
        r.red_line = True
        r.attitude(-1, "threat if")
        return
    if judged is None:
        r.blocked = r.blocked or "hypothetical"
        return
    r.evaluate(judged, "if ... then")


def _threatens(tok: Token, below: Token | None) -> bool:
    """The consequent of an "if" clause threatens: "a harsh response if X", "will pay a price
    if X" (the words of the "if" clause itself do not count)."""
    skip = {t.i for t in below.subtree} if below is not None else set()
    words = [t for t in tok.subtree if t.i not in skip]
    return any(t.lemma_.lower() in lx.THREAT_WORDS or t.lower_ in lx.THREAT_WORDS for t in words)


OWN_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i"})


def denies_own_act(verb: Token, below: Token | None) -> bool:
    """ "Iran denied it was enriching uranium to weapons grade", "denied seeking X": a
    denial of one's own act answers an accusation; it takes no side on the question."""
    if below is None or verb.lemma_.lower() != "deny" or below.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in below.children):
        return False  # "denied that Russia would accept X": a stance, denied
    if below.tag_ == "VBG" and below.dep_ in ("dobj", "xcomp", "ccomp"):
        return True  # "denied seeking X"
    subj = next((c for c in below.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in OWN_SUBJECTS


MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might"})


def question(sent: Span, r: Reading) -> None:
    text = sent.text.strip().rstrip("”\"’' )")
    if not text.endswith("?"):
        return
    words = [t.lower_ for t in sent if t.is_alpha][:8]
    if "why" in words:
        r.emotive("why?")
    else:
        r.blocked = r.blocked or "question"


def trailing_judgement(rt: Route, r: Reading) -> None:
    """ "going back to the 2014 borders is an impractical purpose" when the parser hung "is"
    elsewhere: a judging copula right after the content, no verb in between."""
    doc = rt.steps[0].tok.doc
    on_route = {s.tok.i for s in rt.steps}
    end = max(rt.content) + 1
    for tok in doc[end : min(len(doc), end + 7)]:
        if not rt.inside(tok) or tok.is_punct:
            return
        if tok.lemma_.lower() in lx.COPULAS and tok.i not in on_route:
            copula_judges_subject(tok, None, r)
            return
        if tok.pos_ in VERB_POS and tok.tag_ != "MD":
            return


def is_red_line(tok: Token) -> bool:
    if tok.lower_ in ("line", "lines"):
        return any(c.lower_ == "red" for c in tok.children)
    return _non_negotiable(tok)


def _non_negotiable(tok: Token) -> bool:
    """ "non-negotiable", also when the tokenizer split it into "non - negotiable"."""
    if tok.lower_ in ("non-negotiable", "nonnegotiable"):
        return True
    doc = tok.doc
    return (
        tok.lower_ == "negotiable"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ == "non"
    )


def crosses_red_line(verb: Token) -> bool:
    return bool(lx.RED_LINE_CROSSING.fullmatch(verb.lower_)) and any(
        is_red_line(c) for c in verb.children if c.dep_ in ("dobj", "attr")
    )


def accusation_unsaid(rt: Route, r: Reading) -> bool:
    """An issue that is an accusation (its own wording judges its act: "used excessive
    force", "illegal settlements") named by its bare act ("the police response"), the
    judging word said neither on nor in the content: defending the act opposes the claim."""
    accusing = (r.named & lx.EVAL_NEG_ADJ) - r.shielded
    if not accusing or r.claim_said:
        return False
    doc = rt.steps[0].tok.doc
    return not any(doc[i].lower_ in accusing for i in rt.content)


def nor_conjunct(tok: Token, below: Token | None) -> bool:
    """ "will neither squander X nor seek to harm Y": the conjunct after "nor" is negated
    like the first one ("neither" negates that one's own clause)."""
    if below is None or below.dep_ != "conj" or below.head.i != tok.i:
        return False
    coords = [c for c in (*tok.children, *below.children) if c.dep_ == "cc" and c.i < below.i]
    return bool(coords) and max(coords, key=lambda c: c.i).lower_ == "nor"


INDIRECT_WH = frozenset({"who", "whom", "which", "whether"})
COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "pcomp"})


def indirect_question(steps: Sequence[Step]) -> bool:
    """Content inside an indirect question ("reminding ourselves who is in favour of this
    deal and who is against it", "asked whether Paris backs X"): the speaker names the
    question, not an answer. A relative clause ("the parties, who oppose it") is none."""
    for step in steps:
        tok = head = step.tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ not in COMPLEMENT_DEPS:
            continue
        if any(
            c.lower_ in INDIRECT_WH
            and c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "mark")
            and c.i < (step.below.i if step.below is not None else tok.i)
            for c in tok.children
        ):
            return True
    return False


def refused_label(r: Reading) -> bool:
    """A pejorative label ("surrender", "appeasement") under a refusal or a negated duty
    ("the UK should not be paying to surrender X", "we will never accept this appeasement"):
    refusing what one names as bad agrees with the label; only denying the label itself
    ("this is not a surrender") reverses it."""
    refusing = any(c == "refusal" or c.startswith("must:") for c in r.cues)
    return r.loaded and r.negations % 2 == 1 and refusing


def in_interest(prep: Token) -> bool:
    """ "X is in the national interest", "it is not in our interest to X": a judgement of
    the subject (or of the extraposed infinitive) as good."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and pobj_lemma(prep) == "interest"


# Nouns of consent, with their modifier: "gave the green light to X", "the go-ahead for X".
CONSENT_NOUNS = frozenset({"green light", "go ahead", "go-ahead"})


def consents(tok: Token) -> bool:
    """A noun of consent ("the green light", "the go-ahead"), or a verb whose object is one
    ("gave the plan the go-ahead"): the content it is given to is supported."""
    if tok.pos_ in VERB_POS:
        return any(c.dep_ == "dobj" and consents(c) for c in tok.children)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")]
    return " ".join([*mods, tok.lower_]) in CONSENT_NOUNS
