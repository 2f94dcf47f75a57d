"""People outside the knowledge base described by the text: titles, appositions, ranks,
possessive titles, the state named around them, and the description carried to every
mention. Sentences are written for these tests; the names are invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sitroom.article import Mention
from sitroom.article import Span as TextSpan
from sitroom.nlp import actors  # noqa: F401  (registers the component)
from sitroom.nlp.actors.carry import carry_descriptions
from sitroom.nlp.actors.kb import load_kb
from sitroom.nlp.actors.linker import Linker


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_kb(), fuzzy_threshold=82)


def _person(nlp: Language, text: str, name: str) -> Any:
    found = [m for m in nlp(text)._.mentions if m.text == name]
    assert found, [m.text for m in nlp(text)._.mentions]
    return found[0]


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Colonel", "MIL"),
        ("Niger junta spokesman", "GOV"),
        ("Colonel ... junta spokesman", "MIL"),  # a rank makes an officer of any role
        ("Lt Gen", "MIL"),
        ("Attorney General", "GOV"),  # a longer role holds its words: no rank here
        ("Secretary General", "GOV"),
        ("spokesman for the Houthis", "REB"),  # a generic role takes a rebel body's sector
        ("spokesman for the Atomic Energy Organization of Iran", "GOV"),
    ],
)
def test_title_sectors(linker: Linker, title: str, sector: str) -> None:
    assert linker.title_context(title.replace("...", "")).sector == sector


def test_a_rebel_body_in_a_title_gives_its_country(linker: Linker) -> None:
    ctx = linker.title_context("spokesman for the Houthis")
    assert (ctx.country, ctx.sector) == ("YEM", "REB")


@pytest.mark.model
def test_a_title_before_a_comma_with_a_possessive(actor_nlp: Language) -> None:
    m = _person(
        actor_nlp,
        "Washington sent only its charge d'affaires, Tom Brennick, to the closing session.",
        "Tom Brennick",
    )
    assert (m.country, m.sector) == ("USA", "GOV")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a possessive chain: the state's minister, then "his" minister, serve one state
        (
            "Chile's foreign minister Tomas Ibarrola met the envoy, and his deputy minister "
            "Lucia Benavente joined them.",
            "Lucia Benavente",
            "CHL",
        ),
        # "his" points back to the president, not to the place named between
        (
            "President Luis Arce landed in Lima on Monday with his defence minister "
            "Mateo Quispehuaman.",
            "Mateo Quispehuaman",
            "BOL",
        ),
    ],
)
def test_his_minister_serves_the_state_of_the_person_before(
    actor_nlp: Language, text: str, name: str, country: str
) -> None:
    m = _person(actor_nlp, text, name)
    assert (m.country, m.sector) == (country, "GOV")


@pytest.mark.model
@pytest.mark.parametrize("address", ["Cllr.", "Hon.", "Dr."])
def test_a_title_before_a_comma_then_a_word_of_address(actor_nlp: Language, address: str) -> None:
    # the parser may end the sentence at the point of "Cllr.": the title stands before it
    text = f"The Executive Director, {address} Ben Tamboura, left for the summit on Monday."
    m = _person(actor_nlp, text, "Ben Tamboura")
    assert m.role is not None and "Executive Director" in m.role


@pytest.mark.model
def test_a_title_before_a_comma_opening_a_that_clause(actor_nlp: Language) -> None:
    text = "The agency said on Monday that its Executive Director, Ben Tamboura, had resigned."
    m = _person(actor_nlp, text, "Ben Tamboura")
    assert m.role is not None and "Executive Director" in m.role


@pytest.mark.model
def test_the_groups_spokesman_is_the_armed_groups(actor_nlp: Language) -> None:
    text = (
        "The Houthis fired two missiles at a cargo ship on Monday. "
        "The group's spokesman, Yusuf Qaradan, said the ship was hit."
    )
    m = _person(actor_nlp, text, "Yusuf Qaradan")
    assert (m.country, m.sector) == ("YEM", "REB")


@pytest.mark.model
def test_a_list_of_titled_names_keeps_each_title(actor_nlp: Language) -> None:
    text = (
        "Pakistan said the hospital was hit. Visits were made by Corps Commander Lt Gen "
        "Farhan Qadir, Divisional Commissioner Nadia Sohail and Health Minister Tariq "
        "Mehmood Bhatti, who met the injured."
    )
    m = _person(actor_nlp, text, "Tariq Mehmood Bhatti")
    assert (m.country, m.sector) == ("PAK", "GOV")


@pytest.mark.model
def test_an_official_serves_the_state_named_sentences_before(actor_nlp: Language) -> None:
    text = (
        "Iran's nuclear agency said it would open a new site. "
        '"This is our answer," it added in a short note. '
        '"It will be soon," spokesman Darius Khalili said.'
    )
    m = _person(actor_nlp, text, "Darius Khalili")
    assert (m.country, m.sector) == ("IRN", "GOV")


def test_a_description_is_carried_to_every_mention_of_the_document_only() -> None:
    def person(country: str | None, sector: str | None) -> Mention:
        return Mention(
            0, 5, "Nadia Sohail", "PERSON", "local:person:nadia-sohail", None, country, sector
        )

    first = [person(None, None), person("PAK", "GOV")]
    carry_descriptions(first)
    assert [(m.country, m.sector) for m in first] == [("PAK", "GOV")] * 2
    later = [person(None, None)]
    carry_descriptions(later)  # another document: the same output whatever a worker saw before
    assert (later[0].country, later[0].sector) == (None, None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Liberian-flagged bulk carrier, the Ocean Wren, sank on Tuesday.", "Ocean Wren"),
        ("The vessel Ocean Wren was carrying 25 crew.", "Ocean Wren"),
        ("Ocean Wren, a Greek-operated cargo ship, sank after the attack.", "Ocean Wren"),
        ("The leaders praised Pan-Africanism at the summit.", "Pan-Africanism"),
        ("Footage showed a PHL-191 launcher firing into the sea.", "PHL-191"),
        ("Three people died when the Qadri Mosque was hit overnight.", "Qadri Mosque"),
        (
            "Ghana's Minister of Regional Integration and Trade, Kofi Mensah, spoke.",
            "Regional Integration and Trade",
        ),
    ],
)
def test_names_of_things_are_no_actors(actor_nlp: Language, text: str, name: str) -> None:
    doc = actor_nlp(text)
    assert name not in {m.text for m in doc._.mentions} - {p.text for p in doc._.places}


@pytest.mark.model
def test_a_name_before_a_clause_with_a_ship_is_still_a_person(actor_nlp: Language) -> None:
    text = "The group's spokesman, Yusuf Qaradan, claimed the vessel was headed north."
    doc = actor_nlp(text)
    assert "Yusuf Qaradan" not in {p.text for p in doc._.places}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Debris fell on two houses near the harbour.", "Debris"),
        ("Hostages Remain Hopeful As Talks Drag On In Cairo", "Hostages Remain Hopeful"),
    ],
)
def test_common_words_capitalised_by_place_are_no_actors(
    actor_nlp: Language, text: str, word: str
) -> None:
    doc = actor_nlp(text)
    kept = {m.text for m in doc._.mentions} - {p.text for p in doc._.places}
    assert not any(word.startswith(a) or a.startswith(word) for a in kept), kept


@pytest.mark.model
def test_a_capitalised_body_noun_is_the_body_named_before(actor_nlp: Language) -> None:
    text = (
        "The International Atomic Energy Agency met on Monday. "
        "Inspectors of the Agency were refused access."
    )
    agency = [m for m in actor_nlp(text)._.mentions if m.text == "Agency"]
    assert agency and agency[0].canonical == "International Atomic Energy Agency"


@pytest.mark.model
def test_web_words_time_zones_and_mangled_tokens_are_no_actors(actor_nlp: Language) -> None:
    text = (
        "Your browser needs JavaScript and HTML5 to play this. The USAUSA team met at "
        "10:00 BST on Monday. The U.Ok government said so."
    )
    doc = actor_nlp(text)
    kept = {m.text for m in doc._.mentions} - {p.text for p in doc._.places}
    assert not kept & {"JavaScript", "HTML5", "USAUSA", "BST", "U.Ok"}, kept


@pytest.mark.model
def test_a_possessive_glued_to_a_name_is_cut(actor_nlp: Language) -> None:
    doc = actor_nlp("President Donald Trump”s plan was rejected.")
    assert [(m.text, m.canonical) for m in doc._.mentions] == [("Donald Trump", "Donald Trump")]


@pytest.mark.model
def test_regions_and_plural_common_words(actor_nlp: Language) -> None:
    doc = actor_nlp("Inner Mongolia set new rules. All surrounding Nations were warned.")
    kept = {m.text for m in doc._.mentions} - {p.text for p in doc._.places}
    assert not kept & {"Mongolia", "Inner Mongolia", "Nations"}, kept
    assert all(m.actor_id != "MNG" for m in doc._.mentions)


def test_one_word_is_no_misspelling_of_a_longer_name(linker: Linker) -> None:
    from sitroom.nlp.actors.linker import DocState

    assert linker.link("Nations", "ORG", DocState()).actor_id == "local:org:nations"
    assert linker.link("Hezbolah", "ORG", DocState()).actor_id == "hezbollah"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from Wad Sharif after a long siege.",
        "The fall of Wad Sharif gives the rebels the whole region.",
    ],
)
def test_an_unknown_name_after_motion_or_a_place_noun_is_a_place(
    actor_nlp: Language, text: str
) -> None:
    doc = actor_nlp(text)
    assert "Wad Sharif" in {p.text for p in doc._.places}, [m.text for m in doc._.mentions]


@pytest.mark.model
def test_a_state_off_whose_coast_a_ship_is_seized_stays_an_actor(actor_nlp: Language) -> None:
    doc = actor_nlp("A tanker was seized off the coast of Venezuela on Wednesday.")
    assert "Venezuela" not in {p.text for p in doc._.places}


def test_a_first_name_alone_is_the_one_person_of_that_first_name(linker: Linker) -> None:
    from sitroom.nlp.actors.linker import DocState

    state = DocState()
    full = linker.link("Abdelkarim Saleh Haroun", "PERSON", state)
    alone = linker.link("Abdelkarim", "PERSON", state)
    assert alone.actor_id == full.actor_id


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Maria Okonjo, spokesperson for South Africa's president, said the talks would "
            "go on. Okonjo added that nothing was agreed.",
            "Okonjo",
            "spokesperson for South Africa's president",
        ),
        (
            "Pakistani Defence Minister Rashid Qamarani said the border was calm.",
            "Rashid Qamarani",
            "Pakistani Defence Minister",
        ),
        (
            "Colonel Idrissa Maigari, Niger junta spokesman, read the statement on television.",
            "Idrissa Maigari",
            "Colonel, Niger junta spokesman",  # a rank before the name, a title after it
        ),
        (
            "The blast hurt 23-year-old university student Nadia Farrukh on Friday.",
            "Nadia Farrukh",
            "university student",
        ),
        (
            "Analyst Peter Lindqvarn at the Brookings Institution said the deal was fragile.",
            "Peter Lindqvarn",
            "Analyst at the Brookings Institution",
        ),
        (
            "The Houthis fired two missiles at a cargo ship on Monday. "
            "The group's spokesman, Yusuf Qaradan, said the ship was hit.",
            "Yusuf Qaradan",
            "The group's spokesman",
        ),
    ],
)
def test_the_stated_role_is_kept_with_its_sentence(
    actor_nlp: Language, text: str, name: str, role: str
) -> None:
    m = _person(actor_nlp, text, name)
    assert m.role == role
    evidence = m.role_evidence
    assert evidence is not None and evidence.text == text[evidence.start : evidence.end]
    assert role.split()[-1] in evidence.text  # the sentence that states it, not the mention's


@pytest.mark.model
def test_a_state_without_a_role_states_no_role(actor_nlp: Language) -> None:
    m = _person(actor_nlp, "Pakistani Rashid Qamarani left on Monday.", "Rashid Qamarani")
    assert m.country == "PAK" and (m.role, m.role_evidence) == (None, None)


def test_the_role_is_carried_within_the_article_as_copies() -> None:
    pid = "local:person:hanna-vell"
    said = Mention(0, 10, "Hanna Vell", "PERSON", pid, "Hanna Vell", "EST", "GOV")
    said.role, said.role_evidence = "envoy", TextSpan(0, 30, "Hanna Vell, an envoy, arrived.")
    again = Mention(40, 44, "Vell", "PERSON", pid, "Hanna Vell")
    carry_descriptions([said, again])
    assert again.role == "envoy" and again.role_evidence == said.role_evidence
    assert again.role_evidence is not said.role_evidence  # offsets are moved one by one
    later = Mention(3, 7, "Vell", "PERSON", pid, "Hanna Vell")
    carry_descriptions([later])  # the next article: nothing is kept from one to the next,
    # or an article's output would depend on what its worker process saw before
    assert (later.country, later.role) == (None, None)


@pytest.mark.model
def test_a_description_is_carried_whole_from_two_mentions(actor_nlp: Language) -> None:
    """A headline gives the title ("Trade Minister X"), the body gives the country
    ("Chile's trade minister, X,"): every mention gets both."""
    text = (
        "Trade Minister Ramiro Talvera opened the fair on Sunday. "
        "The fair was the first of its kind, organisers said. "
        "It drew large crowds. "
        "Chile's Minister for Trade, Ramiro Talvera, spoke at length. "
        "Talvera will meet business leaders on Monday."
    )
    found = [m for m in actor_nlp(text)._.mentions if "Talvera" in m.text]
    assert found and all((m.country, m.sector) == ("CHL", "GOV") for m in found)


@pytest.mark.model
def test_a_state_in_another_persons_title_is_not_his(actor_nlp: Language) -> None:
    """ "Peru's President X called Y": Peru is X's, not Y's, whose title names none."""
    text = "Peru's President Dina Boluarte called party chairman Ostap Velarde on Friday."
    velarde = _person(actor_nlp, text, "Ostap Velarde")
    assert velarde.country != "PER"


@pytest.mark.model
def test_where_someone_travels_is_not_whom_he_serves(actor_nlp: Language) -> None:
    text = "Foreign Minister Ostap Velarde will leave for Brazil on Tuesday for talks."
    velarde = _person(actor_nlp, text, "Ostap Velarde")
    assert velarde.country != "BRA" and velarde.sector == "GOV"


@pytest.mark.model
def test_a_title_naming_a_body_by_its_defined_short_form(actor_nlp: Language) -> None:
    """ "the Foreign Office (FO) of Chile ... FO spokesperson X": the body's state."""
    text = (
        "Chile's Foreign Office (FO) said on Monday that talks would resume. "
        "FO spokesperson Ramiro Talvera told reporters the date was not fixed."
    )
    talvera = _person(actor_nlp, text, "Ramiro Talvera")
    assert (talvera.country, talvera.sector, talvera.type) == ("CHL", "GOV", "PERSON")


@pytest.mark.model
def test_a_body_named_by_its_common_name_is_the_states_named_there(
    actor_nlp: Language,
) -> None:
    """ "the Foreign Office" in a report on Chile is Chile's, not the UK's."""
    text = "Chile's government was angry, and the Foreign Office summoned the envoy of Peru."
    found = [m for m in actor_nlp(text)._.mentions if m.text == "Foreign Office"]
    assert found and found[0].country != "GBR"


@pytest.mark.model
def test_remaining_in_an_office_states_it(actor_nlp: Language) -> None:
    m = _person(
        actor_nlp,
        "Former minister Kelo Varga resigned, while Tamsin Rahel remains the party's chairman.",
        "Tamsin Rahel",
    )
    assert m.role is not None and "chairman" in m.role


@pytest.mark.model
def test_a_body_headed_by_a_name_makes_its_leader(actor_nlp: Language) -> None:
    text = (
        "The alliance won 40 seats, followed by the Badr Front headed by Kelo Varga with 19 "
        "in the Iraqi election."
    )
    m = _person(actor_nlp, text, "Kelo Varga")
    assert m.role == "leader of the Badr Front"
    assert m.country == "IRQ"


@pytest.mark.model
def test_talks_led_by_a_name_make_no_leader(actor_nlp: Language) -> None:
    m = _person(actor_nlp, "The Baghdad talks were led by Kelo Varga on Monday.", "Kelo Varga")
    assert m.role is None


@pytest.mark.model
def test_a_plural_title_before_a_dash_apposition(actor_nlp: Language) -> None:
    text = (
        "The government dropped two of its advisers -- Mahfuj Karim and Asif Mahmud "
        "Bhuiyan -- from the council in Dhaka."
    )
    for name in ("Mahfuj Karim", "Asif Mahmud Bhuiyan"):
        m = _person(actor_nlp, text, name)
        assert (m.country, m.sector, m.role) == ("BGD", "GOV", "its adviser")  # each one's office


def test_a_demonym_inside_a_place_name_names_the_place(linker: Linker) -> None:
    ctx = linker.title_context("a professor at the University of British Columbia")
    assert (ctx.country, ctx.sector) == ("CAN", "EDU")
    assert linker.title_context("a British diplomat").country == "GBR"


@pytest.mark.model
def test_a_bare_spokesman_serves_the_principal_named_before(actor_nlp: Language) -> None:
    text = (
        "A spokesperson for President Bola Tinubu said on Sunday that Nigeria would accept "
        'help from the United States and Britain. "We welcome U.S. assistance," spokesman '
        "Daniel Obwala told Reuters."
    )
    m = _person(actor_nlp, text, "Daniel Obwala")
    assert (m.country, m.sector) == ("NGA", "GOV")


@pytest.mark.model
def test_an_acting_title_keeps_its_state(actor_nlp: Language) -> None:
    text = (
        "US acting deputy ambassador Dorothy Sheal told the UN Security Council that the "
        "Houthis bear responsibility for the suffering of the Yemeni people."
    )
    m = _person(actor_nlp, text, "Dorothy Sheal")
    assert (m.country, m.sector) == ("USA", "GOV")


@pytest.mark.model
def test_serving_as_an_office_states_it(actor_nlp: Language) -> None:
    text = "Kelo Varga serves as the party's treasurer in Kenya."
    m = _person(actor_nlp, text, "Kelo Varga")
    assert m.role is not None and "treasurer" in m.role
    served = "Kelo Varga served in the army for ten years in Kenya."
    assert _person(actor_nlp, served, "Kelo Varga").role is None


@pytest.mark.model
def test_an_and_inside_a_bodys_name_keeps_the_apposition(actor_nlp: Language) -> None:
    text = (
        "Eduardo Gamarro, professor in the Department of Politics and International Relations "
        "at Florida International University, spoke at the seminar in Bolivia."
    )
    m = _person(actor_nlp, text, "Eduardo Gamarro")
    assert (m.country, m.sector) == ("USA", "EDU")


def test_a_trade_in_a_ministrys_portfolio_is_its_field(linker: Linker) -> None:
    assert linker.title_context("head of the Ministry of Trade and Industry").sector == "GOV"
    assert linker.title_context("Ministry of Information and Media spokesman").sector == "GOV"
    assert linker.title_context("industry executive").sector == "BUS"


@pytest.mark.model
def test_a_name_going_on_with_a_titled_speakers_words_takes_the_title(
    actor_nlp: Language,
) -> None:
    said = '"The talks cannot go on while soldiers die," the Peruvian Interior Minister also said.'
    added = ' "The rebels lost a chance for peace," added Tomas Quintero Valle.'
    m = _person(actor_nlp, said + added, "Tomas Quintero Valle")
    assert (m.country, m.sector, m.role) == ("PER", "GOV", "the Peruvian Interior Minister")
    group = said.replace("the Peruvian Interior Minister also", "the rebels")
    assert _person(actor_nlp, group + added, "Tomas Quintero Valle").role is None


def test_an_attributive_participle_stays_inside_the_apposition(actor_nlp: Language) -> None:
    # "ruling", "outgoing" modify the noun after them: no clause verb ends the title there
    m = _person(
        actor_nlp,
        "John Banda, a senior official of the Zambian ruling party, said the vote was fair.",
        "John Banda",
    )
    assert (m.country, m.sector) == ("ZMB", "PTY")
    assert m.role is not None and "ruling party" in m.role
    m = _person(
        actor_nlp,
        "Mary Phiri, head of the outgoing government's task force, said Zambia would recover.",
        "Mary Phiri",
    )
    assert m.role is not None and "task force" in m.role


@pytest.mark.model
@pytest.mark.parametrize(
    "said",
    [
        "The group's spokesman Abdi Warsame Hirsi said the attack was a warning.",
        "Abdi Warsame Hirsi, the group's spokesman, said the attack was a warning.",
    ],
)
def test_the_groups_title_next_to_the_name_is_the_armed_groups(
    actor_nlp: Language, said: str
) -> None:
    # the armed group named before owns the title, whatever word order: its sector wins
    text = "Al-Shabaab fighters attacked a base in Somalia on Monday. " + said
    m = _person(actor_nlp, text, "Abdi Warsame Hirsi")
    assert (m.country, m.sector) == ("SOM", "REB")


@pytest.mark.model
@pytest.mark.parametrize(
    "said",
    [
        "Peter Wekesa Mulongo, its secretary general, said the vote was rigged.",
        "Its secretary general Peter Wekesa Mulongo said the vote was rigged.",
    ],
)
def test_its_title_points_back_to_the_party_named_before(actor_nlp: Language, said: str) -> None:
    # "its" opens a noun phrase after the comma too; the party named last owns the title
    text = "Kenya's opposition party ODM held a rally. " + said
    m = _person(actor_nlp, text, "Peter Wekesa Mulongo")
    assert (m.country, m.sector) == ("KEN", "PTY")
    assert m.role is not None and "secretary general" in m.role


@pytest.mark.model
def test_its_title_after_a_states_body_keeps_the_roles_sector(actor_nlp: Language) -> None:
    text = (
        "Kenya's foreign ministry issued a statement. "
        "Its spokesman Peter Wekesa Mulongo said the talks would go on."
    )
    m = _person(actor_nlp, text, "Peter Wekesa Mulongo")
    assert (m.country, m.sector) == ("KEN", "GOV")


def test_a_title_before_a_comma_and_a_word_of_address_titles_the_name(
    actor_nlp: Language,
) -> None:
    """ "signed by the Kenyan Ambassador to Peru, Dr. X.": the title before the comma, past
    the word of address, is the name's (the name closes the sentence: no subject)."""
    text = "The deal was signed by the Kenyan Ambassador to Peru, Dr. Wanjiru Odongo."
    m = _person(actor_nlp, text, "Wanjiru Odongo")
    assert (m.country, m.sector) == ("KEN", "GOV")
    assert m.role is not None and "Ambassador to Peru" in m.role


def test_a_portfolios_commas_stay_inside_a_title_before_a_comma(actor_nlp: Language) -> None:
    text = (
        "Kenya's government signed the deal on Monday. It was signed for Kenya by the "
        "Deputy Minister of Sports, Arts and Heritage, Otieno Baraka."
    )
    m = _person(actor_nlp, text, "Otieno Baraka")
    assert m.role is not None and m.role.endswith("Minister of Sports, Arts and Heritage")
    assert m.sector == "GOV"


def test_a_subject_after_a_fronted_phrase_takes_no_title_from_it(actor_nlp: Language) -> None:
    text = "In a letter to the Kenyan Ambassador to Peru, Otieno Baraka asked for a visa."
    assert _person(actor_nlp, text, "Otieno Baraka").role is None


def test_an_occupation_before_a_name_is_its_title(actor_nlp: Language) -> None:
    """ "Lawyer X", "The French intellectual X": occupations PLOVER codes (JUD, EDU)."""
    m = _person(actor_nlp, "Lawyer Otieno Baraka said the rulings were final.", "Otieno Baraka")
    assert (m.sector, m.role) == ("JUD", "Lawyer")
    text = "The French intellectual Pierre Marchand was also sentenced."
    m = _person(actor_nlp, text, "Pierre Marchand")
    assert (m.country, m.sector) == ("FRA", "EDU")


@pytest.mark.model
def test_a_body_under_a_name_makes_its_leader(actor_nlp: Language) -> None:
    """ "the Alliance under X with 18": X leads it; "Under X, the country ..." (no body
    before "under") makes no leader."""
    text = (
        "The alliance won 40 seats, followed by the Badr Front under Kelo Varga with 19 "
        "in the Iraqi election."
    )
    assert _person(actor_nlp, text, "Kelo Varga").role == "leader of the Badr Front"
    text = "Under Kelo Varga, the country held its first election in a decade."
    assert _person(actor_nlp, text, "Kelo Varga").role is None


@pytest.mark.model
def test_a_title_before_a_comma_may_close_with_its_offices_place(actor_nlp: Language) -> None:
    text = (
        "Mozambican police detained four men on Monday. At a press conference, the director "
        "of public order for the national police in Nampula, Carlos Mabunda, spoke of the arrests."
    )
    person = _person(actor_nlp, text, "Carlos Mabunda")
    assert person.role == "the director of public order for the national police"
    assert (person.country, person.sector) == ("MOZ", "COP")


@pytest.mark.model
def test_a_state_modifying_where_someone_is_held_does_not_place_them(
    actor_nlp: Language,
) -> None:
    text = (
        "Voters in Honduras went to the polls on Sunday. The president announced a pardon of "
        "ex-President Tomas Orrego, who was sentenced to 20 years in a U.S. prison."
    )
    m = _person(actor_nlp, text, "Tomas Orrego")
    assert m.country == "HND"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Lima on Monday. Tongan officials led by Sione Lavaka attended.",
        "The talks were held in Lima on Monday. A delegation of Tongan officials, headed by "
        "Sione Lavaka, attended.",
    ],
)
def test_the_leader_of_a_states_officials_serves_that_state(actor_nlp: Language, text: str) -> None:
    m = _person(actor_nlp, text, "Sione Lavaka")
    assert (m.country, m.sector) == ("TON", "GOV")
    assert m.role is not None and "officials" in m.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "At the briefing, Foreign and Trade Affairs Minister Dana Moreau rejected the claim.",
            "Dana Moreau",
            "Foreign and Trade Affairs Minister",
        ),
        (
            "Officers, including Metro and Central Commander Paul Verin, attended the event.",
            "Paul Verin",
            "Metro and Central Commander",
        ),
    ],
)
def test_a_title_of_two_coordinated_modifiers_is_whole(
    actor_nlp: Language, text: str, name: str, role: str
) -> None:
    assert _person(actor_nlp, text, name).role == role


def test_and_between_a_titled_name_and_a_title_still_parts_them(actor_nlp: Language) -> None:
    text = "Commissioner Mark Tanu and Health Minister Paul Rivo met on Monday."
    assert _person(actor_nlp, text, "Paul Rivo").role == "Health Minister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hon. Tomas Reyel, MP for Northport, has been appointed as the new Minister of Water.",
            "Tomas Reyel",
            "the new Minister of Water",
        ),
        (
            "Dr. Lina Obuya, a former judge, was named chief justice on Monday.",
            "Lina Obuya",
            "chief justice",
        ),
    ],
)
def test_the_office_a_name_is_appointed_to_wins_over_its_apposition(
    actor_nlp: Language, text: str, name: str, role: str
) -> None:
    assert _person(actor_nlp, text, name).role == role


def test_an_apposition_without_an_appointment_stays_the_role(actor_nlp: Language) -> None:
    text = "Dr. Lina Obuya, a former judge, said the ruling was wrong."
    assert _person(actor_nlp, text, "Lina Obuya").role == "a former judge"
