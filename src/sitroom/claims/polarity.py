"""What a statement unit states and what it denies: its contrast predicates ("send
troops") with their polarity and subject, the terms it negates and the ones it states.

A negation negates the first content word after it ("did not sink"), a "no" before a
subject the clause's verb ("no officials would attend"); denials, refusals and "ruled out"
negate what follows. A negated verb of belief or expectation ("does not believe he acted
alone") negates the verb of its complement instead: "not believe that p" is read as
"believe that not p" (neg-raising), so "does not believe he acted alone" and "believes
he acted alone" are opposite, and "does not believe" / "may not have acted" the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.article import Mention
from sitroom.claims.events import noun_subject
from sitroom.claims.lexicon import (
    NEG_RAISING,
    NEGATION_SKIP,
    NEGATIONS,
    OBJECT_CONTRASTS,
    PAST_FORMS,
    PREDICATES,
    SYNONYMS,
    VERB_CUES,
)
from sitroom.claims.spans import named_no, ruled_out
from sitroom.stories.features import actor_key
from sitroom.util.text import STOP_WORDS, is_content, stem

if TYPE_CHECKING:
    from sitroom.claims.units import Token

_OBJECT_WINDOW = 6
_NEGATION_WINDOW = 4
#: "no", "none", "nobody" before a subject: the clause's verb is negated ("no officials
#: would attend": not attend), within this many words.
_NO_SUBJECT = frozenset({"no", "none", "nobody", "neither"})
_NO_REACH = 6
#: Verbs that deny the verb after "to": "refused to attend", "failed to agree".
_REFUSALS = frozenset(
    {"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
     "declining", "failed", "fails", "fail", "failing"}
)  # fmt: skip
#: Words that say a thing is still to happen: "has yet to approve", "awaits ratification".
_PENDING = frozenset({"awaits", "awaiting", "await", "pending"})
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
     "could", "should", "must", "may", "might", "does", "did", "do"}
)  # fmt: skip
_CLAUSE_BREAK = frozenset({"and", "or", "but", "while", "whereas", "although", "because"})
_DENIALS = frozenset({"deny", "denied", "denies", "denying", "refuted", "refutes"})
_OBJECT_WORDS = frozenset().union(*(s for c in OBJECT_CONTRASTS for s in c.sides))

#: How far a raised negation reaches for the verb of its complement.
_RAISE_REACH = 6
#: Stems longer than this that end in "ed" keep a past ending ("acted", not "need").
_SHORT_PAST = 4
_Y_SHORT = 5


@dataclass(frozen=True, slots=True)
class Subject:
    key: str
    country: str | None = None

    def compatible(self, other: Subject | None) -> bool:
        if other is None:
            return True
        if self.key.startswith("n:") != other.key.startswith("n:"):
            return True  # a common noun ("the rebels") may stand for any named actor
        return self.key == other.key or (self.country is not None and self.country == other.country)


@dataclass(slots=True)
class Frame:
    """A contrast predicate in a unit: "send" with objects {"troop"}, not negated."""

    predicate: str
    negated: bool
    objects: frozenset[str]
    subject: Subject | None
    surface: str = ""  # the words, as written: "send troops"


def polarity(
    text: str, start: int, toks: list[Token], mentions: list[Mention]
) -> tuple[list[Frame], dict[str, Subject | None], dict[str, Subject | None]]:
    """The contrast frames of a unit's tokens, the terms it negates and those it states
    (each with its subject); ``text`` is the unit's text, starting at ``start``."""
    frames: list[Frame] = []
    negated: dict[str, Subject | None] = {}
    affirmed: dict[str, Subject | None] = {}
    negate_until = no_until = -1  # a "no" before the subject negates the clause's verb
    phrase = False  # the negation is "without": it negates a noun phrase
    raised = False  # a negated verb of belief passed its negation on (see the module doc)
    for i, tok in enumerate(toks):
        if tok.breaks:
            negate_until = no_until = -1
            raised = False
        if tok.low == "with" and i + 1 < len(toks) and toks[i + 1].low == "out":
            tok.low = "without"  # a split "without" ("with out") is a typo, not two words
            toks[i + 1].low = toks[i + 1].stem = "the"
        pending = tok.low in _PENDING or (
            tok.low == "yet" and i + 1 < len(toks) and toks[i + 1].low == "to"
        )
        negation = tok.low in NEGATIONS and not named_no(toks, i)  # not "the No Kings"
        if negation or tok.low.endswith("n't") or pending:
            if tok.low == "not" and i > 0 and toks[i - 1].low in {"or", "whether"}:
                continue  # "whether or not"
            if tok.low == "not" and i + 1 < len(toks) and toks[i + 1].low == "only":
                continue  # "not only ... but also"
            negate_until = i + _NEGATION_WINDOW
            phrase = tok.low == "without" or tok.low in _PENDING
            if tok.low in _NO_SUBJECT:
                no_until = i + _NO_REACH  # "no American officials would attend"
            continue
        if tok.stem in PREDICATES:
            objects, last = _objects(toks, i)
            frames.append(
                Frame(
                    predicate=tok.stem,
                    negated=i <= max(negate_until, no_until),
                    objects=objects,
                    subject=_subject(toks, i, mentions),
                    surface=text[tok.start - start : toks[last].end - start],
                )
            )
        content = is_content(tok.low) and tok.low not in NEGATION_SKIP
        lemma = PAST_FORMS.get(tok.low) or _unmarked(_y_stem(tok.low) or tok.stem)  # "sank"
        if content and i <= no_until:
            if verb_like(tok):  # "no officials would attend": attending is denied
                if lemma not in negated:
                    negated[lemma] = _subject(toks, i, mentions)
                negate_until = no_until = -1
            # the subject of such a clause is neither stated nor denied
        elif content and i <= negate_until and tok.low in NEG_RAISING:
            affirmed.setdefault(lemma, _subject(toks, i, mentions))  # believes that not p
            negate_until, raised = i + _RAISE_REACH, True  # "does not believe he acted"
        elif content and raised and i <= negate_until and not _complement_verb(toks, i):
            affirmed.setdefault(lemma, _subject(toks, i, mentions))  # its subject: "he"
        elif content:
            raised = False
            target = negated if i <= negate_until else affirmed
            if lemma not in target:  # the first subject only; "ended without a handover":
                nominal = phrase and target is negated  # the clause's, not known here
                target[lemma] = None if nominal else _subject(toks, i, mentions)
            if i <= negate_until and not (phrase and i + 1 < len(toks) and _in_phrase(toks[i + 1])):
                negate_until = -1  # a negation negates the first content word after it,
                phrase = False  # "without" a whole noun phrase ("the usual handover rite")
        if tok.low in _DENIALS or ruled_out(toks, i):
            negate_until = i + _NEGATION_WINDOW  # "denied that it had shelled": not shelled
            phrase = phrase or ruled_out(toks, i)  # "ruled out ground troops": not troops
        if tok.low in _REFUSALS and i + 1 < len(toks) and toks[i + 1].low == "to":
            negate_until = i + _NEGATION_WINDOW  # "refused to attend": did not attend
    return frames, negated, affirmed


def _y_stem(low: str) -> str | None:
    """The stem of a verb in -y told in -ied, -ies or -ying ("carried", "carries",
    "carrying" -> carry), which the stemmer keeps apart ("carr" / "carry"): one key for the
    stated and the negated form ("carried out" / "did not carry out"). Short words ("died",
    "dying", "lies") are other verbs' forms and are left to the stemmer."""
    if len(low) >= _Y_SHORT and low.endswith(("ied", "ies")):
        return stem(low[:-3] + "y")
    if len(low) > _Y_SHORT and low.endswith("ying"):
        return stem(low[:-4] + "y")
    return None


def _unmarked(stem: str) -> str:
    """A stem without the past ending the stemmer keeps on short verbs ("acted" / "did not
    act"): one key for the stated and the negated form."""
    return stem[:-2] if stem.endswith("ed") and len(stem) > _SHORT_PAST else stem


def _complement_verb(toks: list[Token], i: int) -> bool:
    """The verb of a raised negation's complement: a main verb, or the word after "to"
    ("is not expected to attend")."""
    return verb_like(toks[i]) or (i > 0 and toks[i - 1].low == "to")


def _in_phrase(t: Token) -> bool:
    """The next word of a noun phrase: a content word, no punctuation before it; a
    predicate noun heads it ("pending cabinet approval"), a verb does not."""
    noun = t.stem in PREDICATES and not t.low.endswith(("ed", "ing"))
    verb = verb_like(t) and not noun
    return not t.breaks and is_content(t.low) and not verb and t.low not in _CLAUSE_BREAK


def verb_like(t: Token) -> bool:
    """A main verb (no tagger here): a contrast predicate, an -ed form or a verb cue that
    is not an auxiliary."""
    if t.stem in PREDICATES or (t.low.endswith("ed") and not t.cap):
        return True
    return t.low in VERB_CUES and t.low not in _AUXILIARIES


def _objects(toks: list[Token], i: int) -> tuple[frozenset[str], int]:
    """The contrast objects after predicate ``i``, and the index of the last one."""
    found = set()
    last = i
    for k in range(i + 1, min(len(toks), i + 1 + _OBJECT_WINDOW)):
        tok = toks[k]
        if tok.breaks or tok.low in _CLAUSE_BREAK:
            break
        if tok.stem in _OBJECT_WORDS or tok.low in _OBJECT_WORDS:
            found.add(tok.stem if tok.stem in _OBJECT_WORDS else tok.low)
            last = k
    return frozenset(found), last


def _subject(toks: list[Token], i: int, mentions: list[Mention]) -> Subject | None:
    """The actor last named before token ``i`` in the sentence (a mention, else the noun
    right before it: "the rebels rejected", else a name)."""
    m = next((m for m in reversed(mentions) if m.end <= toks[i].start), None)  # the last
    if m is not None:
        return Subject(actor_key(m.actor_id, m.canonical, m.text), m.country)
    noun = noun_subject(toks, i)
    if noun:
        return Subject("n:" + SYNONYMS.get(noun, noun))
    for tok in reversed(toks[:i]):
        if tok.cap and tok.low not in STOP_WORDS:
            return Subject("t:" + tok.low)
    return None
