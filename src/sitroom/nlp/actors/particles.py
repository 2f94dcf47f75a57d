"""Names with a lower-case particle between their parts ("Bendito dos Santos Freitas",
"Ludwig van der Berg", "Ahmad bin Ismail"), which the recognizer cuts at the particle: a
person's entity, then the particle, then the surname it often takes for a body or leaves
out; or the given name taken for a body, then the particle, then the person's entity.
The particle joins them: the whole is one person's name. Helper of the
``sitroom_actors_v1`` component (:mod:`sitroom.nlp.actors`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Lower-case particles inside Portuguese, Spanish, Italian, Dutch, German, French and
# Malay/Arabic names ("da Costa", "van der", "bin"); never an English word of its own
# ("de" and "da" are none)
PARTICLES = frozenset(
    {
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "bin",
        "binti",
    }
)
MAX_SURNAME = 3  # capitalised words after the particles


def particle_names(doc: Doc) -> None:
    """Join a person's entity with the particles and the capitalised surname right after
    it, on one line ("[Bendito] dos [Santos Freitas]" -> one PERSON); the entities the
    surname overlaps give way."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for before, ent in zip([None, *ents], ents, strict=False):
        if ent.label_ != "PERSON" or (joined and joined[-1].end > ent.start):
            continue
        end = _surname_end(doc, ent.end)
        if end is not None:
            joined.append(Span(doc, ent.start, end, label="PERSON"))
        elif before is not None and _given_name(doc, before, ent.start):
            if joined and joined[-1].end > before.start:
                continue
            joined.append(Span(doc, before.start, ent.end, label="PERSON"))
    if not joined:
        return
    taken = {i for span in joined for i in range(span.start, span.end)}
    kept = [e for e in ents if not taken.intersection(range(e.start, e.end))]
    doc.ents = sorted([*kept, *joined], key=lambda e: e.start)


def _surname_end(doc: Doc, i: int) -> int | None:
    """The end of the particles and surname from token ``i`` (None when none follow): one
    or two particles, then one to three capitalised words, no line break between, the
    last not running into an entity that goes on after it."""
    k = i
    while k < len(doc) and k - i < 2 and doc[k].text in PARTICLES:
        k += 1
    if k == i or any("\n" in t.whitespace_ for t in doc[i - 1 : k]):
        return None
    end = k
    while end < len(doc) and end - k < MAX_SURNAME and _capitalised(doc, end):
        end += 1
    if end == k or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    return end


def _given_name(doc: Doc, ent: Span, start: int) -> bool:
    """``ent`` is the given name a person's entity at ``start`` lost at the particles
    between them, the recognizer taking it for another kind ("[Bernardo] dos [Santos
    Mendes]"): one or two capitalised words, only particles between, on one line."""
    between = doc[ent.end : start]
    return (
        0 < len(between) <= 2
        and all(t.text in PARTICLES for t in between)
        and len(ent) <= 2
        and all(_capitalised(doc, t.i) for t in ent)
        and not any("\n" in t.whitespace_ for t in doc[ent.start : start])
    )


def _capitalised(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and "\n" not in doc[i - 1].whitespace_
    )
