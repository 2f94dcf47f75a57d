"""Legislators' seats in titles: "the MP for X", "the Freetown MP", "Deputy Prime Minister
and Exumas and Ragged Island MP X" (helpers of :mod:`sitroom.nlp.actors.titles`)."""

from __future__ import annotations

from spacy.tokens import Doc

# Words for a member of a legislature elected for a seat ("the MP for X", "the member for X")
SEAT_WORDS = frozenset({"mp", "member", "representative", "senator", "lawmaker", "legislator"})


def a_seat(doc: Doc, i: int) -> bool:
    """Token ``i`` ends the name of a legislator's seat ("the MP for Tamale North, Dr. X":
    the recognizer often takes the constituency for a person)."""
    k = i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k >= 2 and doc[k - 1].lower_ == "for" and doc[k - 2].lower_ in SEAT_WORDS


SEAT_PLURALS = frozenset({"mps", "members", "representatives", "senators", "lawmakers"})


def a_seat_named(doc: Doc, i: int) -> bool:
    """Token ``i`` is in the name of a legislator's seat, alone or in a list: "the MPs for
    Westmoor, Freetown and Hillcrest", "the Freetown MP", "Freetown Member of Parliament X"
    (a constituency that shares a foreign capital's name names no state)."""
    k = i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1  # the first word of the name
    while k >= 2 and doc[k - 1].text in (",", "and") and doc[k - 2].pos_ == "PROPN":
        k -= 2  # an earlier name of the list
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
            k -= 1
    if k >= 2 and doc[k - 1].lower_ == "for" and doc[k - 2].lower_ in SEAT_WORDS | SEAT_PLURALS:
        return True
    j = i
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text not in ("MP",):
        if doc[j + 1].lower_ == "member":
            break
        j += 1
    nxt = doc[j + 1 : j + 4]
    return bool(len(nxt)) and (
        nxt[0].text == "MP" or [t.lower_ for t in nxt] == ["member", "of", "parliament"]
    )


def and_in_a_seat(doc: Doc, i: int, words: list[str]) -> bool:
    """The "and" at token ``i`` joins two places of one seat's name ("Deputy Prime Minister
    and Exumas and Ragged Island MP X": many constituencies are named so): the title words
    already read after it (``words``, nearest the name first) are capitalised and end with
    "MP", and before it stand one or two capitalised proper nouns that follow another "and"
    or a comma: a place of the list, not a person's name with its own title ("Senator Y Z
    and Cat Cay MP X"; the recognizer often tags such a place as a person)."""
    if not words or words[0] != "MP" or not all(w[:1].isupper() for w in words):
        return False
    k = i - 1
    while k > 0 and i - k <= 2 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        if doc[k].lower_ in SEAT_WORDS:
            return False
        k -= 1
    return k < i - 1 and doc[k].text in ("and", ",")
