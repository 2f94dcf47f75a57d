"""Properties that make a line furniture on any outlet's page, and reported content that is
no statement (a question) or whose speaker the parser hides (an appositive taken for the
subject, a document's owner, a role named again). Sentences and names are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from prose_checks import kinds_of, speaker_of
from sitroom.nlp.quotes.finder import _heading_lines

BODY = (
    "The regional council said on Monday that the new bridge would open in June, after two "
    "years of delays caused by floods and a shortage of steel."
)
BODY2 = (
    "Engineers from the ministry inspected the pillars last week and found no cracks, a "
    "council spokesperson told reporters at the site."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Updates with council statement)", "other"),
        ("(Adds mayor's reply in paragraph 4)", "other"),
        ("The council met on Monday to discuss the bridge. The mayor said […]", "other"),
        ("Please select at least one mailing list.", "share"),
        ("You can unsubscribe at any time by clicking the link in our emails.", "share"),
    ],
)
def test_lines_furniture_on_any_page(line: str, kind: str) -> None:
    text = f"Bridge to open in June\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert kinds_of(text).get(line) == kind


def test_an_editors_note_is_never_the_title() -> None:
    text = f"(Adds council's reply)\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get("(Adds council's reply)") == "other"


def test_a_dateline_on_a_line_of_its_own() -> None:
    text = f"Bridge to open in June\n\nMombasa, March 3:\n\n{BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get("Mombasa, March 3:") == "dateline"
    text = f"Bridge to open in June\n\nMombasa:\n\nMombasa: {BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get("Mombasa:") == "dateline"


def test_a_speaker_label_alone_is_not_a_dateline() -> None:
    text = f"Bridge to open in June\n\n{BODY}\n\nOkafor:\n\nWe will open it in June.\n"
    assert "Okafor:" not in kinds_of(text)


def test_a_source_in_capitals_in_brackets_opens_the_paragraph() -> None:
    text = f"Bridge to open in June\n\n(COAST HERALD) {BODY}\n\n{BODY2}\n"
    assert kinds_of(text).get("(COAST HERALD)") == "dateline"


def test_a_caption_set_twice_with_other_apostrophes_is_no_title() -> None:
    caption = "The bridge's new pillars at dawn. Work resumed on Monday"
    text = (
        f"Bridge to open in June\n\nBridge to open in June\n\n{caption}\n\n"
        f"{caption.replace(chr(39), '’')}\n\n{BODY}\n\n{BODY2}\n"
    )
    kinds = kinds_of(text)
    assert kinds["Bridge to open in June"] == "title"
    assert kinds[caption] == "caption"


def test_a_name_over_a_caption_naming_it_is_a_label() -> None:
    text = (
        "Amina Odhiambo\n\nFILE: Council chair Amina Odhiambo at the bridge in May. "
        f"—Photo: JOHN MBUGUA\n\n{BODY}\n\n{BODY2}\n"
    )
    assert kinds_of(text).get("Amina Odhiambo") == "caption"


def quote_texts(pipeline: Any, text: str) -> list[str]:
    return [q.text for q in pipeline.extract_texts([text])[0].quotes]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Asked by reporters whether he had met the contractors, the mayor declined "
            "to comment. The council said the bridge would open in June.",
            "whether he had met",
        ),
        (
            "The council said the bridge would open in June. An inquiry will determine if "
            "the contractors broke the rules.",
            "if the contractors broke",
        ),
        (
            "The council said the bridge would open in June. The mayor asked engineers if "
            "they had found any cracks.",
            "if they had found",
        ),
    ],
)
def test_a_question_is_no_statement(pipeline: Any, text: str, question: str) -> None:
    quotes = quote_texts(pipeline, text)
    assert not any(question in q for q in quotes), quotes
    assert any("the bridge would open in June" in q for q in quotes), quotes


def test_a_condition_inside_what_was_said_is_a_statement(pipeline: Any) -> None:
    text = "The mayor said that if the river rises again, the bridge will close for a week."
    assert any("the bridge will close" in q for q in quote_texts(pipeline, text))


def test_the_name_before_an_appositive_role_speaks(pipeline: Any) -> None:
    text = (
        "Under Secretary Tomas Okafor, the ministry's complaints officer, said the talks "
        "had gone well."
    )
    assert speaker_of(pipeline, text, "the talks had gone well").canonical == "Tomas Okafor"


def test_a_statement_speaks_for_its_owner(pipeline: Any) -> None:
    text = "The union's statement said the strike would go on until the wages were paid."
    speaker = speaker_of(pipeline, text, "the strike would go on")
    assert speaker.text == "The union"


def test_the_minister_named_again_is_the_same_minister(pipeline: Any) -> None:
    text = (
        "Transport Minister Alan Brookes said the bridge would open in June.\n\n"
        "Brothers Carl Minto and Dan Minto stand accused of stealing steel from the site.\n\n"
        "The minister also said the contractors had been paid in full."
    )
    speaker = speaker_of(pipeline, text, "the contractors had been paid")
    assert speaker.canonical == "Alan Brookes"


def test_a_role_taken_for_a_name_is_the_role(pipeline: Any) -> None:
    text = (
        "The bridge will open in June, Council Spokesman Peter Mwangi said on Monday.\n\n"
        "Speaking to reporters at the site, the Spokesman stressed that the pillars were "
        "safe."
    )
    speaker = speaker_of(pipeline, text, "the pillars were safe")
    assert speaker.canonical == "Peter Mwangi"


def test_no_quote_from_a_line_shaped_as_a_heading(pipeline: Any) -> None:
    text = (
        "Bridge to open in June\n\n"
        f"{BODY}\n\n"
        "Mayor says the pillars are safe and the contractors were paid\n\n"
        f"{BODY2}\n"
    )
    quotes = quote_texts(pipeline, text)
    assert not any("the pillars are safe" in q for q in quotes), quotes


def test_we_inside_a_quote_does_not_become_the_next_speaker(pipeline: Any) -> None:
    text = (
        "‘We are ready’, Mayor Peter Mwangi told reporters.\n\n"
        "Asked about the bridge, he said: “I reject the idea that we are late. We are a bit "
        "of “builders” here.\n\n"
        "When asked about the murder of engineer Grace Atieno and the safety of the site, he "
        "said: “It is not a question of money. We will find who did it.”"
    )
    speaker = speaker_of(pipeline, text, "It is not a question of money")
    assert speaker.canonical == "Peter Mwangi"


def test_a_heading_line_set_between_sentences_is_a_heading() -> None:
    head = "Mayor says the pillars are safe and the contractors were paid"
    text = f"{BODY}\n{head}\n{BODY2}\n"
    assert [text[a:b] for a, b in _heading_lines(text)] == [head]
    wrapped = f"{BODY}\nThe mayor said the pillars were safe and that the\n{BODY2}\n"
    assert _heading_lines(wrapped) == []


def test_a_hard_wrapped_sentence_still_quotes(pipeline: Any) -> None:
    text = (
        f"{BODY}\n"
        "The mayor said the pillars were safe and that the\n"
        "contractors had been paid in full for their work.\n"
    )
    quotes = quote_texts(pipeline, text)
    assert any("the pillars were safe" in q for q in quotes), quotes
