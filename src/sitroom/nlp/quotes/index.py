"""Offset lookups over one parsed document, built once so no step scans the whole doc."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from sitroom.article import Mention
from sitroom.nlp import doc_text
from sitroom.nlp.quotes.marks import paragraph_spans

NAME_TYPES = ("PERSON", "ORG", "GROUP")


class DocIndex:
    """Character offset -> token, mention and paragraph, for one document."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        n = len(self.text)
        # token covering (or, for spaces, following) each character; len(doc) past the end
        self._tok_at = [len(doc)] * (n + 1)
        prev_end = 0
        for tok in doc:
            end = tok.idx + len(tok.text)
            if end > prev_end:  # (slices: one assignment per token, not per character)
                self._tok_at[prev_end:end] = [tok.i] * (end - prev_end)
            prev_end = end
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_at: dict[int, int] = {}
        for k in range(len(self.mentions) - 1, -1, -1):  # the first mention covering wins
            m = self.mentions[k]
            self._mention_at.update(dict.fromkeys(range(m.start, m.end), k))
        self._mention_starts = [m.start for m in self.mentions]
        # the words of the report's actor names ("Akhannouch" of "Aziz Akhannouch"): a word
        # the tagger missed as a name elsewhere (a sentence-initial surname read as an adverb)
        self.name_words = {
            w
            for m in self.mentions
            if m.type in NAME_TYPES
            for w in m.text.split()
            if w[:1].isupper()
        }
        self._sent_of = [0] * len(doc)
        self.sents = list(doc.sents)
        for number, sent in enumerate(self.sents):
            self._sent_of[sent.start : sent.end] = [number] * (sent.end - sent.start)
        self._paragraphs = paragraph_spans(self.text)
        self.para_starts = [start for start, _ in self._paragraphs]
        # names of each corpus-local or known actor, longest first, for display
        self.full_name: dict[str, str] = {}
        for m in self.mentions:
            if m.actor_id and len(m.text) > len(self.full_name.get(m.actor_id, "")):
                self.full_name[m.actor_id] = m.text

    # -- tokens ------------------------------------------------------------------------

    def token_at(self, char: int) -> Token | None:
        """The token covering ``char``, or the next one after a space."""
        if char < 0 or char >= len(self._tok_at):
            return None
        i = self._tok_at[char]
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, char: int) -> Token | None:
        """The last token that ends at or before ``char``."""
        if char <= 0:
            return None
        tok = self.token_at(min(char, len(self.text)) - 1)
        while tok is not None and tok.idx >= char:
            tok = tok.nbor(-1) if tok.i > 0 else None
        return tok

    def sentence_number(self, char: int) -> int:
        """The number of the sentence holding ``char`` (the next one after a space)."""
        tok = self.token_at(char)
        if tok is None:
            return self._sent_of[-1] if self._sent_of else 0
        return self._sent_of[tok.i]

    # -- mentions ----------------------------------------------------------------------

    def mention_at(self, char: int) -> Mention | None:
        k = self._mention_at.get(char)
        return self.mentions[k] if k is not None else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect_right(self._mention_starts, start - 1)
        out = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def mentions_before(self, char: int) -> list[Mention]:
        """Mentions ending at or before ``char``, nearest first."""
        hi = bisect_right(self._mention_starts, char)
        return [m for m in reversed(self.mentions[:hi]) if m.end <= char]

    # -- paragraphs --------------------------------------------------------------------

    def paragraph(self, char: int) -> int:
        return bisect_right(self.para_starts, char) - 1

    def paragraph_bounds(self, number: int) -> tuple[int, int]:
        return self._paragraphs[number]
