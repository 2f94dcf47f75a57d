"""People nobody knows, introduced the ways wire reports introduce them: an apposition
after the name, a title with a nationality or a country before it, a relative clause
("who heads ..."), a title before a comma, a party or an employer after the name, and
later mentions by surname. Each must get the country and the PLOVER sector the text
gives. Sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)

pytestmark = pytest.mark.model


CASES = [
    # an apposition after the name
    (
        "Talia Morven, spokesperson for Kenya's president, said the talks would resume.",
        "Talia Morven",
        "KEN",
        "GOV",
    ),
    (
        "Dario Feltrup, the head of Italy's civil protection agency, toured the flooded area.",
        "Dario Feltrup",
        "ITA",
        "GOV",
    ),
    (
        "Olek Varnas, Lithuania's ambassador to the United Nations, called the vote a mistake.",
        "Olek Varnas",
        "LTU",
        "GOV",
    ),
    (
        "Karim Benhadj, Algeria's ambassador to the UN, told reporters the text was weak.",
        "Karim Benhadj",
        "DZA",
        "GOV",
    ),
    (
        "Rashid Telmani, a senior commander of the Lebanese army, said troops had deployed.",
        "Rashid Telmani",
        "LBN",
        "MIL",
    ),
    # a title with a nationality or a country before the name
    (
        "Pakistani Defence Minister Nadeem Qureshan said the border would stay closed.",
        "Nadeem Qureshan",
        "PAK",
        "GOV",
    ),
    (
        "Haiti's interim prime minister Lucien Dorvalus met the gang task force on Monday.",
        "Lucien Dorvalus",
        "HTI",
        "GOV",
    ),
    (
        "Lebanese army chief General Fadi Harrouk ordered units to the south.",
        "Fadi Harrouk",
        "LBN",
        "MIL",
    ),
    (
        "Former Syrian foreign minister Walid Harmoush criticised the new cabinet.",
        "Walid Harmoush",
        "SYR",
        "ELI",
    ),
    (
        "Emirati Foreign Minister Saif Almarri held talks with his Omani counterpart.",
        "Saif Almarri",
        "ARE",
        "GOV",
    ),
    (
        "Congolese Justice Minister Pascal Mbeki-Lunda said the suspects would be tried.",
        "Pascal Mbeki-Lunda",
        "COD",
        "GOV",
    ),
    (
        "Egypt's Foreign Minister Hossam Abdelrazek arrived in Doha on Tuesday.",
        "Hossam Abdelrazek",
        "EGY",
        "GOV",
    ),
    (
        "Nigerian police spokesman Ibrahim Olawunmi said four suspects were arrested.",
        "Ibrahim Olawunmi",
        "NGA",
        "COP",
    ),
    # a relative clause
    (
        "Marta Velikova, who heads Bulgaria's interior ministry, said the border was secure.",
        "Marta Velikova",
        "BGR",
        "GOV",
    ),
    # a title before a comma
    (
        "The country's foreign minister, Yusuf Demirkan, said Turkey would not take sides.",
        "Yusuf Demirkan",
        "TUR",
        "GOV",
    ),
    (
        "A spokesman for the Sudanese army, Brigadier Osman Fadlalla, denied the report.",
        "Osman Fadlalla",
        "SDN",
        "MIL",
    ),
    # a title with the body after it
    (
        "Gerd Hallmann, director of the German Federal Intelligence Service, declined to comment.",
        "Gerd Hallmann",
        "DEU",
        "SPY",
    ),
    # a generic role takes the sector of the body it speaks for
    (
        "The strikes will go on, said Omar Fadlalla, a spokesman for the Sudanese army.",
        "Omar Fadlalla",
        "SDN",
        "MIL",
    ),
    # no state in the title: the one state named around it
    (
        "Haiti has struggled with gang violence. Marie Dorsainvil, head of the foundation, "
        "said killings had doubled.",
        "Marie Dorsainvil",
        "HTI",
        "NGO",
    ),
    (
        "Sudan's war has displaced millions. Suleiman Bakhit, a local resident, said "
        "shelling hit the market.",
        "Suleiman Bakhit",
        "SDN",
        "CVL",
    ),
    (
        "Unrest spread across Pakistan, where Tariq Hameed, the province's top elected "
        "official, urged calm.",
        "Tariq Hameed",
        "PAK",
        "GOV",
    ),
    # a name the recognizer missed after a two-word rank
    (
        "Israeli military spokesperson Lt Col Nadav Shoshani said troops returned fire.",
        "Nadav Shoshani",
        "ISR",
        "MIL",
    ),
    # a city or region of the gazetteer gives its state
    (
        "Darfur governor Adam Sharif Hamid said the town had fallen.",
        "Adam Sharif Hamid",
        "SDN",
        "GOV",
    ),
    (
        "Ayman Bassal, spokesman for Gaza's civil defence agency, said 20 people died.",
        "Ayman Bassal",
        "PSE",
        "GOV",
    ),
    # a body of the knowledge base gives its country
    (
        "Ahmad Fakhreddine, a Hezbollah lawmaker, said the group would not disarm.",
        "Ahmad Fakhreddine",
        "LBN",
        "LEG",
    ),
    (
        "Haiti's ambassador to the UN Marc Antoine Lafleur urged faster deployment.",
        "Marc Antoine Lafleur",
        "HTI",
        "GOV",
    ),
    (
        "Lieutenant General Chen Wei-ming, deputy chief of Taiwan's intelligence agency, "
        "said the drills were larger than last year.",
        "Chen Wei-ming",
        "TWN",
        "SPY",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_an_unknown_person_gets_the_country_and_sector_the_text_gives(
    actor_nlp: Language, text: str, name: str, country: str, sector: str
) -> None:
    found = [m for m in actor_nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in actor_nlp(text)._.mentions]
    assert (found[0].country, found[0].sector) == (country, sector)
    assert found[0].role


def test_a_later_mention_by_surname_keeps_the_description(actor_nlp: Language) -> None:
    text = (
        "Ghanaian Interior Minister Kofi Asantewa said the curfew would be lifted. "
        "Asantewa added that the army would stay in the north."
    )
    found = [m for m in actor_nlp(text)._.mentions if m.text == "Asantewa"]
    assert found
    assert (found[0].country, found[0].sector) == ("GHA", "GOV")


def test_a_nationality_alone_states_no_role(actor_nlp: Language) -> None:
    found = [
        m
        for m in actor_nlp("Haitian activist Rose Dorcely was detained on Friday.")._.mentions
        if m.text == "Rose Dorcely"
    ]
    assert found and found[0].country == "HTI"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mortars landed on Sudanese territory overnight, the army said.", "Sudanese"),
        ("Troops seized three posts on the Malian side of the border.", "Malian"),
        ("The tanker was hit off the Libyan port city of Misrata.", "Libyan"),
        ("Shells struck Eritrean border posts late on Friday.", "Eritrean"),
        ("Drones were launched from Ethiopia-controlled territory, officials said.", "Ethiopia"),
    ],
)
def test_a_state_naming_where_something_is_is_no_actor(
    actor_nlp: Language, text: str, word: str
) -> None:
    assert word in [p.text for p in actor_nlp(text)._.places]


def test_a_demonym_modifying_an_act_stays_an_actor(actor_nlp: Language) -> None:
    doc = actor_nlp("Sudanese strikes hit the convoy on Monday.")
    assert "Sudanese" in [m.text for m in doc._.mentions]
    assert "Sudanese" not in [p.text for p in doc._.places]


def test_role_words_taken_into_a_name_or_a_body_are_the_title(actor_nlp: Language) -> None:
    doc = actor_nlp("Spokesperson Nadia Karimova said the ministry was concerned.")
    found = [m for m in doc._.mentions if m.text == "Nadia Karimova"]
    assert found and found[0].sector == "GOV"
    doc = actor_nlp("Interior Minister Lamine Sow said order was restored in Senegal.")
    assert "Interior" in [p.text for p in doc._.places]


def test_a_name_after_a_list_of_titles_is_a_person(actor_nlp: Language) -> None:
    text = (
        "The wounded were visited by Corps Commander Lt Gen Rashid, Divisional "
        "Commissioner Musarrat Jabeen and the provincial health minister."
    )
    found = {m.text: m for m in actor_nlp(text)._.mentions}
    assert found["Musarrat Jabeen"].sector == "GOV"
    assert found["Rashid"].sector == "MIL"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dozens died in overnight Sudan-Chad border clashes.", "Sudan"),
        ("The tanker was struck by Somalia's al-Shabaab militants.", "Somalia"),
        ("The coup drew sanctions from the West African bloc.", "West"),
    ],
)
def test_names_describing_a_border_a_group_or_a_demonym_are_no_actors(
    actor_nlp: Language, text: str, word: str
) -> None:
    assert word in [p.text for p in actor_nlp(text)._.places]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pirates seized a tanker in the Gulf of Guinea on Friday.", "Guinea"),
        ("The Panama-flagged, Turkish-operated vessel Sea Lark was boarded at dawn.", "Sea Lark"),
    ],
)
def test_a_place_s_name_and_a_described_vessel_are_no_actors(
    actor_nlp: Language, text: str, word: str
) -> None:
    assert word in [p.text for p in actor_nlp(text)._.places]
