"""Word classes the stance reader composes (data, not logic).

The word lists live in ``lexicon.yaml`` next to this module; the patterns below are the
phrases that need more than a word. Lemmas are lower-case; a verb with a particle is
written "rule out". Each class says what the word does to the content below it in the
parse (see :mod:`.stance`):

- attitude words set the holder's attitude: ``SUPPORT_*`` keep the polarity, ``OPPOSE_*``
  reverse it ("rejected NATO's expansion");
- ``EMOTIVE_*`` (worry, fear, concerned) reverse content that nobody has judged yet ("fear
  they will be excluded") and agree with content already judged ("fear that a deal behind
  their backs would fail");
- ``DENY_VERBS`` reverse a proposition, judged or not ("denied that this was appeasement");
- ``DIMINISH_*`` reduce or remove the content ("reduce its membership hopes");
  ``AUGMENT_VERBS`` make or keep it (neutral);
- evaluations judge their subject or object: ``EVAL_POS_*`` / ``EVAL_NEG_*``; ``COPULAS``
  and ``DEEM_VERBS`` carry them ("is a mistake", "called it a mistake");
- modality: ``DEONTIC_AUX`` / ``NEED_VERBS`` (an attitude), ``FUTURE_AUX`` /
  ``ABILITY_AUX`` (an intention or, negated, a refusal), ``HEDGE_*`` (lower confidence);
- ``TOPIC_*`` make the content a topic, not an object of attitude ("discuss membership");
  ``REPORT_NOUNS`` make it someone else's claim ("the suggestion that ...").
"""

from __future__ import annotations

import re
from importlib import resources

from spacy.tokens import Token

from sitroom.util import fastyaml


def _load() -> dict[str, frozenset[str]]:
    text = resources.files("sitroom.nlp.positions").joinpath("lexicon.yaml").read_text("utf-8")
    data = fastyaml.safe_load(text)
    return {str(k).upper(): frozenset(str(w) for w in v) for k, v in data.items()}


_WORDS = _load()

SUPPORT_VERBS = _WORDS["SUPPORT_VERBS"]
AUGMENT_VERBS = _WORDS["AUGMENT_VERBS"]
NEED_VERBS = _WORDS["NEED_VERBS"]
OPPOSE_VERBS = _WORDS["OPPOSE_VERBS"]
EMOTIVE_VERBS = _WORDS["EMOTIVE_VERBS"]
DENY_VERBS = _WORDS["DENY_VERBS"]
DIMINISH_VERBS = _WORDS["DIMINISH_VERBS"]
EVAL_POS_VERBS = _WORDS["EVAL_POS_VERBS"]
EVAL_NEG_VERBS = _WORDS["EVAL_NEG_VERBS"]
REALIZE_VERBS = _WORDS["REALIZE_VERBS"]
COPULAS = _WORDS["COPULAS"]
DEEM_VERBS = _WORDS["DEEM_VERBS"]
TOPIC_VERBS = _WORDS["TOPIC_VERBS"]
PREDICT_VERBS = _WORDS["PREDICT_VERBS"]
LIGHT_VERBS = _WORDS["LIGHT_VERBS"]
SUPPORT_NOUNS = _WORDS["SUPPORT_NOUNS"]
OPPOSE_NOUNS = _WORDS["OPPOSE_NOUNS"]
EMOTIVE_NOUNS = _WORDS["EMOTIVE_NOUNS"]
DIMINISH_NOUNS = _WORDS["DIMINISH_NOUNS"]
REPORT_NOUNS = _WORDS["REPORT_NOUNS"]
TOPIC_NOUNS = _WORDS["TOPIC_NOUNS"]
# Words that name one thing in news of international affairs, one class a line (the
# issue matcher by meaning folds them: :mod:`.meaning`).
MEANING_CLASSES = _WORDS["MEANING_CLASSES"]
# Acts that undo a sense (first word of a line: the sense; then its contraries).
MEANING_CONTRARIES = _WORDS["MEANING_CONTRARIES"]
EVAL_POS_ADJ = _WORDS["EVAL_POS_ADJ"]
EVAL_NEG_ADJ = _WORDS["EVAL_NEG_ADJ"]
EVAL_POS_NOUNS = _WORDS["EVAL_POS_NOUNS"]
EVAL_NEG_NOUNS = _WORDS["EVAL_NEG_NOUNS"]
CAUSE_NOUNS = _WORDS["CAUSE_NOUNS"]
EMOTIVE_ADJ = _WORDS["EMOTIVE_ADJ"]
DEONTIC_VERBS = _WORDS["DEONTIC_VERBS"]
READY_ADJ = _WORDS["READY_ADJ"]
UNREADY_ADJ = _WORDS["UNREADY_ADJ"]
VALUE_NOUNS = _WORDS["VALUE_NOUNS"]
DEONTIC_AUX = _WORDS["DEONTIC_AUX"]
FUTURE_AUX = _WORDS["FUTURE_AUX"]
ABILITY_AUX = _WORDS["ABILITY_AUX"]
HEDGE_AUX = _WORDS["HEDGE_AUX"]
HEDGE_WORDS = _WORDS["HEDGE_WORDS"]
INTENT_VERBS = _WORDS["INTENT_VERBS"]
ENTITLE_VERBS = _WORDS["ENTITLE_VERBS"]
CONDEMN_VERBS = _WORDS["CONDEMN_VERBS"]
WRONG_NOUNS = _WORDS["WRONG_NOUNS"]
ENTITLE_NOUNS = _WORDS["ENTITLE_NOUNS"]
REACT_VERBS = _WORDS["REACT_VERBS"]
APPROVING_ADVERBS = _WORDS["APPROVING_ADVERBS"]
THREAT_WORDS = _WORDS["THREAT_WORDS"]
NEG_WORDS = _WORDS["NEG_WORDS"]
NEG_QUANTIFIER_SUBJECTS = _WORDS["NEG_QUANTIFIER_SUBJECTS"]
FIRST_PERSON = _WORDS["FIRST_PERSON"]
THIRD_PERSON = _WORDS["THIRD_PERSON"]
WITHOUT_PROCESS = _WORDS["WITHOUT_PROCESS"]
CONDITION_PREDICATES = _WORDS["CONDITION_PREDICATES"]
EUROPEAN = _WORDS["EUROPEAN"]
ACTOR_HEADS = _WORDS["ACTOR_HEADS"]
SOCIAL_GROUPS = _WORDS["SOCIAL_GROUPS"]

# "cause"/"factor" judge only when they are the cause of something bad.
BAD_OUTCOMES = re.compile(
    r"\b(war|conflict|escalation|tension|tensions|crisis|instability|aggression|invasion|"
    r"disaster|defeat|chaos)\b",
    re.IGNORECASE,
)
# Set phrases that judge whatever they are said of.
EVAL_NEG_PHRASES = re.compile(
    r"\b(?:reward\w*\s+(?:the\s+)?aggress\w+|gifts?\s+to\s+(?:Putin|Moscow|Russia|the Kremlin)|"
    r"play\w*\s+into\s+\S+\s+hands|green light (?:to|for) (?:aggression|Putin|Moscow|Russia)|"
    r"slap in the face|stab in the back|recipe for (?:disaster|war|defeat)|"
    r"invitation to (?:aggression|Putin|Moscow|Russia)|legitimate targets?)\b",
    re.IGNORECASE,
)
# Conditions that attach to a stance ("only if", "as long as", "once the war is over").
CONDITION = re.compile(
    r"^(?:but\s+)?(?:only\s+)?(?:if|unless|provided|providing|as long as|so long as|assuming|"
    r"once|on (?:the )?condition|in exchange for|in return for|subject to|conditional on|"
    r"contingent (?:on|upon)|depending on|dependent on|under (?:\w+ )?conditions|"
    r"with the (?:consent|agreement|approval|backing) of|only with|only after|only when|"
    r"not until|but not (?:while|before|until|without|if)|not while|not before|"
    r"as soon as|after (?:a |the )?(?:ceasefire|truce|peace deal|peace agreement|settlement)|"
    r"when (?:the|a) (?:war|fighting|ceasefire)|in case|"
    r"only (?:as|within|under|in the (?:framework|context) of|on the basis of)|"
    r"(?:under|with) (?:a |an )?(?:\w+ )?mandate)\b",
    re.IGNORECASE,
)
RED_LINE = re.compile(
    r"\b(?:red[- ]lines?|non-negotiable|not negotiable|never (?:be )?negotiable|"
    r"under no circumstances?|in no circumstances?|(?:will|would|can|could|shall)\s+never\s+"
    r"(?:accept|agree|allow|tolerate|recognise|recognize|give up|surrender|cede)|"
    r"never accept|never agree to|never tolerate|will not tolerate|won't tolerate|"
    r"will not accept|won't accept|cannot accept|can't accept|"
    r"(?:will|would|shall)\s+not\s+[\"“”']?(?:allow|permit)|(?:won['’]t|wouldn['’]t)\s+[\"“”']?(?:allow|permit)|"
    r"out of the question|cannot be negotiated|can't be negotiated|bottom line|"
    r"not (?:up )?for (?:debate|discussion|negotiation|negotiations|grabs)|"
    r"no room for (?:any |further )?(?:discussion|debate|negotiations?|talks|compromise)|"
    r"(?:cannot|can['’]t|will not|won['’]t|will never)\s+(?:negotiate|compromise)|"
    r"(?:cannot|can['’]t)\s+(?:endorse|approve|tolerate|allow|permit)|"
    r"one way or (?:the )?(?:other|another)|"
    r"there (?:can|could|will|would|must) (?:be )?no\b[^.;]{1,80}\bwithout|"
    r"no (?:peace|deal|agreement|settlement|talks) (?:is possible |can be \w+ )?without|"
    r"(?:will|would|shall)\s+never\s+(?:be\s+)?(?:allowed|permitted|accepted))\b",
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


def first_person(tok: Token) -> bool:
    """ "we", "us", "our": not "US", the country, which lower-cases to the pronoun."""
    return tok.lower_ in FIRST_PERSON and tok.text != "US"
