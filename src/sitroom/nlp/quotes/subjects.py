"""The source of a cue verb: its subject, climbing through conjoined and embedded verbs,
with the parser's usual slips mended (datelines, run-in headings, "quoted X as saying")."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import DOCUMENT_SOURCES, RELATIVE_PRONOUNS, SOURCE_NOUNS, SPEECH_VERBS
from sitroom.nlp.quotes.frame import SUBJECT_DEPS, cue_lemma

HEADING_STOPS = frozenset(".!?:;,")  # a line ending in one of these is no run-in heading
MAX_SOURCE_CLIMB = 4
# "voted in favour of X-ing": the gerund is the voter's (not "arrested on charges of X-ing")
SIDING_NOUNS = frozenset({"favour", "favor", "support", "behalf", "defence", "defense"})


def source_of(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing through conjoined and embedded verbs."""
    tok = verb
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    for _ in range(MAX_SOURCE_CLIMB):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subjects and _topic_taken_for_subject(tok, subjects):
            subjects = []  # "spoke about accountability saying, ...": the topic says nothing
        if not subjects:
            subjects = _subject_before_clause(tok)
        if subjects:
            # two subjects mean a misparse ("The Latest: Trump urges"): the likeliest wins
            best = min(subjects, key=lambda c: (_rank_subject(c), abs(tok.i - c.i)))
            if best.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" and issuer_of(tok.head):
                return issuer_of(tok.head)  # "issued a statement that said ...": the issuer
            return _predicate_taken_for_subject(_subject_over_line(best, tok), tok)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None and cue_lemma(tok) in SPEECH_VERBS:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and _quote_between(tok.head, tok):
            tok = tok.head.head  # 'He said "A is B" but did not ...': the conjunct is his
            continue
        if _trailing_participle(tok):
            tok = tok.head.head  # 'he said the ministry was ready, describing ...': his
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "prep" and _concessive(verb) and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "welcomed X, though without Y and while cautioning that": the
            continue  # participle conjoined with a prepositional phrase is the clause's
        if tok.dep_ == "pcomp" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "began by marveling at", "steering clear of criticizing"
            continue
        if tok.dep_ == "pcomp" and _in_favour_of(tok):
            tok = tok.head.head.head.head  # "voted in favour of declaring", "in support of"
            continue
        if tok.dep_ == "pcomp" and tok.head.head.dep_ == "advmod":
            tok = tok.head.head.head  # "refuses to discuss it, aside from saying ..."
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            issuer = issuer_of(head)  # "X issued a statement saying": X says it
            if issuer is not None or tok.dep_ == "acl":
                return issuer or poss or head
        return None
    return None


# A body's written word and the verbs that put it out: "X issued a statement saying ..."
STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "release", "declaration", "message", "note"}
)
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "post", "send", "circulate"})


def issuer_of(noun: Token) -> Token | None:
    """The subject of the verb that put out a statement ("the ministry issued a statement
    that said ..."): who says what the statement says."""
    verb = noun.head
    if noun.lemma_.lower() not in STATEMENT_NOUNS or noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def says_itself(noun: Token) -> bool:
    """A statement whose own clause of saying gives its content ("issued a statement
    saying A"): the content is A, said by the issuer, not the statement as an object."""
    return noun.lemma_.lower() in STATEMENT_NOUNS and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SPEECH_VERBS for c in noun.children
    )


def _concessive(verb: Token) -> bool:
    """A participle opened by "while", "though" ("while cautioning that"): an adjunct of
    the main clause, said by its subject."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "though", "although", "whilst")
        for c in verb.children
    )


def _topic_taken_for_subject(verb: Token, subjects: list[Token]) -> bool:
    """ "He spoke about accountability saying, ...": a participle of saying after a bare
    common noun that ends a prepositional phrase or an object; the parser makes the noun the
    participle's subject, but the one saying it is the clause's subject (not "with the
    ministry saying", where the noun can speak)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "advcl", "acl", "xcomp"):
        return False
    if cue_lemma(verb) not in SPEECH_VERBS or len(subjects) != 1:
        return False
    noun = subjects[0]
    low, lemma = noun.lower_, noun.lemma_.lower()
    return (
        noun.tag_ in ("NN", "NNS")
        and noun.i == verb.i - 1
        and noun.ent_type_ == ""
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        and lemma not in SOURCE_NOUNS
        and low not in SOURCE_NOUNS
        and lemma not in DOCUMENT_SOURCES
        and low not in DOCUMENT_SOURCES
        and verb.head.i < noun.i
        and verb.head.lower_ != "with"  # "..., with rescuers saying": the absolute's subject
    )


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "The station quoted the minister as saying ...": the one quoted says it, not the one
    quoting (so too "cited X as saying")."""
    quoting = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.lemma_.lower() == "say":
        quoting = verb.head.head  # the cue read from "saying"
    elif not any(  # or from "quoted" itself, a quotation before it: '"...," X quoted Y as saying'
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "say" for g in c.children)
        for c in verb.children
    ):
        return None
    if quoting.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


def _in_favour_of(tok: Token) -> bool:
    """A gerund after "in favour of", "in support of": the voter's, the supporter's."""
    of, noun = tok.head, tok.head.head
    prep = noun.head
    return (
        of.dep_ == "prep"
        and noun.lower_ in SIDING_NOUNS
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.i != prep.i
    )


def _subject_before_clause(verb: Token) -> list[Token]:
    """'Minister X, while talking to a channel, said ...': the parser gives the name to the
    clause of time that follows it; a subject before that clause's conjunction is the
    main verb's."""
    for clause in verb.lefts:
        if clause.dep_ != "advcl":
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
        if mark is None:
            continue
        found = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < mark.i]
        if found:
            return found
        ran_on = _appositive_before(verb, clause) if mark.i < clause.i < verb.i else None
        if ran_on is not None:
            return [ran_on]
    return []


def _subject_over_line(subject: Token, verb: Token) -> Token:
    """'Regional implications and future succession<line break>Analysts view the win as
    ...': a sub-heading with no full stop run into the next line's sentence makes the
    heading's noun the subject, the line's own subject its conjunct; the subject is the
    one on the verb's line."""
    doc = subject.doc
    if subject.i >= verb.i:
        return subject
    breaks = [t.i for t in doc[subject.i : verb.i] if t.is_space and "\n" in t.text]
    if not breaks or doc[breaks[-1] - 1].text in HEADING_STOPS:
        return subject
    line = breaks[-1] + 1
    for tok in subject.subtree:  # (or a noun the heading's last word governs: "FOR<br>The X")
        ends = tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i == verb.i - 1
        if line <= tok.i < verb.i and tok.head.i < line and (tok.dep_ in ("conj", "appos") or ends):
            return tok
    return subject


def _predicate_taken_for_subject(subject: Token, verb: Token) -> Token:
    """'... recognized X as the new leader, the president's office insisted': a noun after
    "as" completes the clause before; the appositive after it that ends right before the
    verb is the verb's subject."""
    first = subject.left_edge.i
    if first == 0 or subject.doc[first - 1].lower_ != "as":
        return subject
    for c in subject.children:
        if c.dep_ == "appos" and c.i > subject.i and c.right_edge.i == verb.i - 1:
            return c
    return subject


def _appositive_before(verb: Token, clause: Token) -> Token | None:
    """'While the court named X as the new leader, the president's office insisted': the
    parser takes the main subject for an apposition to the clause's last noun; a phrase
    after a comma that ends right before the verb is the verb's subject."""
    for tok in clause.subtree:
        first = tok.left_edge.i
        if (
            tok.dep_ == "appos"
            and tok.right_edge.i == verb.i - 1
            and first > 0
            and tok.doc[first - 1].text == ","
        ):
            return tok
    return None


CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _trailing_participle(tok: Token) -> bool:
    """'He said the ministry was ready, describing talks as useful': a participle after a
    comma at the end of a reported clause describes what the speaker did, not the
    clause's subject."""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > head.i
        and tok.i > 0
        and _after_comma(tok)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children)
        and head.dep_ == "ccomp"
        and head.head.i != head.i
        and head.head.i < head.i
        and cue_lemma(head.head) in SPEECH_VERBS
        and (  # "X stressed that"
            any(c.dep_ in SUBJECT_DEPS for c in head.head.children)
            or bool(_subject_before_clause(head.head))
        )
    )


def _after_comma(tok: Token) -> bool:
    """A comma right before ``tok``, or before the closing quote mark that is ('acted
    "out of duty," claiming')."""
    doc = tok.doc
    i = tok.i - 1
    while i > 0 and doc[i].text in CLOSING_QUOTES:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _is_dateline(tok: Token) -> bool:
    """'Moroni - The minister said': a place name opening the text before a dash is a
    dateline, not a subject."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    start = tok.left_edge.i
    first = start == tok.sent.start or tok.doc[start - 1].text.strip() == ""
    return first and nxt is not None and nxt.text in ("-", "–", "—", "--", ":")


def _quote_between(first: Token, last: Token) -> bool:
    """A closing quotation mark between two tokens: they are not in one quoted clause."""
    return any(t.text in ('"', "”", "»") for t in first.doc[first.i + 1 : last.i])


def _rank_subject(tok: Token) -> int:
    if _is_dateline(tok):
        return 3
    if tok.pos_ in ("PROPN", "PRON") and tok.lower_ not in RELATIVE_PRONOUNS:
        return 0
    if tok.is_title and tok.i > tok.sent.start:  # a name tagged as a common noun
        return 0
    if tok.lower_ in RELATIVE_PRONOUNS or tok.lemma_.lower() in SOURCE_NOUNS:
        return 1
    return 2
