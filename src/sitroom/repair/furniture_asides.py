"""Asides a page sets among or after the paragraphs and addressed to the reader, not news
prose: a reader poll's question ("Do you think ...?"), a writer's roles in a list
("Editor | Videographer | Filmmaker"), and a link to another story or to the source run
on at the end of a paragraph ("... the outlet.Also Read | Protesters return to the
streets", "... around a dozen…Original Article"), a short link that ends in an arrow ("Read
Full Article →"), and a wire photo's caption that closes on its weekday and full date
("Soldiers stand guard in Bamako, Mali, Tuesday, Aug. 12, 2025."): prose gives a weekday or
a date, a caption both with the year."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line
from sitroom.repair.furniture_patterns import ATTRIBUTED, DAY_MONTH, WEEKDAY

# a question to the reader on a line of its own: "Do you think the deal will hold?",
# "What do you think about this?", "Would you support ...?" (a quotation is set in marks)
_POLL = re.compile(
    r"^(?:(?:Do|Did|Would|Will|Should|Could|Have|Are|Were) you\b"
    r"|(?:What|How) do you (?:think|feel|rate)\b"
    r"|Which (?:\w+ )?(?:do|would) you\b)[^\"“”]{0,200}\?$"
)
# three or more short segments between bars, none a sentence: a writer's roles or a
# site's sections ("Multimedia Journalist | Video Editor | Videographer")
_BARRED = re.compile(r"^[^|.!?]{1,40}(?: \| [^|.!?]{1,40}){2,}$")
# "Also Read | ...", "READ ALSO: ..." run on after a sentence's end inside a paragraph
_RUN_ON_LINK = re.compile(
    r"(?<=[.!?\"”’])\s*(?:Also Read|Read Also|Read More|See Also)\s*[|:]\s*\S.{0,200}$",
    re.IGNORECASE,
)
# an aggregator's teaser cut short and its link to the source run on at its end ("... around
# a dozen…Original Article", "... institutions..Full content / Read original.")
_LABEL = (
    r"(?:Read (?:more|original|the (?:full|original|rest)(?: (?:article|story|post))?)|"
    r"Continue reading|Original (?:article|story|post|source)|"
    r"Full (?:content|story|article|report)|View (?:the )?(?:original|full) (?:article|story|post))"
)
_TEASER_TAIL = re.compile(
    rf"(?<=[.!?\"”’…])\s*{_LABEL}(?:\s*[/|»→›]\s*{_LABEL})*[\s.»→›:]*$", re.IGNORECASE
)


# a link's label closed by an arrow ("Read Full Article →", "More on the talks »")
_ARROW_LINK = re.compile(r"^[^\"“”«»]{2,80}?\s*(?:→|›|»|>>|➔|⟶)$")
# "..., in Bamako, Mali, Tuesday, Aug. 12, 2025." with an optional photo credit after it
_DATED_CAPTION = re.compile(
    rf"\S,? (?:on )?{WEEKDAY},? {DAY_MONTH},? \d{{4}}\.?(?:\s*\([^()]{{2,60}}\))?$"
)


def aside_kind(line: Line) -> str | None:
    """The kind of aside ``line`` is by its own form, or None."""
    n = len(line.words)
    if n <= 40 and _POLL.match(line.text):
        return "other"
    if n <= 10 and _ARROW_LINK.match(line.text):
        return "related"
    if 5 <= n <= 60 and _DATED_CAPTION.search(line.text) and not ATTRIBUTED.search(line.text):
        return "caption"
    if _BARRED.match(line.text) and all(s.strip()[:1].isupper() for s in line.text.split("|")):
        return "byline" if n <= 30 else None
    return None


def run_on_link(line: Line) -> int | None:
    """Where a link to another story run on at the end of ``line`` starts, or None."""
    found = _RUN_ON_LINK.search(line.text) or _TEASER_TAIL.search(line.text)
    return (
        None
        if found is None
        else found.start() + len(found.group(0)) - len(found.group(0).lstrip())
    )
