"""The words of a party's noun phrase in an event: its modifiers and the phrases that
name whose it is, without clauses, conjuncts or a heading glued onto it, and the text
shown for it."""

from __future__ import annotations

from spacy.tokens import Token

# Children that leave the noun phrase: clauses and coordination.
NP_EXCLUDE = frozenset(
    {"relcl", "acl", "advcl", "conj", "cc", "punct", "ccomp", "xcomp", "parataxis", "dep"}
)
# Entities that are no party's name ("Monday, June 2, and ...")
NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "CARDINAL", "QUANTITY"})
# "affiliated with X", "led by X", "loyal to X": X's own
AFFILIATED = {
    "affiliate": ("with", "to"), "lead": ("by",), "loyal": ("to",), "link": ("to", "with"),
    "ally": ("to", "with"), "aligned": ("with", "to"), "align": ("with", "to"),
}  # fmt: skip
NP_PREPS = frozenset({"of", "from", "in", "at", "for", "on", "within", "inside", "by"})


def noun_phrase(head: Token) -> list[Token]:
    """The tokens of the phrase headed by ``head``, without clauses or conjuncts."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in NP_EXCLUDE and not _listed(c)]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ not in NP_PREPS:
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in NP_EXCLUDE)
    out.sort(key=lambda t: t.i)
    return _same_line(head, out)


def _same_line(head: Token, phrase: list[Token]) -> list[Token]:
    """The words of ``phrase`` on the head's line: a heading the parser hangs on the
    first subject of the next line ("Troops Disperse Protests\n\nSecurity forces used
    ...") is no part of it."""
    doc = head.doc
    if len(phrase) < 2 or "\n" not in doc[phrase[0].i : phrase[-1].i + 1].text:
        return phrase
    start, end = phrase[0].i, phrase[-1].i
    for t in doc[start : head.i]:
        if "\n" in t.text or "\n" in t.whitespace_:
            start = t.i + 1
    for t in doc[head.i + 1 : end + 1]:
        if "\n" in t.text:
            end = t.i - 1
            break
        if "\n" in t.whitespace_:
            end = t.i
            break
    return [t for t in phrase if start <= t.i <= end]


def _listed(tok: Token) -> bool:
    """An apposition that continues a list ("Mali, Burkina Faso and Niger")."""
    return tok.dep_ == "appos" and (any(k.dep_ == "conj" for k in tok.children) or middle_name(tok))


def middle_name(appos: Token) -> bool:
    """A middle name of a list "A, B, and C" the parser read as an apposition of "A" (with
    "C" coordinated to "A"): a name of its own between commas, not a description of "A"."""
    first = appos.head
    last = next((c for c in first.children if c.dep_ == "conj"), None)
    if appos.dep_ != "appos" or last is None or not first.i < appos.i < last.i:
        return False
    if appos.pos_ != "PROPN" or not all(t.ent_type_ for t in (first, appos)):
        return False
    if any(t.ent_type_ in NOT_NAMES for t in (first, appos, last)):
        return False
    left = appos.left_edge
    return left.ent_iob_ == "B" and left.i > 0 and appos.doc[left.i - 1].text == ","


def leading_party(head: Token) -> Token | None:
    """The party a band of fighters or a group belongs to by its name's modifiers:
    "Hamas-led militants", "militants led by X", "armed groups affiliated with X",
    "fighters loyal to X"."""
    for k in head.children:
        lemma = k.lemma_.lower()
        if k.dep_ == "amod" and lemma == "lead":
            named = [c for c in k.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if named and named[0].i < k.i:
                return named[0]
        if k.dep_ not in ("acl", "amod") or lemma not in AFFILIATED:
            continue
        for p in k.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in AFFILIATED[lemma]:
                objects = [o for o in p.children if o.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def phrase_text(head: Token, phrase: list[Token]) -> str:
    toks = [t for t in phrase if not (t.dep_ == "det" and t.i < head.i and t.i == phrase[0].i)]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return head.text
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text
