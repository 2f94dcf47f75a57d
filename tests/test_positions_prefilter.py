"""The tests that skip a catalog phrase's regex never skip one that would match."""

from __future__ import annotations

import random
import re
import string

import pytest

from sitroom.nlp.positions.catalog import compile_phrase, load_catalog
from sitroom.nlp.positions.prefilter import (
    CASE_TWINS,
    casefree,
    may_match,
    phrase_anchors,
    phrase_needs,
)

PHRASES = [
    "humanitarian (truce|ceasefire|pause)",
    "(the)? Quad (proposal|plan)",
    "protect* (the)? Druze & Israel",
    "((a|b) c|d) e",
    "(send|deploy*) ... (troops|forces) ... (to|in) (Ukraine|Kyiv)",
    "cut emissions by 5%",
    "U.S. (military|troop)? (presence|bases) in (Europe|the continent)",
    "NATO-Russia Council",
    "Kyiv's (consent|participation) & (deal|talks)",
    "(seat|place) at the (negotiating|peace)? table",
    "(Türkiye|Turkey) ... mediat*",
    "island* ... (sovereignty|independence)",
]

SENTENCES = [
    "The humanitarian pause held for a day.",
    "Officials said the Quad plan was dead.",
    "He vowed to protect the Druze, Israel said.",
    "b c e",
    "They will send more troops to Ukraine next year.",
    "Britain pledged to deploy forces, perhaps 5,000 of them, in Kyiv.",
    "The plan would cut emissions by 5 per cent.",
    "The U.S. military presence in Europe grows.",
    "US bases in the continent are old.",
    "The NATO Russia Council met.",
    "Without Kyiv’s consent no deal is possible.",
    "Europe wants a seat at the peace table.",
    "Türkiye offered to mediate again.",
    "The ISLAND’S INDEPENDENCE was never in question.",
    "An İsland vote on ſovereignty and a 5 \u212aelvin rise.",  # case twins
    "Nothing to see here at all.",
]


def old_present(phrase: str, text: str) -> bool:
    """Every part searched wherever one of its opening words occurs (the plain way)."""
    low = text.lower()
    return all(
        (anchors is None or any(a in low for a in anchors)) and part.search(text) is not None
        for part, anchors in zip(compile_phrase(phrase), phrase_anchors(phrase), strict=True)
    )


def new_present(phrase: str, text: str) -> bool:
    low = text.lower()
    plain = casefree(text)
    return all(
        (anchors is None or any(a in low for a in anchors))
        and (not plain or may_match(needs, low))
        and part.search(text) is not None
        for part, anchors, needs in zip(
            compile_phrase(phrase), phrase_anchors(phrase), phrase_needs(phrase), strict=True
        )
    )


def test_case_twins_are_all_the_non_ascii_characters_an_ascii_word_matches() -> None:
    everything = "".join(chr(i) for i in range(128, 0x110000))
    twins: set[str] = set()
    for c in string.ascii_letters + string.digits + "_":
        twins.update(re.compile(re.escape(c), re.IGNORECASE).findall(everything))
    assert twins == set(CASE_TWINS)
    # without them the lower-cased text keeps its length (its offsets stay put)
    assert all(len(ch.lower()) == 1 for ch in everything if ch not in twins)


@pytest.mark.parametrize("phrase", PHRASES)
def test_needs_never_skip_a_match(phrase: str) -> None:
    rng = random.Random(phrase)
    texts = list(SENTENCES)
    for s in SENTENCES:  # shuffled words, changed case, a twin put in
        words = s.split()
        rng.shuffle(words)
        texts += [" ".join(words), s.upper(), s.swapcase()]
        chars = list(s)
        chars[rng.randrange(len(chars))] = rng.choice(CASE_TWINS)
        texts.append("".join(chars))
    texts.append(" ".join(SENTENCES))
    for text in texts:
        assert new_present(phrase, text) == old_present(phrase, text), text


def test_needs_of_a_phrase() -> None:
    assert phrase_needs("(the)? Quad (proposal|plan)") == ((("quad",), ("proposal", "plan")),)
    assert phrase_needs("Kyiv's consent & talks") == (
        (("kyiv",), ("s",), ("consent",)),
        (("talks",),),
    )
    # a non-ASCII word and an optional group need nothing; "%" may read "per cent"
    assert phrase_needs("(Türkiye)? mediat* 5%") == ((("mediat",), ("5",)),)
    assert phrase_needs("(Türkiye|Turkey) talks") == ((("talks",),),)


def test_shipped_catalogs_agree_on_varied_text() -> None:
    rng = random.Random(7)
    vocab = [*" ".join(SENTENCES).split(), "troops", "Europe", "talks", "NATO", "the"]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randrange(3, 40))) for _ in range(150)]
    for name in ("european_security", "climate_finance"):
        for issue in load_catalog(name).issues:
            for cue in issue.cues:
                for text in texts:
                    assert new_present(cue.text, text) == old_present(cue.text, text)
            for text in texts:
                expected = tuple(c for c in issue.cues if old_present(c.text, text))
                assert issue.present(text) == expected
