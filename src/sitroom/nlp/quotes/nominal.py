"""Cues that are not verbs: "according to X", cue nouns, attitude adjectives, labels.

- "according to X": the content is the clause the phrase attaches to;
- a cue noun with a that-clause ("X's claim that ...", "X's view is that ...");
- a noun of intention with an infinitive ("X's plan to ...", "made a decision to ...");
- a noun of stance with its object ("X's criticism of Y", "voiced support for Y");
- an attitude adjective after "be" ("X is confident that ...", "X was critical of Y");
- a speaker label before a colon ("PENCE: Well, ...", "Sanders: Clinton needs to ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import (
    ATTITUDE_ADJECTIVES,
    CUE_NOUNS,
    DOCUMENT_SOURCES,
    INTENT_NOUNS,
    MEDIUM_NOUNS,
    NOT_SPEAKER_LABELS,
    RESTATING_VERBS,
    STANCE_NOUNS,
)
from sitroom.nlp.quotes.frame import (
    CUE_LEMMAS,
    Frame,
    Segment,
    clean,
    cue_lemma,
    is_infinitive,
    subtree_segment,
    tokens_segment,
)
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.subjects import source_of
from sitroom.nlp.quotes.viewers import can_hold_view

ADJECTIVE_PREPS = frozenset({"of", "about", "with", "over", "at", "on", "toward", "towards"})
# Adjectives that are attitudes with a clause ("X is certain that ...") but, with an
# infinitive, the writer's estimate of what will happen ("X is certain not to become prime
# minister", "X is sure to win"): raising adjectives, no one's view.
RAISING_ADJECTIVES = frozenset({"sure", "certain"})
LINKING_VERBS = frozenset({"be", "seem", "remain", "appear", "feel", "sound", "become", "look"})
MAX_LABEL_WORDS = 5
MAX_HEADLINE_LABEL_WORDS = 3
MIN_LABEL_CONTENT_WORDS = 3
MIN_MEDIUM_CONTENT = 20  # characters


def noun_frame(idx: DocIndex, noun: Token) -> Frame | None:
    lemma = noun.lemma_.lower()
    if lemma in CUE_NOUNS:
        frame = _that_clause(idx, noun)
        if frame is not None:
            return frame
    if lemma in INTENT_NOUNS:
        frame = _intention(idx, noun)
        if frame is not None:
            return frame
    preps = STANCE_NOUNS.get(noun.lower_) or STANCE_NOUNS.get(lemma)
    if preps:
        return _stance_noun(idx, noun, preps)
    return None


def according_frame(idx: DocIndex, tok: Token) -> Frame | None:
    """ "according to X": the clause the phrase attaches to, without the phrase."""
    to = tok.doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    pp_left, pp_right = tok.i, source.right_edge.i
    officer = _officer(source)
    if officer is not None:
        source, pp_right = officer, max(pp_right, officer.i)
    pp_right = _swallowed(tok, source, pp_right)
    head = tok.head if tok.head.i != tok.i else None
    if head is not None and _closes_sentence(tok, head, pp_right):
        lo, hi = tok.sent.root.left_edge.i, tok.i - 1  # all of the sentence before it
    elif head is not None and head.pos_ in ("VERB", "AUX") and not pp_left <= head.i <= pp_right:
        lo, hi = head.left_edge.i, head.right_edge.i
    else:
        sent = tok.sent
        lo, hi = sent.start, sent.end - 1
    segments = _around(idx, lo, hi, pp_left, pp_right)
    if not segments:
        return None
    end = to.idx + len(to.text)
    return Frame("according", tok.idx, end, segments, tok, source, trailing=pp_left > lo)


def _swallowed(tok: Token, source: Token, pp_right: int) -> int:
    """ "According to X, the move reeks of fear.": an opening phrase cannot hold all of
    its sentence; when the parser hangs the main clause on the source (a verb read as a
    noun, "reeks"), the phrase ends at the first comma after the source."""
    sent = tok.sent
    if tok.i != sent.start or any(
        not (t.is_punct or t.is_space) for t in tok.doc[pp_right + 1 : sent.end]
    ):
        return pp_right
    comma = next((t.i for t in tok.doc[source.i + 1 : pp_right] if t.text == ","), None)
    return pp_right if comma is None else comma - 1


def _closes_sentence(tok: Token, head: Token, pp_right: int) -> bool:
    """ "A died and B remain missing, according to X.": a phrase after a comma that ends
    its sentence attributes all of the sentence before it, whichever verb the parser hangs
    it on (the last conjunct, a verb inside an absolute "with" phrase); so does one the
    parser hangs on a conjunct after it, which it cannot qualify from there."""
    sent = tok.sent
    if tok.i == sent.start or tok.doc[tok.i - 1].text != ",":
        return False
    if sent.root.pos_ not in ("VERB", "AUX") or sent.root.i > tok.i:
        return False
    if head.i > pp_right:  # "X won, according to Y with Z counted": a conjunct after it
        return head.dep_ == "conj" and head.head.i < tok.i
    return all(t.is_punct or t.is_space for t in tok.doc[pp_right + 1 : sent.end])


def _officer(body: Token) -> Token | None:
    """ "according to the Department of Justice (DOJ) Secretary X": the titled person
    after the body's name (the parser hangs the name on the body, or elsewhere) is the
    source. Only the body's name, its bracketed short form and capitalised title words
    may stand between."""
    doc = body.doc
    end = body.sent.end
    i = body.i + 1
    titled = False
    while i < end:
        tok = doc[i]
        if tok.ent_type_ == "PERSON":
            if not titled:
                return None
            while i + 1 < end and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
                i += 1
            return doc[i]
        if tok.ent_type_ == "ORG" or tok.text in ("(", ")") or tok.text.isupper():
            i += 1
            continue
        if not (tok.is_title and tok.pos_ in ("PROPN", "NOUN")):
            return None
        titled = True
        i += 1
    return None


def medium_frame(idx: DocIndex, tok: Token) -> Frame | None:
    """ "In a new poll, Clinton leads by five points": a document as the source of the
    clause it is attached to (a cue verb in that clause makes its own frame)."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    head = tok.head
    if cue_lemma(head) in CUE_LEMMAS:
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    lemma = source.lemma_.lower()
    if lemma not in DOCUMENT_SOURCES and lemma not in MEDIUM_NOUNS:
        return None
    pp_left, pp_right = tok.i, tok.right_edge.i
    lo, hi = head.left_edge.i, head.right_edge.i
    segments = _around(idx, lo, hi, pp_left, pp_right)
    if not segments or sum(e - s for s, e in segments) < MIN_MEDIUM_CONTENT:
        return None
    cue_end = source.idx + len(source.text)
    # "in his speech", "In an interview, Ham said": the speaker; "in a poll": the poll
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    # "In an interview, the minister made his remarks": the clause tells what its own
    # subject did while speaking, not what was said
    acts = owner is None and lemma not in DOCUMENT_SOURCES
    if acts:
        owner = source_of(head)
    if owner is not None and can_hold_view(idx, owner, "stance"):
        source = owner
    frame = Frame("medium", tok.idx, cue_end, segments, tok, source, trailing=pp_left > lo)
    frame.unsaid = acts and owner is not None
    return frame


def _around(idx: DocIndex, lo: int, hi: int, pp_left: int, pp_right: int) -> list[Segment]:
    """The content of tokens ``lo``..``hi`` without the phrase ``pp_left``..``pp_right``."""
    segments = []
    if lo < pp_left:
        segments.append(tokens_segment(idx, lo, pp_left - 1))
    if hi > pp_right:
        segments.append(tokens_segment(idx, pp_right + 1, hi))
    return clean(idx, segments)


def adjective_frame(idx: DocIndex, adj: Token) -> Frame | None:
    """ "X is confident that ...", "X was critical of Y", "X is willing to ..."."""
    if adj.lemma_.lower() not in ATTITUDE_ADJECTIVES or adj.dep_ not in ("acomp", "amod"):
        return None
    head = adj.head
    if adj.dep_ == "amod" or head.lemma_.lower() not in LINKING_VERBS:
        return None
    source = source_of(head)
    if source is None or source.lower_ == "it" or not can_hold_view(idx, source, "stance"):
        return None
    content: Token | None = None
    for c in adj.children:
        if c.i < adj.i:
            continue
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS):
            content = c
            break
    if content is None:
        content = next((c for c in head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if content is None:
        return None
    if content.dep_ == "xcomp" and adj.lemma_.lower() in RAISING_ADJECTIVES:
        return None
    if content.dep_ == "prep":
        obj = next((g for g in content.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return None
        content = obj
    seg = subtree_segment(idx, content, adj)
    cue = (adj.idx, adj.idx + len(adj.text))
    return Frame("state", *cue, clean(idx, [seg]), adj, source)


# -- nouns -----------------------------------------------------------------------------------


def _that_clause(idx: DocIndex, noun: Token) -> Frame | None:
    """ "X's claim that ...", "the view of X is that ..."."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > noun.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is None:
        return None
    return _noun_cue(idx, noun, clause, "noun")


def _intention(idx: DocIndex, noun: Token) -> Frame | None:
    """ "X's plan to ...", "made a decision to ..."."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i), None)
    if clause is None or not is_infinitive(clause) or clause.tag_ == "VBG":
        return None
    return _noun_cue(idx, noun, clause, "noun")


def _stance_noun(idx: DocIndex, noun: Token, preps: frozenset[str]) -> Frame | None:
    """ "X's criticism of Y", "expressed support for Y"."""
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i),
        None,
    )
    obj = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    return _noun_cue(idx, noun, obj, "noun")


def _noun_cue(idx: DocIndex, noun: Token, content: Token, cls: str) -> Frame | None:
    source = _restater(idx, noun) or _noun_source(noun)
    if source is None or not can_hold_view(idx, source, "stance"):
        return None
    seg = subtree_segment(idx, content, noun)
    cue = (noun.idx, noun.idx + len(noun.text))
    segments = clean(idx, [seg])
    return Frame(cls, *cue, segments, noun, source) if segments else None


def _restater(idx: DocIndex, noun: Token) -> Token | None:
    """The subject of a verb of restating that takes the noun as its object, when it can
    speak (the verb's own frame around the noun's then gives way: ``assemble``)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in RESTATING_VERBS:
        return None
    restater = source_of(noun.head)
    return restater if restater is not None and can_hold_view(idx, restater, "stance") else None


def _noun_source(noun: Token) -> Token | None:
    """Whose the noun is: "X's", "by X", or the subject of the verb taking it as object."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return source_of(noun.head)
    return None


# -- labels ----------------------------------------------------------------------------------


def label_frames(idx: DocIndex) -> list[Frame]:
    """Speaker labels: a short name, a colon and what was said ("PENCE: Well, ...")."""
    out: list[Frame] = []
    text = idx.text
    first = _first_paragraph(idx)
    # "LAHORE: Tensions ...", "ISLAMABAD: In a grave ...": a dateline names no speaker
    datelines = [(int(f[0]), int(f[1])) for f in idx.doc._.furniture or [] if f[2] == "dateline"]
    for number, start in enumerate(idx.para_starts):
        _, end = idx.paragraph_bounds(number)
        head = text[start : min(end, start + 60)]
        colon = head.find(":")
        if colon <= 0 or colon + 2 >= end - start:
            continue
        if any(a <= start + colon < b for a, b in datelines):
            continue
        name = head[:colon].strip().lstrip("\"“”'")
        words = name.split()
        if not words or len(words) > MAX_LABEL_WORDS:
            continue
        if not _name_like(idx, start + colon, name, number == first):
            continue
        body_start = start + colon + 1
        segments = clean(idx, [(body_start, end)])
        if not segments or len(text[body_start:end].split()) < MIN_LABEL_CONTENT_WORDS:
            continue
        name_at = start + head.index(name)
        out.append(
            Frame(
                "label",
                start + colon,
                start + colon + 1,
                segments,
                None,
                idx.token_at(name_at),
                source_span=(name_at, name_at + len(name)),
            )
        )
    return out


def _name_like(idx: DocIndex, end: int, name: str, title: bool) -> bool:
    """A speaker label: a name in capitals, a known actor, or in a headline a proper noun."""
    if " ".join(name.lower().split()) in NOT_SPEAKER_LABELS:
        return False
    if not all(
        w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in name.split()
    ):
        return False
    if name.isupper():
        return True
    mentions = idx.mentions_in(end - len(name), end)
    named = sum(m.end - m.start for m in mentions if m.type in ("PERSON", "ORG", "GROUP", "NORP"))
    if named >= 0.6 * len(name):  # the label is a name, not a headline about one
        return True
    if not title or len(name.split()) > MAX_HEADLINE_LABEL_WORDS:
        return False
    tok = idx.token_before(end)
    return tok is not None and (tok.pos_ == "PROPN" or tok.lower_ in DOCUMENT_SOURCES)


def _first_paragraph(idx: DocIndex) -> int:
    for number, start in enumerate(idx.para_starts):
        if idx.text[start : idx.paragraph_bounds(number)[1]].strip():
            return number
    return 0
