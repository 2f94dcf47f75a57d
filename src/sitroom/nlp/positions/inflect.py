"""Regular inflections of a catalog phrase's plain words.

A catalog author writes a word once ("take over", "reject", "ban"); a report inflects it
("taking over", "rejected", "bans"). A plain word of a phrase (lower-case letters, three or
more, not already inflected: no final "s", "ed" or "ing", no ``*``) also matches its
regular forms: "-s"/"-es"/"-ies", "-ed"/"-d"/"-ied", "-ing" (a final silent "e" dropped),
with the final consonant doubled after a single vowel ("ban": "banned", "banning").
Irregular forms ("took", "given") are not made up; a capitalised word is a name and stays
as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PLAIN = re.compile(r"[a-z]{3,}")
_VOWELS = "aeiou"
# words that do not inflect: particles, prepositions, determiners, pronouns, conjunctions
_FUNCTION_TEXT = """
    about above across after against along among and any around back before behind below
    between beyond but down during each either for from her here his how into its near
    neither nor not off once onto our out over per than that the their them then there
    these they this those though through till under until upon very what when where which
    while who whom whose why with within without yet you your
"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())


def inflectable(word: str) -> bool:
    """Whether a phrase word is a plain base form whose regular inflections it also matches."""
    return (
        _PLAIN.fullmatch(word) is not None
        and word not in _FUNCTION
        and not word.endswith(("s", "ed", "ing"))
        and word[-1] not in _VOWELS.replace("e", "")  # "ratio", "via": no verb forms
    )


def _doubles(word: str) -> bool:
    """A final consonant after a single vowel ("ban", "stop", "commit")."""
    return word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS and word[-3] not in _VOWELS


@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[str, ...]:
    """The word and its regular inflections, longest first."""
    if not inflectable(word):
        return (word,)
    out = {word}
    if word.endswith("ee"):
        out |= {word + "s", word + "d", word + "ing"}  # "agreeing"
    elif word.endswith("e"):
        out |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        plural = "es" if word.endswith(("x", "z", "ch", "sh")) else "s"
        out |= {word + plural, word + "ed", word + "ing"}
        if _doubles(word):
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


def prefix(word: str) -> str:
    """What every form of the word begins with ("tak" for "take"): the literal a match
    must contain."""
    f = forms(word)
    low = min(f, key=len)
    while not all(w.startswith(low) for w in f):
        low = low[:-1]
    return low
