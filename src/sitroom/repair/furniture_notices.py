"""Notices a page sets around an article, found by their wording
(:mod:`sitroom.repair.furniture`): a subscription wall ("This article is for subscribers
only"), a legal line ("This material may not be published ...", "Privacy Policy"), a
heading over a list of other stories ("Don't Miss", "Editor's Picks", "Must Read: ..."), a
tag line without a colon ("Tags Sudan RSF"), a writer's role standing alone ("Senior
Reporter") with the name above it or before it after a comma ("Jane Roe, Reuters"), a
live, print or app page's controls ("Key events", "Print view", "5 min read time", "Accept
all cookies", "Discussion about this post"), an editor's note, a newsroom desk as the
writer ("Web Desk"), a think tank's author line ("Jane Roe, Research Fellow, Example
Institute"), style names copied as text ("icon-facebook"), a writer's bio ("Jane Roe
is a correspondent covering ...") outside the report's prose, the headline given again
with the site's name after a bar or a dash, and an appeal for the reader's money ("Your
support helps us ..."). Each is a form a page gives its notices, never
a topic; a line with a quotation or a word of saying is prose."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, is_prose
from sitroom.repair.furniture_patterns import AGENCIES, ATTRIBUTED
from sitroom.repair.furniture_widgets import widget_kind

# a wall before the article's rest: a word of subscribing or signing in and a word of
# reading ("Subscribe to continue reading", "You have reached your free article limit")
_WALL_WORD = re.compile(
    r"\b(?:subscri(?:be|bers?|bing|ptions?)|paywall|free (?:articles?|stor(?:y|ies))|"
    r"premium (?:articles?|content|stor(?:y|ies))|members?[- ]only|log ?in|sign ?in|register)\b",
    re.IGNORECASE,
)
_READ_WORD = re.compile(
    r"\b(?:read|reading|articles?|stor(?:y|ies)|content|access|continue|limit)\b", re.IGNORECASE
)
# ... said to the reader or as a limit: "you", a command, "only", "to continue", "now"
_WALL_TONE = re.compile(
    r"\b(?:you|your|only|limit|now|to continue|continue reading|full (?:story|article))\b"
    r"|^(?:Subscribe|Sign|Log|Register|Unlock|Get|Join|Become)\b",
    re.IGNORECASE,
)
_WALL_ALONE = re.compile(
    r"^(?:Already (?:a |an )?(?:subscriber|member|registered user)\b.{0,60}"
    r"|Unlock (?:this|the|full|unlimited) (?:\w+ )?(?:article|story|access|content)\b.{0,60})$",
    re.IGNORECASE,
)
# a legal line: rights in the text (two verbs of copying or "without permission"), a
# page's policies standing alone or in a list, its note on cookies
_COPY = r"(?:published|reproduced|copied|republished|redistributed|distributed|broadcast|rewritten)"
_POLICY = (
    r"(?:Privacy|Cookies?) (?:Policy|Notice|Settings|Preferences|Statement)|"
    r"Terms (?:of|and) (?:Use|Service|Conditions)|Contact Us|About Us|Accessibility"
)
_LEGAL = re.compile(
    rf"^(?:.{{0,80}}\b(?:may|must|can)(?:not| not) be {_COPY}(?:,? (?:or |and )?{_COPY}){{1,5}}"
    r"\b.{0,120}|.{0,120}\bwithout (?:the )?(?:\w+ ){0,2}(?:permission|consent)\b.{0,60}"
    r"|.{0,60}\b(?:is|are) (?:copyrighted|protected by copyright)\b.{0,120}"
    rf"|(?:{_POLICY})(?:\s*[|·•,/]\s*(?:{_POLICY}|[A-Z][\w ]{{1,20}}))*"
    r"|(?:We|This (?:site|website)) uses? cookies\b.{0,160}"
    r"|By (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b.{0,160})$",
    re.IGNORECASE,
)
# a heading over a list of other stories, alone or before a colon
_LIST_HEADING = re.compile(
    r"^(?:Don[’']?t [Mm]iss|DON[’']?T MISS|(?:Top|Featured|Trending|Breaking|"
    r"Other|More|Related|Editors?[’']?s?[’']? (?:Picks?|Choice)|Must[- ][Rr]ead)"
    r"(?: [Ss]tories| [Hh]eadlines| [Aa]rticles| [Pp]osts| [Rr]eads| [Vv]ideos)?"
    r"|What to [Rr]ead [Nn]ext|Suggested (?:[Rr]eading|[Aa]rticles|[Ss]tories|[Pp]osts)|"
    r"In [Oo]ther [Nn]ews|Previously|Further [Rr]eading|Keep [Rr]eading|More [Ss]tories|"
    r"TOP STORIES|EDITOR[’']?S PICKS?|MUST READ)\s*(?::.{0,200}|[|].{0,200}|[.!]?)$"
)
# "Tags Sudan RSF Darfur": a tag label and capitalised tags, no sentence
_TAGS = re.compile(r"^(?:Tags|TAGS|Tagged|Topics|TOPICS|Keywords|Labels)\s+[A-Z#][^.!?]{0,160}$")
# a writer's role on a line of its own ("Senior Reporter", "Africa Correspondent")
_ROLE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Journalist|Contributor|"
    r"Columnist|Producer|Photographer|Photojournalist|Anchor|Presenter|Editor-in-Chief)s?$"
)
# a live page's and a print or app view's controls
_CONTROL = re.compile(
    r"^(?:Key events?|Show (?:key|all|latest) (?:events|posts|updates)(?: only)?|Pinned post|"
    r"As it happened|Print (?:view|version|edition)|Printed from \S+|View (?:in|on) "
    r"(?:browser|app|web)|(?:Open|Read|Continue|View) (?:in|on) (?:the )?app|"
    r"Audio (?:version|article)|Text size|Font size|(?:A\s*){2,3}|Live|LIVE|"
    # a reading-time note, a cookie banner's buttons, a blog's comment box heading
    r"(?:Estimated |Unable to calculate )?read(?:ing)? time\b.{0,30}|"
    r"(?:Accept|Reject|Allow|Decline|Refuse)(?: all| necessary| essential)?(?: cookies)?|"
    r"Manage (?:cookie |privacy )?(?:preferences|settings|consent|options)|"
    r"(?:Discussion|Comments?|Conversation) (?:about|on) this (?:post|article|story|page))\W*$",
    re.IGNORECASE,
)
# an editor's note on the page, not the report ("Editor's note: This story was updated.")
_EDITORS_NOTE = re.compile(r"^(?:Editor[’']?s[’']? [Nn]ote|EDITOR[’']?S[’']? NOTE)\s*[:–—-]\s*\S")
# the page's note that a machine or a feed, not its newsroom, wrote the text: "(This is an
# unedited and auto-generated story from a syndicated feed ...)", "This article was generated
# from an automated feed", "(Except for the headline, this story has not been edited by ...)"
_MACHINE_NOTE = re.compile(
    r"^\(?(?:Except for the headline, )?[Tt]his (?=.{0,40}\b(?:article|story|report|content|"
    r"post|text)\b).{0,80}?(?:auto-?generated|automatically (?:generated|published)"
    r"|generated (?:from|by) an? (?:automated|syndicated|news) (?:feed|system)"
    r"|has not been edited by|(?:published|taken|sourced) from an? (?:automated|syndicated) "
    r"(?:news )?feed)",
    re.IGNORECASE,
)
# a page's style names copied with its text ("icon-facebook icon-twitter icon-whatsapp")
_STYLE_NAMES = re.compile(r"^(?:(?:icon|fa|btn|svg|sprite|social)[-_][a-z][\w-]*\s*)+$")
# a newsroom desk as the writer ("Example News Staff", "Web Desk", "Foreign Bureau")
_DESK = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Staff|Desk|Newsroom|Bureau)$")
# a writer and the agency or role after a comma or bar ("Jane Roe, Reuters", "Jane Roe |
# Senior Correspondent")
_NAMED_DESK = re.compile(
    rf"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}}\s*[,|]\s*(?:{AGENCIES}|"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Journalist|Contributor|"
    r"Columnist|Producer|Photographer|"
    # a think tank's or a journal's author line: "Jane Roe, Research Fellow, Example Institute"
    r"Fellow|Analyst|Researcher|Research Assistant|Associate|Scholar|Professor|Lecturer)"
    r"(?:\s*[,|]\s*[A-Z][\w&.'’()-]*(?: (?:of |for |and |the |on )?[A-Z][\w&.'’()-]*){0,6})?)$"
)
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}$")
# a writer's bio: a name, "is a", and a newsroom role ("Jane Roe is a senior correspondent
# covering Africa for The Example Times.")
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|has been) (?:an?|the) "
    r"(?:[\w-]+ ){0,4}?(?:reporter|correspondent|journalist|editor|writer|columnist|"
    r"contributor|producer|photographer|photojournalist|anchor|presenter|freelancer)s? "
    r"(?:covering|who covers|based in|writing|reporting|(?:for|at|of|with) (?:the )?[A-Z])"
    r"[^\"“”]{0,300}$"
    # "Jane Roe covers politics for The Example Times.", "Jane Roe reports on Africa for ..."
    r"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:covers|reports on|writes (?:on|about)) "
    r"[^\"“”]{3,200} (?:for|at) (?:the )?[A-Z][^\"“”]{0,100}$"
)

# a page's appeal for the reader's money, however long: a word of giving addressed to the
# reader ("Your support helps us ...", "Support our journalism", "Donate now") and a word
# of the newsroom's work ("journalism", "reporters", "reporting", "paywall")
_APPEAL = re.compile(
    r"\b(?:your (?:support|donations?|contributions?|gifts?) (?:helps?|allows?|makes?|keeps?|"
    r"enables?|funds?)|support (?:our|independent|quality) (?:journalism|reporting|newsroom)|"
    r"donate (?:now|today)|make a (?:donation|contribution)|become a (?:supporting )?member)\b",
    re.IGNORECASE,
)
_NEWSROOM_WORK = re.compile(r"\b(?:journalism|journalists?|reporters?|reporting|paywalls?)\b", re.I)


def notice_kind(line: Line) -> str | None:
    """The kind of notice ``line`` is by its own form, or None."""
    text = line.text
    n = len(line.words)
    widget = widget_kind(line)  # "Same category", "Comment (0)", "No data"
    if widget is not None:
        return widget
    if (_EDITORS_NOTE.match(text) or _MACHINE_NOTE.match(text)) and n <= 80:
        return "other"
    if n <= 300 and _APPEAL.search(text) and _NEWSROOM_WORK.search(text):
        return "other"  # "Your support helps us to tell the story ... Support Now"
    if n > 40 or any(q in text for q in '"“”'):
        return None
    if _LIST_HEADING.match(text) and n <= 30:
        return "related"
    if (_ROLE.match(text) and n <= 5) or _NAMED_DESK.match(text):
        return "byline"
    if _CONTROL.match(text) or _STYLE_NAMES.match(text):
        return "other"
    if _DESK.match(text) and n <= 6:
        return "byline"
    if re.search(r"\b(?:said|says|told|according)\b", text):
        return None
    if _TAGS.match(text) and n <= 20:
        return "navigation"
    if n <= 30 and (_WALL_ALONE.match(text) or _LEGAL.match(text)):
        return "other"
    wall = _WALL_WORD.search(text) and _READ_WORD.search(text) and _WALL_TONE.search(text)
    if wall and n <= 25 and not ATTRIBUTED.search(text):
        return "other"
    return None


def name_over_role(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A name of two or three capitalised words right above a writer's role standing alone:
    the writer's box ("Jane Roe" / "Senior Reporter")."""
    nxt = i + 1
    return (
        nxt < len(lines)
        and _NAME.match(lines[i].text) is not None
        and kinds[nxt] == "byline"
        and _ROLE.match(lines[nxt].text) is not None
    )


def writer_bio(lines: list[Line], kinds: list[str | None], i: int, first_prose: int) -> bool:
    """A writer's bio set outside the report's prose: before it, next to other furniture,
    or after the last paragraph."""
    line = lines[i]
    if len(line.words) > 60 or _BIO.match(line.text) is None or ATTRIBUTED.search(line.text):
        return False
    beside = any(0 <= j < len(lines) and kinds[j] is not None for j in (i - 1, i + 1))
    after = not any(kinds[j] is None and is_prose(lines[j]) for j in range(i + 1, len(lines)))
    return i < first_prose or beside or after


_SITE_SUFFIX = re.compile(r"\s*[|–—-]\s*[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,4}\s*")


def site_suffixed(lines: list[Line], kinds: list[str | None], titles: set[str]) -> list[int]:
    """The lines that give a headline again with the site's name after a bar or a dash
    ("Talks stall in Doha - Example News")."""
    out: list[int] = []
    for i, line in enumerate(lines):
        head = next((t for t in titles if len(t) >= 15 and line.text.startswith(t)), None)
        if kinds[i] is None and head and _SITE_SUFFIX.fullmatch(line.text[len(head) :]):
            out.append(i)
    return out


# a desk's byline run into the first words of the report ("Agency Report The minister
# said ...", "Web Desk Police in ..."): the formula in title case, then a sentence
_GLUED_DESK = re.compile(
    r"^(?:With )?(?:Agency|Agencies|Wire|Staff|News|Web|Online|Digital) (?:Reports?|Reporter|Desk)"
    r"(?= [A-Z“\"‘'][\w’']*\s)"
)


def glued_desk(line: Line) -> int | None:
    """The length of a desk's byline opening a paragraph of prose, or None."""
    found = _GLUED_DESK.match(line.text)
    if found is None:
        return None
    rest = Line(line.start + found.end() + 1, line.end, line.text[found.end() + 1 :])
    return found.end() if is_prose(rest) else None
