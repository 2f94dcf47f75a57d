"""The model's ``attribute_ruler`` with the same results at a fraction of its cost.

spaCy's AttributeRuler runs a Matcher with every rule (179 in en_core_web_sm) over every
token: about a tenth of the whole pipeline's time. Nearly all its rules are one token long
with exact values of TAG, LOWER, DEP or IS_SPACE; :class:`FastAttributeRuler` looks those
up in dictionaries keyed by (tag, lower) and keeps a Matcher only for the rest (rules of
several tokens, operators, sets). It applies what matched exactly as AttributeRuler does:
every match is found on the tagged and parsed Doc first, then the rules are applied in
their order, a later rule overriding an earlier one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_FAST_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
_Rule = tuple[int, tuple[tuple[str, Any], ...]]  # rule number, residual (DEP, IS_SPACE) tests


class FastAttributeRuler:
    """Drop-in for a loaded AttributeRuler (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.name = ruler.name
        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.lookup: dict[tuple[str | None, str | None], list[_Rule]] = defaultdict(list)
        self.matcher = Matcher(ruler.vocab, validate=False)
        self.vocab = ruler.vocab
        entries: list[dict[str, Any]] = list(ruler.patterns)  # in rule order
        for number, entry in enumerate(entries):
            slow: list[Any] = []
            for pattern in entry["patterns"]:
                if self._indexable(pattern):
                    token = pattern[0]
                    rest = tuple((k, v) for k, v in token.items() if k in ("DEP", "IS_SPACE"))
                    self.lookup[(token.get("TAG"), token.get("LOWER"))].append((number, rest))
                else:
                    slow.append(pattern)
            if slow:
                self.matcher.add(str(number), slow)

    @staticmethod
    def _indexable(pattern: list[dict[str, Any]]) -> bool:
        if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= _FAST_KEYS:
            return False
        return all(
            isinstance(v, bool) if k == "IS_SPACE" else isinstance(v, str)
            for k, v in pattern[0].items()
        )

    def __call__(self, doc: Doc) -> Doc:
        hits: dict[int, list[int]] = defaultdict(list)  # token index -> rule numbers
        lookup = self.lookup
        for token in doc:
            tag, lower = token.tag_, token.lower_
            for key in ((tag, lower), (tag, None), (None, lower), (None, None)):
                for number, rest in lookup.get(key, ()):
                    if all((token.dep_ if k == "DEP" else token.is_space) == v for k, v in rest):
                        hits[token.i].append(number)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                target = doc[start:end][self.indices[number]]
                hits[target.i].append(number)
        for i, numbers in hits.items():
            token = doc[i]
            for number in sorted(numbers):
                set_token_attrs(token, self.attrs[number])
        return doc


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
