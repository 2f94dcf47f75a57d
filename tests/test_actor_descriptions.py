"""People outside the knowledge base described by the text in the forms new reports use:
a family name first ("Xue" after "Xue Jian"), a name the recognizer took for a body before
an apposition naming an office. Sentences are written for these tests; the names are
invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.linker import DocState, Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_kb(), fuzzy_threshold=82)


def _mentions(nlp: Language, text: str, name: str) -> list[Any]:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found


def test_a_short_family_name_first_is_the_person_named_before(linker: Linker) -> None:
    """Chinese names put the family name first: "Qiu" later is "Qiu Haoran"."""
    state = DocState()
    full = linker.link("Qiu Haoran", "PERSON", state)
    alone = linker.link("Qiu", "PERSON", state)
    assert alone.actor_id == full.actor_id


def test_a_short_first_word_of_a_longer_name_is_no_one(linker: Linker) -> None:
    """A short word opening a name of three words is no family name of two ("Abu" is not
    "Abu Karim al-Masri")."""
    state = DocState()
    full = linker.link("Abu Karim Masrawi", "PERSON", state)
    alone = linker.link("Abu", "PERSON", state)
    assert alone.actor_id != full.actor_id


@pytest.mark.model
def test_a_name_tagged_as_a_body_before_an_office_is_a_person(actor_nlp: Language) -> None:
    text = (
        "The talks were held in Lisbon with Haruki Tanabe, director-general of the "
        "Japanese Foreign Ministry's Asia Bureau. Tanabe said the meeting was useful."
    )
    for m in _mentions(actor_nlp, text, "Haruki Tanabe") + _mentions(actor_nlp, text, "Tanabe"):
        assert m.type == "PERSON"
        assert m.country == "JPN"
        assert m.role and m.role.startswith("director-general")


@pytest.mark.model
def test_a_body_before_an_apposition_stays_a_body(actor_nlp: Language) -> None:
    text = "Green Harbour Trust, a charity for refugees, said the port was closed."
    assert all(m.type != "PERSON" for m in _mentions(actor_nlp, text, "Green Harbour Trust"))


@pytest.mark.model
def test_the_place_of_a_post_is_no_part_of_the_name(actor_nlp: Language) -> None:
    """The recognizer runs the post's place into the name after it ("Consul General in
    [Osaka Xue Jian]"): the name is the person's, the title names the post."""
    text = (
        "Japan protested on Monday. China's Consul General in Osaka Qiu Haoran said on "
        'Saturday: "We have no choice." Qiu later deleted the post.'
    )
    doc = actor_nlp(text)
    assert "Consul General" in {p.text for p in doc._.places}  # kept as no actor
    for m in _mentions(actor_nlp, text, "Qiu Haoran") + _mentions(actor_nlp, text, "Qiu"):
        assert m.country == "CHN"
        assert m.role and "Consul General" in m.role


@pytest.mark.model
def test_latin_america_is_no_united_states(actor_nlp: Language) -> None:
    """A region named after a state's name ("Latin America") is not the state: a person
    named after it does not take the United States as context."""
    doc = actor_nlp(
        "The port is a hub for smuggling between Latin America and Europe. Opposition "
        "candidate Tomas Varela Nunes claimed victory."
    )
    assert all(m.country != "USA" for m in doc._.mentions), [
        (m.text, m.country) for m in doc._.mentions
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lede", "role"),
    [
        ("Chile's interior minister announced on Sunday that the riots were over.", "minister"),
        (
            "Chile's interior minister, Ana Soto, announced on Sunday that the riots were over.",
            None,
        ),
        ("Officials announced on Sunday that the riots were over.", None),
    ],
)
def test_a_name_after_a_lede_that_names_the_speaker_by_title(
    actor_nlp: Language, lede: str, role: str | None
) -> None:
    """The lede names the speaker by title alone, the next sentence by name: the name takes
    the title (not where the lede names a person, nor where its speaker is a group)."""
    text = f"{lede} Ramon Ortuzar stressed that the police had acted lawfully."
    (m,) = _mentions(actor_nlp, text, "Ramon Ortuzar")
    if role is None:
        assert not m.role or "interior" not in m.role
    else:
        assert m.role and role in m.role and m.country == "CHL"


@pytest.mark.model
def test_a_participles_object_before_the_name_is_no_title(actor_nlp: Language) -> None:
    text = (
        "Police spokesperson Omari Kitwana said the city was calm. Addressing the media, "
        "Kitwana denied that any protest took place."
    )
    for m in _mentions(actor_nlp, text, "Kitwana"):
        assert m.role and "spokesperson" in m.role


def _one_sentence(text: str) -> Any:
    import spacy

    doc = spacy.blank("en")(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0
    return doc


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Haruki Tanabe , director-general of the Asia Bureau , met them .", True),
        ("Haruki Tanabe , a spokesperson for the ministry , said so .", True),
        ("Green Harbour Trust , a charity for refugees , said so .", False),
        ("Haruki Tanabe , spokesperson , said so .", False),  # tied to no one
        ("Haruki Tanabe , a city of ports , was calm .", False),
    ],
)
def test_named_before_office(linker: Linker, text: str, person: bool) -> None:
    from sitroom.nlp.actors.kb.normalize import fold
    from sitroom.nlp.actors.names import named_before_office

    doc = _one_sentence(text)
    words = text.split().index(",")
    assert named_before_office(doc[0:words], lambda w: fold(w) in linker.kb.role_nouns) is person


@pytest.mark.model
def test_a_states_name_opening_with_a_compass_word_is_still_the_state(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp("South Africa's G20 presidency ended on Sunday.")
    assert "ZAF" in {m.country for m in doc._.mentions if m.text == "South Africa"}


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Gen., the National Police chief", "COP"),  # a police force's own ranks
        ("Brigadier General, police spokesperson", "COP"),
        ("Colonel, junta spokesman", "MIL"),  # any other role of an officer stays MIL
    ],
)
def test_a_rank_in_a_police_title_is_a_police_rank(linker: Linker, title: str, sector: str) -> None:
    assert linker.title_context(title).sector == sector


@pytest.mark.model
def test_an_ambassador_named_after_a_prepositions_object(actor_nlp: Language) -> None:
    """ "a meeting with the German Ambassador to Ghana, H.E. X": the title before the comma
    is the name's (the word of address no part of the name); a later "Ambassador X" keeps
    the state the first title named."""
    text = (
        "The minister held a meeting with the German Ambassador to Ghana, H.E. Tobias "
        "Wendler, in Accra on Monday. Ambassador Wendler said Germany would help."
    )
    for name in ("Tobias Wendler", "Wendler"):
        for m in _mentions(actor_nlp, text, name):
            assert (m.type, m.country) == ("PERSON", "DEU")
            assert m.role and "German Ambassador" in m.role


@pytest.mark.model
def test_a_prepositional_phrase_opening_the_sentence_is_no_title(actor_nlp: Language) -> None:
    text = "In a letter to the finance minister, Tobias Wendler said the budget was too small."
    (m,) = _mentions(actor_nlp, text, "Tobias Wendler")
    assert not m.role or "finance" not in m.role


def test_a_later_title_inside_the_first_one_is_part_of_it() -> None:
    from sitroom.nlp.actors.carry import _part_of

    assert _part_of("Ambassador", "the German Ambassador to Ghana")
    assert _part_of("General", "General, the new army chief")
    assert not _part_of("Interior Minister", "the German Ambassador to Ghana")


@pytest.mark.model
def test_a_quote_the_parser_split_carries_the_speakers_title_on(actor_nlp: Language) -> None:
    """ "'...,' the Chilean Interior Minister also said. '... (...) it ...,' added X": the
    sentence before the quotation's opening one names the speaker."""
    text = (
        '"The talks cannot go on while soldiers die," the Chilean Interior Minister also '
        'said.\n\n"The rebels did not understand the message (...) they lost a chance for '
        'peace; they insist on violence," added Tomas Riquelme Vidal.'
    )
    (m,) = _mentions(actor_nlp, text, "Tomas Riquelme Vidal")
    assert m.role and "Interior Minister" in m.role and m.country == "CHL"


@pytest.mark.model
@pytest.mark.parametrize("adverb", ["also", "widely", "better"])
def test_a_name_known_as_another_is_the_same_actor(actor_nlp: Language, adverb: str) -> None:
    text = (
        f"Gunmen shot militia leader Omar Taleb Nasri, {adverb} known as Falcon, on Monday. "
        "Falcon had held the port district for years."
    )
    person = _mentions(actor_nlp, text, "Omar Taleb Nasri")[0]
    assert person.role != adverb  # an adverb before "known as" is no title
    assert {m.actor_id for m in _mentions(actor_nlp, text, "Falcon")} == {person.actor_id}


def test_a_surname_with_a_word_of_address_is_the_one_so_addressed(actor_nlp: Language) -> None:
    # two people of one surname: "Cllr. Kamara" is the one named "Cllr." in full, not the
    # one named more often (with "Mr.")
    text = (
        "The president dismissed Mr. John Kamara, the deputy minister of health, on Monday. "
        "Mr. Kamara had served for two years. Separately, Cllr. Peter Kamara was confirmed as "
        "director of the anti-graft court. Cllr. Kamara is abroad on a mission, the office said."
    )
    mentions = actor_nlp(text)._.mentions
    last = [m for m in mentions if m.text == "Kamara"][-1]
    assert last.actor_id == "local:person:peter-kamara"
    assert last.role is None or "deputy minister" not in last.role
