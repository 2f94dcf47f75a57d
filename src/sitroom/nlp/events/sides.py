"""Who is on whose side: the party a reference belongs to, and the blocs of parties.

Two references are the same party when they are of one country (its government, army,
ministers), or the same international body; rebels, the armed opposition, unidentified
armed groups and criminals are a party of their own, not their state's (in a civil war
the army and the rebels are two sides, though both are of one country). Europe, its
states and its alliance count as one side.
"""

from __future__ import annotations

from sitroom.article import ActorRef

# Places and facilities: a phrase headed by one stands for no party ("the port of Assab has
# returned to the debate"); it may be a target (attacked), never the one who acts.
PLACE_HEADS = frozenset(
    {"port", "harbour", "harbor", "city", "town", "village", "area", "region", "territory"}
    | {"province", "district", "border", "crossing", "island", "coast", "airport", "dam"}
    | {"bridge", "road", "highway", "site", "zone", "strait", "river", "valley", "building"}
    | {"facility", "plant", "mine", "station", "square", "field", "base", "corridor"}
)
# Who follows a person: "Machar's group", "his supporters" stand for the person's side.
FOLLOWERS = frozenset(
    {"group", "supporter", "follower", "loyalist", "ally", "camp", "faction", "team", "backer"}
)

# Nouns of the other side of a relation: "his counterpart" is not his own.
OTHER_PARTY = frozenset({"counterpart", "rival", "opponent", "adversary", "enemy", "foe"})

INTERNATIONAL = frozenset({"IGO", "NGO"})
# Armed groups and the opposition fight or face their own state.
NON_STATE = frozenset({"REB", "OPP", "UAF", "CRM"})


# Europe as one side: the EU and its members, the European states around it, and the
# European and Atlantic organisations ("NATO allies", "the Europeans").
EUROPE = frozenset(
    {
        "EUR", "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
        "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU",
        "SVK", "SVN", "ESP", "SWE", "GBR", "NOR", "ISL", "CHE", "ALB", "MNE", "MKD",
    }
)  # fmt: skip
EUROPEAN_BODIES = ("nato", "eu", "europe", "european")


def party_key(ref: ActorRef) -> str | None:
    """What makes two references the same party: the country, or for an international
    body its identity ("nato" is not "un", though both are IGO)."""
    if ref.country and ref.country not in INTERNATIONAL:
        if ref.sector in NON_STATE:
            return f"{ref.country}/{ref.sector}"  # rebels are not their state's side
        return ref.country
    if ref.actor_id and (ref.country in INTERNATIONAL or ref.sector in INTERNATIONAL):
        return ref.actor_id
    return None


def european(ref: ActorRef) -> bool:
    if ref.country in EUROPE:
        return True
    ident = (ref.actor_id or "").lower()
    return ref.country in INTERNATIONAL and any(
        part in EUROPEAN_BODIES for part in ident.replace("grp-", "").split("-")
    )


def same_side(a: ActorRef, b: ActorRef) -> bool:
    """The same party, or two parties of one bloc (Europe, its states and its alliance)."""
    key_a, key_b = party_key(a), party_key(b)
    if key_a is not None and key_a == key_b:
        return True
    return european(a) and european(b)


# Nouns of a reaction voiced at someone ("expressed concern over X's inability", "voiced
# outrage at the raid"): what follows "over", "at" or "about" is what it is aimed at.
VOICED_REACTIONS = frozenset(
    {"concern", "concerns", "alarm", "outrage", "anger", "dismay", "displeasure", "indignation"}
)


def aimed_by(noun_lemma: str) -> frozenset[str]:
    """The prepositions after an object noun that introduce the one it is aimed at."""
    base = frozenset({"to", "against", "on", "with"})
    return base | {"over", "at", "about"} if noun_lemma in VOICED_REACTIONS else base
