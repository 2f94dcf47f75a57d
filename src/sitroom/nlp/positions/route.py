"""The route of a catalog match through the dependency parse.

A match's words are the *content*. Its route runs from the content's root (or, for a phrase
of several parts, from the word where the parts meet) up to the root of the sentence,
recording for every word how the word below relates to it (:func:`role_of`): subject,
complement, conjunct, condition or adjunct. The stance reader walks this route.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.nlp.lexicon import SPEECH_VERBS
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
# Prepositions whose gerund shares the subject of the clause it hangs from.
GERUND_PREPS = frozenset({"by", "after", "before", "while", "when", "in", "through", "without"})
# What an actor issues that speaks for them: "issued a statement condemning X".
STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "letter", "message", "declaration", "note"}
)
ISSUE_VERBS = frozenset({"issue", "release", "publish", "put", "send", "sign", "post", "make"})
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
    bounds: tuple[int, int] = (0, 1 << 62)  # the line the route stays in (characters)
    background: bool = False  # cut at a circumstantial clause ("after X approved ...")

    def tokens(self) -> list[Token]:
        return [s.tok for s in self.steps]

    def inside(self, tok: Token) -> bool:
        return self.bounds[0] <= tok.idx < self.bounds[1]


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
        if is_condition(below):
            return "cond"
        if _gerund_complement(below, tok) or for_to(below):
            return "comp"
        return "adjunct"
    if dep in COMPLEMENT_DEPS:
        return "comp"
    return "adjunct"


def route(
    sent: Span, spans: tuple[tuple[int, int], ...], bounds: tuple[int, int] | None = None
) -> Route | None:
    """The route of a match (character spans) in a parsed sentence.

    ``bounds`` keeps the route on one line: the parser runs a headline and the first
    sentence together, but a stance does not cross a line break.
    """
    lo, hi = bounds if bounds is not None else (sent.start_char, sent.end_char)
    parts = []
    for start, end in spans:
        if start < lo or end > hi:
            continue
        toks = [t for t in sent if t.idx < end and start < t.idx + len(t.text)]
        if toks:
            parts.append(toks)
    if not parts:
        return None
    # every word of a part whose head lies outside it starts a branch ("Ukraine at the
    # table" hangs from "without" and from the verb)
    roots: list[tuple[int, Token]] = []
    for n, part in enumerate(parts):
        ids = {t.i for t in part}
        roots.extend((n, t) for t in part if t.head.i not in ids or t.head.i == t.i)
    top = _lowest_common_ancestor([t for _, t in roots])
    if len({n for n, _ in roots}) > 1 and not lo <= top.idx < hi:
        roots = [(n, t) for n, t in roots if n == 0]
        top = _lowest_common_ancestor([t for _, t in roots])
    if len(roots) > 1:
        # parts that meet the others only across clauses are context, not content
        across = {n for n, t in roots if _across_clauses(t, top)}
        keep = {0} if 0 in across else {n for n in range(len(parts)) if n not in across}
        if len(keep) < len(parts):
            parts = [p for n, p in enumerate(parts) if n in keep]
            roots = [(n, t) for n, t in roots if n in keep]
            top = _lowest_common_ancestor([t for _, t in roots])
    content = frozenset(t.i for part in parts for t in part)
    branches: list[list[Step]] = []
    for _, root in roots:
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
    background = False
    while below.i != tok.i and lo <= tok.idx < hi:
        role = role_of(below, tok)
        if role == "adjunct" and _circumstance(below):
            background = True  # "..., after Washington approved X": not the main clause's
            break
        steps.append(Step(tok, below, role))
        below, tok = tok, tok.head
    return Route(content, branches, steps, (lo, hi), background)


def _across_clauses(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` through an adverbial, conjoined or loose clause."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "conj", "parataxis") and tok.pos_ in VERB_POS:
            return True
        tok = tok.head
    return False


def _circumstance(clause: Token) -> bool:
    """An adverbial clause with a subject of its own that tells when or why something
    happened ("days after Washington approved ..."). A participle ("calling them ...",
    "embracing ...") shares the main clause's subject, and with it its speaker."""
    if clause.dep_ != "advcl" or clause.pos_ not in VERB_POS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


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


def is_condition(tok: Token) -> bool:
    """Whether a clause or phrase states a condition ("if ...", "as long as ...")."""
    text = subtree_text(tok)
    if lx.CONDITION.match(text):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "once") for c in tok.children)


def for_to(clause: Token) -> bool:
    """ "called for Hezbollah to give up its arms", "calls for the group to disarm": an
    infinitive with its own subject after "for", which the parser hangs as an adverbial
    clause, is what the verb or noun asks for."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _gerund_complement(below: Token, verb: Token) -> bool:
    """ "ruled out sending troops": a gerund the parser took for an adverbial clause."""
    if below.tag_ != "VBG" or below.i < verb.i or any(c.dep_ == "mark" for c in below.children):
        return False  # a gerund before its verb opens the sentence: "Calling them ..., he"
    if below.lemma_.lower() in SPEECH_VERBS:
        return False
    phrase = verb_phrase(verb)
    return phrase in lx.SUPPORT_VERBS | lx.OPPOSE_VERBS | lx.DIMINISH_VERBS or (
        verb.lemma_.lower() in lx.SUPPORT_VERBS | lx.OPPOSE_VERBS
    )


FAVOUR = frozenset({"favour", "favor"})


def in_favour(tok: Token) -> bool:
    """ "voted in favour of X", "is in favor of X", "spoke in favour of X": the
    complex preposition that says the same as the verb "favour" ("voted in favour.":
    its object left out)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_favour_of(p) for p in c.children)
        for c in tok.children
    )


def _favour_of(noun: Token) -> bool:
    kids = list(noun.children)
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in FAVOUR
        and (not kids or any(o.dep_ == "prep" and o.lower_ == "of" for o in kids))
    )


def elided_vote(tok: Token) -> bool:
    """ "Y voted against.", "did vote in favour", "X voted for, as did Y": a vote whose
    object is left out is on the motion the report is about (the preposition stands for it)."""
    if tok.dep_ == "pobj" and tok.lemma_.lower() in FAVOUR and tok.head.lower_ == "in":
        verb = tok.head.head
    elif tok.dep_ == "prep" and tok.lower_ in ("for", "against"):
        verb = tok.head
    else:
        return False
    return (
        verb.lemma_.lower() == "vote"
        and not any(c.dep_ in ("pobj", "pcomp", "prep") for c in tok.children)
        and not any(c.dep_ == "nsubj" and c.pos_ == "NUM" for c in verb.children)
    )  # "only five voted against": a count of voters names no holder


def verb_phrase(tok: Token) -> str:
    """The lemma with its particle: "rule out", "scale back", "call for"; a verb of no
    attitude of its own with "in favour of" is "favour" ("voted in favour of X")."""
    lemma = tok.lemma_.lower()
    if lemma not in lx.SUPPORT_VERBS | lx.OPPOSE_VERBS and in_favour(tok):
        return "favour"
    for child in tok.children:
        if child.dep_ == "prt":
            return f"{lemma} {child.lower_}"
    for child in tok.children:
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in _PREP_PHRASES:
            return f"{lemma} {child.lower_}"
        if for_to(child) and f"{lemma} for" in _PREP_PHRASES:
            return f"{lemma} for"  # "called for X to act": the "for" hangs on the clause
        if child.dep_ == "advmod" and f"{lemma} {child.lower_}" in _PARTICLE_PHRASES:
            return f"{lemma} {child.lower_}"  # "put forward" parsed with an adverb
    return lemma


# Verb + preposition pairs read as one verb ("against" is read on its own: see _lexical).


_PREP_PHRASES = frozenset(
    {
        "call for",
        "call on",
        "vote for",
        "vote against",
        "vote down",  # "voted down the bill": the parser takes "down" for a preposition
        "push for",
        "press for",
        "argue for",
        "object to",
        "stand by",
        "stick to",
        "come through",
        "talk about",
        "speak about",
        "walk away",
        "back away",
        "step back",
    }
)


_PARTICLE_PHRASES = frozenset(
    w for words in (lx.SUPPORT_VERBS, lx.OPPOSE_VERBS, lx.DIMINISH_VERBS) for w in words if " " in w
)


def subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    # A Span's text, not doc.text (which spaCy rebuilds from every token on each call).
    return tok.doc[toks[0].i : toks[-1].i + 1].text


def naming_preposition(tok: Token) -> bool:
    """ "legal proceedings against X", "sanctions against Y": between two words of an issue's
    own wording, a noun's "against" names the act (its target), not anyone's stance on it."""
    return tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.pos_ in NOUN_POS


def pobj_lemma(prep: Token) -> str:
    return next((c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"), "")


RANKS = frozenset({"first", "only", "last", "latest", "second", "third"})
RANK_COPULAS = frozenset({"be", "become"})


def ranked_doer(verb: Token) -> Token | None:
    """ "Israel became the first country to recognize X", "Chile was the only one to vote
    no": the subject of the copula whose ranked noun the infinitive describes did the act."""
    if verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    ranked = noun.lower_ in RANKS or any(
        c.lower_ in RANKS for c in noun.children if c.dep_ in ("amod", "advmod")
    )
    cop = noun.head
    if not ranked or noun.dep_ != "attr" or cop.lemma_.lower() not in RANK_COPULAS:
        return None
    if cop.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.tag_ == "MD" for c in cop.children):
        return None  # "would be the first to ...": not done
    return next((c for c in cop.children if c.dep_ == "nsubj"), None)


def _verbless_subject(verb: Token) -> Token | None:
    """The root noun of a sentence parsed with no main verb ("X, whose PM has doubts, called
    for Y"), when ``verb`` comes after the comma closing the root's relative clause."""
    root, doc = verb.sent.root, verb.doc
    if root.pos_ not in NOUN_POS or verb.tag_ not in ("VBD", "VBN") or doc[verb.i - 1].text != ",":
        return None  # the parser hangs the verb on the root or on the clause's last noun
    return root if any(c.dep_ == "relcl" and c.i < verb.i for c in root.children) else None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb; shared subjects of conjoined, controlled or participial verbs."""
    seen = 0
    while seen < 4:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass":  # "was rejected by Poland": the agent holds it
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                pobj = (
                    next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                )
                return pobj
            return subj
        if verb.dep_ in ("conj", "xcomp", "acomp") or (
            verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
        ):
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS:
            verb = verb.head.head  # "Iran responded by announcing ...": Iran announced
            seen += 1
            continue
        if verb.dep_ == "acl" and (root := _verbless_subject(verb)) is not None:
            return root  # "X, whose PM ..., called for Y": the verb parsed as an acl
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and noun.lemma_.lower() in STATEMENT_NOUNS
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in ISSUE_VERBS
        ):
            verb = noun.head  # "X issued a statement condemning ...": X condemned
            seen += 1
            continue
        return _with_absolute(verb) or _line_subject(verb)
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
LINE_REACH = 12


def _line_subject(verb: Token) -> Token | None:
    """The noun that opens the verb's line, which the parser hung on the line above ("Egypt
    condemns the dam\\nEgypt has criticised ...": the second "Egypt" parsed as the
    headline's object): the subject of a finite verb with none of its own."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
        return None
    if verb.text[:1].isupper():
        return None  # "Israel Strikes Damascus": a headline's title case, repeated as a line
    start = verb.i
    while start > 0 and verb.i - start < LINE_REACH and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if start == 0 or "\n" not in doc[start - 1].text_with_ws:
        return None
    for tok in doc[start : verb.i]:
        if tok.head.i < start and tok.pos_ in ("PROPN", "NOUN", "PRON"):
            between = doc[tok.right_edge.i + 1 : verb.i]
            if all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in between):
                return tok
            return None
    return None


def _with_absolute(verb: Token) -> Token | None:
    """ "..., with Brussels and Berlin condemning X": the noun after "with" just before a
    participle is its subject, wherever the parser hung the participle."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "pcomp") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    while prev.dep_ == "conj" and prev.head.i < prev.i:
        prev = prev.head
    if prev.dep_ == "pobj" and prev.head.lower_ == "with" and prev.right_edge.i == verb.i - 1:
        return prev
    return None


def spliced(verb: Token, below: Token | None) -> bool:
    """ "The ministry condemns the sanctions, Tehran reserves the right to respond": a clause
    with its own subject after the verb's object and a comma is a second sentence the parser
    hung below the first (a comma splice), not what the verb condemns or demands."""
    if below is None or below.dep_ != "ccomp" or below.head != verb or below.i < verb.i:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in below.children):
        return False
    before = verb.doc[below.left_edge.i - 1] if below.left_edge.i > 0 else None
    return (
        before is not None
        and before.text in (",", ";")
        and any(c.dep_ == "dobj" and c.i < below.i for c in verb.children)
    )


def passed_over(step: Step, *, branch: bool) -> bool:
    """A word on the route that says nothing of the stance: a conjunct's or adjunct's link,
    a comma splice, or (between the match's parts) a preposition of the issue's naming."""
    if step.role in ("conj", "adjunct") or spliced(step.tok, step.below):
        return True
    return branch and naming_preposition(step.tok)
