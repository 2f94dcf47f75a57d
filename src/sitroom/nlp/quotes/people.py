"""Common nouns for people by their form: "environmentalists", "regulators", "historians",
"investors" name people who hold views, and no word list can hold them all."""

from __future__ import annotations

from spacy.tokens import Token

# "-er", "-or", "-ist", "-ian": the agent suffixes of English nouns for people
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
PLURAL_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians")
# plurals of that shape that name things or no one in particular
NOT_PEOPLE = frozenset(
    {"others", "numbers", "orders", "borders", "waters", "matters", "letters", "papers",
     "centers", "computers", "sectors", "factors", "errors", "layers", "corridors",
     "powers", "quarters", "headquarters", "markers", "monitors", "meters", "chambers"}
)  # fmt: skip


def people_by_suffix(tok: Token) -> bool:
    """A plural common noun with an agent suffix: people who can hold a view ("regulators
    worried that ...", "environmentalists fear that ...")."""
    low = tok.lower_
    return (
        tok.tag_ == "NNS"
        and low.endswith(PLURAL_AGENT_SUFFIXES)
        and low not in NOT_PEOPLE
        and len(low) > 6
    )
