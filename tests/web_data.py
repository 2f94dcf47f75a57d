"""A small store built by hand (no model) whose article-derived text is hostile: every
field a page shows holds HTML, script or a ``javascript:`` link."""

from __future__ import annotations

from sitroom.article import (
    ActorRef,
    Article,
    Claim,
    Event,
    Mention,
    Position,
    Quote,
    Span,
    Speaker,
)
from sitroom.store import Store

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
SVG = '"><svg onload=alert(2)>'
JS_URL = "javascript:alert(document.cookie)"
STORY = "s-hostile"
LOCAL = "local:evil-minister"
EVIL = f"Evil {IMG} Minister"
ROLE = f"envoy of the {SCRIPT} council"


def _article(n: int, publisher: str, published: str, url: str) -> Article:
    speaker = f"{EVIL} said"
    quote = f'"We will never accept {SCRIPT} red line terms," '
    claim = f"The ceasefire began on Monday {SVG} in Kyiv."
    text = f"{speaker} {quote}{claim} Ukraine asked Russia to stop {IMG}. Article {n}."
    a = Article(text=text, source=f"hostile-{n}.txt", url=url, publisher=publisher)
    a.title = f"Ceasefire talks {SCRIPT} and {IMG} ({n})"
    a.published = published
    a.assign_id()
    q0 = text.index('"We will')
    q1 = q0 + len(quote) - 1
    c0 = text.index("The ceasefire")
    e0 = text.index("Ukraine asked")
    a.mentions = [
        Mention(0, len(EVIL), EVIL, "PERSON", LOCAL, EVIL, None, "GOV", 0.9, role=ROLE),
        Mention(e0, e0 + 7, "Ukraine", "GPE", "UKR", "Ukraine", "UKR", None, 1.0),
        Mention(e0 + 14, e0 + 20, "Russia", "GPE", "RUS", "Russia", "RUS", None, 1.0),
        Mention(q0 + 1, q0 + 8, "We will", "GPE", "UKR", "Ukraine", "UKR", None, 0.5),
    ]
    a.mentions[0].role_evidence = Span(0, c0 - 1, text[: c0 - 1])  # the sentence stating it
    a.quotes = [
        Quote(
            q0,
            q1,
            text[q0:q1],
            "direct",
            Span(q1 + 1, q1 + 5, "said"),
            Speaker(0, len(EVIL), EVIL, LOCAL, EVIL),
            0.9,
        )
    ]
    ukr = ActorRef("Ukraine", "UKR", "Ukraine", "UKR", None)
    rus = ActorRef("Russia", "RUS", f"Russia {SCRIPT}", "RUS", None)
    a.events = [
        Event(
            "REQUEST",
            Span(e0 + 8, e0 + 13, "asked"),
            e0,
            len(text),
            actor=[ukr],
            recipient=[rus],
            date=published,
            confidence=0.8,
        )
    ]
    a.positions = [
        Position(
            LOCAL,
            EVIL,
            "territorial_concessions",
            "oppose" if n == 1 else "support",
            True,
            Span(q0, q1, f"{text[q0:q1]} {SVG}"),
            0.9,
        )
    ]
    a.claims = [Claim(c0, c0 + len(claim), claim, "contradicted", conflict=[])]
    return a


def build(db: str) -> list[Article]:
    """Two hostile articles of one story, contradicting each other, stored in ``db``."""
    one = _article(1, f"evil-wire {SCRIPT}", "2025-03-01", JS_URL)
    two = _article(2, "atlas-daily", "2025-03-04", "https://atlas.example/ok")
    one.claims[0].conflict = [two.id]
    two.claims[0].conflict = [one.id]
    two.quality.flag("garbled")
    summary = [{"article_id": one.id, "sentence": f"Summary {SCRIPT}", "start": 0, "end": 5}]
    with Store.open(db) as store:
        store.save_articles([one, two])
        store.save_stories(
            [
                {
                    "story_id": STORY,
                    "title": f"Ceasefire {SCRIPT}",
                    "first_date": "2025-03-01",
                    "last_date": "2025-03-04",
                    "article_ids": [one.id, two.id],
                    "outlets": [one.publisher, two.publisher],
                    "main_actors": [EVIL, "Ukraine"],
                    "summary": summary,
                }
            ]
        )
        store.rebuild_actors()
    return [one, two]
