"""The model's ``attribute_ruler`` with the same results at a fraction of its cost.

spaCy's AttributeRuler runs a Matcher with every rule (179 in en_core_web_sm) over every
token: about a tenth of the whole pipeline's time. Nearly all its rules are one token long
and test only TAG, LOWER, DEP or IS_SPACE (exact values, ``IN``, ``NOT_IN`` or ``REGEX``):
whether they match depends only on those four values, so :class:`FastAttributeRuler`
works the matching rules out once per distinct (tag, lower, dep, is_space) and caches them.
A lower-case form that no rule tests counts as one placeholder form (every test treats
such forms alike), so a document has a few hundred distinct keys, looked up once each. The
rules of several tokens that are tests on the same four values in a row ("gon" "na",
"let" "'s") are matched by the same per-key tests, shifted along the tokens; a Matcher is
kept only for any other rule. It applies what matched exactly as AttributeRuler does:
every match is found on the tagged and parsed Doc first, then the rules are applied in
their order, a later rule overriding an earlier one; the attributes are written back as
one array.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the order of a token's values below
_OPS = {"IN", "NOT_IN", "REGEX"}
_Values = tuple[str, str, str, bool]
_Spec = tuple[tuple[int, Any], ...]  # (position in _Values, exact value or {op: argument})
# a lower-case form no one-token rule tests: every test on LOWER treats all such forms alike
# (an exact value or IN list fails, NOT_IN passes, a REGEX does not match), so they share it
_OTHER = "\x00other"
_Looked = tuple[tuple[int, ...], tuple[bool, ...]]


class FastAttributeRuler:
    """Drop-in for a loaded AttributeRuler (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.name = ruler.name
        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.vocab = ruler.vocab
        self.matcher = Matcher(ruler.vocab, validate=False)
        # exact one-token rules indexed by (tag, lower); the other one-token rules tested
        self.lookup: dict[tuple[str | None, str | None], list[tuple[int, _Spec]]] = defaultdict(
            list
        )
        self.tested: list[tuple[int, _Spec]] = []
        # rules of several tokens, each token a one-token test: (rule, tests in order)
        self.sequences: list[tuple[int, tuple[_Spec, ...]]] = []
        self._rules: dict[tuple[int, ...], _Looked] = {}  # token values -> rules, tests passed
        self._merged_cache: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self._words: dict[int, int] = {}  # lower-case form -> its key (see _word)
        # the token attributes the rules set (POS, TAG, DEP, LEMMA, MORPH), as array columns
        self.columns: list[int | str] = sorted({attr for attrs in self.attrs for attr in attrs})
        if not all(isinstance(a, int) for a in self.columns):
            raise ValueError("attribute_ruler: rules set attributes other than token fields")
        entries: list[dict[str, Any]] = list(ruler.patterns)  # in rule order
        for number, entry in enumerate(entries):
            several: list[Any] = []
            for pattern in entry["patterns"]:
                spec = _one_token_spec(pattern)
                steps = [_one_token_spec([t]) for t in pattern] if len(pattern) > 1 else []
                if steps and all(steps):
                    self.sequences.append((number, tuple(s for s in steps if s)))
                elif spec is None:
                    several.append(pattern)
                elif all(not isinstance(v, dict) for _, v in spec):
                    exact = dict(spec)
                    rest = tuple((k, v) for k, v in spec if k >= 2)  # DEP, IS_SPACE
                    self.lookup[(exact.get(0), exact.get(1))].append((number, rest))
                else:
                    self.tested.append((number, spec))
            if several:
                self.matcher.add(str(number), several)
        # the lower-case forms the rules test: the others all act as _OTHER
        self.words: set[str] = set()
        self.word_patterns: list[re.Pattern[str]] = []
        specs = [spec for _, steps in self.sequences for spec in steps]
        specs += [
            spec for _, spec in [*self.tested, *(r for rs in self.lookup.values() for r in rs)]
        ]
        for spec in specs:
            for position, test in spec:
                if position == 1:
                    _note_words(test, self.words, self.word_patterns)
        self.words.update(lower for _, lower in self.lookup if lower is not None)
        if _OTHER in self.words or any(rx.search(_OTHER) for rx in self.word_patterns):
            raise ValueError("attribute_ruler: a rule tests the placeholder word")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        extra: dict[int, list[int]] = defaultdict(list)  # token index -> multi-token rules
        if len(self.matcher):  # rules of several tokens that are not sequences of tests
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index = self.indices[number]
                extra[start + (index if index >= 0 else end - start + index)].append(number)
        array = doc.to_array(self.columns)
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        # a word no one-token rule tests reads as any other such word: one key for them all
        words, at = numpy.unique(keys[:, 1], return_inverse=True)
        keys[:, 1] = numpy.array([self._word(w) for w in words.tolist()], dtype=keys.dtype)[
            at.reshape(-1)
        ]
        distinct, which = numpy.unique(keys, axis=0, return_inverse=True)
        which = which.reshape(-1)
        rules, merged = self._rules, self._merged
        found: list[tuple[int, ...]] = []
        values = numpy.zeros((len(distinct), len(self.columns)), dtype=array.dtype)
        sets = numpy.zeros((len(distinct), len(self.columns)), dtype=bool)
        passed = numpy.zeros((len(distinct), sum(len(s) for _, s in self.sequences)), dtype=bool)
        for row, key in enumerate(map(tuple, distinct.tolist())):
            looked = rules.get(key)
            if looked is None:
                looked = rules[key] = self._look(key)
            numbers, passed[row] = looked
            found.append(numbers)
            for column, value in merged(numbers):
                values[row, column] = value
                sets[row, column] = True
        self._sequences(passed[which], extra)
        before = {i: array[i].copy() for i in extra}
        numpy.copyto(array, values[which], where=sets[which])
        for i, more in extra.items():  # the token's own rules and the longer ones, in order
            array[i] = before[i]
            for column, value in merged(tuple(sorted(found[which[i]] + tuple(more)))):
                array[i, column] = value
        doc.from_array(self.columns, array)  # type: ignore[arg-type]
        return doc

    def _word(self, lower: int) -> int:
        """The key of a lower-case form: itself if a one-token rule tests it, else 0."""
        got = self._words.get(lower)
        if got is None:
            text = self.vocab.strings[lower]
            tested = text in self.words or any(rx.search(text) for rx in self.word_patterns)
            got = self._words[lower] = lower if tested else 0
        return got

    def _sequences(self, passed: numpy.ndarray, extra: dict[int, list[int]]) -> None:
        """Add the matches of the sequence rules (``passed``: token x test) to ``extra``."""
        n, column = len(passed), 0
        for number, steps in self.sequences:
            size = len(steps)
            if n >= size:
                ok = passed[: n - size + 1, column].copy()
                for k in range(1, size):
                    ok &= passed[k : n - size + 1 + k, column + k]
                index = self.indices[number]
                for start in numpy.flatnonzero(ok).tolist():
                    extra[start + (index if index >= 0 else size + index)].append(number)
            column += size

    def _look(self, key: tuple[int, ...]) -> _Looked:
        """The one-token rules that match a token with these values (in rule order), and
        which tests of the sequence rules it passes."""
        strings = self.vocab.strings
        tag, lower, dep, is_space = key
        token: _Values = (
            strings[tag] if tag else "",
            strings[lower] if lower else _OTHER,
            strings[dep] if dep else "",
            bool(is_space),
        )
        found = [
            number
            for pair in ((token[0], token[1]), (token[0], None), (None, token[1]), (None, None))
            for number, rest in self.lookup.get(pair, ())
            if _matches(rest, token)
        ]
        found += [number for number, spec in self.tested if _matches(spec, token)]
        passes = tuple(_matches(spec, token) for _, steps in self.sequences for spec in steps)
        return tuple(sorted(found)), passes

    def _merged(self, numbers: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) pairs the rules set, a later rule overriding an earlier one."""
        cached = self._merged_cache.get(numbers)
        if cached is None:
            out: dict[int, int] = {}
            for number in numbers:
                for attr, value in self.attrs[number].items():
                    out[self.columns.index(attr)] = value
            cached = self._merged_cache[numbers] = tuple(out.items())
        return cached


def _note_words(test: Any, words: set[str], patterns: list[re.Pattern[str]]) -> None:
    """Add the words a LOWER test names (exact, IN, NOT_IN) and its regexes."""
    if not isinstance(test, dict):
        words.add(test)
        return
    for op, argument in test.items():
        if op == "REGEX":
            patterns.append(re.compile(argument))
        else:
            words.update(argument)


def _one_token_spec(pattern: list[dict[str, Any]]) -> _Spec | None:
    """A one-token pattern on TAG, LOWER, DEP and IS_SPACE as tests on a token's values;
    None for any other pattern (it goes to the Matcher)."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= set(_KEYS):
        return None
    spec: list[tuple[int, Any]] = []
    for name, value in pattern[0].items():
        if isinstance(value, dict):
            if not value or not set(value) <= _OPS:
                return None
        elif not isinstance(value, bool if name == "IS_SPACE" else str):
            return None
        spec.append((_KEYS.index(name), value))
    return tuple(spec)


def _matches(spec: _Spec, token: _Values) -> bool:
    """Whether the token's values pass every test, as the Matcher tests them."""
    for position, test in spec:
        value = token[position]
        if not isinstance(test, dict):
            if value != test:
                return False
            continue
        for op, argument in test.items():
            if op == "IN" and value not in argument:
                return False
            if op == "NOT_IN" and value in argument:
                return False
            if op == "REGEX" and not re.search(argument, str(value)):
                return False
    return True


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Replace the pipeline's ``attribute_ruler`` (if any) by a :class:`FastAttributeRuler`."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    fast = FastAttributeRuler(ruler)
    index = nlp.pipe_names.index("attribute_ruler")
    nlp._components[index] = ("attribute_ruler", fast)
