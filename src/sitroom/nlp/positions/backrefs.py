"""Issue matches that words pointing back carry: a pronoun or a demonstrative noun an
attitude verb takes ("Russia and China opposed it") stands for the one issue of the
sentence before; a relative pronoun ("the deal, which France opposes") for the matched
words its clause hangs from."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.catalog import Cue, Issue, IssueMatch
from sitroom.nlp.positions.frame import judged
from sitroom.nlp.positions.route import verb_phrase

ANAPHORS = frozenset({"it", "this"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})


def _anaphor(tok: Token) -> bool:
    """ "it", "this", or a noun with a demonstrative ("Russia rejected this provision") or
    with "such", of the kind just named ("the Commission proposed such a target")."""
    if tok.lower_ in ANAPHORS:
        return True
    return tok.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in DEMONSTRATIVES)
        or (c.dep_ in ("amod", "predet") and c.lower_ == "such")
        for c in tok.children
    )


def anaphora(
    sent: Span, previous: list[Issue], matches: list[IssueMatch] | None = None
) -> list[IssueMatch]:
    """ "Nineteen members voted for the resolution. Russia and China opposed it.": a pronoun
    that an attitude verb takes (its object, or its passive subject) stands for the one issue
    the sentence before was on. Beside ``matches`` of other issues only where none comes
    before it ("China opposed it, and called for talks on X"): a pronoun after matched words
    may point back to them ("the EU proposed a levy and China opposed it")."""
    if len(previous) != 1:
        return []
    issue, out, base = previous[0], [], sent.start_char
    matches = matches or []
    if any(m.issue.id == issue.id for m in matches):
        return []
    first = min((m.start for m in matches), default=len(sent.text) + 1)
    attitude = lx.SUPPORT_VERBS | lx.OPPOSE_VERBS
    for tok in sent:
        if not _anaphor(tok) or tok.idx - base >= first:
            continue
        verb = tok.head
        if tok.dep_ == "nsubj" and tok.lower_ in ANAPHORS:
            if not judged(tok) or any(c.dep_ in CLAUSES for c in verb.children):
                continue  # "It is unacceptable as it stands"; not "it is vital that ..."
        elif (
            tok.dep_ not in ("dobj", "nsubjpass")
            or verb.pos_ != "VERB"
            or not {verb.lemma_.lower(), verb_phrase(verb)} & attitude
        ):
            continue
        cue = Cue(f"~{tok.lower_}", "keywords", ())
        out.append(IssueMatch(issue, cue, ((tok.idx - base, tok.idx - base + len(tok.text)),)))
    return out


RELATIVES = frozenset({"which", "that"})


def relatives(sent: Span, matches: list[IssueMatch]) -> list[IssueMatch]:
    """ "the trade deal, which the EU hopes to finalize by year-end": a relative pronoun
    that the relative clause's verb (or the verb it governs) takes stands for the matched
    words it hangs from, or for a noun in apposition to them ("..., a move that the group
    has rejected"); its clause states its subject's stance on them."""
    out: list[IssueMatch] = []
    base = sent.start_char
    seen: set[int] = set()
    for m in matches:
        toks = [t for t in sent if any(a <= t.idx - base < b for a, b in m.spans)]
        for tok in toks:
            # "disarm X, a move that Y rejected": the appositive renames the matched words
            named = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
            for clause in (c for n in named for c in n.children):
                if clause.dep_ != "relcl" or clause.i in seen:
                    continue
                seen.add(clause.i)
                verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
                rel = next(
                    (
                        c
                        for v in verbs
                        for c in v.children
                        if c.lower_ in RELATIVES and c.dep_ in ("dobj", "nsubjpass")
                    ),
                    None,
                )
                if rel is None:
                    continue
                cue = Cue(
                    m.cue.text if m.cue.text.startswith("~") else f"~{m.cue.text}", m.cue.kind, ()
                )
                out.append(
                    IssueMatch(m.issue, cue, ((rel.idx - base, rel.idx - base + len(rel.text)),))
                )
    return out


# Nouns that name an agreed or decided act, or an instrument a body adopts; "the deal" in a
# report on one deal is that deal, "the target" in a report on one target that target.
ACT_NOUNS = frozenset(
    {
        *("deal", "agreement", "treaty", "accord", "pact", "settlement", "plan", "proposal"),
        *("target", "goal", "measure", "framework", "bill", "law", "resolution", "motion"),
        *("decision", "initiative", "declaration", "ban", "tax", "levy", "tariff", "reform"),
        *("pact", "legislation", "regulation", "roadmap", "blueprint"),
        *("trial", "prosecution", "investigation", "probe", "indictment"),
    }
)
# Kinds of act noun: a report names one instrument by several nouns of its kind ("the
# treaty" ... "the pact"; "the ban" ... "the law"; "the tariffs" ... "the levy"). "The
# proposal" and "the plan" stand for an agreement or a law not yet in force; "the
# investigation" for the trial it leads to.
AGREEMENTS = frozenset({"deal", "agreement", "treaty", "accord", "pact", "settlement"})
LAWS = frozenset({"bill", "law", "legislation", "regulation", "ban", "measure", "reform"})
LEVIES = frozenset({"tax", "levy", "tariff"})
PROPOSALS = frozenset({"proposal", "plan", "initiative", "measure"})
PLANS = frozenset({"plan", "roadmap", "blueprint"})
PROCEEDINGS = frozenset({"trial", "prosecution", "investigation", "probe", "indictment"})
KINDS = (AGREEMENTS, LAWS, LEVIES, PLANS, PROCEEDINGS)
_WORD = re.compile(r"[a-z]+")
# modifiers that pick one of several things of the kind, not the one said before
UNIQUE = frozenset({"only", "sole", "real", "true", "first", "next", "other"})


def own_nouns(issue: Issue) -> frozenset[str]:
    """The act nouns the issue's claim and keywords name it by ("Chagos (deal|treaty)")."""
    words = {w for text in (issue.claim, *issue.keywords) for w in _WORD.findall(text.lower())}
    return frozenset(words & ACT_NOUNS)


def named_nouns(issue: Issue) -> frozenset[str]:
    """The act nouns the issue may be named by: its own, and the others of their kinds."""
    own = own_nouns(issue)
    kin = {n for kind in KINDS if own & kind for n in kind}
    if kin & (AGREEMENTS | LAWS):
        kin |= PROPOSALS
    return own | kin


def _kin(noun: str, earlier: list[Issue]) -> Issue | None:
    """The one issue named so far whose own nouns are of ``noun``'s kind ("the pact" after
    "the treaty"); none where two are."""
    kin = [i for i in earlier if noun not in own_nouns(i) and noun in named_nouns(i)]
    return kin[0] if len(kin) == 1 else None


def _said_before(noun: str, sent: Span) -> bool:
    """Whether an earlier sentence brought in a new thing by ``noun`` itself ("under a plan"):
    then "the plan" is that one, not an issue of its kind."""
    return any(
        t.lemma_.lower() == noun and any(c.lower_ in ("a", "an", "another") for c in t.children)
        for t in sent.doc[: sent.start]
    )


def _verb_object(tok: Token) -> bool:
    """The object of a verb's preposition ("voted against the deal", "signed off on it"), or
    of an attitude noun's ("its opposition to the pact", "protests against the law")."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    head = tok.head.head
    if head.pos_ == "NOUN":
        return head.lower_ in lx.SUPPORT_NOUNS | lx.OPPOSE_NOUNS
    return head.pos_ == "VERB"


# How words hang in a noun's phrase: "a plan [by the army] [to disarm X]"
NOUN_PHRASE_DEPS = frozenset({"acl", "relcl", "prep", "pobj", "compound", "amod", "nmod", "dobj"})


def naming_nouns(sent: Span, matches: list[IssueMatch]) -> dict[str, Issue]:
    """ "the army presented a plan to disarm the militia": an act noun whose phrase holds an
    issue's catalog words names that issue in this report ("the cabinet welcomed the plan")."""
    out: dict[str, Issue] = {}
    base = sent.start_char
    for m in matches:
        if m.cue.text.startswith("~"):
            continue  # by meaning or a back-reference: the words are not the catalog's
        tok = next((t for t in sent if t.idx - base >= m.start), None)
        while tok is not None and tok.head.i != tok.i and m.start <= tok.head.idx - base < m.end:
            tok = tok.head  # the matched words' own head
        for _ in range(4):
            if tok is None or tok.dep_ not in NOUN_PHRASE_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ACT_NOUNS:
                out[tok.lemma_.lower()] = m.issue
                break
    return out


def definite(
    sent: Span, earlier: list[Issue], skip: set[str], named_by: dict[str, Issue] | None = None
) -> list[IssueMatch]:
    """ "The Conservatives condemned the deal": a definite act noun with no words of its own
    that say which act ("the deal", "the proposed agreement", not "the trade deal" or "the
    deal on fishing") stands for the last issue named earlier in the report by that noun
    in its claim or keywords, or else by ``named_by``, the nouns this report named issues by,
    or else for the one issue named earlier by a noun of its kind ("the law" after "the ban")."""
    out: list[IssueMatch] = []
    base = sent.start_char
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ACT_NOUNS:
            continue
        if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") and not _verb_object(tok):
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("compound", "prep", "nmod", "poss", "relcl", "acl", "nummod") for c in kids
        ):
            continue
        if any(c.lower_ in UNIQUE or c.tag_ == "JJS" for c in kids):
            continue  # "the only legitimate trial", "the next deal": described anew, not back
        noun = tok.lemma_.lower()
        issue = next((i for i in reversed(earlier) if noun in own_nouns(i)), None)
        if issue is None and named_by:
            issue = named_by.get(noun)  # the noun named the issue earlier in this report
        if issue is None and (kin := _kin(noun, earlier)) and not _said_before(noun, sent):
            issue = kin  # "the pact" after "the treaty"
        if issue is None or issue.id in skip:
            continue
        cue = Cue(f"~the {noun}", "keywords", ())
        out.append(IssueMatch(issue, cue, ((tok.idx - base, tok.idx - base + len(tok.text)),)))
    return out
