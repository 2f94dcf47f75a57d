"""Name normalisation and similarity shared by the knowledge base and the linker."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import Indel

_PUNCT = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(the)\s+")
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "ı": "i"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, strip accents, turn punctuation into spaces: "Jean-Noël" -> "jean noel"."""
    text = text.translate(_SPECIAL).replace("’", "'").replace("'s ", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = _PUNCT.sub(" ", ascii_text.casefold().replace("'", ""))
    return _SPACE.sub(" ", ascii_text).strip()


# British spellings of the words of bodies' names, read as the American ones so that one
# body's two spellings are one key ("Security and Defence Council", "... Defense ...").
_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center",
              "labour": "labor", "programme": "program", "organisations": "organizations",
              "centres": "centers", "programmes": "programs"}  # fmt: skip
_BRITISH = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")


def spelled(folded: str) -> str:
    """A folded text in American spelling: "defence centre" -> "defense center"."""
    return _BRITISH.sub(lambda m: _SPELLINGS[m.group()], folded)


def common_word(word: str, common: frozenset[str]) -> bool:
    """A dictionary word, or the plural of one (or a verb's third person: "seizes")."""
    return word in common or any(
        word.endswith(end) and word[: -len(end)] + add in common
        for end, add in (("s", ""), ("es", ""), ("ies", "y"))
    )


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]*[A-Z0-9]\.?")


def is_acronym(text: str) -> bool:
    """One all-capital word of two or more letters ("AFRICOM", "U.S.", "ECOWAS"): a name
    whose letters are chosen, so a near spelling of it is another name, not a slip."""
    word = text.strip()
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isalpha() for c in word) >= 2


_SHORT_HEAD = re.compile(r"^([A-Z])([A-Z]) (?=\S)")


def dotted(name: str) -> str | None:
    """The name as written in the style that dots a two-letter abbreviation opening it
    ("UN Human Rights Office" -> "U.N. Human Rights Office", as AP style writes "U.N."
    and "U.S."); None when no such abbreviation opens it."""
    return _SHORT_HEAD.sub(r"\1.\2. ", name) if _SHORT_HEAD.match(name) else None


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Lookup key of an alias: folded, without a leading "the", American spelling."""
    return spelled(_LEADING_THE.sub("", fold(text)))


def token_similarity(a: str, b: str) -> float:
    """Similarity of two folded tokens in 0..1: spelling (Indel) or sound (metaphone)."""
    if a == b:
        return 1.0
    spelling = Indel.normalized_similarity(a, b)
    if len(a) > 2 and len(b) > 2:
        sound = Indel.normalized_similarity(_sound(a), _sound(b))
        return max(spelling, 0.9 * sound)
    return spelling


@lru_cache(maxsize=200_000)
def _sound(token: str) -> str:
    return jellyfish.metaphone(token) or token


def name_similarity(
    mention: list[str],
    candidate: list[str],
    weight: Callable[[str], float] | None = None,
    *,
    required: float | None = None,
) -> float:
    """Soft token alignment of two folded names, weighted by token rarity, in 0..1.

    Every token of each side is matched to its most similar token on the other side; the
    score is the weighted mean of those best matches in both directions, so an unmatched
    distinctive token ("Munich" against "UN Security Council") costs more than a common
    one ("Council"). With ``required``, a mention token at least that rare (weight) must
    find a match of at least 0.75, else the similarity is 0: "Russia Security
    Guarantees" is not the "Security Council of Russia".
    """
    if not mention or not candidate:
        return 0.0

    def side(src: list[str], dst: list[str]) -> float:
        total = 0.0
        norm = 0.0
        for tok in src:
            w = weight(tok) if weight else 1.0
            total += w * max(token_similarity(tok, other) for other in dst)
            norm += w
        return total / norm if norm else 0.0

    if required is not None and weight is not None:
        for tok in mention:
            if weight(tok) >= required and max(token_similarity(tok, o) for o in candidate) < 0.75:
                return 0.0
    return min(side(mention, candidate), side(candidate, mention))


def spelling_similarity(a: str, b: str) -> float:
    """Spelling similarity of two folded tokens; sound only breaks near-ties."""
    spelling = Indel.normalized_similarity(a, b)
    if spelling >= 0.6 and len(a) > 2 and len(b) > 2 and token_similarity(a, b) > spelling:
        return min(1.0, spelling + 0.05)  # also sounds alike ("Sacarien"/"Sakaliene")
    return spelling


# Particles inside names ("bin", "al", "de", "van"): no name of their own.
NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "binti", "al", "el", "ul", "ud", "de", "da", "di", "do", "dos",
     "das", "del", "la", "le", "van", "von", "der", "den", "y", "e", "abu", "ben", "mac", "st"}
)  # fmt: skip


def full_name_score(mention: list[str], candidate: list[str], surname_min: float = 0.75) -> float:
    """How well a multi-word name matches a known full name, 0 when it cannot be them.

    The surnames must be close (>= ``surname_min``; the caller relaxes it when a title
    names the person's country) and the first names compatible (>= 0.6, or an initial):
    "Voldymi Zelenki" ~ "Volodymyr Zelenskyy", but not "Gary Johnson" ~ "Mike Johnson"
    nor "John Kerry" ~ "John Kirby".
    """
    if len(candidate) < 2:
        return 0.0
    surname = spelling_similarity(mention[-1], candidate[-1])
    if surname < surname_min:
        return 0.0
    first_m, first_c = mention[0], candidate[0]
    if len(first_m) == 1:
        first = 0.8 if first_c.startswith(first_m) else 0.0
    else:
        first = spelling_similarity(first_m, first_c)
    if first < 0.6:
        return 0.0
    middle = 1.0
    if any(
        max(spelling_similarity(w, c) for c in candidate) < 0.75
        for w in mention[1:-1]
        if w not in NAME_PARTICLES
    ):
        return (
            0.0  # "Hamad bin Khalifa bin Ahmed Al Thani" is no "Mohammed bin Abdulrahman Al Thani"
        )
    if len(mention) > 2 and len(candidate) > 2:
        middle = spelling_similarity(" ".join(mention[1:-1]), " ".join(candidate[1:-1]))
    return 0.55 * surname + 0.35 * first + 0.1 * middle


def other_first_name(tokens: list[str], names: list[str]) -> bool:
    """Two full names whose first names differ are two people, however alike the surnames
    ("Atul Bora" is not "Bimal Borah"; an initial may stand for the first name)."""
    if len(tokens) < 2 or len(names) < 2:
        return False
    a, b = tokens[0].rstrip("."), names[0].rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] != b[:1]
    if len(tokens) >= 3 and len(names) >= 3:
        # "Trinh Xuan Thanh" is not "Dinh La Thang": the middle names differ too
        middle = spelling_similarity(" ".join(tokens[1:-1]), " ".join(names[1:-1]))
        if middle < 0.6:
            return True
    return spelling_similarity(a, b) < 0.6
