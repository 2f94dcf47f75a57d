"""Quote cues and sources on patterns seen in fresh news prose (hand-written sentences and
hand-made Docs): raising adjectives, verbs that restate another's commitment, "reaffirmed",
passive for-to requests, and subjects the tagger did not read as names."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from sitroom.article import Mention
from sitroom.nlp.positions.rescore import english_vocab
from sitroom.nlp.quotes.assemble import cue_after
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.marks import find_marked
from sitroom.nlp.quotes.viewers import can_hold_view


def _quotes(pipeline: Any, text: str, words: str) -> list[Any]:
    article = pipeline.extract_texts([text])[0]
    at = text.index(words)
    return [q for q in article.quotes if q.start <= at < q.end]


def _doc(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    return Doc(english_vocab(), words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jan Verhoek is almost certain not to play on Sunday, as the club has ruled him out.",
        "Senator Ana Ruiz is sure to lose her seat in the autumn.",
    ],
    ids=["certain-not-to", "sure-to"],
)
def test_a_raising_adjective_with_an_infinitive_is_no_view(pipeline: Any, text: str) -> None:
    words = "not to play" if "play" in text else "to lose"
    assert _quotes(pipeline, text, words) == []


@pytest.mark.model
def test_certain_with_a_clause_stays_a_view(pipeline: Any) -> None:
    text = "The coach said on Friday he was certain that the striker would play on Sunday."
    assert _quotes(pipeline, text, "the striker would play")


@pytest.mark.model
def test_reaffirmed_is_a_cue(pipeline: Any) -> None:
    text = "The envoy reaffirmed that the harbour talks would resume next week."
    assert _quotes(pipeline, text, "the harbour talks would resume")


@pytest.mark.model
def test_a_restated_commitment_is_the_restaters_words(pipeline: Any) -> None:
    text = (
        "The mayor stressed the council's commitment to \"rebuild every damaged school "
        'before winter."'
    )
    quotes = _quotes(pipeline, text, "rebuild every")
    assert quotes
    assert all(q.speaker is not None and q.speaker.text == "The mayor" for q in quotes)


@pytest.mark.model
def test_a_passive_for_to_request_is_content(pipeline: Any) -> None:
    text = "The opposition leader called for the vote to be annulled on Monday."
    quotes = _quotes(pipeline, text, "the vote to be annulled")
    assert quotes and "annulled" in quotes[0].text


@pytest.mark.model
def test_a_movement_can_urge(pipeline: Any) -> None:
    text = "The movement urged its members to stay away from the square on Friday."
    assert _quotes(pipeline, text, "to stay away")


def test_a_word_with_an_inner_capital_can_hold_a_view() -> None:
    doc = _doc(["GenZ", "urged", "calm", "."], ["NOUN", "VERB", "NOUN", "PUNCT"],
               ["nsubj", "ROOT", "dobj", "punct"], [1, 1, 1, 1])  # fmt: skip
    assert can_hold_view(DocIndex(doc, []), doc[0], "stance")
    low = _doc(["genz", "urged", "calm", "."], ["NOUN", "VERB", "NOUN", "PUNCT"],
               ["nsubj", "ROOT", "dobj", "punct"], [1, 1, 1, 1])  # fmt: skip
    assert not can_hold_view(DocIndex(low, []), low[0], "stance")


def test_a_subject_named_elsewhere_can_hold_a_view() -> None:
    """A sentence-initial surname the tagger read as an adverb: the report names it."""
    words = ["Kessel", "stressed", "the", "plan", ".", "Mira", "Kessel", "spoke", "."]
    pos = ["ADV", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"]
    doc = _doc(words, pos, deps, [1, 1, 3, 1, 1, 6, 7, 7, 7])
    at = doc[5].idx
    named = Mention(at, doc[6].idx + len("Kessel"), "Mira Kessel", "PERSON")
    assert can_hold_view(DocIndex(doc, [named]), doc[0], "stance")
    assert not can_hold_view(DocIndex(doc, []), doc[0], "stance")


@pytest.mark.model
def test_a_run_in_heading_is_not_the_subject(pipeline: Any) -> None:
    """A sub-heading line with no full stop, run by the parser into the next line."""
    text = (
        "Turnout fell to a record low in the capital.\n"
        "Regional outlook and future succession\n"
        'Analysts view the result as reinforcing a trend of "managed votes" in the region.'
    )
    quotes = _quotes(pipeline, text, "the result as reinforcing")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.text.endswith("Analysts")


@pytest.mark.model
def test_calling_them_a_quoted_name_is_one_quote(pipeline: Any) -> None:
    """'Calling them "X" by a "Y"': the second object and the quoting phrase after it are
    the speaker's words, one quote, not a stray quotation given to the next verb."""
    text = (
        'Calling them "reckless raids on three villages" by a "faithless neighbour," the '
        "governor vowed the province would defend itself."
    )
    quotes = _quotes(pipeline, text, "reckless raids")
    assert quotes and "faithless neighbour" in quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "said"),
    [
        ("At the hall, the mayor declared the fair closed on Sunday.", "the fair closed", False),
        ("The chairwoman declared the hearing adjourned.", "the hearing adjourned", False),
        ("The mayor declared that the fair would be closed on Sunday.", "the fair would", True),
    ],
    ids=["declared-closed", "declared-adjourned", "declared-that"],
)
def test_a_performative_declaration_is_an_act(
    pipeline: Any, text: str, words: str, said: bool
) -> None:
    assert bool(_quotes(pipeline, text, words)) is said


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ann Reed, the writer, feared “a slow slide into debt.” Tom Bell, speaking later, "
         "said little.", "feared"),
        ("“A slow slide into debt,” Tom Bell said of the budget.", "said"),
        ("The cuts came amid “a slow slide into debt.” Tom Bell, speaking later, said little.",
         None),
    ],
    ids=["own-verb", "cue-after", "no-cue-of-its-own"],
)  # fmt: skip
def test_a_full_stopped_quotation_in_a_clause_takes_its_own_verb(
    pipeline: Any, text: str, cue: str | None
) -> None:
    """A quotation a word of its own sentence leads into, closed by a full stop, ends that
    sentence: its cue is the verb it hangs from, never the next sentence's speech verb."""
    doc = pipeline.nlp(text)
    (mark,) = find_marked(text)
    found = cue_after(DocIndex(doc, []), mark)
    assert (found.text if found is not None else None) == cue


@pytest.mark.model
def test_declaring_a_thing_as_quoted_words_is_a_quote(pipeline: Any) -> None:
    text = "Tom Bell thanked his voters, declaring the result as “a new dawn for the island.”"
    assert _quotes(pipeline, text, "a new dawn")
    plain = "The council declared the old harbour as a protected site last year."
    assert not _quotes(pipeline, plain, "a protected site")


@pytest.mark.model
def test_people_under_arms_can_vow(pipeline: Any) -> None:
    text = "The palace guards vowed to ignore any order to clear the square."
    quotes = _quotes(pipeline, text, "to ignore any order")
    assert quotes and quotes[0].speaker is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "found"),
    [
        ("The mayor pleaded with her advocates to stay calm tonight.", "to stay calm", True),
        ("The mayor appealed to residents to stay indoors tonight.", "to stay indoors", True),
        ("The firm appealed to the high court on Monday.", "the high court", False),
    ],
    ids=["plead-with", "appeal-to", "appeal-to-a-court"],
)  # fmt: skip
def test_pleading_with_someone_to_act_is_a_quote(
    pipeline: Any, text: str, words: str, found: bool
) -> None:
    assert bool(_quotes(pipeline, text, words)) == found


@pytest.mark.model
def test_a_participle_of_saying_is_said_by_the_clause_subject(pipeline: Any) -> None:
    text = (
        "Despite the count, Maria Lopez has refused to concede, alleging without evidence "
        "that her party was the real winner."
    )
    article = pipeline.extract_texts([text])[0]
    assert not _quotes(pipeline, text, "has refused to concede")  # no quote of the clause
    said = [q for q in article.quotes if "real winner" in q.text]
    assert said and all("refused" not in q.text for q in said)
    assert said[0].speaker is not None and said[0].speaker.text == "Maria Lopez"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Floods killed nine people, the fire service said, with local media reporting "
            "that a bridge had collapsed.",
            "a bridge had collapsed",
            "local media",
        ),
        (
            "The storm cut power to the port, officials said, with rescuers saying that two "
            "boats were missing.",
            "two boats were missing",
            "rescuers",
        ),
    ],
    ids=["media", "rescuers"],
)
def test_with_a_noun_and_a_participle_of_saying_is_the_nouns_word(
    pipeline: Any, text: str, said: str, speaker: str
) -> None:
    found = _quotes(pipeline, text, said)
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == speaker


@pytest.mark.model
def test_a_cue_inside_dashes_holds_nothing_after_the_closing_dash(pipeline: Any) -> None:
    text = "The farmers alliance — which said the price was rigged — refused to join the talks."
    found = _quotes(pipeline, text, "the price was rigged")
    assert found and "refused" not in found[0].text
