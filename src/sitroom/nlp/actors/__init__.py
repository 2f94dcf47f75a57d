"""``sitroom_actors_v1``: find actor mentions and link them to the knowledge base."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

import sitroom.nlp  # registers the Doc extensions
from sitroom.article import Mention, Place
from sitroom.nlp import doc_text, phrase_docs
from sitroom.nlp.actors.acronyms import apply_definitions, defined_body_country, headed_state_body
from sitroom.nlp.actors.around import (
    appointer_state,
    destinations,
    nearest_country,
    own_states,
)
from sitroom.nlp.actors.bodies import StateBodies
from sitroom.nlp.actors.branches import national_branches
from sitroom.nlp.actors.candidates import STATE_BODY, CandidateSpans
from sitroom.nlp.actors.carry import carry_descriptions, same_names
from sitroom.nlp.actors.communities import (
    COMMUNITY,
    community_mention,
    home_of,
    land_of,
    share_land,
)
from sitroom.nlp.actors.context import TitleContext
from sitroom.nlp.actors.demonyms import an_unnamed_body, names_a_state_body
from sitroom.nlp.actors.dominant import LOCAL_SECTORS, NATIONAL_SECTORS, dominant_state
from sitroom.nlp.actors.governments import (
    acronym_state,
    described_elsewhere,
    faction_of,
    foreign_acronym,
    government_of,
    whose_body,
)
from sitroom.nlp.actors.kb import KnowledgeBase, load_kb
from sitroom.nlp.actors.kb.normalize import dotted, fold, key
from sitroom.nlp.actors.kinds import (
    body_kind,
    own_body_name,
    owns_the_state,
    party_by_noun,
    with_kind,
)
from sitroom.nlp.actors.linker import OTHERS_OF, Linker
from sitroom.nlp.actors.lists import bracketed_after_person, share_list_titles
from sitroom.nlp.actors.names import (
    address_before,
    describes_a_named_one,
    joined_names,
    may_be_person,
    opens_a_title,
)
from sitroom.nlp.actors.nonactors import GROUP_HEADS, demonyms_joined, not_an_actor
from sitroom.nlp.actors.owners import (
    NON_STATE_OWNERS,
    member_of,
    owners_country,
    possessor,
    principal_named_before,
)
from sitroom.nlp.actors.particles import particle_names
from sitroom.nlp.actors.phrases import homeless
from sitroom.nlp.actors.retold import surname_told_again
from sitroom.nlp.actors.spans import (
    acting_elsewhere,
    before_an_agent,
    mention,
    name_text,
    same_name_places,
)
from sitroom.nlp.actors.state import DocState
from sitroom.nlp.actors.state_descriptions import described_states
from sitroom.nlp.actors.things import (
    OWN_NAME_ENDS,
    body_named_before,
    common_words_capitalised,
    describes_a_place,
    dictionary_words,
    names_a_building,
    names_a_site,
    part_of_a_place_name,
    place_country,
    place_in,
    place_opening,
    regional,
)
from sitroom.nlp.actors.titles import describe, owned_by_person, state_role, title_words
from sitroom.nlp.actors.usage import shadowed
from sitroom.nlp.dates import parse_iso_date
from sitroom.nlp.lexicon import BODY_NOUNS, FACILITY_NOUNS

TYPE_OF = {"LOC": "GPE", "FAC": "ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}
ARMED_SECTORS = {"REB", "INS", "UAF", "PRM"}


@Language.factory(
    "sitroom_actors_v1",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc._.mentions"],
    default_config={"user_file": "", "fuzzy_threshold": 82},
)
def make_actor_linker(
    nlp: Language, name: str, user_file: str, fuzzy_threshold: int
) -> ActorLinker:
    return ActorLinker(nlp, load_kb(user_file), fuzzy_threshold=fuzzy_threshold)


class ActorLinker(CandidateSpans):
    def __init__(self, nlp: Language, kb: KnowledgeBase, *, fuzzy_threshold: int) -> None:
        self.kb = kb
        self.linker = Linker(kb, fuzzy_threshold=fuzzy_threshold)
        # names match case-insensitively, acronyms ("SHAPE", "WHO") only as written
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        names: set[str] = set()
        acronyms: set[str] = set()
        for actor in kb.actors.values():
            aliases = {actor.name, *actor.aliases}
            if actor.kind == "person":
                # full names catch what the NER misses; single names are left to it
                names.update(a for a in aliases if len(a.split()) >= 2)
                continue
            aliases |= {d for a in aliases if (d := dotted(a))}  # "U.N. Human Rights Office"
            for name in aliases:
                if name.isupper() or (len(name) <= 4 and name[:1].isupper()):
                    acronyms.add(name)
                elif len(name) > 2 and not name.islower():
                    names.add(name)
        self.matcher.add("KB", phrase_docs(nlp, sorted(names)))
        self.group_heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.group_heads.add("HEAD", phrase_docs(nlp, sorted(GROUP_HEADS)))
        self.acronyms.add("KB", phrase_docs(nlp, sorted(acronyms)))
        self.bodies = StateBodies(nlp, kb)
        self.common = dictionary_words(nlp)
        self.linker.common_words = self.common
        self.keep = frozenset(w for noun in kb.role_nouns for w in noun.split()) | BODY_NOUNS

    def __call__(self, doc: Doc) -> Doc:
        joined_names(doc, self.kb.names_a_person)
        particle_names(doc)  # "[Bendito] dos [Santos Freitas]": one name
        sitroom.nlp.hold_ents(doc)  # the last entities set: read them once
        try:
            return self._link(doc)
        finally:
            sitroom.nlp.release_ents(doc)

    def _link(self, doc: Doc) -> Doc:
        date = parse_iso_date(doc._.published)
        state = DocState(date=date)
        spans, inner = self._candidate_spans(doc)
        state.countries, state.bodies = self._named(spans)
        mentions: list[Mention] = []
        places: list[Place] = []
        sites: set[int] = set()  # "the Parliament building": the body's name names no place
        # (a standfirst names the story's actors as its headline does: read as prose here)
        page = [f for f in doc._.furniture or [] if f[2] != "standfirst"]
        furniture = [(int(f[0]), int(f[1])) for f in page]
        kinds = [(int(f[0]), int(f[1]), str(f[2])) for f in page]
        dominant = dominant_state(doc, kinds, self._state_code, self._named_state)
        queue = list(spans)
        tails: set[str] = set()
        homed: set[str | None] = set()  # local people given the report's state
        communities: list[Mention] = []  # "Druze fighters", "the Alawite community"
        # "Israeli" in "Israeli PM X" or "Israeli soil"; "Israeli" acting ("Israeli strikes")
        adjectives: list[tuple[Place, str | None]] = []
        acting: set[tuple[str, str | None]] = set()
        unnamed: set[str] = set()  # states only a foreign acronym named ("BSP" in Bulgaria)
        while queue:
            span, label = queue.pop(0)
            if label == COMMUNITY:  # "the Alawite community", "Druze fighters"
                # where its sentence puts it, or the report's state (communities.py)
                mentions.append(community_mention(span, land_of(span, self._state_code)))
                communities.append(mentions[-1])
                continue
            title = self._title(span, mentions) if label == "PERSON" else None
            named = may_be_person(span)
            body = self.bodies.link_args(span) if label == STATE_BODY else None
            if body is not None:  # "Peru's foreign ministry"
                link = self.linker.state_body(span.text, *body, state)
                mentions.append(mention(span, "ORG", link))
                continue
            government = government_of(span, label, self.linker, state)
            if government is not None:
                span, link = government
                mentions.append(mention(span, "ORG", link))
                continue
            if (faction := faction_of(span, label, self.linker, state)) is not None:
                mentions.append(mention(faction[0], faction[1], faction[2]))
                continue  # "Assad loyalists": the faction, not the person
            address = address_before(doc_text(doc), span.start_char) if label == "PERSON" else None
            link = self.linker.link(
                name_text(span), label, state, title, person=named, address=address
            )
            link = (
                whose_body(
                    span,
                    link,
                    mentions,
                    state,
                    furniture,
                    dominant,
                    bodies=self.bodies,
                    linker=self.linker,
                    state_code=self._state_code,
                    is_role=self._is_role,
                )
                or link
            )
            if (elsewhere := described_elsewhere(span, link, self.linker)) is not None:
                link, label = elsewhere, elsewhere.type  # "X, the Uruguayan newspaper"
            foreign = foreign_acronym(name_text(span), link, self.kb, state)
            unnamed |= {str(link.country)} if foreign else set()  # a state never named
            link = self.linker.local(span.text, "ORG") if foreign else link  # "BSP" in Bulgaria
            others = label == "GROUP" and span[-1].lower_ in OTHERS_OF
            if others and link.actor_id and link.actor_id.startswith("local:"):
                inner.pop(span.start, None)  # "US allies" are not the United States
            unknown = link.actor_id and link.actor_id.startswith("local:")
            site = names_a_site(span)  # "Panama Canal" is no "Panama" acting
            # nor is the body that names a document ("the Revised ECOWAS Treaty")
            site = site or (len(span) >= 2 and span[-1].lower_ in OWN_NAME_ENDS)
            # "NATO Expansion" is no actor, but the "NATO" inside it is; a body's common
            # name closing a longer name is its head ("All Progressives Congress")
            inside = [c for c in inner.get(span.start, []) if not _head_noun(c[0], span)]
            # "Economy Minister Marcelo Montenegro": a titled person, not the state inside
            titled = label == "PERSON" and title is not None and bool(title.sector)
            owned = label == "ORG" and owns_the_state(span, inside, self.linker.title_context)
            # "Latin America" is a region, "South Africa's G20" holds the state's own name
            region = regional(span) and all(c[0].start > span.start for c in inside)
            if unknown and inside and not (region or site or titled or owned):
                inner.pop(span.start)
                queue[:0] = inside
                continue
            local = not link.actor_id or link.actor_id.startswith("local:")
            if shadow := not local and shadowed(span, self.kb.lookup, tails):  # "68th X Congress"
                link, local = self.linker.local(span.text, label), True
            if local:  # "the Agency" -> IAEA; "the Amal party" -> Amal Movement
                named_before = body_named_before(span, mentions) if label == "ORG" else None
                link = named_before or party_by_noun(span, self.linker, state) or link
                local = not link.actor_id or link.actor_id.startswith("local:")
            common_body = local and an_unnamed_body(span, self.kb.demonym)  # "the Chilean party"
            kind = body_kind(span, label) if local and not common_body else None
            if kind is not None and (label in PLACE_LABELS or own_body_name(span)):  # "X TV"
                label, link = "ORG", self.linker.local(span.text, "ORG")
            mtype = label if local else link.type
            mtype = TYPE_OF.get(mtype, mtype)
            metonym = key(span.text) in self.kb.metonym
            common = shadow or (local and common_words_capitalised(span, self.common, self.keep))
            modifier = label in ("NORP", "GPE") and describes_a_place(span, demonym=label == "NORP")
            modifier = modifier or self._group_place(span) or part_of_a_place_name(span, True)
            modifier = modifier or (local and label == "ORG" and opens_a_title(span, self._is_role))
            modifier = modifier or (local and bracketed_after_person(span)) or common_body
            demonym = label in ("NORP", "GPE") and key(span.text) in self.kb.demonym
            modifier = modifier or (local and demonyms_joined(span, self.kb.demonym))
            modifier = modifier or (demonym and describes_a_named_one(span, self._is_role))
            told = surname_told_again(span, label, mentions, places)  # "Sobers said": a name
            no_actor = (
                kind is None
                and not told
                and (
                    common
                    or modifier
                    or not_an_actor(span, label, local, link.type, metonym, self._is_role)
                )
            )
            if no_actor:
                # kept for the components after this one (an event "on Gaza"), not an
                # actor; an unknown name's last word later means it ("the Congress")
                places.append(Place(span.start_char, span.end_char, span.text, link.country))
                adjectives += [(places[-1], link.actor_id)] if demonym and not local else []
                sites |= {span.start_char} if names_a_building(span) else set()
                tails |= {span[-1].lower_} if local and len(span) > 1 else set()
            elif demonym and not names_a_state_body(span) and not before_an_agent(span):
                acting.add((span.text, link.actor_id))  # "Israeli strikes" acts
            if local and label in ("PERSON", "ORG"):
                context = title or self._title(span, mentions)
                spilled = acronym_state(context.words, self.kb, state)  # "GERB, the BSP"
                if context.country in unnamed or (spilled and context.country == spilled):
                    # "BSP – United Left": no Philippine body's
                    context = replace(context, country=None, sector=None)
                if label == "ORG" and not context.country:
                    # "Syrian Ministry of Interior", "Kwara State Police Command": the state
                    # its own name gives; a building's name only honours one ("Al-Saudi
                    # Hospital" in Sudan)
                    facility = span[-1].lower_ in FACILITY_NOUNS
                    own = TitleContext() if foreign else self.linker.title_context(span.text)
                    placed = None if facility else own.country or place_opening(span.text)
                    context = replace(context, country=placed, sector=context.sector or own.sector)
                context = with_kind(context, kind)  # "the leader of the X party, Y": PTY
                homed |= {link.actor_id} if context.igo else set()  # "UN envoy X": no state's
                settled = context.country or context.igo or context.employer or context.unplaced
                if context.sector and not settled:
                    # a copy: title contexts are cached and shared between mentions
                    nearest = principal_named_before(span, context.words, mentions)
                    nearest = nearest or appointer_state(span, mentions)
                    nearest = nearest or nearest_country(
                        mentions, span, self._state_code, furniture, self._is_role
                    )
                    if nearest is None and context.sector in NATIONAL_SECTORS | LOCAL_SECTORS:
                        nearest = self._report_state(span, mentions, furniture, dominant)
                    context = replace(context, country=nearest)
                elif (
                    dominant is not None
                    and link.actor_id not in homed
                    and homeless(span, label, context)
                ):
                    # an untitled person or state's body ("the Election Commission") in a
                    # report on one state (once: carried to a person's other mentions)
                    home = self._report_state(span, mentions, furniture, dominant)
                    if home is not None:
                        homed.add(link.actor_id)
                    context = replace(context, country=home)
                if context.country or context.sector:
                    describe(link, context, span.text)
                mentions.append(mention(span, mtype, link))
                state_role(mentions[-1], span, context)
                continue
            mentions.append(mention(span, mtype, link))
        share_land(communities)  # then the report's state
        for m in communities:
            m.country = m.country or home_of(m.text, dominant)  # "Rohingya" -> MMR
            if m.country is None:  # a group of no known state is kept as before, no actor
                mentions.remove(m)
                places.append(Place(m.start, m.end, m.text, None))
        acting_elsewhere(adjectives, acting, places)
        national_branches(sitroom.nlp.doc_text(doc), mentions, places, self.kb)  # "Amnesty Kenya"
        places += same_name_places(mentions, [p for p in places if p.start not in sites])
        share_list_titles(sitroom.nlp.doc_text(doc), mentions, places)
        same_names(mentions, sitroom.nlp.doc_text(doc))
        carry_descriptions(mentions)
        apply_definitions(sitroom.nlp.doc_text(doc), mentions)
        # "the West African country": the state named before it (state_descriptions.py); the
        # "West" in it names no actor
        described = described_states(sitroom.nlp.doc_text(doc), mentions, places, self.kb)
        doc._.mentions = [m for m in mentions if not _inside(m, described)]
        doc._.descriptions = described
        doc._.places = places
        return doc

    def _report_state(
        self,
        span: Span,
        mentions: list[Mention],
        furniture: list[tuple[int, int]],
        dominant: str | None,
    ) -> str | None:
        """The state the report is about for "the police minister X" whose title names no
        state, unless X's sentence names another ("X met Nepal's minister") or has X go
        there ("X left for Kenya": a visitor)."""
        if dominant is None:
            return None
        named = own_states(mentions, span, self._state_code, furniture, self._is_role)
        goes = destinations(span, self._state_code)
        return dominant if named <= {dominant} and dominant not in goes else None

    def _named_state(self, name: str) -> str | None:
        """The state of a known person or body's name; a body's common name alone
        ("Congress", "the Foreign Ministry") names none (it is the report's state's); a
        state's own name the recognizer took for a body ("Timor-Leste") names that state."""
        if self.bodies.common_sector(name):
            return None
        state = next((a.id for a in self.kb.lookup(name) if a.kind == "country"), None)
        return state or self.kb.state_of(name)

    def _group_place(self, span: Span) -> bool:
        """A state's name in the possessive before an armed group of its soil ("Yemen's
        Houthi rebels"): where the group is, not the state acting."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "’s"):
            return False
        if self._state_code(span.text) is None:
            return False
        nxt = doc[span.end + 1]
        ent = next((e for e in sitroom.nlp.doc_ents(doc) if e.start == nxt.i), None)
        found = self.kb.lookup(ent.text) if ent is not None else []
        if any(a.sector in ARMED_SECTORS for a in found):
            return True
        # "Yemen's Houthi rebels": a name, then a noun of armed men
        for i, tok in enumerate(doc[span.end + 1 : min(len(doc), span.end + 4)]):
            role = self.kb.role_nouns.get(fold(tok.text))
            if i and role is not None and role.sector in ARMED_SECTORS:
                return True
            if not tok.text[:1].isupper():
                return False
        return False

    def _state_code(self, text: str) -> str | None:
        """The state a name, demonym or capital stands for ("Washington" -> USA)."""
        k = key(text)
        if k in self.kb.demonym:
            return self.kb.demonym[k]
        if k in self.kb.metonym:
            return self.kb.metonym[k]
        found = next((a.id for a in self.kb.lookup(text) if a.kind == "country"), None)
        return found or place_country(text)  # a city or region of the gazetteer ("Gaza")

    def _title(self, span: Span, mentions: list[Mention]) -> TitleContext:
        """The title next to a name, and a title before a comma ("The group's spokesman,
        X") when the first gives no role; a possessive one takes its owner's country."""
        near, before_comma = title_words(span, self._is_role)
        context = self.linker.title_context(near)
        if context.sector is None and (body := headed_state_body(span, near, mentions)):
            context = replace(context, country=context.country or body.country, sector="GOV")
        if context.sector and not (context.country or context.igo) and owned_by_person(span):
            # "President X ... and his defence minister Y": the state of the person before
            country = possessor(span, "his", mentions, self._state_code)[0]
            context = replace(context, country=country) if country else context
        if context.sector and not (context.country or context.igo):
            country = place_in(near) or defined_body_country(span.doc, near, mentions)
            context = replace(context, country=country)
        if context.sector is None and before_comma:
            context = self.linker.title_context(before_comma)
            if context.country is None:
                country, sector = possessor(span, before_comma, mentions, self._state_code)
                country = country or (place_in(before_comma) if context.sector else None)
                context = replace(context, country=country, sector=sector or context.sector)
        elif before_comma and not (context.country or context.igo):
            # "Former Nigerian Head of State, General X": the rank's sector; state and office
            also = self.linker.title_context(before_comma)
            words = f"{before_comma}, {context.words}" if also.sector else context.words
            former = context.former or also.former
            context = replace(context, country=also.country, former=former, words=words)
        if not context.igo and (context.country is None or context.sector in (None, "GOV")):
            owner, sector = owners_country(span, mentions, self._is_role, near)  # "X, Dahal's aide"
            # an aide of an opposition leader or a rebel chief serves no government
            if sector not in NON_STATE_OWNERS or context.sector is None:
                sector = context.sector
            context = replace(context, country=context.country or owner, sector=sector)
        return member_of(self.kb, span, context, mentions)  # "X of the Y", "the Y ... under X"


def _inside(m: Mention, spans: list[Mention]) -> bool:
    return any(d.start <= m.start and m.end <= d.end for d in spans)


HEAD_NOUNS_OF_NAMES = BODY_NOUNS | {"congress", "parliament", "assembly", "senate", "party"}


def _head_noun(inner: Span, outer: Span) -> bool:
    """A one-word common name of a body closing a longer capitalised name ("Congress" in
    "All Progressives Congress", "Council" in "Norwegian Refugee Council")."""
    return len(inner) == 1 and inner.end == outer.end and inner[0].lower_ in HEAD_NOUNS_OF_NAMES
