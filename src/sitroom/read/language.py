"""Which language a document is written in, without a model: script, then stopwords.

Letters are counted by script first: a text mostly in Cyrillic, Han, kana, Hangul,
Arabic, Greek, Hebrew, Devanagari or Thai letters is in that script's language. A Latin
text is scored by the share of its lower-case words that are stopwords of each language
(capitalised words are left out, so an English report full of foreign names stays
English). English is the default: another language must clearly beat it, on enough
evidence, or the text stays ``"en"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

__all__ = ["ENGLISH", "detect_language"]

ENGLISH = "en"
#: Letters looked at (the start of a long text says enough).
SAMPLE_CHARS = 20_000
#: Fewer stopwords than this in the sample: too little evidence to leave English.
MIN_STOPWORDS = 4
#: Another language needs this many times English's stopword hits.
MARGIN = 2.0

_STOPWORD_LISTS = {
    "en": "the of and to in is that for it was on with as be by at this from are have has had "
    "not but were which will would its their they an or been who said after also he she "
    "we you his her our than there what when about more into over",
    "de": "der die das und ist nicht den dem des ein eine einen einem zu mit sich auf für von "
    "im auch es als wird werden hat haben nach bei wie aus sind noch nur oder aber vor "
    "zur zum dass über wurde sie er wir ich",
    "fr": "le la les des du un une et est en que qui dans pour pas sur au aux avec il elle ce "
    "cette ont sont été par plus ne se son sa ses leur mais nous vous comme être a dit "
    "lors selon",
    "es": "el la los las de del y en que un una es por para con no se su sus al lo como más "
    "pero fue ha han este esta son entre sobre también dijo ya muy según",
    "it": "il lo la gli le di del della dei delle e è che un una per con non si sono nel "
    "nella alla al anche come più ma ha hanno questo questa dopo",
    "pt": "o a os as de do da dos das e em um uma que não para com por se no na nos nas ao "
    "mais como mas foi são também ele ela disse",
    "nl": "de het een en van in is dat op te met voor niet zijn er aan ook als bij door maar "
    "om nog wordt werd heeft hebben zij hij naar",
    "pl": "i w na z że się nie do to jest o jak po przez od za jego ale już czy oraz są był "
    "została został",
}
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORD_LISTS.items()}

_SCRIPTS = (
    ("CYRILLIC", "ru"),
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("ARABIC", "ar"),
    ("GREEK", "el"),
    ("HEBREW", "he"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
)
_UKRAINIAN = frozenset("іїєґ")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for script, _ in _SCRIPTS:
        if name.startswith(script):
            return script
    return "LATIN" if name.startswith("LATIN") else "OTHER"


def detect_language(text: str) -> str:
    """An ISO 639-1 code for ``text`` ("en" when unsure)."""
    sample = text[:SAMPLE_CHARS]
    scripts: Counter[str] = Counter()
    for char, n in Counter(sample).items():  # each distinct character named once
        if char.isalpha():
            scripts[_script(char)] += n
    letters = sum(scripts.values())
    if not letters:
        return ENGLISH
    kana = scripts.pop("HIRAGANA", 0) + scripts.pop("KATAKANA", 0)
    if kana or "CJK" in scripts:
        scripts["CJK"] += kana  # Japanese writes kanji and kana together
    script, count = max(scripts.items(), key=lambda kv: (kv[1], kv[0]))
    if script not in ("LATIN", "OTHER") and count >= 0.5 * letters:
        if script == "CYRILLIC" and any(c in _UKRAINIAN for c in sample.lower()):
            return "uk"
        if script == "CJK" and kana > 0.05 * letters:
            return "ja"
        return dict(_SCRIPTS)[script]
    words = [w for w in _WORD.findall(sample) if w.islower()]
    hits = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(hits, key=lambda lang: (hits[lang], lang == ENGLISH))
    if best == ENGLISH or hits[best] < MIN_STOPWORDS:
        return ENGLISH
    if hits[best] < MARGIN * hits[ENGLISH]:
        return ENGLISH
    return best
