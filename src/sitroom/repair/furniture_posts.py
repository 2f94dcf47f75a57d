"""Furniture of a page's posts (:mod:`sitroom.repair.furniture`): the heading a live page
sets over one of its posts, right above the post's time stamp ("16:00, Jane Roe"), and the
readers' comment thread under the report: each comment opens with its writer's name and
its age ("Jo il y a 1 jour", "jroe 3 hours ago"), and under the thread's header ("Comments
(5)", "12 comments") every line from the first such opening on is a reader's, not the
report's. Each is a form of the page, never a topic."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, is_prose, short_unpunctuated
from sitroom.repair.furniture_patterns import BULLETS

# a comment's age after its writer's name: French, Spanish, Portuguese and English forms
_AGE = (
    r"(?:il y a|hace|há)\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|"
    r"segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|años?|anos?)"
    r"|\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
)
# the writer's name (a handle or up to four words) and the age, nothing else: no verb
# phrase before it ("This was published 3 months ago" is a page note, not a comment)
COMMENT_OPENING = re.compile(
    rf"[\w.'’@-]+(?: [\w.'’@-]+){{0,3}}\s*[,·|-]?\s+(?:{_AGE})", re.IGNORECASE
)
# (a sentence's subject and verb are no name: "The council voted 3 days ago")
_NOT_A_NAME = re.compile(
    r"^(?:the|this|that|a|an|it|he|she|they|we|i|you)\b"
    r"|\b(?:was|were|is|are|has|have|had|published|updated|posted)\b"
    r"|(?-i:\b[a-z]{2,}ed\b)",  # (a lower-case past tense; "Ahmed" is a name)
    re.IGNORECASE,
)
# the thread's header: "Comments (5)", "Commentaires (5)", "12 comments", "Comments: 3"
_THREAD_HEADER = re.compile(
    r"(?:\d{1,5}\s+)?(?:comments?|commentaires?|comentarios?|comentários?|réactions?|"
    r"reactions?|responses?)(?:\s*[(:]\s*\d{1,5}\)?)?",
    re.IGNORECASE,
)
# a live post's time stamp standing alone, with its writer: "16:00 , Jane Roe", "4.05pm GMT"
_POST_STAMP = re.compile(
    r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?:\s*[,|·–—-]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
)


def comment_opening(text: str) -> bool:
    """A reader comment's first line: a name and the comment's age."""
    if COMMENT_OPENING.fullmatch(text) is None:
        return False
    return _NOT_A_NAME.search(text) is None


def comment_threads(lines: list[Line], kinds: list[str | None], first_prose: int) -> None:
    """Mark, in place, the comment openings, and, under a comment thread's header below the
    report's first paragraph, every line from the first comment opening on."""
    header = False
    thread = False
    for i, line in enumerate(lines):
        opening = comment_opening(line.text)
        if opening and kinds[i] is None:
            kinds[i] = "other"
        if i > first_prose and _THREAD_HEADER.fullmatch(line.text):
            header = True
            kinds[i] = kinds[i] or "share"
        thread = thread or (header and opening)
        if thread and kinds[i] is None:
            kinds[i] = "other"


def post_headings(lines: list[Line], kinds: list[str | None]) -> None:
    """Mark, in place, the heading of a live page's post: a line with no sentence's end
    right above the post's time stamp, with the post's prose under the stamp."""
    for i in range(len(lines) - 2):
        line = lines[i]
        if kinds[i] is not None or line.text.startswith(BULLETS) or len(line.words) < 3:
            continue
        if not short_unpunctuated(line, 25) or _POST_STAMP.fullmatch(lines[i + 1].text) is None:
            continue
        body = next((j for j in range(i + 2, len(lines)) if kinds[j] is None), None)
        if body is not None and is_prose(lines[body]):
            kinds[i] = "subheading"
