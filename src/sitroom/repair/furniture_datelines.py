"""Datelines: the place (and date, and agency) opening a report's first paragraphs
("KHARTOUM, Nov 7 (Reuters) -", "Khartoum, Oct 29 (IANS)", "(TRINIDAD EXPRESS)"), and the
place a dateline names, kept as the article's metadata."""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.article import Furniture, Quote
from sitroom.repair.furniture_lines import Line
from sitroom.repair.furniture_patterns import BULLETS, DATELINE, OTHER_DATELINE


def datelines(lines: list[Line], kinds: list[str | None], first_prose: int) -> list[Furniture]:
    """The dateline opening the first prose paragraphs ("KHARTOUM, Nov 7 (Reuters) -")."""
    out: list[Furniture] = []
    bullets = 0  # summary points above the first paragraph do not count as paragraphs
    for i in range(first_prose, len(lines)):
        line = lines[i]
        point = kinds[i] in (None, "standfirst", "other")  # (marked as summary points)
        if point and line.text.startswith(BULLETS) and i - first_prose == bullets:
            bullets += 1
            continue
        if kinds[i] is not None:
            continue
        early = i < first_prose + bullets + 3
        match = DATELINE.match(line.text)
        if match is not None and i == first_prose + bullets and _place_and_colon(lines, i, match):
            head = match["line"].rstrip()  # "Doha: Sanae Takaichi was elected ..."
            out.append(Furniture(line.start, line.start + len(head), head, "dateline"))
            break
        if match is None or not _looks_like_dateline(match["line"], match["place"]):
            match = OTHER_DATELINE.match(line.text) if early else None
            if match is not None:  # "Khartoum, Oct 29 (IANS) The", "Example News/ On Friday"
                head = match["line"] or match["desk"] or match["credit"] or match["ndate"]
                head = head or match["source"] or match["label"] or match["bare"]
                kind = "other" if match["label"] else "dateline"
                head = head.rstrip()
                out.append(Furniture(line.start, line.start + len(head), head, kind))
                break
            continue
        if not early and not _wire_dateline(match["line"], match["place"]):
            continue  # further down only the full wire form: a summary may come first
        # (the dash right after a full stop is the dateline's: "Bogotá.- The")
        glued = match["line"][-1:] in "-–—" and not match["line"][-2:-1].isspace()
        glued = glued and match["line"][-2:-1] != "."
        if glued and not (match["place"] or "").isupper():
            continue  # "El-Fasher", "The Greek-operated": a hyphenated word, not a dateline
        if glued and match["line"][-1:] == "-":
            continue  # "NATO-member": a compound; "ISLAMABAD- The", "BRUSSELS—The" are not
        head = match["line"].rstrip()
        out.append(Furniture(line.start, line.start + len(head), head, "dateline"))
        break
    return out


# labels a page sets before a paragraph, never a place ("Details: ...", "Update: ...")
_LABELS = frozenset(
    [
        "Breaking",
        "Update",
        "Updated",
        "Details",
        "Summary",
        "Note",
        "Source",
        "Watch",
        "Analysis",
        "Opinion",
        "Exclusive",
        "Editorial",
        "Comment",
        "Correction",
        "Background",
        "Context",
        "Explainer",
        "Live",
        "Latest",
        "Image",
        "Photo",
        "Video",
        "Read",
        "Also",
        "Related",
        "Listen",
        "Q",
        "A",
    ]
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me)\b")


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """The names of the states and their capitals in the knowledge base (loaded once, when
    a paragraph first opens with a word and a colon): "Doha:" is a place, "Poll:" and
    "Pence:" (a headline's label or speaker) are not."""
    from sitroom.nlp.actors.kb import load_kb  # (late: the KB is the NLP side's)

    kb = load_kb()
    names = ([a.name, *a.aliases, *a.metonyms] for a in kb.actors.values() if a.kind == "country")
    return frozenset(n for group in names for n in group)


def _place_and_colon(lines: list[Line], i: int, match: re.Match[str]) -> bool:
    """A state or capital of one to three words and a colon opening the first paragraph
    ("Doha: Sanae Takaichi was elected ...", "Abidjan: Ivory Coast's president ..."): a
    dateline when what follows is a news sentence in the third person. A speaker's label
    ("Trump: We will ...") gives words in the first person or a quotation, and a transcript
    or a headline ("Vucic: thousands left") sets several labels or no full sentence."""
    head = match["line"].rstrip()
    place = match["place"] or ""
    if not head.endswith(":") or head[:-1].strip() != place or place.isupper():
        return False  # (a place in capitals is taken by the dateline rules already)
    if place.split()[0] in _LABELS or place not in _known_places():
        return False
    rest = lines[i].text[len(match.group(0)) :]
    first = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    if not rest[:1].isupper() or len(first.split()) < 8 or not first.endswith((".", "!")):
        return False
    if _FIRST_PERSON.search(first) or any(q in first[:40] for q in "\"“”'‘"):
        return False
    label = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}:\s")
    return sum(1 for ln in lines if label.match(ln.text)) == 1  # not a transcript


def _wire_dateline(head: str, place: str | None) -> bool:
    """The full wire form, a place in capitals and the agency in brackets before the
    dash ("DAMASCUS, Syria (AP) —"): a dateline wherever the paragraph is."""
    return bool(place) and str(place).isupper() and len(str(place)) > 2 and "(" in head


def _looks_like_dateline(head: str, place: str | None) -> bool:
    """A dateline names a place or a date and ends in a dash or colon; a speaker's label
    ("Trump:") or a sentence opening is not one."""
    words = head.split()
    speaker_label = head.rstrip().endswith(":") and len(words) == 1 and not head.isupper()
    initials = re.search(r"\(([A-Z]{2,5})\)\s*:\s*$", head)  # "Jane Q. Roe (JQR):" in a transcript
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    speaker_label = speaker_label or (initials is not None and initials[1] in capitals)
    if len(words) > 9 or speaker_label or _named_with_acronym(words):
        return False
    if "(" in head or re.search(r"\d", head) or (place and place.isupper() and len(place) > 2):
        return True
    return bool(place) and ("," in head or head.rstrip().endswith(("-", "–", "—", "--")))


def _named_with_acronym(words: list[str]) -> bool:
    """ "The Grand Example Dam (GED)," opening a sentence: a body or a thing introduced with
    its acronym, then described ("The Example Centre (EC), which ..."); no place."""
    return (
        len(words) >= 4
        and words[0] in ("The", "A", "An")
        and re.fullmatch(r"\([A-Z]{2,8}\),", words[-1]) is not None
    )


def dateline_place(furniture: list[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "dateline":
            match = DATELINE.match(f.text + " x") or OTHER_DATELINE.match(f.text + " X")
            if match and match["place"]:
                return match["place"].rstrip(".")
    return None


def past_dateline(quote: Quote, furniture: list[Furniture]) -> bool:
    """Whether a quote stays clear of the furniture: wholly outside it, or only opened by a
    dateline run into its paragraph ("Tehran: Iran will not ...", the minister said), where
    the quote then starts after the dateline (changed in place). A quote whose speaker or
    cue is in the furniture ("Doha: ..." read as Doha saying it) does not stay."""
    spans = [(f.start, f.end) for f in furniture]
    if not any(quote.start < b and a < quote.end for a, b in spans):
        return True
    dated = [(f.start, f.end) for f in furniture if f.kind == "dateline"]
    rest = [s for s in spans if s not in dated]
    parts = [quote.speaker, quote.cue]
    inside = any(p is not None and p.start < b and a < p.end for p in parts for a, b in spans)
    if inside or any(quote.start < b and a < quote.end for a, b in rest):
        return False
    opening = next((b for a, b in dated if a <= quote.start < b), None)
    if opening is None:
        return False  # a dateline inside the quote, not at its start
    after = quote.text[opening - quote.start :]
    stripped = after.lstrip()
    if not stripped:
        return False
    quote.start = opening + len(after) - len(stripped)
    quote.text = stripped
    return True
