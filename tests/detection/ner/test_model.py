"""The bundled German NER model: loads offline from resources/, maps labels, handles long texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from anonymizer.detection.ner import NerRecognizer, load_ner_model
from anonymizer.detection.ner.model import model_dir
from anonymizer.detection.ner.recognizer import chunks
from anonymizer.entities import LOCATION, ORGANIZATION, PERSON
from anonymizer.errors import ModelError

pytestmark = pytest.mark.model


def test_bundled_model_loads_from_resources_with_network_blocked(nlp: Language) -> None:
    assert model_dir().parts[-3:] == ("resources", "models", "de_ner")
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


def test_model_is_loaded_once_per_process(nlp: Language) -> None:
    assert load_ner_model() is nlp


def test_bundled_model_is_small_and_attributed() -> None:
    folder = model_dir()
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    assert size <= 50 * 1024 * 1024
    attribution = (folder / "ATTRIBUTION").read_text(encoding="utf-8")
    assert "GermEval 2014" in attribution and "CC BY 4.0" in attribution


def test_missing_model_raises_german_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="Sprachmodell fehlt"):
        load_ner_model(tmp_path / "nirgends")


def test_broken_model_raises_german_model_error(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = ???\n", encoding="utf-8")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="beschädigt"):
        load_ner_model(tmp_path)


@pytest.mark.parametrize(
    ("text", "entity", "entity_type"),
    [
        ("Bundeskanzlerin Angela Merkel sprach am Dienstag in Berlin.", "Angela Merkel", PERSON),
        ("Bundeskanzlerin Angela Merkel sprach am Dienstag in Berlin.", "Berlin", LOCATION),
        ("Der Vorstand der Deutschen Bahn traf sich in Frankfurt.", "Frankfurt", LOCATION),
        ("Die Siemens AG hat ihren Gewinn gesteigert, sagte Joe Kaeser.", "Joe Kaeser", PERSON),
    ],
)
def test_model_maps_labels_to_app_types(ner: NerRecognizer, text: str, entity: str, entity_type: str) -> None:
    found = {(f.text, f.type) for f in ner.analyze(text)}
    assert (entity, entity_type) in found


def test_model_reports_organizations(ner: NerRecognizer) -> None:
    text = "Die Europäische Union und die Vereinten Nationen verhandeln in Genf."
    assert ORGANIZATION in {f.type for f in ner.analyze(text)}


def test_chunks_cut_at_line_breaks_and_keep_offsets() -> None:
    text = "\n".join(f"Zeile {i} mit Herrn Beispiel." for i in range(2000))
    pieces = list(chunks(text, limit=500))
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= 500 for _, chunk in pieces)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in pieces)
    assert all(chunk.endswith("\n") for _, chunk in pieces[:-1])


def test_long_document_offsets_point_at_the_names(ner: NerRecognizer) -> None:
    paragraph = "Am Montag besuchte Angela Merkel die Stadt Hamburg und sprach mit Olaf Scholz.\n"
    text = paragraph * 400  # about 32,000 characters, several chunks
    findings = ner.analyze(text)
    persons = [f for f in findings if f.type == PERSON]
    assert len(persons) >= 400
    assert all(text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize("label", ["BIC", "IBAN", "Tel.", "Fax"])
def test_field_labels_are_no_entities(ner: NerRecognizer, label: str) -> None:
    text = f"Die Zahlung erfolgt auf Ihr Konto ({label} INGDDEFFXXX) bei der Sparkasse Münsterland Ost."
    found = [f.text for f in ner.analyze(text)]
    assert not any(text.startswith(label.strip(".")) for text in found), found
    assert "Sparkasse Münsterland Ost" in found
