"""Who said it: the mention governing a cue, resolved to an actor.

The speaker span is the phrase that governs the cue as written ("he", "who", "the
minister", "Camille Grand"); ``canonical`` is whom it stands for:

- a linked mention is its own actor (a corpus-local one is named by its longest form);
- a relative pronoun stands for the noun it attaches to ("Grand, who said ...");
- a personal pronoun for the nearest compatible person (gender from the knowledge base or
  a title: "Mrs."), preferring the sentence's subject and the previous speaker;
- a role noun with a definite article ("the minister") for the nearest person named
  earlier who holds that role, or for the only person in the knowledge base who held it
  on the article's date ("the British prime minister");
- an unnamed source ("a diplomat", "one NATO diplomat", "another") for a group actor
  when one fits, otherwise for no actor: never for a named person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from sitroom.article import Mention, Speaker
from sitroom.nlp.actors.kb import Actor, KnowledgeBase
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.lexicon import (
    COMPANY_NOUNS,
    GENDER_TITLES,
    INDEFINITE_DETERMINERS,
    PERSON_ROLE_NOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    UNNAMED_PRONOUNS,
    UNNAMED_SOURCE_NOUNS,
)
from sitroom.nlp.quotes import roles as quote_roles
from sitroom.nlp.quotes.described import (
    author_of,
    body_named,
    body_phrased,
    definite,
    governing_source,
    issuer_of,
    main_body,
    named_ahead,
    named_by_short_form,
    named_inside,
    named_next_as,
    owner_of,
    state_named,
)
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.marks import Marked, Quotations
from sitroom.nlp.quotes.missed import missed_subject
from sitroom.nlp.quotes.offices import coordinated, office_holder
from sitroom.nlp.quotes.placing import (
    acting_subject,
    gender_before,
    is_main_clause,
    is_subject_mention,
    only_a_modifier,
    phrase,
)
from sitroom.nlp.quotes.roles import PROXY_NOUNS, could_hold, holder_named_before, holds, titled

FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
PRONOUN_WINDOW = 2500  # characters back to look for a pronoun's antecedent
ROLE_WINDOW = 6000
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
GROUP_TYPES = ("ORG", "GROUP", "NORP", "GPE")


@dataclass(slots=True)
class _Resolved:
    actor_id: str | None
    canonical: str | None
    unnamed: bool = False


class SpeakerResolver:
    """Resolves cue sources of one document, remembering the previous speaker."""

    def __init__(
        self,
        kb: KnowledgeBase,
        idx: DocIndex,
        date: dt.date | None,
        marked: list[Marked] | None = None,
    ) -> None:
        self.kb = kb
        self.idx = idx
        self.date = date
        self._quoted = Quotations(marked or [], idx.text)  # who they name is spoken of
        self.previous: Speaker | None = None
        self.previous_unnamed: dict[str, Speaker] = {}
        self.bodies_spoken: dict[str, int] = {}  # "the company" resolved, by actor
        self._roles: dict[tuple[str, ...], _Resolved] = {}  # "the minister" resolved
        self._gender: dict[str, str] = {}
        for m in idx.mentions:
            if m.type != "PERSON" or not m.actor_id:
                continue
            head = idx.token_at(m.start)
            first = m.text.split()[0].lower() if m.text.split() else ""
            g = GENDER_TITLES.get(first) or (gender_before(head) if head is not None else None)
            if g:
                self._gender.setdefault(m.actor_id, g)

    # -- entry points --------------------------------------------------------------------

    def from_token(self, tok: Token, content_start: int | None = None) -> Speaker:
        """The speaker governed by ``tok``, the head of a cue's source phrase; a pronoun
        looks for its antecedent before ``content_start`` when what was said comes first."""
        anchor = tok.idx if content_start is None else min(tok.idx, content_start)
        speaker = self._from_token(tok, anchor)
        if speaker.actor_id is None:  # "the move proves that ...": whoever says so
            said_at = tok.idx if content_start is None else content_start
            governing = governing_source(self.idx, tok, said_at)
            if governing is not None:
                speaker = self._from_token(governing, anchor)
        self._remember(tok, speaker)
        return speaker

    def from_span(self, start: int, end: int) -> Speaker:
        """A speaker named by a span of text (a transcript label, a dash attribution)."""
        text = self.idx.text[start:end]
        inside = [m for m in self.idx.mentions_in(start, end) if m.type in ACTOR_TYPES]
        named = self._body_called(text)
        if named is not None:  # "the United Nations' migration agency": one body's name
            speaker = Speaker(start, end, text, named.id, named.name)
        elif inside:
            m = max(inside, key=lambda m: m.end - m.start)
            resolved = self._of_mention(m)
            speaker = Speaker(start, end, text, resolved.actor_id, resolved.canonical)
        else:
            speaker = self._by_surname(start, end, text)
        self.previous = speaker
        return speaker

    def follow_on(self) -> Speaker | None:
        return self.previous

    # -- resolution ------------------------------------------------------------------------

    def _from_token(self, tok: Token, anchor: int) -> Speaker:
        low = tok.lower_
        span = (tok.idx, tok.idx + len(tok.text))
        if low in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl") and tok.head.head != tok:
            antecedent = self._from_token(tok.head.head, anchor)
            return Speaker(*span, tok.text, antecedent.actor_id, antecedent.canonical)
        if (low in PRONOUN_GENDER and tok.pos_ == "PRON") or tok.tag_ == "PRP$":
            resolved = self._pronoun(tok, anchor)
            return Speaker(*span, tok.text, resolved.actor_id, resolved.canonical)
        mention = self.idx.mention_at(tok.idx)
        others = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if mention is not None and mention.type == "PERSON" and others:
            # "X and Y vowed to resign": two people, not one of them
            end = others[-1].right_edge.idx + len(others[-1].right_edge)
            start = min(mention.start, tok.left_edge.idx)
            return Speaker(start, end, self.idx.text[start:end], None, None)
        if quote_roles.anaphoric(tok):  # "the official said": the person just named
            start, end = phrase(tok)
            words = quote_roles.title_words(tok)  # "the PM": the prime minister named
            held = words and holder_named_before(self.idx, self.kb, words, start, ROLE_WINDOW)
            resolved = self._of_mention(held) if held else self._pronoun(tok, anchor, person=True)
            return Speaker(start, end, self.idx.text[start:end], *_pair(resolved))
        if mention is not None and quote_roles.role_taken_for_name(tok, mention):
            mention = None  # "the Spokesman said", "the British and French ministers said"
        if mention is not None and mention.type in ACTOR_TYPES:
            resolved = self._of_mention(mention)
            return Speaker(mention.start, mention.end, mention.text, *_pair(resolved))
        start, end = phrase(tok)
        text = self.idx.text[start:end]
        ahead = named_ahead(self.idx, start, end)
        office = None if ahead else office_holder(self.kb, self.idx, tok, self.date)
        if office is not None:  # "the EU's top diplomat": the office's one holder that day
            return Speaker(start, end, text, office.id, office.name)
        if low in UNNAMED_PRONOUNS or self._is_unnamed(tok):
            resolved = self._unnamed(tok, start, end)
            return Speaker(start, end, text, *_pair(resolved))
        if ahead is not None:  # "Jane Roe, the ministry's spokeswoman, said": Jane Roe
            return Speaker(ahead.start, ahead.end, ahead.text, *_pair(self._of_mention(ahead)))
        author = author_of(self.idx, tok)
        if author is not None:  # "the report by the agency", "the ministry's statement"
            resolved = self._of_mention(author)
            return Speaker(start, end, text, *_pair(resolved))
        owner = owner_of(tok)
        if owner is not None:  # "the federation's statement said": the federation
            return self._from_token(owner, anchor)
        plural = tok.tag_ in ("NNS", "NNPS")  # "ministers X and Y": no one of them alone
        named = None if plural else named_inside(self.idx, tok)
        if named is not None:  # "the ministry's spokesman Tom Bell said": the name speaks
            resolved = self._of_mention(named)
            return Speaker(named.start, named.end, named.text, *_pair(resolved))
        issued = issuer_of(self.idx, tok)
        if issued is not None:  # "Venezuela issued a statement ... The statement said"
            return Speaker(start, end, text, *_pair(self._of_mention(issued)))
        state = state_named(self.idx, tok, start)
        if state is not None:  # "the government said" after "the Lebanese army"
            country = self.kb.get(state)
            return Speaker(start, end, text, state, country.name if country else state)
        called = self._body_called(text)
        if called is not None:  # "the UN's migration agency": a name the KB knows
            return Speaker(start, end, text, called.id, called.name)
        body = body_named(self.idx, tok, start)
        if body is not None:  # "the ministry" after "India's Ministry of Defence"
            resolved = self._of_mention(body)
            return Speaker(start, end, text, *_pair(resolved))
        phrased = body_phrased(self.idx, self.kb.lookup, tok, start)
        if phrased is not None:  # after "Taiwan's defence ministry"
            return Speaker(start, end, text, phrased.id, phrased.name)
        if tok.lemma_.lower() in COMPANY_NOUNS and tok.tag_ == "NN" and definite(tok):
            company = main_body(
                self.idx, start, self.bodies_spoken
            )  # "the company said": the one the report is about
            if company is not None:
                return Speaker(start, end, text, *_pair(self._of_mention(company)))
        if tok.tag_ in ("NNS", "NNPS"):
            # "many defense ministers" are several people: never one named person
            resolved = self._unnamed(tok, start, end)
            return Speaker(start, end, text, *_pair(resolved))
        if tok.lemma_.lower() in PERSON_ROLE_NOUNS or any(
            c.lower_ in PERSON_ROLE_NOUNS for c in tok.children if c.dep_ == "compound"
        ):
            resolved = self._role(tok, start)
            return Speaker(start, end, text, *_pair(resolved))
        if tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1):
            return self._by_surname(start, end, text)
        return Speaker(start, end, text, None, None)

    def _body_called(self, text: str) -> Actor | None:
        """The one organisation the whole phrase names, possessives and all ("the United
        Nations' migration agency" is the IOM's alias "United Nations migration agency")."""
        bodies = [a for a in self.kb.lookup(text) if a.kind in ("org", "group")]
        return bodies[0] if len(bodies) == 1 else None

    def _remember(self, tok: Token, speaker: Speaker) -> None:
        if tok.lower_ in FIRST_PERSON and speaker.actor_id is None:
            return  # "we" left unresolved speaks inside someone's words: not a new speaker
        self.previous = speaker
        if speaker.actor_id is None or speaker.actor_id.startswith("grp"):
            self.previous_unnamed[tok.lemma_.lower()] = speaker

    def _of_mention(self, m: Mention) -> _Resolved:
        canonical = m.canonical
        if canonical is None and m.actor_id:
            canonical = self.idx.full_name.get(m.actor_id, m.text)
        return _Resolved(m.actor_id, canonical or m.text)

    def _by_surname(self, start: int, end: int, text: str) -> Speaker:
        """An unlinked name: the person named earlier with the same last word, if any."""
        short = named_by_short_form(self.idx, start, text)  # "the PCO", defined before
        if short is not None:
            return Speaker(start, end, text, *_pair(self._of_mention(short)))
        last = fold(text.split()[-1]) if text.split() else ""
        for m in self.idx.mentions_before(start):
            if m.type == "PERSON" and m.text.split() and fold(m.text.split()[-1]) == last:
                resolved = self._of_mention(m)
                return Speaker(start, end, text, resolved.actor_id, resolved.canonical)
        return Speaker(start, end, text, None, text)

    # -- pronouns --------------------------------------------------------------------------

    def gender(self, m: Mention) -> str | None:
        if not m.actor_id:
            return None
        actor = self.kb.get(m.actor_id)
        if actor is not None and actor.gender:
            return actor.gender
        return self._gender.get(m.actor_id)

    def _pronoun(self, tok: Token, anchor: int, *, person: bool = False) -> _Resolved:
        """The antecedent of a speaker pronoun, back from ``anchor`` (where what was said
        starts, when first): the subject of this or the previous sentence, the previous
        speaker, other subjects, any mention."""
        low = tok.lower_
        if low in ("i", "we", "you", "me", "us", "my", "our"):
            return _Resolved(None, None)
        gender = PRONOUN_GENDER.get(low)
        wanted: tuple[str, ...] = ("PERSON",) if gender or person else GROUP_TYPES
        if low == "it" and not person:
            wanted = ("ORG", "GPE", "GROUP")
        here = self.idx.sentence_number(anchor)
        best: tuple[tuple[int, int, int, int], Mention] | None = None
        around = self._quoted.at(anchor)
        for m in self.idx.mentions_before(anchor):
            if anchor - m.end > PRONOUN_WINDOW:
                break
            head = self.idx.token_at(m.start)
            if m.type not in wanted or (low == "it" and head and only_a_modifier(head, m)):
                continue
            inside = self._quoted.at(m.start)
            if inside is not None and inside != around:
                continue  # "As President X has said, ...," noted the spokesman. He said
            g = self.gender(m) if gender is not None else None
            if g is not None and g != gender:
                continue
            role = 3
            if head is not None and is_subject_mention(head, m):
                role = 0 if is_main_clause(head, m) else 2
            distance = min(2, here - self.idx.sentence_number(m.start))
            if self._is_previous(m):
                role = min(role, 1)  # and as near as the last time they spoke:
                distance = min(distance, self._previous_distance(here))
            # "she" after "Marcos' sister Senator X": a known match before an unknown gender
            key = (distance if role < 3 else 2, int(g is None), role, anchor - m.start)
            if best is None or key < best[0]:
                best = (key, m)
        unlinked = self._unlinked_subject(here, anchor, gender)
        if unlinked is not None and (best is None or unlinked[0] < best[0]):
            return unlinked[1]
        if best is not None:
            return self._of_mention(best[1])
        prev = self.previous
        if (
            prev is not None
            and (prev.actor_id or (low == "it" and prev.canonical))  # or "the X office"
            and anchor - prev.end < PRONOUN_WINDOW
            and not ((gender or person) and self._is_place(prev.actor_id or ""))  # "he": no state
        ):
            return _Resolved(prev.actor_id, prev.canonical)
        return _Resolved(None, None)

    def _unlinked_subject(
        self, here: int, anchor: int, gender: str | None
    ) -> tuple[tuple[int, int, int, int], _Resolved] | None:
        """A name the entity recognizer missed, as the main subject of this or the previous
        sentence ("Putin lashed out ..."), or as the last speaker: a candidate antecedent too."""
        found = missed_subject(self, here, anchor, gender)
        return None if found is None else (found[0], _Resolved(*found[1]))

    def _previous_distance(self, here: int) -> int:
        prev = self.previous
        if prev is None or prev.start >= len(self.idx.text):
            return 2
        return max(0, min(2, here - self.idx.sentence_number(prev.start)))

    def _is_place(self, actor_id: str) -> bool:
        """A country or a place: never "he" (a name typed as a body may be a person)."""
        actor = self.kb.get(actor_id)
        return actor.kind == "country" if actor is not None else ":place:" in actor_id

    def _is_previous(self, m: Mention) -> bool:
        prev = self.previous
        return prev is not None and prev.actor_id is not None and prev.actor_id == m.actor_id

    # -- unnamed sources and roles -----------------------------------------------------------

    def _is_unnamed(self, tok: Token) -> bool:
        if tok.pos_ == "PROPN":
            return False
        lemma = tok.lemma_.lower()
        if lemma not in UNNAMED_SOURCE_NOUNS and tok.lower_ not in UNNAMED_SOURCE_NOUNS:
            return False
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "amod")]
        definite = any(d in ("the", "this", "that") for d in dets)
        return not definite or lemma in self.previous_unnamed

    def _unnamed(self, tok: Token, start: int, end: int) -> _Resolved:
        """A group actor for an unnamed source, or none; never a named person."""
        earlier = self.previous_unnamed.get(tok.lemma_.lower())
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if earlier is not None and dets & {"the", "this", "that"}:
            return _Resolved(earlier.actor_id, earlier.canonical, True)
        for m in self.idx.mentions_in(start, end):
            if m.type == "GROUP":
                return _Resolved(m.actor_id, m.canonical or m.text, True)
        mods = [
            c.text
            for c in tok.children
            if c.dep_ in ("compound", "amod") and c.lower_ not in INDEFINITE_DETERMINERS
        ]
        for name in quote_roles.group_names(tok, mods):
            for actor in self.kb.lookup(name):
                if actor.kind == "group":
                    return _Resolved(actor.id, actor.name, True)
        # "officials in Moscow", "a Russian diplomat": the state they speak for
        places = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        places += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "from", "at", "of")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for place in [] if coordinated(places) else places:  # not "British and French"
            where = self.idx.mention_at(place.idx)
            state = self.kb.get(where.actor_id) if where is not None and where.actor_id else None
            if state is not None and state.kind == "country":
                return _Resolved(state.id, state.name, True)
            country = self.kb.demonym.get(fold(place.text))
            if country is not None and country in self.kb.actors:
                return _Resolved(country, self.kb.actors[country].name, True)
        return _Resolved(None, None, True)

    def _role(self, tok: Token, start: int) -> _Resolved:
        """ "the minister": a person named earlier who holds the role, or the only holder."""
        words = [fold(c.text) for c in tok.children if c.dep_ in ("amod", "compound")]
        words += quote_roles.title_words(tok) or [fold(tok.text)]  # "the Head of State"
        country = quote_roles.role_country(self.kb, self.idx, tok, words)
        role_words = [w for w in words if w not in self.kb.demonym and w not in ("former", "the")]
        for m in self.idx.mentions_before(start):
            if start - m.end > ROLE_WINDOW:
                break
            if m.type != "PERSON" or not m.actor_id:
                continue
            actor = self.kb.get(m.actor_id)
            if actor is not None and holds(actor, role_words, country):
                return self._of_mention(m)
        holders = [
            a
            for a in could_hold(self.kb, tuple(role_words), country)
            if holds(a, role_words, country, self.date, active=True)
        ]
        if len(holders) == 1 and (country is not None or len(role_words) > 1):
            return _Resolved(holders[0].id, holders[0].name)
        named_next = named_next_as(self.idx, tok, start)
        if named_next is not None:  # "the spokesman for X said ... spokesman Y said"
            return self._of_mention(named_next)
        # "the Economy Minister said ... the minister added": the same holder, not whoever
        # was named in between (unless two holders of such a role have spoken)
        role = (tok.lemma_.lower(), *sorted(w for w in role_words if w != fold(tok.text)))
        same = {
            r.actor_id: r for k, r in self._roles.items() if k[0] == role[0] and set(role) <= set(k)
        }
        if len(same) == 1:
            return next(iter(same.values()))
        found = self._role_named_before(tok, start, role_words, country)
        if found.actor_id is not None:
            self._roles[role] = found
        return found

    def _role_named_before(
        self, tok: Token, start: int, role_words: list[str], country: str | None
    ) -> _Resolved:
        noun = tok.lemma_.lower()
        earlier = self.idx.mentions_before(start)
        ends = {o.end for o in earlier if o.type == "PERSON"}
        for m in earlier:  # "Transport Minister X said ... the minister said": X first
            if start - m.end > PRONOUN_WINDOW:
                break
            known = self.kb.get(m.actor_id) if m.actor_id else None
            if known is not None and known.roles:
                continue  # a known person holds the role or not by the knowledge base
            glued = m.start in ends or m.start - 1 in ends
            if m.type == "PERSON" and not glued and titled(self.idx, m, noun, start):
                return self._of_mention(m)  # (not the second half of a name split in two)
        for m in earlier:
            if start - m.end > PRONOUN_WINDOW:
                break
            if m.type != "PERSON":
                continue
            known = self.kb.get(m.actor_id) if m.actor_id else None
            if known is not None and known.roles and not holds(known, role_words, country):
                continue  # a head of state is not "the spokesman" nor "the aide"
            if (
                (known is None or not known.roles)
                and not titled(self.idx, m, tok.lemma_.lower(), start)
                and (tok.lemma_.lower() in PROXY_NOUNS or not self._acts(m))
            ):
                continue  # a hostage in a list is no "minister", a minister no "spokesperson"
            return self._of_mention(m)
        return _Resolved(None, None)

    def _acts(self, m: Mention) -> bool:
        """Whether a person is the subject of a clause or the previous speaker."""
        head = self.idx.token_at(m.start)
        if self._is_previous(m) or (head is not None and acting_subject(head, m)):
            return True
        # a name opening its paragraph, titles aside ("General X, ..., said")
        opening = self.idx.text.rfind("\n", 0, m.start) + 1
        before = self.idx.text[opening : m.start].split()
        return all(w[:1].isupper() for w in before)


def _pair(r: _Resolved) -> tuple[str | None, str | None]:
    return r.actor_id, r.canonical
