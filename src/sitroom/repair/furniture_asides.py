"""Asides a page sets among or after the paragraphs and addressed to the reader, not news
prose: a reader poll's question ("Do you think ...?"), a writer's roles in a list
("Editor | Videographer | Filmmaker"), and a link to another story or to the source run
on at the end of a paragraph ("... the outlet.Also Read | Protesters return to the
streets", "... around a dozen…Original Article")."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line

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


def aside_kind(line: Line) -> str | None:
    """The kind of aside ``line`` is by its own form, or None."""
    if len(line.words) <= 40 and _POLL.match(line.text):
        return "other"
    if _BARRED.match(line.text) and all(s.strip()[:1].isupper() for s in line.text.split("|")):
        return "byline" if len(line.words) <= 30 else None
    return None


def run_on_link(line: Line) -> int | None:
    """Where a link to another story run on at the end of ``line`` starts, or None."""
    found = _RUN_ON_LINK.search(line.text) or _TEASER_TAIL.search(line.text)
    return (
        None
        if found is None
        else found.start() + len(found.group(0)) - len(found.group(0).lstrip())
    )
