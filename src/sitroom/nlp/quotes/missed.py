"""Names the entity recognizer missed, as the antecedents of "he" and "she": the main
subject of this or the previous sentence ("Putin lashed out ...", "Jo thanked voters"), and
the last speaker when that speaker was such a name ("Jo Smith Adams thanked voters. 'We
won,' she said. 'We will serve,' she said.": Jo Smith Adams both times)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.article import Speaker
from sitroom.nlp.actors.linker import slug
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.placing import phrase

if TYPE_CHECKING:
    from sitroom.nlp.quotes.speakers import SpeakerResolver

MISSED = "local:person:"  # the linker's prefix for a person the knowledge base lacks
Key = tuple[int, int, int, int]


def missed_subject(
    resolver: SpeakerResolver, here: int, anchor: int, gender: str | None
) -> tuple[Key, tuple[str | None, str | None]] | None:
    """The best missed-name antecedent (its sort key, actor id and canonical name) of a
    pronoun of ``gender`` said at ``anchor`` in sentence ``here``."""
    if gender is None:
        return None
    idx = resolver.idx
    for distance in (0, 1):
        number = here - distance
        if number < 0:
            break
        for tok in idx.sents[number].root.children:
            named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title)
            if tok.dep_ != "nsubj" or not named or tok.idx >= anchor:
                continue
            covering = idx.mention_at(tok.idx)
            if covering is not None and covering.type == "PERSON":
                continue
            start, end = phrase(tok)
            found = missed_name(resolver._by_surname(start, end, idx.text[start:end]), idx, tok)
            if found.canonical is None:
                continue
            actor = resolver.kb.get(found.actor_id or "")
            if actor is not None and actor.gender and actor.gender != gender:
                continue
            known = int(not (actor is not None and actor.gender))
            return (distance, known, 0, anchor - tok.idx), (found.actor_id, found.canonical)
    return _last_speaker(resolver, here, anchor, gender)


def _last_speaker(
    resolver: SpeakerResolver, here: int, anchor: int, gender: str
) -> tuple[Key, tuple[str | None, str | None]] | None:
    """The last speaker, a missed name, who spoke in this or the previous sentence."""
    prev = resolver.previous
    if prev is None or not (prev.actor_id or "").startswith(MISSED) or prev.start >= anchor:
        return None
    if resolver._gender.get(prev.actor_id or "", gender) != gender:
        return None
    distance = here - resolver.idx.sentence_number(prev.start)
    if distance > 1:
        return None
    return (distance, 1, 1, anchor - prev.start), (prev.actor_id, prev.canonical)


def missed_name(found: Speaker, idx: DocIndex, tok: Token) -> Speaker:
    """A name the entity recognizer missed as a sentence's subject ("Smith thanked voters"
    with no mention of Smith): the person linked by surname, or else the name itself at its
    fullest first form in the text ("Jo Smith Adams ... Jo thanked voters": Jo Smith
    Adams); no canonical for a title ("the Prime Minister") or another kind of name."""
    if found.actor_id is not None:
        return found
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON") or idx.mention_at(tok.idx):
        return Speaker(found.start, found.end, found.text, None, None)
    if any(c.dep_ in ("det", "poss") for c in tok.children) or tok.text.isupper():
        return Speaker(found.start, found.end, found.text, None, None)
    full = re.search(rf"\b{re.escape(tok.text)}(?: [A-Z][\w’'-]+)+\b", idx.text[: tok.idx])
    name = found.text
    if full is not None and not full.group(0).endswith(("’s", "'s")):
        name = full.group(0)
    return Speaker(found.start, found.end, found.text, MISSED + slug(name), name)
