"""Verb cues: "said (that) ...", "vowed to ...", "criticized X", "called for X", "A, he said, B".

The verb's class (``sitroom.nlp.lexicon``) says which complement is the content; the first
complement found in this order wins: a clause (speech, belief, evidence), an infinitive
(intention), an object (stance), the object of a preposition (phrasal cues), a passive
subject with a "by" agent ("X was praised by Y"); a speech verb with none of them is read
as a parenthetical attribution of the clause around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import (
    BELIEF_VERBS,
    DOCUMENT_SOURCES,
    EVIDENCE_VERBS,
    INTENT_VERBS,
    PHRASAL_CUES,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    words,
)
from sitroom.nlp.quotes.asides import as_act_done, as_aside, clause_after_hedge, within_aside
from sitroom.nlp.quotes.evidential import shown_by_a_thing
from sitroom.nlp.quotes.frame import (
    Frame,
    Segment,
    clean,
    cue_lemma,
    is_infinitive,
    span_segment,
    subtree_segment,
    tokens_segment,
)
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.postposed import content_told_apart
from sitroom.nlp.quotes.subjects import says_itself, source_of
from sitroom.nlp.quotes.viewers import can_hold_view

# Verbs whose object is the addressee, not the content ("told reporters", "urged voters").
RECIPIENT_VERBS = words(
    """
    tell ask urge warn inform notify advise assure remind encourage invite order instruct
    persuade convince push press beg implore thank call challenge dare
    """
)
# Verbs whose object alone is not content: "called X a liar", "described X as Y".
NEEDS_PREDICATE = frozenset(
    {"call", "describe", "label", "brand", "dub", "paint", "portray", "see", "view", "regard",
     "consider", "judge", "deem", "cast", "characterize", "characterise"}
)  # fmt: skip
# Performative declarations: saying them does the act ("declared the summit closed").
PERFORMATIVE_VERBS = frozenset({"declare", "pronounce"})
PERFORMED_STATES = frozenset({"close", "closed", "open", "opened", "adjourn", "adjourned"})
QUOTE_TOKENS = frozenset({'"', "“", "”", "«", "»"})
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "when", "why", "how", "what", "who", "where"})
EXTENSION_PREPS = frozenset({"as", "of", "for", "to"})
PREDICATE_DEPS = ("dobj", "oprd", "xcomp", "ccomp", "attr")
OBJECT_PRONOUNS = frozenset({"it", "this", "that", "them", "him", "her"})
PARENTHETICAL_HEADS = ("parataxis", "ccomp", "advcl", "conj")
MAX_SUBJECT_DISTANCE = 8
# The writer's own asides, said by no one: "it should be noted that", "it must be stressed
# that", "it is worth noting", "it is important to note that".
ASIDE_MODALS = frozenset({"should", "must", "may", "can", "could", "might", "ought"})
ASIDE_ADJECTIVES = words(
    """
    worth important necessary noteworthy interesting fair safe crucial essential notable
    significant vital useful helpful instructive
    """
)


def verb_frame(idx: DocIndex, verb: Token) -> Frame | None:
    lemma = cue_lemma(verb)
    speech = lemma in SPEECH_VERBS
    belief = lemma in BELIEF_VERBS
    evidence = lemma in EVIDENCE_VERBS
    intent = lemma in INTENT_VERBS
    stance = lemma in STANCE_VERBS
    if not (speech or belief or evidence or intent or stance or lemma in PHRASAL_CUES):
        return None
    children = list(verb.children)
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in children):
        return None  # "traces found at sites that Tehran failed to declare": no one speaks
    frame = _verb_frame(idx, verb, lemma, children)
    if frame is not None and _passive_adjunct(verb, children):
        frame.unsaid = True  # "the decision, announced last week, that ...", "Asked whether"
    return frame


def _verb_frame(idx: DocIndex, verb: Token, lemma: str, children: list[Token]) -> Frame | None:
    speech = lemma in SPEECH_VERBS
    belief = lemma in BELIEF_VERBS
    evidence = lemma in EVIDENCE_VERBS
    intent = lemma in INTENT_VERBS
    stance = lemma in STANCE_VERBS
    source = source_of(verb)
    cue = (verb.idx, verb.idx + len(verb.text))
    if as_act_done(verb, lemma):  # "she resigned, as she had promised": an act
        return None
    if as_aside(verb, lemma):  # "As X put it, A"
        return _parenthetical(idx, verb, source, cue, aside=True)
    clauses = [c for c in children if c.dep_ == "ccomp" and not _is_bare_pronoun(c)]
    if not clauses and (speech or belief or evidence):
        # a that-clause misattached, to the verb or to "without evidence" before it
        clauses = [c for c in verb.rights if _is_clause(c)] or clause_after_hedge(verb)
        clauses = clauses or content_told_apart(verb)  # "A, X quoted Y as saying"
    clauses = within_aside(verb, clauses)  # "X — which said A — refused": A only
    # a clause of time or condition after an object ("saw fatalities when A") is no content
    adverbial = bool(clauses) and all(_adverbial(c, children) for c in clauses)
    xcomps = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i and is_infinitive(c)]
    if xcomps and intent and all(c.i > xcomps[0].i for c in clauses):
        clauses = []  # "promised to act, ...": the infinitive is the content
    if clauses and (speech or belief or evidence):
        cls = "speech" if speech else ("belief" if belief else "evidence")
        if not can_hold_view(idx, source, cls, evidence):
            return None
        segments = [subtree_segment(idx, c, verb) for c in clauses]
        trailing = all(c.i < verb.i for c in clauses)
        if trailing:
            segments += [subtree_segment(idx, c, verb) for c in _continuations(verb)]
        frame = Frame(cls, *cue, clean(idx, segments), verb, source, trailing=trailing)
        frame.unsaid = adverbial or (lemma in SHOWING and all(_scene(c) for c in clauses))
        frame.unsaid = frame.unsaid or shown_by_a_thing(idx, lemma, source)  # a reaction
        frame.unsaid = frame.unsaid or all(_indirect_question(c, lemma) for c in clauses)
        frame.unsaid = frame.unsaid or (
            lemma in PERFORMATIVE_VERBS and all(_performed(c) for c in clauses)
        )
        return frame

    if xcomps and intent:
        if not can_hold_view(idx, source, "intent") or _pro_verb(xcomps[-1]):
            return None
        first = xcomps[0]
        objects = [c for c in children if c.dep_ in ("dobj", "dative") and c.i < first.i]
        start_tok = objects[0] if objects and lemma in RECIPIENT_VERBS else first
        seg = span_segment(idx, start_tok, xcomps[-1], verb)
        return Frame("intent", *cue, clean(idx, [seg]), verb, source)

    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    if objects and says_itself(objects[0]):
        return None  # "issued a statement saying A": the frame of "saying" holds A
    if not objects and stance:
        # "condemned what he called provocations": a free relative is the object
        objects = [c for c in children if c.dep_ == "ccomp" and _free_relative(c, verb)]
    if objects and stance and lemma not in RECIPIENT_VERBS | {"call"}:
        return _stance(idx, verb, objects[0], source, cue)
    if objects and evidence and _is_document(idx, source):
        return _stance(idx, verb, objects[0], source, cue, "evidence")  # "polls show X ahead"
    if lemma in PERFORMATIVE_VERBS and objects and _quoted_as(objects[0], children):
        return _stance(idx, verb, objects[0], source, cue)  # 'declared it as “a new start”'
    if lemma in RECIPIENT_VERBS | NEEDS_PREDICATE:
        # "called Trump a liar" (object and predicate), "urged voters to stay home"
        comps = [c for c in children if c.i > verb.i and c.dep_ in PREDICATE_DEPS]
        target = objects[0] if objects else (comps[0] if comps else None)
        later = [c for c in comps if target is not None and c.i > target.i]
        if target is not None and (
            later or (lemma in NEEDS_PREDICATE and _has_as(target, children))
        ):
            return _stance(idx, verb, target, source, cue)

    if stance:
        passive = _passive_stance(idx, verb, children, cue)
        if passive is not None:
            return passive

    phrasal = _phrasal(idx, verb, lemma, children, source)
    if phrasal is not None:
        return phrasal
    if speech or belief:
        return _parenthetical(idx, verb, source, cue)
    return None


def _stance(
    idx: DocIndex,
    verb: Token,
    obj: Token,
    source: Token | None,
    cue: Segment,
    cls: str = "stance",
) -> Frame | None:
    """The object, with what completes it: "called X a liar", "accused X of Y"."""
    if not can_hold_view(idx, source, cls, cls == "evidence"):
        return None
    last = obj
    for c in verb.children:
        if c.i <= obj.i:
            continue
        if c.dep_ in ("oprd", "xcomp", "ccomp", "dative", "attr") or (
            c.dep_ == "prep" and (c.lower_ in EXTENSION_PREPS or _holds_quotation(c))
        ):
            last = c
        elif c.dep_ == "dobj" and obj.lower_ in OBJECT_PRONOUNS:
            last = c  # "calling them 'cowardly attacks'": the second object is the predicate
    if last is obj and obj.lower_ in OBJECT_PRONOUNS:
        return None
    seg = span_segment(idx, obj, last, verb)
    return Frame(cls, *cue, clean(idx, [seg]), verb, source)


def _pro_verb(tok: Token) -> bool:
    """ "invited him to do so", "urged them to do it": a pro-verb stands for an act named
    elsewhere; the cue reports no content of its own."""
    pro = [c for c in tok.children if c.lower_ in ("so", "it", "that", "this", "likewise")]
    content = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp")]
    return tok.lemma_.lower() == "do" and bool(pro) and all(c in pro for c in content)


def _infinitive_after(obj: Token, children: list[Token]) -> Token | None:
    """The infinitive the parser hung on the cue right after its object ("called for
    police to act"): the object is its subject, and the act is what was asked."""
    for c in children:
        infinitive = c.dep_ in ("advcl", "xcomp") and is_infinitive(c) and c.tag_ != "VBG"
        if infinitive and c.left_edge.i == obj.right_edge.i + 1:
            return c
    return None


def _passive_stance(
    idx: DocIndex, verb: Token, children: list[Token], cue: Segment
) -> Frame | None:
    """ "X was criticized by Y": Y holds the view, X is its object."""
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if subj is None or agent is None:
        return None
    by = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if by is None or not can_hold_view(idx, by, "stance"):
        return None
    seg = subtree_segment(idx, subj, verb)
    return Frame("stance", *cue, clean(idx, [seg]), verb, by)


def _performed(clause: Token) -> bool:
    """ "declared the summit closed", "declared the session adjourned": a small clause of
    a state the declaring itself brings about (no auxiliary, no object) is an act."""
    return clause.lemma_.lower() in PERFORMED_STATES and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in clause.children
    )


def _holds_quotation(prep: Token) -> bool:
    """A phrase after the object that quotes the speaker ('called them "attacks" by a
    "deceitful enemy"'): part of what the speaker said."""
    return any(t.text in QUOTE_TOKENS for t in prep.subtree)


def _phrasal(
    idx: DocIndex, verb: Token, lemma: str, children: list[Token], source: Token | None
) -> Frame | None:
    """ "called for talks", "warned of war": the object of the cue's preposition."""
    preps = PHRASAL_CUES.get(lemma)
    if not preps or not can_hold_view(idx, source, "stance"):
        return None
    for clause in children:  # "called for police to act" parsed as a for-to clause
        marks = [g for g in clause.children if g.dep_ == "mark" and g.lower_ in preps]
        # who is to act ("called for police to act"), or what is to be done, passive ("called
        # for the vote to be annulled")
        doer = [
            g
            for g in clause.children
            if (g.dep_ == "nsubj" and can_hold_view(idx, g, "stance")) or g.dep_ == "nsubjpass"
        ]
        if (
            clause.dep_ == "advcl"
            and clause.i > verb.i
            and marks
            and doer
            and is_infinitive(clause)
        ):
            seg = tokens_segment(idx, marks[0].i + 1, clause.right_edge.i)
            return Frame("phrasal", verb.idx, marks[0].idx + len(marks[0]), [seg], verb, source)
    for prep in children:
        if prep.dep_ not in ("prep", "prt", "dobj") or prep.lower_ not in preps or prep.i < verb.i:
            continue
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.ent_type_ in ("DATE", "TIME"):
            continue
        if _saying_participle(obj):
            return None  # "spoke about X saying, A": the participle's frame holds A
        seg = subtree_segment(idx, obj, verb)
        asked = _infinitive_after(obj, children)
        if asked is not None and can_hold_view(
            idx, obj, "stance"
        ):  # "called for police officers to protect X": what they are to do
            seg = span_segment(idx, obj, asked, verb)
        return Frame(
            "phrasal", verb.idx, prep.idx + len(prep.text), clean(idx, [seg]), verb, source
        )
    return None


OPENING_QUOTES = frozenset({'"', "“", "«", "'", "‘"})


def _saying_participle(obj: Token) -> bool:
    """The object of a topic preposition is a participle of saying with its own content
    ("spoke about accountability saying, A", "talked of reforms, noting that A")."""
    if obj.tag_ != "VBG" or cue_lemma(obj) not in SPEECH_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in obj.children):
        return True
    doc = obj.doc
    nxt = obj.i + 1
    while nxt < len(doc) and doc[nxt].text in (",", ":"):
        nxt += 1
    return nxt < len(doc) and doc[nxt].text in OPENING_QUOTES


def _parenthetical(
    idx: DocIndex, verb: Token, source: Token | None, cue: Segment, aside: bool = False
) -> Frame | None:
    """ "A, she said, B", "A, she said" or "As she put it, A": the content is the clause the
    cue interrupts."""
    if source is None or source.i < verb.i - MAX_SUBJECT_DISTANCE:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    objects = any(c.dep_ == "dobj" for c in verb.children)
    if objects and not aside and cue_lemma(verb) not in ("tell", "ask"):
        return None
    head = verb.head
    if verb.dep_ not in PARENTHETICAL_HEADS or head.i == verb.i:
        return None
    if head.i > verb.i and verb.dep_ != "parataxis" and not aside:
        return None
    left, right = verb.left_edge.i, verb.right_edge.i
    if not left <= source.i <= right:
        return None  # "Y refused, alleging ...": a participle whose subject is the clause's
    doc = idx.doc
    before = doc[left - 1] if left > 0 else None
    if not doc[left].is_punct and before is not None and not before.is_punct:
        return None  # the cue's clause must be set off by punctuation
    segments: list[Segment] = []
    # the clause around the cue: its head's subtree, or the sentence when that is wider
    # (conjoined clauses often hang elsewhere: "A, he said, while B, and C")
    sent = verb.sent
    h_left = min(head.left_edge.i, sent.start)
    h_right = max(head.right_edge.i, sent.end - 1)
    if h_left < left:
        segments.append(tokens_segment(idx, h_left, left - 1))
    if h_right > right:
        segments.append(tokens_segment(idx, right + 1, h_right))
    segments = clean(idx, segments)
    if not segments:
        return None
    trailing = segments[-1][1] <= verb.idx
    return Frame("speech", *cue, segments, verb, source, trailing=trailing)


def _continuations(verb: Token) -> list[Token]:
    """Finite clauses after a trailing attribution that go on with what was said:
    "A, he told reporters, while B" (not "..., he said, drawing laughter")."""
    out = []
    for c in verb.rights:
        if c.dep_ not in ("advcl", "conj", "ccomp", "parataxis") or cue_lemma(c) in SPEECH_VERBS:
            continue
        before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if before is None or not (before.is_punct or before.dep_ == "cc"):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            out.append(c)
    return out


def writers_aside(verb: Token) -> bool:
    """An impersonal "it" with a modal passive ("it should be noted that") or with an
    adjective of importance ("it is worth noting", "it is important to stress that")."""
    children = list(verb.children)
    if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ASIDE_MODALS for c in children
    ):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.pos_ == "ADJ":  # "it is worth noting": the verb hangs on the adjective
        adjective, clause = head, head.head
    else:  # "it is important to note": on the copula, beside the adjective
        adjective = next((c for c in head.children if c.dep_ == "acomp"), head)
        clause = head
    return adjective.lower_ in ASIDE_ADJECTIVES and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children
    )


def _is_document(idx: DocIndex, source: Token | None) -> bool:
    """A poll, study, report or organisation: what "shows" or "finds" something."""
    if source is None:
        return False
    if source.lemma_.lower() in DOCUMENT_SOURCES or source.lower_ in DOCUMENT_SOURCES:
        return True
    mention = idx.mention_at(source.idx)
    return mention is not None and mention.type == "ORG"


def _is_clause(tok: Token) -> bool:
    """A complement clause the parser attached as something else: "that ...", "whether ..."."""
    if tok.dep_ not in ("advcl", "dep", "parataxis", "npadvmod", "acl", "attr", "xcomp"):
        return False
    first = tok.left_edge
    return tok.pos_ in ("VERB", "AUX") and first.lower_ in CLAUSE_OPENERS and first.i > 0


def _passive_adjunct(verb: Token, children: list[Token]) -> bool:
    """A participle set off as an adjunct with no subject and no "by" agent is passive:
    "the decision, announced two weeks before, that ...", "Asked whether he would stay,
    the minister smiled"; what it reports was said to, or of, the main clause's subject,
    not by it. (The tagger often takes such participles for past tenses.)"""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "mark") for c in children):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return verb.left_edge.i == verb.sent.start or (before is not None and before.is_punct)


ADVERBIAL_OPENERS = frozenset({"when", "where", "if", "while", "because"})
ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire", "check", "know"})


def _adverbial(clause: Token, children: list[Token]) -> bool:
    """A clause of time, place or condition after the cue's object is no content."""
    if clause.dep_ != "advcl" or clause.left_edge.lower_ not in ADVERBIAL_OPENERS:
        return False
    if cue_lemma(clause.head) in ASKING:
        return False  # "asked when the talks would resume"
    return any(c.dep_ == "dobj" and c.i < clause.i for c in children)


WH_OPENERS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how"})


def _indirect_question(clause: Token, lemma: str) -> bool:
    """A question, not a statement: a clause opened by its own "whether"/"if" ("asked
    whether he was there", "to determine if force was used"; not "said that if talks fail,
    war follows", where "if" opens a clause inside the content), or a wh-clause after a
    verb of asking or knowing ("asked when talks resume", "knew who the suspects are";
    not "explained how the attack unfolded")."""
    first = clause.left_edge
    if first.i == 0 or first.i >= clause.i:
        return False
    if first.lower_ in ("whether", "if"):
        return any(c.i == first.i and c.dep_ == "mark" for c in clause.children)
    asking = lemma in ASKING or lemma not in SPEECH_VERBS
    return asking and first.lower_ in WH_OPENERS and first.i == clause.left_edge.i


FREE_RELATIVES = frozenset({"what", "whatever"})


def _free_relative(clause: Token, verb: Token) -> bool:
    """ "what he called X", "what it described as X": a thing named in the speaker's words
    (not "welcomed what happened")."""
    first = clause.left_edge
    if first.i != verb.i + 1 or first.lower_ not in FREE_RELATIVES:
        return False
    return cue_lemma(clause) in NEEDS_PREDICATE | {"term"}


SHOWING = frozenset({"show", "depict", "capture"})


def _scene(clause: Token) -> bool:
    """What footage or a tracker shows, not a statement: a bare participle clause ("showed
    the jets circling the gulf") or a hedged sight ("showing what appeared to be a
    launcher")."""
    kids = list(clause.children)
    if clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in kids):
        return True
    return clause.lemma_.lower() in ("appear", "seem") and any(
        c.dep_ == "nsubj" and c.lower_ == "what" for c in kids
    )


def _is_bare_pronoun(tok: Token) -> bool:
    return tok.lower_ in RELATIVE_PRONOUNS and not list(tok.children)


def _quoted_as(obj: Token, children: list[Token]) -> bool:
    """ "as" and a quotation after the object: the speaker's own words name it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > obj.i
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].text in QUOTE_TOKENS
        for c in [*children, *obj.children]  # "as" on the verb or on its object
    )


def _has_as(obj: Token, children: list[Token]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in children)
