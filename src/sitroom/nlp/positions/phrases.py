"""The catalog's phrase syntax compiled to regexes (the rules: :mod:`.catalog`'s docstring).

Each ``&`` part of a phrase is one regex; at the top level every word is a capturing group,
so that a match tells the phrase's own words (the *content*) from the ``...`` gaps.
"""

from __future__ import annotations

import re

from sitroom.errors import KnowledgeBaseError
from sitroom.nlp.positions.inflect import forms, inflectable
from sitroom.nlp.positions.prefilter import _TOKEN

SEP = r"[\W_]+"
GAP_WORDS = 5


def compile_phrase(phrase: str, where: str = "catalog") -> tuple[re.Pattern[str], ...]:
    """The regexes of a catalog phrase, one per ``&`` part (see the module docstring)."""
    parts = [p.strip() for p in phrase.split("&")]
    if not all(parts):
        raise KnowledgeBaseError(f"{where}: empty part in phrase {phrase!r}")
    out = []
    for part in parts:
        tokens = _TOKEN.findall(part.replace("’", "'"))
        body, rest = _sequence(tokens, 0, phrase, where)
        if rest != len(tokens):
            raise KnowledgeBaseError(f"{where}: unbalanced ')' in phrase {phrase!r}")
        out.append(re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE))
    return tuple(out)


def _sequence(
    tokens: list[str], i: int, phrase: str, where: str, *, capture: bool = True
) -> tuple[str, int]:
    """Regex of a sequence of atoms up to ``|`` / ``)`` / the end; returns (regex, next i).

    At the top level every atom is a capturing group, so a match tells which characters
    are the phrase's own words and which the ``...`` gaps let in.
    """
    pieces: list[tuple[str, str]] = []  # (kind, regex): word | opt | gap
    while i < len(tokens) and tokens[i] not in ("|",) and not tokens[i].startswith(")"):
        tok = tokens[i]
        if tok == "(":
            alts = []
            i += 1
            while True:
                body, i = _sequence(tokens, i, phrase, where, capture=False)
                alts.append(body)
                if i >= len(tokens):
                    raise KnowledgeBaseError(f"{where}: unclosed '(' in phrase {phrase!r}")
                if tokens[i] == "|":
                    i += 1
                    continue
                break
            optional = tokens[i] == ")?"
            i += 1
            pieces.append(("opt" if optional else "word", "(?:" + "|".join(alts) + ")"))
        elif tok == "...":
            pieces.append(("gap", ""))
            i += 1
        else:
            pieces.append(("word", _word(tok)))
            i += 1
    return _join(pieces, capture), i


def _word(tok: str) -> str:
    """One word: its letter/digit chunks joined by separators; ``%`` also reads "per cent"."""
    if any(c in tok for c in "?[]{}\\^+"):
        raise KnowledgeBaseError(
            f"catalog phrase word {tok!r}: regex characters are not allowed; write "
            "alternatives as (a|b), an optional word as (a)?, a gap as ..."
        )
    wild = tok.endswith("*")
    chunks = re.findall(r"\w+|%", tok)
    if not any(c != "%" for c in chunks):
        raise KnowledgeBaseError(f"catalog phrase word {tok!r} has no letters or digits")
    if not wild and len(chunks) == 1 and inflectable(tok):
        return "(?:" + "|".join(map(re.escape, forms(tok))) + ")"  # "take": "taking"
    out = ""
    for i, chunk in enumerate(chunks):
        if chunk == "%":
            out += r"\s?(?:%|per\s?cent)"
        else:
            out += (SEP if i else "") + re.escape(chunk)
    return out + (r"\w*" if wild else "")


def _join(pieces: list[tuple[str, str]], capture: bool) -> str:
    out = ""
    need_sep = False
    for kind, rx in pieces:
        if capture and kind != "gap":
            rx = f"({rx})"
        if kind == "gap":
            out += rf"(?:{SEP}\w+){{0,{GAP_WORDS}}}"
            need_sep = True
        elif kind == "opt":
            out += f"(?:{SEP}{rx})?" if need_sep else f"(?:{rx}{SEP})?"
        else:
            out += (SEP if need_sep else "") + rx
            need_sep = True
    return out
