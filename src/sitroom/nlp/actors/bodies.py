"""A state's bodies named by its demonym and a common noun: "the Chilean foreign
ministry", "Peruvian police", "the Ghanaian army".

The NER often tags only the demonym ("Chilean") in such a phrase, and the knowledge base
cannot list every country's ministries, yet the phrase names an actor (a report's "the
ministry said" speaks for it). The phrase is a demonym, then one of the knowledge base's
role nouns for a body (a ministry, an army, a police force, a navy, an office): it becomes
one organisation mention, linked to the body's own knowledge-base entry when the whole
phrase is one of its names, otherwise to the state with the body's sector (as "Polish
officials" are Poland's government). A state's name before the body ("Sudan's army",
"Sudan army") stays a mention of the state: that is how the real-prose gold reads it
(the state acting), and the speaker of "Sudan's army said" is scored through it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from sitroom.nlp import phrase_docs
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.actors.things import site_after

# The last word of a role noun that names a body rather than a person or a group of people.
BODY_WORDS = frozenset(
    {"ministry", "ministries", "office", "department", "army", "military", "navy",
     "police", "guard", "force", "forces", "treasury", "presidency", "parliament",
     "congress"}
)  # fmt: skip
MAX_STATE_WORDS = 2  # "South Sudanese"


class StateBodies:
    """Finds "<demonym> <body>" phrases in a parsed document and what they link to."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.sector: dict[str, str] = {}
        for variant, role in kb.role_nouns.items():
            if variant.split()[-1] in BODY_WORDS:
                self.sector[variant] = role.sector
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("BODY", phrase_docs(nlp, sorted(self.sector)))

    def spans(self, doc: Doc) -> list[Span]:
        """Each state body phrase, longest body first where two overlap."""
        out: list[Span] = []
        taken: set[int] = set()
        for _, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            if start in taken or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            first = self._state_before(doc, start)
            if first is None or site_after(doc, end):
                continue  # (a body's building as a site: "near the Chilean parliament complex")
            taken.update(range(start, end))
            out.append(doc[first:end])
        return out

    def common_sector(self, name: str) -> str | None:
        """The sector of a body named by its common name alone, in either order ("the
        Defence Ministry", "the Ministry of Defence", "Ministry of Foreign Affairs")."""
        words = fold(name).split()
        if words[:1] == ["the"]:
            words = words[1:]
        found = self.sector.get(" ".join(words))
        if found is None and len(words) >= 3 and words[1] == "of" and words[0] in BODY_WORDS:
            rest = words[3:] if words[2] == "the" else words[2:]
            found = self.sector.get(" ".join([*rest, words[0]]))
        return found

    def link_args(self, span: Span) -> tuple[str, str] | None:
        """The state code and the body's sector of a phrase :meth:`spans` found."""
        words = fold(span.text).split()
        for n in range(len(words) - 1, 0, -1):
            body = " ".join(words[-n:])
            if body in self.sector:
                state = self.kb.demonym.get(" ".join(words[:-n]))
                return (state, self.sector[body]) if state else None
        return None

    def _state_before(self, doc: Doc, start: int) -> int | None:
        """Where the demonym before a body noun starts, if there is one."""
        for n in range(min(MAX_STATE_WORDS, start), 0, -1):
            words = doc[start - n : start]
            if not all(t.text[:1].isupper() for t in words):
                continue
            if fold(words.text) in self.kb.demonym:  # "Sudan army" names Sudan (see above)
                return start - n
        return None
