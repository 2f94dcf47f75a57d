"""The model's rule ``lemmatizer`` with the same lemmas at a fraction of its cost.

spaCy's rule lemmatizer checks every candidate form against the part of speech's word
list with ``form in index``, where ``index`` is a Python list of thousands of words, and
caches only the forms it reached by the rules (base forms are worked out again for every
token). :class:`FastLemmatizer` keeps the word lists as sets, caches every lemma by what
decides it (the word, its part of speech and its morphology), and reads and writes the
token attributes as arrays. The lemmas are the same (a test compares them token by
token); it takes about a tenth of the time on a cold cache.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token


class FastLemmatizer:
    """Drop-in for a loaded rule-mode :class:`spacy.pipeline.Lemmatizer`."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.name = lemmatizer.name
        self.lemmatizer = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma id
        self._tables: dict[str, tuple[frozenset[str], dict[str, Any], list[Any]] | None] = {}

    @property
    def lookups(self) -> Any:
        """The word lists, as on the lemmatizer it stands in for (the actors component
        reads its dictionary of common words from them)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = arr[:, 3].copy()
        cache = self._cache
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self.vocab.strings.add(self._lemma(doc[i]))
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        return doc

    def _pos_tables(self, univ_pos: str) -> tuple[frozenset[str], dict[str, Any], list[Any]] | None:
        if univ_pos not in self._tables:
            lookups = self.lemmatizer.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos)
            exc = lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos)
            self._tables[univ_pos] = (
                (frozenset(index or ()), dict(exc or {}), list(rules or ()))
                if any((index, exc, rules))
                else None
            )
        return self._tables[univ_pos]

    def _lemma(self, token: Token) -> str:
        """spaCy's ``Lemmatizer.rule_lemmatize(token)[0]``, with the word lists as sets."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or self.lemmatizer.is_base_form(token):
            return string.lower()
        tables = self._pos_tables(univ_pos)
        if tables is None:
            return string if univ_pos == "propn" else string.lower()
        index, exceptions, rules = tables
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]


def speed_up_lemmatizer(nlp: Language) -> None:
    """Replace the pipeline's rule ``lemmatizer`` (if any) by a :class:`FastLemmatizer`."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    index = nlp.pipe_names.index("lemmatizer")
    nlp._components[index] = ("lemmatizer", FastLemmatizer(lemmatizer))
