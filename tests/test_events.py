"""Event coding: PLOVER types, actors and recipients, flags, places and dates.

The lexicon tests need no model; the rest run small sentences through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.article import Article, Event
from sitroom.nlp.events.gate import EventFilter, heading_lines, is_heading, is_question
from sitroom.nlp.events.plover import Code, compile_pattern, load_lexicon

PUBLISHED = "2025-02-14"  # a Friday


def _extract(pipeline: Any, text: str) -> Article:
    """One article through repair and the spaCy components (no story grouping)."""
    articles: list[Article] = list(pipeline.process([Article(text=text, published=PUBLISHED)]))
    return articles[0]


def _top(article: Article) -> Event:
    assert article.events, f"no event in {article.text!r}"
    return max(article.events, key=lambda e: e.confidence)


def _codes(refs: list[Any]) -> set[str]:
    return {r.country or r.sector for r in refs if r.country or r.sector}


# -- the lexicon (no model) ---------------------------------------------------------------------


def test_code_parses_event_mode_contexts_and_reversal() -> None:
    assert Code.parse("COERCE|arrest|legal") == Code("COERCE", "arrest", ("legal",))
    assert Code.parse("<SUPPORT||diplomatic") == Code("SUPPORT", None, ("diplomatic",), True)
    assert Code.parse("-") is None


def test_patterns_compile_with_synonym_sets_and_phrases() -> None:
    synsets = {"military": ["troops", "armed forces"]}
    pattern = compile_pattern("* &military ( to { the border } ) = MOBILIZE|troops| @rush", synsets)
    assert pattern is not None
    assert pattern.code == Code("MOBILIZE", "troops")
    assert pattern.origin == "rush"
    assert len(pattern.post) == 3  # troops|armed forces, to, "the border"
    assert pattern.possible({"troops", "to", "the"})
    assert not pattern.possible({"troops", "to"})


def test_shipped_lexicon_covers_every_plover_event() -> None:
    lexicon = load_lexicon()
    events = {e.default.event for es in lexicon.verbs.values() for e in es if e.default}
    events |= {n.code.event for ns in lexicon.nouns.values() for n in ns}
    assert events >= {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    assert lexicon.sector(["lithuanian", "defense", "minister"]) == "MIL"
    assert lexicon.place_country("Kharkiv") == "UKR"
    assert lexicon.place_country("the Gaza Strip") == "PSE"


# -- event types --------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Russia and Ukraine agreed to exchange prisoners of war.", "AGREE", {"RUS", "UKR"}, None),
        ("Germany praised France for its defence spending.", "SUPPORT", {"DEU"}, {"FRA"}),
        ("Japan sent humanitarian aid to Turkey.", "AID", {"JPN"}, {"TUR"}),
        ("Poland demanded that Russia release the journalists.", "REQUEST", {"POL"}, {"RUS"}),
        ("Ukraine asked Germany for more air defence systems.", "REQUEST", {"UKR"}, {"DEU"}),
        ("Kaja Kallas criticized the US approach to the talks.", "ACCUSE", {"EUR"}, {"USA"}),
        ("Polish officials accused Belarus of pushing migrants.", "ACCUSE", {"POL"}, {"BLR"}),
        ("Hungary refused to meet the Ukrainian envoy.", "REJECT", {"HUN"}, {"UKR"}),
        ("Iran threatened to close the Strait of Hormuz.", "THREATEN", {"IRN"}, None),
        ("Thousands of protesters rallied in Tbilisi.", "PROTEST", {"GEO"}, None),
        ("The European Union imposed new sanctions on Russia.", "SANCTION", {"EUR"}, {"RUS"}),
        ("Serbia expelled two Croatian diplomats.", "SANCTION", {"SRB"}, {"HRV"}),
        ("Belarusian police arrested opposition activists in Minsk.", "COERCE", {"BLR"}, None),
        ("Israeli aircraft bombed targets in southern Lebanon.", "ASSAULT", {"ISR"}, {"LBN"}),
        ("Hamas released four hostages in Gaza.", "RETREAT", {"PSE"}, None),
        ("The UN Security Council called for an immediate ceasefire.", "REQUEST", {"IGO"}, None),
    ],
)
def test_event_type_and_parties(
    pipeline: Any, text: str, event: str, actor: set[str], recipient: set[str] | None
) -> None:
    top = _top(_extract(pipeline, text))
    assert top.type == event
    assert actor <= _codes(top.actor)
    if recipient is not None:
        assert recipient <= _codes(top.recipient)


# -- syntax: passives, compounds, "between", agents, pronouns -------------------------------------


@pytest.mark.model
def test_passive_with_agent(pipeline: Any) -> None:
    top = _top(_extract(pipeline, "The journalists were detained by Iranian police in Tehran."))
    assert top.type == "COERCE" and top.mode == "arrest"
    assert [(a.country, a.sector) for a in top.actor] == [("IRN", "COP")]
    assert top.recipient and top.recipient[0].text == "journalists"
    assert top.location is not None and top.location.country == "IRN"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States and China held talks in Geneva on Thursday.",
        "Donald Trump and Vladimir Putin discussed a ceasefire on Tuesday.",
    ],
)
def test_compound_actors_meet(pipeline: Any, text: str) -> None:
    top = _top(_extract(pipeline, text))
    assert top.type == "CONSULT"
    assert len(top.actor) == 2  # both act, as the codebook says
    assert _codes(top.recipient) <= _codes(top.actor)


@pytest.mark.model
def test_meeting_between_two_parties(pipeline: Any) -> None:
    top = _top(_extract(pipeline, "A meeting between Vladimir Putin and Donald Trump was held."))
    assert top.type == "CONSULT"
    assert _codes(top.actor) >= {"RUS"} and _codes(top.recipient) >= {"USA"}


@pytest.mark.model
def test_unknown_person_coded_from_title_and_agent_dictionary(pipeline: Any) -> None:
    top = _top(_extract(pipeline, "Lithuanian defense minister Rasa Jonaitiene visited Kyiv."))
    assert top.type == "CONSULT" and top.mode == "visit"
    # a defence minister is a cabinet member: PLOVER's GOVMIL, primary code GOV
    assert [(a.country, a.sector) for a in top.actor] == [("LTU", "GOV")]
    assert _codes(top.recipient) >= {"UKR"}


@pytest.mark.model
def test_metonym_and_possessive_pronoun(pipeline: Any) -> None:
    article = _extract(pipeline, "Moscow said its forces shelled Kharkiv on Thursday.")
    top = _top(article)
    assert top.type == "ASSAULT" and top.mode == "heavy-weapons"
    assert _codes(top.actor) >= {"RUS"}
    assert top.date == "2025-02-13"


# -- negation, hypotheticals, intentions, demands ------------------------------------------------


@pytest.mark.model
def test_negated_event_is_flagged_and_not_top(pipeline: Any) -> None:
    article = _extract(pipeline, "Russia did not attack the pipeline but its forces shelled Kyiv.")
    negated = [e for e in article.events if e.negated]
    assert negated and negated[0].anchor.text == "attack"
    top = _top(article)
    assert not top.negated and top.anchor.text == "shelled"


@pytest.mark.model
def test_hypothetical_event_is_flagged_with_low_confidence(pipeline: Any) -> None:
    top = _top(_extract(pipeline, "Russia could attack NATO territory within five years."))
    assert top.type == "ASSAULT" and top.hypothetical
    assert top.confidence < 0.5


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("North Korea is ready to send more troops to Russia.", "AGREE"),
        ("The United States will impose new tariffs on Chinese goods.", "THREATEN"),
        ("If talks fail, Washington may impose new tariffs on China.", "THREATEN"),
        ("The Iranian foreign minister warned that Tehran would retaliate.", "THREATEN"),
        ("The United States said it would not meet the envoy.", "REJECT"),
    ],
)
def test_intentions_threats_and_refusals(pipeline: Any, text: str, event: str) -> None:
    top = _top(_extract(pipeline, text))
    assert top.type == event
    assert not top.hypothetical


@pytest.mark.model
def test_reported_must_is_a_request_to_the_clause_subject(pipeline: Any) -> None:
    top = _top(_extract(pipeline, "The United States said Ukraine must accept the deal."))
    assert top.type == "REQUEST"
    assert _codes(top.actor) == {"USA"} and _codes(top.recipient) == {"UKR"}


# -- the record -----------------------------------------------------------------------------------


@pytest.mark.model
def test_event_record_offsets_dates_and_places(pipeline: Any) -> None:
    text = "Talks stalled. Ministers of France and Germany met in Berlin on Thursday."
    article = _extract(pipeline, text)
    top = _top(article)
    assert top.type == "CONSULT"
    assert text[top.anchor.start : top.anchor.end] == top.anchor.text
    assert text[top.sentence_start : top.sentence_end].startswith("Ministers")
    assert top.date == "2025-02-13"
    assert top.location is not None and (top.location.text, top.location.country) == (
        "Berlin",
        "DEU",
    )
    record = article.to_record()["events"]
    assert all(0.0 < e["confidence"] <= 1.0 for e in record)
    assert {"negated", "hypothetical", "context", "mode"} <= set(record[0])


@pytest.mark.model
def test_no_event_in_a_plain_statement(pipeline: Any) -> None:
    article = _extract(pipeline, "The weather in Brussels was cold, officials said.")
    assert article.events == []


# -- demands in attributed statements, recipients from the discourse ------------------------------


@pytest.mark.model
def test_quoted_necessity_on_another_party_is_a_request(pipeline: Any) -> None:
    article = _extract(
        pipeline, "“Russia has to withdraw its troops,” the Polish prime minister said."
    )
    requests = [e for e in article.events if e.type == "REQUEST"]
    assert requests
    assert _codes(requests[0].actor) >= {"POL"} and _codes(requests[0].recipient) == {"RUS"}
    assert "recipient_inferred" not in requests[0].context


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We need to spend more on defence,” the Danish prime minister said.",
        "Analysts said that Serbia might have to recognise the new border.",
        "The Finnish president said the country does not need to change its policy.",
    ],
)
def test_own_resolve_and_hedged_necessity_are_no_request(pipeline: Any, text: str) -> None:
    article = _extract(pipeline, text)
    assert not [e for e in article.events if e.type == "REQUEST"]


@pytest.mark.model
def test_demand_on_a_deal_is_addressed_to_the_counterpart_of_the_discourse(pipeline: Any) -> None:
    text = (
        "Donald Trump said the United States would negotiate the end of the war on its own. "
        "Washington did not consult its allies. "
        "“Nobody asked us. Any settlement has to include Ukraine and Europe,” "
        "the Swedish foreign minister said."
    )
    article = _extract(pipeline, text)
    requests = [e for e in article.events if e.type == "REQUEST" and e.anchor.text == "has"]
    assert requests, article.events
    request = requests[0]
    assert _codes(request.actor) >= {"SWE"}
    assert _codes(request.recipient) == {"USA"}  # not Ukraine, for whom it speaks
    assert "recipient_inferred" in request.context
    # the quote began a sentence earlier: it is the statement's evidence
    assert text[request.sentence_start :].startswith("“Nobody asked us.")


@pytest.mark.model
def test_directed_event_takes_the_preceding_counterpart(pipeline: Any) -> None:
    text = (
        "Donald Trump said the United States would negotiate the end of the war on its own. "
        "European defence ministers demanded a seat at the table."
    )
    demand = next(e for e in _extract(pipeline, text).events if e.type == "REQUEST")
    assert _codes(demand.actor) >= {"EUR"}
    assert _codes(demand.recipient) == {"USA"}
    assert "recipient_inferred" in demand.context


@pytest.mark.model
def test_no_recipient_is_invented_without_context(pipeline: Any) -> None:
    article = _extract(pipeline, "European defence ministers demanded a seat at the table.")
    demand = next(e for e in article.events if e.type == "REQUEST")
    assert demand.recipient == []
    assert "recipient_inferred" not in demand.context


# -- which sentences are coded, which events are shown ----------------------------------------


def test_headings_and_questions_are_not_coded(pipeline: Any) -> None:
    text = (
        "Russian forces shelled Kharkiv on Monday.\n"
        "Withdrawing from Europe\n"
        "Will the United States withdraw its troops from Germany?\n"
        "The army attacked the town"
    )
    article = _extract(pipeline, text)
    anchors = {e.anchor.text for e in article.events}
    assert "shelled" in anchors
    assert not anchors & {"Withdrawing", "withdraw"}
    heads = heading_lines(text)
    assert [text[s:e] for s, e in heads] == ["Withdrawing from Europe"]  # not the cut-off end
    doc = pipeline.nlp(text)
    assert [is_question(s) for s in doc.sents].count(True) == 1
    assert is_heading(doc[0].sent) is False


def test_sentences_in_furniture_spans_are_not_coded(pipeline: Any) -> None:
    text = "Israeli troops raided the camp on Tuesday. Photo: Israeli troops raided a camp."
    doc = pipeline.nlp.make_doc(text)
    cut = text.index("Photo")
    doc._.furniture = [(cut, len(text), "caption")]
    for _, proc in pipeline.nlp.pipeline:
        doc = proc(doc)
    assert [e.anchor.start for e in doc._.events] == [text.index("raided")]


def test_an_event_without_a_source_is_kept_but_not_shown(pipeline: Any) -> None:
    article = _extract(pipeline, "Several villages were shelled overnight near Kharkiv.")
    assert article.events, "the event is kept for recall studies"
    assert all(not e.actor and e.shown is False for e in article.events)
    record = article.to_record()
    assert record["events"][0]["shown"] is False


def test_the_filter_weighs_features_and_keeps_by_threshold() -> None:
    f = EventFilter({"bias": -1.0, "type=ASSAULT": 3.0}, threshold=0.5)
    assert f.keep({"bias": 1.0, "type=ASSAULT": 1.0})
    assert not f.keep({"bias": 1.0, "type=PROTEST": 1.0})
    shipped = EventFilter.load()
    assert shipped is not None and 0.0 < shipped.threshold < 1.0 and len(shipped.weights) > 100


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian forces could attack Kharkiv, officials said.", "possible"),
        ("Russia said it would not meet Ukraine if the strikes continued.", "conditional"),
        ("The army did not attack the town of Kherson.", "negated"),
    ],
)
def test_non_factual_events_say_what_kind_they_are(pipeline: Any, text: str, kind: str) -> None:
    flagged = [e for e in _extract(pipeline, text).events if e.negated or e.hypothetical]
    assert flagged, f"no flagged event in {text!r}"
    assert any(kind in e.context for e in flagged), [(e.type, e.context) for e in flagged]


def test_a_hostile_act_without_a_recipient_is_aimed_at_the_counterpart(pipeline: Any) -> None:
    text = (
        "Hamas accused Israel of violating the ceasefire in Gaza. "
        "Israel rejected the accusation and blamed Hamas. "
        "On Sunday the Israeli army launched new strikes."
    )
    article = _extract(pipeline, text)
    strikes = [e for e in article.events if e.anchor.text in ("launched", "strikes")]
    assert strikes and strikes[0].type == "ASSAULT", [(e.type, e.anchor.text) for e in strikes]
    assert _codes(strikes[0].actor) == {"ISR"}
    assert [r.canonical for r in strikes[0].recipient] == ["Hamas"]
    assert "recipient_inferred" in strikes[0].context


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Indian army carried out missile strikes on Pakistan on Wednesday.", "ASSAULT"),
        ("Hundreds of prisoners began a hunger strike on Monday.", "PROTEST"),
    ],
)
def test_a_strike_is_an_attack_or_a_walkout_by_who_strikes(
    pipeline: Any, text: str, event: str
) -> None:
    events = _extract(pipeline, text).events
    found = [e for e in events if e.anchor.text in ("strike", "strikes")]
    assert [e.type for e in found] == [event]


def test_in_a_civil_war_the_army_is_the_rebels_counterpart(pipeline: Any) -> None:
    # rebels and their state's army are two parties, though both are of one country
    text = (
        "Sudan's army said on Monday it had pushed back an assault on the city. "
        "The Rapid Support Forces accused the army of shelling markets. "
        "On Tuesday the RSF launched new drone strikes."
    )
    article = _extract(pipeline, text)
    strikes = [e for e in article.events if e.anchor.text in ("launched", "strikes")]
    assert strikes and strikes[0].type == "ASSAULT", [(e.type, e.anchor.text) for e in strikes]
    assert [r.sector for r in strikes[0].actor] == ["REB"]
    assert _codes(strikes[0].recipient) == {"SDN"}
    assert "recipient_inferred" in strikes[0].context


def test_whom_a_side_agrees_with_is_not_whom_it_strikes(pipeline: Any) -> None:
    text = (
        "Sudan's army rejected the plan on Monday. "
        "The Rapid Support Forces accepted a truce proposal from Qatar. "
        "On Friday the RSF seized a key town in the west."
    )
    article = _extract(pipeline, text)
    seized = [e for e in article.events if e.anchor.text == "seized"]
    assert seized, [(e.type, e.anchor.text) for e in article.events]
    assert "QAT" not in _codes(seized[0].recipient)
    assert "SDN" in _codes(seized[0].recipient)  # the army, the other side of the war
