"""Photo captions written as whole sentences (:mod:`sitroom.repair.furniture`), told from a
report's one-sentence paragraph by their place and their wording, and notes that close a
page. A caption describes the picture in the present tense ("Jane Roe gestures as she
arrives ..."), says who or what is seen ("... is pictured", "(L-R)") or dates the photo
with its place and full date; a report's sentence tells what happened, in the past. Each
needs a caption's place too: at the top above the lede, or right under a photo credit.
A page's closing note speaks about the page or the reader ("The floor is all yours.",
"This preview shows 15% of the article.") after the report's last paragraph."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, ends_sentence, is_prose
from sitroom.repair.furniture_patterns import (
    AGENCIES,
    ATTRIBUTED,
    DATELINE,
    DAY_MONTH,
    PHOTO_WORD,
    PLACE_AT_END,
    PLACED_IN_PHOTO,
    POSITION_IN_PHOTO,
    WEEKDAY,
)

# what a caption says of its picture: who is seen, where they stand, what they do in it
_SEEN = re.compile(
    r"\b(?:is|are|was|were|being) (?:seen|pictured|photographed|shown)\b(?! as\b| to\b| that\b)"
    r"|^(?:Pictured|Seen)\b"
    r"|\((?:L-R|R-L|l-r|r-l|L to R|from left|from right|left to right|right to left)\)"
)
# what people do in a picture, in the present tense; a headline may say it too ("Kremlin
# reacts to ..."), so only a sentence closed by its full stop is a caption by these words
_POSING = re.compile(
    r"\b(?:gestures|poses|looks on|waves to|reacts|arrives for|arrives at|arrive for|"
    r"arrive at|arrives in|arrive in|gesture|pose for|look on|shakes? hands|smiles|waves? as|"
    r"wave to|listens|"
    r"casts? (?:his|her|their) (?:ballot|vote)s?|holds? (?:up )?(?:a )?(?:signs?|placards?|"
    r"flags?|banners?)|speaks (?:during|at) (?:a|an|the)|delivers (?:a|his|her) speech)\b"
)
# a caption's picture dated with its year: "in Bucharest on May 18, 2025.", "18 May 2025"
_DATED = re.compile(rf"\b(?:in|at|near|outside|on) [A-Z][^.!?]{{0,80}}\b{DAY_MONTH},? 20\d\d\.?$")
# a picture's place and its day: "... in Kabul on Sunday.", "... at the summit in Busan on
# Oct. 30." (a caption's simple present; prose tells a dated act in the past)
_WHEN_WHERE = re.compile(
    rf"\b(?:in|at|near|outside) [A-Z][\w'’.-]+[^.!?]{{0,80}}\bon (?:{WEEKDAY}|{DAY_MONTH})\b"
)
# a state the report tells, not a picture's act
_STATE = re.compile(r"\b(?:is|are|remains?|stands? at|seems?|appears?)\b(?! (?:seen|pictured))")
# a report's sentence tells what happened: a past tense, an auxiliary, a modal
_TOLD = re.compile(
    r"\b(?:\w{3,}ed|was|were|had|has|have|been|will|would|could|should|might|must|"
    r"took|went|met|held|gave|began|won|lost|came|made|fled|rose|fell|left|led|sent|said|told|"
    r"drove|ran|saw|fought|struck|shot|stood|broke|spoke|wrote|threw|kept|brought|flew)\b"
)
# a page's note on itself or to its reader, closing the page
_PAGE_NOTE = re.compile(
    r"\b(?:preview|excerpt)\b[^.]{0,60}\b(?:article|story)\b|\bfull (?:story|article)\b"
    r"|\bpublisher'?s (?:website|site)\b|^The floor is (?:all )?yours\b|\bstay tuned\b"
    r"|\b(?:send|share with) us your (?:thoughts|views|comments|tips|stories)\b"
    r"|\bwe (?:want|would love|'d love) to hear from you\b|\b(?:news|story) (?:tips?|ideas?)\?"
    r"|^This (?:content|article|story|report|post) (?:was|is|has been) (?:produced|written|"
    r"created|generated|prepared|sponsored|paid)\b|\bwith the help of (?:AI|artificial "
    r"intelligence)\b",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"\b(?:in|at|near|outside) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*\.$")
_BRACKET_TAIL = re.compile(r"\s*[\[(][^\[\]()]{1,40}[\])]$")
_SENTENCE_END = re.compile(r"[.!?] (?=[A-Z\"“])")


def one_plain_sentence(line: Line) -> bool:
    """A single sentence of up to 40 words with no quotation and no word of saying: the
    form of a photo's caption, never of a paragraph that reports speech."""
    from sitroom.nlp.lexicon import SPEECH_VERBS  # (late: only for a caption's candidate)

    text = line.text
    inner = re.search(r"[.!?] [A-Z\"“]", text)
    said = ATTRIBUTED.search(text) or any(q in text for q in '"“”')
    # "warns", "vowed", "stating": a verb of saying; never a name's word inside the sentence
    # ("State House") nor a word after an article or a possessive ("the ruling party")
    forms = {w.lower() for w in _verb_slots(line.words)}
    stems = forms | {f[:-n] for f in forms for n in (1, 2, 3) if len(f) > n + 2}
    stems |= {f[:-3] + "e" for f in forms if f.endswith("ing")}
    return len(line.words) <= 40 and inner is None and not said and not stems & SPEECH_VERBS


_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
)


def _verb_slots(words: list[str]) -> list[str]:
    """The words of a sentence that may be its verb: the first, and each later one set in
    lower case and not right after an article or a possessive."""
    return [
        w
        for k, w in enumerate(words)
        if k == 0 or (w[:1].islower() and words[k - 1].lower() not in _DETERMINERS)
    ]


def placed_caption(lines: list[Line], kinds: list[str | None], i: int, first_prose: int) -> bool:
    """A photo's caption that says where people stand ("Jane Roe, center, bows ..."): one
    plain sentence above the report's prose or right under other furniture (a credit, the
    headline), where a page sets its lead photo."""
    line = lines[i]
    placed = i <= first_prose or (i > 0 and kinds[i - 1] is not None)
    return placed and POSITION_IN_PHOTO.search(line.text) is not None and one_plain_sentence(line)


# a photo agency's name set after a caption's full stop: "... against the deal. REUTERS"
_AGENCY_AFTER = re.compile(rf"[.!] (?:{AGENCIES})(?: via Getty Images)?\.?$")


def wire_caption(line: Line) -> bool:
    """A wire photo's caption: a sentence of 6+ words ending on ", in <Place>", or closed
    by the agency's name after its full stop ("Farmers block a road. REUTERS")."""
    said = any(q in line.text for q in '"“”')
    if len(line.words) < 6 or said:
        return False
    return PLACE_AT_END.search(line.text) is not None or _AGENCY_AFTER.search(line.text) is not None


def caption_wording(text: str) -> bool:
    """A sentence worded as a caption: who is seen or pictured, what people do in a
    picture (closed by a full stop), or a present-tense act dated with its place and the
    photo's full date (no past tense, no auxiliary)."""
    text = _BRACKET_TAIL.sub("", text)  # "... in Oslo, May 8, 2025. [Source: Wire]"
    if _POSING.search(text) is not None and text.endswith("."):
        return True
    if _SEEN.search(text) is not None:
        return True
    stated = _STATE.search(text) is not None  # "A dozen people are dead after ..."
    day = _WHEN_WHERE.search(text) is not None and text.endswith(".") and not stated
    dated = _DATED.search(text) is not None or day
    return dated and _TOLD.search(text) is None


def sentence_caption(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A one-sentence line worded as a caption, where a page sets one: at the top with
    only furniture above it and the lede (a dateline or a paragraph of prose) below, or
    right under a photo credit."""
    line = lines[i]
    if line.text.startswith(("By ", "BY ")):  # "By Jane Roe in Skopje January 15, 2025"
        return False
    if not 5 <= len(line.words) <= 40:
        return False
    if _THE_PICTURE.match(line.text) is not None:
        return True  # "The image taken by Jane Roe shows ..." (and what else is in it)
    if not one_plain_sentence(line):
        return False
    if marked_caption(line.text):  # a picture's own mark: a caption wherever it stands
        return True
    below = lines[i + 1].text if i + 1 < len(lines) and kinds[i + 1] == "credit" else ""
    over_credit = _PHOTO_CREDIT.match(below) is not None and ends_sentence(line.text)
    if over_credit and all(k is not None for k in kinds[:i]):
        return True  # the lead photo's caption over its own credit, at the page's top
    if not caption_wording(line.text):
        return False
    under_credit = _under_credit(lines, kinds, i)
    top = all(k is not None for k in kinds[:i])
    rest = zip(lines[i + 1 :], kinds[i + 1 :], strict=True)  # (past a headline under it)
    nxt = next((ln for ln, k in rest if k is None and not _heading(ln)), None)
    lede = nxt is not None and (is_prose(nxt) or DATELINE.match(nxt.text) is not None)
    return under_credit or (top and lede)


# a picture's own marks: who stands where ("(L)", "(L-R)", "(centre)"), who is pictured,
# and the photo's date in brackets closing a line that has no full stop ("(14 March 2025)")
# (never the verb with its object or a role: "pictured the quay", "pictured as a threat")
_PICTURED = re.compile(
    r"\b(?:pictured|photographed)\b(?! (?:as|to|that|the|a|an|it|him|her|them|this|his|its)\b)"
)
# a photo's credit standing alone under its caption ("Photo: J. Roe", "Photo/Example News")
_PHOTO_CREDIT = re.compile(rf"^(?:{PHOTO_WORD})\b(?:\s*[:/]\s*|\s+by\s+)\S[^|]{{0,60}}$")
# who is in the picture and what they are doing in it, with no finite verb: "The finance
# minister speaking at a news conference in Mapleton.", "Jane Roe arriving for the vote."
_ACTING = re.compile(
    r"^(?:The |A |An )?[A-Z][\w.'’-]*(?: [\w.'’-]+){0,6}?,? "
    r"(?:speaking|addressing|attending|arriving|leaving|waving|gesturing|greeting|posing|"
    r"standing|sitting|walking|holding|signing|casting|celebrating|protesting|marching|"
    r"shaking|talking|listening|looking|smiling|visiting|inspecting|laying|receiving|"
    r"delivering|chanting|gathering|queuing|lining up|taking part) "
)
# the picture itself as the subject, with its photographer, in the present: "The image
# taken by Jane Roe shows the flooded quay" (a report tells of a photo in the past, or of
# "a photo taken by a resident", not "the image" it sits next to)
_THE_PICTURE = re.compile(
    r"^(?:The|This) (?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture),? (?:taken|shot|captured) by "
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|the [\w'’-]+(?: [\w'’-]+)?),? "
    r"(?:shows?|depicts?)\b"
)
_PHOTO_DATE = re.compile(rf"\((?:(?:File|FILE) (?:photo|image),? )?(?:{DAY_MONTH},? )?20\d\d\)$")


def marked_caption(text: str) -> bool:
    """A sentence with a picture's own mark and no past tense, auxiliary or tie to the
    sentence before: a photo's caption even between paragraphs or after the last one
    ("Jane Roe (C) poses with supporters.", "Council members pictured on Tuesday.")."""
    bare = _PICTURED.sub("", _SEEN.sub("", text))  # ("pictured" is no past tense here)
    if links_back(text) or _TOLD.search(bare) or _STATE.search(bare):
        return False
    dated = _PHOTO_DATE.search(text) is not None and not ends_sentence(text)
    marks = (_SEEN, _PICTURED, PLACED_IN_PHOTO)
    seen = any(mark.search(text) for mark in marks)
    acting = _ACTING.match(text) is not None and len(text.split()) <= 30
    return dated or seen or acting


def caption_under_credit(lines: list[Line], kinds: list[str | None]) -> list[tuple[int, int]]:
    """The caption sentence opening a paragraph right under a photo credit ("© J. Roe" /
    "A burnt car blocks a street in Port-au-Prince. With over 150 gangs ..."), as (start,
    end) spans of its first sentence."""
    out: list[tuple[int, int]] = []
    for i in range(1, len(lines)):
        if kinds[i] is not None or not _under_credit(lines, kinds, i):
            continue
        cut = _SENTENCE_END.search(lines[i].text)
        first = lines[i].text[: cut.start() + 1] if cut else ""
        plain = first and _TOLD.search(first) is None and not ATTRIBUTED.search(first)
        if plain and (caption_wording(first) or PLACE_AT_END.search(first) or _in_place(first)):
            out.append((lines[i].start, lines[i].start + len(first)))
    return out


def next_prose(lines: list[Line], kinds: list[str | None], i: int) -> int:
    """The first line of prose after ``i`` not yet found to be furniture."""
    rest = range(i + 1, len(lines))
    return next((j for j in rest if kinds[j] is None and is_prose(lines[j])), len(lines))


def _heading(line: Line) -> bool:
    return len(line.words) <= 25 and not ends_sentence(line.text)


def _under_credit(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """Right under a photo credit, or under a short line of copyright ("© J. Roe/Agency")
    that a page sets under its photo."""
    if i == 0:
        return False
    above = lines[i - 1]
    return kinds[i - 1] == "credit" or (above.text.startswith("©") and len(above.words) <= 6)


def _in_place(sentence: str) -> bool:
    """A present-tense sentence of a picture ending on where it stands ("... on a street
    in Port-au-Prince.")."""
    return _IN_PLACE.search(sentence) is not None


# a connective opening a sentence ties it to the one before: "However, ...", "Meanwhile, ..."
_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Still|Also|"
    r"In addition|Additionally|Besides|Instead|Likewise|Similarly|Consequently|Therefore|"
    r"Thus|Hence|Indeed|In turn|By contrast|In contrast|Even so|Earlier|Later),"
)
# a later sentence of the line points back with a demonstrative: "... This visit was ..."
_POINTS_BACK = re.compile(r"[.!?] (?:This|These|That|Those) [a-z]")


def links_back(text: str) -> bool:
    """A line whose sentence is tied to the text before it (an opening connective, or a
    second sentence that points back with "This ..."): a paragraph of prose that lost its
    full stop, never a photo's caption, which stands alone."""
    return _CONNECTIVE.match(text) is not None or _POINTS_BACK.search(text) is not None


def page_end_note(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A note on the page or to its reader after the report's last paragraph ("This
    preview shows 15% of the article.", "The floor is all yours.")."""
    line = lines[i]
    if len(line.words) > 40 or '"' in line.text or "“" in line.text:
        return False
    after = any(kinds[j] is None and is_prose(lines[j]) for j in range(i + 1, len(lines)))
    return not after and _PAGE_NOTE.search(line.text) is not None and ends_sentence(line.text)
