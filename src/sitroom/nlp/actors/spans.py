"""Spans of actor candidates: trimming, overlaps, the mention a linked span makes.

Helpers of the ``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.article import Mention, Place
from sitroom.nlp import span_text
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.actors.kb.normalize import common_word, fold
from sitroom.nlp.actors.names import KINDS_OF_BODIES, OPENING_QUOTES
from sitroom.nlp.actors.state import Link
from sitroom.nlp.lexicon import AGENT_NOUNS, UNIT_NOUNS

STRIP_FRONT = {"the", "The", "THE"}
GROUP_MODIFIERS = {"european", "western", "eastern", "baltic", "nordic", "allied", "member"}
GLUED_POSSESSIVE = re.compile(r"[”\"’']s$")


def same_name_places(mentions: list[Mention], places: list[Place]) -> list[Place]:
    """A name the KB does not know names one thing in an article: a place once, always."""
    place_names = {p.text for p in places}
    at = {(p.start, p.end) for p in places}
    # the acronym of a portfolio or meeting that is no actor is none either ("the Minister
    # for Inter-Provincial Coordination (IPC)": "IPC" links to the same local name)
    placed = {
        m.actor_id
        for m in mentions
        if (m.start, m.end) in at and m.actor_id and m.actor_id.startswith("local:org:")
    }
    # a one-word name the recognizer took for a place (not a group or body) elsewhere
    sites = {
        m.text
        for m in mentions
        if (m.start, m.end) in at
        and " " not in m.text
        and (m.actor_id or "").startswith("local:place:")
    }
    return [
        Place(m.start, m.end, m.text, m.country)
        for m in mentions
        if (m.text in place_names or m.actor_id in placed)
        and (m.start, m.end) not in at
        and (not m.actor_id or m.actor_id.startswith("local:"))
        and (m.type != "PERSON" or m.text in sites)  # "Assab" a person, a city elsewhere
    ]


def acting_elsewhere(
    adjectives: list[tuple[Place, str | None]],
    acting: set[tuple[str, str | None]],
    places: list[Place],
) -> None:
    """A state's demonym (with its actor id) read as no actor where it opens a named
    person's title ("Israeli Prime Minister X") or describes a place ("Venezuelan
    airspace") is the actor where the same word acts elsewhere in the report ("Israeli
    strikes"): one word, one reading, and the actor reading wins (GUIDELINES, nationality
    adjectives; "the Venezuelan government" is a body's name and no use of the adjective).
    Its place is dropped: its mention, kept beside it, is the actor."""
    for place, actor_id in adjectives:
        if (place.text, actor_id) in acting:
            places.remove(place)


def before_an_agent(span: Span) -> bool:
    """A demonym opening a force, a body or its people ("Israeli military", "Pakistani
    soldiers", "Chinese security officials"): the annotators list such a phrase as a surface of its
    own, so it says nothing of the demonym's other occurrences."""
    doc = span.doc
    after = doc[span.end : span.end + 2]  # one word may stand between: "security officials"
    return any(t.lower_ in AGENT_NOUNS for t in after if t.is_lower and t.is_alpha)


def mention(span: Span, mtype: str, link: Link) -> Mention:
    text = name_text(span)  # "Trump”s" -> "Trump"
    return Mention(
        start=span.start_char,
        end=span.start_char + len(text),
        text=text,
        type=mtype,
        actor_id=link.actor_id,
        canonical=link.canonical,
        country=link.country,
        sector=link.sector,
        confidence=link.confidence,
    )


def name_text(span: Span) -> str:
    """The name without a possessive the tokenizer left glued to it ("Trump”s")."""
    text = span_text(span)
    return GLUED_POSSESSIVE.sub("", text) or text


def trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in STRIP_FRONT or loose(doc[start])):
        start += 1
    # "electoral bloc “Alternative”": lower-case words before an opening quote are what
    # the quoted name is, not part of it
    quote = next((t.i for t in doc[start:end] if t.text in OPENING_QUOTES), None)
    if quote is not None and quote > start and all(t.is_lower for t in doc[start:quote]):
        start = quote + 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'") or loose(doc[end - 1])):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # "National League for Democracy (NLD)" keeps its closing bracket
        end -= 1
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        end = opened[-1]  # "X Dam (GERD": a bracket the name opens and never closes
        while end > start and loose(doc[end - 1]):
            end -= 1
    if start >= end:
        return None
    return _one_line(doc[start:end])


def _one_line(span: Span) -> Span:
    """A name never runs across a line break: a page's place line or heading run into the
    next paragraph's first name ("Washington / Canberra⏎⏎Reddit") is cut at the break, and
    the line holding the name's head (the word the sentence hangs on it) is kept."""
    breaks = [t.i for t in span if t.is_space and "\n" in t.text]
    if not breaks:
        return span
    doc, root = span.doc, span.root.i
    start = max((b + 1 for b in breaks if b < root), default=span.start)
    end = min((b for b in breaks if b > root), default=span.end)
    while start < end and loose(doc[start]):
        start += 1
    while end > start and loose(doc[end - 1]):
        end -= 1
    return doc[start:end] if start < end else span


def loose(tok: Token) -> bool:
    """Punctuation or white space (a line break the recognizer took into a name)."""
    return tok.is_punct or tok.is_space


def resolve_overlaps(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Keep the longest span where candidates overlap; earlier sources win ties."""
    ranked = sorted(enumerate(found), key=lambda it: (-(it[1][0].end - it[1][0].start), it[0]))
    taken: set[int] = set()
    kept: list[tuple[Span, str]] = []
    for _, (span, label) in ranked:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append((span, label))
    kept.sort(key=lambda it: it[0].start)
    return kept


def group_spans(
    doc: Doc, heads: list[tuple[int, int, int]], kb: KnowledgeBase
) -> list[tuple[Span, str]]:
    """ "European allies", "Polish officials", "NATO diplomats" as group mentions."""
    out: list[tuple[Span, str]] = []
    for _, head, _end in heads:
        tok = doc[head]
        if tok.tag_ not in ("NNS", "NNPS"):
            continue
        start = tok.i
        anchored = tok.i
        while start > tok.sent.start:
            prev = doc[start - 1]
            folded = fold(prev.text)
            known = (
                folded in kb.demonym
                or folded in GROUP_MODIFIERS
                or (prev.pos_ == "PROPN" and bool(kb.lookup(prev.text)))
            )
            if known:
                start -= 1
                anchored = start
            elif prev.dep_ in ("amod", "compound") and prev.pos_ in ("ADJ", "NOUN"):
                start -= 1  # "Polish diplomatic representatives"
            else:
                break
        start = anchored
        if start == tok.i:
            continue
        span = doc[start : tok.i + 1]
        out.append((span, "GROUP"))
    return out


POSSESSIVE_TOKENS = ("'s", "’s", "'", "’")


def possessive_inside(
    found: list[tuple[Span, str]], is_demonym: Callable[[str], bool]
) -> list[tuple[Span, str]]:
    """A name with a possessive inside ("Republican People’s Party", "Workers’ Party") that
    the recognizer cut in two at the possessive: a word it called a people right before a
    body's name holding the possessive is the first word of that name (unless it is a
    state's demonym: "Chinese" before "People’s Liberation Army" is its own mention)."""
    bodies = {span.start: span for span, label in found if label == "ORG"}
    cut: set[tuple[int, int]] = set()
    out: list[tuple[Span, str]] = []
    for span, label in found:
        body = bodies.get(span.end)
        if (
            label == "NORP"
            and body is not None
            and span.doc[span.end - 1].whitespace_ == " "
            and any(t.text in POSSESSIVE_TOKENS for t in body[1:])
            and not is_demonym(span.text)
        ):
            out.append((span.doc[span.start : body.end], "ORG"))
            cut.add((body.start, body.end))
        else:
            out.append((span, label))
    return [(s, lab) for s, lab in out if lab != "ORG" or (s.start, s.end) not in cut]


def reunited_names(
    found: list[tuple[Span, str]], is_demonym: Callable[[str], bool]
) -> list[tuple[Span, str]]:
    """Bodies' names the recognizer cut in two: at a possessive, at "and", or before "of"
    and the state's name closing them."""
    return named_for(of_the_state(coordinated_names(possessive_inside(found, is_demonym))))


# Lower-case nouns that introduce a body by its name ("civil society group Stand Up for
# Cameroon", "the campaign Lawyers for Justice").
INTRODUCING_NOUNS = frozenset(
    {"group", "groups", "movement", "campaign", "coalition", "platform", "organisation",
     "organization", "initiative", "collective", "network", "association", "alliance", "ngo",
     "charity", "outfit"}
)  # fmt: skip
FOR_WORDS = 4  # capitalised words a name runs on after its "for"


def named_for(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A body's name with "for" inside ("Stand Up for Cameroon") that the recognizer cut at
    "for": a name a lower-case noun of a body introduces, right before "for" and
    capitalised words, runs on through them; the words' own names are no mentions."""
    merged: dict[tuple[int, int], Span] = {}
    for span, label in found:
        doc, end = span.doc, span.end
        if label not in ("ORG", "PERSON") or span.start == 0 or end + 1 >= len(doc):
            continue
        before = doc[span.start - 1]
        if doc[end].lower_ != "for" or before.lower_ not in INTRODUCING_NOUNS:
            continue
        stop = end + 1
        while stop < len(doc) and stop - end <= FOR_WORDS and _bare_capital_or_named(doc[stop]):
            stop += 1
        if before.is_lower and stop > end + 1:
            merged[(span.start, end)] = doc[span.start : stop]
    if not merged:
        return found
    runs = [(cut, whole.end) for (_, cut), whole in merged.items()]  # the words after "for"
    out: list[tuple[Span, str]] = []
    for span, label in found:
        whole = merged.get((span.start, span.end))
        if whole is not None:
            out.append((whole, "ORG"))
        elif not any(cut < span.start and span.end <= end for cut, end in runs):
            out.append((span, label))
    return out


def _bare_capital_or_named(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def of_the_state(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A body's name closed by "of" and a place's name ("the Law Society of Kenya", "the
    Electoral Commission of Ghana", "the Supreme Court of Pakistan") that the recognizer
    cut before or after "of": one name, the place no mention of its own."""
    places = {span.start: span for span, label in found if label == "GPE"}
    merged: dict[tuple[int, int], Span] = {}
    for span, label in found:
        doc = span.doc
        body_end = span.end - 1 if span[-1].lower_ == "of" else span.end
        if label != "ORG" or body_end <= span.start or body_end >= len(doc) - 1:
            continue
        if doc[body_end - 1].lower_ not in KINDS_OF_BODIES or doc[body_end].lower_ != "of":
            continue
        place = places.get(body_end + 1)
        if place is not None:
            merged[(span.start, span.end)] = doc[span.start : place.end]
    if not merged:
        return found
    swallowed = {whole.end for whole in merged.values()}
    return [
        (merged.get((span.start, span.end), span), label)
        for span, label in found
        if not (label == "GPE" and span.end in swallowed and (span.start, span.end) not in merged)
    ]


def coordinated_names(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A body's name made of two words joined by "and" ("Action and Solidarity Party",
    "Peace and Development Council") that the recognizer cut at "and": a capitalised
    word, outside any name or a one-word body of its own, right before "and" and a body's
    name ending in a kind of body, is that name's first word ("Britain and France Party"
    keeps the state apart)."""
    one_word = {span.start for span, label in found if label == "ORG" and len(span) == 1}
    covered = {i for span, _ in found for i in range(span.start, span.end)}
    merged: dict[tuple[int, int], Span] = {}
    for span, label in found:
        doc = span.doc
        first = span.start - 2
        if (
            label != "ORG"
            or first < 0
            or len(span) < 2
            or span[-1].lower_ not in KINDS_OF_BODIES
            or doc[first + 1].lower_ not in ("and", "&")
            or not (doc[first].is_alpha and doc[first].text[:1].isupper())
            or doc[first].is_sent_start
            or doc[first].ent_type_ not in ("", "ORG")
            or (first in covered and first not in one_word)
        ):
            continue
        merged[(span.start, span.end)] = doc[first : span.end]
    if not merged:
        return found
    firsts = {whole.start for whole in merged.values()}
    out = [
        (merged.get((span.start, span.end), span), label)
        for span, label in found
        if not (len(span) == 1 and span.start in firsts and label == "ORG")
    ]
    return out


def run_on(span: Span) -> Span:
    """A body's name the recognizer cut short: one or two capitalised words right after
    it, outside any entity, the last a noun of a body's part ("[PM Office] Media Wing")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 2 and _bare_capital(doc[end]):
        end += 1
    for stop in range(end, span.end, -1):
        if doc[stop - 1].lower_ in UNIT_NOUNS:
            return doc[span.start : stop]
    return span


def _bare_capital(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ and not tok.is_sent_start


def owner_of_a_thing(span: Span, common: frozenset[str], keep: frozenset[str]) -> Span:
    """A headline's "Rajoelina’s Impeachment" tagged as a body: a name's possessive, then
    only dictionary words, none of a body ("Republican People’s Party" stays whole), is
    the owner and a thing of theirs; the owner alone is the mention. Words all in lower
    case after the possessive are a thing even when one is a body's word ("Sandu’s party",
    "the minister’s office"): a name's words are capitalised."""
    cut = next((t.i for t in span[1:] if t.text in POSSESSIVE_TOKENS), None)
    if cut is None or not common or cut + 1 >= span.end:
        return span
    if plural_owner(span.doc[cut - 1], span.doc[cut].text, common):
        return span  # "National People’s Power", "Workers’ Party": words of one name
    words = [t for t in span.doc[cut + 1 : span.end] if t.is_alpha]
    if words and all(t.is_lower for t in words):
        return span.doc[span.start : cut]
    if not words or any(t.lower_ in keep for t in words if not t.is_stop):
        return span
    if all(t.is_stop or common_word(t.lower_, common) for t in words):
        return span.doc[span.start : cut]
    return span


# Plural nouns for people that take "’s" ("People’s", "Women’s"); a regular plural takes
# the bare apostrophe ("Workers’", "Farmers’").
PEOPLE_PLURALS = frozenset({"people", "peoples", "women", "men", "children"})


def plural_owner(owner: Token, mark: str, common: frozenset[str]) -> bool:
    """A capitalised plural common noun before a possessive ("People’s", "Workers’"): it
    owns nothing in the text, it is a word of a body's name ("People’s Liberation Front");
    a name's possessive ("Rajoelina’s", "Jones’") is an owner."""
    if not (owner.is_alpha and owner.text[:1].isupper()):
        return False
    if owner.lower_ in PEOPLE_PLURALS:
        return mark in ("'s", "’s")
    regular = owner.lower_.endswith("s") and owner.lower_[:-1] in common
    return mark in ("'", "’") and regular
