"""Word lists shared by the NLP components (data, not logic)."""

from __future__ import annotations

# Verbs that attribute a statement or a stance to a source. PolNeAR counts every
# attribution, not only speech, so beliefs, wants and reports are here too.
SPEECH_VERBS = frozenset(
    """
    say tell warn add state argue claim note explain conclude write insist stress emphasize
    emphasise point suggest believe announce confirm deny reveal report accuse criticize
    criticise ask urge acknowledge admit declare tweet post comment describe dismiss maintain
    predict promise reply respond signal vow fear hope think want demand agree caution
    complain concede contend recall remark repeat reiterate assert allege observe estimate
    indicate underline underscore brief disclose mention propose recommend show find
    expect worry doubt question charge testify counter retort quip joke muse concur
    compare tout hint acknowledge assure boast lament predict pledge
    """.split()
)

# Cue nouns: "according to", "in a statement", "the claim that".
CUE_PREPOSITIONS = frozenset({"according"})

PRONOUN_GENDER = {
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

# Nouns that stand for a person already named ("the minister said").
PERSON_ROLE_NOUNS = frozenset(
    """
    minister president premier chancellor secretary spokesman spokeswoman spokesperson
    official diplomat envoy ambassador researcher analyst expert fellow director chief
    leader general commander senator lawmaker candidate governor mayor professor adviser
    advisor aide negotiator head representative
    """.split()
)

OPEN_QUOTES = "“«„‹"
CLOSE_QUOTES = "”»‟›"
