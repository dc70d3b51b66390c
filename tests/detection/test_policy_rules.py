"""The DSB's own rules inside a real detect run: deny terms, own patterns, big term lists, allow terms."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from anonymizer.cli import main as cli_main
from anonymizer.detection.factory import build_engine
from anonymizer.detection.policy_rules import DENY_RECOGNIZER
from anonymizer.policy import load_policy
from anonymizer.policy.terms import export_term_proposal, load_term_list

POLICY = """\
[terms]
allow = ["Kreis Coesfeld", "Stadt Lüdinghausen"]
deny = [{ text = "Falkenhorst", type = "REFERENCE" }, { text = "Projekt Adler", type = "REFERENCE" }]
[[patterns]]
name = "Kita-Nummer"
type = "REFERENCE"
regex = 'KITA-\\d{4}'
context = ["Kita", "Einrichtung"]
score = 0.8
"""


def detect(tmp_path: Path, policy_text: str, text: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    """Run ``detect --json`` in-process with ``policy_text`` as the user layer."""
    policy = tmp_path / "policy.toml"
    policy.write_text(policy_text, encoding="utf-8")
    document = tmp_path / "brief.txt"
    document.write_text(text, encoding="utf-8")
    assert cli_main(["detect", "--json", "--policy", str(policy), str(document)]) == 0
    line = json.loads(capsys.readouterr().out)
    entities: list[dict[str, object]] = line["entities"]
    for entity in entities:
        assert text[int(str(entity["start"])) : int(str(entity["end"]))] == entity["text"]
    return entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Unterlagen zum Vorhaben Falkenhorst liegen vor.", ["Falkenhorst"]),
        ("Die Pläne des FALKENHORSTS sind fertig.", ["FALKENHORSTS"]),
        ("Das Gelände falkenhorstes wird geprüft.", ["falkenhorstes"]),
        ("Projekt Adler und Projekt\u00a0Adler.", ["Projekt Adler", "Projekt\u00a0Adler"]),
        ("Die Falkenhorststraße ist gesperrt.", []),
        ("Der Falkenhorster Weg ist gesperrt.", []),
        ("Ein Neufalkenhorst gibt es nicht.", []),
    ],
)
def test_deny_terms_are_whole_words_any_case_with_endings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: list[str]
) -> None:
    # Other recognizers (the NER model) may find more; the deny terms must be among the masked spans.
    found = [e["text"] for e in detect(tmp_path, POLICY, text, capsys)]
    assert all(term in found for term in expected)
    engine = build_engine(load_policy(tmp_path / "policy.toml"), with_model=False)
    assert [f.text for f in engine.analyze(text) if f.recognizer == DENY_RECOGNIZER] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Einrichtung KITA-0815 hat angerufen.", ["KITA-0815"]),
        ("Anmeldung für KITA-4711 liegt vor.", ["KITA-4711"]),
        ("KITA-12 ist zu kurz.", []),
        ("Die kita-4711 ist klein geschrieben.", []),
    ],
)
def test_own_pattern_runs_in_the_engine_and_reports_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: list[str]
) -> None:
    found = [e["text"] for e in detect(tmp_path, POLICY, text, capsys)]
    assert all(value in found for value in expected)
    policy = tmp_path / "policy.toml"
    findings = build_engine(load_policy(policy), with_model=False).analyze(text)
    assert [f.recognizer for f in findings if f.type == "REFERENCE"] == ["Kita-Nummer"] * len(expected)


def test_context_word_raises_the_score_of_an_own_pattern(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    engine = build_engine(load_policy(policy), with_model=False)
    [near] = engine.analyze("Die Einrichtung KITA-0815 meldet sich.")
    [far] = engine.analyze("Bitte KITA-0815 anrufen.")
    assert near.score > far.score


def test_allow_terms_drop_findings_inside_but_not_deny_terms(tmp_path: Path) -> None:
    text = "Kreis Coesfeld, Falkenhorst im Kreis Coesfeld."
    policy = POLICY + '[[patterns]]\nname = "Kreisname"\ntype = "LOCATION"\nregex = "Coesfeld"\n'
    policy += "[categories.LOCATION]\nmask = true\n"
    policy_path = tmp_path / "p.toml"
    policy_path.write_text(policy, encoding="utf-8")
    findings = build_engine(load_policy(policy_path), with_model=False).analyze(text)
    assert [(f.text, f.type) for f in findings] == [("Falkenhorst", "REFERENCE")]
    # Without the allow list the pattern finds both mentions.
    policy_path.write_text(policy.replace('allow = ["Kreis Coesfeld", "Stadt Lüdinghausen"]', "allow = []"), "utf-8")
    findings = build_engine(load_policy(policy_path), with_model=False).analyze(text)
    assert [f.text for f in findings if f.type == "LOCATION"] == ["Coesfeld", "Coesfeld"]


def make_street_list(path: Path, count: int = 50_000) -> list[str]:
    """A reproducible list of ``count`` distinct invented street names."""
    rng = random.Random(9)
    stems = ["Falken", "Linden", "Birken", "Mühlen", "Kirch", "Schul", "Garten", "Wiesen", "Eichen", "Buchen"]
    suffixes = ["weg", "straße", "gasse", "ring", "allee", "pfad", "damm", "stieg"]
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(stems)}{rng.choice(['', 'grund', 'horst', 'feld', 'bach'])}"
                  f"{rng.randint(1, 999)}{rng.choice(suffixes)}")
    ordered = sorted(names)
    path.write_text("\n".join(ordered) + "\n", encoding="utf-8")
    return ordered


def test_a_50000_term_list_is_found_in_a_detect_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    streets = make_street_list(tmp_path / "strassen.txt")
    assert len(load_term_list(tmp_path / "strassen.txt")) == 50_000
    first, middle, last = streets[0], streets[25_000], streets[-1]
    text = f"Wohnhaft {first}, früher {middle.upper()}, davor {last}s. Nicht: {first}x."
    policy = '[[term_lists]]\npath = "strassen.txt"\ntype = "ADDRESS"\n'
    found = [e["text"] for e in detect(tmp_path, policy, text, capsys)]
    assert all(street in found for street in [first, middle.upper(), f"{last}s"])
    assert f"{first}x" not in found


@pytest.mark.parametrize(
    ("file_name", "content", "column", "expected"),
    [
        ("namen.txt", b"Kortmann\n\n# Kommentar\n  Schulze   Berge \nX\n", None,
         ("Kortmann", "Schulze Berge")),
        ("namen.txt", "\ufeffBöckenholt\nLütke Wöstmann\n".encode(), None, ("Böckenholt", "Lütke Wöstmann")),
        ("namen.txt", "Böckenholt\nLütke Wöstmann\n".encode("latin-1"), None, ("Böckenholt", "Lütke Wöstmann")),
        ("personal.csv", "Vorname;Nachname\nSabine;Kortmann\nJörg;Böckenholt\n".encode(), "Nachname",
         ("Kortmann", "Böckenholt")),
        ("personal.csv", b"Vorname,Nachname\nSabine,Kortmann\n", 2, ("Kortmann",)),
        ("personal.csv", "Nachname;Amt\nKortmann;Bauamt\n".encode("latin-1"), None, ("Kortmann",)),
    ],
)
def test_term_list_formats(tmp_path: Path, file_name: str, content: bytes, column: str | int | None,
                           expected: tuple[str, ...]) -> None:
    path = tmp_path / file_name
    path.write_bytes(content)
    assert load_term_list(path, column) == expected


def test_term_list_entries_are_masked_with_the_list_type(tmp_path: Path) -> None:
    (tmp_path / "personal.csv").write_text("Nachname;Amt\nBöckenholt;Bauamt\n", encoding="utf-8")
    policy = tmp_path / "p.toml"
    policy.write_text('[[term_lists]]\npath = "personal.csv"\ntype = "PERSON"\ncolumn = "Nachname"\n', "utf-8")
    findings = build_engine(load_policy(policy), with_model=False).analyze("Frau Böckenholts Antrag, Herr Böckenholtz.")
    assert [(f.text, f.type) for f in findings] == [("Böckenholts", "PERSON")]


def test_exported_proposal_is_a_term_list_the_policy_can_import(tmp_path: Path) -> None:
    proposal = tmp_path / "vorschlag.txt"
    written = export_term_proposal(["Falkenhorst", "falkenhorst", " Projekt  Adler ", "X"], proposal)
    assert written == 2
    assert load_term_list(proposal) == ("Falkenhorst", "Projekt Adler")
    assert proposal.read_bytes().decode("utf-8").startswith("# Vorschlag")
