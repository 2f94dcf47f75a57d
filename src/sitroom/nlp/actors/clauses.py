"""Clauses after a name that give its title: "X, who heads the agency,", "X, who is
director of the Y centre,", "X is secretary-general of the Y party" (English news prose
introduces people it expects the reader not to know this way). Helpers of
:func:`sitroom.nlp.actors.titles.title_words`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.nlp import sent_ents, span_text
from sitroom.nlp.lexicon import BODY_NOUNS, OWN_BODY_KINDS
from sitroom.nlp.lexicon import SPEECH_VERBS as SAYING

HEAD_VERBS = {"head", "lead", "chair", "run", "direct", "command", "oversee"}


def is_predicate(span: Span, end: int) -> bool:
    """ "X is director of the Y centre": the name the subject of "be" whose complement is a
    noun phrase (not "X is expected to", "X was in Paris")."""
    doc = span.doc
    i = span.end
    return (
        i + 1 < end
        and doc[i].lemma_ == "be"
        and span.root.dep_.startswith("nsubj")
        and doc[i + 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
        and doc[i + 1].lower_ not in ("not", "no")
    )


def who_is(doc: Doc, i: int, end: int) -> bool:
    """ "X, who is/was secretary-general of Y,": a relative clause giving X's title."""
    return (
        i + 2 < end
        and doc[i].lower_ == "who"
        and doc[i + 1].lemma_ == "be"
        and doc[i + 2].pos_ in ("DET", "PROPN", "NOUN", "ADJ")
    )


def heads_clause(doc: Doc, i: int, end: int) -> bool:
    """ "X, who heads/leads/chairs/runs Y,": a relative clause giving the body X heads."""
    return (
        i + 2 < end
        and doc[i].lower_ == "who"
        and doc[i + 1].lemma_.lower() in HEAD_VERBS
        and doc[i + 2].pos_ in ("DET", "PROPN", "NOUN", "ADJ")
    )


# Verbs that put someone in an office "as" its holder ("installed X as army chief", "X was
# appointed as head of the agency"); their "re-" forms too ("X has been reappointed as").
# ("instal": the lemma spaCy gives "installed")
# Verbs that state an office their subject holds ("X became / remains the party's chair",
# "X, who has been serving as home minister,").
HOLD_VERBS = frozenset({"become", "remain", "serve"})
APPOINT_VERBS = {"appoint", "name", "install", "instal", "nominate", "elect", "designate",
                 "swear", "confirm", "assign", "post"}  # fmt: skip
# Verbs that state an office through a noun of office ("X has taken office as Y", "X, who
# holds the position of Y", "X assumed the post of Y", "X took over as Y").
TAKE_VERBS = frozenset({"take", "assume", "hold"})
POSITION_NOUNS = frozenset({"office", "position", "post", "portfolio", "role", "charge"})


def _base(lemma: str) -> str:
    """A verb of appointment without its "re-" ("reappointe", spaCy's lemma of
    "reappointed", -> "appoint"; "re-elect" -> "elect")."""
    if lemma in APPOINT_VERBS or not lemma.startswith("re"):
        return lemma
    rest = lemma[2:].lstrip("-")
    for verb in (rest, rest.removesuffix("e")):
        if verb in APPOINT_VERBS:
            return verb
    return lemma  # "remain", "return": no "re-" form


def _takes_office(verb: Token) -> bool:
    """ "take/assume office", "hold the position of", "take over": a verb whose object is a
    noun of office or with the particle "over"."""
    if verb.lemma_.lower() not in TAKE_VERBS:
        return False
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in POSITION_NOUNS)
        or (c.dep_ == "prt" and c.lower_ == "over")
        for c in verb.children
    )


def _states_office(verb: Token) -> bool:
    """A verb its subject holds an office by ("become", "serve", "take office", "X
    replaces / succeeds Y as Z": the subject's office, the object's former one)."""
    return verb.lemma_.lower() in HOLD_VERBS or _takes_office(verb) or bool(_succeeds_as(verb))


# Verbs of taking another's office: "X replaces Y as Z", "X succeeded Y as Z".
SUCCEED_VERBS = frozenset({"replace", "succeed"})


def _succeeds_as(verb: Token) -> Token | None:
    """ "replaces Y as Z": the office "as" names after a verb of succession (the parser
    hangs it on the verb or on the one replaced); None for other verbs."""
    if verb.lemma_.lower() not in SUCCEED_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for head in (verb, *objects):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def appointed_as(span: Span) -> Span | None:
    """The office a verb of appointment or "become" gives the name: "installed X as the
    new army chief", "X (and Y) had been appointed as head of the army", "X was named
    foreign minister of Peru", "X, who was appointed foreign minister,", "X became Peru's
    foreign minister", "X remains the party's chairman", "X, who had been serving as home
    minister,", "X has been reappointed Permanent Secretary for Y", "X, presently serving
    as Y,", "X has taken office as Y", "X, who holds the position of Y," (the name the
    verb's object, the subject of its passive or of "become"/"remain"/"take office", the
    antecedent of "who" or the head of a participle)."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    who = relative is not None and any(
        c.lower_ == "who"
        and (c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _states_office(relative)))
        for c in relative.children
    )
    # "X, presently serving as Y,", "X, appointed as Y last week,": a participle after X
    participle = next(
        (
            c
            for c in root.children
            if c.dep_ == "acl"
            and c.i > root.i
            and (
                (c.tag_ == "VBG" and _states_office(c))
                or (c.tag_ == "VBN" and _base(c.lemma_.lower()) in APPOINT_VERBS)
            )
        ),
        None,
    )
    verb = relative if relative is not None and who else participle or root.head
    lemma = _base(verb.lemma_.lower())
    if who or verb is participle:
        pass  # "X, who was appointed foreign minister,"
    elif root.dep_ == "nsubj" and verb is not root:
        if not _states_office(verb):
            return None
    elif root.dep_ not in ("dobj", "nsubjpass") or verb is root:
        return None
    if lemma not in APPOINT_VERBS | HOLD_VERBS and not _takes_office(verb):
        subject = root.dep_ == "nsubj" or (
            who and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in verb.children)
        )
        if not (_succeeds_as(verb) and subject):  # the one replaced held it before
            return None
    office = _office(verb, span.end) or _succeeds_as(verb)
    if office is None or office.pos_ not in ("NOUN", "PROPN"):
        return None
    return _cut(span.doc, office.left_edge.i, _complement(verb, office))


def ran_for(span: Span) -> str | None:
    """ "X, who ran for the ruling party," / "X ran for president": a candidate, for the
    party or office the verb "run for" names (the name its subject or the antecedent of
    "who"); "who runs the agency" is a head's clause (:func:`heads_clause`)."""
    root = span.root
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    if relative is not None and any(c.lower_ == "who" for c in relative.children):
        verb = relative
    elif root.dep_ == "nsubj":
        verb = root.head
    else:
        return None
    if verb.lemma_.lower() != "run" or verb.i < span.end:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    what = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
    if what is None or what.pos_ not in ("NOUN", "PROPN") or what.ent_type_ in ("DATE", "TIME"):
        return None
    return "candidate for " + _cut(span.doc, what.left_edge.i, what).text


def _office(verb: Token, after: int) -> Token | None:
    """The noun that names the office: the object of "as", the verb's object predicate
    ("named X foreign minister") or attribute ("became foreign minister"), the object of a
    passive ("X was reappointed Permanent Secretary") or what a noun of office is "of"
    ("holds the position of Permanent Secretary")."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    for c in verb.children:
        if c.i < after:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ == "dobj" and c.lemma_.lower() in POSITION_NOUNS:
            of = next((o for o in c.children if o.dep_ == "prep" and o.lower_ == "of"), None)
            if of is not None:
                return next((o for o in of.children if o.dep_ == "pobj"), None)
            continue  # "has taken office as Y": the office follows "as"
        if c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and passive):
            return c
    return None


def _complement(verb: Token, office: Token) -> Token:
    """The office with the "to"/"of" phrase the parser hung on the verb right after it
    ("appointed as Secretary to the Cabinet", "named as adviser to the president"): that
    phrase's object, whose right edge then closes the office."""
    doc = office.doc
    nxt = office.right_edge.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].head.i != verb.i or doc[nxt].dep_ != "prep":
        return office
    if doc[nxt].lower_ not in ("to", "of"):
        return office
    obj = next((o for o in doc[nxt].children if o.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "GPE"):
        return office
    return obj


def _cut(doc: Doc, start: int, office: Token) -> Span:
    """The office's words up to a date, a time or punctuation ("as army chief on Sunday")."""
    end = min(office.right_edge.i + 1, start + 12)
    for tok in doc[office.i + 1 : end]:
        if tok.ent_type_ in ("DATE", "TIME") or tok.is_punct:
            end = tok.i - (doc[tok.i - 1].pos_ == "ADP")
            break
    return doc[start:end]


# The holder's title each verb of heading gives ("Y led by X", "Y headed by X": X is Y's
# leader; the KB's role nouns read "leader", not a bare "head").
HOLDER_OF = {"lead": "leader", "head": "leader", "chair": "chair", "run": "leader",
             "direct": "director", "command": "commander"}  # fmt: skip


# Nouns of a group of people sent or working together ("Fijian officials led by X", "a
# delegation of Kenyan officials headed by X"): X leads them, and serves their state.
GROUP_NOUNS = frozenset({"delegation", "officials", "mission", "negotiators",
                         "diplomats", "envoys", "ministers"})  # fmt: skip


def led_by(span: Span) -> str | None:
    """The title a participle of heading gives the name that is its agent: "Sadiqoon led
    by X with 26 seats", "the Badr Front, headed by X," -> "leader of Sadiqoon", "leader
    of the Badr Front". The body is a name or a body's noun ("the party led by X"), which the
    participle describes (or, where the parser reads the reduced relative as a clause, its
    subject); "seats won, led by X" names no body."""
    root = span.root
    by = root.head
    if root.dep_ == "pobj" and by.lower_ == "under" and by.dep_ == "prep":
        return _under(span, by.head)  # "the Alliance under X with 18 seats"
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    holder = HOLDER_OF.get(verb.lemma_.lower())
    if holder is None or verb.tag_ != "VBN":
        return None
    if verb.dep_ in ("acl", "relcl"):
        body: Token | None = verb.head
    elif any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "the talks were led by X": a clause, no body's description
    else:
        body = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if body is None or body.i > verb.i:
        return None
    group = body.lower_ in GROUP_NOUNS
    if body.pos_ != "PROPN" and body.lower_ not in BODY_NOUNS | OWN_BODY_KINDS and not group:
        return None
    start = min(
        (t.i for t in body.subtree if t.i <= body.i and t.dep_ in ("det", "compound", "amod")),
        default=body.i,
    )
    end = body.i + 1
    if group:  # "a delegation of Fijian officials, headed by X": whose group it is
        end = max(end, min(verb.left_edge.i, body.right_edge.i + 1))
        end -= span.doc[end - 1].is_punct
    return f"{holder} of {span.doc[start:end].text}"


def _under(span: Span, body: Token) -> str | None:
    """ "the National Alliance under X", "the Y Front (Z) under X": the body a name follows
    "under" after leads it (a body's proper name or noun; "sanctions under X" and "Under X,
    the country ..." name none)."""
    if body.i > span.start or (body.pos_ != "PROPN" and body.lower_ not in BODY_NOUNS):
        return None
    if body.ent_type_ not in ("ORG", "NORP", "") or body.lower_ in ("president", "minister"):
        return None
    start = min(
        (t.i for t in body.subtree if t.i <= body.i and t.dep_ in ("det", "compound", "amod")),
        default=body.i,
    )
    return f"leader of {span.doc[start : body.i + 1].text}"


# Verbs that carry on the speech of the speaker before ("'...,' added X").
GOING_ON_VERBS = frozenset({"add", "continue"})
SPEECH_VERBS = frozenset({"say", "add", "tell", "state", "note", "insist", "stress", "warn"})


def same_speaker_title(span: Span) -> str | None:
    """The title of the speaker of the sentence before, when a name is the subject of a
    verb that carries that speech on: "'...,' the Colombian Interior Minister also said.
    '...,' added X" -> "the Colombian Interior Minister" (the speaker there named by a
    title alone: no name inside it, and one person, not a group)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in GOING_ON_VERBS:
        return None
    doc = span.doc
    start = _quote_start(span.sent)
    while start > 0 and not (prev := doc[start - 1].sent).text.strip():
        start = prev.start  # the blank line of a paragraph break
    if start == 0:
        return None
    for tok in doc[start - 1].sent:
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        if tok.tag_ in ("NNS", "NNPS"):
            return None  # "the rebels said": a group, not the one person who goes on
        words = doc[tok.left_edge.i : tok.i + 1]
        if words[0].lower_ == "the" and not any(t.ent_type_ == "PERSON" for t in words):
            return words.text
    return None


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quote_start(sent: Span) -> int:
    """Where the quotation a sentence closes opens, when the parser split it ('"The ELN did
    not understand the message (...) it lost ...," added X'): the start of the sentence
    holding its opening mark (two sentences back at most); else the sentence's own start."""
    doc = sent.doc
    if sum(t.text in QUOTE_MARKS for t in sent) % 2 == 0:
        return sent.start
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        prev = doc[start - 1].sent
        start = prev.start
        if sum(t.text in QUOTE_MARKS for t in prev) % 2 == 1:
            return start
    return sent.start


def lede_title(span: Span) -> str | None:
    """The title of the speaker of the sentence before, when a name met for the first time
    opens the next one as the subject of a speech verb: "Benin's interior minister
    announced on Sunday that ... . Alassane Seidou emphasized that ..." -> "Benin's interior
    minister" (the lede names the speaker by title alone, the next sentence by name). Only
    where the sentence before names no person and its speaker is one person."""
    root = span.root
    doc = span.doc
    if (
        root.dep_ != "nsubj"
        or root.head.lemma_.lower() not in SAYING
        or span.start != span.sent.start
    ):
        return None
    if span[-1].text in span_text(doc[: span.start]):
        return None  # named before: the title, if any, was given there
    start = span.sent.start
    while start > 0 and not (prev := doc[start - 1].sent).text.strip():
        start = prev.start  # the blank line of a paragraph break
    if start == 0:
        return None
    sent = doc[start - 1].sent
    if any(e.label_ == "PERSON" and len(e) > 1 for e in sent_ents(sent)):
        return None  # a person named in full there may hold the title
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.head.lemma_.lower() not in SAYING:
            continue
        words = doc[tok.left_edge.i : tok.i + 1]
        if tok.tag_ in ("NNS", "NNPS") or len(words) < 2:
            return None  # "officials said": a group, not the one person named next
        # "the interior minister", "Benin's interior minister", "Beninese Interior Minister"
        owner = len(words) > 2 and words[0].pos_ == "PROPN" and words[1].tag_ == "POS"
        if words[0].lower_ == "the" or owner or words[0].ent_type_ == "NORP":
            return words.text
    return None


NAMING_PARTICIPLES = frozenset({"named", "called", "identified"})
NAMED_POS = frozenset({"PROPN", "ADJ", "NOUN", "NUM"})


def named_as(span: Span) -> str | None:
    """The noun phrase a participle of naming ties to the name: "a shopkeeper named X", "a
    farmer identified (only) as X", "a teacher called X" -> "shopkeeper", ... The participle
    must be one ("officials called X" is a clause); "The man, identified as X" gives the
    noun before the comma no say (the comma ends the phrase)."""
    doc, sent = span.doc, span.sent
    i = span.start - 1
    if i > sent.start and doc[i].lower_ == "as":
        i -= 1
        i -= int(i > sent.start and doc[i].lower_ == "only")
        if doc[i].lower_ != "identified":
            return None
    if i <= sent.start or doc[i].lower_ not in NAMING_PARTICIPLES or doc[i].tag_ != "VBN":
        return None
    words: list[Token] = []
    j = i - 1
    while j >= sent.start and (doc[j].pos_ in NAMED_POS or doc[j].text in ("-", "'s", "’s")):
        words.append(doc[j])
        j -= 1
    return " ".join(t.text for t in reversed(words)) or None


def list_title(span: Span, is_role: Callable[[str], bool]) -> str:
    """The plural title a list of names stands in apposition to or names ("The leading
    candidates, X and Y,", "The two leading candidates are X and Y"): each listed name's
    (:func:`sitroom.nlp.actors.lists.share_list_titles` makes it one person's office)."""
    doc = span.doc
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and not _plural_title(root.head, is_role):
        root = root.head
    listed = span.end < len(doc) and doc[span.end].lower_ == "and"
    if not (listed or root.i < span.start or any(c.dep_ == "conj" for c in root.children)):
        return ""  # one name alone: the title before a comma is read elsewhere
    head: Token | None = None
    if root.dep_ == "appos":
        head = root.head
    elif root.dep_ == "conj" and doc[root.head.i + 1].text == ",":
        head = root.head  # the parser's reading of "The candidates, X and Y," as a list
    elif root.dep_ == "attr" and root.head.lemma_ == "be":
        head = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    else:
        return ""
    if head is None or head.i >= span.start or not _plural_title(head, is_role):
        return ""
    return doc[head.left_edge.i : head.i + 1].text


def _plural_title(tok: Token, is_role: Callable[[str], bool]) -> bool:
    return tok.tag_ == "NNS" and is_role(tok.text)
