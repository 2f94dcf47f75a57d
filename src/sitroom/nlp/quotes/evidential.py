"""What an event shows is no one's statement: "the fighting has shown that the truce was
fragile", "the crash proved that ...". A verb of evidence that is also a verb of speech
("show", "prove", "confirm", "reveal") reports a statement only when its subject can hold
a view (a person, a body, a pronoun for one, a name) or is a document or a count ("the
report found", "figures show"); a thing or an event for subject makes it the writer's own
inference: no statement, only an attribution kept as a reaction (PolNeAR counts those).
Inside someone's reported words ("the government said the move proves that ...") the
inference is theirs, and stays."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.lexicon import EVIDENCE_VERBS, ISSUED_TEXTS, words
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.people import AGENT_SUFFIXES
from sitroom.nlp.quotes.viewers import can_hold_view

EVIDENTIAL = EVIDENCE_VERBS | frozenset({"prove", "underscore", "underline"})
# Texts a body issues, counts and images, which show what they hold like the documents
# of ``DOCUMENT_SOURCES``: "the statement confirmed", "results showed", "satellite images
# showed"
SAID_THINGS = ISSUED_TEXTS | words(
    """
    result results tally count returns findings image images imagery photo photos
    photograph photographs picture pictures recording recordings
    """
)


def shown_by_a_thing(idx: DocIndex, lemma: str, source: Token | None) -> bool:
    """An evidence verb whose subject is a common noun for a thing or an event."""
    if lemma not in EVIDENTIAL or source is None or source.pos_ != "NOUN":
        return False
    if source.head.dep_ not in ("ROOT", "conj"):
        return False  # a reported clause, an adverbial one: not the writer's own
    if source.lower_.endswith(AGENT_SUFFIXES) or source.lemma_.lower() in SAID_THINGS:
        return False
    return not can_hold_view(idx, source, "stance")
