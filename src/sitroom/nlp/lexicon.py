"""Word lists shared by the NLP components (data, not logic).

The attribution cues follow the verb classes of the attribution literature (PARC 3.0,
PolNeAR; Levin's verbs of communication, judgement and desire): attribution is not only
speech but any statement of a source's words, beliefs, intentions, findings or stance.
Each class says which complement carries the attributed content:

- speech and belief verbs take a clause ("said that ...", "believes ...");
- intention verbs take an infinitive ("vowed to ...", "urged voters to ...");
- stance verbs take a noun phrase ("criticized the plan", "endorsed Clinton");
- phrasal cues take the object of a preposition ("called for talks", "warned of war").
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as text, one or more words a line."""
    return frozenset(text.split())


# -- verbs ---------------------------------------------------------------------------------

# Verbs of saying: a clause, a quotation, or a parenthetical ("A, she said, B").
SPEECH_VERBS = words(
    """
    say tell add state argue claim note explain conclude write insist stress emphasize
    emphasise point suggest announce confirm deny reveal report declare tweet post
    comment describe maintain predict promise reply respond signal vow caution complain
    concede contend recall remark repeat reiterate assert allege observe estimate indicate
    underline underscore brief disclose mention propose recommend testify counter retort
    quip joke muse concur hint assure boast brag lament pledge swear acknowledge admit warn
    ask urge demand charge accuse threaten shout yell scream chant cry whisper mutter
    proclaim opine clarify elaborate continue recount relate inform notify advise explain
    confide speculate theorize posit reason figure calculate project forecast wonder
    question protest object grumble marvel gush rave exclaim sing cite quote insist
    announce tout trumpet concede acknowledge agree disagree rule find show determine
    demonstrate prove document establish remind specify affirm reaffirm restate reassert
    """
)

# Verbs of belief, knowledge and feeling: they attribute a clause to a mind.
BELIEF_VERBS = words(
    """
    believe think feel know fear worry hope expect doubt suspect assume presume
    understand realize realise recognize recognise reckon guess imagine suppose consider
    deem judge sense bet trust wish dream envision anticipate perceive conclude learn
    agree disagree accept remember forget regret see view
    """
)

# Verbs whose evidence is a document or a count ("the poll shows ...").
EVIDENCE_VERBS = words(
    """
    show find suggest indicate reveal estimate project demonstrate confirm document
    conclude report predict put place rank measure count detail
    """
)

# Intention verbs and nouns that report a decision or an act, not a statement ("refused to
# attend", "opted not to send", "agreed to suspend", "in an effort to"): attributed
# attitudes (reactions), never shown as quotes. Vowing, promising, threatening, urging and
# demanding are said, so they stay quotes.
UNSAID_INTENT = words(
    """
    want plan intend hope seek aim refuse decline agree decide resolve opt vote move rush
    volunteer consent mean prefer wish campaign lobby expect offer
    effort decision bid attempt push refusal willingness eagerness desire intention goal
    agreement commitment readiness determination campaign
    """
)

# Verbs of intention and request: the content is an infinitive ("refused to testify").
INTENT_VERBS = words(
    """
    want plan intend hope seek aim vow promise pledge threaten refuse decline agree offer
    propose wish prefer expect ask urge encourage push press demand order instruct tell
    advise warn invite challenge dare decide resolve opt vote campaign move
    persuade convince beg implore call lobby rush volunteer swear consent mean
    """
)

# Verbs of stance toward a noun phrase: the object is the content ("praised the deal").
STANCE_VERBS = words(
    """
    support back endorse favor favour oppose reject dismiss denounce condemn criticize
    criticise attack blast slam rip lambaste decry deplore praise laud hail applaud welcome
    commend defend champion tout promote advocate propose recommend demand seek request
    label brand describe characterize characterise portray paint dub cite mention reference
    invoke quote echo highlight stress emphasize emphasise underscore note acknowledge admit
    concede deny dispute question challenge doubt accuse blame fault credit thank mock
    ridicule deride discuss address debate express voice issue announce unveil outline
    detail present explain predict estimate project report reveal document disclose expose
    confirm want like love hate dislike prefer fear call urge ask warn threaten promise
    pledge vow offer suggest sign unleash tweet retweet answer contradict rebut refute
    protest ignore disparage insult scold chide berate rebuke castigate excoriate assail
    mourn celebrate embrace tout pitch float rule compare liken
    """
)

# Phrasal cues: verb + preposition whose object is the content ("called for talks").
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on"}),
    "point": frozenset({"to", "at"}),
    "speak": frozenset({"of", "about", "against", "on"}),
    "talk": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "lobby": frozenset({"for", "against"}),
    "campaign": frozenset({"for", "against", "on"}),
    "complain": frozenset({"about", "of"}),
    "comment": frozenset({"on"}),
    "insist": frozenset({"on"}),
    "rail": frozenset({"against"}),
    "lash": frozenset({"at", "against"}),
    "weigh": frozenset({"on"}),
    "worry": frozenset({"about"}),
    "object": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "testify": frozenset({"about", "on"}),
    "write": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "hint": frozenset({"at"}),
    "ask": frozenset({"for", "about"}),
    "plead": frozenset({"for", "with"}),
    "appeal": frozenset({"for", "to"}),
    "hope": frozenset({"for"}),
    "wish": frozenset({"for"}),
    "fight": frozenset({"for", "against"}),
    "disagree": frozenset({"with"}),
    "agree": frozenset({"with", "on"}),
    "side": frozenset({"with"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "blame": frozenset({"on"}),
    "praise": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "attack": frozenset({"for"}),
    "accuse": frozenset({"of"}),
    "take": frozenset({"aim"}),
    "express": frozenset({"concern", "support"}),
    "stand": frozenset({"by"}),
    "cry": frozenset({"foul"}),
    "respond": frozenset({"to", "with"}),
    "react": frozenset({"to"}),
}

# Nouns that carry an attributed clause or report: "X's claim that ...", "in a statement".
CUE_NOUNS = words(
    """
    statement claim assertion argument view belief warning promise pledge suggestion
    allegation accusation contention insistence admission acknowledgment acknowledgement
    announcement comment remark position conclusion finding estimate prediction forecast
    assessment opinion message point concern fear hope demand call proposal vow threat
    notion assurance testimony complaint charge denial stance reassurance reminder
    explanation objection conviction suspicion observation reiteration
    """
)

# Nouns of intention or stance that take an infinitive or an object: "X's plan to ...",
# "X's criticism of ...", "X's support for ...".
INTENT_NOUNS = words(
    """
    effort decision promise pledge vow threat call bid attempt push refusal
    willingness eagerness desire wish intention goal proposal agreement commitment offer
    request demand order readiness determination insistence campaign
    """
)
STANCE_NOUNS: dict[str, frozenset[str]] = {
    "criticism": frozenset({"of"}),
    "condemnation": frozenset({"of"}),
    "opposition": frozenset({"to"}),
    "disdain": frozenset({"for"}),
    "contempt": frozenset({"for"}),
    "admiration": frozenset({"for"}),
    "praise": frozenset({"for", "of"}),
    "endorsement": frozenset({"of"}),
    "rejection": frozenset({"of"}),
    "announcement": frozenset({"of"}),
    "defense": frozenset({"of"}),
    "defence": frozenset({"of"}),
    "attack": frozenset({"on"}),
    "attacks": frozenset({"on"}),
    "comments": frozenset({"about", "on"}),
    "comment": frozenset({"about", "on"}),
    "remarks": frozenset({"about", "on"}),
    "rhetoric": frozenset({"about", "on"}),
    "concern": frozenset({"about", "over"}),
    "concerns": frozenset({"about", "over"}),
    "warning": frozenset({"of", "about", "against"}),
    "call": frozenset({"for"}),
    "calls": frozenset({"for"}),
    "demand": frozenset({"for"}),
    "demands": frozenset({"for"}),
    "embrace": frozenset({"of"}),
    "view": frozenset({"of", "on"}),
    "views": frozenset({"on"}),
    "position": frozenset({"on"}),
    "questions": frozenset({"about", "over"}),
    "question": frozenset({"about", "over"}),
    "doubts": frozenset({"about", "over"}),
    "doubt": frozenset({"about", "over"}),
    "hopes": frozenset({"for", "of"}),
    "claims": frozenset({"of", "about"}),
    "charges": frozenset({"of"}),
    "complaints": frozenset({"about", "of"}),
    "complaint": frozenset({"about", "of"}),
    "stance": frozenset({"on"}),
}

# Verbs that restate or stress what another holds ("X stressed the government's commitment
# to ...", "X reaffirmed the party's plan to ..."): the words are the verb's subject's, not
# the holder's.
RESTATING_VERBS = words(
    """
    stress emphasize emphasise underline underscore reiterate reaffirm restate repeat highlight
    """
)

# Adjectives of attitude after "be": "X is afraid that ...", "X was critical of Y".
ATTITUDE_ADJECTIVES = words(
    """
    afraid frustrated concerned worried confident sure certain convinced hopeful optimistic
    pessimistic skeptical sceptical critical supportive proud happy glad sorry angry upset
    furious disappointed pleased eager willing reluctant determined adamant unsure
    doubtful wary fearful opposed committed open keen anxious nervous outraged alarmed
    satisfied dissatisfied unhappy enthusiastic positive aware unaware insistent hesitant
    """
)

# Media in which something is said: "said in a statement", "wrote in an op-ed".
MEDIUM_NOUNS = words(
    """
    statement interview speech letter tweet post op-ed oped column editorial report memo
    email e-mail essay article book blog podcast video broadcast address remarks testimony
    briefing conference call message note appearance rally hearing
    """
)

# Sources that are documents or counts: they "show", "find", "estimate".
# Nouns for a named body that "the" refers back to ("the ministry said" after "India's
# Ministry of Defence"); the armed ones also stand for a non-state armed group named before.
BODY_NOUNS = words(
    """
    ministry agency court council board mission committee commission organisation
    organization department office bureau watchdog alliance bloc embassy tribunal
    authority force forces navy army military coalition operation centre center
    """
)
# Nouns of a body's part: a capitalised one after a body's name is still its name ("the PM
# Office Media Wing", "the Interior Ministry Crisis Cell").
UNIT_NOUNS = frozenset(
    {"wing", "cell", "unit", "division", "directorate", "section", "desk", "branch",
     "secretariat", "department", "bureau", "office", "committee", "command", "service"}
)  # fmt: skip
# Kinds of bodies no state is made of: a name ending in one ("Bangladesh Chhatra League",
# "Kenya Wildlife Society") is the body's own, the state in it only its home.
OWN_BODY_KINDS = frozenset(
    {"league", "party", "front", "movement", "union", "federation", "association",
     "society", "institute", "university", "bank", "company", "corporation", "foundation",
     "network", "trust", "club", "brigade", "brigades", "battalion", "alliance"}
)  # fmt: skip
# Last words of a building's name: the state such a name gives only honours it
# ("Al-Saudi Hospital" in Khartoum, "the Turkish School" in Mogadishu).
FACILITY_NOUNS = frozenset(
    {"hospital", "clinic", "school", "mosque", "church", "cathedral", "temple", "synagogue",
     "stadium", "market", "bridge", "street", "road", "square", "airport", "hotel", "camp"}
)  # fmt: skip
# Roles a person holds *towards* a body: what follows "to" is where the person is posted
# ("Haiti's ambassador to the UN" serves Haiti, not the UN).
POSTED_ROLES = frozenset({"diplomats", "negotiators"})
# Nouns that head a state's body: the person heading one ("the head of Italy's civil
# protection agency", "director of the national statistics office") serves the state.
STATE_BODY_NOUNS = frozenset(
    {"agency", "ministry", "department", "authority", "office", "commission", "bureau",
     "directorate", "council", "service", "administration", "board", "institute"}
)  # fmt: skip
HEAD_NOUNS = frozenset(
    {"head", "heads", "chief", "director", "chairman", "chairwoman", "chair", "leader",
     "leads", "chairs", "runs", "directs", "oversees"}
)  # fmt: skip
# Nouns for bodies and people a state's name may modify and still name the state's actor
# ("US officials", "the Iranian side"; not "a Yemeni port").
AGENT_NOUNS = words(
    """
    government administration ministry army navy military force forces embassy
    delegation parliament police guard coastguard authorities authority leadership
    cabinet council team side president leader minister spokesperson spokesman
    spokeswoman envoy ambassador official officials diplomat diplomats troops soldiers
    people junta regime state media agency foreign defence defense presidency premier
    chief commander negotiators delegates counterpart counterparts
    """
)
ARMED_BODY_NOUNS = words("group movement militia rebels militants")
# Texts that speak for whoever issued them ("the statement said", "the resolution text").
ISSUED_TEXTS = words("statement text resolution declaration communique communiqué report")

DOCUMENT_SOURCES = words(
    """
    poll polls survey surveys study studies report reports analysis analyses data figure
    figures number numbers record records document documents audit review investigation
    model models estimate estimates census test tests research paper papers statistic
    statistics memo letter filing filings forecast projection projections assessment
    evidence ad advertisement spot video article story editorial column book website
    newspaper newspapers film documentary clip footage transcript tweet tweets
    """
)

# Common nouns naming people or institutions that can be a source ("the committee said").
SOURCE_NOUNS = words(
    """
    official officials spokesman spokeswoman spokesperson minister president chancellor
    premier secretary senator lawmaker lawmakers congressman congresswoman representative
    governor mayor diplomat diplomats envoy ambassador analyst analysts expert experts
    economist economists adviser advisor advisers advisors aide aides source sources
    person people critic critics supporter supporters opponent opponents voter voters
    resident residents witness witnesses leader leaders member members head chief director
    chairman chairwoman chair executive executives professor researcher researchers
    scientist scientists scholar scholars lawyer lawyers attorney attorneys judge judges
    court prosecutor prosecutors police campaign committee government administration
    agency ministry department office company firm group organization organisation party
    union council commission board panel army military authorities authority candidate
    nominee manager strategist pollster observer observers activist activists protester
    protesters demonstrator demonstrators worker workers employee employees student
    students parent parents teacher teachers doctor doctors officer officers spokespeople
    insider insiders commentator commentators reporter reporters journalist journalists
    editor editors writer author host anchor man woman men women everyone everybody
    someone somebody nobody many most some others other both all few several one another
    republicans democrats conservatives liberals progressives allies ally partner partners
    negotiator negotiators delegation delegate delegates staff staffer staffers team
    proponents proponent backers backer detractors detractor speechwriter speechwriters
    states countries nations governments lawyers consultant consultants movement movements
    coalition alliance bloc opposition association federation
    soldier soldiers troops guard guards operative operatives fighter fighters rebel rebels
    personnel advocate advocates media outlet outlets broadcaster broadcasters
    embassy consulate mission bureau watchdog tribunal navy cabinet parliament presidency
    legislature senate secretariat directorate inspectorate regulator regulators
    investigator investigators
    """
)  # people under arms and advocates vow and refuse too: "the guards vowed to defy orders"

# Labels before a colon that introduce something other than a speaker's words.
NOT_SPEAKER_LABELS = frozenset(
    {
        "photo", "photos", "source", "sources", "read more", "related", "watch", "video",
        "image", "images", "credit", "credits", "note", "update", "updated", "editor's note",
        "correction", "clarification", "advertisement", "see also", "share", "tags",
        "filed under", "follow", "subscribe", "listen", "transcript", "caption", "file",
        "warning", "spoiler", "q", "a", "bottom line", "why it matters", "what's next",
        "the latest", "latest", "breaking", "breaking news", "exclusive", "analysis",
        "opinion", "commentary", "review", "interview", "live", "washington", "editorial",
    }
)  # fmt: skip

# -- speakers -------------------------------------------------------------------------------

PRONOUN_GENDER: dict[str, str | None] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": None,
    "we": None,
    "i": None,
    "it": None,
}

# Personal pronouns a speaker may be named by, with what they can refer to.
PERSON_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Nouns that stand for a person already named ("the minister said"). Unnamed-source nouns
# ("a diplomat", "an official") are kept apart: they never resolve to a named person.
PERSON_ROLE_NOUNS = words(
    """
    minister president premier chancellor secretary spokesman spokeswoman spokesperson
    envoy ambassador director chief leader general commander senator lawmaker candidate
    nominee governor mayor professor adviser advisor negotiator head representative
    congressman congresswoman chairman chairwoman chair commissioner king queen prince
    pope prosecutor judge attorney founder owner executive ceo billionaire mogul tycoon
    actress actor singer author host anchor coach captain rapper star
    colonel lieutenant brigadier admiral marshal sergeant
    """
)

# Heads of unnamed sources: "a diplomat", "one official", "sources", "another".
UNNAMED_SOURCE_NOUNS = words(
    """
    source sources diplomat diplomats official officials insider insiders person people
    analyst analysts expert experts observer observers aide aides staffer staffers
    participant participants member members witness witnesses resident residents
    """
)
# Person nouns a report uses, with "the", for someone it has just named ("the official",
# "the former skipper", "the veteran"): the person in the news, not a new one. (Not an aide
# or a diplomat: they speak for someone else named nearby.)
ANAPHORIC_PERSON_NOUNS = words(
    """
    official officer analyst expert skipper veteran striker midfielder
    defender goalkeeper player manager boss tactician farmer activist economist lawyer
    doctor researcher scientist politician legislator campaigner survivor businessman
    businesswoman entrepreneur investor banker cleric priest teacher student youngster
    teenager man woman father mother journalist novelist writer artist musician
    reformer laureate winner incumbent challenger contender nominee octogenarian
    septuagenarian colonel general brigadier lieutenant captain sergeant admiral
    """
)
# Nouns a report uses, with "the", for the firm it is about: "the company said".
COMPANY_NOUNS = words(
    """
    company firm carrier airline drugmaker automaker retailer manufacturer
    maker lender insurer bank outfit conglomerate startup operator developer supplier
    """
)
INDEFINITE_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "some", "several", "two", "three", "four", "many", "other"}
)
UNNAMED_PRONOUNS = frozenset({"another", "one", "others", "some", "several", "many"})

# Words before a name that give a person's gender when the knowledge base does not.
GENDER_TITLES: dict[str, str] = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "lord": "m",
    "lady": "f",
    "dame": "f",
    "madam": "f",
    "madame": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "father": "m",
    "sister": "f",
    "brother": "m",
    # kinship in the phrase before a name ("Marcos' sister and ally Senator X")
    "wife": "f",
    "husband": "m",
    "daughter": "f",
    "son": "m",
    "mother": "f",
    "widow": "f",
    "niece": "f",
    "nephew": "m",
    "aunt": "f",
    "uncle": "m",
}
TITLE_RUN = 6  # tokens back from a name over which its own phrase's words are read

# -- dashes --------------------------------------------------------------------------------

DASHES = ("―", "—", "–", "--", "-")
