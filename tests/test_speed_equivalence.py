"""Functions rewritten for speed give what the plain versions gave (varied inputs)."""

from __future__ import annotations

import random

from sitroom.nlp.dates import find_dates
from sitroom.nlp.quotes.marks import _double_marks, _Mark
from sitroom.repair.signals import garble_signals


def plain_double_marks(para: str) -> list[_Mark]:
    """The character-by-character scan that _double_marks replaced."""
    marks: list[_Mark] = []
    german = False
    i = 0
    n = len(para)
    while i < n:
        ch = para[i]
        nxt = para[i + 1] if i + 1 < n else ""
        prev = para[i - 1] if i > 0 else " "
        if ch in "'`" and nxt == ch:
            if ch == "'" and i > 0 and para[i - 1] == "'":
                i += 1
                continue
            marks.append(_Mark(i, 2, "open" if ch == "`" else "either", "typewriter"))
            i += 2
            continue
        if ch == '"':
            marks.append(_Mark(i, 1, "either", "straight"))
        elif ch == "„":
            german = True
            marks.append(_Mark(i, 1, "open", "curly"))
        elif ch == "“":
            if german:
                marks.append(_Mark(i, 1, "close", "curly"))
                german = False
            elif (not nxt or nxt.isspace() or nxt in ".,;:!?)") and not prev.isspace():
                marks.append(_Mark(i, 1, "close", "curly"))
            else:
                marks.append(_Mark(i, 1, "open", "curly"))
        elif ch == "”":
            if (prev.isspace() or i == 0) and nxt and not nxt.isspace():
                marks.append(_Mark(i, 1, "either", "curly"))
            else:
                marks.append(_Mark(i, 1, "close", "curly"))
        elif ch in "«»":
            marks.append(_Mark(i, 1, "either", "guillemet"))
        i += 1
    return marks


def test_double_marks_as_the_plain_scan() -> None:
    paragraphs = [
        "",
        '"We will not back down," the minister said.',
        "He called it ``a farce'' and '''odd''' and ''fine''.",
        "„Das ist gut“, sagte er. «Non» et » oui «.",
        "She said “no”, then ”yes” and “maybe.” Then “.",
        "''''' `` ` ' \"\"",
    ]
    rng = random.Random(3)
    alphabet = "ab .,;:!?)\n'`\"„“”«»"
    paragraphs += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(5000)
    ]
    for para in paragraphs:
        assert _double_marks(para) == plain_double_marks(para), para


def test_find_dates_gives_a_new_list_each_time() -> None:
    text = "Officials said on Monday, March 3, 2025, that two days ago the talks stalled."
    first = find_dates(text)
    first.sort(key=lambda d: -d.start)
    second = find_dates(text)
    assert [d.start for d in second] == sorted(d.start for d in second)
    assert [(d.start, d.end) for d in second] == sorted((d.start, d.end) for d in first)


def test_garble_signals_gives_a_new_record_each_time() -> None:
    text = "Pete Hegseth met Pete Hegsath. Mark Rutte and Mark Rute spoke. It is the ..."
    first = garble_signals(text)
    first.name_variants.append(("x", "y"))
    first.broken_endings += 5
    second = garble_signals(text)
    assert ("x", "y") not in second.name_variants
    assert second.broken_endings == first.broken_endings - 5


def test_phrase_docs_tokenize_as_make_doc(settings: object) -> None:
    """Every knowledge-base name and role noun, and a few phrases the tokenizer splits or
    treats as special cases, give the tokens ``nlp.make_doc`` gives."""
    import spacy

    from sitroom.nlp import phrase_docs
    from sitroom.nlp.actors.kb import load_kb

    kb = load_kb("")
    phrases = {n for actor in kb.actors.values() for n in (actor.name, *actor.aliases)}
    phrases |= set(kb.role_nouns)
    phrases |= {
        "cannot say",
        "gonna win",
        "U.S. Army",
        "al-Qaeda",
        "two  spaces",
        " lead",
        "Ms Smith",
    }
    nlp = spacy.load(settings.pipeline.spacy_model)  # type: ignore[attr-defined]
    texts = sorted(phrases)
    for text, ours, theirs in zip(
        texts, phrase_docs(nlp, texts), map(nlp.make_doc, texts), strict=True
    ):
        assert [(t.orth_, t.lower_, t.whitespace_) for t in ours] == [
            (t.orth_, t.lower_, t.whitespace_) for t in theirs
        ], text
        assert ours.text == theirs.text == text


def test_catalog_cues_present_as_a_whole_text_search() -> None:
    """Issue.present tries a cue's regex only where its opening word occurs (or searches
    from the first of them): the cues it finds are those a search of the whole text finds,
    over the example corpus, cut and re-cased at random, and texts that lower-casing
    lengthens or that hold characters IGNORECASE matches to ASCII letters."""
    from pathlib import Path

    from sitroom.nlp.positions.catalog import load_catalog
    from sitroom.nlp.positions.prefilter import (
        TextProbe,
        casefree,
        may_match,
        phrase_anchors,
        phrase_needs,
    )

    def searched(issue: object, text: str) -> tuple[object, ...]:
        low, plain = text.lower(), casefree(text)
        return tuple(
            c
            for c in issue.cues  # type: ignore[attr-defined]
            if all(
                (anchors is None or any(a in low for a in anchors))
                and (not plain or may_match(needs, low))
                and part.search(text)
                for part, anchors, needs in zip(
                    c.parts, phrase_anchors(c.text), phrase_needs(c.text), strict=True
                )
            )
        )

    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("examples/corpus").glob("*.txt"))]
    assert texts
    for text in list(texts):
        words = text.split()
        for _ in range(4):
            i = rng.randrange(len(words))
            texts.append(" ".join(words[i : i + rng.randint(3, 40)]))
        texts += [text.upper(), text.title(), "İstanbul " + text, text.replace("s", "ſ", 3)]
    texts += ["a seat at the table for Europe", "Seat at the negotiating TABLE", "table seat"]
    for name in ("european_security", "climate_finance"):
        issues = load_catalog(name).issues
        for text in texts:
            probe = TextProbe(text)  # shared by a catalog's issues, as the finder shares it
            for issue in issues:
                expected = searched(issue, text)
                assert issue.present(text) == expected, (issue.id, text[:60])
                assert issue.present(text, probe) == expected, (issue.id, text[:60])


def test_subtree_before_as_the_filtered_subtree(settings: object) -> None:
    """The words of a verb's subtree before it, without walking the subtrees after it that
    hold none: the filtered subtree, on every token of the example corpus and on a
    non-projective parse (a word after the verb governing one before it)."""
    from pathlib import Path

    import spacy
    from spacy.tokens import Doc

    from sitroom.nlp.events.plover import _subtree_before

    nlp = spacy.load(settings.pipeline.spacy_model)  # type: ignore[attr-defined]
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("examples/corpus").glob("*.txt"))]
    # "Friday" hangs on "at", after the verb: an arc across the verb "began"
    crossing = Doc(
        nlp.vocab,
        words=["Friday", "talks", "began", "at", "noon"],
        heads=[3, 2, 2, 2, 3],
        deps=["npadvmod", "nsubj", "ROOT", "prep", "pobj"],
    )
    assert [t.text for t in _subtree_before(crossing[2])] == ["talks", "Friday"]
    docs = [*nlp.pipe(texts[:6]), crossing]
    for doc in docs:
        for tok in doc:
            assert _subtree_before(tok) == [t for t in tok.subtree if t.i < tok.i]
