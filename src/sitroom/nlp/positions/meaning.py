"""Issues recognised by meaning: the words of an issue's definition, in any wording.

A catalog author writes an issue's ``claim``, a short ``definition`` and a few ``examples``
instead of every wording. From them (and the words of its phrases) each issue gets its
*anchors*: the content words that belong to it alone in the catalog, reduced to a stem that
joins a verb and its nominalisation ("withdraw", "withdrawing", "withdrawal"; "enrich",
"enrichment"; "reimpose", "reimposition"). Names (capitalised words), the topic's own words
(the catalog's description and scope), attitude words (the stance reader's lexicon) and
generic news words are no anchors: they say who or what the story is about, not which
question a sentence is on.

Words of one *sense class* (``meaning_classes`` in the lexicon: "truce" and "ceasefire",
"fighting" and "war", "motion" and "resolution") are one word here, so that a report words a
question otherwise than its definition. A stem that several issues use is an anchor of the
one whose texts name it at least twice as often; a word of the topic (the scope's keywords)
is an anchor only of an issue no other names it in. An act that undoes an anchor
(``meaning_contraries``: "boycott" undoes "attend") names the issue with the polarity
reversed, like a catalog's ``opposite`` phrase.

A sentence is on an issue when it holds two of its anchors (acts alone, verbs, need one of
the issue's objects in the sentence or the one before: "left without attending the trade
summit" is on no seat at Europe's table), or one anchor that an attitude verb takes or a
modal of plan or obligation governs ("Russia opposed the motion", "refused to attend",
"his forces will fight on": :mod:`.frame`) with one of the issue's objects in the sentence
or the one before, or one anchor in the issue's *frame*: the anchor's argument in the
parse (its object, the noun it modifies or that modifies it, the object of its
preposition) names one of the issue's *objects*, the nouns and names of its texts, topic
words and names included ("leaving the regional bloc", "the tanker's seizure", "a new
enrichment facility"). The anchor token is the content whose place in the parse decides
the stance, exactly as for a phrase match. A reading from a phrase of the same issue and
holder in the sentence takes precedence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from spacy.tokens import Span, Token

from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.catalog import Catalog, Cue, Issue, IssueMatch
from sitroom.nlp.positions.frame import attitude_to, judged, modal_act
from sitroom.nlp.positions.nounphrase import noun_keys, phrased
from sitroom.nlp.positions.route import _depth
from sitroom.nlp.positions.stems import stem as stem  # re-exported: callers import it here
from sitroom.nlp.positions.undoing import (
    contrast_match,
    contrasted,
    reduced,
    reducing_head,
    undone,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z]+[a-z0-9]*(?![\w'’])")
MIN_TEXTS = 2  # an anchor is named by at least this many of an issue's texts
MIN_ANCHORS = 2  # a sentence meets an issue by meaning when it holds this many anchors
DOMINANCE = 2  # a stem two issues share is an anchor of one that names it this many times more
MAX_CONTENTS = 3  # anchors of one sentence tried as the content
# How an anchor's argument hangs from it (or it from its head) in a frame.
FRAME_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "compound", "poss", "amod", "nmod", "attr"})
# Words of news prose that name no particular question.
_GENERIC_TEXT = """
    a about above act action actions after again against all also among an and any are as
    at be been being between both but by can could country countries day days do does
    during each either even first for from further government governments group groups has
    have he her his how if in including into is issue it its last leader leaders made make
    many may more most must new no nor not now of on one only or other others our out over
    own part party people per place plan put said say says she should since so some state
    states such take taken than that the their them then there these they this those
    through to told under until up upon us very was we were what when where whether which
    while who whom whose why will with within without would year years you side sides way
    ways time times first second third other another term terms statement official
    officials minister ministers president spokesman spokesperson report reports news week
    weeks month months today yesterday called calling call
"""
GENERIC = frozenset(_GENERIC_TEXT.split())


def _senses() -> dict[str, str]:
    """Each word of a sense class (``meaning_classes`` in the lexicon) to its class's first
    word, as stems: "truce" and "ceasefire", "fighting" and "war" name one thing."""
    out: dict[str, str] = {}
    for line in sorted(lx.MEANING_CLASSES):
        words = line.split()
        for w in words:
            out.setdefault(stem(w), stem(words[0]))
    return out


_SENSES = _senses()


def sense(word: str) -> str:
    """The stem of a word folded to its sense class ("ceasefire" -> "truc")."""
    s = stem(word)
    return _SENSES.get(s, s)


ATTITUDE_CLASSES = (
    "SUPPORT_VERBS",
    "OPPOSE_VERBS",
    "SUPPORT_NOUNS",
    "OPPOSE_NOUNS",
    "EMOTIVE_VERBS",
    "EMOTIVE_NOUNS",
    "EMOTIVE_ADJ",
    "DENY_VERBS",
    "TOPIC_VERBS",
    "TOPIC_NOUNS",
    "REPORT_NOUNS",
    "EVAL_POS_ADJ",
    "EVAL_NEG_ADJ",
    "READY_ADJ",
    "UNREADY_ADJ",
    "DEEM_VERBS",
    "LIGHT_VERBS",
    "NEED_VERBS",
    "COPULAS",
    "PREDICT_VERBS",
    "INTENT_VERBS",
    "REACT_VERBS",
)


def _attitude_words() -> frozenset[str]:
    """The stance reader's attitude words: they say how, not what."""
    words: set[str] = set()
    for name in ATTITUDE_CLASSES:
        words |= {w for w in getattr(lx, name) if " " not in w}
    return frozenset(words)


_ATTITUDE = _attitude_words()
_ATTITUDE_STEMS = frozenset(stem(w) for w in _ATTITUDE)


def _words(text: str) -> list[str]:
    """Content words of a definition: no names, no generic words."""
    out = []
    for m in _WORD.finditer(text.replace("...", " ")):
        w = m.group(0)
        if w[0].isupper() and m.start() > 0:
            continue  # a name (the first word of a sentence is not)
        low = w.lower().replace("’", "'").strip("'-")
        if low.endswith("'s"):
            low = low[:-2]
        # a short word of a sense class is content ("buy": to annex)
        short = len(low) < 4 and low not in _SENSES
        if low in GENERIC or short or "'" in low:
            continue
        out.append(low)
    return out


def _phrase_words(phrase: str) -> list[str]:
    """The plain words of a catalog phrase ("(cede|give up) ... territory")."""
    plain = re.sub(r"[()|?*&]", " ", phrase)
    return [w for w in _words(plain) if w.isalpha()]


def _object_words(text: str) -> list[str]:
    """Nouns and names of an issue's text, the words its anchors' arguments may name."""
    out = []
    for m in _WORD.finditer(text.replace("...", " ")):
        low = m.group(0).lower().replace("’", "'").strip("'-")
        if low.endswith("'s"):
            low = low[:-2]
        if low not in GENERIC and len(low) >= 3 and "'" not in low:
            out.append(low)
    return out


@dataclass(frozen=True, slots=True)
class Anchors:
    issue: Issue
    stems: frozenset[str]
    objects: frozenset[str] = frozenset()
    contrary: frozenset[str] = frozenset()  # acts that undo an anchor's ("boycott": attend)
    modifiers: frozenset[str] = frozenset()  # only ever a modifier ("trade" in "trade deal")
    reduced: frozenset[str] = frozenset()  # what the claim ends ("phase out fossil fuels")
    contrast: frozenset[str] = frozenset()  # what it is not ("rather than only waste")


class MeaningMatcher:
    """The anchors of every issue of a catalog, and where a parsed sentence meets them."""

    def __init__(self, catalog: Catalog) -> None:
        self.noun_keys = [(i, keys) for i in catalog.issues if (keys := noun_keys(i))]
        topic = {sense(w) for k in catalog.scope.keywords for w in _words(k)}
        per_issue: dict[str, Counter[str]] = {}
        written: dict[str, Counter[str]] = {}
        for issue in catalog.issues:
            # attitude words in prose say how, not what; in the issue's own phrases they
            # are content ("boycott*" of a summit)
            phrases = [
                {sense(w) for w in _phrase_words(p)} for p in (*issue.keywords, *issue.opposite)
            ]
            content = _ATTITUDE_STEMS - {s for bag in phrases for s in bag}
            texts = [issue.claim, issue.definition, *issue.examples]
            bags = [{sense(w) for w in _words(t) if _content(w, content)} for t in texts]
            written[issue.id] = Counter(s for bag in bags for s in bag)
            bags += phrases
            per_issue[issue.id] = Counter(s for bag in bags for s in bag)
        # a name opening a claim ("Iran should ...") is still a name
        names = {
            sense(m.group(0))
            for i in catalog.issues
            for t in (i.claim, i.definition, *i.examples)
            for m in _NAME.finditer(t or "")
            if m.start() > 0
        }
        self.anchors = []
        for issue in catalog.issues:
            texts = [issue.claim, issue.definition, *issue.examples]
            # "withdraw from the territory it occupies": "occupy" is what is undone
            ended = {sense(w) for w in undone(texts, stem)}
            # "the full lifecycle rather than only waste": the contrast names no anchor,
            # it names the issue reversed
            contrast = frozenset(sense(w) for w in contrasted(texts, stem))
            ended |= contrast
            stems = frozenset(
                s
                for s, n in per_issue[issue.id].items()
                if n >= MIN_TEXTS
                and s not in names
                and s not in ended
                and _owns(issue.id, s, per_issue, written[issue.id][s], topic)
            )
            objects = {sense(w) for t in texts for w in _object_words(t)} - _ATTITUDE_STEMS
            # and the places and names its phrases list ("... (Crimea|Donbas)")
            objects |= {sense(w) for p in issue.keywords for w in _NAME.findall(p)}
            contrary = frozenset(_CONTRARY.get(s, frozenset()) for s in stems)
            undo = frozenset(c for words in contrary for c in words)
            less = stems & {sense(w) for w in reduced(texts, stem)}
            objs, mods = frozenset(objects - stems), _modifiers(texts, stems)
            contrast = frozenset(contrast - stems - names - topic)
            self.anchors.append(Anchors(issue, stems, objs, undo, mods, less, contrast))

    def find(self, sent: Span, taken: set[str]) -> list[IssueMatch]:
        """Matches in ``sent`` (spans relative to the sentence) of issues not in ``taken``."""
        out: list[IssueMatch] = []
        base = sent.start_char
        words = [
            (tok, sense(tok.lemma_), sense(tok.text))
            for tok in sent
            # "according to": a preposition, whatever its tag, names nothing
            if tok.is_alpha and tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.dep_ != "prep"
        ]
        if not words:
            return out
        present = {s for _, a, b in words for s in (a, b)}
        undoers = [(tok, stem(tok.lemma_)) for tok in sent if tok.pos_ in ("VERB", "NOUN")]
        undo_stems, nearby = {s for _, s in undoers}, cache(partial(_nearby, sent))
        for anchors in self.anchors:
            if anchors.issue.id in taken:
                continue
            if undo_stems & anchors.contrary:
                out.extend(_contrary(sent, anchors, undoers, nearby))
            if len(present & anchors.contrast) >= MIN_ANCHORS:
                named = [t for t, a, b in words if {a, b} & anchors.contrast]
                out.append(contrast_match(sent, anchors.issue, min(named, key=_depth)))
            if not present & anchors.stems:
                continue
            hits = [(tok, a) for tok, a, b in words if a in anchors.stems or b in anchors.stems]
            near = nearby() & anchors.objects
            acts = all(tok.pos_ == "VERB" for tok, _ in hits)
            if len({a for _, a in hits}) >= MIN_ANCHORS and acts and not near:
                # acts name a question with their object: "Trump left without attending
                # the trade summit" is not on Europe's seat at the table
                continue
            if len({a for _, a in hits}) < MIN_ANCHORS:
                hits = [
                    (tok, a)
                    for tok, a in hits
                    if not (a in anchors.modifiers and tok.dep_ not in ("compound", "amod"))
                ]
                hits = [
                    (tok, a)
                    for tok, a in hits
                    if _in_frame(tok, anchors.objects)
                    or (near and (attitude_to(tok) is not None or modal_act(tok) or judged(tok)))
                ]
                if not hits:
                    continue
            # each anchor is a possible content, highest in the parse first: the finder
            # keeps the reading that has a holder and a stance
            cue = Cue(f"~{' '.join(sorted({t.lemma_.lower() for t, _ in hits}))}", "keywords", ())
            tokens = {t for t, _ in hits}
            for tok in sorted(tokens, key=_depth)[:MAX_CONTENTS]:
                # an anchor governing this one is content too ("attacked a cargo ship":
                # "attacked" names the issue, it is no attitude to the ship)
                parts = [tok, *(a for a in tok.ancestors if a in tokens)]
                if sense(tok.lemma_) in anchors.reduced or sense(tok.text) in anchors.reduced:
                    parts += reducing_head(parts[-1])  # "cut dependence on oil": the claim
                spans = tuple((t.idx - base, t.idx - base + len(t.text)) for t in parts)
                out.append(IssueMatch(anchors.issue, cue, spans))
        # "an agreement to prepare for pandemics": an act noun and its phrase's own words
        return out + phrased(sent, self.noun_keys, taken | {m.issue.id for m in out})


VERB_MARKERS = frozenset(
    {"to", "will", "would", "should", "must", "can", "could", "may", "might", "not", "never"}
    | {"did", "does", "do", "shall"}
)


def _modifiers(texts: list[str], stems: frozenset[str]) -> frozenset[str]:
    """The anchors an issue's texts only ever use before another content word ("trade" in
    "the free trade agreement", "trade pact"): alone in a report's sentence they name
    something else ("protect intra-European trade")."""
    head: set[str] = set()
    before: set[str] = set()
    for text in texts:
        words = [w.lower() for w in _WORD.findall(text.replace("...", " "))]
        for i, w in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            prev = words[i - 1] if i else ""
            s = sense(w)
            if s not in stems:
                continue
            # "cede territory", "to cede land": a verb and its object, not a modifier
            if nxt and nxt not in GENERIC and len(nxt) >= 4 and prev not in VERB_MARKERS:
                before.add(s)
            else:
                head.add(s)
    return frozenset(before - head)


def _contraries() -> dict[str, frozenset[str]]:
    """Each sense to the acts that undo it (``meaning_contraries`` in the lexicon: the first
    word of a line, then its contraries), as stems."""
    out: dict[str, frozenset[str]] = {}
    for line in lx.MEANING_CONTRARIES:
        first, *rest = line.split()
        out[sense(first)] = frozenset(stem(w) for w in rest)
    return out


_CONTRARY = _contraries()


def _contrary(
    sent: Span, anchors: Anchors, words: list[tuple[Token, str]], nearby: Callable[[], set[str]]
) -> list[IssueMatch]:
    """The issue named by an act that undoes one of its anchors ("The United States
    boycotted the two-day meeting" on taking part in the summit), read with the polarity
    reversed, as a catalog's ``opposite`` phrase; the act's object names the issue's object,
    or one is in the sentence or the one before. ``words``: verbs and nouns, lemma stems."""
    out: list[IssueMatch] = []
    base = sent.start_char
    for tok, s in words:
        if s not in anchors.contrary:
            continue
        if not (_in_frame(tok, anchors.objects) or nearby() & anchors.objects):
            continue
        cue = Cue(f"~{tok.lemma_.lower()}", "opposite", ())
        out.append(
            IssueMatch(anchors.issue, cue, ((tok.idx - base, tok.idx - base + len(tok.text)),))
        )
    return out


def _content(word: str, attitude: frozenset[str]) -> bool:
    """Whether a word of an issue's text names its content: not an attitude word, unless it
    belongs to a sense class ("keep fighting the militia": the war, not an attitude)."""
    s = stem(word)
    return s not in attitude or _SENSES.get(s, s) != s


def _owns(
    issue: str, s: str, per_issue: dict[str, Counter[str]], written: int, topic: set[str]
) -> bool:
    """Whether a stem belongs to ``issue`` more than to any other issue of the catalog: no
    other issue names it, or its own written texts (claim, definition, examples: ``written``
    of them) name it at least twice as often as any other issue's texts and phrases do
    ("withdraw" in each text of the RSF's withdrawal, once in the truce's). Phrase lists
    alone make no shared anchor: they repeat the common verbs of a topic ("agree", "talks")
    across issues. A word of the topic itself (the catalog's scope) names a question only
    when no other issue uses it at all ("enrichment" in a catalog on Iran's programme)."""
    others = [c[s] for i, c in per_issue.items() if i != issue and c[s]]
    if not others:
        return True
    if s in topic or written < MIN_TEXTS:
        return False
    return all(DOMINANCE * o <= written for o in others)


def _arguments(tok: Token) -> list[Token]:
    """The words an anchor takes as arguments: its objects and modifiers (through a
    preposition too), and the noun it modifies ("enrichment facility")."""
    out = []
    for child in tok.children:
        if child.dep_ in FRAME_DEPS or child.dep_ == "appos":
            out.append(child)
        elif child.dep_ == "prep":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    if tok.dep_ in FRAME_DEPS and tok.dep_ != "pobj":
        out.append(tok.head)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        out.append(tok.head.head)  # "the seizure of the tanker", from "tanker"
    return out


def _noun_phrase(arg: Token, reach: int = 8) -> list[Token]:
    """An argument with the words of its noun phrase: compounds, modifiers, appositions
    and "of" phrases ("the Economic Community of West African States (ECOWAS)")."""
    out, todo = [], [arg]
    while todo:
        word = todo.pop()
        out.append(word)
        for child in word.children:
            if abs(child.i - arg.i) > reach:
                continue
            if child.dep_ in ("compound", "amod", "appos", "nmod", "poss", "pobj") or (
                child.dep_ == "prep" and child.lower_ == "of"
            ):
                todo.append(child)
    return out


def _in_frame(tok: Token, objects: frozenset[str]) -> bool:
    """Whether an anchor's argument (or a word of its noun phrase) names an object."""
    for arg in _arguments(tok):
        for w in _noun_phrase(arg):
            if (
                w.i != tok.i
                and w.is_alpha
                and (sense(w.lemma_) in objects or sense(w.text) in objects)
            ):
                return True
    return False


def _nearby(sent: Span) -> set[str]:
    """The senses of the words of a sentence and the one before it: where a stance taken on
    an anchor alone ("Russia opposed the motion") finds what the issue is about ("the IAEA
    board's resolution on Iran", one sentence earlier)."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return {sense(t.text) for t in doc[start : sent.end] if t.is_alpha}
