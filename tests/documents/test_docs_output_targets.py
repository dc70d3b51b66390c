"""Output targets that are not regular files: a FIFO gets a stream, a symbolic link is followed, never replaced.

``anonymize IN -o /dev/null`` run as root used to rename the temp file over the device node. The
tests use a FIFO and symbolic links in ``tmp_path`` (never the real ``/dev/null``): the FIFO must
still be a FIFO afterwards and its reader must have got the masked text.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from anonymizer.cli import main
from anonymizer.documents.atomic import write_bytes_atomically, write_text_atomically
from anonymizer.errors import OutputFileError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symbolic links as on Linux")

LETTER = "Bitte überweisen Sie an DE44 5001 0517 5407 3249 31.\n"
MASKED = "Bitte überweisen Sie an [IBAN_1].\n"


def _fifo(tmp_path: Path) -> tuple[Path, int]:
    """A FIFO and a non-blocking read end, opened first so that a writer does not wait for a reader."""
    fifo = tmp_path / "ausgabe.pipe"
    os.mkfifo(fifo)
    return fifo, os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)


def _drain(reader: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(reader, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(reader)
    return b"".join(chunks)


def test_anonymize_into_a_fifo_streams_and_keeps_the_fifo(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    fifo, reader = _fifo(tmp_path)
    assert main(["anonymize", str(letter), "-o", str(fifo)]) == 0
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _drain(reader).decode("utf-8") == MASKED
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".anon-")] == []


def test_a_symlink_to_a_fifo_is_followed_not_replaced(tmp_path: Path) -> None:
    fifo, reader = _fifo(tmp_path)
    link = tmp_path / "null"
    link.symlink_to(fifo)
    write_text_atomically(link, MASKED)
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _drain(reader).decode("utf-8") == MASKED


def test_a_symlink_to_a_regular_file_writes_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "ablage"
    elsewhere.mkdir()
    real = elsewhere / "ergebnis.txt"
    real.write_text("alt\n", encoding="utf-8")
    link = tmp_path / "ergebnis.txt"
    link.symlink_to(real)
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["anonymize", str(letter), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == MASKED


def test_a_symlink_to_the_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    link = tmp_path / "ausgabe.txt"
    link.symlink_to(letter)
    assert main(["anonymize", str(letter), "-o", str(link)]) == 1
    assert "Eingabedatei" in capsys.readouterr().err
    assert letter.read_text(encoding="utf-8") == LETTER and link.is_symlink()


def test_a_folder_as_target_is_refused_in_german(tmp_path: Path) -> None:
    folder = tmp_path / "ordner"
    folder.mkdir()
    with pytest.raises(OutputFileError, match="ist ein Ordner"):
        write_bytes_atomically(folder, b"x")
    assert folder.is_dir()


def test_a_socket_is_refused_and_kept(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(OutputFileError, match="keine gewöhnliche Datei"):
            write_bytes_atomically(path, b"x")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_regular_file_is_still_replaced_atomically(tmp_path: Path) -> None:
    target = tmp_path / "ergebnis.txt"
    target.write_text("alt\n", encoding="utf-8")
    write_text_atomically(target, MASKED)
    assert target.read_text(encoding="utf-8") == MASKED and not target.is_symlink()
