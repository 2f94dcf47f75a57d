"""Whose act a clause tells when its own subject does not say it.

A relative pronoun stands for the noun its clause hangs on ("the rebels who attacked");
the object of "accused X of ..." or "blamed X for ..." does what the phrase tells; a
reported clause's subject pronoun may stand for the reporter ("Iraq said it ..."); the
subjects of a clause saying what is demanded ("demanded that X ...") or of a threat's
condition ("unless X ...") are who must comply; who names an act ("called them attacks")
did not do it. Pure functions over spaCy tokens, used by :mod:`sitroom.nlp.events.syntax`
and :mod:`sitroom.nlp.events.roles`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitroom.nlp import doc_text
from sitroom.nlp.lexicon import RELATIVE_PRONOUNS

# Verbs whose object does what their "of/for/with/from" phrase tells: "accused Chile of
# shelling", "blamed Chile for the attack", "barred Chile from entering".
OBJECT_CONTROL = frozenset(
    {"accuse", "blame", "charge", "suspect", "convict", "criticise", "criticize", "condemn"}
    | {"denounce", "fault", "praise", "thank", "commend", "credit", "punish", "sanction"}
    | {"bar", "ban", "prevent", "stop", "prohibit", "deter", "keep", "warn", "fine", "sue"}
)
CONTROL_PREPS = frozenset({"of", "for", "with", "from", "against"})
# Possessives bound by the subject of their clause ("X declared its withdrawal").
BOUND_POSSESSIVES = frozenset({"its", "their"})


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the rebels who attacked": the rebels)."""
    clause = tok.head
    if (
        tok.lower_ in RELATIVE_PRONOUNS
        and tok.tag_ in ("WP", "WDT")
        and clause.dep_ == "relcl"
        and clause.head.i != clause.i
    ):
        return clause.head
    return tok


# Documents that speak for whoever issued them ("issued a statement condemning X"), and
# filings that speak for whoever filed them ("a case filed by X accusing Y").
STATEMENTS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "resolution", "letter", "decree"}
)
FILINGS = frozenset({"case", "complaint", "lawsuit", "petition", "suit"})
# Verbs whose subject is the filer ("X filed a case"; a court that "heard a case" is not).
FILE_VERBS = frozenset({"file", "bring", "lodge", "submit", "launch", "initiate", "open"})


def issuer(noun: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """Who issued a statement noun or a filing, which then acts for it: its owner ("the
    ministry's statement"), its "by/from" phrase or that of the participle issuing it ("a
    case filed by X"), or the subject of the verb issuing it ("Venezuela issued a statement
    condemning X", "X filed a case accusing Y"); none for other nouns."""
    lemma = noun.lemma_.lower()
    if lemma not in STATEMENTS and lemma not in FILINGS:
        return []
    owners = [k for k in noun.children if k.dep_ == "poss" and k.pos_ != "PRON"]
    owners = owners or [
        g
        for k in noun.children
        if k.dep_ in ("prep", "agent") and k.lower_ in ("by", "from")
        for g in k.children
        if g.dep_ == "pobj"
    ]
    owners = owners or [  # "a case filed by X": the agent of the participle that issued it
        g
        for v in noun.children
        if v.dep_ == "acl" and v.tag_ == "VBN"
        for k in v.children
        if k.dep_ == "agent"
        for g in k.children
        if g.dep_ == "pobj"
    ]
    if owners or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return owners
    if lemma in FILINGS and noun.head.lemma_.lower() not in FILE_VERBS:
        return []
    return subjects(noun.head)


def object_controller(tok: Token) -> list[Token]:
    """The object of "accused X of ..." / "blamed X for ..." when ``tok`` (a gerund or an
    event noun) is that phrase: X does it."""
    prep = tok.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in CONTROL_PREPS or verb.i == prep.i:
        return []
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OBJECT_CONTROL:
        return []
    return [k for k in verb.children if k.dep_ == "dobj" and k.pos_ in ("PROPN", "NOUN", "PRON")]


def said_subjects(tok: Token) -> list[Token]:
    """Subjects of the clauses that say what is demanded or rejected: "demanded that the
    United States match", "insisted on its demands that Burundi's government grant"."""
    holders = [tok]
    holders += [k for k in tok.children if k.dep_ in ("dobj", "attr")]
    holders += [g for k in tok.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    out: list[Token] = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ in ("ccomp", "acl") and clause.pos_ in ("VERB", "AUX"):
                out += [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")]
    return out


def condition_subjects(tok: Token) -> list[Token]:
    """Subjects of the "if"/"unless" clauses on ``tok`` or on the verbs it governs."""
    out: list[Token] = []
    for verb in (tok, *(k for k in tok.children if k.dep_ == "xcomp")):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(
                m.lower_ in ("if", "unless") for m in clause.children
            ):
                out += [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")]
    return out


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_word(tok: Token) -> bool:
    """ "NAIROBI - The army said": a wire dateline the parser took for a subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    first = tok.i == tok.sent.start or tok.doc[tok.i - 1].is_space
    return first and tok.is_upper and len(tok) > 2 and nxt is not None and nxt.text in DASHES


def reporting_subject(tok: Token) -> Token | None:
    """For the subject of a reported clause, the subject of the verb that reports it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "pobj"):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not dateline_word(c)
        ]
        if subj and subj[0].pos_ != "PRON":
            return subj[0]
    return None


def stated_decider(noun: Token) -> list[Token]:
    """ "X said it was a sovereign decision to leave": a decision named by a bare "it was"
    clause is the decision of whoever reports it; none otherwise."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return []
    it = [k for k in copula.children if k.dep_ == "nsubj" and k.lower_ in ("it", "this")]
    decider = reporting_subject(it[0]) if it else None
    return [decider] if decider is not None else []


# Verbs that name an act ("called them attacks", "launched what it called strikes").
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize"})


def naming(verb: Token) -> bool:
    """A verb that names what it is said of ("described the raid as", "called them
    attacks"); "called a strike" (organised it) has no second complement."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS:
        return False
    complements = [
        k for k in verb.children if k.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "dative", "attr")
    ]  # "calling them attacks": two; "in what it calls extermination"
    return lemma != "call" or len(complements) > 1 or any(k.lower_ == "what" for k in complements)


HOME_TYPES = frozenset({"GPE", "NORP", "PERSON", "ORG"})  # mentions that name a home country
HOME_NOUNS = frozenset({"country", "nation"})  # "the country's president"


def home_owned(head: Token) -> bool:
    """ "The country's president", "the nation's opposition leader": owned by the country
    the report is about."""
    return any(
        k.dep_ == "poss" and k.lower_ in HOME_NOUNS and any(d.lower_ == "the" for d in k.children)
        for k in head.children
    )


# Adjectives that only say which of the state's bodies ("the ruling party", "the interim
# government"), never whose (as "Chilean" or "foreign" do).
KIND = frozenset(
    {"ruling", "interim", "transitional", "federal", "central", "military", "riot", "armed"}
    | {"main", "political", "governing", "incumbent", "electoral", "presidential"}
)


def bare_institution(head: Token) -> bool:
    """ "the army", "government forces", "security officials": an institution named by
    its kind alone (not "4,000 troops", "a policy statement", "Chilean officials")."""
    left = [k for k in head.children if k.i < head.i]
    if any(
        k.dep_ in ("nummod", "poss") or k.like_num or (k.dep_ == "amod" and k.lower_ not in KIND)
        for k in left
    ):
        return False
    dets = [k for k in left if k.dep_ == "det"]
    return all(k.lower_ == "the" for k in dets) and (bool(dets) or head.tag_ == "NNS")


def acting_subject(head: Token) -> Token | None:
    """The subject of the verb ``head`` is the object of, through coordinated verbs
    ("Canada sanctioned officers and accused the army": Canada), or of the verb whose
    object an act "against" it is ("Britain imposed sanctions against three generals")."""
    if head.dep_ == "pobj" and head.head.lower_ in AGAINST and head.head.head.pos_ == "NOUN":
        head = head.head.head  # the act noun stands where its target would
    if head.dep_ != "dobj":
        return None
    verb = head.head
    while verb.dep_ == "conj" and not any(k.dep_ == "nsubj" for k in verb.children):
        verb = verb.head
    return next((k for k in verb.children if k.dep_ == "nsubj"), None)


AGAINST = frozenset({"against", "on"})


# Verbs whose object is made to suffer the act: not the acting state's own people.
PUNITIVE = OBJECT_CONTROL | {"arrest", "detain", "expel", "target", "blacklist", "indict"}


def counted_target(head: Token) -> bool:
    """ "sanctioned three generals", "sanctions against nine officials": members of an
    institution counted, with nothing else before them saying whose they are, as the
    target of a punitive act (not "sent 4,000 troops": those are the sender's)."""
    left = [k for k in head.children if k.i < head.i]
    if head.tag_ != "NNS" or not any(k.dep_ == "nummod" for k in left):
        return False
    if not all(
        k.dep_ in ("nummod", "det") or (k.dep_ == "amod" and k.lower_ in KIND) for k in left
    ):
        return False
    against = head.dep_ == "pobj" and head.head.lower_ in AGAINST
    punished = head.dep_ == "dobj" and head.head.lemma_.lower() in PUNITIVE
    return (against or punished) and acting_subject(head) is not None


DATELINE_PLACE = re.compile(r"^\W*([A-Za-z][A-Za-z .'’-]*?)\s*(?:[,(:–—-]|$)")


def dateline_state(doc: Doc, place_country: Callable[[str], str | None]) -> str | None:
    """The state of the report's dateline ("YANGON (Reuters) -": MMR), if it has one."""
    for start, end, *kind in doc._.furniture or []:
        if kind[:1] == ["dateline"]:
            match = DATELINE_PLACE.match(doc_text(doc)[int(start) : int(end)])
            return place_country(match[1].strip().title()) if match else None
    return None


# Participles after "X-" that make X a third party to the thing named ("the Iran-backed
# militia", "an India-sponsored group", "a Turkish-made drone", "a US-brokered truce"):
# its backer, maker or broker, not its own state. Not "-led", "-owned", "-flagged",
# "-controlled", "-linked", "-based": those tell whose or where the thing is.
THIRD_PARTY_MARKS = frozenset(
    {"backed", "sponsored", "funded", "financed", "supported", "armed", "aligned", "allied"}
    | {"affiliated", "inspired", "trained", "supplied", "made", "built", "brokered", "mediated"}
)
# Heads a state's word names the former ruler of, not the thing ("the former French colony")
RULED_HEADS = frozenset({"colony", "protectorate"})


def negated_affiliation(tok: Token) -> bool:
    """ "anti-Syria", "pro-Iranian": the country is what the phrase is against or for;
    "Iran-backed", "Chinese-made": its backer or maker; "a French colony": its ruler."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro"):
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        # as the doer only: a charge against "X and their India-sponsored allies" is
        # aimed at the sponsor too
        return doc[tok.i + 2].lower_ in THIRD_PARTY_MARKS and _doer(tok)
    return tok.head.lemma_.lower() in RULED_HEADS and tok.dep_ in ("amod", "compound")


def _doer(tok: Token) -> bool:
    """Whether the noun phrase ``tok`` sits in is a clause's subject or a "by" agent."""
    noun = tok
    for _ in range(3):
        if noun.head.i == noun.i:
            break
        noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN"):
            break
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "by"


def tree_distance(tok: Token, head: Token) -> tuple[int, str]:
    """Steps from ``tok`` up to ``head``, and the relation of the first step below it."""
    depth = 0
    cur = tok
    dep = tok.dep_
    while cur.i != head.i and cur.head.i != cur.i and depth < 8:
        dep = cur.dep_
        cur = cur.head
        depth += 1
    return depth, dep


def said_clause(verb: Token) -> bool:
    """A reporting verb with what it reports: a clause ("warned that the deal would not
    work") or, with no object, an infinitive ("claimed to have destroyed the posts"):
    what is said counts, not the saying ("warned Iran to stop" keeps its object)."""
    kids = list(verb.children)
    if any(k.dep_ == "ccomp" and not small_clause(k) for k in kids):
        return True
    return any(k.dep_ == "xcomp" for k in kids) and not any(k.dep_ == "dobj" for k in kids)


# Tags of a clause's head with no finite verb ("declared him persona non grata").
SMALL_HEADS = frozenset({"VB", "NN", "NNS", "NNP", "JJ"})


def small_clause(clause: Token) -> bool:
    """A verbless clause, an object and what it is declared to be ("declared the envoy
    persona non grata", "declared him unwelcome"): the declaring is the act, nothing is
    reported. No "that", no auxiliary, no finite verb."""
    return clause.tag_ in SMALL_HEADS and not any(
        k.dep_ in ("mark", "aux", "auxpass", "nsubjpass") for k in clause.children
    )
