"""Quotes: quotation marks, reported speech and speakers, on small hand-written texts."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Quote
from sitroom.nlp.quotes.marks import find_marked, paragraph_spans

# -- quotation marks (no model) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we will stay" today.', '"we will stay"'),
        ("He said “we will stay” today.", "“we will stay”"),
        ("Il a dit « nous restons » hier.", "« nous restons »"),
        ("Er sagte »wir bleiben« heute.", "»wir bleiben«"),
        ("Er sagte „wir bleiben“ heute.", "„wir bleiben“"),
        ("He said ''we will stay'' today.", "''we will stay''"),
        ("He said ``we will stay'' today.", "``we will stay''"),
        ("The banner read ‘no more war’ in red.", "‘no more war’"),
    ],
    ids=["straight", "curly", "guillemets", "reversed-guillemets", "german", "typewriter",
         "backticks", "single"],
)  # fmt: skip
def test_quotation_styles(text: str, quoted: str) -> None:
    spans = find_marked(text)
    assert [text[m.start : m.end] for m in spans] == [quoted]


def test_quotation_inside_a_quotation_is_part_of_it() -> None:
    text = "“They called it ‘a bad deal’ and left,” she said."
    spans = find_marked(text)
    assert [text[m.start : m.end] for m in spans] == ["“They called it ‘a bad deal’ and left,”"]


def test_quotation_across_paragraphs() -> None:
    text = "“The first part goes on\n“and the second part ends here.”\nNot quoted."
    (span,) = find_marked(text)
    assert text[span.start : span.end] == text[: text.index("\nNot")]


@pytest.mark.parametrize(
    ("text", "quoted", "opened", "closed"),
    [
        ("He was blunt: we cannot pay for this alone,” he said.", "we cannot pay for this alone,”",
         False, True),
        ("“We cannot pay for this alone, he said\nNext paragraph.",
         "“We cannot pay for this alone, he said", True, False),
    ],
    ids=["no-opening-mark", "no-closing-mark"],
)  # fmt: skip
def test_unbalanced_marks(text: str, quoted: str, opened: bool, closed: bool) -> None:
    (span,) = find_marked(text)
    assert text[span.start : span.end] == quoted
    assert (span.opened, span.closed) == (opened, closed)


def test_speaker_labels_start_new_turns() -> None:
    text = '"HOST: Will you stay in the race?\n\n"SMITH: We will stay until the end.'
    spans = find_marked(text)
    assert len(spans) == 2


def test_soft_line_breaks_stay_in_one_paragraph() -> None:
    text = "The minister said the plan\nwas dead.\nA new paragraph."
    assert paragraph_spans(text) == [(0, 36), (37, 53)]


# -- quotes through the pipeline ----------------------------------------------------------------


def _quotes(pipeline: Any, text: str) -> list[Quote]:
    quotes: list[Quote] = pipeline.extract_texts([text])[0].quotes
    return quotes


def _covering(quotes: list[Quote], text: str, words: str) -> Quote:
    at = text.index(words)
    found = [q for q in quotes if q.start <= at and at + len(words) <= q.end]
    assert found, f"no quote covers {words!r}: {[q.text for q in quotes]}"
    return min(found, key=lambda q: q.end - q.start)


@pytest.mark.model
@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("''", "''")],
    ids=["straight", "curly", "guillemets", "german", "typewriter"],
)
def test_direct_quote_in_any_style(pipeline: Any, opening: str, closing: str) -> None:
    text = (
        f"{opening}We will not send soldiers to the border this winter,{closing} "
        "said Helga Marstrand, the Danish foreign minister."
    )
    quote = _covering(_quotes(pipeline, text), text, "We will not send soldiers")
    assert quote.kind == "direct"
    assert quote.text.startswith(opening)
    assert quote.speaker is not None and quote.speaker.text == "Helga Marstrand"
    assert quote.cue is not None and quote.cue.text == "said"


@pytest.mark.model
def test_interrupted_quote_is_one_quote(pipeline: Any) -> None:
    text = (
        "Ingrid Solberg spoke to reporters in Oslo on Monday.\n\n"
        "“We are ready to help,” she said, “but we will not be rushed into a decision.”"
    )
    quotes = _quotes(pipeline, text)
    quote = _covering(quotes, text, "We are ready to help")
    assert quote.end >= text.index("rushed into a decision")
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert quote.speaker.canonical == "Ingrid Solberg"


@pytest.mark.model
def test_quote_after_its_attribution_sentence_continues_it(pipeline: Any) -> None:
    text = (
        "“The talks went well,” Piotr Nowicki said. “We agreed on the next steps and we will "
        "meet again in March.”"
    )
    quote = _covering(_quotes(pipeline, text), text, "The talks went well")
    assert quote.end >= text.index("meet again in March")
    assert quote.speaker is not None and quote.speaker.text == "Piotr Nowicki"


@pytest.mark.model
def test_quote_across_paragraphs_is_one_quote(pipeline: Any) -> None:
    text = (
        "Anna Lindqvist, the Swedish minister, spoke for an hour. She said:\n\n"
        "“The first thing we need is ammunition, and we need it quickly.\n\n"
        "“The second thing is air defence for the cities in the east.”"
    )
    quote = _covering(_quotes(pipeline, text), text, "The first thing we need")
    assert quote.end >= text.index("cities in the east")


@pytest.mark.model
def test_follow_on_quote_takes_the_previous_speaker(pipeline: Any) -> None:
    text = (
        "“Europe must be at the table,” Kaja Kallas said on Thursday.\n\n"
        "“Any deal made behind our backs will not work, and everybody in this room knows it.”"
    )
    quote = _covering(_quotes(pipeline, text), text, "Any deal made behind our backs")
    assert quote.speaker is not None and quote.speaker.canonical == "Kaja Kallas"


@pytest.mark.model
def test_scare_quotes_are_not_quotes(pipeline: Any) -> None:
    text = "The so-called “coalition of the willing” met in Paris on Tuesday afternoon."
    assert _quotes(pipeline, text) == []


@pytest.mark.model
def test_dash_attribution(pipeline: Any) -> None:
    text = "“The vote showed what people in this town really think about the war.” ― Marta Kowal"
    quote = _covering(_quotes(pipeline, text), text, "The vote showed")
    assert quote.speaker is not None and quote.speaker.text == "Marta Kowal"


@pytest.mark.model
def test_speaker_label(pipeline: Any) -> None:
    text = 'Transcript follows.\n\n"HOST: Will the government fall before the summer?'
    quote = _covering(_quotes(pipeline, text), text, "Will the government fall")
    assert quote.speaker is not None and quote.speaker.text == "HOST"


# -- reported speech -----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Erik Dahl said the ceasefire would hold until the spring.",
         "the ceasefire would hold", "said", "Erik Dahl"),
        ("Erik Dahl warned that the ceasefire would not hold.",
         "that the ceasefire would not hold", "warned", "Erik Dahl"),
        ("The ceasefire will not hold, Erik Dahl said on Friday.",
         "The ceasefire will not hold", "said", "Erik Dahl"),
        ("The ceasefire, Erik Dahl said, would not hold for long.",
         "would not hold for long", "said", "Erik Dahl"),
        ("According to Erik Dahl, the ceasefire will not hold.",
         "the ceasefire will not hold", "According to", "Erik Dahl"),
        ("Erik Dahl told DW the ceasefire would not hold.",
         "the ceasefire would not hold", "told", "Erik Dahl"),
        ("Europe must pay for its own defence, writes Erik Dahl in an essay for a newspaper.",
         "Europe must pay for its own defence", "writes", "Erik Dahl"),
        ("Erik Dahl vowed to keep the border crossings open.",
         "to keep the border crossings open", "vowed", "Erik Dahl"),
        ("Erik Dahl's view is that the sanctions have failed.",
         "that the sanctions have failed", "view", "Erik Dahl"),
        ("Erik Dahl's claim that the sanctions have failed was disputed.",
         "that the sanctions have failed", "claim", "Erik Dahl"),
        ("Erik Dahl is confident that the sanctions will work.",
         "that the sanctions will work", "confident", "Erik Dahl"),
    ],
    ids=["said", "warned-that", "fronted", "parenthetical", "according-to", "told-dw",
         "writes-x-in", "vowed-to", "view-is-that", "claim-that",
         "confident-that"],
)  # fmt: skip
def test_reported_forms(pipeline: Any, text: str, content: str, cue: str, speaker: str) -> None:
    quote = _covering(_quotes(pipeline, text), text, content)
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert not quote.text.endswith(".")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Erik Dahl called for new talks with the neighbouring states.",
         "new talks with the neighbouring states"),
        ("The minister responded angrily to the vote.", "the vote"),
        ("An official, who spoke on condition of anonymity, confirmed the talks.",
         "condition of anonymity"),
        ("Erik Dahl refused to attend the summit this weekend.", "to attend the summit"),
        ("The state agreed to suspend the export curbs for a year.", "to suspend the export"),
        ("Residents fled the town, seeking safety in surrounding villages.", "safety in"),
        ("Inspectors studied traces found at sites that the state failed to declare.",
         "the state failed to declare"),
        ("Two diplomats spoke to describe the outcome of the vote.", "the outcome of"),
        ("Erik Dahl criticized the decision to close the embassy.", "the decision to close"),
    ],
    ids=["called-for", "responded-to", "spoke-on", "refused-to", "agreed-to", "seeking",
         "participle-found", "describe-np", "noun-with-infinitive"],
)  # fmt: skip
def test_an_attitude_or_an_act_is_no_quote(pipeline: Any, text: str, content: str) -> None:
    """A bare noun phrase after a cue of attitude, and an intention that is an act, are
    attributed attitudes (reactions), never quotes."""
    article = pipeline.extract_texts([text])[0]
    at = text.index(content)
    assert not [q for q in article.quotes if q.start <= at < q.end], article.quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Kenyan president hailed the vote as a turning point for the region.",
         "a turning point"),
        ("The finance minister condemned the decree as an attack on the courts.", "an attack on"),
    ],
    ids=["hailed-as", "condemned-as"],
)  # fmt: skip
def test_an_attitude_with_a_predicate_says_something(
    pipeline: Any, text: str, content: str
) -> None:
    """ "hailed X as Y" says that X is Y: a statement, not only an attitude."""
    article = pipeline.extract_texts([text])[0]
    at = text.index(content)
    assert [q for q in article.quotes if q.start <= at < q.end], article.quotes


@pytest.mark.model
def test_gerund_after_aside_from_takes_the_main_subject(pipeline: Any) -> None:
    text = "Erik Dahl refuses to name a date, aside from saying he wants talks soon."
    quote = _covering(_quotes(pipeline, text), text, "he wants talks soon")
    assert quote.speaker is not None and quote.speaker.text == "Erik Dahl"


@pytest.mark.model
def test_report_by_an_organisation_speaks_for_it(pipeline: Any) -> None:
    text = "The report by the International Monetary Fund found that growth would slow next year."
    quote = _covering(_quotes(pipeline, text), text, "growth would slow")
    assert quote.cue is not None and quote.cue.text == "found"
    assert quote.speaker is not None and quote.speaker.text.startswith("The report")
    assert quote.speaker.canonical is not None and "Monetary Fund" in quote.speaker.canonical


@pytest.mark.model
def test_in_a_poll_is_an_attribution(pipeline: Any) -> None:
    text = "In a new poll released on Sunday, the ruling party trails the opposition by 6 points."
    quote = _covering(_quotes(pipeline, text), text, "the ruling party trails")
    assert quote.cue is not None and quote.cue.text.startswith("In a new poll")


@pytest.mark.model
def test_reported_speech_with_a_quoted_fragment_is_mixed(pipeline: Any) -> None:
    text = "Erik Dahl said the proposal was “dead on arrival” and would be withdrawn."
    quote = _covering(_quotes(pipeline, text), text, "the proposal was")
    assert quote.kind == "mixed"
    assert "“dead on arrival”" in quote.text


# -- speakers ------------------------------------------------------------------------------------


@pytest.mark.model
def test_apposition_speaker_is_the_name(pipeline: Any) -> None:
    text = (
        "Camille Grand, a fellow at a research institute in Brussels, said Europe must spend "
        "more on air defence."
    )
    quote = _covering(_quotes(pipeline, text), text, "Europe must spend")
    assert quote.speaker is not None and quote.speaker.text == "Camille Grand"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "span", "canonical"),
    [
        ("Kaja Kallas met Pete Hegseth in Brussels. She said Europe must be at the table.",
         "Europe must be at the table", "She", "Kaja Kallas"),
        ("Kaja Kallas met Pete Hegseth in Brussels. He said Europe must pay more.",
         "Europe must pay more", "He", "Pete Hegseth"),
        ("Kaja Kallas arrived late. Europe, she added, will not accept a deal made without it.",
         "will not accept a deal", "she", "Kaja Kallas"),
        ("Mark Rutte, who said the alliance was united, left before the dinner.",
         "the alliance was united", "who", "Mark Rutte"),
    ],
    ids=["she", "he", "she-added", "who"],
)  # fmt: skip
def test_pronoun_speakers(pipeline: Any, text: str, words: str, span: str, canonical: str) -> None:
    quote = _covering(_quotes(pipeline, text), text, words)
    assert quote.speaker is not None
    assert quote.speaker.text == span
    assert quote.speaker.canonical == canonical


@pytest.mark.model
def test_role_noun_speaker_is_the_person_named_before(pipeline: Any) -> None:
    text = (
        "Boris Pistorius visited the troops in Lithuania on Monday. The minister said Germany "
        "would keep its brigade there."
    )
    quote = _covering(_quotes(pipeline, text), text, "Germany would keep")
    assert quote.speaker is not None and quote.speaker.text == "The minister"
    assert quote.speaker.canonical == "Boris Pistorius"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Boris Pistorius spoke first. One NATO diplomat said the meeting had been tense.",
         "the meeting had been tense"),
        ("Boris Pistorius spoke first. A diplomat said the meeting had been tense.",
         "the meeting had been tense"),
        ("Boris Pistorius spoke first. A diplomat said the meeting was tense. Another said it "
         "had been calm.", "it had been calm"),
        ("Boris Pistorius spoke first. Officials in Moscow said the offer was unacceptable.",
         "the offer was unacceptable"),
    ],
    ids=["nato-diplomat", "a-diplomat", "another", "officials-in-moscow"],
)  # fmt: skip
def test_unnamed_sources_are_never_a_named_person(pipeline: Any, text: str, words: str) -> None:
    quote = _covering(_quotes(pipeline, text), text, words)
    assert quote.speaker is not None
    assert quote.speaker.canonical != "Boris Pistorius"
    actor = quote.speaker.actor_id or ""
    assert not actor or actor.startswith("grp") or actor.isupper()


@pytest.mark.model
def test_unnamed_nato_diplomat_is_the_group(pipeline: Any) -> None:
    text = "One NATO diplomat said the meeting had been tense."
    quote = _covering(_quotes(pipeline, text), text, "the meeting had been tense")
    assert quote.speaker is not None and quote.speaker.canonical == "NATO diplomats"


@pytest.mark.model
def test_officials_of_a_country_speak_for_it(pipeline: Any) -> None:
    text = "Officials in Moscow said the offer was unacceptable."
    quote = _covering(_quotes(pipeline, text), text, "the offer was unacceptable")
    assert quote.speaker is not None and quote.speaker.canonical == "Russia"


@pytest.mark.model
def test_words_inside_a_quotation_are_not_new_attributions(pipeline: Any) -> None:
    text = "“I think we should wait, and I believe they agree,” Erik Dahl said."
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Erik Dahl"


@pytest.mark.model
def test_a_plural_role_noun_is_never_one_named_person(pipeline: Any) -> None:
    text = (
        "President Donald Trump spoke to reporters in Washington on Monday. "
        "Several defence ministers said that the plan ignored Europe's security."
    )
    quote = _covering(_quotes(pipeline, text), text, "the plan ignored")
    assert quote.speaker is not None
    assert quote.speaker.canonical != "Donald Trump"


@pytest.mark.model
def test_pronoun_after_a_named_spokesperson_in_apposition(pipeline: Any) -> None:
    """ "The ministry's spokesperson, Name, said ...": the name is the subject its pronoun
    points back to, not a speaker quoted paragraphs before."""
    text = (
        "Lieutenant General Omar Haddad said that the army had fired 27 rockets overnight.\n\n"
        "The drills began on Monday and came days after the arms deal was announced.\n\n"
        "The Foreign Ministry's spokesperson, Lin Jian, also issued a stern rebuke on Monday.\n\n"
        "He told reporters the exercises were “a necessary move to safeguard sovereignty”."
    )
    quote = _covering(_quotes(pipeline, text), text, "a necessary move to safeguard")
    assert quote.speaker is not None
    assert quote.speaker.canonical == "Lin Jian"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The president announced a sweeping set of trade understandings with his Chinese "
         "counterpart, including a cut in tariffs.", "a sweeping set of trade understandings"),
        ("The regional bloc has yet to respond to inquiries regarding the matter.",
         "inquiries regarding the matter"),
        ("The army chief announced the pullout, citing the systematic destruction of the city "
         "by the paramilitary forces.", "the systematic destruction of the city"),
        ("He did not offer details about who owned the ship or where the oil was headed.",
         "details about who owned the ship"),
    ],
)  # fmt: skip
def test_a_bare_noun_phrase_is_no_quote(pipeline: Any, text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert not [q for q in _quotes(pipeline, text) if q.start <= at < q.end]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Israel accused Hamas of attempting to modify the terms of the deal on Thursday.",
         "attempting to modify the terms"),
        ("The minister cited claims that the border force was violently persecuting farmers.",
         "the border force was violently persecuting"),
    ],
)  # fmt: skip
def test_an_act_or_a_claim_stays_a_quote(pipeline: Any, text: str, words: str) -> None:
    _covering(_quotes(pipeline, text), text, words)


@pytest.mark.model
def test_a_dateline_with_a_colon_is_no_speaker(pipeline: Any) -> None:
    text = (
        "Strikes hit four cities overnight\n\n"
        "LAHORE: Tensions between the two neighbours have intensified after a series of air "
        "strikes killed at least 31 civilians, officials said on Wednesday.\n\n"
        "Funerals were held in the city on Thursday as mourners gathered at the stadium."
    )
    assert all(q.speaker is None or q.speaker.text != "LAHORE" for q in _quotes(pipeline, text))


@pytest.mark.model
def test_a_first_name_after_the_full_name_is_that_person(pipeline: Any) -> None:
    text = (
        "The remarks mark Abdel's first confirmation that the army lost the city.\n\n"
        "Sudan's Sovereignty Council leader, Abdel Fattah al-Burhan, has announced the "
        "withdrawal of the army from El Fasher.\n\n"
        '"We have agreed to withdraw the army to a safer location," Abdel said on Monday.'
    )
    quote = _covering(_quotes(pipeline, text), text, "We have agreed to withdraw")
    assert quote.speaker is not None
    assert quote.speaker.canonical == "Abdel Fattah al-Burhan"


@pytest.mark.model
def test_a_headline_run_into_the_dateline_names_no_speaker(pipeline: Any) -> None:
    headline = "Govt not dropping the bridge tolls, only lowering them, says minister"
    text = (
        f"{headline}\n\n{headline}\n\n"
        "PORT TOWN, June 23 — The government is not dropping the tolls on the river bridges, "
        "but it is lowering them to ease the burden on drivers, says Transport Minister Tan Sri "
        "Jane Roe.\n\n"
        "“As the minister in charge of transport, I deny strongly that there is a plan to drop "
        "all the tolls in July. It is untrue.\n\n"
        "He was commenting on a video posted online which claimed that the tolls would go."
    )
    for quote in _quotes(pipeline, text):
        speaker = quote.speaker
        assert speaker is None or ("\n" not in speaker.text and "PORT TOWN" not in speaker.text)
