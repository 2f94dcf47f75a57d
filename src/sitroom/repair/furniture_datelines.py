"""Datelines: the place (and date, and agency) opening a report's first paragraphs
("KHARTOUM, Nov 7 (Reuters) -", "Khartoum, Oct 29 (IANS)", "(TRINIDAD EXPRESS)"), and the
place a dateline names, kept as the article's metadata."""

from __future__ import annotations

import re

from sitroom.article import Furniture
from sitroom.repair.furniture_lines import Line
from sitroom.repair.furniture_patterns import BULLETS, DATELINE, OTHER_DATELINE


def datelines(lines: list[Line], kinds: list[str | None], first_prose: int) -> list[Furniture]:
    """The dateline opening the first prose paragraphs ("KHARTOUM, Nov 7 (Reuters) -")."""
    out: list[Furniture] = []
    bullets = 0  # summary points above the first paragraph do not count as paragraphs
    for i in range(first_prose, len(lines)):
        if kinds[i] is not None:
            continue
        line = lines[i]
        if line.text.startswith(BULLETS) and i - first_prose == bullets:
            bullets += 1
            continue
        early = i < first_prose + bullets + 3
        match = DATELINE.match(line.text)
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
    if len(words) > 9 or speaker_label:
        return False
    if "(" in head or re.search(r"\d", head) or (place and place.isupper() and len(place) > 2):
        return True
    return bool(place) and ("," in head or head.rstrip().endswith(("-", "–", "—", "--")))


def dateline_place(furniture: list[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "dateline":
            match = DATELINE.match(f.text + " x") or OTHER_DATELINE.match(f.text + " X")
            if match and match["place"]:
                return match["place"].rstrip(".")
    return None
