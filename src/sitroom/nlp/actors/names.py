"""Names and titles the recognizer ran together: the role words it took into a person's
name ("Spokesperson X Y", "Bahawalpur Lt Gen Aqeel") or tagged as a body ("Interior" in
"Interior Minister X"), and names it missed after a title ("Divisional Commissioner X Y").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from sitroom.nlp import doc_text
from sitroom.nlp.actors.kb.normalize import common_word
from sitroom.nlp.actors.missed import (
    named_before_a_title,
    one_titled_name,
    plain_words_titled_name,
    titles_a_name,
)
from sitroom.nlp.lexicon import BODY_NOUNS, OWN_BODY_KINDS, UNIT_NOUNS

IsRole = Callable[[str], bool]  # whether a word is a role word ("minister", "spokesman")


def opens_a_title(span: Span, is_role: IsRole) -> bool:
    """Words of a role the recognizer took for a body, opening a person's title
    ("Interior Minister X", "Divisional Commissioner X"): no actor of their own."""
    doc = span.doc
    if len(span) > 2 or span.end >= span.sent.end:
        return False
    posted = False  # "Consul General in Osaka X": the post's place between
    for tok in doc[span.end : min(span.sent.end, span.end + 4)]:
        if tok.ent_type_ == "PERSON":
            return tok.i > span.end
        if tok.lower_ in ("in", "at") and not posted and is_role(span.text):
            posted = True
        elif not (is_role(tok.text) or (posted and tok.ent_type_ in ("GPE", "LOC"))):
            return False
    return False


def describes_a_named_one(span: Span, is_role: IsRole) -> bool:
    """A demonym opening the description of a person or body named right after it
    ("Kenyan President X", "Saudi Crown Prince X", "its Italian construction firm X"): it
    gives the nationality of the one named, who is the actor; it names no actor of its own
    ("Kenyan troops", "the Kenyan-led mission" keep theirs)."""
    doc = span.doc
    i = span.end
    end = min(span.sent.end, span.end + 6)
    while i < end:
        tok = doc[i]
        if i > span.end and tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "B":
            return True
        if i + 1 < end and is_role(f"{tok.text} {doc[i + 1].text}"):
            i += 2  # "Crown Prince", "Foreign Minister"
            continue
        common = tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ")
        if not (is_role(tok.text) or (common and not tok.lower_.endswith("s"))):
            return False  # a plural ("Kenyan officials X said") is a group of the state
        i += 1
    return False


# Words of address before a person's name that are no part of it ("Barrister Solomon X",
# "the Late Umaru X", "Engr. Y"): titles that name neither an office nor a sector.
ADDRESS_WORDS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "barrister", "barr", "engr", "engineer", "late",
     "hon", "honourable", "honorable", "h.e", "atty", "cllr"}
)  # fmt: skip
# a word of address right before a name ("Cllr. ", "Mrs ", "Dr. ")
ADDRESS_BEFORE = re.compile(r"\b([A-Za-z]{2,9})\.?\s+$")


def address_before(text: str, start: int) -> str | None:
    """The word of address right before a name ("cllr" for "Cllr. Kamara"), or None."""
    match = ADDRESS_BEFORE.search(text, max(0, start - 12), start)
    word = match[1].lower() if match else None
    return word if word in ADDRESS_WORDS else None


def unaddressed(span: Span) -> Span:
    """A person's span without the words of address opening it ("Barrister Solomon
    Dalung" -> "Solomon Dalung", "Mr Dalung" -> "Dalung")."""
    start = span.start
    doc = span.doc
    while span.end - start > 1 and doc[start].lower_.rstrip(".") in ADDRESS_WORDS:
        start += 1
        if doc[start].text == ".":
            start += 1
    rest = doc[start : span.end]
    return rest if len(rest) and all(t.text[:1].isupper() for t in rest) else span


def only_address(span: Span) -> bool:
    """A span of words of address alone ("Atty.", "Cllr" tagged as a person): no name."""
    return all(t.lower_.rstrip(".") in ADDRESS_WORDS or t.text == "." for t in span)


def first_name_left_out(span: Span, is_role: IsRole, common: frozenset[str]) -> Span:
    """A person's span with the given name the recognizer left out before it ("Vu [Van
    Thuong]", "Abdulla [Nazim Ibrahim]", "Mir [Hasil Khan Bizenjo]"): one capitalised
    proper noun right before the name, outside any entity, that is no role word, no word of
    address and no dictionary word."""
    doc = span.doc
    if span.start <= span.sent.start:
        return span
    prev = doc[span.start - 1]
    if (
        (prev.ent_iob_ != "O" and not given_name_run_on(prev))
        or prev.pos_ != "PROPN"
        or not prev.is_alpha
        or not prev.text[:1].isupper()
        or prev.text.isupper()
        or prev.lower_ in common
        or prev.lower_ in ADDRESS_WORDS
        or is_role(prev.text)
    ):
        return span
    return doc[span.start - 1 : span.end]


def given_name_run_on(tok: Token) -> bool:
    """A given name the recognizer ran into the entity before it across a comma, the
    surname a person of its own ("Minister of [Trade, Francess] [Paige Alghali]"): the last
    word of a body's or place's entity, right after the comma, right before the person."""
    doc = tok.doc
    return (
        tok.ent_type_ not in ("", "PERSON")
        and tok.ent_iob_ == "I"
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_type_ == "PERSON"
        and doc[tok.i + 1].ent_iob_ == "B"
        and doc[tok.i - 1].text == ","
    )


def before_a_run_on_name(span: Span, common: frozenset[str]) -> Span | None:
    """An entity without the given name it ran into across a comma (:func:`given_name_run_on`):
    "the [Ministry of Trade], Francess Paige Alghali"; none when what is left is only
    dictionary words, none a body's ("Minister of Foreign Affairs and [International
    Cooperation], Francess ...": the end of the person's title)."""
    last = span.doc[span.end - 1]
    if len(span) < 3 or not given_name_run_on(last):
        return span
    rest = span.doc[span.start : span.end - 2]
    words = [t.lower_ for t in rest if t.is_alpha]
    if all(common_word(w, common) and w not in BODY_NOUNS for w in words):
        return None
    return rest


def untitled(span: Span, is_role: IsRole) -> Span:
    """A person's span without the title the recognizer took into it ("Spokesperson
    Nabila Massrali", "Bahawalpur Lt Gen Aqeel"): the words after the last role word,
    when they are capitalised names."""
    doc = span.doc
    hyphen = span.start >= 2 and doc[span.start - 1].text == "-"
    if (
        len(span) >= 3
        and hyphen
        and not (doc[span.start - 2].whitespace_ or doc[span.start - 1].whitespace_)
    ):
        span = doc[span.start + 1 : span.end]  # "Attorney-at-Law X Y": a title's tail is no name
    roles = [t.i for t in span if is_role(t.text)]
    rest = span.doc[roles[-1] + 1 : span.end] if roles else span
    if not len(rest) or not all(t.text[:1].isupper() and t.is_alpha for t in rest):
        return span
    return rest if len(rest) >= 2 or rest[0].pos_ == "PROPN" else span


def posted_place_left_out(span: Span, is_role: IsRole) -> Span:
    """A person's span without the place of a post the recognizer ran into the name
    ("Consul General in [Osaka Xue Jian]", "Ambassador to [Baku Pyotr Volokovykh]"): a
    name of three or more words right after a role word and "in"/"at" (an envoy's title
    and "to") starts with the place."""
    if len(span) < 3 or not (span[0].is_alpha and span[0].text[:1].isupper()):
        return span
    rest = span.doc[span.start + 1 : span.end]
    return rest if after_a_posts_place(rest, is_role) else span


def after_a_posts_place(span: Span, is_role: IsRole) -> bool:
    """A name right after the place of a post ("Consul General in Osaka Xue Jian"): the
    "in" governs the place, not the person."""
    doc = span.doc
    i = span.start - 1  # the place
    if i < 3 or not doc[i].text[:1].isupper():
        return False
    title = doc[i - 2].text
    if doc[i - 1].lower_ == "to":  # "Ambassador to Baku X Y": an envoy's host
        return title.lower() in ENVOY_TITLES
    if doc[i - 1].lower_ not in ("in", "at"):
        return False
    return is_role(title) or is_role(f"{doc[i - 3].text} {title}")


# Titles of a post held "to" a host state or body ("Ambassador to Denmark", "Envoy to the
# UN"): the name after the host is the holder's.
ENVOY_TITLES = frozenset(
    {"ambassador", "envoy", "consul", "representative", "delegate", "emissary", "nuncio"}
)


def titled_person(
    span: Span, is_role: IsRole, common: frozenset[str], keep: frozenset[str]
) -> Span | None:
    """ "Spokesperson Nadia Karimova" tagged as a body (or "spokesperson Nadia Karimova",
    the role word outside the span): a role word, then two or three capitalised words that
    are neither role nor body words nor all dictionary words."""
    name = untitled(span, is_role)
    doc = span.doc
    after_title = span.start > 0 and is_role(doc[span.start - 1].text)  # "spokesperson X Y"
    if (name.start == span.start and not after_title) or not 2 <= len(name) <= 3:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in name):
        return None
    if any(t.lower_ in keep for t in name) or all(common_word(t.lower_, common) for t in name):
        return None  # "Military [Seizes Power]": a headline's verb and noun
    return name


def titled_names(doc: Doc, is_role: IsRole, common: frozenset[str]) -> list[tuple[Span, str]]:
    """Names the recognizer missed right after a capitalised role word ("Divisional
    Commissioner Musarrat Jabeen"): two or three capitalised words outside any entity,
    not all of them dictionary words."""
    out: list[tuple[Span, str]] = []
    texts = [t.text for t in doc]
    for i in range(len(texts) - 2):
        text = texts[i]
        if not text[:1].isupper():
            continue
        pair = f"{texts[i - 1]} {text}" if i else ""  # "Lt Col", "Maj Gen"
        if not (is_role(text) or is_role(pair) or titles_a_name(doc, i, is_role)):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and bare_name(doc[end]):
            end += 1
        name = doc[i + 1 : end]
        # "Military [Seizes Power]": a headline's verb and noun are no one's name
        named = len(name) >= 2 and not all(common_word(t.lower_, common) for t in name)
        named = named or one_titled_name(name, common)  # "Agency Chief Suharyanto said"
        named = named or plain_words_titled_name(name)  # "Deputy PM Chester Cooper said"
        if named and not any(is_role(t.text) for t in name):
            out.append((name, "PERSON"))
    return out + [(n, "PERSON") for n in named_before_a_title(doc, is_role, common)]


def bare_name(tok: Token) -> bool:
    """A capitalised word of a name outside any entity."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_


# Common names of bodies that may open a name the recognizer ran together with a person's
BODY_HEADS = BODY_NOUNS | {"congress", "parliament", "assembly", "senate", "party"}


def glued_to_a_name(span: Span, common: frozenset[str]) -> list[tuple[Span, str]] | None:
    """A body's common name the recognizer ran into a person's given name, the surname
    tagged as a person right after ("Speaker of [Parliament Chamal] [Rajapaksa]"): the
    body, and the whole name as one person."""
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in BODY_HEADS or span.end >= len(doc):
        return None
    nxt = doc[span.end]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
        return None
    rest = span[1:]
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in common for t in rest):
        return None
    end = nxt.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return [(span[:1], "ORG"), (doc[rest.start : end], "PERSON")]


def name_after_body(
    span: Span, known: list[tuple[int, int, int]], common: frozenset[str]
) -> Span | None:
    """The person's name the NER glued onto a body before it ("ambassador to the UN Ericq
    Pierre", "the National Electoral Council Jane Roe" tagged as one ORG): two or three
    capitalised words after a knowledge-base match that opens the span, or after the word
    of a body's kind ("Council", "Commission"), not all of them dictionary words."""
    ends = [end for _, start, end in known if start <= span.start < end < span.end]
    ends += [t.i + 1 for t in span[1:-2] if t.lower_ in BODY_NOUNS and t.text[:1].isupper()]
    if not ends:
        return None
    tail = span.doc[max(ends) : span.end]
    words = [t for t in tail if t.is_alpha]
    if not 2 <= len(tail) <= 3 or len(words) != len(tail):
        return None
    if any(start >= tail.start for _, start, _ in known if start < span.end):
        return None  # another known name inside: a longer body's name
    if not all(t.text[:1].isupper() for t in tail) or all(
        common_word(t.lower_, common) for t in tail
    ):
        return None  # "the UN Security Council": words of a longer body's name; "Kenya
        # Seizes Power": a headline's verb and noun
    if tail[-1].lower_ in KINDS_OF_BODIES:
        return None  # "Bangladesh Chhatra League": a body's name ends in its kind
    return tail


# The last word of a body's name that says what kind of body it is: a state's body, a
# kind no state is made of, or a legislature, a corps or a group.
KINDS_OF_BODIES = BODY_NOUNS | OWN_BODY_KINDS | UNIT_NOUNS | frozenset(
    {"congress", "parliament", "assembly", "corps", "guard", "guards", "police", "service",
     "group"}
)  # fmt: skip


OPENING_QUOTES = frozenset({"“", '"', "‘", "«"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})
NICKNAME_WORDS = 3  # "El Mayo", "El Chapo", "Hemedti"


def _name_words(doc: Doc, start: int, step: int) -> int:
    """How many capitalised proper-noun words run from ``start`` in direction ``step``
    (at most three, on one line)."""
    n, i = 0, start
    while 0 <= i < len(doc) and n < NICKNAME_WORDS:
        tok = doc[i]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha:
            break
        if step > 0 and n and "\n" in doc[i - 1].whitespace_:
            break
        n, i = n + 1, i + step
    return n


def _nicknamed(doc: Doc) -> list[Span]:
    """Names with a nickname in quotes between given name and surname ("Ismael “El Mayo”
    Zambada", 'Joaquin "El Chapo" Guzman'), which the recognizer cuts up or takes for a
    body: the whole is one person's name."""
    out: list[Span] = []
    text = doc_text(doc)
    if not any(mark in text for mark in OPENING_QUOTES):
        return out
    orth = doc.to_array(ORTH)  # the quote marks' positions without a walk over the tokens
    marks = numpy.nonzero(numpy.isin(orth, [doc.vocab.strings[m] for m in OPENING_QUOTES]))[0]
    for i in marks.tolist():
        q = doc[i]
        if q.i == 0 or q.i + 2 >= len(doc):
            continue
        inner = _name_words(doc, q.i + 1, 1)
        close = q.i + 1 + inner
        if not inner or close >= len(doc) or doc[close].text not in CLOSING_QUOTES:
            continue
        before, after = _name_words(doc, q.i - 1, -1), _name_words(doc, close + 1, 1)
        if before and after and not any("\n" in t.whitespace_ for t in doc[q.i - 1 : close]):
            out.append(Span(doc, q.i - before, close + 1 + after, label="PERSON"))
    return out


def joined_names(doc: Doc, known_person: Callable[[str], bool]) -> None:
    """One name the recognizer cut in two ("Mirza Fakhrul" + "Islam Alamgir"): two
    person entities with only a space between them, on one line, neither of them a person
    the knowledge base knows by that name (a headline's "Trump Putin summit" names two);
    and a name with a quoted nickname inside it (:func:`_nicknamed`)."""
    nicknamed = _nicknamed(doc)
    if nicknamed:
        taken = {i for span in nicknamed for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*kept, *nicknamed], key=lambda e: e.start)
    ents = list(doc.ents)
    merged: list[Span] = []
    changed = False
    for ent in ents:
        last = merged[-1] if merged else None
        if (
            last is not None
            and ent.label_ == "PERSON"
            and last.label_ == "PERSON"
            and ent.start == last.end
            and doc[last.end - 1].whitespace_ == " "
            and doc[last.end - 1].is_alpha
            and not (known_person(last.text) or known_person(ent.text))
        ):
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
            continue
        merged.append(ent)
    if changed:
        doc.ents = merged


def portfolio_name(span: Span, label: str, is_role: IsRole, common: frozenset[str]) -> Span | None:
    """The person's name the recognizer ran a portfolio into ("Minister of [Media Affairs
    X Y]", "Minister of [Industry, Trade and Supply X Y]"): the span follows a role word
    and "of"/"for", opens with dictionary words and ends in two or three capitalised words
    that are not all dictionary words."""
    doc = span.doc
    if label != "ORG" or span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for"):
        return None
    if not is_role(doc[span.start - 2].text):
        return None
    end = span.end
    start = end
    while start > span.start and end - start < 3 and doc[start - 1].is_alpha:
        word = doc[start - 1]
        if word.lower_ in common or is_role(word.text) or not word.text[:1].isupper():
            break
        start -= 1
    if end - start < 2 or start == span.start:
        return None
    portfolio = [t for t in doc[span.start : start] if t.is_alpha and t.lower_ != "and"]
    if not portfolio or not all(t.lower_ in common or is_role(t.text) for t in portfolio):
        return None
    return doc[start:end]


def may_be_person(span: Span) -> bool:
    """A single name after "the" is a paper or a title ("The Hill reported"), unless it
    modifies a noun ("the Biden administration")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return True
    return span.end < len(doc) and doc[span.end].pos_ == "NOUN"


def named_before_office(span: Span, is_role: Callable[[str], bool]) -> bool:
    """A name the recognizer took for a body, set before an apposition that opens with a
    person's office ("[Masaaki Kanai], director-general of the ... Bureau"; "X, a
    spokesperson for ..."): a person's. Two or three capitalised words, none a body's
    common name ("Green Harbour Trust, a charity for ..." is a body)."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    if any(not (t.is_alpha and t.text[:1].isupper()) or t.lower_ in BODY_WORDS for t in span):
        return False
    i = span.end + 1
    if doc[i].lower_ in ("a", "an", "the"):
        i += 1
    words = list(doc[i : min(i + 3, span.sent.end)])
    if not words or not words[0].is_lower:
        return False
    # the office as one word, a hyphenated one ("director-general") or two or three words
    # ("foreign minister", "chief cabinet secretary"), tied to whom or where it serves
    # ("director-general of", "spokesperson for", "ambassador to"): "X, a charity," is a body
    hyphen = 3 if len(words) == 3 and words[1].text == "-" else 0
    ends = [n for n in range(1, len(words) + 1) if is_role(" ".join(t.text for t in words[:n]))]
    if hyphen and is_role("".join(t.text for t in words)):
        ends.append(hyphen)
    return any(
        words[n - 1].i + 1 < span.sent.end
        and doc[words[n - 1].i + 1].lower_ in OFFICE_LINKS
        and words[n - 1].lower_ not in BODY_WORDS
        for n in ends
    )


OFFICE_LINKS = frozenset({"of", "for", "to", "at", "in", "with"})
# the head nouns of bodies' names and of the common nouns that describe a body
BODY_WORDS = BODY_NOUNS | {
    "trust", "foundation", "fund", "group", "institute", "bank", "company", "firm", "network",
    "party", "union", "front", "movement", "association", "society", "charity", "international",
}  # fmt: skip
