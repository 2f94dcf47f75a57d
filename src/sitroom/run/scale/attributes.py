"""The model's ``attribute_ruler`` with the same results at a fraction of its cost.

spaCy's AttributeRuler runs a Matcher with every rule (179 in en_core_web_sm) over every
token: about a tenth of the whole pipeline's time. Nearly all its rules are one token long
and test only TAG, LOWER, DEP or IS_SPACE (exact values, ``IN``, ``NOT_IN`` or ``REGEX``):
whether they match depends only on those four values, so :class:`FastAttributeRuler`
works the matching rules out once per distinct (tag, lower, dep, is_space) and caches them,
and keeps a Matcher only for the rules of several tokens. It applies what matched exactly
as AttributeRuler does: every match is found on the tagged and parsed Doc first, then the
rules are applied in their order, a later rule overriding an earlier one; the attributes
are written back as one array.
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
        self._rules: dict[tuple[int, ...], tuple[int, ...]] = {}  # token values -> rules
        self._merged_cache: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        # the token attributes the rules set (POS, TAG, DEP, LEMMA, MORPH), as array columns
        self.columns: list[int | str] = sorted({attr for attrs in self.attrs for attr in attrs})
        if not all(isinstance(a, int) for a in self.columns):
            raise ValueError("attribute_ruler: rules set attributes other than token fields")
        entries: list[dict[str, Any]] = list(ruler.patterns)  # in rule order
        for number, entry in enumerate(entries):
            several: list[Any] = []
            for pattern in entry["patterns"]:
                spec = _one_token_spec(pattern)
                if spec is None:
                    several.append(pattern)
                elif all(not isinstance(v, dict) for _, v in spec):
                    exact = dict(spec)
                    rest = tuple((k, v) for k, v in spec if k >= 2)  # DEP, IS_SPACE
                    self.lookup[(exact.get(0), exact.get(1))].append((number, rest))
                else:
                    self.tested.append((number, spec))
            if several:
                self.matcher.add(str(number), several)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        extra: dict[int, list[int]] = defaultdict(list)  # token index -> multi-token rules
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index = self.indices[number]
                extra[start + (index if index >= 0 else end - start + index)].append(number)
        array = doc.to_array(self.columns)
        values = array.tolist()
        rules, merged = self._rules, self._merged
        keys = map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())
        for i, key in enumerate(keys):
            numbers = rules.get(key)
            if numbers is None:
                numbers = rules[key] = self._numbers(key)
            if i in extra:
                numbers = tuple(sorted(numbers + tuple(extra[i])))
            if numbers:
                row = values[i]
                for column, value in merged(numbers):
                    row[column] = value
        doc.from_array(self.columns, numpy.array(values, dtype=array.dtype))  # type: ignore[arg-type]
        return doc

    def _numbers(self, key: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules that match a token with these values, in rule order."""
        strings = self.vocab.strings
        tag, lower, dep, is_space = key
        token: _Values = (
            strings[tag] if tag else "",
            strings[lower],
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
        return tuple(sorted(found))

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
