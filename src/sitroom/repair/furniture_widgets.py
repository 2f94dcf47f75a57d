"""A page's widgets copied with its text (:mod:`sitroom.repair.furniture_notices` asks):
the heading of a box of other stories that names how they were chosen ("Same category",
"More like this", "Latest News", "Feature News", "Popular"), a comment counter ("Comment
(0)"), the placeholder of an empty box ("No data", "No videos available"), a number that
is an image's or a page's id ("1765884534939 1"), and a date with its clock time opening
a short line that goes on with the page's weather or place ("16 December, 2025, 9:00 pm
Central - 24°C Rain"), and a picture's alt text standing in for it: an icon or a logo
named ("Calendar icon", "Close icon", "Site logo") or the bare word "image" (a list's dot
before it or not: "• image"). Each is a form of the page, never a topic: a line of prose has a
verb and a full stop, these have neither."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, ends_sentence
from sitroom.repair.furniture_patterns import DAY_MONTH

# the heading of a box of other stories, alone on its line (optionally closed by a colon)
_BOX_HEADING = re.compile(
    r"^(?:Same (?:category|author|topic|section|series|tags?)|More like this|"
    r"(?:Latest|Feature[ds]?|Top|Popular|Local|World|Trending) "
    r"(?:News|Stories|Posts|Articles|Headlines|Videos)|Most (?:Popular|Read|Viewed|Shared)|"
    r"Popular|Latest|Also in (?:this section|[A-Z]\w+)|Other news|"
    r"Related (?:News|Stories))\s*:?$",
    re.IGNORECASE,
)
# a counter of comments or reactions: "Comment (0)", "Comments (12)", "Reactions (3)"
_COUNTER = re.compile(r"^(?:Comments?|Reactions?|Replies|Shares|Likes)\s*\(\d{1,6}\)$", re.I)
# the placeholder of an empty box
_EMPTY_BOX = re.compile(
    r"^(?:No (?:data|results?|items?|posts?|videos?|articles?|stories|content|comments?)"
    r"(?: (?:available|found|to (?:show|display)|yet))?|Nothing (?:found|to show)|"
    r"Loading(?:\.\.\.|…)?)\W*$",
    re.IGNORECASE,
)
# an image's or a page's id: a run of ten or more digits, maybe with a small index after it
_NUMBER_ID = re.compile(r"\d{10,}(?:[\s_-]+\d{1,4})*")
# a full date and a clock time opening the line ("16 December, 2025, 9:00 pm", "Monday,
# March 3, 2025 14:05", "03/03/2025 - 14:05")
_DATE_TIME = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{DAY_MONTH},?\s+20\d\d|\d{{1,2}}[./-]\d{{1,2}}[./-]20\d\d|20\d\d-\d\d-\d\d)"
    r"[,\s|–—-]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\b",
    re.IGNORECASE,
)

# a picture's alt text: a page's icon or logo named in up to three words before "icon" or
# "logo", or the bare word for a picture (a list's dot before it)
_ALT_TEXT = re.compile(
    r"^(?:[A-Z]?[\w'’-]+ ){1,3}(?:icon|logo)|[•·▪●*-]?\s*(?:image|photo|picture|img)$",
    re.IGNORECASE,
)


def widget_kind(line: Line) -> str | None:
    """The kind of page widget ``line`` is by its own form, or None."""
    text = line.text
    if len(line.words) > 14:
        return None
    if _BOX_HEADING.match(text):
        return "related"
    if _COUNTER.match(text):
        return "share"
    if _EMPTY_BOX.match(text) or _NUMBER_ID.fullmatch(text) or _ALT_TEXT.fullmatch(text):
        return "other"
    if _DATE_TIME.match(text) and not ends_sentence(text):
        return "date"
    return None


# a video's running time alone on its line ("01:00", "1:02:15")
_CLIP_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")


def video_teasers(lines: list[Line], kinds: list[str | None]) -> None:
    """The headlines of a box of videos: a page that lists clips gives each a running time
    alone on its line ("01:00") next to the clip's headline. Where two or more such times
    stand on the page, a free short line with no sentence's end right above or under one
    is a clip's headline (a teaser of another story), not the report's prose."""
    clips = {i for i, ln in enumerate(lines) if _CLIP_TIME.fullmatch(ln.text)}
    if len(clips) < 2:
        return
    for i, line in enumerate(lines):
        if kinds[i] is not None or not 3 <= len(line.words) <= 25 or ends_sentence(line.text):
            continue
        if i - 1 in clips or i + 1 in clips:
            kinds[i] = "related"
