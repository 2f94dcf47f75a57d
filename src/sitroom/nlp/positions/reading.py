"""What the stance reader has learned about one match on its way up the parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass(slots=True)
class Reading:
    polarity: int
    loaded: bool
    evaluated: bool = False
    conditional: bool = False
    hedged: bool = False
    red_line: bool = False
    topic: bool = False
    blocked: str | None = None
    intention_subjects: list[Token] = field(default_factory=list)
    hypothetical: bool = False  # the intention is a "would" / "could" / "might"
    strong: int = 0
    judged: bool = False
    negations: int = 0
    cues: list[str] = field(default_factory=list)
    named: frozenset[str] = frozenset()  # the issue's own words (``Issue.own_words``)
    shielded: frozenset[str] = frozenset()  # ``Issue.shielded_words``

    claim_said: bool = False  # a judging word of the claim's own is on the content
    # the content named as something bad by the words that carry it ("an unlawful move to
    # X", "threats to X"): an act against it that follows agrees with that naming
    described: bool = False

    def judge(self, sign: int, word: str) -> None:
        """A judging adjective on the content; one the issue's own wording uses
        ("excessive force") names the claim: saying it is saying the claim."""
        if word in self.named:
            self.claim_said = True
        self.evaluate(1 if word in self.named else sign, word)
        self.described = sign < 0 and word not in self.named

    def describe_bad(self, why: str) -> None:
        """A noun that names the content as bad ("threats to retake the canal")."""
        self.evaluate(-1, why)
        self.described = True

    def _agrees(self, why: str) -> bool:
        """ "rejected the unlawful move to X", "demanded an end to the illegal X": rejecting
        or ending what the same words name as bad is one judgement said twice, not two
        that cancel."""
        if not self.described:
            return False
        self.described = False
        self.cues.append(f"agrees:{why}")
        self.evaluated = self.judged = True
        self.strong += 1
        return True

    def flip(self, why: str) -> None:
        self.polarity = -self.polarity
        self.cues.append(why)

    def negate(self, why: str) -> None:
        """Negation and denial reverse any content, loaded or not."""
        self.negations += 1
        self.described = False
        self.flip(f"not:{why}")

    def reported(self, why: str) -> None:
        """Content inside someone else's plan, call or claim: judged again by the holder."""
        if not self.loaded:
            self.evaluated = False
            self.cues.append(f"reported:{why}")

    def attitude(self, sign: int, why: str) -> None:
        if self.loaded:
            self.cues.append(f"({why})")
            return
        if sign < 0:
            if self._agrees(why):
                return
            self.flip(f"oppose:{why}")
        else:
            self.described = False
            self.cues.append(f"support:{why}")
        self.evaluated = self.judged = True
        self.strong += 1

    def evaluate(self, sign: int, why: str) -> None:
        self.attitude(sign, f"eval:{why}")

    def emotive(self, why: str) -> None:
        if self.loaded or self.evaluated:
            self.cues.append(f"({why})")
            return
        self.flip(f"emotive:{why}")
        self.evaluated = True

    def diminish(self, why: str) -> None:
        if self.loaded:
            self.cues.append(f"({why})")
            return
        if self._agrees(f"less:{why}"):
            return
        self.flip(f"less:{why}")

    def limit(self, why: str, *, red: bool) -> None:
        """Support only under a condition ("will not sign it without X"); said as a
        refusal, the condition is a red line."""
        self.conditional = self.evaluated = True
        self.cues.append(f"if:{why}")
        self.red_line = self.red_line or red

    def deontic(self, why: str) -> None:
        self.evaluated = True
        self.strong += 1
        self.cues.append(f"must:{why}")

    @property
    def stance(self) -> str | None:
        if self.blocked or not self.evaluated:
            return None
        if self.conditional:
            return "conditional"
        return "support" if self.polarity > 0 else "oppose"

    def confidence(self) -> float:
        score = 0.5 + 0.1 * min(self.strong, 2) + (0.1 if self.loaded else 0.0)
        if self.hedged and not self.negations:  # "could not" is no hedge
            score -= 0.15
        if self.topic:
            score -= 0.15
        flips = sum(1 for c in self.cues if not c.startswith(("support", "must", "(")))
        score -= 0.05 * max(0, flips - 2)
        return round(min(0.95, max(0.2, score)), 3)
