"""Whose government or body a name means: a leader's name before "administration" or
"government" is that leader's state (a collective body, never the person), and a body
named by its common name alone ("the Foreign Ministry") is the one of the state the report
is about there. Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from sitroom.article import Mention
from sitroom.nlp.actors.around import nearest_country
from sitroom.nlp.actors.bodies import StateBodies
from sitroom.nlp.actors.kb import KnowledgeBase, national_acronym
from sitroom.nlp.actors.kb.normalize import fold, key
from sitroom.nlp.actors.linker import Linker
from sitroom.nlp.actors.spans import name_text
from sitroom.nlp.actors.state import DocState, Link

GOVERNMENT_NOUNS = {"administration", "government", "cabinet", "regime"}
# a leader's name before one of these names the faction around the leader, not the person
# ("Assad loyalists", "the Odinga camp", "the Sudani coalition"); "regime" is the government
FACTION_NOUNS = {"regime": "ORG", "coalition": "ORG", "bloc": "ORG"} | dict.fromkeys(
    ("loyalists", "camp", "supporters", "allies"), "GROUP"
)
POSSESSIVE = ("'s", "’s")
NO_STATE = frozenset({"IGO", "EUR"})  # codes of bodies above states
# head nouns of the names most states give their own bodies ("National Security Council",
# "Supreme Court", "National Assembly"): such a name alone is no one state's proper name
GENERIC_HEADS = frozenset(
    {"council", "court", "tribunal", "assembly", "parliament", "commission", "senate"}
)


def government_of(
    span: Span, label: str, linker: Linker, state: DocState
) -> tuple[Span, Link] | None:
    """ "the Trump administration", "the Modi government": the government of the state
    the leader serves at the report's date (a past leader's keeps the person). In the
    possessive ("Maduro's government") the name stays the person's, the owner named (as
    the real-prose gold reads it)."""
    doc = span.doc
    if label not in ("PERSON", "ORG", "GPE") or span.end >= len(doc):
        return None  # (the NER may call a leader's name a GPE)
    if doc[span.end].lower_ not in GOVERNMENT_NOUNS:
        return None
    link = linker.government_of(span.text, state)
    return (doc[span.start : span.end + 1], link) if link is not None else None


def faction_of(
    span: Span, label: str, linker: Linker, state: DocState
) -> tuple[Span, str, Link] | None:
    """ "the Assad regime" (a past leader's: the government he led, not today's state),
    "Assad loyalists", "the Odinga camp": a collective named after a person (rule A3: the
    collective is the government or the faction), with the person's state when the
    knowledge base knows the person. The name in the possessive ("Assad's regime") stays
    the person's, as :func:`government_of` keeps it."""
    doc = span.doc
    if label not in ("PERSON", "ORG", "GPE", "NORP") or span.end >= len(doc):
        return None
    mtype = FACTION_NOUNS.get(doc[span.end].lower_)
    if mtype is None:
        return None
    if any(a.kind == "country" for a in linker.kb.lookup(name_text(span))):
        return None  # "Jordan allies": the state's
    k = key(name_text(span))
    people = {  # the one person the knowledge base knows by that name or surname
        aid
        for aid in (*linker.kb.alias.get(k, ()), *linker.kb.surname.get(k, ()))
        if linker.kb.actors[aid].kind == "person"
    }
    if len(people) != 1 and label != "PERSON":
        return None  # "the Labour camp", "the Gulf allies": not a person's faction
    country = linker.kb.actors[people.pop()].code_on(state.date)[0] if len(people) == 1 else None
    whole = doc[span.start : span.end + 1]
    sector = "GOV" if doc[span.end].lower_ == "regime" else None
    return whole, mtype, replace(linker.local(whole.text, mtype), country=country, sector=sector)


def foreign_acronym(text: str, link: Link, kb: KnowledgeBase, state: DocState) -> bool:
    """An acronym linked to a state's own body in a report that never names that state
    (see :func:`national_acronym`): not that body."""
    actor = kb.actors.get(link.actor_id or "")
    return national_acronym(text, actor) and link.country not in state.countries


def acronym_state(words: str, kb: KnowledgeBase, state: DocState) -> str | None:
    """The state of a national body whose acronym a title or description holds ("GERB,
    the BSP ..."), when the report never names that state: such letters name no state (see
    :func:`foreign_acronym`), even before the acronym's own mention is read."""
    for word in words.split():
        word = word.strip(",.;:()[]\"'")
        for aid in kb.alias.get(fold(word), []) if len(word) > 1 else ():
            actor = kb.actors[aid]
            if national_acronym(word, actor) and actor.country not in state.countries:
                return actor.country
    return None


ARTICLES = ("the", "a", "an")


def described_elsewhere(span: Span, link: Link, linker: Linker) -> Link | None:
    """A body the knowledge base files under one state that the report's own description
    next to the name places in another ("El País, the Uruguayan newspaper,"; "the Chilean
    party X"): the description is the writer's word on which body is meant, so
    the KB entry is rejected for a local body of the described state, same sector."""
    actor = linker.kb.actors.get(link.actor_id or "")
    if actor is None or actor.kind not in ("org", "group") or link.country in (None, "IGO"):
        return None
    word, noun = _description(span)
    if word is None or noun is None:
        return None
    if not word.text[:1].isupper() or noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    k = key(word.text)
    described = linker.kb.demonym.get(k) or next(
        (a.id for a in linker.kb.lookup(word.text) if a.kind == "country"), None
    )
    if described is None or described == link.country:
        return None
    return replace(linker.local(span.text, link.type), country=described, sector=link.sector)


def _description(span: Span) -> tuple[Token | None, Token | None]:
    """The state word and the noun of a description set off right after a name (", the
    Uruguayan newspaper,") or right before it (the Uruguayan newspaper ‘El País’)."""
    doc, i = span.doc, span.end
    if i + 3 < len(doc) and doc[i].text == ",":
        j = i + 1 + (doc[i + 1].lower_ in ARTICLES)
        return doc[j], doc[j + 1]
    k = span.start - 1
    k -= k >= 0 and doc[k].is_quote
    if k >= 2 and doc[k - 2].lower_ in ARTICLES:
        return doc[k - 1], doc[k]
    return None, None


def whose_body(
    span: Span,
    link: Link,
    mentions: list[Mention],
    state: DocState,
    furniture: list[tuple[int, int]],
    dominant: str | None,
    *,
    bodies: StateBodies,
    linker: Linker,
    state_code: Callable[[str], str | None],
    is_role: Callable[[str], bool],
) -> Link | None:
    """A body named by its common name alone ("the Foreign Office", "the Defence
    Ministry") is the body of the state the report is about there, not the one the
    knowledge base files under that name (the UK's): the state named around it, else
    none when the report never names the knowledge base's state."""
    if not link.actor_id or link.country in (None, *NO_STATE):
        return None
    doc = span.doc
    mark = doc[span.start - 1] if span.start >= 2 else None  # "China's Foreign Ministry"
    owner_end = mark.idx if mark is not None and mark.text in POSSESSIVE else None
    owner = [m.country for m in mentions if owner_end is not None and m.end == owner_end]
    country = owner[0] if owner else None
    sector = bodies.common_sector(name_text(span))
    if sector is None:
        # a state's body the KB files under another state's name: "Mexico's National
        # Security Council" is Mexico's, not the US one; so is a bare generic name
        # ("the National Security Council") in a report on Mexico (or naming Mexico most
        # so far) whose sentence names Mexico and no other state
        if country is None and link.type == "ORG" and link.sector:
            country = _generic_body_home(span, link, dominant, mentions, linker, state_code)
        if country is None or country == link.country or link.type != "ORG" or not link.sector:
            return None
        return replace(linker.state_body(span.text, country, link.sector, state), type="ORG")
    named = any(m.country == link.country for m in mentions)  # the UK named before
    if country is None and sector == "LEG":
        # a legislature's common name ("Congress") is the one of the state the report
        # is about, unless the report names the state the KB files it under
        if named or dominant is None:
            return None
        country = dominant
    elif country is None:
        country = nearest_country(mentions, span, state_code, furniture, is_role)
    if country == link.country or (country is None and named):
        return None
    if country is None:
        return linker.local(span.text, "ORG")
    # a body, though it acts for its state (as "Peru's foreign ministry" above)
    return replace(linker.state_body(span.text, country, sector, state), type="ORG")


def _generic_body_home(
    span: Span,
    link: Link,
    dominant: str | None,
    mentions: list[Mention],
    linker: Linker,
    state_code: Callable[[str], str | None],
) -> str | None:
    """The report's state for a foreign KB body named by a generic name alone ("the
    National Security Council" in a report on Mexico) where its sentence names that state
    and no other; not where the name carries a state's word ("US National Security
    Council")."""
    actor = linker.kb.actors.get(link.actor_id or "")
    words = key(name_text(span)).split()
    if actor is None or actor.body != "national_body" or not words:
        return None  # a party's or an armed group's name is its own ("Transitional Council")
    if words[-1] not in GENERIC_HEADS or linker.names_a_state(" ".join(words)):
        return None
    home = dominant or _named_most(mentions)
    if home is None or home == link.country:
        return None
    codes = {
        state_code(ent.text)
        for ent in span.sent.ents
        if not (ent.start >= span.start and ent.end <= span.end)
    } - {None}
    # the sentence names the report's state and no other ("... what is best for Mexico")
    return home if codes == {home} else None


def _named_most(mentions: list[Mention]) -> str | None:
    """The state the actors named so far belong to most often, if one leads alone."""
    counts = Counter(m.country for m in mentions if m.country and m.country not in NO_STATE)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]
