"""What a title next to a name says: "Lithuanian Defense Minister" -> (LTU, MIL), "Haiti's
ambassador to the UN" -> (HTI, GOV), "spokesman for the Houthis" -> REB. Pure Python, used
by :class:`sitroom.nlp.actors.linker.Linker`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.nlp.actors.kb import KnowledgeBase, RoleNoun
from sitroom.nlp.actors.kb.normalize import fold
from sitroom.nlp.lexicon import HEAD_NOUNS, POSTED_ROLES, STATE_BODY_NOUNS

GOV_SECTOR = "GOV"
# Nouns of a body of research: "X of the Centre for Policy Studies" is its scholar (EDU).
RESEARCH_NOUNS = frozenset(
    {"institute", "centre", "center", "university", "studies", "institution", "think-tank"}
)
FORMER = frozenset({"former", "ousted", "deposed", "exiled", "retired", "late"})
RANK_ROLE = "military officer"  # roles.yaml: a rank ("colonel", "lieutenant general")
# Roles any body has: in a non-state body they take its sector (a rebel group's spokesman).
GENERIC_ROLES = frozenset(
    {"spokesperson", "leaders", "officials", "aides", "commander", "chair", "inspector general"}
)
# Roles a party has as well as a state or an international body: a party's holder is PTY.
PARTY_ROLES = frozenset({"secretary-general"})
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# Words of a body's own part after a body's name inside a title ("the Foreign Policy
# Department": no "Foreign Policy" magazine there).
PART_NOUNS = frozenset(
    {"department", "office", "committee", "commission", "unit", "division", "bureau",
     "section", "directorate", "desk", "ministry", "council", "agency", "institute"}
)  # fmt: skip
# Role words that are an adjective before another word of a title ("public policy
# secretary" is no member of the public).
ADJECTIVE_ROLES = frozenset({"public"})
# Sectors of trades a ministry governs: in its portfolio ("the Ministry of Trade and
# Industry", "of Information and Media") they are its field, not the holder's trade.
FIELDS = frozenset({"BUS", "MED"})
NON_STATE_BODIES = frozenset({"REB", "UAF", "PRM", "INS", "OPP", "PTY", "NGO", "MED", "BUS"})


@dataclass(slots=True)
class TitleContext:
    """What a title next to a name says: "Lithuanian Defense Minister" -> (LTU, MIL)."""

    country: str | None = None
    sector: str | None = None
    igo: bool = False  # the title names an international body ("UN secretary-general")
    # "X of the Carnegie Endowment": a named non-state employer; the states the sentence
    # names are what X speaks about, not X's own
    employer: bool = False
    former: bool = False  # "former", "ousted", "ex-": no longer in office (PLOVER: ELI)
    words: str = ""  # the title's words, as the text gives them (one per token)
    # a regional office of a name two states share ("Georgia Governor"): no state at all
    unplaced: bool = False


# Words that make a continent's or region's adjective of a demonym ("South American",
# "West African", "Latin American"); a state's own ("South African") is matched whole first.
COMPASS_WORDS = frozenset({"south", "north", "west", "east", "central", "latin", "southern",
                           "northern", "western", "eastern"})  # fmt: skip


def read_title(kb: KnowledgeBase, words: str) -> TitleContext:
    """Country and sector named in a title: "Lithuania's Defense Minister".

    The longest role nouns win ("attorney general" is no rank); a military rank makes a
    military officer of any role ("Colonel X, junta spokesman": MIL); a generic role in
    a non-state body takes the body's sector ("spokesman for the Houthis": REB)."""
    folded = fold(words)
    ctx = TitleContext(words=words)
    tokens = folded.split()
    ctx.former = bool(FORMER & set(tokens)) or "ex-" in words.lower()
    covered: set[int] = set()
    roles: list[RoleNoun] = []
    body_sector: str | None = None
    posted = _posted_to(kb, tokens)
    portfolio = _portfolio(tokens)
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            gram = " ".join(tokens[i : i + n])
            span = set(range(i, i + n))
            adjective = n == 1 and gram in ADJECTIVE_ROLES and i + 1 < len(tokens)
            role = kb.role_nouns.get(gram)
            field = role is not None and role.sector in FIELDS and bool(span & portfolio)
            field = field or (
                role is not None and role.sector in FIELDS and _office_after(kb, tokens, i + n)
            )
            if role is not None and not span & covered and not adjective and not field:
                covered |= span
                roles.append(role)
            if span & posted:
                continue  # the place a diplomat is posted to is not the one served
            continental = n == 1 and i > 0 and tokens[i - 1] in COMPASS_WORDS
            if ctx.country is None and not continental:  # "South American": no state
                cid = kb.demonym.get(gram) or country_alias(kb, gram)
                if cid and regional_office(tokens, gram):
                    cid, ctx.unplaced = None, True  # "Georgia Governor": no Georgia's
                if n == 1 and cid and (place := _place_around(tokens, i)) is not None:
                    cid = place or None  # "University of British Columbia": Canada's
                part = i + n < len(tokens) and tokens[i + n] in PART_NOUNS
                cid = cid or (None if part else _body_country(kb, gram))
                if cid:
                    ctx.country = cid
            bodies = [kb.actors[a] for a in kb.alias.get(gram, [])]
            bodies = [a for a in bodies if a.kind not in ("person", "country")]
            if i + n < len(tokens) and tokens[i + n] in PART_NOUNS:
                bodies = []  # "the Foreign Policy Department of ...": a longer body's name
            if i + n < len(tokens) and tokens[i + n] == "affairs":
                bodies = []  # "Minister for ASEAN Affairs": a state's portfolio, no IGO's post
            if not ctx.igo and any(a.sector == "IGO" for a in bodies):
                ctx.igo = True
            if body_sector is None and bodies and bodies[0].sector in NON_STATE_BODIES:
                body_sector = bodies[0].sector
                ctx.country = ctx.country or bodies[0].country
    if roles:
        ranked = any(r.noun == RANK_ROLE for r in roles)
        spy = any(r.sector == "SPY" for r in roles)
        ctx.sector = "MIL" if ranked else roles[0].sector
        if ranked and spy:
            ctx.sector = "SPY"  # an officer of an intelligence service (PLOVER MILSPY)
        elif ranked and any(r.sector == "COP" for r in roles):
            ctx.sector = "COP"  # a police force's ranks ("Gen. X, the National Police chief")
        generic = roles[0].noun in GENERIC_ROLES and not ranked
        body = next((r for r in roles[1:] if r.noun not in GENERIC_ROLES), None)
        if generic and body is not None:
            ctx.sector = body.sector  # "a spokesman for the Sudanese army": MIL
        if body_sector and generic:
            ctx.sector = body_sector
        if roles[0].noun in PARTY_ROLES and not ranked:
            # "Nepali Congress general secretary", "the party's secretary general": a
            # party's officer (a state's or an international body's keeps GOV)
            party = body_sector in PARTY_SECTORS or any(r.sector == "PTY" for r in roles[1:])
            ctx.sector = (body_sector or "PTY") if party else ctx.sector
    elif body_sector:
        ctx.sector = body_sector
    elif HEAD_NOUNS & set(tokens) and STATE_BODY_NOUNS & set(tokens) and not ctx.igo:
        ctx.sector = GOV_SECTOR  # "the head of Italy's civil protection agency"
    elif tokens[:1] in (["of"], ["at"]) and RESEARCH_NOUNS & set(tokens):
        ctx.sector = "EDU"  # "X of the Centre for Policy Studies": a research body's scholar
    if ctx.sector and _kin(tokens):
        ctx.sector = CIVILIAN  # "son of an army officer", "the minister's wife": a relative
    if ctx.country is None and re.search(r"\b(eu|european union)\b", folded):
        ctx.country = "EUR"
    return ctx


# Offices of a state's region, not of a state ("Georgia Governor", "Punjab Chief Minister").
REGIONAL_OFFICES = frozenset({"governor", "chief minister", "state senator", "state police"})


def regional_office(tokens: list[str], gram: str) -> bool:
    """The title names a regional office and a name regions of two states share (or a
    state's region shares with another state): the name gives no state."""
    from sitroom.nlp.events.plover import load_lexicon  # the gazetteer, loaded on first use

    if gram not in load_lexicon().shared_places:
        return False
    text = f" {' '.join(tokens)} "
    return any(f" {office} " in text for office in REGIONAL_OFFICES)


def _office_after(kb: KnowledgeBase, tokens: list[str], i: int) -> bool:
    """A state's office right after position ``i`` ("media minister", "trade secretary"):
    the trade before it is the office's portfolio, not the holder's trade."""
    role = kb.role_nouns.get(tokens[i]) if i < len(tokens) else None
    return role is not None and role.sector == GOV_SECTOR


def _portfolio(tokens: list[str]) -> set[int]:
    """Positions of a portfolio's words after a state body's noun and "of"/"for" ("the
    Ministry of Trade and Industry"), up to the end of the title."""
    for i, tok in enumerate(tokens[:-2]):
        if tok in STATE_BODY_NOUNS and tokens[i + 1] in ("of", "for"):
            return set(range(i + 2, len(tokens)))
    return set()


def _posted_to(kb: KnowledgeBase, tokens: list[str]) -> set[int]:
    """Positions of the words after "to" that follow a diplomat's role ("ambassador to
    the United Nations"), up to the end of the title."""
    for i, tok in enumerate(tokens[1:], start=1):
        role = kb.role_nouns.get(tokens[i - 1])
        if tok == "to" and role is not None and role.noun in POSTED_ROLES:
            return set(range(i + 1, len(tokens)))
    return set()


def _body_country(kb: KnowledgeBase, gram: str) -> str | None:
    """The country of a national body named in a title ("spokesman for the Atomic
    Energy Organization of Iran"), for names of two words or more."""
    if len(gram.split()) < 2 or gram in kb.role_nouns:
        return None  # "foreign office" is any state's, whatever body the KB files under it
    for aid in kb.alias.get(gram, []):
        actor = kb.actors[aid]
        if actor.kind not in ("person", "country") and actor.country:
            return actor.country
    return None


def country_alias(kb: KnowledgeBase, gram: str) -> str | None:
    """The country a folded name is an alias of, if any."""
    for aid in kb.alias.get(gram, []):
        if kb.actors[aid].kind == "country":
            return aid
    return None


def _place_around(tokens: list[str], i: int) -> str | None:
    """The state ("" if none) of a two-word place name the word at ``i`` opens or closes
    ("british columbia" -> CAN, "indian ocean" -> ""): a demonym there names no people;
    None when the word is part of no such name."""
    from sitroom.nlp.events.plover import load_lexicon  # the gazetteer, loaded on first use

    places = load_lexicon().places
    for a in (i, i - 1):
        if a >= 0 and a + 2 <= len(tokens) and (name := " ".join(tokens[a : a + 2])) in places:
            return places[name] or ""
    return None


# A title whose head is a kinship noun describes a relative of the office holder it names,
# a civilian ("X, son of an army officer", "the minister's wife, X"); the state stays.
KIN_NOUNS = frozenset(
    {
        "son",
        "daughter",
        "wife",
        "husband",
        "widow",
        "widower",
        "brother",
        "sister",
        "mother",
        "father",
        "nephew",
        "niece",
        "cousin",
        "grandson",
        "granddaughter",
        "uncle",
        "aunt",
        "child",
        "children",
        "relative",
        "relatives",
        "parents",
        "fiancee",
    }
)
CIVILIAN = "CVL"
# articles, possessive pronouns and an age ("Seven-year-old, son of ...") before the head
KIN_SKIPPED = frozenset({"a", "an", "the", "his", "her", "their", ",", "-", "year", "old"})


def _kin(tokens: list[str]) -> bool:
    """The title's head is a kinship noun: first before "of" ("son of ...") or last after a
    possessive ("the officer's wife"); a bare "Father X" is a priest's address, no kin."""
    words = [t for t in tokens if t not in KIN_SKIPPED and not t.isdigit()]
    if len(words) < 2:
        return False
    if words[0] in KIN_NOUNS and words[1] == "of":
        return True
    return words[-1] in KIN_NOUNS and words[-2] in ("'s", "’s", "s")
