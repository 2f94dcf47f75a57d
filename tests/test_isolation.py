"""One bad document never ends a run: failing stages, huge documents, hostile folders."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from sitroom.article import Article
from sitroom.errors import InputError
from sitroom.run.pipeline import Pipeline, section_starts, shift
from sitroom.settings import Settings

GOOD = (
    'Foreign Minister Abbas Araghchi said on Monday that Iran "will not negotiate under '
    'threats". The United Nations urged both sides to return to talks in Geneva.'
)


@Language.component("test_boom_v1")
def _boom(doc: object) -> object:
    if "BOOM" in doc.text:  # type: ignore[attr-defined]
        raise RuntimeError("boom in a component")
    return doc


def test_section_starts_cut_at_paragraphs() -> None:
    text = "\n\n".join(f"Paragraph {i} " + "word " * 150 for i in range(40))
    starts = section_starts(text, 2000)
    assert starts[0] == 0 and len(starts) > 10
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends, strict=True):
        assert 0 < end - start <= 2000
        assert start == 0 or text[start - 2 : start] == "\n\n"


def test_section_starts_without_breaks_still_bounded() -> None:
    text = "x" * 10_500
    starts = section_starts(text, 1000)
    assert all(b - a <= 1000 for a, b in zip(starts, [*starts[1:], len(text)], strict=True))


def test_shift_moves_nested_offsets() -> None:
    from sitroom.article import Quote, Span, Speaker

    q = Quote(5, 9, "abcd", "direct", cue=Span(1, 2, "x"), speaker=Speaker(0, 1, "y", None, None))
    shift(q, 100)
    assert (q.start, q.end, q.cue.start, q.speaker.end) == (105, 109, 101, 101)  # type: ignore[union-attr]


@pytest.mark.model
def test_long_document_is_parsed_in_sections_with_true_offsets(settings: Settings) -> None:
    small = replace(settings, pipeline=replace(settings.pipeline, section_chars=1000))
    text = "\n\n".join(GOOD for _ in range(30))
    (article,) = list(Pipeline(small).process([Article(text=text, source="long")]))
    assert max(m.start for m in article.mentions) > 4000  # later sections were read
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    assert len(article.quotes) >= 25
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text
    for e in article.events:
        assert article.text[e.anchor.start : e.anchor.end] == e.anchor.text


@pytest.mark.model
def test_a_failing_component_drops_only_its_document(settings: Settings) -> None:
    pipe = Pipeline(settings)
    pipe.nlp.add_pipe("test_boom_v1", after="sitroom_actors_v1")
    docs = [
        Article(text=GOOD, source="one"),
        Article(text=GOOD + " BOOM", source="bad"),
        Article(text=GOOD.replace("Monday", "Tuesday"), source="two"),
    ]
    errors: list[InputError] = []
    done = list(pipe.process(docs, errors))
    assert [a.source for a in done] == ["one", "two"]
    assert [e.path for e in errors] == ["bad"]
    assert "test_boom_v1" in errors[0].reason and "boom in a component" in errors[0].reason
    assert all(a.quotes for a in done)


def test_a_document_failing_in_a_worker_process_is_skipped(settings: Settings) -> None:
    """The worker hands the failure back as an InputError (pickled): the other documents
    come back, and the run does not end on a broken pool."""
    two = replace(settings, pipeline=replace(settings.pipeline, n_process=2))
    pipe = Pipeline(two)
    pipe.nlp.add_pipe("test_boom_v1", after="sitroom_actors_v1")
    docs = [Article(text=GOOD.replace("Monday", f"day {i}"), source=f"d{i}") for i in range(40)]
    docs[25] = Article(text=GOOD + " BOOM", source="bad")
    errors: list[InputError] = []
    try:
        done = list(pipe.process(docs, errors))
    finally:
        pipe.close()
    assert [e.path for e in errors] == ["bad"]
    assert [a.source for a in done] == [d.source for d in docs if d.source != "bad"]


@pytest.mark.parametrize("kind", [InputError, *InputError.__subclasses__()])
def test_input_errors_survive_pickling(kind: type[InputError]) -> None:
    err = kind("feed/part-3.jsonl", "not valid JSON", line=12)
    back = pickle.loads(pickle.dumps(err))
    assert (
        type(back) is kind
        and (back.path, back.reason, back.line) == ("feed/part-3.jsonl", "not valid JSON", 12)
        and str(back) == str(err)
    )


@pytest.mark.model
def test_batch_with_huge_looping_and_binary_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_huge.txt").write_text("word " * 600_000, encoding="utf-8")  # 3 MB
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    os.symlink(".", folder / "d_loop")
    os.symlink("/etc", folder / "e_outside")
    (folder / "f_good.txt").write_text(GOOD.replace("Monday", "Friday"), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = subprocess.run(
        [sys.executable, "-m", "sitroom", "run", str(folder), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 3, proc.stderr
    assert "2 articles" in proc.stdout
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("skipped")]
    for name, reason in [
        ("b_huge.txt", "ingest.max_chars"),
        ("c_binary.txt", "binary"),
        ("d_loop", "loop"),
        ("e_outside", "outside"),
    ]:
        lines = [line for line in skipped if name in line]
        assert len(lines) == 1, (name, proc.stderr)
        assert reason in lines[0]
    assert len(skipped) == 4, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "text",
    [
        "The envoys met again on Friday, said the mediator, Ochieng",
        "Talks resumed with Amina Hassan, the deputy mediator, and Ochieng",
        "The council heard Amina Hassan, adviser Ochieng",
    ],
)
def test_a_text_ending_on_a_name_in_an_apposition_is_processed(
    settings: Settings, text: str
) -> None:
    """A title read after a name stops at the next name of a list; a name that is the
    text's last word has no word after it to look at (it raised IndexError)."""
    errors: list[InputError] = []
    done = list(Pipeline(settings).process([Article(text=text, source="s")], errors))
    assert not errors and len(done) == 1
