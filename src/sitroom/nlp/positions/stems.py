"""The crude stem the issue matcher compares words by: it joins a verb and its
nominalisation ("withdraw", "withdrawal"; "cede", "cession") and a noun and its derivations
("sovereign", "sovereignty"; "territory", "territorial"; "offence", "offensive")."""

from __future__ import annotations

import re
from functools import lru_cache

# tried in this order: a word loses the first that fits
_SUFFIX_TEXT = """
    izations izing ising ized ised izes ises ize ise ization isations isation ations
    ation itions ition ments ment ances ance ences ence atings ating ated ates ings ing ions ion
    ives ive ials ial als al ate ed es s e
"""
# "banned" -> "ban", "transferred" -> "transfer"; not "filled", "passed", "staffed", "buzzed"
_DOUBLED = re.compile(r"([b-df-hj-km-np-rtv-xz])\1$")
_SUFFIXES = tuple(_SUFFIX_TEXT.split())
MIN_STEM = 4


# Latinate nominalisations whose stem changes: "cession" is the noun of "cede",
# "invasion" of "invade", "reduction" of "reduce", "suspension" of "suspend".
_NOUN_TO_VERB = (
    ("cessions", "cede"),
    ("cession", "cede"),
    ("clusions", "clude"),
    ("clusion", "clude"),
    ("vasions", "vade"),
    ("vasion", "vade"),
    ("sumptions", "sume"),
    ("sumption", "sume"),
    ("tentions", "tain"),
    ("tention", "tain"),
    ("ductions", "duce"),
    ("duction", "duce"),
    ("nsions", "nd"),
    ("nsion", "nd"),
    ("cisions", "cide"),
    ("cision", "cide"),
    ("missions", "mit"),
    ("mission", "mit"),
    ("zures", "ze"),
    ("zure", "ze"),
    ("artures", "art"),
    ("arture", "art"),
    ("ilures", "il"),
    ("ilure", "il"),
)
# Derivational endings whose noun joins its adjective or verb: "sovereignty" and
# "sovereign", "neutrality" and "neutral", "territory" and "territorial", "recovery" and
# "recover"; the rest of the word is then stemmed as any other.
_DERIVED = (
    ("ities", ""),
    ("ity", ""),
    ("nties", "n"),
    ("nty", "n"),
    ("ories", "or"),
    ("ory", "or"),
    ("ries", "r"),
    ("ry", "r"),
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem that joins a verb and its nominalisation ("withdrawal" -> "withdraw",
    "cession" -> "cede")."""
    w = word.lower().replace("’", "'").split("'")[0]
    for noun, verb in _NOUN_TO_VERB:
        if w.endswith(noun) and (len(w) > len(noun) + 1 or noun.startswith("cession")):
            w = w[: -len(noun)] + verb
            break
    for ending, cut in _DERIVED:
        if w.endswith(ending) and len(w) - len(ending) >= MIN_STEM:
            w = w[: -len(ending)] + cut
            break
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM:
            w = w[: -len(suffix)]
            if suffix[0] in "ei" and _DOUBLED.search(w):
                return w[:-1]
            return w[:-1] if w.endswith("e") and len(w) > MIN_STEM else w  # "postpone(ment)"
    return w
