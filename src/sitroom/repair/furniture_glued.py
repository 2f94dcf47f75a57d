"""Furniture run into the opening of a paragraph without a line break: a reading time ("4
min read The council ..."), a photo's agency credit ("Jane Roe/AP The council ...",
"REUTERS/Jane Roe Police said ..."), a bracketed photo note ("(Photo: Jane Roe) The
council ..."), a live page's flagged headline ("Council Vote LIVE: The council ..."). The page
lost the break; the prose after it is a sentence of its own."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, is_prose
from sitroom.repair.furniture_patterns import DAY_MONTH, WEEKDAY

_AGENCY = r"AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Anadolu|Xinhua|Bloomberg|PTI|ANI|IANS"
_NAME = r"[A-Z][a-zà-ÿ][\w.'’-]*"
_GLUED_LABEL = re.compile(
    r"^(?:"
    r"\d{1,2}\s?min(?:ute)?s? read|Reading time:?\s*\d{1,2}\s?min(?:ute)?s?"
    rf"|(?:{_NAME} ){{0,3}}{_NAME}\s?/\s?(?:{_AGENCY})(?: via Getty Images)?"
    rf"|(?:{_AGENCY})\s?/\s?{_NAME}(?: {_NAME}){{0,2}}"
    r"|\((?:AP |AFP |Reuters |File )?(?:Photo|Image|Picture|File photo)\b[^()\n]{0,80}\)"
    # a live page's headline and its flag: "Storm Season 2025 LIVE Updates: The storm ..."
    r"|[A-Z][\w'’-]*(?: [A-Z0-9][\w'’-]*){0,7} (?:LIVE|Live)(?: (?:Updates?|UPDATES?|Blog|BLOG))?:"
    r")(?= [A-Z“\"‘'][\w’']*\s)"
)


def glued_label(line: Line) -> int | None:
    """The length of a reading time, photo credit or photo note opening a paragraph of
    prose, or None."""
    found = _GLUED_LABEL.match(line.text)
    if found is None:
        return None
    rest = Line(line.start + found.end() + 1, line.end, line.text[found.end() + 1 :])
    return found.end() if is_prose(rest) else None


# a full date with its time, as a page stamps it: "May 12, 2025, 10:30 am EDT", "Monday, 12
# May 2025 10:31 GMT" (a year is required: "May 12 the council ..." may be a sentence)
_STAMP = (
    rf"(?:{WEEKDAY},?\s*)?{DAY_MONTH},?\s*\d{{4}}"
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4}\b)?)?"
)
# a page's label run into the first paragraph: a date stamp, a source or copyright label and
# the names after it, an audio player's "Listen to this article"
_LEAD_LABEL = re.compile(
    r"^(?:"
    rf"(?:(?:Last )?[Uu]pdated|Published|Posted)(?: on| at)?:?\s*{_STAMP}|{_STAMP}"
    r"|(?:Source|Copyright|Credit|Photo|Image|Picture)s?\s*:\s*(?:©\s*)?"
    r"[A-Z][\w&.'’/-]*(?: [A-Z][\w&.'’/-]*){0,3}"
    # a search tool's date marker: "date 2025-03-14 The council ..."
    r"|[Dd]ate:?\s+\d{4}-\d\d-\d\d(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?"
    r"|Listen to (?:this )?(?:article|story)"
    r"(?:\s*[:|·-]?\s*\d{1,2}:\d\d|,? \d{1,2}\s?min(?:ute)?s?)?"
    r")(?= [A-Z“\"‘'])"
)


def lead_label(line: Line) -> tuple[int, str] | None:
    """The length and kind of a page's label run into a paragraph of prose ("Updated: May 12,
    2025 The council ...", "Source: Example Agency The council ...", "Listen to this article
    The council ..."), or None. What follows must be a sentence of six words or more."""
    found = _LEAD_LABEL.match(line.text)
    if found is None:
        return None
    rest = Line(line.start + found.end() + 1, line.end, line.text[found.end() + 1 :])
    head = found.group(0)
    marker = head[:4].lower() == "date"  # (a tool's marker: a headline may follow it too)
    if not marker and (len(rest.words) < 6 or not is_prose(rest)):
        return None
    credited = re.match(r"(?:Source|Copyright|Credit|Photo|Image|Picture)", head) is not None
    kind = "share" if head.startswith("Listen") else "credit" if credited else "date"
    return found.end(), kind
