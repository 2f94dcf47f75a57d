"""Page furniture a line is by its own form, without its neighbours: a credit, a share
line, a byline, a date standing alone, a player's text, a tag list, a page's code."""

from __future__ import annotations

import re

from sitroom.repair.furniture_asides import aside_kind
from sitroom.repair.furniture_heads import (
    DATE_AND_NAME,
    credit_closes_prose,
    is_navigation,
    is_tag_list,
)
from sitroom.repair.furniture_lines import Line, ends_sentence
from sitroom.repair.furniture_notices import notice_kind
from sitroom.repair.furniture_patterns import (
    ATTRIBUTED,
    BYLINE,
    CAPTION_START,
    CODE_LINE,
    CREDIT,
    CREDIT_LINE,
    DATE_TOKEN,
    DATELINE_ALONE,
    DESK_BYLINE,
    MACHINE_NOTE,
    MONTH,
    NAME_IN_BRACKETS,
    NUMERIC_DATE,
    PAGE_WORD,
    PLACED_IN_PHOTO,
    PLAYER,
    PROMOTION,
    READER_ADDRESS,
    RELATED,
    SHARE,
    TAG_PAGE,
    TWEET_CREDIT,
    UI_LINE,
)


def _is_date_line(line: Line) -> bool:
    tokens = line.text.replace(",", " ").split()
    if not tokens or len(tokens) > 14 or not re.search(r"\d", line.text):
        return False
    dated = sum(1 for t in tokens if DATE_TOKEN.fullmatch(t.strip(".|[]():")) or t in "|-–—/")
    glued = re.fullmatch(rf"(?:Published|Updated|Posted)\s*{MONTH}.*", line.text)
    return (
        dated / len(tokens) >= 0.7
        or glued is not None
        or NUMERIC_DATE.match(line.text) is not None
        or _PLACE_AND_DATE.fullmatch(line.text) is not None
    )


# a place and a date in figures alone on a line, the page's note of where and when it was
# written: "Example Town 14/01/2024", "Lagos, 03.05.2025"
_PLACE_AND_DATE = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},? \d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
)


_TOKEN_ID = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[a-z])[\w-]{16,}")


def _speaks_to_reader(line: Line) -> bool:
    """A short line telling the reader what to do with the page or addressing them about
    it, or noting that a machine wrote or translated it; never a quotation or an
    attribution."""
    if not 3 <= len(line.words) <= 35 or ATTRIBUTED.search(line.text):
        return False
    if MACHINE_NOTE.search(line.text):
        return True
    return bool(READER_ADDRESS.search(line.text)) and bool(PAGE_WORD.search(line.text))


# a line wholly in brackets, one bracket pair, up to 15 words: an editor's note
_EDITORS_NOTE = re.compile(r"\([^()]+\)")
# "- 'Merciless gangs' -": a wire service's sub-heading set between dashes
_DASHED_HEADING = re.compile(r"^[-–—]\s+\S(?:.{0,78}\S)?\s+[-–—]$")


def kind_alone(line: Line) -> str | None:
    """The kind of furniture a line is by its own form, or None."""
    text = line.text
    notice = notice_kind(line)  # a subscription wall, a legal line, a list's heading
    if notice is not None:
        return notice
    aside = aside_kind(line)  # (before the credits: "Video Editor | Filmmaker" is a role)
    if aside is not None:
        return aside
    if _DASHED_HEADING.match(text) and len(line.words) <= 10:
        return "subheading"
    if PLAYER.search(text):
        return "player"
    if SHARE.match(text.lstrip("-•·▪●* ")) and len(line.words) <= 80:
        return "share"
    if RELATED.match(text) and (len(line.words) <= 25 or text.endswith(("?", ":"))):
        return "related"
    if BYLINE.match(text) or DESK_BYLINE.match(text) or NAME_IN_BRACKETS.match(text):
        return "byline"
    if len(text) <= 400 and UI_LINE.match(text):
        return "other"
    if _speaks_to_reader(line) or (PROMOTION.match(text) and len(line.words) <= 15):
        return "share"
    if TAG_PAGE.match(text):
        return "navigation"
    if TWEET_CREDIT.match(text):
        return "credit"
    if CAPTION_START.match(text) and len(line.words) > 5:
        return "caption"
    if CREDIT_LINE.match(text) and len(line.words) <= 15:
        return "credit"
    if credit_closes_prose(text) is not None:
        return None  # a paragraph with a credit label at its end: only the label is one
    if CREDIT.search(text.rstrip(" |")) and len(line.words) <= 80:
        return "caption" if len(line.words) > 6 else "credit"
    placed = PLACED_IN_PHOTO.findall(text)
    if placed and len(line.words) <= 45 and (len(placed) > 1 or not ends_sentence(text)):
        return "caption"  # "Donald Trump (left) and Nicolas Maduro (right)" (a sentence with
        # one "(R)" may give a senator's party)
    if _is_date_line(line) or DATE_AND_NAME.match(text):
        return "date"
    if _EDITORS_NOTE.fullmatch(text) and len(line.words) <= 15:
        return "other"  # "(Adds ministry's reply)", "(Updated with new figures)"
    alone = DATELINE_ALONE.fullmatch(text)
    if alone is not None and alone["date"]:
        return "dateline"  # "Kathmandu, July 13:" on a line of its own
    if text.endswith(("[…]", "[...]", "[ … ]")):
        return "other"  # a teaser cut short by the page ("The Attorney General […]")
    if is_tag_list(line):
        return "navigation"
    if _TOKEN_ID.fullmatch(text):
        return "other"  # a page's id or hash ("6f08807261...", "a1b2c3d4e5f6g7h8")
    if is_navigation(line):
        return "navigation"
    if CODE_LINE.search(text) and len(line.words) <= 40:
        return "other"  # a page's script copied with its text
    return None
