"""Furniture run into the opening of a paragraph without a line break: a reading time ("4
min read The council ..."), a photo's agency credit ("Jane Roe/AP The council ...",
"REUTERS/Jane Roe Police said ..."), a bracketed photo note ("(Photo: Jane Roe) The
council ..."), a live page's flagged headline ("Council Vote LIVE: The council ..."). The page
lost the break; the prose after it is a sentence of its own."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, is_prose

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
