"""Which page line is the article's headline (:mod:`sitroom.repair.furniture`): the title is
the headline or nothing. A run of section names ("Home World Politics Business Sports")
that a page prints twice is its menu, never a headline; a headline in title case printed
twice is the title even under a teaser paragraph; a question that opens a page of
question sub-headings ("What sparked the protests?") is the first of them; a headline in
capitals is no menu; a sentence-case line over a title-case headline is a caption."""

from __future__ import annotations

from sitroom.repair.furniture_lines import Line, ends_sentence, is_prose

# the names of a news site's sections, as its menu spells them (a menu line is made of them)
_SECTIONS = (
    "home news world politics business economy markets money finance crypto tech "
    "technology science health sport sports opinion opinions culture entertainment arts "
    "lifestyle travel video videos photos podcasts weather local national international "
    "africa asia europe americas australia middle east us uk latest live more menu "
    "search subscribe climate environment education"
)
SECTION_NAMES = frozenset(_SECTIONS.split())
# the small words that tie a headline's words into a clause (a menu's names stand apart)
_CLAUSE = (
    "of on in to the for at with after over as by from a an amid against into is are was be "
    "its his her their not no than before under"
)
CLAUSE_WORDS = frozenset(_CLAUSE.split())


def is_menu(line: Line) -> bool:
    """Four or more words, most of them section names, no sentence mark: a site's menu."""
    words = line.text.split()
    if len(words) < 4 or ends_sentence(line.text) or any(c in line.text for c in ':?"“'):
        return False
    named = sum(1 for w in words if w.strip("|·•/,").casefold() in SECTION_NAMES)
    return named >= 0.75 * len(words)


def headline_case(line: Line) -> bool:
    """A line set in title case without a sentence's end ("Junta Announces Elections Amid
    Turmoil"): most of its longer words capitalised. Captions and prose are sentences."""
    long_words = [w for w in line.words if len(w) > 3]
    if ends_sentence(line.text) or not 4 <= len(line.words) <= 25 or len(long_words) < 3:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.75


def repeated_kind(lines: list[Line], kinds: list[str | None], i: int, j: int, early: bool) -> str:
    """The kind of a line a page sets twice (at ``j`` and again at ``i``): a menu, the
    headline (above any prose, or in title case close to its copy while no title is
    marked), or else a caption given as alt text and again under the photo."""
    if is_menu(lines[i]):
        return "navigation"
    if early:
        return "title"
    near = abs(i - j) <= 2 and "title" not in kinds
    return "title" if near and headline_case(lines[i]) else "caption"


def question_heads(lines: list[Line], kinds: list[str | None]) -> None:
    """A short question opening the page, when two or more questions stand later as
    sub-headings between paragraphs (an explainer's "What happened?" / "Who is he?"),
    is the first sub-heading, not the article's headline."""
    first = 0
    if not lines or kinds[first] is not None:
        return
    line = lines[first]
    if not line.text.endswith("?") or not 2 <= len(line.words) <= 12:
        return  # (one in title case is already the headline)
    asked = [
        ln
        for ln, k in zip(lines[first + 1 :], kinds[first + 1 :], strict=True)
        if k == "subheading" and ln.text.endswith("?")
    ]
    if len(asked) >= 2:
        kinds[first] = "subheading"


def caption_over_headline(lines: list[Line], kinds: list[str | None]) -> None:
    """A short line in sentence case over a headline in title case over the first paragraph
    ("Soldiers stand guard outside the palace" / "Army Seizes Power in Coup" / prose): the
    lead photo's caption above the headline, which alone is the title."""
    if len(lines) < 3 or "title" in kinds[1:] or kinds[0] not in (None, "title"):
        return
    top, head, prose = lines[:3]
    if not 5 <= len(top.words) < 25 or top.text.endswith("?") or headline_case(top):
        return
    headed = headline_case(head) or is_shouted(head)
    if headed and kinds[1] in (None, "subheading") and kinds[2] is None and is_prose(prose):
        kinds[0], kinds[1] = "caption", "title"


def is_shouted(line: Line) -> bool:
    """A headline in capitals: four or more words tied by a small word."""
    words = line.text.split()
    return (
        len(words) >= 4 and line.text.isupper() and any(w.casefold() in CLAUSE_WORDS for w in words)
    )
