"""``sitroom_positions_v1``: where each actor stands on each issue of the catalog.

A statement (a quote, reported speech, or a sentence whose subject is an actor) that
names an issue gives that actor's stance: support by default; oppose under negation,
rejection or a framing the catalog marks as against the claim; conditional under
conditions ("if", "as long as", "first", "without careful scrutiny"). Red lines are
marked by their phrasing, and sentences enumerating red lines announced just before
("The first is ...") inherit the flag and the actor.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.article import Mention, Position, Quote
from sitroom.article import Span as TextSpan
from sitroom.catalog import Catalog, Issue, load_catalog

RED_LINE = re.compile(
    r"\b(red lines?|non-negotiable|under no circumstances|will never accept|never accept|"
    r"not negotiable|cannot be negotiated|bottom line)\b",
    re.IGNORECASE,
)
NEGATIVE = re.compile(
    r"\b(not|no|never|n't|won't|against|oppose[sd]?|opposing|reject(?:s|ed)?|refuse[sd]?|"
    r"unacceptable|unrealistic|condemn(?:s|ed)?|dismiss(?:es|ed)?|criticiz(?:e|es|ed)|"
    r"warn(?:s|ed)? against|threat|undermin\w*|mistake|appeasement|betray\w*)\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(
    r"\b(if|unless|as long as|provided that|only if|on condition|without careful scrutiny|"
    r"must come through|must involve|need to be anchored|conditional)\b",
    re.IGNORECASE,
)
ENUMERATION = re.compile(r"^\s*(the )?(first|second|third|fourth|fifth|finally|another)\b", re.I)


@Language.factory(
    "sitroom_positions_v1",
    requires=["doc._.mentions", "doc._.quotes"],
    assigns=["doc._.positions"],
    default_config={"catalog": "european_security"},
)
def make_position_finder(nlp: Language, name: str, catalog: str) -> PositionFinder:
    return PositionFinder(load_catalog(catalog))


class PositionFinder:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.mentions or []
        quotes: list[Quote] = doc._.quotes or []
        positions: list[Position] = []
        seen: set[tuple[str | None, str, str]] = set()
        red_line_holder: Mention | None = None
        for sent in doc.sents:
            holder, evidence_quote = self._holder(sent, mentions, quotes)
            text = sent.text
            red = bool(RED_LINE.search(text))
            if red and holder is not None:
                red_line_holder = holder
            elif ENUMERATION.search(text) and red_line_holder is not None and holder is None:
                holder, red = red_line_holder, True
            elif not ENUMERATION.search(text):
                red_line_holder = None if not red else red_line_holder
            if holder is None or not holder.actor_id:
                continue
            for issue in self.catalog.issues:
                if not issue.pattern.search(text):
                    continue
                stance = stance_of(text, issue)
                ident = (holder.actor_id, issue.id, stance)
                if ident in seen:
                    continue
                seen.add(ident)
                positions.append(
                    Position(
                        actor_id=holder.actor_id,
                        canonical=holder.canonical or holder.text,
                        issue=issue.id,
                        stance=stance,
                        red_line=red,
                        evidence=TextSpan(sent.start_char, sent.end_char, text),
                        confidence=0.7 if evidence_quote else 0.5,
                    )
                )
        doc._.positions = positions
        return doc

    def _holder(
        self, sent: Span, mentions: list[Mention], quotes: list[Quote]
    ) -> tuple[Mention | None, bool]:
        for q in quotes:
            sp = q.speaker
            if q.start < sent.end_char and sent.start_char < q.end and sp and sp.actor_id:
                return Mention(sp.start, sp.end, sp.text, "PERSON", sp.actor_id, sp.canonical), True
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subj in subjects:
            lo = min(t.idx for t in subj.subtree)
            hi = max(t.idx + len(t.text) for t in subj.subtree)
            inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.actor_id]
            if inside:
                head = [m for m in inside if m.start <= subj.idx < m.end]
                return (head or inside)[0], False
        return None, False


def stance_of(text: str, issue: Issue) -> str:
    """Support, oppose or conditional, from the wording of one statement on an issue."""
    against = bool(issue.against_pattern and issue.against_pattern.search(text))
    negative = bool(NEGATIVE.search(text))
    if against:
        return "oppose"
    if CONDITIONAL.search(text):
        return "conditional"
    if negative:
        return "oppose"
    return "support"
