"""The contrast lexicon: which statements say "otherwise" of each other.

Data, not code: each entry is a small set of words in plain English; they are stemmed
with the same function as the text when the module loads. Two kinds:

* object contrasts: one predicate, opposite objects ("send troops" vs "send arms");
* predicate contrasts: opposite predicates about the same thing ("agreed" vs
  "refused", "increase" vs "cut"); a negation flips a predicate to the other side.

Entries are general news vocabulary; nothing here names a particular story.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.util.text import stem


@dataclass(frozen=True, slots=True)
class ObjectContrast:
    name: str
    predicates: frozenset[str]
    sides: tuple[frozenset[str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class PredicateContrast:
    name: str
    sides: tuple[frozenset[str], frozenset[str]]


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_OBJECT_CONTRASTS: list[tuple[str, str, str, str]] = [
    # name, predicates, one side, the other side
    (
        "military contribution",
        "send deploy dispatch provide supply deliver ship give offer commit pledge station"
        " transfer contribute",
        "troops soldiers forces personnel boots peacekeepers servicemen brigade brigades"
        " battalion battalions units",
        "arms weapons equipment ammunition munitions money aid funds funding missiles tanks"
        " jets loans cash assistance supplies materiel",
    ),
    ("vote", "vote voted", "favour favor for", "against"),
]

_PREDICATE_CONTRASTS: list[tuple[str, str, str]] = [
    (
        "assent",
        "agree agreed accept accepted approve approved support supported"
        " endorse endorsed welcome welcomed sign signed ratify ratified embrace embraced"
        " approval ratification endorsement acceptance adopt adopted adoption",
        "reject rejected refuse refused oppose opposed dismiss dismissed veto vetoed"
        " rebuff rebuffed spurn spurned rejection refusal",
    ),
    (
        "acknowledgement",
        "confirm confirmed admit admitted acknowledge acknowledged",
        "deny denied refute refuted dispute disputed",
    ),
    (
        "change",
        "increase increased raise raised boost boosted expand expanded ramp grow grew rise"
        " rose double doubled triple tripled",
        "cut reduce reduced decrease decreased lower lowered shrink shrank slash slashed"
        " fall fell drop dropped decline declined halve halved",
    ),
    (
        "presence",
        "deploy deployed send sent station stationed dispatch dispatched",
        "withdraw withdrew remove removed pull pulled evacuate evacuated",
    ),
    (
        "restriction",
        "impose imposed introduce introduced tighten tightened extend extended",
        "lift lifted ease eased scrap scrapped",
    ),
    (
        "process",
        "open opened start started begin began launch launched resume resumed",
        "close closed end ended halt halted stop stopped suspend suspended freeze froze"
        " pause paused",
    ),
    ("outcome", "win won", "lose lost"),
    # the direction of a verdict: "convicted" / "acquitted", "found guilty" / "not guilty"
    ("verdict", "convict convicted guilty", "acquit acquitted exonerate exonerated"),
    # the outcome of a vote on a text: "the bill passed" / "the bill was defeated"
    ("passage", "pass passed", "defeat defeated"),
    (
        "permission",
        "allow allowed permit permitted authorize authorized",
        "ban banned prohibit prohibited forbid forbade block blocked",
    ),
    (
        "participation",
        "include included invite invited attend attended join joined",
        "exclude excluded bar barred boycott boycotted skip skipped",
    ),
]

OBJECT_CONTRASTS: tuple[ObjectContrast, ...] = tuple(
    ObjectContrast(name, _stems(preds), (_stems(a), _stems(b)))
    for name, preds, a, b in _OBJECT_CONTRASTS
)
PREDICATE_CONTRASTS: tuple[PredicateContrast, ...] = tuple(
    PredicateContrast(name, (_stems(a), _stems(b))) for name, a, b in _PREDICATE_CONTRASTS
)
#: Every predicate stem the contrast checks look at.
PREDICATES: frozenset[str] = frozenset().union(
    *(c.predicates for c in OBJECT_CONTRASTS),
    *(side for c in PREDICATE_CONTRASTS for side in c.sides),
)

#: Words that negate what follows them.
NEGATIONS: frozenset[str] = frozenset(
    {"not", "never", "no", "neither", "nor", "cannot", "without", "nobody", "none"}
)
#: Verbs of belief and expectation that pass their negation to their complement
#: ("does not believe he acted alone" = believes he did not act alone: neg-raising).
NEG_RAISING: frozenset[str] = frozenset(
    {"believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects",
     "expected", "suppose", "supposes", "seem", "seems", "seemed", "appear", "appears",
     "appeared"}
)  # fmt: skip
#: Words skipped between a negation and the word it negates ("not yet", "no longer").
NEGATION_SKIP: frozenset[str] = frozenset(
    {"be", "been", "being", "have", "has", "had", "yet", "longer", "even", "ever", "to",
     "do", "does", "did", "so", "really", "actually", "fully", "just", "the", "a", "an",
     "any", "more", "much"}
)  # fmt: skip
#: Verbs and auxiliaries that make a sentence a statement (besides -ed forms and the
#: contrast predicates).
VERB_CUES: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
     "can", "could", "should", "must", "may", "might", "does", "did", "do", "says",
     "said", "told", "warned", "argued", "stated", "announced", "reported", "claimed",
     "insisted", "added", "believes", "believe", "wants", "want", "plans", "seeks",
     "spent", "met", "left", "won", "lost", "struck", "hit", "fled", "came", "went", "sank",
     "led", "kept", "began", "saw", "got", "paid", "sold", "shot", "stood", "took", "gave",
     "sent", "held", "fought", "brought", "made", "remains", "remain", "spoke", "rose",
     "fell", "grew", "sought", "thought", "flew", "chose", "wrote", "drew", "threw", "built",
     "bought", "caught", "dealt", "meant", "felt", "heard", "laid", "set", "shut", "spread",
     "withdrew", "became", "froze", "stole", "died", "killed", "say"}
)  # fmt: skip

#: What a figure can be a count of, by name: "three crew members were killed" counts the
#: dead, whatever the noun. Plain words, stemmed when the module loads.
#: The conditions a count of people is given in ("15 in critical condition").
CONDITION_WORDS = ("critical", "serious", "grave", "stable")
OUTCOMES: dict[str, frozenset[str]] = {
    name: _stems(words)
    for name, words in {
        "dead": "killed killing kill dead died die death deaths fatalities martyred toll"
        " perished perish slain martyrdom martyrs",
        "injured": "injured injuring wounded wounding hurt injuries casualties",
        "missing": "missing unaccounted",
        "rescued": "rescued saved",
        "held": "kidnapped abducted detained captured arrested",
        "freed": "released releasing freed free",
        "displaced": "displaced displacing evacuated homeless fled fleeing",
        # counted by their condition only ("15 in critical condition", see ``spans``)
        **{f"{c} condition": "" for c in CONDITION_WORDS},
    }.items()
}
#: The stems of every outcome word.
OUTCOME_STEMS = frozenset(s for stems in OUTCOMES.values() for s in stems)
#: Verbs of telling: the weekday after them dates the telling, not the event.
SPEECH = frozenset(
    {"said", "says", "told", "stated", "announced", "reported", "confirmed", "added",
     "wrote", "posted", "tweeted", "announcing", "saying", "telling", "reporting"}
)  # fmt: skip
#: Verbs of a count's change ("the toll rose to 622 on Thursday"): the weekday after them
#: dates the count, not the event.
COUNT_CHANGES = frozenset(
    {"rose", "risen", "rises", "climbed", "climbs", "jumped", "surged", "soared", "mounted",
     "increased", "stood", "stands", "swelled"}
)  # fmt: skip
#: Groups of counted people that are never the same people ("soldiers" vs "civilians").
COUNT_NOUN_GROUPS: dict[str, frozenset[str]] = {
    name: _stems(words)
    for name, words in {
        "military": "soldiers soldier troops servicemen fighters militants personnel officers"
        " policemen",
        "civilian": "civilians civilian tourists residents children women men students"
        " worshippers villagers pilgrims",
        "crew": "crew sailors seamen seafarers mariners",
        "prisoner": "prisoners detainees inmates",
        "captive": "hostages hostage captives",
    }.items()
}
#: Words that report the same thing in other words, folded to one term for alignment
#: (the first word of each line names the group).
SYNONYMS: dict[str, str] = {
    stem(w): line.split()[0]
    for line in (
        "dead killed kill died death deaths fatalities martyred perished slain martyrdom deceased",
        "injured wounded hurt",
        "crew sailors seamen seafarers mariners",
        "troops soldiers servicemen",
        "ship vessel vessels ships boat",
        "aircraft jets warplanes",  # not "planes": its stem is "plan"
        "said stated told announced declared",
        "agreed accepted approved endorsed backed ratified ratification approval adopted",
        "rejected refused spurned dismissed",
        "attack assault strike strikes raid",
        "seized captured",
        "withdrawal retreat pullout",
        "meeting talks summit met meet meets",
        "ceasefire truce",
        "capital capitals",
        "release free freed released",
        "gunmen attackers assailants militants terrorists gunman attacker assailant"
        " perpetrator perpetrators",
        "hostages captives hostage captive",
        "prisoners detainees inmates prisoner detainee inmate",
        "resolution motion",
        "agreement deal accord pact",
        "tariffs duties levies tariff duty levy",
        "fled escaped flee escape",
        "thieves robbers burglars intruders thief robber burglar intruder",
        "barricade barricades blockade blockades roadblock roadblocks barrier barriers",
        "blackout blackouts outage outages",
        "explosion explosions blast blasts",
        "earthquake earthquakes quake quakes",
        "fire fires blaze blazes inferno infernos",
        "jewels jewel jewelry jewellery gems",
        "investigation investigations probe probes inquiry inquiries",
        "suspended halted",
        "north northern",
        "south southern",
        "east eastern",
        "west western",
    )
    for w in line.split()
}

#: Words of the information-retrieval stop list (see :mod:`sitroom.util.stop_words`) that
#: name a thing a news report states facts of: "the fire started in the basement", "the
#: bill passed". They are content terms of a statement.
STATED_NOUNS: frozenset[str] = frozenset({"fire", "bill"})

#: Counted nouns that count one thing, folded for figures only ("a 35-nation board" / "35
#: member states"; "a 45-point declaration" / "45 paragraphs"): "state" or "point" alone
#: mean other things in a sentence.
COUNTED: dict[str, str] = {
    stem(w): line.split()[0]
    for line in (
        "country countries nation nations state states member members",
        "point points paragraph paragraphs clause clauses",
        # a country's people among the victims: "five Portuguese nationals" / "citizens"
        "citizens citizen nationals",
        # who make up a crowd, and what names its size: "107,000 demonstrators", "107,000
        # people" and "attendance reached 107,000" count one crowd
        "people persons individuals protesters demonstrators participants marchers attendees",
        "people attendance turnout crowd crowds",
    )
    for w in line.split()
}

#: How an attack was carried out, by family: two reports that name only other families
#: ("gunmen killed 26" / "a car bomb killed nine") tell of two attacks. A drone and a
#: missile are one family (strikes from afar), as reports often call one strike either;
#: "bombing" (an air raid or a bomb attack) and "strike" (a "terror strike" too) are left
#: out.
ATTACK_MODES: dict[str, str] = {
    stem(w): line.split()[0]
    for line in (
        "firearms gunmen gunman gunfire shooting shootings shooter shooters gunshot rifles",
        "airstrikes airstrike air-strike air-strikes drone drones missile missiles rocket"
        " rockets shelling shells artillery bombardment warplanes",
        "explosives bomb bombs explosion explosions blast blasts ied suicide",
        "blades stabbing stabbings knife knives machete",
        "ramming rammed",
    )
    for w in line.split()
}

#: Two-word names of an attack mode ("air strikes").
ATTACK_MODE_PAIRS: dict[tuple[str, str], str] = {
    ("air", "strike"): "airstrikes", ("air", "strikes"): "airstrikes",
    ("air", "raid"): "airstrikes", ("air", "raids"): "airstrikes",
}  # fmt: skip

#: Words that make a figure a possibility, a threat or a proposal rather than a fact ("would
#: face tariffs of 100 per cent"): such a figure is not compared with a reported one.
HYPOTHETICAL: frozenset[str] = frozenset(
    {"would", "could", "might", "if", "unless", "threatened", "threatens", "threaten",
     "proposed", "proposes", "propose", "potential", "possible", "possibly", "planned",
     "plans", "expected", "hopes", "aims", "target", "targets"}
)  # fmt: skip

#: Numbers written as words, scales ("2 million", "5bn") and vague plurals ("dozens of",
#: "hundreds of", "tens of thousands of") as the ranges they stand for.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SUFFIX_SCALES = {"k": 1_000, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
VAGUE = {"dozens": (24.0, 99.0), "hundreds": (200.0, 999.0), "thousands": (2_000.0, 9_999.0),
         "millions": (2e6, 9.99e6), "tens": (20.0, 99.0)}  # fmt: skip
#: The scales a vague plural takes: "tens of thousands", "hundreds of millions".
OF_SCALES = {"thousands": 1_000.0, "millions": 1e6}
#: Irregular plurals a counted noun may be: "1.12 million people protested nationwide".
PLURALS = frozenset({"people", "men", "women", "children"})


@lru_cache(maxsize=1 << 16)
def opens_figure(low: str) -> bool:
    """Whether a figure can start at a word: a digit, a vague plural, "dozen", a number
    word or words joined by hyphens ("twenty-five"); ``figures`` reads no other."""
    if low[:1].isdigit() or low in VAGUE or low == "dozen":
        return True
    return all(p in NUMBER_WORDS for p in low.split("-")) or number_compound(low) is not None


#: Units of size a number word is glued to ("an eleven-story hotel", "a five-mile
#: convoy"); other compounds are names of a kind ("a two-state solution", "a three-way
#: race"). A span of time so told ("a nine-hour siege", "a two-day visit") is left to the
#: duration slot (:mod:`.slots`), which reads its hedge: as an exact figure it set one
#: report's "nine-hour assault" against another's hours.
_GLUED_UNITS = frozenset(
    {"story", "storey", "floor", "mile", "kilometre", "kilometer", "km", "metre", "meter",
     "foot", "feet"}
)  # fmt: skip


@lru_cache(maxsize=1 << 12)
def number_compound(low: str) -> tuple[float, str] | None:
    """(value, noun) of a number told in words and glued to what it counts by a hyphen,
    as a figure in digits is ("eleven-story" as "11-story", "twenty-five-mile"), when it
    is a unit of size; None for a number alone ("twenty-five"), a fraction ("two-thirds"),
    a kind ("two-state"), a span of time ("nine-hour") and "one-" ("a one-mile walk")."""
    parts = low.split("-")
    k = 0
    while k < min(2, len(parts) - 1) and parts[k] in NUMBER_WORDS:
        k += 1
    if k == 0 or parts[k] not in _GLUED_UNITS:
        return None
    if k == 2 and not (NUMBER_WORDS[parts[0]] % 10 == 0 and 0 < NUMBER_WORDS[parts[1]] < 10):
        return None  # "twenty-five-": tens then units, nothing else
    value = float(sum(NUMBER_WORDS[p] for p in parts[:k]))
    if value <= 1:
        return None
    return value, "-".join(parts[k:])


#: Qualifiers before a figure -> (low factor, high factor) around the value.
#: A bound includes the figure it names: "more than seven million" and "seven million",
#: "less than seven minutes" and "seven minutes" are one figure told rounded.
_ABOVE, _BELOW, NEAR, _UNDER = (1.0, 1.3), (0.7, 1.0), (0.85, 1.15), (0.85, 1.0)
QUALIFIERS: dict[tuple[str, ...], tuple[float, float]] = {
    ("at", "least"): (1.0, 1.0), ("more", "than"): _ABOVE, ("over",): _ABOVE,
    ("above",): _ABOVE, ("exceeding",): _ABOVE, ("beyond",): _ABOVE,
    ("more",): _ABOVE,  # "killed more 1,400": "than" dropped; "more" before a figure is a bound
    ("upwards", "of"): _ABOVE, ("less", "than"): _BELOW, ("fewer", "than"): _BELOW,
    ("under",): _BELOW, ("up", "to"): _BELOW, ("below",): _BELOW, ("about",): NEAR,
    ("around",): NEAR, ("approximately",): NEAR, ("roughly",): NEAR, ("some",): NEAR,
    ("an", "estimated"): NEAR, ("estimated",): NEAR, ("close", "to"): _UNDER,
    ("nearly",): _UNDER, ("almost",): _UNDER, ("just", "under"): _UNDER,
    ("maximum", "of"): (0.7, 1.0), ("minimum", "of"): (1.0, 1.0),
    # "several hundred thousand": two to nine hundred thousand, as "hundreds of thousands"
    ("several",): (2.0, 9.99),
}  # fmt: skip

#: Past forms whose stem is not the verb's ("sank" / "sink"): a stated past and a denied
#: present of one verb are one term ("the ship sank" / "the ship did not sink").
PAST_FORMS: dict[str, str] = {
    past: stem(verb)
    for verb, forms in {
        "sink": "sank sunk", "steal": "stole stolen", "flee": "fled", "fly": "flew flown",
        "blow": "blew blown", "freeze": "froze frozen", "grow": "grew grown",
        "throw": "threw thrown", "break": "broke broken", "catch": "caught",
        "hide": "hid hidden", "shrink": "shrank shrunk", "sweep": "swept",
    }.items()
    for past in forms.split()
}  # fmt: skip
