"""``sitroom_quotes_v2``: attributed statements, direct and reported, with their speakers.

The component reads the parse and the linked mentions of ``sitroom_actors_v1`` and
writes ``doc._.quotes`` (:class:`sitroom.article.Quote`). How it works, stage by stage:

- ``marks``: quotations in any mark style, across paragraphs, with broken marks;
- ``frames`` (``verbal``, ``nominal``): attribution frames from the parse, each a cue,
  a source and the attributed content ("X said ...", "according to X", "X's claim that");
- ``assemble``: frames and quotations into quotes (direct, mixed, indirect), joining the
  parts of an interrupted quotation and attaching quotations to nearby cues;
- ``speakers``: the mention governing each cue, resolved to an actor (pronouns, role
  nouns, appositions, unnamed sources).

(``sitroom_quotes_v1`` was the first, speech-verb-only version.)
"""

from __future__ import annotations

from spacy.language import Language

import sitroom.nlp  # noqa: F401  (registers the Doc extensions)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.quotes.finder import QuoteFinder
from sitroom.nlp.quotes.marks import Marked, find_marked

__all__ = ["Marked", "QuoteFinder", "find_marked", "make_quote_finder"]


@Language.factory(
    "sitroom_quotes_v2",
    requires=["doc._.mentions", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotes"],
    default_config={"user_file": ""},
)
def make_quote_finder(nlp: Language, name: str, user_file: str) -> QuoteFinder:
    return QuoteFinder(load_kb(user_file))
