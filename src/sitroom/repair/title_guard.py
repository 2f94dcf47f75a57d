"""Which text may name a report: its headline, or, for a report without one, the sentence
that stands in for it (a story's title).

A headline is a short line, but not every short line above the prose is a headline: a
site's name ("Example News", "Site icon Example Blog"), a section word ("Extradition"), a
credit label ("Credited from: NPR") or an image's description ("Map showing the
province") is page furniture. A report without a headline is named by its lead: never by a
label (a name, a byline, "Staff Reporter :", a line closed by a comma or a colon), a
question, a caption, or a line standing above the dateline, which opens the report's prose.
"""

from __future__ import annotations

import re

from sitroom.repair.furniture_patterns import (
    BOX_LABEL,
    CAPTION_START,
    CREDIT_LINE,
    PLACED_IN_PHOTO,
)

# the last word of a site's name: "CNI News", "Daily Example Post", "Example News Blog"
_MASTHEAD = (
    "news times post daily herald tribune journal gazette chronicle observer mirror express "
    "telegraph blog weekly magazine"
)
_MASTHEAD_WORDS = frozenset(_MASTHEAD.split())
# an image described rather than captioned: "Map showing Kebbi State", "Satellite image of
# the port", "Screenshot from a video"; "Site icon", "Logo" are a page's own pictures
IMAGE_DESCRIPTION = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*|a|an|the) ){0,3}"
    r"(?:map|photo|photograph|image|picture|graphic|chart|screenshot|screengrab|"
    r"illustration|file photo|satellite image)s? (?:showing|shows|of|from|depicting)\b"
    r"|^(?:Site icon|Site logo|Logo)\b",
    re.IGNORECASE,
)
# a credit or source label the page sets over the text: "Credited from: NPR", "Sourced from X"
_SOURCE_LABEL = re.compile(r"^(?:Credited|Sourced|Adapted|Taken|Republished) (?:from|to)\b")
_SENTENCE_END = (".", "!", '."', ".”", "!”", ".’", ".'")
_LABEL_END = (",", ":", ";", "|", "-", "–", "—")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", text)


def site_name(text: str) -> bool:
    """A name of up to four capitalised words ending with a masthead word ("CNI News",
    "Example News Blog"); a headline ties its words with small ones ("Ban on Social News")."""
    words = _words(text)
    named = all(w[:1].isupper() or w[:1].isdigit() for w in words)
    return 1 <= len(words) <= 4 and named and words[-1].casefold() in _MASTHEAD_WORDS


def headline_furniture(title: str) -> bool:
    """A line taken for the headline that is page furniture: a single word (a section's
    name), a site's name, a summary box's label, a credit or source label, or an image's
    description."""
    text = title.strip()
    words = _words(text)
    if len(words) <= 1 or site_name(text):
        return True
    if BOX_LABEL.match(text):
        return True  # "Key highlights", "What's the story": a summary box's label
    if _SOURCE_LABEL.match(text) or CREDIT_LINE.match(text) or CAPTION_START.match(text):
        return True
    return IMAGE_DESCRIPTION.match(text) is not None


def names_a_report(sentence: str) -> bool:
    """Whether a sentence of a report without a headline may name it: a sentence of at
    least four words, opening with a capital, that ends as a sentence does (or runs long),
    and is no question, no label closed by a comma or colon, no caption and no image
    description."""
    text = sentence.strip()
    words = _words(text)
    if len(words) < 4 or text.endswith("?") or text.endswith(_LABEL_END):
        return False
    if text[:1].islower():
        return False  # the rest of a sentence cut by a break or a mark, not its start
    if not text.endswith(_SENTENCE_END) and len(words) <= 12:
        return False  # "Prime Minister Jane Roe", "Staff Reporter": a name or a label
    if PLACED_IN_PHOTO.search(text) or CAPTION_START.match(text):
        return False
    return IMAGE_DESCRIPTION.match(text) is None and not headline_furniture(text)


# labels a page glues to its headline: "1 week ago", "breaking:", "⬆️ REGIONAL |", "Site |"
_AGO = re.compile(r"^\d{1,2} (?:second|minute|min|hour|hr|day|week|month|year)s? ago\s*", re.I)
_FLAG = re.compile(
    r"^(?:breaking(?: news)?|update[sd]?|live(?: updates?)?|exclusive|watch|video|just in)"
    r"\s*[:|–—-]\s*",
    re.IGNORECASE,
)
_SYMBOLS = re.compile(r"^[^\w\"“‘'(]+")
# a desk's byline glued to the headline, the page's line break lost: "Example StaffTalks
# stall in Doha", "Web DeskPolice say ..." (a capital right after the desk word)
_GLUED_BYLINE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Staff|Desk|Newsroom|Bureau|Reporter|Correspondent)"
    r"(?=[\"“‘']?[A-Z][a-z])"
)
_BAR = " | "


def clean_headline(title: str) -> str | None:
    """The headline without the labels a page glues to it: a time ago ("1 week agoTalks
    stall"), a flag ("breaking: ", "LIVE - "), symbols, a desk's byline glued to it ("Example
    StaffTalks stall"), a site's or section's name set off
    by a bar ("Example News | Talks stall", "Talks stall | Example News"); None when
    nothing but labels is left ("11/17/2025 | Press release | Archived content") or the
    line is a list's item ("• Talks stall")."""
    if title.lstrip().startswith(("•", "·", "▪", "●", "- ", "* ")):
        return None  # a list's item, not a headline
    text = _SYMBOLS.sub("", _AGO.sub("", title.strip()))
    text = _GLUED_BYLINE.sub("", text)
    text = _FLAG.sub("", text).strip()
    parts = [p.strip() for p in text.split(_BAR)]
    if len(parts) > 1:
        long = [p for p in parts if len(_words(p)) >= 4]
        if not long:
            return None  # a date, a kind of page, a site: no headline among them
        if len(long) == 1:
            text = long[0]
    return text or None
