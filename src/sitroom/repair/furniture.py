"""Page furniture: the lines of a page that are not news prose.

Real pages bring captions, photo and video credits, bylines, datelines, sub-headings,
dates standing alone, share and "read more" lines, navigation and video-player text along
with the article. :func:`find_furniture` marks them as character spans of the cleaned
text (the text itself is kept, so offsets stay true); no component takes a quote, an
event, an actor or a position from a marked span, and a caption never names a story.
Bylines, datelines and captions are also kept as metadata (author, dateline place).

The rules are about the form of a line and its neighbours, never about a topic: a credit
names an agency or a photographer after "Photo:" or a slash; a caption is the line a credit
ends or sits next to; a sub-heading is a short line without final punctuation between
paragraphs; a dateline opens the first paragraph with a place and a dash or colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.article import Furniture
from sitroom.repair.furniture_alone import kind_alone
from sitroom.repair.furniture_asides import run_on_link
from sitroom.repair.furniture_captions import (
    caption_under_credit,
    links_back,
    next_prose,
    page_end_note,
    placed_caption,
    sentence_caption,
    wire_caption,
)
from sitroom.repair.furniture_datelines import datelines
from sitroom.repair.furniture_glued import glued_label, lead_label
from sitroom.repair.furniture_heads import (
    REPORTED_TAIL,
    above_head,
    caption_leads,
    colon_label,
    credit_closes_prose,
    headline_mark,
    section_label,
    slug_title,
    teaser_summaries,
    title_cased,
    trailing_links,
)
from sitroom.repair.furniture_lines import (
    CONTINUES,
    Line,
    between_paragraphs,
    ends_sentence,
    is_prose,
    short_unpunctuated,
    split_lines,
)
from sitroom.repair.furniture_notices import (
    glued_desk,
    name_over_role,
    site_suffixed,
    writer_bio,
)
from sitroom.repair.furniture_patterns import (
    BOX_LABEL,
    BULLETS,
    BYLINE,
    CREDIT_TAIL,
    DATELINE_ALONE,
)
from sitroom.repair.furniture_posts import comment_threads, post_headings
from sitroom.repair.furniture_repeats import pull_quotes, repeated, repeated_captions
from sitroom.repair.furniture_runs import (
    above_title,
    glued_headings,
    mark_galleries,
    mark_runs,
    names_under_title,
    next_to_credit,
    standfirsts,
)
from sitroom.repair.furniture_widgets import video_teasers

KINDS = (
    "title", "caption", "credit", "byline", "dateline", "subheading", "date", "share",
    "navigation", "related", "player", "other", "standfirst",
)  # fmt: skip


def find_furniture(text: str, url: str | None = None) -> list[Furniture]:
    """The furniture of ``text`` as spans (whole lines, or the opening dateline of a line);
    ``url``, the page's address, may spell out its headline."""
    lines = split_lines(text)
    kinds: list[str | None] = [kind_alone(line) for line in lines]
    leads = {i: found for i, line in enumerate(lines) if (found := lead_label(line))}
    for i in leads:  # the label is furniture, the paragraph it runs into is not
        kinds[i] = None
    repeated(lines, kinds)
    pull_quotes(lines, kinds)
    for i, line in enumerate(lines[:-1]):  # "Kathmandu:" over "Kathmandu: Teachers ..."
        alone = kinds[i] is None and DATELINE_ALONE.fullmatch(line.text) is not None
        if alone and lines[i + 1].text.startswith(line.text + " "):
            kinds[i] = "dateline"
    mark_galleries(lines, kinds)
    labelled = None  # the headline under the section's label
    for i, line in enumerate(lines[:12]):  # "Tonga Election 2025" on ".../tonga-election-2025/..."
        if kinds[i] is None and section_label(line, url):
            kinds[i] = "navigation"
            under = lines[i + 1] if i + 1 < len(lines) else None
            head = under is not None and short_unpunctuated(under, 25) and len(under.words) >= 4
            if labelled is None and head and kinds[i + 1] is None:
                labelled = i + 1
    slugged = slug_title(lines, kinds, url)
    slugged = labelled if slugged is None else slugged
    if slugged is not None:
        kinds[slugged] = "title"
    first_free = next(
        (i for i, k in enumerate(kinds) if k is None and not lines[i].text.startswith(BULLETS)),
        -1,
    )
    asks = first_free if first_free >= 0 and headline_mark(lines[first_free]) else -1
    first_prose = next(
        (i for i, ln in enumerate(lines) if is_prose(ln) and kinds[i] is None and i != asks),
        len(lines),
    )  # (summary bullets that are sentences count as prose: their claims are the report's)
    first_plain = next(
        (j for j in range(first_prose, len(lines)) if kinds[j] is None and j != asks
         and is_prose(lines[j]) and not lines[j].text.startswith(BULLETS)),
        len(lines),
    )  # fmt: skip
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        if writer_bio(lines, kinds, i, first_prose) or name_over_role(lines, kinds, i):
            kinds[i] = "byline"  # "Jane Roe is a correspondent ...", "Jane Roe" / "Reporter"
        elif i < first_plain and line.text.startswith(BULLETS):
            # highlights above the article (above its first paragraph that is no point of a
            # list, "At a glance" points that are sentences included): a point of six words
            # or more sums the story up (it names its actors, as a standfirst does); a
            # shorter one is a label
            kinds[i] = "standfirst" if len(line.words) >= 6 else "other"
        elif BOX_LABEL.match(line.text):
            kinds[i] = "subheading"  # "Key highlights", "What's the story": a box's label
        elif _in_bullet_run(lines, i):
            kinds[i] = "other"  # "Quick looks", "Key points": short bullets anywhere
        elif i == first_free and i < len(lines) - 1 and headline_mark(line) and not slugged:
            kinds[i] = "title"  # "Have over 2,000 civilians died in the city?"
        elif (
            i == first_free and len(line.words) <= 4 and above_head(kinds, i, first_prose, slugged)
        ):
            kinds[i] = "other"  # a site or section name above the headline the page repeats
        elif i == first_free and _name_label(lines, kinds, i):
            kinds[i] = "caption"  # "Jane Roe" over a caption that names her: a photo label
        elif (i == first_free and i < first_prose and wire_caption(line)) or sentence_caption(
            lines, kinds, i
        ):
            kinds[i] = "caption"  # "Demonstrators march on the parliament, in Tripoli"
            if i == first_free:  # the headline may stand under the caption
                first_free = next((j for j in range(i + 1, len(lines)) if not kinds[j]), -1)
            if i == first_prose:  # (a caption is no paragraph of the report)
                first_prose = next_prose(lines, kinds, i)
        elif i == first_free and i < first_prose < len(lines) and _titled(line, slugged):
            kinds[i] = "title"  # a line above the first paragraph of prose
            better = _better_title(lines, kinds, i, first_prose)
            if better is not None:  # "Osun" above the headline is the site's name
                kinds[i], kinds[better] = "other", "title"
                for k in range(i + 1, better):  # and "Breaking News" under it
                    if kinds[k] is None and len(lines[k].words) <= 4:
                        kinds[k] = "other"
        elif placed_caption(lines, kinds, i, first_prose):
            kinds[i] = "caption"  # "Jane Roe, center, waves to supporters on Monday."
        elif next_to_credit(kinds, lines, i) or _caption_over_byline(lines, kinds, i):
            kinds[i] = "caption"
        elif i > 0 and _is_subheading(lines, kinds, i):
            kinds[i] = "subheading"
        elif colon_label(lines, i):  # "What You Should Do:", "Date:" above the report
            kinds[i] = "subheading" if i > first_prose else "other"
        elif i > 0 and kinds[i - 1] != "title" and _is_loose_caption(lines, kinds, i):
            kinds[i] = "caption"  # (a standfirst right under the headline is not one)
        elif kinds[i - 1 if i else 0] == "related" and line.text.startswith(("-", "•", "–")):
            kinds[i] = "related"
        elif page_end_note(lines, kinds, i):
            kinds[i] = "other"  # "This preview shows 15% of the article."
    repeated_captions(lines, kinds)
    video_teasers(lines, kinds)
    mark_runs(lines, kinds, first_prose)
    trailing_links(lines, kinds)
    teaser_summaries(lines, kinds, first_prose)
    above_title(lines, kinds, first_prose)
    standfirsts(lines, kinds)
    comment_threads(lines, kinds, first_prose)
    post_headings(lines, kinds)
    titles = {ln.text for ln, k in zip(lines, kinds, strict=True) if k == "title"}
    kinds = ["title" if ln.text in titles else k for ln, k in zip(lines, kinds, strict=True)]
    names_under_title(lines, kinds)
    for i in site_suffixed(lines, kinds, titles):  # "Talks stall in Doha - Example News"
        kinds[i] = "title"
    spans = [
        Furniture(ln.start, ln.end, ln.text, k) for ln, k in zip(lines, kinds, strict=True) if k
    ]
    spans += datelines(lines, kinds, first_prose) + _glued_titles(lines, kinds, titles)
    spans += [Furniture(a, b, t, "subheading") for a, b, t in glued_headings(lines, kinds)]
    if len(lines) > 2 and kinds[-1] is None and is_prose(lines[-2]):
        end = lines[-1]  # "News", "World": a section name under the last paragraph (a page
        # cut short ends in a fragment, "The targe", "Those offi", which stays as it is)
        opener = end.text in ("The", "This", "That", "These", "Those", "It", "He", "She", "They")
        if len(end.words) == 1 and end.text.isalpha() and end.text.istitle() and not opener:
            spans.append(Furniture(end.start, end.end, end.text, "navigation"))
    spans += [Furniture(a, b, t, "caption") for a, b, t in caption_leads(lines, kinds)]
    spans += [Furniture(a, b, text[a:b], "caption") for a, b in caption_under_credit(lines, kinds)]
    headings = {ln.text for ln, k in zip(lines, kinds, strict=True) if k in ("title", "subheading")}
    spans += _slash_trails(lines, kinds, headings)
    for line, kind in zip(lines, kinds, strict=True):
        tail = CREDIT_TAIL.search(line.text) if kind is None else None
        if tail is not None:  # "... in 2022. Reporting by J. Roe; Editing by S. Reed"
            at = line.start + tail.start()
            spans.append(Furniture(at, line.end, line.text[tail.start() :], "share"))
        link = run_on_link(line) if kind is None else None
        if link is not None:  # "... told the outlet.Also Read | Protesters return ..."
            spans.append(Furniture(line.start + link, line.end, line.text[link:], "related"))
        desk = glued_desk(line) if kind is None else None
        if desk is not None:  # "Agency Report The minister said ..."
            spans.append(Furniture(line.start, line.start + desk, line.text[:desk], "byline"))
        glued = glued_label(line) if kind is None and desk is None else None
        if glued is not None:  # "4 min read The minister ...", "Jane Roe/AP The minister ..."
            spans.append(Furniture(line.start, line.start + glued, line.text[:glued], "credit"))
        label = credit_closes_prose(line.text) if kind is None else None
        if label is not None:  # "... since the 1960s. Credit: X via Y"
            at = line.start + label.start()
            spans.append(Furniture(at, line.end, label.group(0), "credit"))
    for i, (n, kind) in leads.items():
        line = lines[i]
        spans.append(Furniture(line.start, line.start + n, line.text[:n], kind))
        if kinds[i] == "title":  # "date 2025-03-14 Council passes budget": the headline after
            spans = [f for f in spans if f.start != line.start or f.kind != "title"]
            spans.append(Furniture(line.start + n + 1, line.end, line.text[n + 1 :], "title"))
    unique = {(f.start, f.end): f for f in reversed(spans)}  # (the first found kind wins)
    return sorted(unique.values(), key=lambda f: f.start)


_DOTS = ("•", "·", "▪", "●")


def _glued_titles(lines: list[Line], kinds: list[str | None], titles: set[str]) -> list[Furniture]:
    """The headline run into the first paragraph ("Talks stall in DohaThe two sides ..."):
    a line that opens with a title line's text and goes on without a break."""
    out: list[Furniture] = []
    for line, kind in zip(lines, kinds, strict=True):
        head = next((t for t in titles if len(t) >= 15 and line.text.startswith(t)), None)
        if kind is None and head and line.text[len(head) : len(head) + 1].isupper():
            out.append(Furniture(line.start, line.start + len(head), head, "title"))
    return out


def _in_bullet_run(lines: list[Line], i: int) -> bool:
    """A short line opening with a bullet dot in a run of two or more such lines: a page's
    summary points or links, not the report's prose."""

    def dotted(j: int) -> bool:
        ok = 0 <= j < len(lines) and lines[j].text.startswith(_DOTS)
        return ok and len(lines[j].words) <= 30

    return dotted(i) and (dotted(i - 1) or dotted(i + 1))


# "Headline/ Site/ WASHINGTON/ J. Doe/ Morning Edition/ Summary ...": a credit trail of
# three or more short segments each closed by a slash
_SLASH_TRAIL = re.compile(r"(?:^|(?<=\S))/\s*(?:[A-Z][^/\n]{0,40}/\s*){3,}")


def _slash_trails(
    lines: list[Line], kinds: list[str | None], headings: set[str]
) -> list[Furniture]:
    """A slash-separated credit trail (site, place, author, edition) as a byline, and,
    when the headline (a line the page also sets alone) opens its line, the summary after
    the trail up to the line's end."""
    out: list[Furniture] = []
    for line, kind in zip(lines, kinds, strict=True):
        found = _SLASH_TRAIL.search(line.text) if kind is None else None
        if found is None:
            continue
        offset = line.start + len(line.text) - len(line.text.lstrip()) + found.start()
        trail = found.group(0).rstrip()
        out.append(Furniture(offset, offset + len(trail), trail, "byline"))
        head = line.text[: found.start()].strip()
        rest = line.text[found.end() :].strip()
        if rest and (not head or head in headings):
            at = line.start + line.text.rindex(rest)
            out.append(Furniture(at, at + len(rest), rest, "other"))
    return out


def _name_label(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A name of two or three capitalised words over a caption or credit that names it
    again: the label of a photo, never a headline."""
    words = lines[i].words
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    nxt = i + 1
    return nxt < len(lines) and kinds[nxt] is not None and lines[i].text in lines[nxt].text


def _caption_over_byline(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A long line without final punctuation right above the byline: the lead photo's
    caption ("Posters line the streets ahead of the vote" / "By Jane Doe, CNN")."""
    line = lines[i]
    above_byline = i + 1 < len(kinds) and kinds[i + 1] == "byline"
    return above_byline and len(line.words) >= 8 and not ends_sentence(line.text)


def _better_title(
    lines: list[Line], kinds: list[str | None], i: int, first_prose: int
) -> int | None:
    """A headline below a line of up to four words (a site or section name: "Osun", "All
    States News") above the prose: the next short line of four words or more (six after a
    name of three or four words)."""
    n = len(lines[i].words)
    if n > 4:
        return None
    least = 4 if n <= 2 else 6
    best: int | None = None  # the longest: a site's menu words ("Listen to live radio")
    for j in range(i + 1, first_prose):  # are shorter than its headline
        words = len(lines[j].words)
        longer = best is None or words > len(lines[best].words)
        point = lines[j].text.startswith(BULLETS)  # (a summary point is no headline)
        if kinds[j] is None and _titled(lines[j], None) and words >= least and longer and not point:
            best = j
    return best


def _titled(line: Line, slugged: int | None) -> bool:
    """A short line above the prose that may be the headline: none found by the page's
    address, not a fragment of up to three words in lower case (a widget's text: "á
    Dakar"; a headline in lower case runs longer: "pro-EU party wins ...") and not a
    sentence naming its source at its end."""
    if slugged is not None or (line.text[:1].islower() and len(line.words) <= 3):
        return False
    return short_unpunctuated(line, 25) and not REPORTED_TAIL.search(line.text)


def _is_subheading(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A short line without final punctuation between paragraphs, or right after a
    paragraph where the page ends or breaks off ("Military action" before a cut text), or
    a short question standing alone between paragraphs ("What happens next?")."""
    line = lines[i]
    if REPORTED_TAIL.search(line.text) or run_on_link(line) is not None:
        return False  # "..., Example News reports": a sentence naming its source
    if short_unpunctuated(line, 8) and line.text.isupper():
        return True
    headed = line.text[:1].isupper() and not line.text.startswith(("-", "•", '"', "“", "'"))
    if short_unpunctuated(line) and between_paragraphs(lines, kinds, i):
        return True
    after_prose = kinds[i - 1] is None and is_prose(lines[i - 1])
    broken_off = i + 1 < len(lines) and _nothing_after(lines, kinds, i)  # not the cut line
    capped = short_unpunctuated(line, 10) and all(w[:1].isupper() for w in line.words if len(w) > 3)
    if headed and after_prose and (short_unpunctuated(line, 6) or capped) and broken_off:
        return True  # "Military action", "The Role of the Council at the UN" before a cut text
    if i == len(lines) - 1 and (after_prose or kinds[i - 1] == "subheading") and title_cased(line):
        return True  # "Economic Pressure": a heading where the page is cut, under its text
    question = line.text.endswith("?") and 2 <= len(line.words) <= 12 and headed
    quoted = any(q in line.text for q in '"“”')
    # a run of questions, or one opening with "And"/"But", is the writer's own prose
    asked = any(  # (a long paragraph that ends in a heading run into it is no question)
        0 <= j < len(lines) and lines[j].text.endswith("?") and len(lines[j].words) <= 25
        for j in (i - 1, i + 1)
    )
    joined = line.words[:1] in (["And"], ["But"], ["Or"], ["So"], ["Yet"], ["Nor"])
    joined = joined or re.match(r"\w+, ", line.text) is not None  # "Fourthly, what ...?"
    return (
        question and not (quoted or asked or joined) and between_paragraphs(lines, kinds, i, True)
    )


def _is_loose_caption(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """A caption or image text without its credit: a line of six to 45 words that does
    not end a sentence, standing between paragraphs, when the next paragraph starts a
    sentence of its own (a paragraph cut in two by a stray break goes on in lower case)."""
    line = lines[i]
    n = len(line.words)
    if not 6 <= n <= 45 or ends_sentence(line.text) or not line.text[:1].isupper():
        return False
    if not (line.text[-1].isalnum() or line.text[-1] == ")") or CONTINUES.search(line.text):
        return False  # a line ending in a quote mark, an emoji or "~" is not a caption
    if REPORTED_TAIL.search(line.text) or run_on_link(line) is not None:
        return False  # "..., Xinhua reports": a sentence naming its source; a teaser
    if links_back(line.text):
        return False  # "However, ...", "... to Beijing. This visit ...": prose, unclosed
    if re.search(r"[.!?] \w{1,2}$", line.text):
        return False  # a paragraph cut off in its next word ("... six people dead. T")
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if kinds[j] is None), None)
    starts = nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1] in "\"“‘'")
    return starts and between_paragraphs(lines, kinds, i)


def _nothing_after(lines: list[Line], kinds: list[str | None], i: int) -> bool:
    """No paragraph of prose follows: the page ends or breaks off mid-sentence."""
    return not any(kinds[j] is None and is_prose(lines[j]) for j in range(i + 1, len(lines)))


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the span ``start:end`` shares a character with any of ``spans``."""
    return any(start < b and a < end for a, b in spans)


def clear_start(start: int, end: int, spans: Iterable[tuple[int, int]]) -> int | None:
    """Where the span ``start:end`` begins once furniture that opens it is cut off (a
    dateline run into the first sentence: "Johannesburg, South Africa - President ..."); None
    when furniture covers more than its opening (or all of it)."""
    for a, b in sorted(spans):
        if b <= start or a >= end:
            continue
        if a > start:
            return None
        start = b
    return start if start < end else None


def byline_author(furniture: list[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "byline":
            match = BYLINE.match(f.text)
            if match:
                return match["name"].strip(" ,")
    return None
