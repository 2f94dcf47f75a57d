"""The candidate spans of the ``sitroom_actors_v1`` component: the recognizer's names
(trimmed, relabelled where the words around them or the knowledge base say otherwise, split
where a title, a word of address or a body's name is glued to a person's), the knowledge
base's names and acronyms, groups, state bodies and titled names, longest first where they
overlap; and the countries and bodies they name (context for people)."""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from sitroom.nlp import doc_ents
from sitroom.nlp.actors.apposed import named_after_an_office
from sitroom.nlp.actors.bodies import StateBodies
from sitroom.nlp.actors.communities import community_spans
from sitroom.nlp.actors.kb import KnowledgeBase, national_acronym
from sitroom.nlp.actors.kb.normalize import fold, key
from sitroom.nlp.actors.names import (
    before_a_run_on_name,
    first_name_left_out,
    glued_to_a_name,
    name_after_body,
    named_before_office,
    only_address,
    portfolio_name,
    posted_place_left_out,
    titled_names,
    titled_person,
    unaddressed,
    untitled,
)
from sitroom.nlp.actors.phrases import relabel_by_phrase
from sitroom.nlp.actors.retold import named_again
from sitroom.nlp.actors.spans import (
    group_spans,
    owner_of_a_thing,
    resolve_overlaps,
    reunited_names,
    run_on,
    trim,
)
from sitroom.nlp.actors.things import inside_a_hyphenated_name

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
STATE_BODY = "STATE_BODY"  # a candidate label: "Peru's foreign ministry" (see bodies.py)


class CandidateSpans:
    """The span-finding half of :class:`sitroom.nlp.actors.ActorLinker` (its matchers and
    knowledge base are set up there)."""

    kb: KnowledgeBase
    matcher: PhraseMatcher
    acronyms: PhraseMatcher
    group_heads: PhraseMatcher
    bodies: StateBodies
    common: frozenset[str]
    keep: frozenset[str]

    def _is_role(self, word: str) -> bool:
        return fold(word) in self.kb.role_nouns

    def _candidate_spans(
        self, doc: Doc
    ) -> tuple[list[tuple[Span, str]], dict[int, list[tuple[Span, str]]]]:
        """Mention candidates, longest first where they overlap, and the knowledge-base
        matches found inside each kept candidate (to fall back on when it links to none).
        """
        found: list[tuple[Span, str]] = []
        # an acronym followed by a number is a hull or serial number ("CCG 3104" is a ship)
        acronyms = [m for m in self.acronyms(doc) if m[2] >= len(doc) or not doc[m[2]].like_num]
        known = [*self.matcher(doc), *acronyms]
        for ent in doc_ents(doc):
            if ent.label_ not in LABELS:
                continue
            cut = before_a_run_on_name(ent, self.common)  # "[Trade], Francess X"
            span = trim(cut) if cut is not None else None
            if span is None or span.text.islower():
                continue  # "who" tagged ORG is a pronoun, not the WHO
            if ent.label_ == "PERSON":
                owner = next((t.i for t in span[1:] if t.text in ("'s", "’s")), None)
                if owner is not None:  # "Ferdinand Marcos Jr.’s Cabinet": the owner is named
                    span = doc[span.start : owner]
                # "Spokesperson X Y", "Barrister X Y": the title is no name
                span = posted_place_left_out(
                    untitled(unaddressed(span), self._is_role), self._is_role
                )
                span = first_name_left_out(span, self._is_role, self.common)
                if only_address(span) or all(self._is_role(t.text) for t in span if not t.is_punct):
                    continue  # "Insp. Gen. X": a rank alone is no one's name
            elif ent.label_ == "ORG":  # "[PM Office] Media Wing", "[X’s Impeachment]"
                span = owner_of_a_thing(run_on(span), self.common, self.keep)
            if (
                ent.label_ == "ORG"
                and titled_person(span, self._is_role, self.common, self.keep) is not None
                and not self.kb.lookup(span.text)
            ):
                found.append((untitled(span, self._is_role), "PERSON"))  # the same, tagged ORG
                continue
            addressed = unaddressed(span) if ent.label_ == "ORG" else span
            if len(addressed) >= 2 and addressed.start > span.start:  # "H.E. X Y" tagged ORG
                found.append((addressed, "PERSON"))  # a word of address opens a person's name
                continue
            office = ent.label_ == "ORG" and named_before_office(span, self._is_role)
            if office and not self.kb.lookup(span.text):
                found.append((span, "PERSON"))  # "X Y, director-general of the Z"
                continue
            glued = glued_to_a_name(span, self.common) if ent.label_ == "ORG" else None
            if glued is not None:  # "Speaker of [Parliament Chamal] [Rajapaksa]"
                found.extend(glued)
                continue
            if name := portfolio_name(span, ent.label_, self._is_role, self.common):
                found.append((name, "PERSON"))  # "Minister of [Media Affairs X Y]"
                continue
            name = name_after_body(span, known, self.common) if ent.label_ == "ORG" else None
            if name is not None:  # "the UN Ericq Pierre": the body, then a person
                found.append((doc[span.start : name.start], self._kb_label(span)))
                found.append((name, "PERSON"))
                continue
            found.append((span, self._relabel(span, ent.label_)))
        # a body named in a law's name is not acting there ("the Revised ECOWAS Treaty")
        laws = {i for e in doc_ents(doc) if e.label_ == "LAW" for i in range(e.start, e.end)}
        for _, start, end in known:
            span = trim(doc[start:end])
            if start in laws:
                continue
            if span is not None and any(t.text[:1].isupper() for t in span):
                found.append((span, self._kb_label(span)))
        found.extend(community_spans(doc, self.kb))  # "Druze fighters"
        found.extend(group_spans(doc, self.group_heads(doc), self.kb))
        found.extend((span, STATE_BODY) for span in self.bodies.spans(doc))
        found.extend(titled_names(doc, self._is_role, self.common))
        # "the attorney general, X Y, said": a name in an office's slot is a person's
        found = named_after_an_office(
            doc, found, self._is_role, lambda w: bool(self.kb.lookup(w)), self.common
        )
        found = named_again(
            doc, found, lambda w: bool(self.kb.lookup(w)), self._is_role, self.kb.names_a_person
        )
        found = reunited_names(found, lambda w: key(w) in self.kb.demonym)
        # "Port-of-Spain" is one place: the "Spain" inside it names no state
        found = [c for c in found if not inside_a_hyphenated_name(doc, c[0].start)]
        kept = resolve_overlaps(found)
        by_start: dict[int, list[tuple[Span, str]]] = {}
        for cand in found:
            by_start.setdefault(cand[0].start, []).append(cand)
        inner: dict[int, list[tuple[Span, str]]] = {}
        for span, _label in kept:
            if len(span) < 2:
                continue
            inside = [
                (s, lab)
                for i in range(span.start, span.end)
                for s, lab in by_start.get(i, ())
                if s.end <= span.end and (s.start, s.end) != (span.start, span.end)
            ]
            if inside:
                inner[span.start] = resolve_overlaps(inside)
        return kept, inner

    def _named(self, spans: list[tuple[Span, str]]) -> tuple[set[str], set[str]]:
        """Codes of the countries and bodies the article names (context for people), and
        the ids of the knowledge base's bodies it names by their own name."""
        codes: set[str] = set()
        bodies: set[str] = set()
        for span, _label in spans:
            # the whole span, and each word of it ("NATO defence ministers" names NATO)
            for text in {span.text, *(t.text for t in span if t.text[:1].isupper())}:
                k = key(text)
                if k in self.kb.demonym:
                    codes.add(self.kb.demonym[k])
                for actor in self.kb.lookup(text):
                    if national_acronym(text, actor):
                        continue  # "BSP" alone names no state
                    if actor.kind != "person" and actor.country:
                        codes.add(actor.country)
                    if text == span.text and actor.kind in ("org", "group"):
                        bodies.add(actor.id)
        return codes, bodies

    def _relabel(self, span: Span, label: str) -> str:
        """Fix NER errors that matter: "Kiev" tagged PERSON is a place, "Sri Lankan" tagged
        PERSON a nationality."""
        if label in ("PERSON", "ORG"):
            actors = self.kb.lookup(span.text)
            if actors and all(a.kind == "country" for a in actors):
                return "GPE"
            if key(span.text) in self.kb.metonym:
                return "GPE"
            if key(span.text) in self.kb.demonym:
                return "NORP"  # "Sri Lankan officials": a nationality is no one's name
        return relabel_by_phrase(span, label, self.kb.lookup)

    def _kb_label(self, span: Span) -> str:
        actors = self.kb.lookup(span.text)
        kinds = {a.kind for a in actors}
        if kinds == {"person"}:
            return "PERSON"
        if "country" in kinds or key(span.text) in self.kb.metonym:
            return "GPE"
        if "group" in kinds:
            return "GROUP"
        return "ORG"
