"""Issues proposed from the corpus: the questions actors take sides on, as an editable catalog.

For a story (or any set of articles with kept parses, :mod:`sitroom.nlp.positions.rescore`),
every *stance predicate* with an actor behind it is collected: what an actor supports,
demands, accepts, urges, rejects, opposes, boycotts, votes against or sets conditions on
("agreed to a humanitarian truce", "rejected any G20 outcome document", "will only agree
to a truce which ...", "demanding the group's withdrawal"). Its *object* is the question:
the head of the object phrase, looked through when it is a bare frame word ("a proposal
for a humanitarian ceasefire" is about the ceasefire).

Objects are clustered by their sense (a verb and its nominalisation together: "withdraw",
"withdrawal"; synonyms folded: "deal", "agreement", "treaty"), and a cluster is an issue
when actors take a stance on it more than once.
Issues are ranked by the number of distinct actors and whether they disagree (support and
opposition both seen: a contested question), named with the most frequent wording (the
label, also the id), and written as a catalog the user edits (:func:`to_yaml`): a claim,
a definition, the wordings seen as keywords, example sentences, and who said what (as
comments) so the user can check the proposal.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sitroom.article import Article
from sitroom.nlp.positions import lexicon as lx
from sitroom.nlp.positions.actors import DocContext, companions, resolve
from sitroom.nlp.positions.meaning import _ATTITUDE, GENERIC, sense, stem
from sitroom.nlp.positions.rescore import _moved, english_vocab, unpack
from sitroom.nlp.positions.route import subject_of, verb_phrase

# Nouns that frame a question without naming it: look through them to their object.
_FRAME_NOUNS_TEXT = """
    proposal plan plans offer deal agreement idea initiative call calls demand demands
    effort efforts process terms term part kind sort move step steps decision bid push
    framework package set principle principles arrangement arrangements form way
    approval adoption ratification signing signature passage implementation endorsement
"""
FRAME_NOUNS = frozenset(_FRAME_NOUNS_TEXT.split())
# Frame nouns that are a question themselves when nothing follows them ("condemned the deal").
ACT_NOUNS = frozenset({"deal", "agreement", "treaty", "accord", "pact", "plan", "proposal"})
CONDITION_WORDS = frozenset({"only", "unless", "provided", "condition", "conditions"})
ACT_VERBS = frozenset({"boycott", "veto", "vote against", "walk out"})
STRESS_VERBS = frozenset(
    {"emphasise", "emphasize", "highlight", "stress", "underline", "underscore"}
)
IMPORTANCE_NOUNS = frozenset({"importance", "need", "necessity", "urgency", "value"})
MIN_MENTIONS = 2
MAX_ISSUES = 8
MAX_EXAMPLES = 3


@dataclass(slots=True)
class Sighting:
    """One actor's stance predicate on an object, in one sentence."""

    actor: str
    sign: int  # +1 for, -1 against, 0 conditional
    phrase: str  # the object's wording ("humanitarian truce")
    head: str  # the object's head lemma
    sentence: str
    article: str


@dataclass(slots=True)
class Proposed:
    """A proposed issue: a cluster of sightings on one question."""

    id: str
    label: str
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        return sorted({s.actor for s in self.sightings})

    @property
    def contested(self) -> bool:
        signs = {s.sign for s in self.sightings}
        return len(signs) > 1

    @property
    def score(self) -> float:
        return len(self.actors) * (2.0 if self.contested else 1.0) + 0.1 * len(self.sightings)

    def wordings(self) -> list[str]:
        return [w for w, _ in Counter(s.phrase for s in self.sightings).most_common(4)]


def _sign(pred: Token) -> int | None:
    """+1 / -1 / 0 (conditional) for a stance predicate, None for other words."""
    lemma, phrase = pred.lemma_.lower(), verb_phrase(pred)
    negated = any(c.dep_ == "neg" or c.lower_ in lx.NEG_WORDS for c in pred.children)
    if any(c.lower_ in CONDITION_WORDS for c in pred.children if c.dep_ == "advmod"):
        return 0
    modal = [c for c in pred.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if lemma in STRESS_VERBS and _importance(pred) is not None:
        return 1  # "stressed the importance of multilateralism"
    if pred.pos_ == "ADJ" and lemma in lx.READY_ADJ:
        return 1  # "determined to cleanse the country of mercenaries"
    if {phrase, lemma} & (ACT_VERBS | lx.OPPOSE_VERBS | lx.OPPOSE_NOUNS):
        sign = -1
    elif {phrase, lemma} & (lx.SUPPORT_VERBS | lx.SUPPORT_NOUNS):
        sign = 1
    elif modal and pred.pos_ == "VERB" and lemma not in lx.COPULAS | lx.NEED_VERBS:
        sign = 1  # "will open a new site", "would not hand the presidency": plans, refusals
    else:
        return None
    return -sign if negated else sign


def _importance(pred: Token) -> Token | None:
    """X in "stressed the importance of X" / "underlined the need for X"."""
    for obj in pred.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in IMPORTANCE_NOUNS:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _object(pred: Token) -> Token | None:
    """The head of what a stance predicate is about."""
    important = _importance(pred)
    if important is not None:
        return _through(important)
    for child in pred.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr"):
            return _through(child)
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "against", "on", "of", "with"):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return _through(pobj)
    return None


def _through(tok: Token) -> Token:
    """Look through frame nouns ("a proposal for a ceasefire") and infinitives ("to enter
    into the truce") to the word naming the question."""
    for _ in range(3):
        low = tok.lemma_.lower()
        nxt = None
        if tok.pos_ == "VERB":
            nxt = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
            if nxt is None:
                prep = next((c for c in tok.children if c.dep_ == "prep"), None)
                # "desist from making threats": the act the verb is about
                kids = prep.children if prep is not None else ()
                nxt = next((c for c in kids if c.dep_ in ("pobj", "pcomp")), None)
        elif low in FRAME_NOUNS:
            for prep in tok.children:
                if prep.dep_ in ("prep", "acl") and prep.lower_ in ("for", "of", "on", "to"):
                    nxt = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                    break
                if prep.dep_ == "acl":  # "agreement to enter into the truce"
                    nxt = prep
                    break
        if nxt is None:
            return tok
        tok = nxt
    return tok


def _phrase(head: Token) -> str:
    mods = [
        c
        for c in head.children
        if c.dep_ in ("compound", "amod") and c.is_alpha and c.pos_ in ("ADJ", "NOUN", "PROPN")
    ]
    words = [*(m.text if m.pos_ == "PROPN" else m.lower_ for m in mods if m.i < head.i)]
    words.append(head.lower_)
    return " ".join(words)


def sightings(doc: Doc, ctx: DocContext, article: str) -> Iterable[Sighting]:
    """The stance predicates of one parsed section with an actor and an object."""
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        sign = _sign(tok)
        if sign is None:
            continue
        obj = _object(tok)
        if obj is None or not obj.is_alpha or obj.pos_ not in ("NOUN", "VERB", "PROPN"):
            continue
        head = obj.lemma_.lower()
        if head in ACT_NOUNS and obj.pos_ == "NOUN":
            pass  # "condemned the deal": the deal the report is about is the question
        elif head in GENERIC | FRAME_NOUNS | _ATTITUDE or obj.pos_ == "PROPN" or len(head) < 4:
            continue
        if tok.pos_ == "VERB":
            who = subject_of(tok)
        elif tok.pos_ == "ADJ":
            who = subject_of(tok.head) if tok.dep_ == "acomp" else None
        else:
            who = _noun_holder(tok)
        if who is not None and who.lower_ in ("it", "they") and tok.dep_ in ("ccomp", "xcomp"):
            who = subject_of(tok.head)  # "the RSF announced it has accepted ..."
        if who is None:
            continue
        holder = resolve(who, ctx)
        listed = companions(who, ctx)
        found = [holder] if holder is not None and not (listed and who.tag_ == "NNS") else []
        found += listed
        for h in found:
            if h is not None:
                yield Sighting(h.canonical, sign, _phrase(obj), head, _line(tok), article)


def _line(tok: Token) -> str:
    """The sentence of ``tok``, cut to its line: the parser runs a headline into the
    sentence under it, and an example is the body's sentence."""
    sent = tok.sent
    text, at = sent.text, tok.idx - sent.start_char
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return text[lo : hi if hi >= 0 else len(text)].strip()


def _noun_holder(noun: Token) -> Token | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if noun.head.pos_ == "VERB":
        return subject_of(noun.head)
    return None


def propose(articles: Iterable[Article], *, limit: int = MAX_ISSUES) -> list[Proposed]:
    """The contested questions of ``articles`` (those with kept parses), best first."""
    vocab = english_vocab()
    groups: dict[str, list[Sighting]] = defaultdict(list)
    said: set[tuple[str, int, str, str]] = set()
    articles_seen = list(articles)
    for article in articles_seen:
        ends = [s for s, _ in article.parses[1:]] + [len(article.text)]
        for (start, data), end in zip(article.parses, ends, strict=True):
            doc = unpack(data, vocab)
            mentions = [_moved(m, -start) for m in article.mentions if start <= m.start < end]
            quotes = [_moved(q, -start) for q in article.quotes if start <= q.start < end]
            ctx = DocContext(doc.text, mentions, quotes, [])
            for s in sightings(doc, ctx, article.id):
                once = (s.actor, s.sign, s.head, s.sentence)
                if once not in said:  # one stance per sentence, however many words say it
                    said.add(once)
                    groups[sense(s.head)].append(s)
    groups = _merged(groups)
    corpus = " ".join(a.text for a in articles_seen).lower()
    out = []
    for key, seen in groups.items():
        if len(seen) < MIN_MENTIONS and not _questionlike(seen[0], corpus):
            continue  # "blocked a road", "wrote in a Facebook post": a thing, said once
        label = _label(seen)
        out.append(Proposed(_ident(label or key), label, seen))
    # questions raised more than once first; single stances fill the rest of the list
    out.sort(key=lambda p: (len(p.sightings) < MIN_MENTIONS, -p.score, p.id))
    ids: set[str] = set()
    unique = []
    for p in out:
        if p.id not in ids:
            ids.add(p.id)
            unique.append(p)
    return unique[:limit]


DOCUMENT_NOUNS = ACT_NOUNS | {"resolution", "motion", "draft", "text", "bill", "document"}


# Endings of nouns that name an act or a state ("withdrawal", "recognition", "sovereignty"):
# what actors take sides on, unlike things ("a road", "funds", "a post").
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ure", "al", "ship", "cy")


def _questionlike(s: Sighting, corpus: str) -> bool:
    """A stance seen once is a question when its object names an act or a state, a
    document, or something the corpus names again."""
    head = s.head
    if head in DOCUMENT_NOUNS or head.endswith(ABSTRACT_ENDINGS):
        return True
    return len(re.findall(rf"\b{re.escape(stem(head))}\w{{0,3}}\b", corpus)) >= MIN_MENTIONS


def _merged(groups: dict[str, list[Sighting]]) -> dict[str, list[Sighting]]:
    """Clusters of documents that share at least two (actor, side) pairs name one question
    in two words ("the resolution" / "the motion" that the same three states opposed). Other
    questions stay apart: two allies take the same side on many ("Egypt and Sudan called for
    common rules ... and for the Council to intervene")."""
    keys = sorted(groups, key=lambda k: -len(groups[k]))
    merged: dict[str, list[Sighting]] = {}
    for k in keys:
        sides = {(s.actor, s.sign) for s in groups[k]}
        document = all(s.head in DOCUMENT_NOUNS for s in groups[k])
        into = next(
            (
                m
                for m in merged
                if document
                and all(s.head in DOCUMENT_NOUNS for s in merged[m])
                and len(sides & {(s.actor, s.sign) for s in merged[m]}) >= 2
            ),
            None,
        )
        if into is None:
            merged[k] = list(groups[k])
        else:
            merged[into].extend(groups[k])
    return merged


def _label(seen: list[Sighting]) -> str:
    """The most frequent wording; for a bare act noun ("the deal"), the most frequent wording
    that says which ("Chagos deal") when one was seen."""
    counts = Counter(s.phrase for s in seen)
    label = counts.most_common(1)[0][0]
    named = [w for w, _ in counts.most_common() if " " in w]
    return named[0] if label in ACT_NOUNS and named else label


def _ident(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "issue"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", " ").replace('"', "'").replace("\n", " ") + '"'


def to_yaml(issues: list[Proposed], name: str, description: str) -> str:
    """An editable catalog (the format of :mod:`.catalog`) with who said what."""
    lines = [
        "# Issues proposed by `sitroom issues propose` from the stances actors take in the",
        "# corpus. Edit freely: rename ids, sharpen claims, add keywords and examples, drop",
        "# issues that are not questions.",
        "# Format: sitroom/nlp/positions/catalog.py (README 'Issue catalogs').",
        f"name: {name}",
        f"description: {_quote(description)}",
        "issues:",
    ]
    for p in issues:
        sides = Counter(
            (s.actor, {1: "for", -1: "against", 0: "conditional"}[s.sign]) for s in p.sightings
        )
        lines.append(
            f"  # {len(p.sightings)} stances by {len(p.actors)} actors"
            f"{' (contested)' if p.contested else ''}:"
        )
        for (actor, side), n in sorted(sides.items()):
            lines.append(f"  #   {actor}: {side}{f' x{n}' if n > 1 else ''}")
        lines.append(f"  {p.id}:")
        lines.append(f"    claim: {_quote(f'The {p.label} should go ahead.')}")
        definition = f"what actors support, demand, reject or set conditions on: the {p.label}"
        lines.append(f"    definition: {_quote(definition)}")
        lines.append("    keywords:")
        for w in p.wordings():
            lines.append(f"      - {_quote(re.sub(r'[^A-Za-z0-9 -]', ' ', w).strip())}")
        lines.append("    examples:")
        for sentence in list(dict.fromkeys(s.sentence for s in p.sightings))[:MAX_EXAMPLES]:
            lines.append(f"      - {_quote(sentence[:300])}")
    return "\n".join(lines) + "\n"
