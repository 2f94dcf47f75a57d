"""Furniture found by a line's place in a run of lines (:mod:`sitroom.repair.furniture`):
the highlights under a headline, a list of headlines under a "Next in ..." label, the
teaser (a headline and its cut-off opening) of another story after the article, a gallery's
caption above its photo numbers, a desk or place label standing above the first paragraph,
and the headline right above a byline. Each is a form of the page, never a topic."""

from __future__ import annotations

import re

from sitroom.repair.furniture_lines import Line, ends_sentence, is_prose
from sitroom.repair.furniture_patterns import (
    BULLETS,
    CREDIT,
    DATELINE,
    LEAD_IMAGE,
    MONTH,
    QUOTE_ATTRIBUTION,
    SOURCE_NOTE,
)
from sitroom.repair.furniture_titles import caption_over_headline, question_heads

_NUMBER = re.compile(r"\d{1,3}")
# "WESTERN BUREAU:", "NEW DELHI:" standing alone above the first paragraph
_BIO_LABEL = re.compile(r"About (?:the|this) (?:author|writer)s?\W*$", re.IGNORECASE)
_DESK_LABEL = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}\s*[:–—-]")


def _heading(line: Line, limit: int = 25) -> bool:
    n = len(line.words)
    return 1 <= n <= limit and len(line.text) <= 200 and not line.text.endswith((".", ",", ";"))


def mark_runs(lines: list[Line], kinds: list[str | None], first_prose: int) -> None:
    """Mark, in place, the lines that are furniture by the run they stand in."""
    question_heads(lines, kinds)  # "What happened?" over an explainer's other questions
    caption_over_headline(lines, kinds)
    listed = False  # the line before continues a list of headlines
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            listed = False
            continue
        prev = kinds[i - 1] if i else None
        if line.text.startswith(BULLETS) and not is_prose(line) and _under_title(lines, kinds, i):
            kinds[i] = "other"  # the highlights a page sets under its headline (bullets that
            # are sentences are the report's own summary points: they stay prose)
        elif (
            i > first_prose
            and prev == "related"
            and _heading(line)
            and (
                listed or len(lines[i - 1].words) <= 5  # under "Next in World", "Most read"
            )
        ):
            kinds[i] = "related"
            listed = True
            continue
        elif _teaser(lines, kinds, i, first_prose):
            kinds[i - 1] = kinds[i] = "related"  # another story's headline and opening
        elif i < first_prose and _DESK_LABEL.fullmatch(line.text):
            kinds[i] = "dateline"
        elif i and _BIO_LABEL.match(lines[i - 1].text) and len(line.words) <= 80:
            kinds[i] = "other"  # the author's note under "About the author:"
        elif _in_author_box(lines, kinds, i):
            kinds[i] = "byline"  # "About the Author" / "Jane Roe" / "Editor" / her note
        listed = False
    _headline_lists(lines, kinds, first_prose)
    _title_over_byline(lines, kinds)
    titles = [i for i, k in enumerate(kinds) if k == "title"]
    if len(titles) == 1 and len(lines[titles[0]].words) <= 3:
        at = titles[0]  # "Example News" over the story: a site's name, not a headline;
        # "national", "world news": a section's slug in lower case
        head = lines[at]
        # (summary points marked as a standfirst are prose here)
        free = at + 1 < len(lines) and kinds[at + 1] in (None, "standfirst")
        prose_next = free and is_prose(lines[at + 1])
        if (prose_next and len(head.words) <= 2) or head.text.islower():
            kinds[at] = "other"


def _in_author_box(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A line of up to 40 words in the run of up to four lines under "About the author"
    (the writer's name, role and note), every line between already furniture."""
    if len(lines[i].words) > 40:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if kinds[j] is None:
            return False
        if _BIO_LABEL.match(lines[j].text):
            return True
    return False


def _headline_lists(lines: list[Line], kinds: list[str | None], first_prose: int) -> None:
    """Three or more headline-shaped lines in a row after the prose with no prose after
    them (other stories' links without a label above them): a report never ends on three
    headings with nothing between. Questions, bullets, quotations and lines opening a
    list (":") are the report's own."""
    run: list[int] = []
    for i in range(first_prose + 1, len(lines) + 1):
        line = lines[i] if i < len(lines) else None
        if line is not None and kinds[i] is None and _linked_headline(line):
            run.append(i)
            continue
        if len(run) >= 3 and not any(
            kinds[j] is None and is_prose(lines[j]) for j in range(run[-1] + 1, len(lines))
        ):
            for j in run:
                kinds[j] = "related"
        run = []


def _linked_headline(line: Line) -> bool:
    text = line.text
    if text.startswith(("- ", "– ", "• ")) and len(line.words) >= 6:
        text = text[2:]  # a list of links set as a list ("- UN says ... rejected")
    elif text.startswith(BULLETS):
        return False
    if not _heading(line, 20) or len(line.words) < 4:
        return False
    return not text.endswith(("?", ":", '"', "”", "’")) and text[:1] not in "\"“‘'"


def _under_title(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """The line follows the headline, with only bullet points between."""
    j = i - 1
    while j >= 0 and kinds[j] == "other" and lines[j].text.startswith(BULLETS):
        j -= 1
    return j >= 0 and kinds[j] == "title"


def _teaser(lines: list[Line], kinds: list[str | None], i: int, first_prose: int) -> bool:
    """A cut-off opening ("... And the...") under a headline, after the article's prose:
    the teaser of another story."""
    line = lines[i]
    cut = line.text.endswith(("...", "…")) and len(line.words) >= 10
    above = kinds[i - 1] in (None, "subheading", "related") if i else False
    return cut and above and i - 1 > first_prose and _heading(lines[i - 1])


def mark_galleries(lines: list[Line], kinds: list[str | None]) -> None:
    """The caption above a gallery's "1 2 3 ..." controls (before the headline is sought:
    the caption is not the page's first line of text)."""
    for i in range(len(lines) - 2):
        numbers = all(_NUMBER.fullmatch(lines[j].text) for j in (i + 1, i + 2))
        if numbers and kinds[i] is None and len(lines[i].words) <= 60:
            kinds[i] = "caption"


def _title_over_byline(lines: list[Line], kinds: list[str | None]) -> None:
    """The first free line, right above the byline, is the headline even when it ends with
    a full stop ("Briefing: Opening remarks by the spokesperson.")."""
    if "title" in kinds:
        return
    first = next((i for i, k in enumerate(kinds) if k is None), None)
    if first is None or first + 1 >= len(lines) or kinds[first + 1] != "byline":
        return
    if 3 <= len(lines[first].words) <= 25 and not lines[first].text.endswith((",", ":")):
        kinds[first] = "title"


def above_title(lines: list[Line], kinds: list[str | None], first_prose: int) -> None:
    """Short lines above the headline ("Support", "the website", "Categories"): the site's
    own header, which a page sets before the headline, never news prose."""
    title = next((i for i, k in enumerate(kinds) if k == "title"), None)
    if title is None or title > first_prose:
        return
    for i in range(title):  # (no sub-heading stands above the headline)
        free = kinds[i] in (None, "subheading")
        if free and len(lines[i].words) <= 4 and not is_prose(lines[i]):
            kinds[i] = "navigation"


_RULE = re.compile(r"^[-–—*_=•·~]{1,20}$")
# a header's close: a date with a year or a month, a byline, a rule (not a live page's "7 p.m.")
_HEADER_DATE = re.compile(rf"\b(?:19|20)\d\d\b|\b{MONTH}")
_INNER_END = re.compile(r"[.!?][\"”’]?\s*[A-Z\"“]")
_HEADER_ENDS = ("date", "byline")


def standfirsts(lines: list[Line], kinds: list[str | None]) -> None:
    """The summary a page sets under its headline (the standfirst): a line of six words or
    more without a sentence's end right under the headline, with prose after it, or up to
    two lines above the page's header close (its date or byline line, or a rule) near the
    top, with prose after the close; the report's own paragraphs start below the header.
    It names the story's actors and events, but no quote is taken from it."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if kinds[i] is None and kinds[i - 1] == "title" and 6 <= len(line.words) <= 40:
            nxt = next((j for j in range(i + 1, len(lines)) if kinds[j] is None), None)
            one = _INNER_END.search(line.text) is None  # (not two sentences run together)
            if one and not ends_sentence(line.text) and nxt is not None and is_prose(lines[nxt]):
                kinds[i] = "standfirst"
    told_again(lines, kinds)
    close = next(
        (
            k
            for k in range(min(len(lines), 6))
            if kinds[k] in _HEADER_ENDS or _RULE.match(lines[k].text)
        ),
        None,
    )
    if close is None or close == 0:
        return
    free = [i for i in range(close) if kinds[i] is None]
    after = [j for j in range(close + 1, len(lines)) if kinds[j] is None]
    dated = kinds[close] != "date" or _HEADER_DATE.search(lines[close].text) is not None
    if not dated or any(DATELINE.match(lines[i].text) for i in free):
        return  # the report opens above the close ("WASHINGTON (AP) — ..." / "7 p.m.")
    if len(free) <= 2 and len(after) >= 2 and is_prose(lines[after[0]]):
        for i in free:
            if len(lines[i].words) >= 6:
                kinds[i] = "standfirst"


#: words in a row a summary shares with the report below it (a name and a phrase, not chance)
_TOLD_AGAIN = 8


def told_again(lines: list[Line], kinds: list[str | None]) -> None:
    """A standfirst that is a full sentence: the first line under the headline (past its
    caption and date lines) whose wording the report repeats further down ("... becomes the
    youngest prime minister in the country's history." told again in a later paragraph).
    A lead paragraph reports; the report does not say it twice, a summary above it is
    written from the report's own sentences."""
    head = next((i for i, k in enumerate(kinds) if k == "title"), None)
    if head is None:
        return
    i = next((j for j in range(head + 1, len(lines)) if kinds[j] is None), None)
    if i is None or not _TOLD_AGAIN <= len(lines[i].words) <= 60:
        return
    later = [j for j in range(i + 1, len(lines)) if kinds[j] is None]
    if len(later) < 2 or not is_prose(lines[later[0]]):
        return
    n = _TOLD_AGAIN
    below: set[tuple[str, ...]] = set()
    for j in later:
        words = [w.lower() for w in lines[j].words]
        below.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    words = [w.lower() for w in lines[i].words]
    if any(tuple(words[k : k + n]) in below for k in range(len(words) - n + 1)):
        kinds[i] = "standfirst"


# A sub-heading run into the paragraph under it, where a page dropped the line break: a
# phrase of three to twelve words with no sentence mark, then a word that only opens a
# sentence ("Election dispute fuels tension The coup attempt came ...", "Six presidents in
# eight years Since 2016, ..."). Prose never sets "The" or "Since" in capitals mid-sentence
# unless a name follows ("told The Associated Press", "in The Hague").
_GLUED_HEAD = re.compile(
    r"(?P<head>[A-Z][^.!?:\"“”()\n]{8,100}?[\w’'])\s+"
    r"(?=(?:The|A|An|In|On|At|Since|After|As|But|While|When|With|This|These|It|He|She|They|"
    r"We|His|Her|Its|Their|According|Despite|Meanwhile|However|Reading|Speaking)\s+"
    r"(?![A-Z]))"
)
# the last word of a phrase that goes on into a name ("in an interview with The Times")
_GOES_ON = frozenset(
    {
        *("to", "with", "by", "of", "in", "on", "for", "at", "from", "into", "about", "and"),
        *("or", "than", "the", "a", "an", "that", "as", "said", "says", "told", "tells"),
        *("wrote", "writes", "called", "named", "titled", "like"),
    }
)


def glued_headings(lines: list[Line], kinds: list[str | None]) -> list[tuple[int, int, str]]:
    """The sub-headings run into the opening of their paragraph, as (start, end, text)."""
    out: list[tuple[int, int, str]] = []
    seen_prose = False
    for line, kind in zip(lines, kinds, strict=True):
        asked = _glued_question(line) if kind is None and seen_prose else None
        seen_prose = seen_prose or (kind is None and is_prose(line))
        if asked is not None:
            out.append(asked)
            continue
        found = _GLUED_HEAD.match(line.text) if kind is None else None
        if found is None:
            continue
        head = found["head"]
        words = head.split()
        rest = Line(line.start + found.end(), line.end, line.text[found.end() :])
        if 3 <= len(words) <= 12 and words[-1].lower() not in _GOES_ON and _sentence(rest):
            out.append((line.start, line.start + len(head), head))
    return out


# a question sub-heading run into its paragraph: "What did the court decide? The judges ..."
_GLUED_QUESTION = re.compile(
    r"(?P<head>(?:What|Why|How|Who|When|Where|Which|Is|Are|Can|Will|Does|Did|Do|Should|"
    r"Could|Has|Have)\b[^.!?:;,\"“”()\n]{3,80}\?)\s+(?=[A-Z])"
)
# the opening of an answer in the writer's own voice: the question is theirs, not a heading
_ANSWERS = ("Because", "Yes", "No", "Not", "Perhaps", "Maybe", "Probably", "Well", "Partly")


def _glued_question(line: Line) -> tuple[int, int, str] | None:
    """A short question opening a paragraph below the first one, the paragraph going on in
    a sentence of its own that does not answer in the writer's voice ("Because ..."): a
    question sub-heading that lost its line break. Only one question: a run is prose."""
    found = _GLUED_QUESTION.match(line.text)
    if found is None:
        return None
    head = found["head"]
    rest = Line(line.start + found.end(), line.end, line.text[found.end() :])
    if not 3 <= len(head.split()) <= 10 or rest.text.startswith(_ANSWERS) or "?" in rest.text:
        return None
    return (line.start, line.start + len(head), head) if _sentence(rest) else None


def _sentence(line: Line) -> bool:
    """What follows the heading reads as a paragraph (a page may cut its last one short)."""
    return is_prose(line) or len(line.words) >= 12


def next_to_credit(kinds: list[str | None], lines: list[Line], i: int) -> bool:
    """A line right before a credit line (its caption), when it is not long prose that
    the credit merely follows."""
    nxt = kinds[i + 1] if i + 1 < len(kinds) else None
    text = lines[i].text
    quoted = QUOTE_ATTRIBUTION.search(text) is not None
    after = lines[i + 1].text if nxt == "credit" else ""
    lead_image = LEAD_IMAGE.match(after) or SOURCE_NOTE.match(after)
    return (
        nxt == "credit"
        and lead_image is None
        and not _captions_itself(after)
        and len(lines[i].words) <= 45
        and not quoted
        and not CREDIT.search(text)
    )


def _captions_itself(credit: str) -> bool:
    """A credit line that carries its own caption before the credit ("Nigerian President
    Jane Roe / Video Image"): four words or more before it, not a photographer's name
    ("Jane Roe/AP") nor a "Photo:" label. The line above it is then prose, not a caption."""
    found = CREDIT.search(credit.rstrip(" |"))
    if found is None:
        return False
    before = credit[: found.start()].strip(" /|-–—")
    return len(before.split()) >= 4 and ":" not in before


_NAME_WORD = re.compile(r"(?:[A-Z][a-zà-ÿ’'-]+|[A-Z]\.)")


def names_under_title(lines: list[Line], kinds: list[str | None]) -> None:
    """A name of two to four capitalised words alone on the line right under the headline
    ("Talks stall in Doha" / "Jane Roe"), with more text below: the writer's name or the
    lead photo's label, never the report's prose (marked "other")."""
    for i in range(1, len(lines) - 1):
        words = lines[i].text.split()
        named = 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words)
        under = kinds[i - 1] == "title" and lines[i - 1].text != lines[i].text
        if kinds[i] in (None, "title") and under and named:
            kinds[i] = "other"  # (a bare name is no second headline)
    _label_under_byline(lines, kinds)


def _label_under_byline(lines: list[Line], kinds: list[str | None]) -> None:
    """A second "title" under the headline's byline or date ("Talks stall in Doha" / "By
    Jane Roe" / "12/03/2025" / "Mapleton's new mayor Jane Roe"): the lead photo's label,
    since a page sets its headline above the byline, never under it."""
    head = next((j for j, k in enumerate(kinds) if k == "title"), None)
    if head is None or len(lines[head].words) < 4:
        return
    signed = False
    for i in range(head + 1, len(lines)):
        if kinds[i] in ("byline", "date"):
            signed = True
        elif kinds[i] == "title" and signed and lines[i].text != lines[head].text:
            kinds[i] = "caption"
        elif kinds[i] is None:
            return
