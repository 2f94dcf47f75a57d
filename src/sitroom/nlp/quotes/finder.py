"""The quote finder: frames and quotation marks in, ``doc._.quotes`` out."""

from __future__ import annotations

import logging
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from sitroom.article import Mention, Quote, Speaker
from sitroom.article import Span as TextSpan
from sitroom.nlp import doc_text
from sitroom.nlp.actors.kb import KnowledgeBase
from sitroom.nlp.dates import parse_iso_date
from sitroom.nlp.lexicon import UNSAID_INTENT
from sitroom.nlp.quotes.apposed import inside_source_phrase, named_in_apposition
from sitroom.nlp.quotes.assemble import Draft, assemble, content_segments, kind_of
from sitroom.nlp.quotes.ellipsis import stranded
from sitroom.nlp.quotes.frame import Segment, cue_lemma
from sitroom.nlp.quotes.frames import find_frames
from sitroom.nlp.quotes.index import DocIndex
from sitroom.nlp.quotes.marks import find_marked
from sitroom.nlp.quotes.press import unstate_press
from sitroom.nlp.quotes.speakers import SpeakerResolver
from sitroom.nlp.quotes.verbal import NEEDS_PREDICATE, writers_aside

log = logging.getLogger(__name__)

# Cue classes whose bare object is no statement ("condemned the strikes", "called for
# talks"); a speech verb's object is one ("confirmed the withdrawal").
NOT_SAID_BY_ITSELF = frozenset({"stance", "phrasal", "evidence", "intent", "noun"})
# What a speaker withholds is not said: "declined to say whether", "stopped short of
# saying", "avoided naming", "failed to confirm", "left without saying"; nor what a
# negated cue reports ("did not confirm that", "has not said when"), except where the cue
# is itself a denial ("never denied that": a negation of a negation).
WITHHOLDING = frozenset(
    {"avoid", "decline", "refuse", "fail", "stop", "hesitate", "neglect", "without"}
)
DENIALS = frozenset({"deny", "dispute", "doubt", "reject", "rule", "exclude", "hide"})
# Cues that judge a thing: what follows is the thing judged ("welcomed a plan to clear the
# mines", "criticized the decision to close"), not a statement.
EVALUATING = frozenset(
    {"welcome", "endorse", "support", "back", "praise", "hail", "applaud", "commend",
     "criticize", "criticise", "condemn", "denounce", "oppose", "reject", "slam", "blast",
     "decry", "deplore", "dismiss",
     # and cues of demand: "demanded their release to end the crisis", "sought talks to
     # end the war" name the thing asked for and its purpose, not a statement
     "demand", "seek", "request"}
)  # fmt: skip
WITHHOLDING_DEPS = ("xcomp", "pcomp", "prep", "advmod", "acomp")
WRITER_PRONOUNS = frozenset({"i"})  # "we" may be a body speaking
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")
FOLLOW_ON_WINDOW = 1500  # characters after which a follow-on quote has no speaker
CONFIDENCE = {
    "speech": 0.85,
    "label": 0.8,
    "according": 0.75,
    "belief": 0.65,
    "evidence": 0.65,
    "intent": 0.6,
    "phrasal": 0.55,
    "noun": 0.55,
    "stance": 0.5,
}


class QuoteFinder:
    """Finds attributed statements and their speakers in a parsed, actor-linked doc."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        # page furniture (a sub-heading, a dateline, a caption) names no speaker
        furniture = [(int(f[0]), int(f[1])) for f in doc._.furniture or [] if f[2] != "title"]
        datelines = [(int(f[0]), int(f[1])) for f in doc._.furniture or [] if f[2] == "dateline"]
        mentions: list[Mention] = [
            m for m in doc._.mentions or [] if not any(a <= m.start < b for a, b in furniture)
        ]
        idx = DocIndex(doc, mentions)
        marked = find_marked(doc_text(doc))
        resolver = SpeakerResolver(self.kb, idx, parse_iso_date(doc._.published), marked)
        drafts = assemble(idx, find_frames(idx), marked)
        quotes: list[Quote] = []
        reactions: list[Quote] = []
        lines = list(furniture)  # the page's own furniture lines (not heading-shaped ones)
        furniture += _heading_lines(idx.text)
        for draft in sorted(drafts, key=_speaker_order):
            if any(a <= _speaker_order(draft) < b for a, b in furniture):
                continue  # a sub-heading's cue says nothing, nor makes the next speaker
            speaking = resolver.previous
            quote = self._quote(idx, draft, resolver)
            if quote is None:
                continue
            cue_at = _speaker_order(draft)
            if any(q.start <= cue_at < q.end for q in quotes):
                # "X said that Y had expressed ...": Y speaks inside X's words; the next
                # "he said" still looks back to X
                resolver.previous = speaking
            if quote.speaker is not None:
                quote.speaker = _after_dateline(quote.speaker, datelines, idx.text)
            if quote.speaker is not None:
                quote.speaker = _out_of_furniture(quote.speaker, lines, idx.text)
            frame = draft.frame
            relayed = frame is not None and frame.cls == "according" and frame.unsaid
            unsaid = (
                _purpose_participle(draft)
                or relayed
                or (
                    quote.kind == "indirect"
                    and not _is_statement(idx, draft, quote.start, quote.end)
                )
            )
            if unsaid:
                # "condemned the airstrikes", "refused to attend": an attitude or an act
                reactions.append(quote)
            else:
                quotes.append(quote)
        every_line = [(int(f[0]), int(f[1])) for f in doc._.furniture or []]
        quotes = [q for q in quotes if _clear_of_lines(q, every_line, idx.text) and not _a_label(q)]
        quotes.sort(key=lambda q: (q.start, q.end))
        _across_paragraphs(quotes, idx.text)
        reactions.sort(key=lambda q: (q.start, q.end))
        doc._.quotes = quotes
        doc._.reactions = reactions
        return doc

    def _quote(self, idx: DocIndex, draft: Draft, resolver: SpeakerResolver) -> Quote | None:
        text = idx.text
        segments = content_segments(text, draft)
        if not segments:
            return None
        start, end = segments[0][0], segments[-1][1]
        quoted = " … ".join(text[s:e] for s, e in segments)
        kind = kind_of(draft, text)
        frame = draft.frame
        speaker: Speaker | None = None
        cue: TextSpan | None = None
        confidence = 0.5
        source = frame.source if frame is not None and end <= frame.cue_start else None
        if source is not None and kind == "direct" and inside_source_phrase(source, start, end):
            return None  # a quoted term in the speaker's own phrase, before the cue
        if frame is not None:
            cue = TextSpan(frame.cue_start, frame.cue_end, text[frame.cue_start : frame.cue_end])
            beyond = _subject_over_break(idx, frame.source, frame.cue_start)
            if frame.source_span is not None:
                speaker = resolver.from_span(*frame.source_span)
            elif beyond is not None:
                speaker = resolver.from_span(*beyond)
            elif frame.source is not None and not _impersonal(frame.source):
                resolved = resolver.from_token(frame.source, start)
                speaker = named_in_apposition(idx, frame.source, resolved)
                if speaker is not resolved and resolver.previous is resolved:
                    resolver.previous = speaker  # "his party, the X Party, said ... it added"
            confidence = CONFIDENCE.get(frame.cls, 0.5)
        elif draft.speaker_span is not None:
            speaker = resolver.from_span(*draft.speaker_span)
            confidence = 0.75
        elif draft.follow_on:
            previous = resolver.follow_on()
            if previous is not None and start - previous.end < FOLLOW_ON_WINDOW:
                speaker = previous
            confidence = 0.55 if speaker is not None else 0.4
        unstated = unstate_press(speaker, self.kb)  # "Israeli media": no state's words
        if unstated is not speaker:
            if resolver.previous is speaker:
                resolver.previous = unstated
            speaker = unstated
        if speaker is not None and speaker.actor_id is None and speaker.canonical is None:
            confidence -= 0.1
        return Quote(start, end, quoted, kind, cue, speaker, round(confidence, 3))


OPENING_MARKS = '“"«„'
CLOSING_MARKS = '”"»“'


def _a_label(quote: Quote) -> bool:
    """A word or two in quotation marks ("what it called “preliminary strikes”", "responded
    with “unrelenting operations”"): the teller's label for a thing, not a statement."""
    return quote.kind == "direct" and len(quote.text.split()) < 3


def _clear_of_lines(quote: Quote, lines: list[Segment], text: str) -> bool:
    """Whether a quote stands once the page's furniture lines are cut from its edges (a
    caption or headline run into the quoted paragraph): furniture is never quoted, and a
    quote with such a line inside it, or fewer than three words left once cut, is dropped
    (an uncut quote keeps its length: "vowing to resign")."""
    cut = False
    for a, b in lines:
        if b <= quote.start or a >= quote.end:
            continue
        cut = True
        if a <= quote.start and b < quote.end:
            quote.start = b + len(text[b : quote.end]) - len(text[b : quote.end].lstrip())
        elif a > quote.start and b >= quote.end:
            quote.end = len(text[:a].rstrip())
        else:
            return False
        quote.text = text[quote.start : quote.end]
    return not cut or len(quote.text.split()) >= 3


def _across_paragraphs(quotes: list[Quote], text: str) -> None:
    """A quotation the page broke into two paragraphs (an opening mark left open at the end
    of one, closed in the next, where the attribution stands: "“Under these conditions ...
    <break> Unless ...,” X said"): the first part is the speaker's of the second, not of
    whoever spoke before it."""
    for first, rest in pairwise(quotes):
        if first.cue is not None or first.kind != "direct" or rest.cue is None:
            continue
        between = text[first.end : rest.start]
        if rest.speaker is None or between.strip() or "\n" not in between:
            continue  # the second part opens the next paragraph
        head, tail = first.text.strip(), rest.text.strip()
        opened = head[:1] in OPENING_MARKS and head[-1:] not in CLOSING_MARKS
        closed = tail[:1] not in OPENING_MARKS and tail[-1:] in CLOSING_MARKS
        if opened and closed:
            first.speaker = rest.speaker
            first.confidence = min(first.confidence, rest.confidence)


def _subject_over_break(idx: DocIndex, source: Token | None, cue: int) -> Segment | None:
    """A cue's subject is never across a blank line: when the parser ran a headline or a
    byline without a full stop into the lead ("Govt to act<blank line>Minister X said"),
    the speaker is the first person (else actor) named in the cue's own paragraph before
    the cue."""
    if source is None or idx.paragraph(source.idx) == idx.paragraph(cue):
        return None
    if "\n\n" not in idx.text[min(source.idx, cue) : max(source.idx, cue)]:
        return None  # a single line break may be a wrapped line of one paragraph
    opening = idx.paragraph_bounds(idx.paragraph(cue))[0]
    named = [m for m in idx.mentions_in(opening, cue) if m.type in SPEAKER_TYPES]
    named.sort(key=lambda m: m.type != "PERSON")  # "Sudan's army chief, General X": X
    return (named[0].start, named[0].end) if named else None


def _is_statement(idx: DocIndex, draft: Draft, start: int, end: int) -> bool:
    """What a speaker withholds is no statement, nor the writer's aside; reported content
    after a cue of attitude, evidence or intention is a statement only
    when it holds a verb (a clause, "to" and a verb, "accused X of doing") or a quotation:
    not "responded to the resolution", "spoke on condition of anonymity", "the video shows
    the moments". An intention that is an act ("refused to attend", "in an effort to") is
    never a statement."""
    frame = draft.frame
    if frame is None or frame.cls in ("according", "label"):
        return True
    if frame.unsaid:
        return False  # a relay, a passive adjunct, a clause of time (:class:`Frame`)
    if frame.source is not None and frame.source.lower_ in WRITER_PRONOUNS:
        return False  # "when I asked him to ...": the writer's own words, outside quotes
    if frame.source is not None and _no_one(frame.source):
        return False  # "nobody said A", "if any person posted that A": said by no one
    cue = frame.cue
    if cue is not None and _withheld(cue.head if frame.cls == "medium" else cue):
        return False
    if cue is not None and frame.cls == "speech" and writers_aside(cue):
        return False  # said by no one but the writer
    if frame.cls not in NOT_SAID_BY_ITSELF:
        return _holds_clause(idx, start, end)
    acts = frame.cls in ("intent", "noun") and frame.cue is not None
    if acts and frame.cue is not None and cue_lemma(frame.cue) in UNSAID_INTENT:
        return False
    span = idx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    if any(ch in idx.text[start:end] for ch in '"“”«»'):
        return True
    predicate = any(t.lower_ == "as" or t.dep_ in ("oprd", "xcomp") for t in span)
    if frame.cls == "stance" and predicate:
        return True  # "hailed the vote as a turning point": the vote is one, says the speaker
    if frame.cls == "stance" and frame.cue is not None and cue_lemma(frame.cue) in NEEDS_PREDICATE:
        return False  # "describe the outcome": no predicate, nothing said of it
    evaluated = frame.cls == "stance" and cue is not None and cue_lemma(cue) in EVALUATING
    return _holds_clause(idx, start, end, noun_infinitives=not evaluated)


NO_ONE = frozenset({"nobody", "anybody", "anyone", "whoever"})


def _no_one(source: Token) -> bool:
    """A source that is no one in particular: "nobody", "no one", "any person"."""
    if source.lower_ in NO_ONE:
        return True
    if source.lower_ == "one" and any(c.lower_ == "no" for c in source.children):
        return True
    return source.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in source.children
    )


def _purpose_participle(draft: Draft) -> bool:
    """'X stressed that A, aiming to achieve "B"': a participle of intention hung on the
    speaker's words tells what they were for, an aim, not a statement of its own (quoted
    words in it included)."""
    frame = draft.frame
    cue = frame.cue if frame is not None else None
    if frame is None or cue is None or frame.cls != "intent":
        return False
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue_lemma(cue) not in UNSAID_INTENT:
        return False
    return cue.head.pos_ in ("VERB", "AUX")


def _withheld(verb: Token) -> bool:
    """The cue is negated, or is or hangs on a verb of withholding (:data:`WITHHOLDING`)."""
    if verb.lemma_.lower() in WITHHOLDING:
        return True
    if any(c.dep_ == "neg" for c in verb.children) and cue_lemma(verb) not in DENIALS:
        return True
    tok = verb
    for _ in range(3):
        if tok.dep_ not in WITHHOLDING_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in WITHHOLDING or tok.lower_ in WITHHOLDING:
            return True
        if tok.pos_ != "VERB" and tok.lower_ not in ("of", "short"):
            return False  # "refused to wait, aside from saying A": A was said
    return False


def _holds_clause(idx: DocIndex, start: int, end: int, *, noun_infinitives: bool = True) -> bool:
    """What a speech verb reports is a statement when its content is a clause or quoted:
    "said that talks would resume", "confirmed the talks had failed"; a bare noun phrase
    ("announced a set of understandings", "made the accusation", "repeated the
    declaration") is what the speaker spoke of, not what they said; "accused X of doing"
    reports an act (a verb that only qualifies a noun makes no clause: :data:`PHRASE_VERB_DEPS`).
    After a cue of stance (``noun_infinitives=False``) an infinitive that completes the
    object's noun makes none either: "welcomed a plan to clear the mines", "endorsed a
    resolution to expand the mission" name a thing the speaker took a stance on."""
    span = idx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(ch in idx.text[start:end] for ch in '"“”«»'):
        return True
    return any(
        _makes_clause(t)
        and not _hyphenated(t)
        and not _in_noun_phrase(t, span.start)
        and (noun_infinitives or not _completes_noun(t, span.start))
        for t in span
    )


def _completes_noun(tok: Token, first: int) -> bool:
    """A verb in a participle or infinitive that completes a noun of the content ("a plan
    presented by the navy to clear the mines"), not in a clause of its own ("claims that
    the navy had fired", with a subject or "that")."""
    while tok.head.i != tok.i and tok.head.i >= first:
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
        tok = tok.head
    return False


def _hyphenated(tok: Token) -> bool:
    """A verb inside a hyphenated word ("a shoot-to-kill order", "hard-to-reach areas")
    qualifies a noun; it makes no clause."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after


def _in_noun_phrase(tok: Token, first: int) -> bool:
    """A verb under a relative clause of the content's noun phrase ("addressed a rally
    where he said the state is safe"), or under a gerund that completes one of its nouns
    ("stressed the importance of ensuring their safety while they work"): it describes
    the noun, it is not said."""
    head = tok.head
    while head.i != tok.i and head.i >= first:
        if tok.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.dep_ == "pcomp" and head.head.i >= first and head.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok, head = head, head.head
    return False


# Verbs inside a noun phrase: "surrounding areas", "talks regarding X", "farmers affected
# by", "his ties with Xi, who has repeated"; an infinitive keeps its clause ("the decision
# to close").
PHRASE_VERB_DEPS = frozenset({"amod", "compound", "prep", "relcl", "aux", "auxpass"})


def _makes_clause(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or stranded(tok):  # "as he promised he would"
        return False
    while (
        tok.dep_ in ("conj", "xcomp") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i
    ):
        # "who owned the ship or where the oil was headed": as the first; "a product the
        # company is seeking to sell": as the verb it completes
        tok = tok.head
    if tok.dep_ in PHRASE_VERB_DEPS:
        return False
    if tok.dep_ == "acl":  # "the decision to close", "claims that X was persecuting"
        return any(
            (c.dep_ == "aux" and c.lower_ == "to") or c.dep_ in ("nsubj", "nsubjpass", "mark")
            for c in tok.children
        )
    if tok.dep_ == "pcomp":  # "accused X of doing", not "details about who owned the ship"
        return tok.head.head.pos_ in ("VERB", "AUX")
    return True


def _after_dateline(
    speaker: Speaker, datelines: list[tuple[int, int]], text: str
) -> Speaker | None:
    """The speaker without the dateline the parser ran into it ("BRUSSELS - European
    leaders" is "European leaders"); none when the dateline's place is all of it (a
    headline's "says minister" glued to "PORT TOWN, June 23 —")."""
    for a, b in datelines:
        if a <= speaker.start < b:
            if speaker.end <= b:
                return None
            start = b + len(text[b : speaker.end]) - len(text[b : speaker.end].lstrip())
            return replace(speaker, start=start, text=text[start : speaker.end])
    return speaker


def _impersonal(source: Token) -> bool:
    """The impersonal "it" of a passive with no agent ("it is noted that", "it was
    reported that"): said by no one the sentence names, so no speaker (not "it")."""
    if source.lower_ != "it" or source.dep_ not in ("nsubjpass", "expl"):
        return False
    return not any(c.dep_ == "agent" for c in source.head.children)


def _out_of_furniture(speaker: Speaker, furniture: list[Segment], text: str) -> Speaker | None:
    """No speaker where the parser took an unknown name from a caption or credit line run
    into the next sentence ("| Photo: J. Roe/AP" over "the board voted ..."): furniture
    never speaks, and the sentence's own subject is lost in that parse (left unresolved).
    A known actor the caption names ("General X (Credit: AFP)") may be the antecedent."""
    for a, b in furniture:
        if a <= speaker.start < b and speaker.end > b:  # "Reuters\nIsrael's military"
            start = b + len(text[b : speaker.end]) - len(text[b : speaker.end].lstrip())
            return replace(speaker, start=start, text=text[start : speaker.end])
        if a <= speaker.start < b:
            return None if speaker.actor_id is None else speaker
    return speaker


SENTENCE_ENDS = tuple(".!?:;…\"”’')»")
HEADING_WORDS = 25


def _heading_lines(text: str) -> list[Segment]:
    """Lines with the shape of a heading, not of a sentence of the body: a paragraph of one
    line (blank lines around it: a hard-wrapped paragraph goes on in the next line) of up
    to 25 words and no closing punctuation, with text after it (the last line may be a
    page cut short); or a shorter such line set between sentences, the line above ending
    one and the line below starting one ("Medic says survivor walked to the ambulance"
    under a headline). A quote is only ever taken from the report's sentences."""
    out: list[Segment] = []
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    start = 0
    for i, line in enumerate(lines):
        words = line.split()
        above = i == 0 or not lines[i - 1].strip()
        alone = above and i + 1 < len(lines) and not lines[i + 1].strip()
        short = words and len(words) <= HEADING_WORDS and i < last
        unclosed = not line.rstrip().endswith(SENTENCE_ENDS)
        if short and unclosed and (alone or _between_sentences(lines, i)):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# the last word of a line broken inside a sentence
_SMALL = (
    "a an the of to in on at by for with from into about and or but nor that as than said "
    "told says its his her their our your my this these those who which was were is are be "
    "has have had not"
)
_GOES_ON = frozenset(_SMALL.split())
_SET_APART_WORDS = 12  # a hard-wrapped line of prose runs longer, or goes on in lower case


def _between_sentences(lines: list[str], i: int) -> bool:
    """A line of up to 12 words opening in capitals, set between a line that ends a
    sentence (or nothing) and a line that starts one, its last word no small word that
    goes on into the next line ("... by the" / "President Jane Roe")."""
    words = lines[i].split()
    if not 2 <= len(words) <= _SET_APART_WORDS or not words[0][:1].isupper():
        return False
    if words[-1] in _GOES_ON:
        return False  # "of", "the", "and", "told": a line broken inside a sentence
    before = lines[i - 1].rstrip() if i else ""
    after = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    ended = not before or before.endswith(SENTENCE_ENDS)
    return ended and after[:1].isupper()


def _speaker_order(draft: Draft) -> int:
    """Speakers resolve in reading order of their cues, so "he added" finds the last one."""
    frame = draft.frame
    return min(draft.start, frame.cue_start) if frame is not None else draft.start
