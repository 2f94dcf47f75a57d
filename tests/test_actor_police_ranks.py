"""The Commonwealth police ranks "Commissioner of Police", "Superintendent of Police",
"Inspector of Police" (with "Assistant", "Deputy", "Senior" before them) make a police
officer (COP), not a government commissioner (GOV); another commissioner stays GOV.
Sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.nlp import actors  # noqa: F401  (registers the component)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("In Ghana, Assistant Commissioner of Police Kofi Mensah said the suspects fled.", "COP"),
        ("In Ghana, Deputy Superintendent of Police Kofi Mensah said the suspects fled.", "COP"),
        ("Kenya's Commissioner of Police, Kofi Mensah, said the suspects fled.", "COP"),
        ("Ghana's tax commissioner, Kofi Mensah, said revenue rose.", "GOV"),
    ],
)
def test_a_police_rank_makes_a_police_officer(actor_nlp: Language, text: str, sector: str) -> None:
    found = [m for m in actor_nlp(text)._.mentions if m.text == "Kofi Mensah"]
    assert found, [m.text for m in actor_nlp(text)._.mentions]
    assert found[0].sector == sector
