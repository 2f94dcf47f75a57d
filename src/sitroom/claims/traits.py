"""Two more slots of an attack, read as :mod:`.slots` reads its own (see there):

* where the attacker was when firing: inside ("the gunman entered the building and
  fired") or outside ("the shooter opened fire from outside the church", "approached on
  the outside ... began firing"); a sentence that tells both ("fired from outside, then
  entered the school", "entered from the outside") states neither;
* the attacker's tie to a place: "a former student" (or employee, pupil, worker, member)
  against "no ties to the school" (or connection, links): one names a tie, the other
  denies any. Whether he had one left open ("have not determined whether he had any
  connection") states neither.

* how a vehicle passed a barrier: around it ("steered around a police blockade",
  "bypassed a police car acting as a barricade") or through it ("drove through street
  barricades", "breached the barriers"); one sentence telling both states neither.

The first two are told of the attacker only: the sentence names one ("gunman", "shooter",
"suspect", ...) or tells it of "he" / "she".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitroom.claims.units import Unit

Pair = tuple[Unit, Unit, str, str, str]

_ATTACKER = re.compile(
    r"\b(?:gunman|gunmen|shooter|attacker|assailant|suspect|perpetrat\w*|carried out by|he|she)\b",
    re.IGNORECASE,
)
_FIRING = re.compile(r"\b(?:fir(?:ed|ing|e)|opened fire|shot|shooting)\b", re.IGNORECASE)
_INSIDE = re.compile(
    r"\b(?:entered|stormed|walked into|went into|burst into|got into|made (?:his|her|their)"
    r" way into) the (?:building|church|school|mosque|synagogue|temple|hall|classroom|store"
    r"|mall|club|office|campus)\b",
    re.IGNORECASE,
)
_OUTSIDE = re.compile(
    r"\b(?:from|on the) outside\b|\b(?:fir(?:ed|ing)|opened fire|shot|shooting)"
    r" (?:\w+ ){0,3}outside (?:of )?the\b",
    re.IGNORECASE,
)
_TIED = re.compile(
    r"\bformer (?:student|pupil|employee|worker|staff member|member|teacher|parishioner)\b",
    re.IGNORECASE,
)
_UNTIED = re.compile(
    r"\bno (?:\w+ ){0,4}?(?:ties|connections?|links?|affiliation) (?:to|with) the \w+",
    re.IGNORECASE,
)
_BARRIER = r"(?:barricades?|blockades?|barriers?|checkpoints?|police cars?|roadblocks?)"
_AROUND = re.compile(
    rf"\b(?:(?:steered|drove|went|swerved|maneuvered|manoeuvred|got) around|bypass(?:ed|ing)?)"
    rf" (?:[\w-]+ ){{0,3}}?{_BARRIER}\b",
    re.IGNORECASE,
)
_THROUGH = re.compile(
    rf"\b(?:through|breach(?:ed|ing)?|rammed|smashed) (?:[\w-]+ ){{0,3}}?{_BARRIER}\b",
    re.IGNORECASE,
)
#: A question, not a statement: "not determined whether he had any connection to".
_ASKED = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)


def position(text: str) -> tuple[str, bool] | None:
    """(the words, whether inside) of where ``text`` says the attacker fired from, or None."""
    if not _ATTACKER.search(text) or not _FIRING.search(text):
        return None
    inside, outside = _INSIDE.search(text), _OUTSIDE.search(text)
    if (inside is None) == (outside is None):
        return None  # neither, or both: "fired from outside, then entered the school"
    found = inside or outside
    assert found is not None
    return found.group(0), inside is not None


def tie(text: str) -> tuple[str, bool] | None:
    """(the words, whether tied) of what ``text`` says of the attacker's tie to a place."""
    if not _ATTACKER.search(text):
        return None
    tied, untied = _TIED.search(text), _UNTIED.search(text)
    if (tied is None) == (untied is None):
        return None
    found = tied or untied
    assert found is not None
    if _ASKED.search(text[max(0, found.start() - 40) : found.start()]):
        return None
    return found.group(0), tied is not None


def passage(text: str) -> tuple[str, bool] | None:
    """(the words, whether through it) of how ``text`` says a vehicle passed a barrier."""
    around, through = _AROUND.search(text), _THROUGH.search(text)
    if (around is None) == (through is None):
        return None
    found = around or through
    assert found is not None
    return found.group(0), through is not None


def traits(per_article: list[list[Unit]]) -> Iterator[Pair]:
    """(u, v, reason, what u says, what v says) for two reports' units that place the
    attacker otherwise, or name a tie the other denies."""
    for read, reason in ((position, "position"), (tie, "tie"), (passage, "passage")):
        told = [(u, r) for us in per_article for u in us if (r := read(u.text))]
        for i, (u, (said, yes)) in enumerate(told):
            for v, (other, theirs) in told[i + 1 :]:
                if u.article != v.article and yes != theirs:
                    yield u, v, reason, said, other
