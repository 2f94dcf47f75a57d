"""``sitroom_quotes_v1``: attributed statements, direct and reported, with speakers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import Mention, Quote, Speaker
from sitroom.article import Span as TextSpan
from sitroom.kb import KnowledgeBase, load_kb
from sitroom.nlp.lexicon import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    SPEECH_VERBS,
)

MIN_WORDS_WITHOUT_CUE = 4
LOOKAHEAD_TOKENS = 12


@dataclass(slots=True)
class _Marked:
    start: int  # first character inside the marks
    end: int  # last character inside the marks (exclusive)
    open_at: int | None  # offset of the opening mark
    close_at: int | None  # offset of the closing mark


@Language.factory(
    "sitroom_quotes_v1",
    requires=["doc._.mentions", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
    default_config={"user_file": ""},
)
def make_quote_finder(nlp: Language, name: str, user_file: str) -> QuoteFinder:
    return QuoteFinder(load_kb(user_file))


class QuoteFinder:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = sorted(doc._.mentions or [], key=lambda m: m.start)
        quotes: list[Quote] = []
        covered: list[tuple[int, int]] = []
        last_speaker: Speaker | None = None
        for marked in find_marked_quotes(doc.text):
            quote = self._direct(doc, marked, mentions, last_speaker)
            if quote is None:
                continue
            quotes.append(quote)
            covered.append((marked.start, marked.end))
            if quote.speaker is not None:
                last_speaker = quote.speaker
        for quote in self._reported(doc, mentions, covered):
            quotes.append(quote)
        quotes.sort(key=lambda q: q.start)
        doc._.quotes = quotes
        return doc

    # -- direct quotes ---------------------------------------------------------------

    def _direct(
        self, doc: Doc, m: _Marked, mentions: list[Mention], previous: Speaker | None
    ) -> Quote | None:
        text = doc.text[m.start : m.end]
        words = len(text.split())
        if words == 0:
            return None
        opener = m.open_at if m.open_at is not None else m.start
        if doc.text[:opener].rstrip().endswith(":"):
            verb = self._cue_before(doc, m) or self._cue_after(doc, m)
        else:
            verb = self._cue_after(doc, m) or self._cue_before(doc, m)
        speaker: Speaker | None = None
        cue: TextSpan | None = None
        confidence = 0.5
        if verb is not None:
            cue = TextSpan(verb.idx, verb.idx + len(verb.text), verb.text)
            speaker = self._speaker(doc, verb, mentions, m.start)
            confidence = 0.85 if speaker and speaker.actor_id else 0.7
        elif words < MIN_WORDS_WITHOUT_CUE:
            return None  # a scare quote or a title, not a statement
        elif previous is not None and m.start - previous.end < 1500:
            speaker = previous  # a follow-on quote continues the previous speaker
            confidence = 0.55
        kind = "direct"
        return Quote(m.start, m.end, text, kind, cue, speaker, confidence)

    def _cue_after(self, doc: Doc, m: _Marked) -> Token | None:
        anchor = m.close_at if m.close_at is not None else m.end
        first = _token_at_or_after(doc, anchor + 1)
        if first is None:
            return None
        # a quote that closed its own sentence takes a cue only right after it
        # ('." she said'); one that ends with a comma may have a longer attribution
        ends_sentence = doc.text[m.start : m.end].rstrip().endswith((".", "…"))
        window = 4 if ends_sentence else LOOKAHEAD_TOKENS
        for tok in doc[first.i : min(len(doc), first.i + window)]:
            if "\n" in tok.text or tok.text in OPEN_QUOTES or tok.text == '"':
                break
            if tok.is_sent_start and tok.i > first.i + 1:
                break
            if _is_cue(tok):
                return tok
        return None

    def _cue_before(self, doc: Doc, m: _Marked) -> Token | None:
        anchor = m.open_at if m.open_at is not None else m.start
        last = _token_before(doc, anchor)
        if last is None:
            return None
        sent_start = last.sent.start
        for tok in reversed(doc[max(sent_start, last.i - 25) : last.i + 1]):
            if "\n" in tok.text or tok.text in CLOSE_QUOTES:
                break
            if _is_cue(tok):
                return tok
        return None

    # -- reported speech ------------------------------------------------------------

    def _reported(
        self, doc: Doc, mentions: list[Mention], covered: list[tuple[int, int]]
    ) -> list[Quote]:
        out: list[Quote] = []
        for tok in doc:
            if _inside(tok.idx, covered):
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                quote = self._according_to(doc, tok, mentions)
            elif _is_cue(tok):
                quote = self._clausal(doc, tok, mentions, covered)
            else:
                quote = None
            if quote is not None:
                out.append(quote)
        return out

    def _clausal(
        self, doc: Doc, verb: Token, mentions: list[Mention], covered: list[tuple[int, int]]
    ) -> Quote | None:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        if clause is None or clause.i < verb.i:
            return None
        left = min(t.i for t in clause.subtree)
        right = max(t.i for t in clause.subtree)
        if left > verb.i + 1 and doc[verb.i + 1].lower_ == "that":
            left = verb.i + 1
        if right - left < 2:
            return None
        start = doc[left].idx
        end = doc[right].idx + len(doc[right].text)
        while end > start and doc.text[end - 1] in ".,;: ":
            end -= 1
        overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in covered)
        if overlap > 0.5 * (end - start):
            return None  # the direct quote already carries this statement
        kind = "mixed" if overlap else "indirect"
        speaker = self._speaker(doc, verb, mentions, start)
        if speaker is None:
            return None
        cue = TextSpan(verb.idx, verb.idx + len(verb.text), verb.text)
        conf = 0.75 if speaker.actor_id else 0.55
        return Quote(start, end, doc.text[start:end], kind, cue, speaker, conf)

    def _according_to(self, doc: Doc, tok: Token, mentions: list[Mention]) -> Quote | None:
        to = doc[tok.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        sent = tok.sent
        src_left = tok.i
        src_right = max(t.i for t in source.subtree)
        if src_left == sent.start:
            first = src_right + 1
            while first < sent.end and doc[first].is_punct:
                first += 1
            content = doc[first : sent.end]
        else:
            content = doc[sent.start : src_left]
        if len(content) < 3:
            return None
        start = content.start_char
        end = content.end_char
        while end > start and doc.text[end - 1] in ".,;: ":
            end -= 1
        speaker = self._speaker_from_token(doc, source, mentions, start)
        cue = TextSpan(tok.idx, to.idx + len(to.text), doc.text[tok.idx : to.idx + len(to.text)])
        return Quote(start, end, doc.text[start:end], "indirect", cue, speaker, 0.6)

    # -- speakers --------------------------------------------------------------------

    def _speaker(
        self, doc: Doc, verb: Token, mentions: list[Mention], before: int
    ) -> Speaker | None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ == "VERB":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            # inverted attribution: "said Kallas", "writes French minister X in X"
            for tok in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
                mention = _mention_at(mentions, tok.idx)
                if mention is not None and mention.type in ("PERSON", "GROUP", "ORG", "GPE"):
                    return _speaker_from_mention(mention)
            return None
        return self._speaker_from_token(doc, subj, mentions, before)

    def _speaker_from_token(
        self, doc: Doc, head: Token, mentions: list[Mention], before: int
    ) -> Speaker | None:
        if head.lower_ in PRONOUN_GENDER and head.pos_ == "PRON":
            return self._resolve_pronoun(doc, head, mentions, before)
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            head = head.head.head
        mention = _mention_at(mentions, head.idx)
        if mention is None and head.pos_ == "NOUN":
            return self._unnamed(head, mentions)
        if mention is None:
            subtree = list(head.subtree)
            span_start = subtree[0].idx
            span_end = subtree[-1].idx + len(subtree[-1].text)
            inside = [m for m in mentions if span_start <= m.start and m.end <= span_end]
            people = [m for m in inside if m.type == "PERSON"]
            ranked = people or inside
            mention = ranked[-1] if ranked else None
        if mention is not None:
            return _speaker_from_mention(mention)
        if head.lemma_.lower() in PERSON_ROLE_NOUNS and any(
            c.lower_ == "the" for c in head.children
        ):
            earlier = [m for m in mentions if m.end <= head.idx and m.type == "PERSON"]
            if earlier:
                resolved = earlier[-1]
                return Speaker(
                    head.idx,
                    head.idx + len(head.text),
                    head.text,
                    resolved.actor_id,
                    resolved.canonical,
                )
        chunk = _noun_chunk(head)
        return Speaker(chunk.start_char, chunk.end_char, chunk.text, None, None)

    def _unnamed(self, head: Token, mentions: list[Mention]) -> Speaker:
        """An unnamed source ("one NATO diplomat"): a group actor, never a named person."""
        chunk = _noun_chunk(head)
        for m in mentions:
            if m.type == "GROUP" and m.start <= head.idx < m.end:
                return _speaker_from_mention(m)
        mods = [t.text for t in chunk if t.dep_ in ("compound", "amod") and t.i < head.i]
        plural = head.lemma_ + ("es" if head.lemma_.endswith("s") else "s")
        for name in (" ".join([*mods, plural]), plural):
            for actor in self.kb.lookup(name):
                if actor.kind == "group":
                    return Speaker(
                        chunk.start_char, chunk.end_char, chunk.text, actor.id, actor.name
                    )
        return Speaker(chunk.start_char, chunk.end_char, chunk.text, None, None)

    def _resolve_pronoun(
        self, doc: Doc, pron: Token, mentions: list[Mention], before: int
    ) -> Speaker | None:
        gender = PRONOUN_GENDER.get(pron.lower_)
        start, end = pron.idx, pron.idx + len(pron.text)
        wanted = "PERSON" if pron.lower_ in ("he", "she", "i") else None
        for mention in reversed([m for m in mentions if m.end <= pron.idx]):
            if wanted and mention.type != wanted:
                continue
            if gender and mention.actor_id:
                actor = self.kb.get(mention.actor_id)
                if actor is not None and actor.gender and actor.gender != gender:
                    continue
            return Speaker(start, end, pron.text, mention.actor_id, mention.canonical)
        return Speaker(start, end, pron.text, None, None)


def find_marked_quotes(text: str) -> list[_Marked]:
    """Spans between quotation marks, paragraph by paragraph, tolerating broken marks."""
    out: list[_Marked] = []
    pos = 0
    for para in text.split("\n"):
        out.extend(_marked_in_paragraph(para, pos))
        pos += len(para) + 1
    return out


def _marked_in_paragraph(para: str, offset: int) -> list[_Marked]:
    out: list[_Marked] = []
    open_at: int | None = None
    for i, ch in enumerate(para):
        is_open = ch in OPEN_QUOTES or (ch == '"' and open_at is None)
        is_close = ch in CLOSE_QUOTES or (ch == '"' and open_at is not None)
        if is_open and open_at is None:
            if ch != '"' or i == 0 or not para[i - 1].isalnum():
                open_at = i
        elif is_close and open_at is not None:
            out.append(_Marked(offset + open_at + 1, offset + i, offset + open_at, offset + i))
            open_at = None
        elif is_close and open_at is None and i > 0:
            # a closing mark without an opening one: the quote runs from after a colon
            # or from the paragraph's start
            colon = para.rfind(": ", 0, i)
            begin = colon + 2 if colon >= 0 else 0
            if out:
                begin = max(begin, out[-1].close_at - offset + 1 if out[-1].close_at else 0)
            if i - begin > 10:
                out.append(_Marked(offset + begin, offset + i, None, offset + i))
    if open_at is not None and len(para) - open_at > 15:
        end = len(para.rstrip())
        out.append(_Marked(offset + open_at + 1, offset + end, offset + open_at, None))
    return [_strip(m, para, offset) for m in out]


def _strip(m: _Marked, para: str, offset: int) -> _Marked:
    start, end = m.start, m.end
    while start < end and para[start - offset].isspace():
        start += 1
    while end > start and para[end - 1 - offset].isspace():
        end -= 1
    return _Marked(start, end, m.open_at, m.close_at)


def _is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _token_at_or_after(doc: Doc, char: int) -> Token | None:
    for tok in doc:
        if tok.idx >= char:
            return tok
    return None


def _token_before(doc: Doc, char: int) -> Token | None:
    prev = None
    for tok in doc:
        if tok.idx >= char:
            break
        prev = tok
    return prev


def _mention_at(mentions: list[Mention], char: int) -> Mention | None:
    for m in mentions:
        if m.start <= char < m.end:
            return m
    return None


def _speaker_from_mention(m: Mention) -> Speaker:
    return Speaker(m.start, m.end, m.text, m.actor_id, m.canonical)


def _noun_chunk(head: Token) -> Span:
    left = head
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss"):
            left = child
            break
    return head.doc[left.i : head.i + 1]
