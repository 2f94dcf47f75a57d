"""Word senses the dictionary cannot tell apart, told by the words around the event.

Each rule follows the PLOVER 2.0 codebook (``shared/resources/plover/codebook.csv``):

- a ceasefire *announced or agreed* ("announced a ceasefire", "a truce was agreed") is
  CONCEDE; one implemented or declared by the party itself stays RETREAT;
- leaving groups, talks and sessions and forming alliances: see ``membership``;
- claimed results, countered campaigns, coming to power, inflicted losses: see ``outcomes``;
- *trade* restrictions ("export restrictions", "restricted exports") are SANCTION
  (discontinue), not COERCE's restrictions on freedoms or movement;
- *practice* fire in drills ("fired rockets into the sea during exercises", "practice
  strikes") is MOBILIZE (weapons: test weapons systems), not an attack; so is a blockade
  or a siege *simulated* or rehearsed ("drills simulating a blockade of the island");
- *seizing control* of a place is an attack (ASSAULT), a named place too, whatever the
  tagger takes its name for; of a ship or goods, a seizure (COERCE); *overrunning* a base,
  a town or positions is taking them by force (ASSAULT);
- *imposing* duties, costs or penalties is SANCTION; COERCE keeps curfews and bans;
- *sending* or *flying* troops, jets or warships towards or over a place, or to an area
  ("dispatched to the region", "to the border"), to no one, is MOBILIZE, not AID, a visit
  or cooperation;
- *easing* sanctions or restrictions ("lifted the curfew", "tariffs will be lowered",
  "suspend its export controls") is CONCEDE, one event with the measure eased;
- *rejecting* an act of force ("I reject the cowardly attack") condemns it (ACCUSE);
  rejecting a proposal or a result stays REJECT;
- *demonstrating* something ("the results demonstrate a trend", "demonstrated that the
  plan works") is showing it, no protest: a protest has no object;
- *surrounding* or cordoning off a home or a building ("troops surrounded his residence")
  is COERCE (restrict: security forces cordoning off areas), not an assault;
- *answering an accusation* ("hit back at the accusations", "condemned the allegations as
  absurd") rejects it (REJECT: deny), it accuses no one; accusing a party stays ACCUSE;
- a *protest lodged*, delivered or filed, or a "strong" or "formal" protest, is a
  government's complaint (ACCUSE: disapprove), not a demonstration;
- *charging* a crowd ("police charged the protesters") is a baton charge (ASSAULT:
  crowd-control, as the codebook's "lathi charges"), not a legal charge (ACCUSE), which
  charges someone *with* or *over* something;
- *travelling* to a place that stands for no party ("travelled to the province to
  inspect") is no meeting: there is no one to consult; inspecting or surveying a scene
  is no investigation of anyone (ACCUSE needs a party investigated);
- *intensifying* something ("deepening the crisis", "escalating turmoil", "boosted its
  output") is no cooperation: the dictionary's COOPERATE for these verbs holds only where
  what grows is a tie between parties ("deepen ties", "expand cooperation");
- *taking charge of* a country, or being *in charge of* a ministry, accuses no one: the
  noun "charge" there is control, not an allegation;
- an event noun that *labels* what another did ("calling them cowardly attacks",
  "described the raids as an invasion") names that act: no event of its own;
- *releasing* results, figures, a report or a video publishes them: RETREAT's release
  frees people or goods;
- *surrendering a person to* a court or a state ("surrendered the former president to the
  ICC") hands a suspect over (COOPERATE: judicial cooperation, as extradition), it is no
  capitulation (RETREAT keeps "the rebels surrendered", "surrendered the town to X");
- *ordering people to leave* a country is no request: diplomats or officials ordered to
  leave are expelled (SANCTION: expel), other people deported (COERCE: deport);
- *ordering one's own forces* ("ordered the army to help the police") is a command inside
  one party, no request between parties: the act ordered is the event, if any;
- closing borders or offices on another state, ending a pact: see ``severance``;
- *raising a state* ("intensified tensions", "heightened fears of war", "deepening the
  crisis") is no act between parties, whatever the dictionary codes the verb: the growth of
  a tension, a fear or a crisis is told, not done to anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.harms import no_harm
from sitroom.nlp.events.membership import allied, leaving
from sitroom.nlp.events.motions import no_act
from sitroom.nlp.events.outcomes import dropped as no_outcome_act
from sitroom.nlp.events.outcomes import harm_inflicted
from sitroom.nlp.events.rebuttals import rejection
from sitroom.nlp.events.recollections import remembered
from sitroom.nlp.events.roles import Candidate
from sitroom.nlp.events.severance import cut_off, tie_ended

EASE = frozenset(
    {"lift", "ease", "suspend", "lower", "reduce", "cancel", "scrap", "drop", "remove"}
    | {"waive", "pause", "relax", "loosen", "rescind", "revoke", "repeal", "roll", "halve"}
)
MEASURES = frozenset({"SANCTION", "COERCE"})

# A ceasefire announced, agreed or offered is promised; one a party "declares" it enacts
# ("declared a unilateral ceasefire": RETREAT in the PLOVER gold records).
DECLARE = frozenset({"announce", "agree", "reach", "broker", "propose", "offer"})
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# Verbs that make something grow, which the dictionary codes COOPERATE, and the ties
# between parties whose growth is cooperation ("deepen ties", "expand cooperation").
INTENSIFY = frozenset(
    {"deepen", "escalate", "increase", "intensify", "heighten", "expand", "boost", "enhance"}
    | {"amplify", "augment", "compound", "enlarge", "magnify", "redouble", "exaggerate"}
)
TIES = frozenset(
    {"tie", "relation", "relationship", "cooperation", "co-operation", "partnership", "link"}
    | {"trade", "exchange", "collaboration", "friendship", "alliance", "contact", "dialogue"}
)
# What is released by being published, not freed ("released the results").
PUBLISHED = frozenset(
    {"result", "figure", "data", "datum", "report", "statement", "video", "footage", "image"}
    | {"document", "list", "record", "number", "statistic", "detail", "finding", "tally"}
    | {"count", "information", "photo", "photograph", "picture", "recording", "audio"}
    | {"transcript", "communique", "budget", "forecast", "estimate", "poll", "survey"}
)
# People a state hands over to a court or another state ("surrendered the suspect to X").
HANDED = frozenset(
    {"individual", "suspect", "fugitive", "president", "leader", "man", "woman", "person"}
    | {"official", "commander", "citizen", "national", "defendant", "accused", "minister"}
)
TRADE_WORDS = frozenset(
    {"export", "import", "trade", "tariff", "goods", "shipment", "purchase", "commerce"}
    | {"investment", "mineral", "chip", "semiconductor", "earth", "technology", "product"}
)
DRILL_WORDS = frozenset(
    {"drill", "exercise", "practice", "simulate", "simulated", "rehearse", "wargame", "test"}
)
# Verbs of drills: what they act out is rehearsed, not done ("simulating a blockade").
SIMULATE = frozenset({"simulate", "rehearse", "practice", "practise", "mimic"})
FORCE_WORDS = frozenset(
    {"troop", "soldier", "jet", "fighter", "warship", "ship", "aircraft", "plane", "drone"}
    | {"vessel", "destroyer", "submarine", "bomber", "tank", "force", "unit", "battalion"}
)
TOWARDS = frozenset({"toward", "towards", "near", "around", "into", "off", "over"})
DISPATCH = frozenset({"send", "dispatch", "fly", "sail", "move", "deploy", "station"})
COERCIONS = frozenset(
    {"curfew", "ban", "restriction", "blockade", "siege", "lockdown", "emergency", "law"}
    | {"censorship", "blackout", "closure", "travel", "limit", "control"}
)
PLACES = frozenset({"GPE", "LOC", "FAC"})
# Names that are no place whatever else they are (people, nationalities, products).
NOT_PLACES = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY"})
# Acts of force that one "rejects" only by condemning them.
FORCE_ACTS = frozenset(
    {"attack", "bombing", "assault", "killing", "murder", "massacre", "violence", "shelling"}
    | {"aggression", "raid", "ambush", "kidnapping", "abduction", "atrocity", "terrorism"}
)
CONDEMN_VERBS = frozenset({"reject", "repudiate"})
TRAVEL_VERBS = frozenset({"travel", "go", "fly", "head", "journey", "return", "arrive"})
# Looking at a scene is no investigation of anyone ("to inspect the situation").
LOOK_VERBS = frozenset({"inspect", "assess", "survey", "tour", "monitor", "observe"})
# "Demonstrate" with an object or a clause is "show" ("demonstrate resolve", "... that").
SHOWN = frozenset({"dobj", "ccomp", "attr"})
ENCIRCLE = frozenset({"surround", "encircle", "cordon", "ring", "besiege"})
BUILDINGS = frozenset(
    {"home", "house", "residence", "compound", "office", "headquarters", "building", "palace"}
    | {"embassy", "parliament", "ministry", "court", "hotel", "hospital", "station", "villa"}
)
ACCUSATIONS = frozenset({"accusation", "allegation", "claim", "charge", "criticism", "assertion"})
CROWDS = frozenset(
    {"protester", "protestor", "demonstrator", "crowd", "marcher", "student", "supporter"}
    | {"rioter", "mob", "people", "worker", "fan"}
)
LEGAL_PREPS = frozenset({"with", "over", "for"})
ANSWERED_AT = frozenset({"at", "against", "over", "to"})
# Verbs of command, the verbs of leaving a country, and the people a state expels.
ORDER_VERBS = frozenset({"order", "instruct", "direct", "command"})
DEPART = frozenset({"leave", "depart", "exit", "quit"})
TELL_VERBS = frozenset({"tell", "ask"})
ENVOYS = frozenset(
    {"diplomat", "envoy", "ambassador", "official", "staff", "employee", "consul", "attache"}
    | {"attaché", "representative", "personnel", "agent", "emissary", "delegation", "mission"}
)
OWN_FORCES = frozenset({"army", "military", "police", "troop", "force", "soldier", "guard"})
# States that grow without anyone doing anything to anyone ("heightened tensions").
STATES = frozenset(
    {"tension", "crisis", "turmoil", "fear", "concern", "uncertainty", "instability", "rift"}
    | {"divide", "division", "standoff", "anxiety", "worry", "speculation", "mistrust"}
    | {"distrust", "animosity", "polarization", "polarisation", "volatility", "acrimony"}
)
RAISE_VERBS = INTENSIFY | frozenset(
    {"heighten", "fuel", "stoke", "inflame", "worsen", "aggravate", "exacerbate", "ratchet"}
)
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "area", "region", "territory", "base", "airport", "capital"}
    | {"province", "district", "headquarters", "border", "crossing", "port", "hill", "camp"}
)


# Verbs that name an act by a label ("called the strikes a violation").
NAMING = frozenset(
    {"call", "label", "brand", "term", "dub", "describe", "characterize", "characterise"}
    | {"denounce", "condemn", "decry", "view", "regard"}
)


# Verbs by which a government hands over a protest, and the words of a diplomatic one.
LODGE_VERBS = frozenset(
    {"lodge", "deliver", "file", "register", "convey", "send", "hand", "submit", "issue"}
)
DIPLOMATIC = frozenset({"strong", "strongest", "formal", "diplomatic", "official", "stern"})


def _words(tok: Token, depth: int = 2) -> set[str]:
    """Lemmas of ``tok``'s dependents, ``depth`` levels down."""
    out: set[str] = set()
    level = [tok]
    for _ in range(depth):
        level = [k for t in level for k in t.children]
        out |= {k.lemma_.lower() for k in level}
    return out


def lodged(noun: Token) -> bool:
    """A protest a party lodges, delivers or files ("lodged a strong protest", "a formal
    protest was delivered"): a complaint to a government, no demonstration."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in LODGE_VERBS:
        return True
    return any(k.dep_ == "amod" and k.lower_ in DIPLOMATIC for k in noun.children)


def refine(c: Candidate) -> None:
    """Re-code one candidate whose sense its context decides."""
    handed_over(c)
    harm_inflicted(c)  # "inflicted heavy losses on": ASSAULT (outcomes)
    dropped = (
        no_outcome_act,
        no_tie_grown,
        charge_held,
        published,
        state_raised,
        own_forces_ordered,
        named,
        tie_ended,
        remembered,
    )
    if any(rule(c) for rule in dropped):
        c.dropped = True
        return
    if no_act(c) or (c.event == "ASSAULT" and not c.noun and no_harm(c.tok)):
        c.dropped = True
        return
    rejection(c)  # "reiterated its opposition to X", "countered that ...": REJECT
    if cut_off(c):  # "closed its border with Belarus": SANCTION (severance)
        return
    tok = c.tok
    lemma = tok.lemma_.lower()
    site = c.site or tok
    if c.event == "COERCE" and c.noun and site.head.lemma_.lower() in SIMULATE:
        c.event, c.mode = "MOBILIZE", "weapons"  # "drills simulating a blockade"
        return
    if c.event == "RETREAT" and lemma in TRUCES and c.noun:
        gov = site.head
        if gov.lemma_.lower() in DECLARE and site.dep_ in ("dobj", "nsubjpass"):
            c.event, c.mode = "CONCEDE", None  # "announced a ceasefire"
        return
    if c.event == "REQUEST" and not c.noun and lemma in ORDER_VERBS:
        ordered = [k for k in tok.children if k.dep_ == "dobj"]
        leave = any(k.dep_ == "xcomp" and k.lemma_.lower() in DEPART for k in tok.children)
        if ordered and leave:
            envoys = ordered[0].lemma_.lower() in ENVOYS
            c.event, c.mode = ("SANCTION", "expel") if envoys else ("COERCE", "deport")
        return
    if leaving(c):  # "withdrew from the bloc", "walked out of the session"
        return
    allied(c)  # "formed an alliance"
    if c.event == "COERCE" and lemma == "impose" and not c.noun:
        objects = [k for k in tok.children if k.dep_ == "dobj"]
        if not objects and tok.dep_ in ("relcl", "acl"):
            objects = [tok.head]  # "the penalties Britain imposed", "tariffs imposed on X"
        if objects and not any(o.lemma_.lower() in COERCIONS for o in objects):
            c.event, c.mode = "SANCTION", None  # "imposed duties", "impose costs on"
        return
    if c.event == "COERCE" and c.mode == "restrict":
        if _words(site, 3) & TRADE_WORDS or _words(site.head, 1) & TRADE_WORDS:
            c.event, c.mode = "SANCTION", "discontinue"  # "export restrictions"
        return
    if c.event == "PROTEST" and c.noun and lemma == "protest" and lodged(site):
        c.event, c.mode = "ACCUSE", "disapprove"  # "lodged a strong protest with Moscow"
        return
    if c.event == "PROTEST" and not c.noun and lemma == "demonstrate":
        if any(k.dep_ in SHOWN for k in tok.children):
            c.dropped = True  # "the results demonstrate a clear trend": showing
        return
    if c.event == "ASSAULT" and not c.noun and lemma in ENCIRCLE:
        objects = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in BUILDINGS for o in objects):
            c.event, c.mode = "COERCE", None  # "surrounded his home"
            return
    if c.event == "ASSAULT":
        sentence = {t.lemma_.lower() for t in tok.sent}
        if sentence & DRILL_WORDS and not c.negated:
            c.event, c.mode = "MOBILIZE", "weapons"  # "fired rockets during drills"
        return
    if c.event == "COERCE" and not c.noun and lemma == "overrun":
        c.event, c.mode = "ASSAULT", None  # "overran an army base": taken by force
        return
    if c.event in ("COERCE", "ASSAULT") and lemma in ("seize", "take", "gain", "wrest"):
        held = [
            o
            for k in tok.children
            if k.dep_ == "dobj" and k.lemma_.lower() == "control"
            for p in k.children
            if p.lower_ == "of"
            for o in p.children
        ]
        if held:
            place = any(
                o.ent_type_ in PLACES
                or o.lemma_.lower() in PLACE_NOUNS
                or (o.pos_ == "PROPN" and o.ent_type_ not in NOT_PLACES)
                for o in held
            )  # "seized control of El Fasher", a town the tagger takes for a body
            c.event, c.mode = ("ASSAULT", None) if place else ("COERCE", "seize")
        return
    if c.event == "REJECT" and not c.noun and lemma in CONDEMN_VERBS:
        done = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        if any(k.lemma_.lower() in FORCE_ACTS for k in done):
            c.event, c.mode = "ACCUSE", None  # "rejected the cowardly attack": condemned it
        return
    if c.event == "ACCUSE" and not c.noun and lemma == "charge":
        # "charged and hurt the protesters": the object they share hangs on the second verb
        verbs = [tok, *(k for k in tok.children if k.dep_ == "conj")]
        objects = [k for v in verbs for k in v.children if k.dep_ == "dobj"]
        legal = any(k.dep_ == "prep" and k.lower_ in LEGAL_PREPS for k in tok.children)
        if not legal and any(o.lemma_.lower() in CROWDS for o in objects):
            c.event, c.mode = "ASSAULT", "crowd-control"  # "police charged the protesters"
        return
    if c.event == "ACCUSE" and not c.noun and lemma != "accuse":
        answered = [k for k in tok.children if k.dep_ == "dobj"] + [
            o
            for p in tok.children
            if p.dep_ in ("prep", "prt") and p.lower_ in ANSWERED_AT
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(o.lemma_.lower() in ACCUSATIONS for o in answered):
            c.event, c.mode = "REJECT", None  # "hit back at the accusations"
            return
    if c.event == "ACCUSE" and not c.noun and lemma in LOOK_VERBS:
        if not any(r.country or r.actor_id for r in c.recipients):
            c.dropped = True  # "inspected the damage": no one investigated
        return
    if c.event == "CONSULT" and not c.noun and lemma in TRAVEL_VERBS:
        if c.recipients and not any(r.country or r.actor_id for r in c.recipients):
            c.dropped = True  # "travelled to the province": a place, no one met
        return
    if c.event in ("AID", "CONSULT", "COOPERATE") and not c.noun and lemma in DISPATCH:
        objects = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
        preps = {k.lower_ for k in tok.children if k.dep_ in ("prep", "dative")}
        armed = any(o.lemma_.lower() in FORCE_WORDS for o in objects)
        if armed and preps & TOWARDS and "to" not in preps:
            c.event, c.mode = "MOBILIZE", "troops"  # "sent 70 jets towards the island"
        elif armed and _to_area(tok):
            c.event, c.mode = "MOBILIZE", "troops"  # "troops were dispatched to the region"


def _to_area(tok: Token) -> bool:
    """ "to the region", "to the border": sent to an area, no party (an aid mission is sent
    to a country or a people)."""
    return any(
        o.lemma_.lower() in PLACE_NOUNS
        for k in tok.children
        if k.dep_ == "prep" and k.lower_ == "to"
        for o in k.children
        if o.dep_ == "pobj"
    )


def no_tie_grown(c: Candidate) -> bool:
    """ "deepening the crisis": an intensifier coded COOPERATE without a tie grown."""
    if c.event != "COOPERATE" or c.noun or c.specific or c.tok.lemma_.lower() not in INTENSIFY:
        return False
    grown = [k for k in c.tok.children if k.dep_ in ("dobj", "nsubjpass")]
    if c.tok.dep_ in ("amod", "acl") or (c.tok.tag_ == "VBG" and not grown):
        grown = [c.tok.head]  # "the escalating turmoil", "ties deepening"
    return not any(g.lemma_.lower() in TIES for g in grown)


def state_raised(c: Candidate) -> bool:
    """ "intensified tensions", "heightened fears of war": a state grown, no act."""
    if c.noun or c.tok.lemma_.lower() not in RAISE_VERBS:
        return False
    grown = [k for k in c.tok.children if k.dep_ in ("dobj", "nsubjpass")]
    if not grown:
        grown = [k for k in c.tok.children if k.dep_ == "nsubj"]  # "tensions escalated"
    return bool(grown) and all(g.lemma_.lower() in STATES for g in grown)


def sent_away(tok: Token) -> bool:
    """ "told two diplomats to leave the country": a state telling or asking another's
    envoys to leave expels them, whatever the verb of saying (SANCTION, expel)."""
    if tok.lemma_.lower() not in TELL_VERBS:
        return False
    sent = [k for k in tok.children if k.dep_ == "dobj" and k.lemma_.lower() in ENVOYS]
    return bool(sent) and any(
        k.dep_ == "xcomp" and k.lemma_.lower() in DEPART for k in tok.children
    )


def own_forces_ordered(c: Candidate) -> bool:
    """ "ordered the army to help the police": a party's command to its own forces."""
    if c.event != "REQUEST" or c.noun or c.tok.lemma_.lower() not in ORDER_VERBS:
        return False
    ordered = [k for k in c.tok.children if k.dep_ == "dobj"]
    if not ordered or ordered[0].lemma_.lower() not in OWN_FORCES:
        return False
    own = {a.country for a in c.actors if a.country}
    return all(r.country is None or r.country in own for r in c.recipients) and not any(
        k.dep_ == "poss" for k in ordered[0].children
    )


def named(c: Candidate) -> bool:
    """ "calling them cowardly attacks", "described the raids as an invasion": an event
    noun that names what another did, the naming's label, not an event of its own."""
    if not c.noun:
        return False
    site = c.site or c.tok
    head = site.head
    if site.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
        if head.dep_ == "dobj":
            head = head.head  # "described [the decision as an attack]", as the parser has it
    elif site.dep_ not in ("oprd", "attr"):
        return False
    what = any(k.lower_ == "what" for k in head.children)  # "launched what it called strikes"
    return head.lemma_.lower() in NAMING and not what


def charge_held(c: Candidate) -> bool:
    """ "took charge of the island", "the minister in charge of defence": control."""
    if not c.noun or c.tok.lemma_.lower() != "charge":
        return False
    head = c.tok.head
    return (c.tok.dep_ == "dobj" and head.lemma_.lower() in ("take", "put", "assume")) or (
        c.tok.dep_ == "pobj" and head.lower_ == "in"
    )


def published(c: Candidate) -> bool:
    """ "results released by the tribunal", "released a video": publishing, no freeing."""
    if c.event != "RETREAT" or c.noun or c.tok.lemma_.lower() != "release":
        return False
    freed = [k for k in c.tok.children if k.dep_ in ("dobj", "nsubjpass")]
    if not freed and c.tok.dep_ in ("acl", "relcl", "amod"):
        freed = [c.tok.head]  # "the figures released on Monday"
    return bool(freed) and all(f.lemma_.lower() in PUBLISHED for f in freed)


def handed_over(c: Candidate) -> None:
    """ "surrendered the former president to the ICC": COOPERATE (legal), see above."""
    if c.event != "RETREAT" or c.noun or c.tok.lemma_.lower() != "surrender":
        return
    given = [k for k in c.tok.children if k.dep_ == "dobj"]
    to = any(k.dep_ in ("prep", "dative") and k.lower_ == "to" for k in c.tok.children)
    if to and any(o.ent_type_ == "PERSON" or o.lemma_.lower() in HANDED for o in given):
        c.event, c.mode = "COOPERATE", None


def ease(cands: list[Candidate]) -> None:
    """ "Lifted the sanctions", "tariffs will be lowered": the easing is the event
    (CONCEDE); the measure eased is no event of its own."""
    verbs = {c.tok.i: c for c in cands if not c.noun}
    for c in cands:
        if not c.noun or c.event not in MEASURES or c.dropped:
            continue
        site = c.site or c.tok
        gov = site.head
        if site.dep_ not in ("dobj", "nsubjpass") or gov.lemma_.lower() not in EASE:
            continue
        verb = verbs.get(gov.i)
        if verb is None:
            c.event, c.mode = "CONCEDE", None
            continue
        verb.event, verb.mode = "CONCEDE", None
        verb.recipients = verb.recipients or c.recipients
        c.dropped = True
