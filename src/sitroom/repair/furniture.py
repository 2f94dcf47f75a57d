"""Page furniture: the lines of a page that are not news prose.

Real pages bring captions, photo and video credits, bylines, datelines, sub-headings,
dates standing alone, share and "read more" lines, navigation and video-player text along
with the article. :func:`find_furniture` marks them as character spans of the cleaned
text (the text itself is kept, so offsets stay true); no component takes a quote, an
event, an actor or a position from a marked span, and a caption never names a story.
Bylines, datelines and captions are also kept as metadata (author, dateline place).

The rules are about the form of a line and its neighbours, never about a topic: a credit
names an agency or a photographer after "Photo:" or a slash; a caption is the line a credit
ends or sits next to; a sub-heading is a short line without final punctuation between
paragraphs; a dateline opens the first paragraph with a place and a dash or colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from sitroom.article import Furniture

KINDS = (
    "title", "caption", "credit", "byline", "dateline", "subheading", "date", "share",
    "navigation", "related", "player", "other",
)  # fmt: skip

_AGENCIES = (
    r"Reuters|REUTERS|AFP|AP|Associated Press|EPA|EPA-EFE|Getty(?: Images)?|Xinhua|AAP|ANI|"
    r"PTI|IANS|UPI|dpa|DPA|Anadolu(?: Agency)?|Sputnik|TASS|Bloomberg|Shutterstock|"
    r"Alamy|WANA|SPA|WAM|APA|NurPhoto|Sipa|SOPA Images|Pool|File|X|Twitter|Handout|"
    r"Supplied|YouTube|Facebook|Instagram|Telegram"
)
_PHOTO_WORD = r"(?:Photo(?:graph)?s?|Image|Picture|Pic|Video|Footage|Cover photo|File photo|Credit)"
# "Photo: AFP", "Photograph: Ronen Zvulun/Reuters", "Photo courtesy X/EPA", "(Image: Getty)",
# "(Credit: AFP)", "REUTERS/Amir Cohen", "/ Reuters", "(EPA Images pic)", "File Photo"
_CREDIT = re.compile(
    rf"(?:\(?\b{_PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|by)?\s*:?\s+[^()\n]{{1,80}}\)?"
    rf"|\b(?:{_AGENCIES})/[A-Z][\w.' -]{{1,60}}"
    rf"|/\s*(?:{_AGENCIES})\b[^\n]{{0,40}}"
    rf"|\((?:{_AGENCIES})(?: Images?)?(?: pic| photo)?\)"
    rf"|\((?:{_AGENCIES}) (?:Photos?|Images?|Video)(?:/[^)\n]{{1,60}})?\)"
    rf"|\bFile [Pp]hoto\b\.?|\bTPX IMAGES? OF THE DAY\b|\bvia Getty Images\)?)\s*$"
)
_CREDIT_LINE = re.compile(
    rf"^\W*(?:{_PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|source)?\s*[:,]|\|\s*{_PHOTO_WORD}|"
    rf"(?:{_AGENCIES})\s*(?:/|$)|\(?(?:Image|Photo|Credit)s?\s*:|Credit(?:\.\.\.|…)|Sources?\s*:)",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:IMAGE|PHOTO|FILE PHOTO|FILE|PICTURE|VIDEO|WATCH|LISTEN)\s*[:—–-]"
    r"|^(?:Image|Media) caption,|^In this (?:\w+ )*(?:photo|image|picture)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reporting by|Words by|Story by)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ ,]+(?:and |& )?"
    r"[A-Z][\w.'’-]*){0,7})\s*(?:[|,–—-].{0,60})?$"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_TOKEN = re.compile(
    rf"\b(?:{_MONTH}|\d{{1,4}}(?::\d\d)?|[AP]\.?M\.?|am|pm|GMT|UTC|IST|CET|CEST|EST|EDT|CDT|"
    r"PST|BST|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Updated|Published|Posted|Last updated|at|on|hours?|mins?|minutes?|ago)\b",
    re.IGNORECASE,
)
# "KHARTOUM, Nov 7 (Reuters) -", "New Delhi, Jul 10:", "WASHINGTON :", "July 10 (UPI) --",
# "JERUSALEM, Israel –", "ISLAMABAD-"
_DATELINE = re.compile(
    r"^(?P<line>(?P<place>(?:[A-Z][A-Za-z.'’-]+)(?:(?: |/)[A-Z][A-Za-z.'’-]+){0,3})?"
    r"(?:,?\s*(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?(?:\s*\[[A-Z][A-Za-z ]{1,30}\])?"
    rf"(?:,?\s*(?:{_WEEKDAY},?\s*)?(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s*\d{{4}})?)?"
    r"\s*(?:(?:\([A-Za-z][A-Za-z .&/-]{0,30}\))?\s*(?:--?|–|—|:)\s*|\([A-Z]{2,8}\)(?=[A-Z])))"
    r"(?=\S)"
)
_SHARE = re.compile(
    r"^(?:Share(?: this| on| via| current article| article| story)?\b.*|Print|Email|Tweet|"
    r"Copy link|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Follow us.*|Subscribe.*|"
    r"Sign up.*|Advertisement|ADVERTISEMENT|Sponsored|Comments?|Listen to (?:this )?article.*|"
    r".*\bInvalid email\b.*|We use your sign-up.*|.*\bnewsletter\b.{0,60}|Click here.*|"
    r"Story continues below.*|Continue reading.*|Copyright \d{4}.*|©.*|All rights reserved.*|"
    r"(?:\(?Reporting by|Additional reporting by|Editing by|Writing by)\b.*|"
    r".*\bpic\.twitter\.com/\S+.*|Follow (?:\w+ )?(?:on|@).{0,60}|\d+ min(?:ute)?s? read|"
    r"(?:Tags|Topics|Filed under|Categories)\s*:.*|Most (?:read|popular|viewed)\b.{0,40}|"
    r"Download (?:the|our) app.{0,60}|Join (?:our|us on) .{0,60}|Email the author.{0,40}|"
    r"This (?:story|article) (?:has been|was) (?:updated|corrected).{0,120}|"
    r"(?:The )?Associated Press (?:writers?|reporters?) .{0,120} contributed.{0,40}|_{3,}|"
    r"(?:Home|News)\s*(?:[>/»|]\s*[\w&' -]{1,30}){1,5}|"
    # contributor and contact notes, copyright, reprints, promotions
    r"[A-Z].{0,100}\bcontributed (?:additional )?"
    r"(?:reporting|to (?:this|the) (?:report|story))\b.{0,80}|"
    r"(?:Email|Contact|Reach|Write to) (?:the )?(?:author|writer|reporters?|[A-Z][\w.'’-]+"
    r"(?: [A-Z][\w.'’-]+){0,2}) (?:at|on|via) .{1,160}|Have a (?:news )?tip\b.{0,160}|"
    r"\S+@\w[\w-]*\.[\w.]+|(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*|"
    r"(?:Copyright|\(c\))\b.{0,100}|(?:Order )?Reprints?|Print (?:this )?(?:article|page|story)|"
    r"Like this (?:story|article)\?.{0,80})$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:Read (?:more|also|next)\b|Also read\b|More (?:to read|on this|from)\b|Related\b|"
    r"Recommended\b|See also\b|Watch:|WATCH:|READ:|MORE:|ALSO READ\b|Trending\b|"
    r"You (?:may|might) (?:also )?(?:like|enjoy)\b|Also on [\w-]+\.\w+|"
    r".{8,160}\[(?:VIDEO|PICTURES|PHOTOS|PICS|INSIGHT|LIVE|POLL|REVEAL|LATEST)\]\W*$)",
    re.IGNORECASE,
)
_PLAYER = re.compile(
    r"browser does not support|supports? HTML5 video|enable JavaScript|JavaScript is disabled|"
    r"video (?:player|is loading|unavailable)|Now playing|Skip Ad|Duration \d|"
    r"can ?not be played|^Play (?:Video|Audio)$",
    re.IGNORECASE,
)
_TWEET_CREDIT = re.compile(r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s*[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
# A quotation with its attribution ('"...," the minister said'): body prose, not a caption.
_QUOTE_ATTRIBUTION = re.compile(
    r"[\"“”][^\"“”]{8,}[\"“”].{0,80}\b(?:said|says|told|added|asked|wrote|stated)\b"
)
# Credits of the page's lead image, wherever they stand: the line before is not a caption.
_LEAD_IMAGE = re.compile(r"^\W*(?:Cover|Top|Main|Featured|Header|Lead) (?:photo|image)", re.I)
_BULLETS = ("•", "·", "▪", "●", "- ", "* ")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    _words: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        """The line's words (found once: the furniture tests read them many times)."""
        if self._words is None:
            self._words = _WORD.findall(self.text)
        return self._words


def _lines(text: str) -> list[_Line]:
    """The text's lines, stripped; the lines of a hard-wrapped paragraph (a block between
    blank lines whose lines break mid-sentence) are one unit."""
    out: list[_Line] = []
    block: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            block.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        else:
            out.extend(_unwrap(block, text))
            block = []
        pos += len(raw)
    out.extend(_unwrap(block, text))
    return out


def _unwrap(block: list[_Line], text: str) -> list[_Line]:
    if len(block) < 2:
        return block
    pairs = list(pairwise(block))
    long_lines = all(len(line.text) >= 40 for line, _ in pairs)
    broken = sum(1 for line, nxt in pairs if _breaks_mid_sentence(line.text, nxt.text))
    if not (long_lines and broken * 2 >= len(pairs)):
        return block
    start, end = block[0].start, block[-1].end
    return [_Line(start, end, " ".join(text[start:end].split()))]


_CONTINUES = re.compile(r"(?:[,;:(\-–—]|\b(?:the|a|an|and|or|of|to|in|on|for|with|that|by))$")


def _breaks_mid_sentence(line: str, nxt: str) -> bool:
    """A line that a hard wrap cut in the middle of a sentence."""
    if _ends_sentence(line):
        return False
    return nxt[:1].islower() or _CONTINUES.search(line) is not None


def _ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, or a closing quote right after it ('..." she said.'
    ends a sentence; a heading "X condemns 'piracy'" does not)."""
    if text.endswith(tuple(".!?:;,…")):
        return True
    return text.endswith(tuple("\"”’'»)")) and text[:-1].rstrip().endswith(tuple(".!?,…"))


def _is_prose(line: _Line) -> bool:
    n = len(line.words)
    return n >= 25 or (n >= 6 and _ends_sentence(line.text))


def _is_date_line(line: _Line) -> bool:
    tokens = line.text.replace(",", " ").split()
    if not tokens or len(tokens) > 14 or not re.search(r"\d", line.text):
        return False
    dated = sum(1 for t in tokens if _DATE_TOKEN.fullmatch(t.strip(".|")) or t in "|-–—")
    glued = re.fullmatch(rf"(?:Published|Updated|Posted)\s*{_MONTH}.*", line.text)
    return dated / len(tokens) >= 0.7 or glued is not None


def _is_navigation(line: _Line) -> bool:
    words = line.text.split()
    return len(words) >= 4 and all(w.isupper() and w.isalpha() for w in words)


def _short_unpunctuated(line: _Line, limit: int = 12) -> bool:
    words = line.words
    return 1 <= len(words) <= limit and not _ends_sentence(line.text) and len(line.text) <= 110


# "- 'Merciless gangs' -": a wire service's sub-heading set between dashes
_DASHED_HEADING = re.compile(r"^[-–—]\s+\S(?:.{0,78}\S)?\s+[-–—]$")


def _kind_alone(line: _Line) -> str | None:
    """The kind of furniture a line is by its own form, or None."""
    text = line.text
    if _DASHED_HEADING.match(text) and len(line.words) <= 10:
        return "subheading"
    if _PLAYER.search(text):
        return "player"
    if _SHARE.match(text.lstrip("-•·▪●* ")) and len(line.words) <= 80:
        return "share"
    if _RELATED.match(text) and (len(line.words) <= 25 or text.endswith(("?", ":"))):
        return "related"
    if _BYLINE.match(text):
        return "byline"
    if _TWEET_CREDIT.match(text):
        return "credit"
    if _CAPTION_START.match(text) and len(line.words) > 5:
        return "caption"
    if _CREDIT_LINE.match(text) and len(line.words) <= 15:
        return "credit"
    if _CREDIT.search(text) and len(line.words) <= 80:
        return "caption" if len(line.words) > 6 else "credit"
    if _is_date_line(line):
        return "date"
    if _is_navigation(line):
        return "navigation"
    return None


def find_furniture(text: str) -> list[Furniture]:
    """The furniture of ``text`` as spans (whole lines, or the opening dateline of a line)."""
    lines = _lines(text)
    kinds: list[str | None] = [_kind_alone(line) for line in lines]
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line)), len(lines))
    first_free = next(
        (i for i, k in enumerate(kinds) if k is None and not lines[i].text.startswith(_BULLETS)),
        -1,
    )
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        if i < first_prose and line.text.startswith(_BULLETS):
            kinds[i] = "other"  # highlights above the article
        elif _in_bullet_run(lines, i):
            kinds[i] = "other"  # "Quick looks", "Key points": short bullets anywhere
        elif i == first_free and i < first_prose < len(lines) and _short_unpunctuated(line, 25):
            kinds[i] = "title"  # a line above the first paragraph of prose
            better = _better_title(lines, kinds, i, first_prose)
            if better is not None:  # "Osun" above the headline is the site's name
                kinds[i], kinds[better] = "other", "title"
        elif _next_to_credit(kinds, lines, i) or _caption_over_byline(lines, kinds, i):
            kinds[i] = "caption"
        elif i > 0 and _is_subheading(lines, kinds, i):
            kinds[i] = "subheading"
        elif i > 0 and kinds[i - 1] != "title" and _is_loose_caption(lines, kinds, i):
            kinds[i] = "caption"  # (a standfirst right under the headline is not one)
        elif kinds[i - 1 if i else 0] == "related" and line.text.startswith(("-", "•", "–")):
            kinds[i] = "related"
    titles = {ln.text for ln, k in zip(lines, kinds, strict=True) if k == "title"}
    kinds = ["title" if ln.text in titles else k for ln, k in zip(lines, kinds, strict=True)]
    spans = [
        Furniture(ln.start, ln.end, ln.text, k) for ln, k in zip(lines, kinds, strict=True) if k
    ]
    spans += _datelines(lines, kinds, first_prose)
    headings = {ln.text for ln, k in zip(lines, kinds, strict=True) if k in ("title", "subheading")}
    spans += _slash_trails(lines, kinds, headings)
    return sorted(spans, key=lambda f: f.start)


_DOTS = ("•", "·", "▪", "●")


def _in_bullet_run(lines: list[_Line], i: int) -> bool:
    """A short line opening with a bullet dot in a run of two or more such lines: a page's
    summary points or links, not the report's prose."""

    def dotted(j: int) -> bool:
        ok = 0 <= j < len(lines) and lines[j].text.startswith(_DOTS)
        return ok and len(lines[j].words) <= 30

    return dotted(i) and (dotted(i - 1) or dotted(i + 1))


# "Headline/ Site/ WASHINGTON/ J. Doe/ Morning Edition/ Summary ...": a credit trail of
# three or more short segments each closed by a slash
_SLASH_TRAIL = re.compile(r"(?:^|(?<=\S))/\s*(?:[A-Z][^/\n]{0,40}/\s*){3,}")


def _slash_trails(
    lines: list[_Line], kinds: list[str | None], headings: set[str]
) -> list[Furniture]:
    """A slash-separated credit trail (site, place, author, edition) as a byline, and,
    when the headline (a line the page also sets alone) opens its line, the summary after
    the trail up to the line's end."""
    out: list[Furniture] = []
    for line, kind in zip(lines, kinds, strict=True):
        found = _SLASH_TRAIL.search(line.text) if kind is None else None
        if found is None:
            continue
        offset = line.start + len(line.text) - len(line.text.lstrip()) + found.start()
        trail = found.group(0).rstrip()
        out.append(Furniture(offset, offset + len(trail), trail, "byline"))
        head = line.text[: found.start()].strip()
        rest = line.text[found.end() :].strip()
        if rest and (not head or head in headings):
            at = line.start + line.text.rindex(rest)
            out.append(Furniture(at, at + len(rest), rest, "other"))
    return out


def _caption_over_byline(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A long line without final punctuation right above the byline: the lead photo's
    caption ("Posters line the streets ahead of the vote" / "By Jane Doe, CNN")."""
    line = lines[i]
    above_byline = i + 1 < len(kinds) and kinds[i + 1] == "byline"
    return above_byline and len(line.words) >= 8 and not _ends_sentence(line.text)


def _better_title(
    lines: list[_Line], kinds: list[str | None], i: int, first_prose: int
) -> int | None:
    """A headline below a one- or two-word line (a site or section name) above the prose:
    the next short line of four words or more."""
    if len(lines[i].words) > 2:
        return None
    for j in range(i + 1, first_prose):
        if kinds[j] is None and _short_unpunctuated(lines[j], 25) and len(lines[j].words) >= 4:
            return j
    return None


def _is_subheading(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A short line without final punctuation between paragraphs, or right after a
    paragraph where the page ends or breaks off ("Military action" before a cut text), or
    a short question standing alone between paragraphs ("What happens next?")."""
    line = lines[i]
    if _short_unpunctuated(line, 8) and line.text.isupper():
        return True
    headed = line.text[:1].isupper() and not line.text.startswith(("-", "•", '"', "“", "'"))
    if _short_unpunctuated(line) and _between_paragraphs(lines, kinds, i):
        return True
    after_prose = kinds[i - 1] is None and _is_prose(lines[i - 1])
    broken_off = i + 1 < len(lines) and _nothing_after(lines, kinds, i)  # not the cut line
    if headed and after_prose and _short_unpunctuated(line, 6) and broken_off:
        return True
    question = line.text.endswith("?") and 2 <= len(line.words) <= 8 and headed
    quoted = any(q in line.text for q in '"“”')
    return question and not quoted and _between_paragraphs(lines, kinds, i)


def _is_loose_caption(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A caption or image text without its credit: a line of six to 45 words that does
    not end a sentence, standing between paragraphs, when the next paragraph starts a
    sentence of its own (a paragraph cut in two by a stray break goes on in lower case)."""
    line = lines[i]
    n = len(line.words)
    if not 6 <= n <= 45 or _ends_sentence(line.text) or not line.text[:1].isupper():
        return False
    if not (line.text[-1].isalnum() or line.text[-1] == ")") or _CONTINUES.search(line.text):
        return False  # a line ending in a quote mark, an emoji or "~" is not a caption
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if kinds[j] is None), None)
    starts = nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1] in "\"“‘'")
    return starts and _between_paragraphs(lines, kinds, i)


def _nothing_after(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """No paragraph of prose follows: the page ends or breaks off mid-sentence."""
    return not any(kinds[j] is None and _is_prose(lines[j]) for j in range(i + 1, len(lines)))


def _next_to_credit(kinds: list[str | None], lines: list[_Line], i: int) -> bool:
    """A line right before a credit line (its caption), when it is not long prose that
    the credit merely follows."""
    nxt = kinds[i + 1] if i + 1 < len(kinds) else None
    text = lines[i].text
    quoted = _QUOTE_ATTRIBUTION.search(text) is not None
    lead_image = _LEAD_IMAGE.match(lines[i + 1].text) if nxt == "credit" else None
    return (
        nxt == "credit"
        and lead_image is None
        and len(lines[i].words) <= 45
        and not quoted
        and not _CREDIT.search(text)
    )


def _between_paragraphs(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    after = next(
        (
            lines[j]
            for j in range(i + 1, len(lines))
            if kinds[j] is None and not _short_unpunctuated(lines[j])
        ),
        None,
    )
    return after is not None and _is_prose(after) and not lines[i].text.startswith(("-", "•"))


def _datelines(lines: list[_Line], kinds: list[str | None], first_prose: int) -> list[Furniture]:
    """The dateline opening the first prose paragraphs ("KHARTOUM, Nov 7 (Reuters) -")."""
    out: list[Furniture] = []
    for i in range(first_prose, len(lines)):
        if kinds[i] is not None:
            continue
        line = lines[i]
        match = _DATELINE.match(line.text)
        if match is None or not _looks_like_dateline(match["line"], match["place"]):
            continue
        if i >= first_prose + 3 and not _wire_dateline(match["line"], match["place"]):
            continue  # further down only the full wire form: a summary may come first
        glued = match["line"][-1:] in "-–—" and not match["line"][-2:-1].isspace()
        if glued and not (match["place"] or "").isupper():
            continue  # "El-Fasher", "The Greek-operated": a hyphenated word, not a dateline
        if glued and match["line"][-1:] == "-":
            continue  # "NATO-member": a compound; "ISLAMABAD- The", "BRUSSELS—The" are not
        head = match["line"].rstrip()
        out.append(Furniture(line.start, line.start + len(head), head, "dateline"))
        break
    return out


def _wire_dateline(head: str, place: str | None) -> bool:
    """The full wire form, a place in capitals and the agency in brackets before the
    dash ("DAMASCUS, Syria (AP) —"): a dateline wherever the paragraph is."""
    return bool(place) and str(place).isupper() and len(str(place)) > 2 and "(" in head


def _looks_like_dateline(head: str, place: str | None) -> bool:
    """A dateline names a place or a date and ends in a dash or colon; a speaker's label
    ("Trump:") or a sentence opening is not one."""
    words = head.split()
    speaker_label = head.rstrip().endswith(":") and len(words) == 1 and not head.isupper()
    if len(words) > 9 or speaker_label:
        return False
    if "(" in head or re.search(r"\d", head) or (place and place.isupper() and len(place) > 2):
        return True
    return bool(place) and ("," in head or head.rstrip().endswith(("-", "–", "—", "--")))


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the span ``start:end`` shares a character with any of ``spans``."""
    return any(start < b and a < end for a, b in spans)


def clear_start(start: int, end: int, spans: Iterable[tuple[int, int]]) -> int | None:
    """Where the span ``start:end`` begins once furniture that opens it is cut off (a
    dateline run into the first sentence: "Johannesburg, South Africa - President ..."); None
    when furniture covers more than its opening (or all of it)."""
    for a, b in sorted(spans):
        if b <= start or a >= end:
            continue
        if a > start:
            return None
        start = b
    return start if start < end else None


def byline_author(furniture: list[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "byline":
            match = _BYLINE.match(f.text)
            if match:
                return match["name"].strip(" ,")
    return None


def dateline_place(furniture: list[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "dateline":
            match = _DATELINE.match(f.text + " x")
            if match and match["place"]:
                return match["place"].rstrip(".")
    return None
