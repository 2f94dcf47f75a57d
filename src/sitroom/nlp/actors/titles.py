"""What the text says about a person or body outside the knowledge base: the title next to
the name ("Pakistani Defence Minister X", "X, spokesperson for South Africa's president",
"The group's spokesman, X") and the state named around it (:mod:`.carry` carries it to the
person's other mentions).

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.article import Mention
from sitroom.article import Span as TextSpan
from sitroom.nlp.actors.clauses import (
    appointed_as,
    heads_clause,
    is_predicate,
    led_by,
    lede_title,
    list_title,
    named_as,
    ran_for,
    same_speaker_title,
    who_is,
)
from sitroom.nlp.actors.context import KIN_NOUNS, TitleContext
from sitroom.nlp.actors.names import ADDRESS_WORDS
from sitroom.nlp.actors.phrases import (
    and_in_a_name,
    clean_role,
    coordinated_body,
    described_as_place,
    honorific,
    research_body_after,
    venue,
)
from sitroom.nlp.actors.seats import a_seat, and_in_a_seat
from sitroom.nlp.actors.state import Link
from sitroom.nlp.lexicon import BODY_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS

TITLE_POS = {"PROPN", "ADJ", "NOUN", "PART"}
TITLE_LINKS = {"of", "for", "and", "on", "'s", "’s", "-"}
# Words that may open a title standing before a comma ("The group's spokesman, X", "its
# envoy, X"); the possessives among them point back to an actor named before.
TITLE_OPENERS = {"the", "its", "their", "his", "her", "a", "an", "another"}
POSSESSIVE_PRONOUNS = {"its", "their"}
# "President X ... his spokesman, Y": Y serves the state of the person named before
PERSONAL_POSSESSIVES = {"his", "her"}
# Nouns that, with "the", stand for a non-state armed group or movement named before
# ("the group's spokesman", "the rebels' commander").
GROUP_ANAPHORS = {
    "group",
    "movement",
    "militia",
    "rebels",
    "militants",
    "organisation",
    "organization",
}
ARMED_SECTORS = {"REB", "UAF", "PRM", "INS"}
NON_STATE = {"IGO", "NGO", "MED", "BUS"}
MAX_BEFORE = 8  # "Minister of Industry, Trade and Supply X"
# a title a comma sets before the name may be long ("Former Nigerian Head of State and
# founder of ECOWAS, General X")
MAX_BEFORE_COMMA = 12
MAX_AFTER = 12
BACK_SENTENCES = 3
# "analyst X of the Wilson Center", "X at the Brookings Institution": the body after the name
BODY_AFTER = {"of", "at", "from", "with"}
BODY_LABELS = {"ORG", "FAC", "GPE"}  # the NER often calls a centre a place
AGE = re.compile(r"^-?(?:year-old|-)\s*")  # "21-year-old student": the number is no title
# Titles of people posted to a state or body ("ambassador to the UN", "envoy to Sudan").
POSTED_WORDS = {"ambassador", "envoy", "representative", "delegate", "emissary", "consul"}
CHARGE_WORDS = {"d'affaires", "d’affaires", "affaires", "ambassadors", "envoys", "consul-general"}
# What sets an apposition before a name apart: a comma or a dash ("the advisers -- X --").
APPOSITION_MARKS = frozenset({",", "--", "—", "–"})
GLUED = re.compile(r" (?=['’]s\b|[,.;:)]|-)|(?<=[-(]) ")


def sentence_of(span: Span) -> Span:
    """The name's sentence, with the one before when the parser ended it at the point of a
    word of address ("The Executive Director, Cllr. | X, said"): the title stands there."""
    sent = span.sent
    doc = span.doc
    k = sent.start
    if k >= 2 and doc[k - 1].text == "." and doc[k - 2].lower_ in ADDRESS_WORDS:
        return doc[doc[k - 2].sent.start : sent.end]
    return sent


def owned_by_person(span: Span) -> bool:
    """A title opened by "his" or "her" right before the name ("... and his defence minister
    X"): X serves the state of the person the pronoun points back to."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - MAX_BEFORE) - 1, -1):
        if doc[i].lower_ in PERSONAL_POSSESSIVES:
            return i < span.start - 1  # a title word between the pronoun and the name
        if doc[i].is_punct or not doc[i].is_alpha:
            return False
    return False


def title_words(span: Span, is_role: Callable[[str], bool]) -> tuple[str, str]:
    """The words that title a name, and the title standing before a comma.

    ``is_role`` tells a role word ("minister") from a name. The first are the run of
    name-like words right before the name ("Lithuania's Defense Minister", not "Ukraine
    during the") and an apposition after it ("X, spokesman for the agency of Iran,", not a
    clause "X, have emphasized ..." nor the next name of a list). The second is a title a
    comma sets before the name ("The group's spokesman, X").
    """
    doc = span.doc
    sent = sentence_of(span)
    words: list[str] = []
    skipped = 0
    i = span.start - 1
    # a seat's name lengthens a title ("Deputy Prime Minister and Exumas and Ragged Island MP")
    while i >= sent.start and span.start - i <= MAX_BEFORE + (4 if words[:1] == ["MP"] else 0):
        tok = doc[i]
        address = (
            tok.lower_.rstrip(".") in ADDRESS_WORDS
            or honorific(tok)
            or (tok.text == "." and i > sent.start and doc[i - 1].lower_ in ADDRESS_WORDS)
        )
        if not words and address:
            i -= 1  # "Sports Minister Barrister X": a word of address, no part of the title
            skipped += 1
            continue
        if words and _bracketed_acronym(doc, i, sent.start):
            i -= 3  # "Malawi Police Service (MPS) Inspector General X": the body's short name
            continue
        named = tok.pos_ in TITLE_POS or tok.lower_ in TITLE_LINKS
        named = named or (tok.text == "," and bool(words) and _in_a_portfolio(doc, i, is_role))
        # "Under Secretary X": a word that opens a two-word role with the next one
        named = named or (bool(words) and tok.is_alpha and is_role(f"{tok.text} {doc[i + 1].text}"))
        named = named or (tok.tag_ == "VBG" and tok.dep_ == "amod" and bool(words))  # "acting"
        if not named and not _inner_link(doc, i, sent.start):
            break
        if tok.lower_ == "of" and i > sent.start and doc[i - 1].lower_ in KIN_NOUNS:
            break  # "wife of Navy Lieutenant X": X's title is the lieutenant's, not "wife"
        if tok.lower_ == "of" and i - 1 > sent.start and _event_noun(doc, i - 1, is_role):
            break  # "the agreement of Prime Minister X": an act of X's, no part of the title
        if tok.lower_ == "and" and not (
            (i > sent.start and _ends_a_role(doc, i, is_role) and not coordinated_body(doc[i - 1]))
            or _in_a_portfolio(doc, i, is_role)
            or _coordinated_modifier(doc, i, words, sent.start, is_role)
            or and_in_a_seat(doc, i, words)  # "Exumas and Ragged Island MP X"
        ):
            break  # "Commissioner Y Z and Health Minister X": Y Z's title is not X's
        words.append(tok.text)
        i -= 1
    before = " ".join(reversed(words))
    after = ""
    comma = span.end < sent.end and doc[span.end].text == ","
    if comma or is_predicate(span, sent.end):  # "X, the agency's head," / "X is its head"
        buf = []
        first = span.end + 1  # after the comma, or after "is"
        if comma and first + 1 < sent.end and doc[first].like_num and doc[first + 1].text == ",":
            first += 2  # "X, 45, a teacher": the age, then the title
        if comma and heads_clause(doc, first, sent.end):  # "X, who heads the agency,"
            buf.append(doc[first + 1].text)
            first += 2
        elif comma and who_is(doc, first, sent.end):  # "X, who is director of Y,"
            first += 2
        for tok in doc[first : min(sent.end, first + MAX_AFTER)]:
            # "top elected official", "of the ruling party": an attributive participle
            participle = tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod"
            participle = participle or tok.tag_ == "PRP$"  # "X, its envoy,": a determiner
            if tok.text in (",", ".", ";") or (
                tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ") and not participle
            ):
                if comma and tok.lemma_.lower() in SPEECH_VERBS:
                    buf = []  # "his rival, former president X, the tribunal said": a source
                if all(t.pos_ == "ADV" for t in doc[first : tok.i]):
                    buf = []  # "X, also known as Y": adverbs before a verb are no title
                if comma and _body_subject(doc, first, tok, is_role):
                    buf = []  # "... of Forestry, X, the Council of Ministers decided to"
                break
            if (tok.lower_ == "and" and not and_in_a_name(doc, tok.i, buf)) or (
                not buf and tok.pos_ == "ADP"
            ):
                break  # "X, during his stay": no apposition opens with a preposition
            opens_name = tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
            if opens_name and buf and _next_names_title(doc[first : tok.i]):
                buf = []  # "... of Y and X, Press Secretary Z said": Z's title, not X's
                break
            if opens_name and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
                break  # the next name of a list ("X, Commissioner Y Z and Minister W")
            buf.append(tok.text)
        after = " ".join(buf)
    office = appointed_as(span)
    if office is not None and (not after or comma):  # "installed X as chief"
        # "X, MP for Y, has been appointed Minister of Z": the office the report gives X
        # wins over the seat or post the apposition recalls
        after = office.text
    elif not after:  # "the Badr Front headed by X", "'...,' added X" after a titled speaker
        after = led_by(span) or ("" if before else named_as(span) or "")  # "a farmer named X"
        after = after or ("" if before else same_speaker_title(span) or "")
        after = after or ("" if before else ran_for(span) or "")  # "X, who ran for Y,"
        after = after or ("" if before else lede_title(span) or "")  # "X's minister said ..."
        # "X of the Centre for Policy Studies said": a scholar of a research body
        after = after or ("" if before else research_body_after(span) or "")
    # the two apart as the text sets them ("Colonel X, junta spokesman"): a comma, which
    # the title's reading folds away
    # "the MP for X, Dr. Y", "the Minister of Tourism, Arts and Culture, X"
    before_comma = _title_before_comma(span, len(words) + skipped, is_role)
    before_comma = before_comma or list_title(span, is_role)  # "The candidates, X and Y,"
    return ", ".join(w for w in (before, after) if w), _own_phrase(before_comma, is_role)


def _event_noun(doc: Doc, i: int, is_role: Callable[[str], bool]) -> bool:
    """Token ``i`` is a common noun in lower case that names neither an office nor a body
    ("agreement", "pardon", "visit"), opened by an article or a possessive pronoun: with
    "of" before a name it names the act of (or on) the name's holder, which no title holds
    ("the agreement of Prime Minister X", "his pardon of ex-President X"); "head of",
    "Ministry of", "member of" keep the title going, and so does a state's possessive
    before the act ("Peru's arrest of opposition leader X" gives the state)."""
    tok = doc[i]
    return (
        doc[i - 1].tag_ in ("DT", "PRP$")
        and tok.pos_ == "NOUN"
        and tok.text.islower()
        and not is_role(tok.text)
        and tok.lower_ not in BODY_NOUNS
        and tok.lower_ not in PERSON_ROLE_NOUNS
    )


def _bracketed_acronym(doc: Doc, i: int, start: int) -> bool:
    """Token ``i`` closes a bracketed short name ("(MPS)") set inside a title."""
    return (
        doc[i].text == ")"
        and i - 2 > start
        and doc[i - 2].text == "("
        and doc[i - 1].text.isupper()
        and len(doc[i - 1].text) <= 6
    )


def _own_phrase(title: str, is_role: Callable[[str], bool]) -> str:
    """The phrase of a title before a comma that holds its first role word, from the
    determiner or possessive opening it: "the removal of its President, General X" ->
    "its President" ("the leader of the X party" stays whole)."""
    words = title.split()
    first = next((i for i, w in enumerate(words) if is_role(w)), None)
    if first is None:
        return title
    opener = max((i for i in range(first) if words[i].lower() in TITLE_OPENERS), default=0)
    return " ".join(words[opener:])


def _ends_a_role(doc: Doc, i: int, is_role: Callable[[str], bool]) -> bool:
    """Whether a role's name ends right before the "and" at ``i``: one word ("Minister and
    ...") or two ("Press Officer and Communications Undersecretary X")."""
    two = i - 2 >= doc[i].sent.start and is_role(f"{doc[i - 2].text} {doc[i - 1].text}")
    return is_role(doc[i - 1].text) or two


def _coordinated_modifier(
    doc: Doc, i: int, words: list[str], start: int, is_role: Callable[[str], bool]
) -> bool:
    """The "and" joins two capitalised modifiers of one role word after it: "Foreign and
    Trade Affairs Minister X", "Police and Central Commander X" (the whole coordinated
    title is the name's). The words already taken after the "and" are capitalised
    modifiers ending in the role word, and the word before it is a capitalised modifier of
    no name or place ("Commissioner Y Z and Health Minister X" keeps Y Z's title apart)."""
    if i <= start or len(words) < 2 or not is_role(words[0]):
        return False
    prev = doc[i - 1]
    return (
        prev.text[:1].isupper()
        and prev.ent_type_ not in ("PERSON", "GPE", "LOC")
        and not is_role(prev.text)
        and all(w[:1].isupper() and not is_role(w) for w in words[1:])
    )


def _next_names_title(words: Span) -> bool:
    """Whether the words after a comma, up to the next name, are that name's own title
    ("X, Press Secretary Z said"): capitalised title words with no article, possessive or
    preposition that would make the next name their object ("X, spokesman for President
    Z")."""
    return all(
        t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.tag_ != "POS"
        for t in words
    )


def _in_a_portfolio(doc: Doc, i: int, is_role: Callable[[str], bool]) -> bool:
    """The "and" or comma of a portfolio's name, "the Minister for Ports and Shipping X",
    "Minister of Industry, Trade and Supply X": capitalised words (and the portfolio's
    commas and "and") before it back to "for"/"of" after a role word."""
    j = i - 1
    while (
        j > 0
        and i - j <= 6
        and (
            (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()) or doc[j].lower_ in (",", "and")
        )
    ):
        j -= 1
    return j > 0 and j < i - 1 and doc[j].lower_ in ("for", "of") and is_role(doc[j - 1].text)


def _inner_link(doc: Doc, i: int, start: int) -> bool:
    """ "the" and "to" inside a title before a name: "ambassador to the UN X", "head of
    the agency X" ("to" only after a diplomat's title, "the" only after a preposition)."""
    if i <= start:
        return False
    word, prev = doc[i].lower_, doc[i - 1]
    if word == "the":
        return prev.lower_ in ("of", "for", "to")
    consul = prev.lower_ == "general" and doc[i - 2].lower_ == "consul"  # "Consul General in"
    if word in ("in", "at") and (prev.lower_ in POSTED_WORDS | CHARGE_WORDS or consul):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        # "ambassador in Cairo"; the place the recognizer ran into the name that follows
        glued = nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"
        return nxt is not None and (nxt.ent_type_ in ("GPE", "LOC") or glued)
    return word == "to" and prev.lower_ in POSTED_WORDS


def _title_before_comma(
    span: Span, near: int = 0, is_role: Callable[[str], bool] = lambda w: False
) -> str:
    """ "The group's spokesman, X", "sent its chargé d'affaires, X", "two of the three
    advisers -- X and Y --": a noun phrase right before a comma (or a dash) before the
    name, opening the sentence or the object of a verb; the ``near`` title words right
    before the name may stand between ("Former Nigerian Head of State and founder of
    ECOWAS, General X"), and the commas of a portfolio's name inside it ("the Minister of
    Tourism, Arts and Culture, X")."""
    doc = span.doc
    sent = sentence_of(span)
    i = span.start - 1 - near
    if i <= sent.start or doc[i].text not in APPOSITION_MARKS:
        return ""
    words: list[Token] = []
    j = _seat_skipped(doc, i - 1, sent.start)  # "the police chief in Tete, X"
    i = j + 1
    while j >= sent.start and i - j <= MAX_BEFORE_COMMA:
        tok = doc[j]
        if tok.lower_ == "and" and words and words[-1].lower_ in TITLE_OPENERS:
            break  # "X and his vice-president, Y": the title opens after "and"
        named = (
            tok.pos_ in TITLE_POS or tok.lower_ in TITLE_LINKS or _inner_link(doc, j, sent.start)
        )
        named = named or (tok.pos_ == "NUM" and bool(words))  # "the three advisers --"
        named = named or (tok.text == "," and bool(words) and _in_a_portfolio(doc, j, is_role))
        if named or tok.lower_ in TITLE_OPENERS:
            words.append(tok)
            j -= 1
            continue
        break
    if not words or words[0].pos_ not in ("NOUN", "PROPN"):
        return ""
    if words[0].ent_type_ == "PERSON" and not a_seat(doc, words[0].i):
        return ""  # "General X, the agency's deputy chief": a name, not a title, before it
    if j >= sent.start and doc[j].tag_ == "VBG":
        return ""  # "Addressing the media, X said": a participle's object, no title
    # "X and his vice-president, Y": a coordinated noun phrase opens one too
    # a paragraph break inside the sentence opens one too (a heading the parser glued on)
    opened = (
        j < sent.start
        or doc[j].pos_ in ("VERB", "AUX", "ADV", "CCONJ", "SCONJ")  # "said that the head, X"
        or doc[j].is_punct
        or doc[j].is_space
        # "a meeting with the German Ambassador to Ghana, X": the name in apposition to a
        # preposition's object ("In a letter to the minister, X said": X is the subject)
        or (doc[j].pos_ == "ADP" and (span.root.dep_ == "appos" or _ends_clause(span)))
    )
    return " ".join(t.text for t in reversed(words)) if opened else ""


def _seat_skipped(doc: Doc, j: int, start: int) -> int:
    """Where a title before a comma ends when the place its office sits in closes it ("the
    head of the police (PRM) in Nampula, X": "police"); ``j`` when no such place does."""
    k = j
    while k > start and doc[k].ent_type_ in ("GPE", "LOC") and doc[k].pos_ == "PROPN":
        k -= 1
    if k == j or k <= start or doc[k].lower_ not in ("in", "at"):
        return j
    k -= 1
    if _bracketed_acronym(doc, k, start):
        k -= 3  # "the Mozambique Police (PRM) in Nampula": the body's short name
    return k if doc[k].pos_ in ("NOUN", "PROPN") and doc[k].ent_type_ not in ("GPE", "LOC") else j


def _body_subject(doc: Doc, first: int, verb: Token, is_role: Callable[[str], bool]) -> bool:
    """The words from ``first`` up to ``verb`` hold the verb's subject, no role word: a
    body that opens the next clause ("X, the Council of Ministers decided"), no title of X's
    (an apposition is closed by a comma)."""
    heads = [t for t in doc[first : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.head.i == verb.i and not is_role(t.text) for t in heads)


def _ends_clause(span: Span) -> bool:
    """A name that closes its sentence and is no subject: "signed by the ambassador to
    Malaysia, Dr. X." (the name in apposition to the agent; a subject has its verb after it,
    as in "In a letter to the minister, X said")."""
    end = span.end
    last = end >= span.sent.end or (span.doc[end].is_punct and span.doc[end].text in ".!?;")
    # ... or a name a comma closes that the parser makes no subject ("presented by the
    # Minister of Finance, X, which requires ...": the parser's "conj" of the agent), or
    # that a list or a relative clause goes on from ("attended by the minister, X, and ...")
    closed = end + 1 < len(span.doc) and span.doc[end].text == ","
    goes_on = closed and span.doc[end + 1].lower_ in ("and", "which", "whose")
    last = last or (closed and (span.root.dep_ in ("appos", "conj") or goes_on))
    return last and span.root.dep_ not in ("nsubj", "nsubjpass")


def describe(link: Link, title: TitleContext, text: str) -> None:
    """A person or body outside the KB takes the country and sector its title gives
    ("Vincent Magwenya, spokesperson for South Africa's president": ZAF, GOV)."""
    link.country = link.country or title.country
    link.sector = link.sector or ("ELI" if title.former and title.sector else title.sector)
    link.canonical = link.canonical or " ".join(text.split())


def state_role(mention: Mention, span: Span, title: TitleContext) -> None:
    """Give a person outside the KB the role its title states, as written ("Defence
    Minister", "spokesperson for South Africa's president", "analyst ... of the Wilson
    Center"), with the sentence that states it as evidence. A title that names a state but
    no role ("Pakistani X") states none."""
    if mention.type not in ("PERSON", "ORG") or not title.sector or not title.words:
        return
    if described_as_place(span):
        return  # "the city of X", "X, the provincial capital": a place has no role
    role = clean_role(AGE.sub("", GLUED.sub("", title.words)).strip(" ,"))
    if not role:
        return
    body = "" if role.split()[0].lower() in ("of", "at") else _body_after(span)
    mention.role = role + body  # (a scholar's "of the X Centre" is the body already)
    sent = span.sent
    mention.role_evidence = TextSpan(sent.start_char, sent.end_char, sent.text)


def _body_after(span: Span) -> str:
    """ " of the Wilson Center": a named body right after the name, the person's employer."""
    doc = span.doc
    i = span.end
    if i + 1 >= span.sent.end or doc[i].lower_ not in BODY_AFTER:
        return ""
    end = i + 1 + (doc[i + 1].lower_ == "the")
    while end < span.sent.end and doc[end].ent_type_ in BODY_LABELS and doc[end].pos_ == "PROPN":
        end += 1
    body = [t.text for t in doc[i:end]]
    return " " + doc[i:end].text if doc[end - 1].pos_ == "PROPN" and not venue(body) else ""
