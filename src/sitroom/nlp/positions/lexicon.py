"""Word classes the stance reader composes (data, not logic).

Lemmas are lower-case; a verb with a particle is written "rule out". Each class says what
the word does to the content below it in the parse (see :mod:`.stance`):

- attitude words set the holder's attitude: ``SUPPORT_*`` keep the polarity, ``OPPOSE_*``
  reverse it ("rejected NATO's expansion");
- ``EMOTIVE_*`` (worry, fear) reverse content that nobody has evaluated yet ("fear they
  will be excluded") and agree with content that is already judged ("fear that a deal
  behind their backs would fail");
- ``DENY_VERBS`` reverse a proposition, judged or not ("denied that this was appeasement");
- ``DIMINISH_*`` / actions reduce or remove the content ("reduce its membership hopes");
- evaluations judge their subject or object: ``EVAL_POS_*`` / ``EVAL_NEG_*``;
- ``TOPIC_*`` make the content a topic, not an object of attitude ("discuss membership").
"""

from __future__ import annotations

import re

SUPPORT_VERBS = frozenset(
    """support back endorse favour favor want demand call urge seek welcome embrace champion
    advocate defend uphold protect preserve safeguard insist push press propose recommend
    pledge promise commit vow accept approve ratify prefer prioritise prioritize request
    lobby campaign plead encourage promote reaffirm respect honour honor applaud hail praise
    agree like""".split()
) | {"call for", "push for", "press for", "argue for", "stand by", "stick to", "sign up"}

# Actions that make or keep their object: neutral for polarity ("keep US troops").
AUGMENT_VERBS = frozenset(
    """keep maintain bolster strengthen restore revive reinforce expand boost raise increase
    double accelerate build develop fund finance guarantee ensure secure extend""".split()
)
# Verbs of necessity: "Europe needs to rearm", "any deal requires Ukraine's consent".
NEED_VERBS = frozenset({"need", "require", "have", "got"})

OPPOSE_VERBS = frozenset(
    """oppose reject refuse resist condemn criticize criticise denounce decry dismiss veto
    block fight protest slam blast deplore disapprove renounce rebuff scorn ridicule mock
    spurn shun boycott object balk baulk torpedo sabotage thwart obstruct attack
    lambast lambaste castigate""".split()
) | {"rule out", "object to", "push back", "turn down"}

EMOTIVE_VERBS = frozenset("worry fear warn caution lament regret dread complain".split())
DENY_VERBS = frozenset("deny refute dispute doubt contest contradict".split())

DIMINISH_VERBS = frozenset(
    """reduce cut lower decrease limit cap curb restrict weaken withdraw remove strip abandon
    drop end stop halt freeze suspend shelve exclude sideline bypass ignore erode sacrifice
    abolish ban prevent forbid trade shrink slash diminish undo reverse scrap cancel
    deprive lose forgo forsake postpone delay dilute violate breach""".split()
) | {"scale back", "pull out", "give up", "draw down", "walk away", "back away", "step back",
     "take off", "pull back", "phase out", "wind down", "water down", "trade away",
     "give away", "call off", "back down", "set aside", "put off"}

# Verbs that judge their subject ("the deal won't work", "concessions only embolden Putin").
EVAL_POS_VERBS = frozenset(
    "work succeed help matter last hold deter serve benefit pay stabilize stabilise".split()
)
EVAL_NEG_VERBS = frozenset(
    """fail backfire harm hurt damage undermine jeopardize jeopardise endanger threaten
    weaken destabilize destabilise provoke escalate embolden reward risk doom collapse
    cost soften divide betray humiliate isolate""".split()
)
# Verbs that make their subject happen or stay: "European troops must be deployed".
REALIZE_VERBS = frozenset(
    """happen proceed continue remain stay occur exist deploy send station include involve
    keep maintain grant give offer extend establish create set revive restore resume
    reopen return expand grow rise apply go come start begin emerge""".split()
)
COPULAS = frozenset("be remain become seem prove look sound stay appear".split())
# Verbs that judge their object by a complement: "called the target a mistake".
DEEM_VERBS = frozenset(
    """call describe label brand dismiss see view regard consider deem term characterize
    characterise denounce find judge portray paint""".split()
)
TOPIC_VERBS = frozenset(
    """discuss debate raise address mention cover examine review study explore consider
    broach tackle negotiate""".split()
) | {"talk about", "speak about", "talk"}
PREDICT_VERBS = frozenset(
    "expect predict forecast anticipate project foresee estimate speculate".split()
)
# Light verbs whose subject holds the attitude noun they govern: "voiced support for".
LIGHT_VERBS = frozenset(
    """voice express reiterate repeat signal declare show give lend offer announce state
    make issue raise share have hold air renew restate""".split()
)

SUPPORT_NOUNS = frozenset(
    """demand demands call calls push support backing proposal proposals plan plans bid
    commitment commitments pledge pledges insistence goal goals aim aims objective
    objectives priority priorities need necessity request requests appeal appeals
    endorsement preference campaign effort efforts plea intention intentions readiness
    willingness desire wish wishes hope hopes supporter supporters advocate advocates
    proponent proponents champion insistence ambition ambitions vision case""".split()
)
OPPOSE_NOUNS = frozenset(
    """opposition rejection refusal objection objections veto resistance condemnation
    criticism criticisms protest protests opponent opponents critic critics
    scepticism skepticism hostility""".split()
)
EMOTIVE_NOUNS = frozenset(
    """concern concerns fear fears worry worries warning warnings alarm unease anxiety
    anxieties anger frustration dismay suspicion suspicions misgivings qualms doubts
    doubt""".split()
)
DIMINISH_NOUNS = frozenset(
    """limits limit restrictions restriction cap caps ban cuts cut reduction reductions
    withdrawal end halt freeze removal loss surrender abandonment exclusion exception
    moratorium curbs curb rollback retreat drawdown""".split()
)
# Nouns that make the content a topic: "the question of membership".
TOPIC_NOUNS = frozenset(
    """question questions issue issues topic topics debate debates discussion discussions
    matter matters subject agenda talk talks""".split()
)

EVAL_POS_ADJ = frozenset(
    """essential necessary vital crucial important key indispensable needed right good
    better best legitimate acceptable reasonable welcome useful fair just sensible wise
    wiser desirable imperative paramount critical fundamental non-negotiable achievable
    realistic feasible appropriate positive helpful valuable urgent overdue beneficial
    justified logical natural smart prudent worthwhile constructive""".split()
)
EVAL_NEG_ADJ = frozenset(
    """unacceptable dangerous wrong bad premature reckless naive unrealistic illegal
    illegitimate counterproductive counter-productive foolish absurd risky harmful
    unworkable misguided pointless impossible inappropriate impractical unthinkable
    irresponsible futile useless worse destabilizing destabilising provocative unjust unfair
    short-sighted shortsighted doomed negotiable ridiculous outrageous disastrous
    catastrophic senseless meaningless illusory unhelpful worrying troubling alarming
    problematic""".split()
)
EVAL_POS_NOUNS = frozenset(
    """priority must necessity cornerstone foundation goal aim objective solution answer
    key guarantee requirement pillar imperative success opportunity interest right
    precondition prerequisite lifeline""".split()
)
EVAL_NEG_NOUNS = frozenset(
    """mistake error blunder trap threat danger risk disaster catastrophe betrayal
    provocation nonsense appeasement capitulation surrender folly illusion non-starter
    problem obstacle gift humiliation defeat failure recipe sellout sell-out fiasco
    miscalculation cause factor insult affront violation breach""".split()
)
# "cause"/"factor" judge only when they are the cause of something bad.
CAUSE_NOUNS = frozenset({"cause", "factor", "recipe"})
BAD_OUTCOMES = re.compile(
    r"\b(war|conflict|escalation|tension|tensions|crisis|instability|aggression|invasion|"
    r"disaster|defeat|chaos)\b",
    re.IGNORECASE,
)
READY_ADJ = frozenset(
    """ready willing prepared open eager keen happy determined committed resolved supportive
    favourable favorable amenable receptive""".split()
)
UNREADY_ADJ = frozenset(
    """opposed reluctant unwilling hesitant wary skeptical sceptical averse hostile resistant
    against unprepared""".split()
)
# Heads a red line protects rather than forbids: "respect for international law is a red line".
VALUE_NOUNS = frozenset(
    """respect compliance sovereignty integrity independence freedom right rights principle
    principles security unity existence survival path law charter democracy""".split()
)

DEONTIC_AUX = frozenset({"must", "should", "ought", "shall", "need", "'ve", "got"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall", "'d"})
ABILITY_AUX = frozenset({"can", "could", "ca"})
HEDGE_AUX = frozenset({"may", "might", "could"})
HEDGE_WORDS = frozenset(
    """perhaps maybe possibly probably likely reportedly apparently conceivably potentially
    arguably presumably allegedly seemingly eventually""".split()
)
HEDGE_VERBS = frozenset("appear seem suggest indicate hint signal imply".split())
INTENT_VERBS = frozenset("plan intend aim prepare go decide resolve mean expect".split())
NEG_WORDS = frozenset(
    {"not", "n't", "never", "no", "none", "nothing", "nobody", "neither", "nor", "nowhere"}
)
NEG_QUANTIFIER_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my", "ourselves"})
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it"})

# Conditions that attach to a stance ("only if", "as long as", "without careful scrutiny").
CONDITION = re.compile(
    r"^(?:but\s+)?(?:only\s+)?(?:if|unless|provided|providing|as long as|so long as|assuming|"
    r"once|on (?:the )?condition|in exchange for|in return for|subject to|conditional on|"
    r"contingent (?:on|upon)|depending on|dependent on|under (?:\w+ )?conditions|"
    r"with the (?:consent|agreement|approval|backing) of|only with|only after|only when|"
    r"not until|until|but not (?:while|before|until|without|if)|not while|not before|"
    r"as soon as|after (?:a |the )?(?:ceasefire|truce|peace deal|peace agreement|settlement)|"
    r"when (?:the|a) (?:war|fighting|ceasefire)|in case)\b",
    re.IGNORECASE,
)
# "without careful scrutiny", "without safeguards": the stance holds only with them.
WITHOUT_PROCESS = frozenset(
    """scrutiny safeguards conditions guarantees consultation consent debate oversight care
    coordination preparation agreement approval backing clarity checks""".split()
)
# Predicates that make their subject conditional: "any guarantees must come through talks".
CONDITION_PREDICATES = frozenset(
    {"come through", "involve", "be anchored", "anchor", "be based", "base", "be tied",
     "tie", "be matched", "match", "be accompanied", "accompany", "depend", "be conditional",
     "be linked", "link", "be coupled", "couple", "go hand"}
)

RED_LINE = re.compile(
    r"\b(?:red[- ]lines?|non-negotiable|not negotiable|never (?:be )?negotiable|"
    r"under no circumstances?|in no circumstances?|(?:will|would|can|could|shall)\s+never\s+"
    r"(?:accept|agree|allow|tolerate|recognise|recognize|give up|surrender|cede)|"
    r"never accept|never agree to|never tolerate|will not tolerate|won't tolerate|"
    r"will not accept|won't accept|cannot accept|can't accept|"
    r"out of the question|cannot be negotiated|can't be negotiated|bottom line)\b",
    re.IGNORECASE,
)
RED_LINE_CROSSING = re.compile(r"\b(?:cross|crosses|crossing|crossed|breach|violat\w*)\b", re.I)
# A sentence that announces a list the next sentences enumerate.
ANNOUNCE = re.compile(
    r"\b(?:red[- ]lines|conditions|demands|principles|priorities|requirements|preconditions|"
    r"points|non-negotiables)\b",
    re.IGNORECASE,
)
ENUMERATION = re.compile(
    r"^\W*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|other|another|"
    r"finally|lastly|next|also|firstly|secondly|thirdly|one|(?:\d|[ivx]+)[.)])\b",
    re.IGNORECASE,
)

# European country codes (and "EUR"): a European speaker may voice "Europe's" stance.
EUROPEAN = frozenset(
    """EUR ALB AND AUT BEL BGR BIH CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL
    ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE UKR
    VAT XKX""".split()
)
