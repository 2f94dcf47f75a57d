"""Light text features shared by story clustering and claim checking.

No model is loaded here: the NLP stage has already run, and what the grouping stages
need is cheap: content words (lower-cased, lightly stemmed, stop words removed),
sentences with their character offsets, capitalised multiword names, acronyms and
numbers ("key terms"). Everything is a pure function of the text, so it is
deterministic and fast enough for a stream of hundreds of thousands of articles.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from sitroom.util.stop_words import ENGLISH_STOP_WORDS

#: sklearn's English stop words plus words that every news report uses.
STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | {
    "said", "says", "say", "told", "according", "also", "would", "could", "should",
    "will", "may", "might", "must", "just", "like", "one", "two", "new", "year", "years",
    "time", "day", "week", "month", "reportedly", "however", "including", "report",
    "reports", "reported", "statement", "added", "stated", "noted", "news",
}  # fmt: skip

#: Irregular verb forms and a few spelling variants mapped to one lemma, so that
#: "sent" meets "send" and "Kiev" meets "Kyiv". Small and general on purpose.
IRREGULAR: dict[str, str] = {
    "sent": "send", "gave": "give", "given": "give", "made": "make", "took": "take",
    "taken": "take", "met": "meet", "held": "hold", "told": "tell", "said": "say",
    "began": "begin", "begun": "begin", "brought": "bring", "fought": "fight",
    "won": "win", "lost": "lose", "led": "lead", "left": "leave", "kept": "keep",
    "struck": "strike", "spoke": "speak", "spoken": "speak", "chose": "choose",
    "chosen": "choose", "drew": "draw", "drawn": "draw", "sought": "seek",
    "bought": "buy", "sold": "sell", "paid": "pay", "spent": "spend", "built": "build",
    "shot": "shoot", "hit": "hit", "cut": "cut", "put": "put", "set": "set",
    "withdrew": "withdraw", "withdrawn": "withdraw", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "went": "go", "gone": "go", "came": "come",
    "became": "become", "knew": "know", "known": "know", "thought": "think",
    "felt": "feel", "found": "find", "got": "get", "gotten": "get", "ran": "run",
    "wrote": "write", "written": "write", "saw": "see", "seen": "see", "meant": "mean",
    "stood": "stand", "understood": "understand", "forbade": "forbid",
    "forbidden": "forbid", "kyiv": "kiev", "armed": "arm",
}  # fmt: skip

_SUFFIXES = (
    "izations", "ization", "ations", "ation", "ments", "ment", "ings", "ing", "ness",
    "ies", "ied", "es", "ed", "ly", "s",
)  # fmt: skip

WORD = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")
_SENTENCE_END = re.compile(
    r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[^\W_\d]|\s*$)|\n\s*\n|\n(?=\s*\S)"""
)
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
     "vs", "etc", "u.s", "u.k", "u.n", "e.g", "i.e", "no", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rep", "sen", "gov"}
)  # fmt: skip


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A lower-cased, lightly stemmed form ("concessions" -> "concess", "sent" -> "send")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w[-1] == "e":
        w = w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """Word tokens (letters/digits with inner apostrophes, dots and hyphens)."""
    return WORD.findall(text)


@lru_cache(maxsize=1 << 17)
def is_content(token: str) -> bool:
    low = token.lower()
    return len(low) > 2 and low not in STOP_WORDS and not low[0].isdigit()


def content_terms(text: str) -> list[str]:
    """Stemmed content words of ``text`` in order (duplicates kept)."""
    return [stem(t) for t in WORD.findall(text) if is_content(t)]


def number_value(token: str) -> str:
    """A normal form of a numeric token: "1,000" -> "1000", "5%" -> "5%"."""
    return token.replace(",", "").rstrip(".")


def _is_cap(token: str) -> bool:
    if not token[0].isupper():
        return False
    return (len(token) > 1 and token.isupper()) or token.lower() not in STOP_WORDS


def _possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token


def key_terms(text: str) -> list[str]:
    """Capitalised words and their bigrams, acronyms and numbers, lower-cased.

    "US President Donald Trump" gives "us", "president", "donald", "trump", "us president",
    "president donald", "donald trump": single names ("Healey" later in a report) meet the
    full name, and bigrams reward the whole name. Stop words and
    punctuation break runs, so a sentence-initial "The" does not glue onto a name.
    """
    out: list[str] = []
    run: list[str] = []
    last_end = 0
    for m in WORD.finditer(text):
        start = m.start()
        if run and not text[last_end:start].isspace():
            _flush(run, out)
        last_end = m.end()
        name, term, possessive = _key_word(m.group())
        if name is not None:
            run.append(name)
            if term is not None:
                out.append(term)
            if possessive:
                _flush(run, out)
            continue
        _flush(run, out)
        if term is not None:
            out.append(term)
    _flush(run, out)
    return out


@lru_cache(maxsize=1 << 17)
def _key_word(raw: str) -> tuple[str | None, str | None, bool]:
    """What :func:`key_terms` takes of a word: its lower case when it is capitalised (else
    None), the term it adds on its own (the name, or "#" and a number's value), and
    whether it ends in a possessive (which ends a run of names)."""
    tok = _possessive(raw)
    if _is_cap(tok):
        single = (len(tok) >= 3 or tok.isupper()) and not tok[0].isdigit()
        return tok.lower(), tok.lower() if single else None, tok is not raw
    return None, "#" + number_value(tok) if tok[0].isdigit() else None, False


def _flush(run: list[str], out: list[str]) -> None:
    if len(run) >= 2:
        out.extend(f"{a} {b}" for a, b in itertools.pairwise(run))
    run.clear()


@lru_cache(maxsize=128)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with character offsets into ``text``; a light regex splitter.

    Splits after ., ! or ? (and closing quotes) before a capital, and at line breaks;
    does not split after common abbreviations ("Mr.", "U.S.") or initials. Kept for the
    last texts: stories and claims both read a report's sentences.
    """
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group()[0] in ".!?…" and _continues_lower(text, end):
            continue  # '"Why?" she asked.' is one sentence
        if m.group().startswith("."):
            prev = text[start : m.start()].rsplit(None, 1)
            last = prev[-1].lower().strip("(\"'“‘") if prev else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        _emit(text, start, end, out)
        start = end
    _emit(text, start, len(text), out)
    return tuple(out)


def _continues_lower(text: str, end: int) -> bool:
    for ch in text[end : end + 4]:
        if ch.isalpha():
            return ch.islower()
    return False


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
