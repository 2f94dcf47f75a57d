"""Where a mention or a phrase sits in its sentence: subject or not, main clause or not."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.article import Mention
from sitroom.nlp.lexicon import GENDER_TITLES, TITLE_RUN

NP_MODIFIERS = ("det", "amod", "compound", "nummod", "poss", "nmod", "case")


def is_main_clause(head: Token, m: Mention) -> bool:
    """A subject of the sentence's main verb (or of a verb conjoined with it)."""
    tok = mention_head(head, m)
    if tok.dep_ == "appos":
        tok = tok.head
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def mention_head(head: Token, m: Mention) -> Token:
    tok = head
    doc = head.doc
    while tok.i + 1 < len(doc) and doc[tok.i + 1].idx < m.end:
        tok = doc[tok.i + 1]
    return tok


def is_subject_mention(head: Token, m: Mention) -> bool:
    tok = mention_head(head, m)
    if tok.dep_ == "appos":  # "the ministry's spokesperson, Lin Jian, said"
        tok = tok.head
        while m.type == "PERSON" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "Speaker of the Assembly, Jane Roe, adjourned": the parser
            # hangs the name on the body, and the person is the subject's role holder
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj",)


def acting_subject(head: Token, m: Mention) -> bool:
    """A subject in its own right: not one of a list ("workers, among them X and Y")."""
    tok = mention_head(head, m)
    if tok.dep_ == "appos" and tok.head.tag_ not in ("NNS", "NNPS"):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def phrase(tok: Token) -> tuple[int, int]:
    """The noun phrase headed by ``tok``, without relative clauses and appositions."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in NP_MODIFIERS:
            left = child.left_edge
            break
    right = tok
    doc = tok.doc
    if "\n\n" in doc[left.i : tok.i].text_with_ws:  # a headline the parser ran into the
        # dateline ("... says minister\n\nPORT TOWN, May 3 -"): a phrase keeps to its
        # paragraph (a hard-wrapped line may break inside one)
        left = next(
            t for t in doc[left.i : tok.i + 1] if "\n\n" not in doc[t.i : tok.i].text_with_ws
        )
    return left.idx, right.idx + len(right.text)


def gender_before(tok: Token) -> str | None:
    """The gender a word of the name's own phrase gives ("Mrs X", "Marcos' sister and ally
    Senator X"): read back to a verb or a clause's punctuation."""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.sent.start, tok.i - TITLE_RUN) - 1, -1):
        word = doc[j]
        if word.pos_ in ("VERB", "AUX") or word.text in (",", ";", ":", "(", ")"):
            return None
        if word.lower_ in GENDER_TITLES:
            return GENDER_TITLES[word.lower_]
    return None


def only_a_modifier(head: Token, m: Mention) -> bool:
    """A name that only modifies the noun of a longer phrase ("the Kyrgyz presidency",
    "Iran's ministry"): "it" later refers to that phrase, never to the name."""
    tok = mention_head(head, m)
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.idx >= m.end
