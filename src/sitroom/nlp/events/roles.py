"""Actors and recipients of event candidates, and crowds that protest.

:class:`RoleAssigner` reads an event's arguments off the parse (:mod:`sitroom.nlp.
event_syntax`) and turns them into coded actor references (:mod:`sitroom.nlp.
event_actors`): subjects or passive agents act; objects, "with/to/against" phrases, the
recipient of what is threatened or refused ("threatened to cut electricity to X"), the
subject of what is demanded ("demanded that X ...") receive. Crowds ("thousands of
workers") are remembered so the event's place can code them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Token

from sitroom.article import ActorRef
from sitroom.nlp.events import targets
from sitroom.nlp.events.actors import ActorFinder, Indexed, conjuncts
from sitroom.nlp.events.binding import condition_subjects, said_subjects
from sitroom.nlp.events.labels import label_objects
from sitroom.nlp.events.nouns import noun_arguments
from sitroom.nlp.events.occasions import RECIPROCAL, adjective_named, occasion, sides_on_verb
from sitroom.nlp.events.outcomes import harm_object
from sitroom.nlp.events.parties import (
    asked_of,
    each_other,
    mutual,
    mutual_partners,
    shared_doers,
    sides_before,
    swap_noun,
)
from sitroom.nlp.events.phrases import leading_party
from sitroom.nlp.events.plover import Code, Lexicon
from sitroom.nlp.events.syntax import (
    between_below,
    passive_subject,
    phrase_text,
    prep_objects,
    subjects_of,
    verb_arguments,
)
from sitroom.nlp.events.targets import act_doer, object_agents

# People who protest whatever they do: their attacks are riots, their blockades protests.
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "marcher", "mob", "striker", "picketer"}
)

CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REF"})
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY"})
WALKOUT_WORDS = frozenset(
    {"hunger", "general", "labor", "labour", "nationwide", "national", "wildcat", "worker"}
    | {"teacher", "union", "day", "hour", "indefinite", "token", "rail", "transport"}
)
ARMED_WORDS = frozenset(
    {"air", "missile", "drone", "military", "retaliatory", "precision", "rocket", "artillery"}
    | {"naval", "aerial", "preemptive", "pre-emptive", "preliminary", "deadly", "lethal"}
)
# Verbs that call or hold a walk-out, and words of labour disputes in its sentence.
LABOUR_HEADS = frozenset({"call", "stage", "hold", "end", "join", "announce", "suspend"})
LABOUR_WORDS = frozenset(
    {"union", "wage", "pay", "salary", "worker", "employee", "striker", "picket", "walkout"}
    | {"pension", "staff", "teacher", "doctor", "nurse", "docker", "miner", "labour", "labor"}
)

CROWD_EVENTS = {
    "strike": "strike",
    "block": "obstruct",
    "blockade": "obstruct",
    "protest": "demo",
    "march": "demo",
    "shun": "strike",
    "boycott": "boycott",
    "occupy": "obstruct",
    "stop": "obstruct",
    "disrupt": "obstruct",
}


MEETINGS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SENT_VERBS = frozenset({"send", "dispatch", "deploy", "station", "redeploy", "mobilize"})
FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "unit", "battalion", "brigade", "army", "marine", "police"}
    | {"policeman", "officer", "personnel", "warship", "jet", "reinforcement", "paratrooper"}
)
# Military exercises: with a partner a joint exercise (COOPERATE), alone a show of force.
EXERCISES = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
MILITARY_WORDS = frozenset(
    {"military", "naval", "navy", "army", "troop", "warship", "fighter", "live-fire", "missile"}
    | {"air", "force", "soldier", "drill", "war", "combat", "amphibious", "artillery"}
)
JOINT_WORDS = frozenset({"joint", "combined", "multinational", "bilateral", "trilateral"})

# Verbal events whose recipient may be the subject of what is said ("demands that X ...").
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "THREATEN", "CONCEDE"})
# Verbs that set off another's act ("set off attacks by X", "provoked X's strikes"): the
# act is the doer's, aimed at whoever set it off.
CAUSE_VERBS = frozenset({"set", "trigger", "spark", "provoke", "prompt", "draw", "invite"})
# "despite a rejection by X", "over X's objections": X's answer to the clause's subject.
DESPITE = frozenset({"despite", "notwithstanding", "over"})


@dataclass(slots=True)
class Candidate:
    tok: Token
    code: Code
    specific: bool
    noun: bool
    event: str = ""
    mode: str | None = None
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    level: int = 0
    negated: bool = False
    hypothetical: bool = False
    dropped: bool = False
    crowd: str | None = None  # "Hundreds of people": coded by where they are
    victims: str | None = None  # "killed 23 people": the people of the place
    site: Token | None = None  # where a noun's arguments hang ("mediation mission")
    future: bool = False  # announced, not yet done: its date lies ahead
    demand_only: bool = False  # a necessity verb ("needs to"): an event only as a demand
    quote_start: int | None = None  # told in a quote that began in an earlier sentence
    about: str | None = None  # the type of the act an accusation or refusal is about
    asked: bool = False  # the act asked of someone ("asked X to free"): the request is the event
    topic: bool = False  # an act named as another event's topic, or told before (topics.py)
    partners: list[ActorRef] = field(default_factory=list)  # "met Y": Y acts too (parties.py)
    each_other: bool = False  # "each side ... the other side", one side named: see discourse

    def __post_init__(self) -> None:
        self.event = self.code.event
        self.mode = self.code.mode


class RoleAssigner:
    def __init__(self, lexicon: Lexicon, finder: ActorFinder) -> None:
        self.lexicon = lexicon
        self.finder = finder

    def assign(self, c: Candidate, index: Indexed, events: Collection[int]) -> None:
        """Actors and recipients of a candidate, from its syntax."""
        tok = c.tok
        finder = self.finder
        if c.noun:
            actor_heads, recipient_heads = noun_arguments(c.site or tok, self.lexicon, events)
            actor_heads = [h for h in actor_heads if not adjective_named(h)]  # "Fierce clashes"
            if actor_heads and self.crowd_noun(actor_heads[0]):
                c.crowd = phrase_text(actor_heads[0])
            between = [h for h in recipient_heads if h.head.lower_ == "between"]
            if not between:  # "the meeting at the Kremlin between X and Y"
                between = between_below(c.site or tok) or sides_on_verb(c.site or tok)
                if between:
                    recipient_heads = between
            if not actor_heads:  # "the destruction and killing carried out by X"
                shared, victims = shared_doers(c.site or tok)
                actor_heads, recipient_heads = shared, recipient_heads or victims
            leader = leading_party(c.site or tok)
            if leader is not None and not actor_heads:  # "the Hamas-led attack": Hamas's
                actor_heads = [leader]
            if c.event == "REQUEST":
                recipient_heads = asked_of(recipient_heads, self.lexicon)
            if between:
                parties = [p for h in between for p in conjuncts(h)]
                first = len(parties) if mutual(tok, c.event) else 1  # talks: both act
                c.actors = finder.refs(parties[:first], index, conj=False)
                c.recipients = finder.refs(parties[1:], index, conj=False)
                others = [h for h in recipient_heads if h not in between]
                c.recipients += finder.refs(others, index)
                if not c.actors:
                    c.actors = finder.refs(actor_heads, index)
                self.reciprocal(c, index)
                return
            if c.site is not None and c.site.i != tok.i:
                # "a series of Chilean strikes": the strikes' own owner, never themselves
                own, _ = noun_arguments(tok, self.lexicon, events)
                actor_heads = actor_heads or [h for h in own if h.head.i == tok.i]
                recipient_heads = [h for h in recipient_heads if h.i != tok.i]
            c.actors = finder.refs(actor_heads, index)
            nation = finder.word_country(leader) if leader is not None and not c.actors else None
            if nation:  # "the Saudi-led strikes": a state's word no mention codes
                c.actors = [ActorRef(leader.text, None, None, nation, None)]  # type: ignore[union-attr]
            c.recipients = finder.refs([self.owner(h) for h in recipient_heads], index)
            if not c.recipients and c.event == "PROTEST" and against_rulers(c.site or tok):
                # "anti-government protests": aimed at the home country's government
                home = finder.home(tok, index)
                c.recipients = [ActorRef("government", None, None, home, "GOV")] if home else []
            site = c.site or tok
            prep = site.head
            if (
                not c.recipients
                and c.event in VERBAL
                and site.dep_ == "pobj"
                and prep.lower_ in DESPITE
                and prep.head.pos_ in ("VERB", "AUX")
            ):
                c.recipients = finder.refs(subjects_of(prep.head), index)
        else:
            subjects, agents, objects = verb_arguments(tok, self.lexicon)
            act = subjects[0] if len(subjects) == 1 and not agents else None
            if act is not None and self.lexicon.noun(act) is not None:
                # "Israel's strikes on Lebanon killed 12": the strikes' own parties, never
                # a place inside the subject ("strikes on Gaza" are not Gaza's)
                subjects, own = noun_arguments(act, self.lexicon, events)
                objects = own + [o for o in objects if o not in own]
            if object_agents(tok, subjects, agents):
                # "X condemned the act by Y": Y's act is what X's event is aimed at
                c.actors = finder.refs(subjects, index)
                c.recipients = finder.refs(agents, index) or finder.refs(objects, index)
            elif agents:
                c.actors = finder.refs(agents, index)
                c.recipients = finder.refs(subjects + objects, index)
            elif passive_subject(tok) and tok.lemma_.lower() in self.lexicon.stative_passives:
                # "Israel is opposed to ...": the subject holds the attitude
                c.actors = finder.refs(passive_subject(tok), index)
                c.recipients = finder.refs(objects[len(passive_subject(tok)) :], index)
            else:
                if c.event in MEETINGS:
                    # "met Lula at the Kremlin": where they met, not whom
                    objects = [o for o in objects if o.head.lower_ != "at"]
                # "at a cabinet meeting, ministers withdrew": the occasion, no party;
                # "inflicted heavy losses on X": the harm, no party
                objects = [o for o in objects if not (occasion(o, self.lexicon) or harm_object(o))]
                if c.event == "ACCUSE":
                    # "complained to the UN over Israeli raids": the accused, not the addressee
                    accused = [o for o in objects if o.head.lower_ != "to"]
                    objects = label_objects(tok, accused or objects)  # "termed it X by Y"
                if c.event == "REQUEST":
                    objects = asked_of(objects, self.lexicon)
                c.actors = finder.refs(subjects, index)
                c.recipients = self.aimed(objects, index)
            if not c.recipients:
                # "donated and delivered goods to X": coordinated verbs share the recipient
                partners = [k for k in tok.children if k.dep_ == "conj" and k.pos_ == "VERB"]
                if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                    partners.append(tok.head)
                direct = not any(k.dep_ == "dobj" for k in tok.children)
                for partner in partners:
                    heads = prep_objects(partner, {"to", "with", "against"})
                    if direct and partner.i > tok.i:
                        # "attacked and sank a Greek ship": the object both verbs share
                        heads += [k for k in partner.children if k.dep_ == "dobj"]
                    c.recipients = finder.refs(heads, index)
                    if c.recipients:
                        break
            if not c.actors and subjects and self.crowd_noun(subjects[0]):
                c.crowd = phrase_text(subjects[0])
            if not c.actors and not agents and passive_subject(tok) and c.mode == "arrest":
                # "141 people were arrested": arrests are the police's, of the home country
                home = finder.home(tok, index)
                c.actors = [ActorRef("police", None, None, home, "COP")] if home else []
            if not c.actors and not agents and sent_off(tok):
                # "government troops were dispatched to X": forces sent are their state's
                # own deployment, never its target
                sent = [s for s in passive_subject(tok) if armed_noun(s)]
                c.actors = [r for r in finder.refs(sent, index) if r.country or r.actor_id]
                keys = {(a.country, a.text) for a in c.actors}
                c.recipients = [r for r in c.recipients if (r.country, r.text) not in keys]
            if not c.recipients:
                victims = [o for o in objects if self.crowd_noun(o) and o.dep_ == "dobj"]
                if victims:
                    c.victims = phrase_text(victims[0])
            complement = tok
            for _ in range(2):
                # "threatened to cut off electricity to Nakhichevan": the recipient of
                # what is threatened, refused or demanded
                if c.recipients:
                    break
                xcomps = [k for k in complement.children if k.dep_ == "xcomp"]
                if not xcomps:
                    break
                complement = xcomps[0]
                _, _, inner = verb_arguments(complement)
                c.recipients = finder.refs(inner, index)
        if not c.recipients and c.event == "REQUEST" and not c.noun:
            # "called for the president's resignation": who is asked to go
            c.recipients = finder.refs(demanded_doers(tok, self.lexicon), index)
        if not c.noun and tok.lemma_.lower() in CAUSE_VERBS:
            self.caused(c, index)
        if not c.recipients and c.event in VERBAL:
            c.recipients = finder.refs(said_subjects(c.site or tok), index)
        if not c.recipients and c.event == "THREATEN":
            # "threatened to strike unless Israel rescinded ...": who must comply
            c.recipients = finder.refs(condition_subjects(tok), index)
        if c.code.swap:
            c.actors, c.recipients = c.recipients, c.actors
        if self.reciprocal(c, index):
            return
        actor_keys = {(a.country, a.text) for a in c.actors}
        c.recipients = [r for r in c.recipients if (r.country, r.text) not in actor_keys]
        self.struck_land(c, index)
        if c.actors and mutual(tok, c.event):
            # "X met Y", "X held talks with Y": Y acts too (and stays the counterpart)
            both = finder.refs(mutual_partners(c.site or tok), index, conj=False)
            c.partners = [p for p in both if (p.country, p.text) not in actor_keys]

    def owner(self, obj: Token) -> Token:
        """The owner of a thing aimed at ("protested the court's decision", "condemned the
        government's stance"): the party it is aimed at; an agent noun stays itself."""
        if obj.pos_ != "NOUN" or self.lexicon.sector([obj.lower_]) is not None:
            return obj
        owners = [k for k in obj.children if k.dep_ == "poss" and k.pos_ != "PRON"]
        return owners[0] if owners else obj

    def aimed(self, objects: list[Token], index: Indexed) -> list[ActorRef]:
        """The parties objects aim at: their owners, or the coded doer of an act named as
        one ("condemned the act by the Algerian regime": the regime)."""
        out: list[ActorRef] = []
        for obj in objects:
            doer = act_doer(obj)
            refs = self.finder.refs([doer], index) if doer is not None else []
            if not any(r.country or r.sector in ("IGO", "NGO") for r in refs):
                refs = self.finder.refs([self.owner(obj)], index)
            out += [r for r in refs if r not in out]
        return out

    def reciprocal(self, c: Candidate, index: Indexed) -> bool:
        """ "Clashes between X and Y", "X and Y clashed", "X clashed with Y": each side
        fights the other, so every party is both a source and a target."""
        fighting = c.event == "ASSAULT" and c.tok.lemma_.lower() in RECIPROCAL
        swap = swap_noun(c.tok)  # "X and Y completed a prisoner swap", "exchanged prisoners"
        if not (fighting or swap or (not c.noun and each_other(c.tok))):
            return False
        kept = c.recipients if c.noun or not swap else [r for r in c.recipients if r.country]
        parties = c.actors + [r for r in kept if r not in c.actors]
        if swap:  # "a prisoner swap with Y"
            partners = self.finder.refs(mutual_partners(c.tok), index)
            parties += [p for p in partners if p not in parties]
        if not fighting and len(parties) < 2:  # "each side ... the other side"
            sides = self.finder.refs(sides_before(c.tok), index, conj=False)
            parties += [p for p in sides if p not in parties]
            c.each_other = len(parties) < 2  # the other side: the counterpart (discourse)
        if len(parties) < 2:
            return False
        c.actors, c.recipients = parties, list(parties)
        return True

    def caused(self, c: Candidate, index: Indexed) -> None:
        """ "X's strikes set off retaliatory attacks by Y": Y's act against X."""
        for obj in (k for k in c.tok.children if k.dep_ == "dobj"):
            code = self.lexicon.noun(obj)
            if code is None or code.event != c.event:
                continue
            doers = [g for p in obj.children if p.lower_ == "by" for g in p.children]
            doers = doers or [k for k in obj.children if k.dep_ == "poss" and k.pos_ != "PRON"]
            actors = self.finder.refs(doers, index)
            if actors:
                c.recipients = [r for r in c.actors if r not in actors]
                c.actors = actors
                return

    def crowd(self, c: Candidate) -> None:
        """ "Workers strike", "demonstrators blocked roads": a protest, not a measure."""
        lemma = c.tok.lemma_.lower()
        if c.noun:
            return
        subjects, _, _ = verb_arguments(c.tok)
        if c.event in ("ASSAULT", "COERCE", "SANCTION") and any(
            s.lemma_.lower() in PROTESTERS for s in subjects
        ):
            # "demonstrators stormed the parliament", "protesters stopped traffic"
            obstruct = c.event != "ASSAULT" or lemma in CROWD_EVENTS
            c.event, c.mode = "PROTEST", CROWD_EVENTS.get(lemma, "obstruct" if obstruct else "riot")
            return
        if lemma not in CROWD_EVENTS or c.event == "REJECT":
            return  # "voters struck down the proposals": rejected them
        crowd = any(self.crowd_noun(s) for s in subjects) or any(
            a.sector in CROWD_SECTORS for a in c.actors
        )
        if crowd:
            c.event, c.mode = "PROTEST", CROWD_EVENTS[lemma]
        elif lemma == "protest":
            c.event, c.mode = "ACCUSE", "disapprove"

    def armed_strike(self, c: Candidate, index: Indexed) -> None:
        """A "strike" is a walk-out only when the sentence says so: a crowd or a union
        strikes ("teachers on strike", "workers went on strike"), a kind of walk-out ("a
        hunger strike", "a general strike"), or the words of labour around it (wages,
        unions, "called/staged a strike"). Otherwise, in news of states and armed groups,
        it is an attack ("missile strikes", "strikes on the city", "further strikes")."""
        if c.event != "PROTEST" or c.tok.lemma_.lower() not in ("strike", "airstrike"):
            return
        if self.walkout(c):
            return
        c.event, c.mode = "ASSAULT", None
        self.struck_land(c, index)

    def struck_land(self, c: Candidate, index: Indexed) -> None:
        """ "strikes across several areas of Pakistan": an attack that names no target but
        the land it hit is aimed at the state whose land that is (also for a "strike" only
        read as an attack once its walk-out sense is ruled out)."""
        if c.event == "ASSAULT":  # "attacked the city": its state (targets.py)
            c.recipients = targets.land_struck(c, self.finder, index, self.lexicon)

    def walkout(self, c: Candidate) -> bool:
        tok = c.tok
        subjects, _, _ = verb_arguments(tok if not c.noun else (c.site or tok).head)
        if any(self.crowd_noun(s) for s in subjects) or any(
            a.sector in CROWD_SECTORS for a in c.actors
        ):
            return True
        if any(a.sector in ARMED_SECTORS for a in c.actors):
            return False
        mods = {k.lemma_.lower() for k in tok.children if k.dep_ in ("amod", "compound")}
        if mods & WALKOUT_WORDS:
            return True  # "a hunger strike", "a general strike"
        if mods & ARMED_WORDS:
            return False
        site = c.site or tok
        if c.noun and site.head.lemma_.lower() in LABOUR_HEADS and site.dep_ == "dobj":
            return True  # "called a strike", "staged a two-day strike"
        if (
            c.noun
            and site.dep_ == "pobj"
            and site.head.lower_ == "on"
            and not any(k.dep_ == "det" for k in site.children)
        ):
            return True  # "on strike"
        words = {t.lemma_.lower() for t in tok.sent}
        return bool(words & LABOUR_WORDS)

    def exercise(self, c: Candidate) -> None:
        """Military drills are MOBILIZE (a show of force, PLOVER's "increase readiness")
        unless held jointly with a partner: "joint naval exercises", "drills with X"."""
        if c.tok.lemma_.lower() not in EXERCISES or c.event not in ("COOPERATE", "MOBILIZE"):
            return
        words = {k.lemma_.lower() for k in c.tok.children}
        holders = [c.tok, c.tok.head] if c.tok.dep_ == "dobj" else [c.tok]
        partner = any(
            k.dep_ == "prep" and k.lower_ in ("with", "between")
            for h in holders
            for k in h.children
        )
        if words & JOINT_WORDS or partner or len(c.actors) > 1:
            c.event = "COOPERATE"
            return
        sentence = {t.lemma_.lower() for t in c.tok.sent}
        if sentence & MILITARY_WORDS or any(a.sector in ARMED_SECTORS for a in c.actors):
            c.event, c.mode = "MOBILIZE", "troops"

    def crowd_noun(self, tok: Token) -> bool:
        """ "Workers", "thousands", "Palestinians" (a people, plural): a crowd."""
        if tok.lemma_.lower() in self.lexicon.crowd_nouns or tok.like_num:
            return True
        return tok.tag_ in ("NNPS", "NNS") and tok.ent_type_ == "NORP"


RULERS = frozenset({"government", "regime", "junta", "establishment"})


def sent_off(verb: Token) -> bool:
    """ "troops were sent", "have been deployed": forces sent off, an act; "are deployed
    in X" (present) tells where they are, a state."""
    if verb.lemma_.lower() not in SENT_VERBS:
        return False
    return not any(k.dep_ == "auxpass" and k.tag_ in ("VBP", "VBZ") for k in verb.children)


def armed_noun(tok: Token) -> bool:
    """ "troops", "thousands of soldiers", "police units": a body of forces."""
    counted = [o for p in tok.children if p.lower_ == "of" for o in p.children]
    return any(t.lemma_.lower() in FORCE_NOUNS for t in [tok, *counted])


def against_rulers(noun: Token) -> bool:
    """ "anti-government protests", "anti-junta rallies": "anti-" and the rulers before it."""
    words = [t.lower_ for t in noun.doc[max(0, noun.i - 3) : noun.i]]
    return any(w in RULERS for w in words) and any(w in ("anti", "anti-") for w in words)


# Acts only their doer can do: "the resignation of the president" is his own.
OWN_ACTS = frozenset({"resignation", "departure", "exit", "withdrawal", "retreat", "apology"})


def demanded_doers(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who must do the act a request demands: the owner of the act named as its object
    ("demanded Israel's withdrawal", "called for the resignation of the president")."""
    acts = [k for k in verb.children if k.dep_ == "dobj"]
    acts += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    out: list[Token] = []
    for act in acts:
        if lexicon.noun(act) is None:
            continue
        out += [k for k in act.children if k.dep_ == "poss"]
        if act.lemma_.lower() in OWN_ACTS:
            of = [p for p in act.children if p.lower_ == "of"]
            out += [o for p in of for o in p.children if o.dep_ == "pobj"]
    return out
