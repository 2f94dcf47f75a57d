"""Headlines and page lines found by their wording (:mod:`sitroom.repair.furniture`): the
headline the page's address spells out, a headline ending in "!", a sentence with its
source at the end (", Xinhua reports": prose, never a headline), a date run into the
site's name, the date-and-section links under an article, and a credit label closing a
paragraph of prose. Each is a form of the page, never a topic."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from sitroom.repair.furniture_lines import Line, ends_sentence, is_prose
from sitroom.repair.furniture_patterns import ATTRIBUTED, BULLETS, DAY_MONTH
from sitroom.repair.furniture_titles import CLAUSE_WORDS, is_menu

# a sentence that names its source after a comma at its end ("..., Xinhua reports",
# "..., the ministry said", "..., according to state media"): a headline gives its source
# after a colon or a dash, never as a clause of its own
REPORTED_TAIL = re.compile(
    r",\s+(?:(?:the |The )?(?:[A-Z][\w.&'’-]*|news agency|state media)"
    r"(?:\s+(?:[A-Z][\w.&'’-]*|news agency|media)){0,3}\s+"
    r"(?:reports?|reported|says|said|writes|wrote|announced|stated|added)"
    r"|according to [^,]{2,60}|(?:he|she|they|officials|police|sources) said)$"
)

# a date run into the site's or writer's name: "June 30, 2025Clash Report"
DATE_AND_NAME = re.compile(rf"^{DAY_MONTH},?\s*\d{{4}}\s*(?:[A-Z][\w.&'’-]*\s*){{1,4}}$")

# a credit label closing a paragraph of prose: "... since the 1960s. Credit: X via Y"
_CREDIT_LABEL = re.compile(
    r"(?<=[.!?\"”’] )(?:(?:Photo|Image|Video|Picture)\s+)?(?:Credits?|Sources?|Courtesy)"
    r"\s*:\s*[^.!?\n]{1,80}$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def question_headline(line: Line) -> bool:
    """A headline asking a question, in title case ("Have Over 2,000 Civilians Died in the
    City?"): most of its longer words capitalised."""
    long_words = [w for w in line.words if len(w) > 3]
    if not line.text.endswith("?") or not 4 <= len(line.words) <= 25 or not long_words:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.75


def headline_mark(line: Line) -> bool:
    """A headline ending in "?" or "!", in title case."""
    return question_headline(line) or exclaimed_headline(line)


def exclaimed_headline(line: Line) -> bool:
    """A headline ending in "!" in title case ("Nasry Asfura Ahead in Honduras!"): most of
    its longer words capitalised, not set in quotation marks."""
    long_words = [w for w in line.words if len(w) > 3]
    if not line.text.endswith("!") or not 3 <= len(line.words) <= 20 or not long_words:
        return False
    if line.text[:1] in "\"“‘'" or line.text.count(". ") > 0:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.75


def credit_closes_prose(text: str) -> re.Match[str] | None:
    """The credit label at the end of a paragraph of two sentences or more and 40 words
    or more before it (a video's description and its credit): only the label is
    furniture, the paragraph stays prose."""
    found = _CREDIT_LABEL.search(text)
    if found is None:
        return None
    before = text[: found.start()]
    if len(_SENTENCE_END.findall(before + " X")) < 2 or len(before.split()) < 40:
        return None
    return found


def _folded_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", plain)


def _slug_words(url: str) -> list[str]:
    """The words of the address's last readable path segment (its trailing id dropped)."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    segments = [s for s in unquote(path).split("/") if s]
    for seg in reversed(segments):
        seg = re.sub(r"\.\w{2,5}$", "", seg)
        words = [w for w in re.split(r"[-_+]+", seg.lower()) if w]
        while words and re.search(r"\d", words[-1]) and not words[-1].isdigit():
            words.pop()  # "...-in-lom-as-protests-rock-togo-78whojebi2i"
        if sum(1 for w in words if w.isalpha()) >= 4:
            return _folded_words(" ".join(words))
    return []


def slug_title(lines: list[Line], kinds: list[str | None], url: str | None) -> int | None:
    """The line near the top whose words the page's address spells out: the headline, even
    when it ends with a full stop (above the first paragraph) or is set in capitals. Most
    of the address's words are in the line and most of the line's words in the address (a
    first sentence runs on past them)."""
    if not url or "title" in kinds:
        return None
    slug = _slug_words(url)
    if not slug:
        return None
    after_prose = False
    for i, line in enumerate(lines[:12]):
        if kinds[i] not in (None, "navigation", "subheading") or i + 1 >= len(lines):
            continue  # (a headline in capitals reads as a menu or a sub-heading)
        prose = is_prose(line)
        words = _folded_words(line.text)
        in_line = sum(1 for w in slug if w in words) / len(slug)
        in_slug = sum(1 for w in words if w in slug) / max(1, len(words))
        if in_line >= 0.8 and in_slug >= 0.75 and not (prose and after_prose):
            return i
        after_prose = after_prose or (prose and kinds[i] is None)
    return None


def section_label(line: Line, url: str | None) -> bool:
    """A line of up to six words that a folder of the page's address spells out in full
    ("Tonga Election 2025" on ".../tonga-election-2025/talks-stall"): the section the
    page files the report under, not its headline (the address's last part)."""
    if not url or not 1 <= len(line.words) <= 6 or ends_sentence(line.text):
        return False
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    folders = [s for s in unquote(path).split("/") if s][:-1]
    words = _folded_words(line.text)
    return any(_folded_words(f.replace("-", " ")) == words for f in folders)


def trailing_links(lines: list[Line], kinds: list[str | None]) -> None:
    """Short lines after the last paragraph, in a run of four or more of which at least
    half are already furniture (a section name and a date per link: "Africa" / "July
    2025"), or a third when the free lines are headline-length (up to eight words: "Watch
    the lagoon at dawn" among "Same author" and "Heritage"): the page's links to other
    stories, marked in place. A list, a question or a quotation is the report's own."""
    last_prose = max((i for i, ln in enumerate(lines) if kinds[i] is None and is_prose(ln)),
                     default=-1)  # fmt: skip
    run = list(range(last_prose + 1, len(lines)))
    free = [lines[i] for i in run if kinds[i] is None]
    if len(run) < 4 or any(len(ln.words) > 8 or ends_sentence(ln.text) for ln in free):
        return
    own = (*BULLETS, '"', "“", "‘")
    if any(ln.text.startswith(own) or ln.text.endswith(("?", ":", '"', "”")) for ln in free):
        return
    share = 2 if all(len(ln.words) <= 4 for ln in free) else 3
    if sum(1 for i in run if kinds[i] is not None) * share < len(run):
        return
    for i in run:
        if kinds[i] is None:
            kinds[i] = "related"


_AGO = re.compile(r"^\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$", re.I)


def teaser_summaries(lines: list[Line], kinds: list[str | None], first_prose: int) -> None:
    """Another story's opening under its linked headline, over the "4 hours ago" of its
    box, below a list's label ("Latest news") after the report: the teaser's summary, marked
    in place as the headline and the time around it are."""
    listed = False  # a related label or link stands above, after the report's prose
    for i in range(first_prose + 1, len(lines) - 1):
        listed = listed or kinds[i] == "related"
        boxed = kinds[i - 1] in ("related", "caption", "subheading") and kinds[i + 1] == "date"
        if not listed or kinds[i] is not None:
            continue
        if (boxed and _AGO.match(lines[i + 1].text)) or _in_end_box(kinds, i):
            kinds[i] = "related"


def _in_end_box(kinds: list[str | None], i: int) -> bool:
    """A line between a teaser's headline and the next one's in a box of other stories that
    closes the page ("Same category" / a headline / its summary / a headline ...): nothing
    after it is free, so the report ended above the box."""
    teasers = ("related", "subheading")
    if kinds[i - 1] not in teasers or kinds[i + 1] not in teasers:
        return False
    label = max((j for j in range(i) if kinds[j] == "related"), default=None)
    inside = label is not None and all(k is not None for k in kinds[label:i])  # the box's
    return inside and all(k is not None for k in kinds[i + 1 :])  # label, then no prose


def is_tag_list(line: Line) -> bool:
    """A page's tags: four or more short comma-separated items and nothing else ("PPKM,
    Jakarta, COVID-19, protest, rally")."""
    items = line.text.split(", ")
    if len(items) < 4 or ends_sentence(line.text) or re.search(r"[:;!?\"“”()]", line.text):
        return False
    return all(1 <= len(item.split()) <= 3 for item in items)


def is_navigation(line: Line) -> bool:
    """Four or more words in capitals ("HOME WORLD SPORT BUSINESS"): a site's menu, unless
    the words are tied by a preposition or conjunction and name no sections: a headline in
    capitals ("TALKS STALL OVER THE RIVER BRIDGES")."""
    words = line.text.split()
    if len(words) < 4 or not all(w.isupper() and w.isalpha() for w in words):
        return False
    return is_menu(line) or not any(w.casefold() in CLAUSE_WORDS for w in words)


# a photo's caption run into the first paragraph: a sentence in the present tense that
# ends with the place and the full date the photo was taken ("A protester waves a flag as
# police gather in Garoua on October 26, 2025. Several hundred ..."); "Above, ..." and
# "Pictured: ..." open one anywhere
_CAPTION_SENTENCE = re.compile(
    rf"^(?P<cap>(?:Above|Pictured|Top|Main image|Inset)?[,:]?\s*[A-Z][^.!?\n\"“”]{{20,260}}?"
    rf"\b(?:in|at|near|outside) [A-Z][^.!?\n]{{1,80}}?\bon {DAY_MONTH},? 20\d\d\.)"
    r"\s+(?=[A-Z“\"])"
)
# a sentence of report prose tells what happened: a past tense, an attribution, a figure
_REPORTED = re.compile(
    r"\b(?:\w{3,}ed|was|were|had|has|have|been|said|says|told|according|took|went|met|"
    r"held|gave|began|fought|won|lost|came|made|struck|shot|fled|rose|fell|saw|left|led|"
    r"kept|sent|brought|ran|stood|broke|spoke|wrote|drove|threw|set|put|cut|hit|let|"
    r"will|would|could|should|may|might|can|must)\b"  # (in lower case: "May 4" is a date)
)


def caption_lead(line: Line, first: bool) -> int | None:
    """The length of a photo caption that opens ``line`` and runs on into its paragraph
    (on the page's first line of text, or opening with "Above,"), or None."""
    found = _CAPTION_SENTENCE.match(line.text)
    if found is None:
        return None
    cap = found["cap"]
    pointed = re.match(r"(?:Above|Pictured|Top|Main image|Inset)\b", cap) is not None
    if not (first or pointed) or len(cap.split()) > 45 or _REPORTED.search(cap):
        return None
    return len(cap)


def caption_leads(lines: list[Line], kinds: list[str | None]) -> list[tuple[int, int, str]]:
    """The captions run into the opening of a paragraph, as (start, end, text)."""
    free = [ln for ln, k in zip(lines, kinds, strict=True) if k is None]
    out: list[tuple[int, int, str]] = []
    for line in free:  # "A protester waves a flag ... on October 26, 2025. Several ..."
        cut = caption_lead(line, line is free[0])
        if cut is not None:
            out.append((line.start, line.start + cut, line.text[:cut]))
    return out


def above_head(kinds: list[str | None], i: int, first_prose: int, slugged: int | None) -> bool:
    """The line is above the headline (one the page sets or its address spells out)."""
    return "title" in kinds[i:first_prose] or (slugged or -1) > i


def title_cased(line: Line) -> bool:
    """Two to six words in title case without final punctuation ("Economic Pressure",
    "The Road to the Vote"): every word of four letters or more capitalised."""
    words = line.words
    long_words = [w for w in words if len(w) > 3]
    if not 2 <= len(words) <= 6 or not long_words or ends_sentence(line.text):
        return False
    return line.text[:1].isupper() and all(w[0].isupper() for w in long_words)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me)\b")
# a lead-in to a quotation or a text: a pronoun, or a verb of saying or writing
_LEAD_IN = re.compile(
    r"^(?:He|She|They|It|We|I)\b|\b(?:add|write|state|read|note|explain|declare|continue|"
    r"tweet|post|announce|respond|repl|insist|conclude)(?:s|ed|ied|ies|d)?\b|\bwrote\b"
)


def colon_label(lines: list[Line], i: int) -> bool:
    """A label the page sets alone, closed by a colon, with nothing after it on its line:
    a heading over what follows ("What You Should Do:", "The Latest:", "Key points:") or a
    page's field ("Date:", "Follow topic:"). Up to two words, or up to six in title case;
    a speaker's lead-in ("The minister said:", "The statement read:") is prose, and so is a
    speaker's name over their words ("Jane Roe:" / "“We stay.”", "We will stay.")."""
    line = lines[i]
    text = line.text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if nxt.startswith(('"', "“", "‘", "'", "«")) or _FIRST_PERSON.search(" ".join(nxt.split()[:8])):
        return False  # a speaker's name over their words
    if text.isupper():
        return False  # "NORTHERN BUREAU:" (a desk's dateline, taken by the dateline rules)
    if not text.endswith(":") or text.endswith("::") or ATTRIBUTED.search(text):
        return False
    if _LEAD_IN.search(text):
        return False  # "He added:", "The letter reads:"
    words = line.words
    if not text[:1].isupper() or not 1 <= len(words) <= 6:
        return False
    return len(words) <= 2 or all(w[0].isupper() for w in words if len(w) > 3)
