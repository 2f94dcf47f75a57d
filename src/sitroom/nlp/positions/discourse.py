"""Issues named only by reference: a pronoun ("it", "this") or a definite description
("the move", "the step", "the call") that a stance takes stands for the issue of the clause
or sentence it refers back to.

The antecedent is the nearest mention of one issue before the reference: an earlier clause
of the same sentence that names another holder ("Badenoch kept her opposition to the deal,
although Trump has backed it"), else the sentence before, else (for a noun: "the move", not
"it", which the sentence between would hold) the nearest sentence of the same paragraph that
was on one. Only an unambiguous antecedent counts: exactly one issue there. The reference
must be taken by a stance: the object of an attitude verb or of its preposition ("protest
against it", "firmly opposed to this"), the passive subject of one, the subject of a judging
predicate ("it was a big mistake"), the owner of a side whose members the sentence lists
("the call's supporters include X and Y": :mod:`.members`), or the object of a verb of
calling or framing ("called it a scam"). A noun with words of its own that say which thing
it is ("the audit of the port company", "the trade move") refers to that, not back; a shell
noun said before with a content of its own ("issued a call for a roadmap") is that issue
when the report repeats it ("the call's supporters").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.catalog import Cue, Issue, IssueMatch
from sitroom.nlp.positions.frame import judged
from sitroom.nlp.positions.members import side_noun
from sitroom.nlp.positions.route import elided_vote, in_favour, verb_phrase

PRONOUNS = frozenset({"it", "this"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Nouns that only ever name an act or stance said elsewhere ("shell" nouns): "the move", "the
# step", "the call", "the decision". They say nothing of what was done: the text before does.
SHELL_NOUNS = frozenset(
    {
        *("move", "step", "call", "decision", "idea", "proposal", "initiative", "measure"),
        *("announcement", "order", "push", "bid", "effort", "demand", "request", "offer"),
        *("pledge", "policy", "plan", "approach", "action", "directive"),
    }
)
# Words in a noun's phrase that say which thing it is ("the trade move", "the step to X").
OWN_WORDS = frozenset({"compound", "prep", "nmod", "poss", "relcl", "acl", "nummod", "appos"})
CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})


def _attitude(verb: Token) -> bool:
    words = lx.SUPPORT_VERBS | lx.OPPOSE_VERBS
    return bool({verb.lemma_.lower(), verb_phrase(verb)} & words)


def _vote_side(verb: Token, prep: Token) -> bool:
    """ "voted against it", "voted for it": the side of a vote is a stance on the motion."""
    return verb.lemma_.lower() == "vote" and prep.lower_ in ("against", "for")


def _named_bad(verb: Token) -> bool:
    """A copula whose complement is a judging noun: "it was a big mistake", "is a victory"."""
    return verb.lemma_.lower() in lx.COPULAS and any(
        c.dep_ == "attr" and c.lemma_.lower() in lx.EVAL_NEG_NOUNS | lx.EVAL_POS_NOUNS
        for c in verb.children
    )


def referring(tok: Token) -> bool:
    """ "it", "this" (not "this deal"), a demonstrative noun, or "the" + a shell noun with no
    words of its own."""
    if tok.lower_ in PRONOUNS:
        return tok.dep_ != "det"
    if elided_vote(tok):
        return True  # "Y voted against.": the motion voted on, left out
    if tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in kids):
        return True
    return (
        tok.lemma_.lower() in SHELL_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and not any(c.dep_ in OWN_WORDS for c in kids)
    )


def taken(tok: Token) -> bool:
    """The reference is where a stance takes it (see the module's docstring)."""
    head = tok.head
    if elided_vote(tok):
        return True
    if tok.dep_ == "poss" and side_noun(head) is not None:
        return True  # "the move's critics include X and Y": the side's members take it
    if tok.dep_ == "pobj" and head.lower_ == "of" and side_noun(head.head) is not None:
        return True  # "supporters of the move include X"
    if tok.dep_ in ("dobj", "nsubjpass"):
        if head.pos_ == "VERB" and _attitude(head):
            return True
        # "called it a scam", "framed the decision as a response"
        return head.lemma_.lower() in lx.DEEM_VERBS and any(
            c.dep_ in ("oprd", "xcomp", "prep", "attr") for c in head.children
        )
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        governor = head.head
        if head.lower_ == "of" and governor.dep_ == "pobj" and in_favour(governor.head.head):
            return True  # "voted in favour of it"
        if governor.pos_ == "VERB" and (_attitude(governor) or _vote_side(governor, head)):
            return True  # "protest against it", "voted for it", "voted against it"
        word = governor.lemma_.lower()
        return governor.pos_ == "ADJ" and word in lx.READY_ADJ | lx.UNREADY_ADJ | {"opposed"}
    if tok.dep_ == "nsubj" and (judged(tok) or _named_bad(head)):
        # "it was a mistake"; not "it is vital that ...": the clause is the subject then; not
        # "these principles are non-negotiable": a noun of its own, not a shell
        shell = tok.lower_ in PRONOUNS or tok.lemma_.lower() in SHELL_NOUNS
        return shell and not any(c.dep_ in CLAUSES for c in head.children)
    return False


def _own_subject(tok: Token) -> bool:
    """The clause of the reference names its subject ("Badenoch opposed the deal although
    Trump backs it"): a pronoun's holder ("... although he backs it") is not told here."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "nsubj":
        return False  # "X opposed the deal, saying it was a mistake": X's, said already
    # a count names its subject too: "ten voted for X, and three, including Y, against it"
    return any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "NUM") for c in verb.children)


def _match(issue: Issue, tok: Token, base: int) -> IssueMatch:
    # an elided vote's "against" stands for the motion and says the stance on it at once
    kind = "against" if tok.lower_ == "against" and elided_vote(tok) else "keywords"
    cue = Cue(f"~{tok.lower_}", kind, ())
    return IssueMatch(issue, cue, ((tok.idx - base, tok.idx - base + len(tok.text)),))


@dataclass
class Discourse:
    """What the report was on so far: the issues of the last sentence, and of the last
    sentence on an issue with where it ended."""

    text: str
    previous: list[Issue] = field(default_factory=list)
    last: list[Issue] = field(default_factory=list)
    last_start: int = 0
    last_end: int = -1
    referred: list[Issue] = field(default_factory=list)  # this sentence's, by reference
    # shell nouns whose own phrase held the issue ("issued a call for a roadmap"): in the
    # last sentence on an issue, and in this one
    framing: frozenset[str] = frozenset()
    framing_here: frozenset[str] = frozenset()

    def antecedent(self, sent: Span) -> Issue | None:
        """The one issue of the sentence before, else of the nearest earlier sentence of
        this paragraph that was on one."""
        if self.previous:
            return self.previous[0] if len(self.previous) == 1 else None
        if self.last_end < 0 or "\n" in self.text[self.last_end : sent.start_char]:
            return None
        return self.last[0] if len(self.last) == 1 else None

    def refer(self, sent: Span, matches: list[IssueMatch]) -> list[IssueMatch]:
        """Matches for the references of ``sent`` that a stance takes."""
        base, out = sent.start_char, []
        ahead = self.antecedent(sent)
        for tok in sent:
            if not referring(tok) or not taken(tok):
                continue
            at, verb = tok.idx - base, tok.head.idx - base
            # not a match on the very verb that takes the reference ("would back it")
            before = {
                m.issue.id: m.issue
                for m in matches
                if m.end <= at and not any(a <= verb < b for a, b in m.spans)
            }
            if any(m.start <= at < m.end for m in matches):
                continue  # the reference is a matched phrase's own word
            if before:
                # an earlier clause of this sentence, and another holder named in this one
                if len(before) == 1 and _own_subject(tok):
                    out.append(_match(next(iter(before.values())), tok, base))
            elif ahead is not None and self._alone(ahead, matches, at) and self._new(sent, tok):
                out.append(_match(ahead, tok, base))  # a pronoun: the sentence before only
            elif elided_vote(tok) and not matches and len(self.last) == 1:
                # the motion of a vote stays what the report last named, across paragraphs
                out.append(_match(self.last[0], tok, base))
        self.referred = [m.issue for m in out]
        self.framing_here = _framing(sent, matches)
        return out

    @staticmethod
    def _alone(ahead: Issue, matches: list[IssueMatch], at: int) -> bool:
        """No match in the sentence, or only later ones on other issues: "X rejected this
        move, calling for talks on Y" (nothing before the reference it could point to)."""
        return all(m.issue.id != ahead.id and m.start > at for m in matches)

    def _new(self, sent: Span, tok: Token) -> bool:
        """A pronoun refers to the sentence before only; a noun not to one it repeats ("...
        under a plan. Bolivia welcomed the plan": that plan)."""
        if tok.pos_ != "NOUN":
            return bool(self.previous)
        if tok.lemma_.lower() in self.framing:
            return True  # "80 countries issued a call for a roadmap. The call's backers ..."
        since = self.text[self.last_start : sent.start_char].lower()
        return re.search(rf"\b{re.escape(tok.lemma_.lower())}", since) is None

    def note(self, sent: Span, issues: list[Issue]) -> None:
        """The sentence's issues, by its words or by reference ("Y welcomed the move")."""
        issues = issues + [i for i in self.referred if i not in issues]
        self.referred = []
        self.previous = issues
        if issues:
            self.framing, self.framing_here = self.framing_here, frozenset()
            self.last, self.last_start = issues, sent.start_char
            self.last_end = sent.start_char + len(sent.text.rstrip())


def _framing(sent: Span, matches: list[IssueMatch]) -> frozenset[str]:
    """The shell nouns of ``sent`` with a content of their own that the issue follows ("a
    call for the summit to adopt a roadmap", "a plan to cap the catch"): the same noun said
    again ("the call") is that issue, not another thing ("under a plan" has no content)."""
    base, out = sent.start_char, set()
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SHELL_NOUNS:
            continue
        if not any(
            c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children
        ):
            continue
        end = tok.idx + len(tok.text) - base
        if any(m.start >= end for m in matches):
            out.add(tok.lemma_.lower())
    return frozenset(out)
