"""Stories: near-duplicates, online story clustering and the story record.

Small hand-built articles for the behaviour; the seeds and the example corpus for the
acceptance (the partition of the seeds equals the gold one; the example corpus's
syndicated copy is a duplicate and its paraphrases one story).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from sitroom.article import Article, Mention
from sitroom.settings import Settings, StoriesSettings
from sitroom.stories import Story, StoryClusterer, cluster
from sitroom.stories.duplicates import DuplicateIndex, shingles
from sitroom.util.text import content_terms, key_terms, split_sentences, stem

#: The join threshold these tests run at (see the report on join_threshold's scale).
JOIN = 0.2
SETTINGS = StoriesSettings(duplicate_threshold=0.7, join_threshold=JOIN, half_life_days=3.0)

WIRE = (
    "Defence ministers of the alliance met in Brussels on Thursday and agreed to raise the "
    "common spending target to three percent of output. Minister Elena Varga of Hungary "
    "said the decision came after a long night of talks. Her Dutch colleague Pieter "
    "Janssen said the new target would be reviewed next year. The ministers also discussed "
    "air defence for the eastern flank and a new training mission."
)
PARAPHRASE = (
    "Meeting in Brussels, the alliance's defence ministers backed a higher shared spending "
    "goal of three percent. Hungary's Elena Varga described hours of negotiations before "
    "the deal, while Pieter Janssen of the Netherlands promised a review of the target next "
    "year. Air defence on the eastern flank was also on the agenda."
)
OTHER = (
    "Flooding along the Danube forced thousands of residents from their homes in southern "
    "Bavaria, where rescue teams used boats to reach stranded villages. Regional premier "
    "Markus Hofer said the damage would run into the hundreds of millions."
)


def art(
    aid: str,
    text: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
    score: float = 1.0,
    people: Sequence[str] = (),
    places: Sequence[str] = (),
) -> Article:
    """An Article with mentions for the given names (every occurrence in the text)."""
    a = Article(text=text, published=published, publisher=publisher, url=url, title=title)
    a.assign_id(aid)
    a.quality.score = score
    for names, kind in ((people, "PERSON"), (places, "GPE")):
        for name in names:
            for m in re.finditer(re.escape(name), text):
                key = name.lower().replace(" ", "-")
                a.mentions.append(Mention(m.start(), m.end(), name, kind, key, name))
    return a


def copy_of(text: str) -> str:
    """A syndicated copy: one word changed, one sentence added."""
    return text.replace("Thursday", "Thursday evening") + " Reporting by the wire desk."


def partition(stories: Sequence[Story]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


# -- text features ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met U.S. officials. They agreed.",
         ["Mr. Smith met U.S. officials.", "They agreed."]),
        ('"Why now?" she asked. He left.', ['"Why now?" she asked.', "He left."]),
        ("A headline\nThe body starts here.", ["A headline", "The body starts here."]),
        ("Talks resumed on Jan. 5 in Geneva. No deal.",
         ["Talks resumed on Jan. 5 in Geneva.", "No deal."]),
        ("", []),
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("a", "b"),
    [("sent", "send"), ("concessions", "concession"), ("troops", "troop"), ("Kyiv", "Kiev"),
     ("negotiations", "negotiation"), ("forces", "force")],
)  # fmt: skip
def test_stem_meets_inflections(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_key_terms_names_acronyms_numbers() -> None:
    terms = key_terms("The US President Donald Trump met NATO chief Mark Rutte. Rutte said 32.")
    assert {"donald trump", "mark rutte", "rutte", "nato", "us", "#32"} <= set(terms)
    assert "the" not in terms and "trump mark" not in terms  # runs break at stop words
    assert "rutte rutte" not in terms  # and at sentence ends


def test_content_terms_drop_stop_words() -> None:
    assert content_terms("The ministers said they would meet again.") == ["minister", "meet"]


# -- near-duplicates --------------------------------------------------------------------------


def test_shingles_of_short_text_is_the_whole_text() -> None:
    assert shingles("Two words") == {b"two words"}
    assert shingles("") == set()


def test_duplicate_index_finds_copy_not_paraphrase() -> None:
    index = DuplicateIndex(0.7)
    original = art("o", WIRE)
    sketch = index.sketch(WIRE)
    assert sketch is not None
    index.add(original, ("0", 0), sketch, "o")
    copy_sketch, para_sketch = index.sketch(copy_of(WIRE)), index.sketch(PARAPHRASE)
    assert copy_sketch is not None and para_sketch is not None
    assert [e.article_id for e in index.match(copy_sketch)] == ["o"]
    assert index.match(para_sketch) == []


@pytest.mark.parametrize(
    ("dates", "expected_original"),
    [
        (("2025-02-13", "2025-02-14", "2025-02-15"), "a"),  # in date order
        (("2025-02-15", "2025-02-14", "2025-02-13"), "c"),  # input order reversed
        ((None, "2025-02-14", None), "b"),  # a dated copy is earlier than undated ones
        (("2025-02-13", "2025-02-13", "2025-02-13"), "a"),  # same day: input order
        ((None, None, None), "a"),
    ],
)
def test_copies_point_to_the_earliest_original(
    dates: tuple[str | None, ...], expected_original: str
) -> None:
    texts = [WIRE, copy_of(WIRE), copy_of(WIRE).replace("long night", "long, tense night")]
    arts = [art(i, t, published=d) for i, t, d in zip("abc", texts, dates, strict=True)]
    cluster(arts, SETTINGS)
    for a in arts:
        if a.id == expected_original:
            assert a.duplicate_of is None
            assert "duplicate" not in a.quality.flags
        else:
            assert a.duplicate_of == expected_original  # the root, never a copy of a copy
            assert "duplicate" in a.quality.flags
    assert len({a.story_id for a in arts}) == 1


def test_streaming_repoints_copies_when_an_earlier_original_arrives() -> None:
    clusterer = StoryClusterer(SETTINGS)
    late = art("late", copy_of(WIRE), published="2025-02-14")
    early = art("early", WIRE, published="2025-02-13")
    clusterer.add(late)
    clusterer.add(early)
    assert early.duplicate_of is None
    assert late.duplicate_of == "early"
    assert late.story_id == early.story_id == "s-late"  # the story keeps its first id


def test_paraphrase_is_not_a_duplicate() -> None:
    a, b = art("a", WIRE), art("b", PARAPHRASE)
    cluster([a, b], SETTINGS)
    assert a.duplicate_of is None and b.duplicate_of is None


# -- clustering -------------------------------------------------------------------------------

PEOPLE = ("Elena Varga", "Pieter Janssen")
PLACES = ("Brussels", "Hungary")


def test_paraphrases_join_and_unrelated_stays_apart() -> None:
    arts = [
        art("w", WIRE, published="2025-02-13", people=PEOPLE, places=PLACES),
        art("p", PARAPHRASE, published="2025-02-13", people=PEOPLE, places=PLACES),
        art("o", OTHER, published="2025-02-13", people=["Markus Hofer"], places=["Bavaria"]),
    ]
    stories = cluster(arts, SETTINGS)
    assert partition(stories) == {frozenset({"w", "p"}), frozenset({"o"})}
    assert [s.story_id for s in stories] == ["s-w", "s-o"]


def test_paraphrases_join_without_mentions() -> None:
    arts = [art("w", WIRE), art("p", PARAPHRASE), art("o", OTHER)]
    assert partition(cluster(arts, SETTINGS)) == {frozenset({"w", "p"}), frozenset({"o"})}


@pytest.mark.parametrize(("gap_days", "together"), [(0, True), (1, True), (30, False)])
def test_time_decay_separates_distant_reports(gap_days: int, together: bool) -> None:
    later = f"2025-02-{13 + gap_days:02d}" if gap_days < 16 else "2025-03-15"
    arts = [
        art("w", WIRE, published="2025-02-13", people=PEOPLE),
        art("p", PARAPHRASE, published=later, people=PEOPLE),
    ]
    cluster(arts, SETTINGS)
    assert (arts[0].story_id == arts[1].story_id) is together


def test_shared_person_counts_more_than_shared_country() -> None:
    def report(person: str, country: str) -> str:
        return f"{person} of {country} met officials about the grain corridor and insurance."

    clusterer = StoryClusterer(SETTINGS)
    clusterer.add(art("s", report("Lopez", "Chile"), people=["Lopez"], places=["Chile"]))
    # one name differs in each: the texts are equally close, only the actor type differs
    same_person = art("p", report("Lopez", "Peru"), people=["Lopez"], places=["Peru"])
    same_country = art("c", report("Berg", "Chile"), people=["Berg"], places=["Chile"])
    by_person = dict(clusterer.explain(same_person))["s-s"]
    by_country = dict(clusterer.explain(same_country))["s-s"]
    assert by_person > by_country


def test_candidate_retrieval_is_not_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    similarity = StoryClusterer.similarity

    def counting(self: StoryClusterer, *args: object) -> float:
        nonlocal calls
        calls += 1
        return similarity(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(StoryClusterer, "similarity", counting)
    # 300 reports that share the common words but no rare ones
    arts = [
        art(f"a{i}", f"Officials said on Monday that the report number{i} codeword{i} is ready.")
        for i in range(300)
    ]
    clusterer = StoryClusterer(SETTINGS, max_candidates=5)
    clusterer.extend(arts)
    assert calls <= 5 * len(arts)  # bounded per article, not growing with the corpus


def test_active_index_is_bounded_and_frozen_stories_still_take_copies() -> None:
    clusterer = StoryClusterer(SETTINGS, max_active=5)
    topics = [" ".join(f"word{j}x{i}" for j in range(30)) + "." for i in range(20)]
    for i, text in enumerate(topics):
        clusterer.add(art(f"t{i}", text))
        assert clusterer.n_active <= 5
    late_copy = art("copy", topics[0] + " More soon.")
    clusterer.add(late_copy)
    assert late_copy.duplicate_of == "t0" and late_copy.story_id == "s-t0"
    first = next(s for s in clusterer.stories() if s.story_id == "s-t0")
    assert first.article_ids == ["t0", "copy"]
    assert len(clusterer.stories()) == 20


def test_story_ids_are_stable_across_runs() -> None:
    def run() -> list[tuple[str, list[str]]]:
        arts = [art("w", WIRE), art("p", PARAPHRASE), art("o", OTHER), art("c", copy_of(WIRE))]
        return [(s.story_id, s.article_ids) for s in cluster(arts, SETTINGS)]

    first = run()
    assert first == run()
    assert all(sid == "s-" + ids[0] for sid, ids in first)


def test_story_record() -> None:
    arts = [
        art("w", WIRE, published="2025-02-13", publisher="Northsea Wire", score=0.6,
            title="Allies raise spending goal", people=PEOPLE, places=PLACES),
        art("p", PARAPHRASE, publisher="Atlas Daily", score=0.95, people=PEOPLE, places=PLACES,
            url="https://atlas.example/world/2025/02/14/spending"),
        art("c", copy_of(WIRE), published="2025-02-14", publisher="northsea wire", score=1.0,
            people=PEOPLE, places=PLACES),
    ]  # fmt: skip
    (story,) = cluster(arts, SETTINGS)
    assert story.story_id == "s-w"
    assert story.article_ids == ["w", "p", "c"]  # by date ("p" by its URL), then input order
    assert (story.first_date, story.last_date) == ("2025-02-13", "2025-02-14")
    assert story.outlets == ["Northsea Wire", "Atlas Daily"]
    # the cleanest article is the copy (1.0), which has no title: its first sentence
    assert story.title == split_sentences(arts[2].text)[0].text
    assert story.main_actors[:2] == ["Elena Varga", "Pieter Janssen"]
    assert len(story.main_actors) <= 8
    by_id = {a.id: a for a in arts}
    assert [s["article_id"] for s in story.summary] == ["w", "p"]  # one per source, no copy
    for item in story.summary:
        assert by_id[item["article_id"]].text[item["start"] : item["end"]] == item["sentence"]


def test_title_prefers_highest_quality_then_earliest() -> None:
    arts = [
        art("w", WIRE, published="2025-02-13", title="First", score=0.9),
        art("p", PARAPHRASE, published="2025-02-13", title="Cleanest", score=1.0),
        art("q", PARAPHRASE + " Talks go on.", published="2025-02-14", title="Later", score=1.0),
    ]
    (story,) = cluster(arts, SETTINGS)
    assert story.title == "Cleanest"


def test_empty_and_tiny_articles_do_not_break_the_batch() -> None:
    arts = [art("e", ""), art("t", "Short."), art("w", WIRE)]
    stories = cluster(arts, SETTINGS)
    assert {a.story_id for a in arts} == {"s-e", "s-t", "s-w"}
    assert len(stories) == 3


def test_rejects_invalid_settings() -> None:
    with pytest.raises(ValueError, match="half_life_days"):
        StoryClusterer(replace(SETTINGS, half_life_days=0))


# -- seeds (../shared) ------------------------------------------------------------------------


def seed_articles(seeds_dir: Path, with_names: bool) -> list[Article]:
    arts = []
    for path in sorted(seeds_dir.glob("*.txt")):
        a = Article(text=path.read_text(encoding="utf-8"), source=path.name)
        a.assign_id(path.name)
        if with_names:
            a.mentions = proxy_mentions(a.text)
        arts.append(a)
    return arts


def proxy_mentions(text: str) -> list[Mention]:
    """A cheap stand-in for the NLP stage: two or three capitalised words are a person."""
    out = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b", text):
        name = m.group()
        out.append(Mention(m.start(), m.end(), name, "PERSON", name.lower(), name))
    return out


def gold_partition(shared: Path) -> set[frozenset[str]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return {frozenset(group) for group in gold["stories"]}


@pytest.mark.parametrize(("with_names", "join"), [(False, JOIN), (False, 0.3), (True, JOIN)])
def test_seeds_partition_equals_gold(
    shared: Path, seeds_dir: Path, join: float, with_names: bool
) -> None:
    arts = seed_articles(seeds_dir, with_names)
    stories = cluster(arts, replace(SETTINGS, join_threshold=join))
    assert partition(stories) == gold_partition(shared)
    assert not any(a.duplicate_of for a in arts)  # 002 is a spun copy, not a near-duplicate


# -- the example corpus -----------------------------------------------------------------------

PARAPHRASE_STORY = {
    "01_nato-ministers-brussels.txt",
    "02_hegseth-ukraine-borders.txt",
    "03_eastern-flank-seat-at-table.txt",
    "04_nato-ministers-syndicated.txt",
    "05_nato-ministers-spun.txt",
}


def example_gold(examples: Path) -> dict[str, object]:
    path = examples.parent / "gold.yaml"
    if not path.is_file():
        pytest.skip(f"no example gold at {path}")
    gold: dict[str, object] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return gold


def doc_name(a: Article) -> str:
    return Path(a.source or "").name if a.source and "/" in a.source else (a.id or "")


def check_examples(arts: list[Article], gold: dict[str, object], spun_joins: bool) -> None:
    names = {a.id: doc_name(a) for a in arts}
    duplicates = gold["duplicates"]
    assert isinstance(duplicates, dict)
    for copy, original in duplicates.items():
        (a,) = [a for a in arts if names[a.id] == copy]
        assert a.duplicate_of is not None and names[a.duplicate_of] == original
    wanted = PARAPHRASE_STORY if spun_joins else PARAPHRASE_STORY - {"05_nato-ministers-spun.txt"}
    story_ids = {a.story_id for a in arts if names[a.id] in wanted}
    assert len(story_ids) == 1
    members = {names[a.id] for a in arts if a.story_id in story_ids}
    assert wanted <= members <= PARAPHRASE_STORY


def test_example_corpus_text_only(examples: Path, settings: Settings) -> None:
    """Without the NLP stage: the copy is a duplicate and the paraphrases 01-03 join it
    (the machine-spun 05 needs the linked actors to be recognised)."""
    from sitroom.read import read_paths
    from sitroom.run.pipeline import prepare

    gold = example_gold(examples)
    arts = [
        prepare(a) for a in read_paths([str(examples)], settings.ingest) if isinstance(a, Article)
    ]
    cluster(arts, SETTINGS)
    check_examples(arts, gold, spun_joins=False)


def pairwise_f1(gold: list[list[str]], arts: list[Article]) -> float:
    names = {a.id: doc_name(a) for a in arts}
    story = {names[a.id]: a.story_id for a in arts}
    pred = {
        frozenset(p) for p in itertools.combinations(sorted(story), 2) if story[p[0]] == story[p[1]]
    }
    true = {frozenset(p) for g in gold for p in itertools.combinations(sorted(g), 2)}
    tp = len(pred & true)
    precision, recall = tp / max(len(pred), 1), tp / max(len(true), 1)
    return 2 * precision * recall / (precision + recall) if tp else 0.0


@pytest.mark.model
def test_example_corpus_through_the_pipeline(examples: Path, settings: Settings) -> None:
    from sitroom.run.pipeline import Pipeline

    gold = example_gold(examples)
    pipe = Pipeline(settings.with_overrides({"stories.join_threshold": JOIN}))
    arts, errors = pipe.extract_paths([str(examples)])
    assert not errors
    check_examples(arts, gold, spun_joins=True)
    partition_gold = gold["stories"]
    assert isinstance(partition_gold, list)
    assert pairwise_f1(partition_gold, arts) >= 0.9


@pytest.mark.model
def test_seeds_through_the_pipeline(shared: Path, seeds_dir: Path, pipeline: object) -> None:
    from sitroom.run.pipeline import Pipeline

    assert isinstance(pipeline, Pipeline)
    arts = list(pipeline.process(seed_articles(seeds_dir, with_names=False)))
    for join in (JOIN, 0.3):
        for a in arts:
            a.story_id = a.duplicate_of = None
        stories = cluster(arts, replace(SETTINGS, join_threshold=join))
        assert partition(stories) == gold_partition(shared)


def test_the_same_document_twice_takes_the_first_ones_place() -> None:
    first, again = art("w", WIRE), art("w", WIRE)
    stories = cluster([first, again, art("o", OTHER)], SETTINGS)
    assert again.story_id == first.story_id == "s-w" and again.duplicate_of is None
    assert [s.article_ids for s in stories] == [["w"], ["o"]]


def test_clustering_again_gives_the_same_answer() -> None:
    arts = [art("w", WIRE), art("c", copy_of(WIRE)), art("o", OTHER)]
    first = [(s.story_id, s.article_ids) for s in cluster(arts, SETTINGS)]
    arts[2].duplicate_of = "stale"
    assert [(s.story_id, s.article_ids) for s in cluster(arts, SETTINGS)] == first
    assert [a.duplicate_of for a in arts] == [None, "w", None]
    assert [a.quality.flags for a in arts] == [[], ["duplicate"], []]
