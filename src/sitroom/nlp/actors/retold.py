"""Names told again: the surname (or a known person's given name) of a person named in
full before, standing alone later where the recognizer missed it or took it for a place or
body ("Alake added ...", "San Fernando said ...").

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from sitroom.article import Mention, Place
from sitroom.nlp.actors.missed import apposed_people

IsRole = Callable[[str], bool]  # whether a word is a role word ("minister", "spokesman")


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Herminio Coloma Jr.": surname Coloma


HEADING_WORDS = 30  # a headline is shorter


def named_again(
    doc: Doc,
    found: list[tuple[Span, str]],
    known: Callable[[str], bool],
    is_role: IsRole,
    person_alias: Callable[[str], bool] = lambda _: False,
) -> list[tuple[Span, str]]:
    """The surname of a person named in full before, standing alone later where the
    recognizer missed it ("Alake added ...") or took it for a place or body ("Buba
    added ..."): a person's mention too. A surname the knowledge base knows as a name of
    its own ("Jordan") or that is a role word ("Mayor") is left as the text has it. So
    is the first name a person the knowledge base knows goes by ("Prabowo" after "Prabowo
    Subianto", as Indonesian and other reports call many leaders)."""
    found = apposed_people(doc, found, is_role, known)  # "X Y, the party's spokesman" as GPE
    first: dict[str, int] = {}
    given: set[str] = set()  # first names that are a known person's name of their own
    for span, label in found:
        words = [t.text for t in span if t.lower_.rstrip(".") not in SUFFIXES]
        word = words[-1] if words else ""
        if label == "PERSON" and len(words) >= 2 and word.isalpha() and word[:1].isupper():
            first[word] = min(first.get(word, len(doc)), span.end)
            name = words[0]
            if name.isalpha() and name[:1].isupper() and person_alias(name):
                first[name] = min(first.get(name, len(doc)), span.end)
                given.add(name)
    if not first:
        return _name_part_alone(doc, found, known, is_role)
    out = _two_word_surnames(doc, found, known)
    heading = _heading_end(doc)  # a headline names by surname people the report names later
    for tok in doc:
        if tok.text not in first or is_role(tok.text):
            continue
        if tok.i < first[tok.text] and not (tok.i < heading and tok.text[:1].isupper()):
            continue
        over = [c for c in out if c[0].start <= tok.i < c[0].end]
        if over:
            # only a lone word the recognizer took for a place or body, unknown to the KB
            if any(len(c[0]) > 1 or c[1] == "PERSON" for c in over):
                continue
            if known(tok.text) and tok.text not in given:
                continue
            for c in over:
                out.remove(c)
        out.append((doc[tok.i : tok.i + 1], "PERSON"))
    return _name_part_alone(doc, out, known, is_role)


def _name_part_alone(
    doc: Doc, found: list[tuple[Span, str]], known: Callable[[str], bool], is_role: IsRole
) -> list[tuple[Span, str]]:
    """A word of one earlier person's name standing alone later where the recognizer saw
    nothing ("Gohar revealed ..." after "Barrister Gohar Ali Khan", "Suharyanto led ..."
    after "BNPB Chief Suharyanto": a one-word name, or a given name by which reports call
    a person again): that person's mention. Only when no other earlier person has the
    word in a name, the word is unknown to the knowledge base (no place or state) and no
    role word, and it stands alone (no capitalized word next to it) as the subject of a
    clause, where reports name again the one who speaks or acts."""
    names = {s.text: s for s, label in found if label == "PERSON"}
    parts = {w for n in names if " " in n for w in n.split()}
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for name, span in names.items():
        if " " not in name and name in parts:
            continue  # "Gohar" alone after "Gohar Ali Khan": the same person
        for t in span:
            if t.text.isalpha() and t.text[:1].isupper() and t.lower_ not in SUFFIXES:
                owners.setdefault(t.text, set()).add(name)
    if not owners:
        return found
    for span, label in found:
        for t in span if label == "PERSON" else ():
            first[t.text] = min(first.get(t.text, len(doc)), span.end)
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    out = list(found)
    for tok in doc:
        word = tok.text
        if tok.i in taken or len(owners.get(word, ())) != 1 or tok.i < first[word]:
            continue
        if not tok.dep_.startswith("nsubj") or is_role(word) or known(word):
            continue
        near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if any(n.text[:1].isupper() and n.is_alpha and n.pos_ == "PROPN" for n in near):
            continue
        out.append((doc[tok.i : tok.i + 1], "PERSON"))
    return out


def _two_word_surnames(
    doc: Doc, found: list[tuple[Span, str]], known: Callable[[str], bool]
) -> list[tuple[Span, str]]:
    """A two-word surname ("San Fernando" after "Elajiah San Fernando", "Paz Pereira" after
    "Rodrigo Paz Pereira": Spanish, Filipino, Portuguese names) standing alone after the
    full name, where the recognizer took it for a place or body: the person's mention."""
    pairs: dict[tuple[str, str], int] = {}
    for span, label in found:
        words = [t for t in span if t.lower_.rstrip(".") not in SUFFIXES]
        if label == "PERSON" and len(words) >= 3 and all(t.text.istitle() for t in words[-2:]):
            pair = (words[-2].text, words[-1].text)
            pairs[pair] = min(pairs.get(pair, len(doc)), span.end)
    out = list(found)
    for span, label in found:
        pair = (span[0].text, span[-1].text)
        if len(span) != 2 or label == "PERSON" or span.start < pairs.get(pair, len(doc)):
            continue
        if not known(span.text):
            out[out.index((span, label))] = (span, "PERSON")
    return out


def _heading_end(doc: Doc) -> int:
    """The end of a headline on a line of its own before the report (0 when none): the
    first line break within the first words."""
    for tok in doc[:HEADING_WORDS]:
        if tok.is_space and "\n" in tok.text:
            return tok.i
    return 0


def surname_told_again(
    span: Span, label: str, mentions: Sequence[Mention], places: Sequence[Place] = ()
) -> bool:
    """One word that is the surname of a person named in full before ("Sean Sobers" ...
    "Sobers said"): a name even when it spells a dictionary word ("sobers", "Bush"). A
    full name the sentence showed to be a place ("Wadi X" tagged PERSON) names no person:
    its last word alone is the place again."""
    if label != "PERSON" or len(span) != 1:
        return False
    word = span.text
    placed = {p.start for p in places}
    return any(
        m.type == "PERSON" and m.end <= span.start_char and m.text.rsplit(" ", 1)[-1] == word
        for m in mentions
        if " " in m.text and m.start not in placed
    )
