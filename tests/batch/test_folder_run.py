"""A folder run in this process (issue 21.1): mirrored tree, one session, report and record without values."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import docx
import pytest
from folder_helpers import EMAIL, IBAN, PHONE, VALUES, RunFolder, make_case_folder, write_docx

from anonymizer.batch import FAILED, OK, RECORD_NAME, SKIPPED, UNSUPPORTED, FolderError, FolderProgress, report_csv
from anonymizer.errors import PolicyError
from anonymizer.sessions import MemorySessionStore


def tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_the_tree_is_mirrored_with_names_in_paths_masked(tmp_path: Path, clean: RunFolder) -> None:
    source = make_case_folder(tmp_path)
    result = clean(source, tmp_path / "out")
    assert tree(tmp_path / "out") == [
        RECORD_NAME,
        "Post/Antwort.eml.txt",
        "Scans/Bescheid.pdf.txt",
        "[PERSON_1], [PERSON_1]/Antrag_[PERSON_1].docx",
        "[PERSON_1], [PERSON_1]/Notiz.txt",
    ]
    statuses = {row.file: row.status for row in result.rows}
    assert statuses == {
        "Post/Antwort.eml": OK,
        "Scans/Bescheid.pdf": OK,
        "Scans/Foto.png": UNSUPPORTED,  # listed, never copied
        "[PERSON_1], [PERSON_1]/Antrag_[PERSON_1].docx": OK,
        "[PERSON_1], [PERSON_1]/Notiz.txt": OK,
    }
    assert result.originals[:2] == ["Kortmann, Sabine/Antrag_Kortmann.docx", "Kortmann, Sabine/Notiz.txt"]
    letter = "\n".join(
        p.text for p in docx.Document(str(tmp_path / "out/[PERSON_1], [PERSON_1]/Antrag_[PERSON_1].docx")).paragraphs
    )
    assert letter == "Sehr geehrte Frau [PERSON_1],\ndie Zahlung geht auf das Konto [IBAN_1].\nRückfragen: [PHONE_1]"


def test_one_session_numbers_every_file(tmp_path: Path, clean: RunFolder, store: MemorySessionStore) -> None:
    source = make_case_folder(tmp_path)
    result = clean(source, tmp_path / "out")
    note = (tmp_path / "out/[PERSON_1], [PERSON_1]/Notiz.txt").read_text(encoding="utf-8")
    mail = (tmp_path / "out/Post/Antwort.eml.txt").read_text(encoding="utf-8")
    scan = (tmp_path / "out/Scans/Bescheid.pdf.txt").read_text(encoding="utf-8")
    assert note == "Frau [PERSON_1] hat angerufen ([PHONE_1]); neue Zahlung auf [IBAN_1].\n"
    assert "Frau [PERSON_1]" in mail and "[PHONE_1]" in mail and "[EMAIL_1]" in mail
    assert "Herrn [PERSON_2]" in scan and "[IBAN_1]" in scan
    kept = store.load(result.session.session_id, result.session.policy)
    restored = kept.restore("[PERSON_1] und [PERSON_2]: [IBAN_1], [PHONE_1], [EMAIL_2]").text
    assert restored == f"Sabine Kortmann und Terhorst: {IBAN}, {PHONE}, {EMAIL}"


def test_report_and_record_hold_no_value(tmp_path: Path, clean: RunFolder) -> None:
    source = make_case_folder(tmp_path)
    write_docx(source / "=HYPERLINK(Kortmann).docx", ["Frau Kortmann"])  # a name that Excel would run
    (source / "kaputt_Kortmann.docx").write_bytes(b"PK\x03\x04 kein Word")  # its message quotes its name
    result = clean(source, tmp_path / "out")
    data = report_csv(result.rows)
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    record = (tmp_path / "out" / RECORD_NAME).read_text(encoding="utf-8")
    for value in VALUES:
        assert value not in text and value not in record
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:5] == ["Datei", "Ausgabe", "Status", "Meldung", "Fundstellen"]
    assert rows[0][5:] == ["PERSON", "EMAIL", "PHONE", "IBAN"]
    by_file = {row[0]: row for row in rows[1:]}
    assert by_file["'=HYPERLINK([PERSON_1]).docx"][2] == OK  # a leading "=" is defused
    broken = by_file["kaputt_[PERSON_1].docx"]
    assert broken[2] == FAILED and broken[3].startswith("Die Datei „kaputt_[PERSON_1].docx“ ist beschädigt")
    assert by_file["[PERSON_1], [PERSON_1]/Notiz.txt"][4:] == ["3", "1", "0", "1", "1"]
    assert json.loads(record)["session"] == result.session.session_id


def test_a_broken_file_does_not_stop_the_run(tmp_path: Path, clean: RunFolder) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(f"Frau Kortmann, {IBAN}\n", encoding="utf-8")
    (source / "b.docx").write_bytes(b"PK\x03\x04 kein Word")
    (source / "c.pdf").write_bytes(b"%PDF-1.4 kaputt")
    (source / "d.txt").write_bytes(b"\x00\x01\x02binary")
    (source / "e.txt").write_text(f"Rückruf {PHONE}\n", encoding="utf-8")
    result = clean(source, tmp_path / "out")
    assert [(row.file, row.status) for row in result.rows] == [
        ("a.txt", OK),
        ("b.docx", FAILED),
        ("c.pdf", FAILED),
        ("d.txt", FAILED),
        ("e.txt", OK),
    ]
    assert [row.message for row in result.failed] == [
        "Die Datei „b.docx“ ist beschädigt oder unvollständig und kann nicht gelesen werden.",
        "Die PDF-Datei „c.pdf“ ist beschädigt und kann nicht gelesen werden.",
        "Die Datei „d.txt“ ist keine Textdatei.",
    ]
    assert tree(tmp_path / "out") == [RECORD_NAME, "a.txt", "e.txt"]


def test_a_rerun_skips_finished_files_and_redoes_changed_ones(tmp_path: Path, clean: RunFolder) -> None:
    source = make_case_folder(tmp_path)
    target = tmp_path / "out"
    clean(source, target)
    written = {name: (target / name).stat() for name in tree(target) if name != RECORD_NAME}
    (source / "Kortmann, Sabine" / "Notiz.txt").write_text("Neu: Frau Kortmann, DE44500105175407324931\n")
    second = clean(source, target)
    statuses = {row.file: row.status for row in second.rows}
    assert statuses["[PERSON_1], [PERSON_1]/Notiz.txt"] == OK and statuses["Post/Antwort.eml"] == SKIPPED
    for name, before in written.items():
        after = (target / name).stat()
        unchanged = (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
        assert unchanged == (name != "[PERSON_1], [PERSON_1]/Notiz.txt"), name
    assert (target / "[PERSON_1], [PERSON_1]/Notiz.txt").read_text(
        encoding="utf-8"
    ) == "Neu: Frau [PERSON_1], [IBAN_1]\n"
    skipped = next(row for row in second.rows if row.status == SKIPPED)
    assert skipped.output and skipped.counts  # the report of a rerun still counts the finished files
    forced = clean(source, target, force=True)
    assert all(row.status != SKIPPED for row in forced.rows)


def test_a_cancelled_run_keeps_what_is_done_and_a_rerun_finishes(tmp_path: Path, clean: RunFolder) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(6):
        (source / f"brief{number}.txt").write_text(f"Frau Kortmann, Brief {number}, {PHONE}\n", encoding="utf-8")

    def stop_after_two(state: FolderProgress) -> bool:
        return state.files_done >= 2

    first = clean(source, tmp_path / "out", progress=stop_after_two)
    assert first.cancelled and [row.status for row in first.rows] == [OK, OK]
    second = clean(source, tmp_path / "out")
    assert [row.status for row in second.rows] == [SKIPPED, SKIPPED, OK, OK, OK, OK]
    assert (tmp_path / "out/brief5.txt").read_text(encoding="utf-8") == "Frau [PERSON_1], Brief 5, [PHONE_1]\n"


def test_masked_names_that_coincide_get_numbers(tmp_path: Path, clean: RunFolder) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "Antrag_Kortmann.txt").write_text("Frau Kortmann\n", encoding="utf-8")
    (source / "Antrag_Terhorst.txt").write_text("Herr Terhorst\n", encoding="utf-8")
    (source / "Bescheid.pdf").write_bytes(b"%PDF kaputt")  # the output "Bescheid.pdf.txt" never meets "Bescheid.txt"
    (source / "Bescheid.txt").write_text("Bescheid\n", encoding="utf-8")
    clean(source, tmp_path / "out", mode="redact")
    assert tree(tmp_path / "out") == [RECORD_NAME, "Antrag_ (2).txt", "Antrag_.txt", "Bescheid.txt"]


@pytest.mark.parametrize(
    ("arrange", "message"),
    [
        (lambda s, t: s, "darf nicht der Eingabeordner sein"),
        (lambda s, t: s.parent, "liegt im Ausgabeordner"),
        (lambda s, t: (t.mkdir(), (t / "eigenes.txt").write_text("x"), t)[-1], "nicht leer"),
    ],
)
def test_folders_that_would_lose_files_are_refused(
    tmp_path: Path, clean: RunFolder, arrange: object, message: str
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("Frau Kortmann\n", encoding="utf-8")
    target = arrange(source, tmp_path / "out")  # type: ignore[operator]
    with pytest.raises(FolderError, match=message):
        clean(source, target)
    assert (source / "a.txt").read_text(encoding="utf-8") == "Frau Kortmann\n"


def test_a_rerun_with_other_settings_or_without_its_session_is_refused(
    tmp_path: Path, clean: RunFolder, store: MemorySessionStore
) -> None:
    source = make_case_folder(tmp_path)
    first = clean(source, tmp_path / "out")
    with pytest.raises(FolderError, match="anderen Einstellungen"):
        clean(source, tmp_path / "out", mode="mask")
    with pytest.raises(FolderError, match="gehört zur Sitzung"):
        clean(source, tmp_path / "out", session_id="andere-sitzung")
    store.delete(first.session.session_id)
    with pytest.raises(FolderError, match="gibt es nicht mehr"):
        clean(source, tmp_path / "out")
    assert clean(source, tmp_path / "out", force=True).failed == []


def test_a_blocked_output_stops_before_anything_is_written(tmp_path: Path, clean: RunFolder) -> None:
    source = make_case_folder(tmp_path)
    with pytest.raises(PolicyError, match="gesperrt"):
        clean(source, tmp_path / "out", copy_blocked_reason="Die Ausgabe ist gesperrt.")
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file names may be bytes that are no UTF-8")
def test_a_file_name_that_is_no_utf8_is_cleaned_resumed_and_reported(tmp_path: Path, clean: RunFolder) -> None:
    source = tmp_path / "in"
    folder = os.fsdecode(bytes(source) + b"/M\xfcller")  # Latin-1 "Müller" from an old archive
    os.makedirs(folder)
    Path(folder, "Brief_Kortmann.txt").write_text(f"Frau Kortmann, {PHONE}\n", encoding="utf-8")
    first = clean(source, tmp_path / "out")
    assert [(row.file, row.status) for row in first.rows] == [("M\udcfcller/Brief_[PERSON_1].txt", OK)]
    assert (tmp_path / "out" / "M\udcfcller" / "Brief_[PERSON_1].txt").is_file()
    assert report_csv(first.rows).decode("utf-8-sig").splitlines()[1].startswith("M?ller/Brief_[PERSON_1].txt;")
    assert [row.status for row in clean(source, tmp_path / "out").rows] == [SKIPPED]
