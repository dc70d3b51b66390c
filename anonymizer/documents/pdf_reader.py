"""PDF in (pypdf): the text layer, page by page in reading order.

A PDF is never written back; the cleaned result is text (or, later, a Word file). A scan has no text
layer — the clerk is told to run text recognition first instead of getting an empty result that
looks clean. A password-protected PDF is refused; one that only restricts printing/copying (an
owner password, empty user password) opens like any other.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from anonymizer.documents.files import read_limited
from anonymizer.errors import InputFileError

#: Fewer visible characters than this per page means "no text layer" (a scan with a stray page number).
MIN_CHARS_PER_PAGE = 3


def read_pdf(path: Path) -> tuple[str, list[str]]:
    """Read the text layer of a PDF; pages are separated by an empty line.

    Returns the text and German notes (pages that are only images, so their content was not checked).
    """
    data = read_limited(path)
    name = path.name
    if not data.lstrip()[:1024].startswith(b"%PDF"):
        raise InputFileError(f"Die Datei „{name}“ ist keine PDF-Datei oder ist beschädigt.")
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    # pypdf logs recoverable oddities of real-world PDFs at WARNING; they are not the user's concern.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputFileError(
                f"Die PDF-Datei „{name}“ ist mit einem Kennwort geschützt; bitte eine ungeschützte Fassung öffnen."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputFileError:
        raise
    except FileNotDecryptedError:
        raise InputFileError(
            f"Die PDF-Datei „{name}“ ist mit einem Kennwort geschützt; bitte eine ungeschützte Fassung öffnen."
        ) from None
    except NotImplementedError:
        raise InputFileError(f"Die PDF-Datei „{name}“ verwendet ein nicht unterstütztes Format.") from None
    except (PdfReadError, PdfStreamError, RecursionError, Exception):
        # Broken PDFs make pypdf raise almost anything (KeyError, zlib.error, ...); all mean "damaged".
        raise InputFileError(f"Die PDF-Datei „{name}“ ist beschädigt und kann nicht gelesen werden.") from None
    visible = sum(len("".join(page.split())) for page in pages)
    if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
        raise InputFileError(
            f"Die PDF-Datei „{name}“ enthält keinen Text (vermutlich ein eingescanntes Bild); "
            "bitte zuerst eine Texterkennung (OCR) durchführen."
        )
    text = "\n\n".join(page.strip("\n") for page in pages) + "\n"
    return text, _image_only_pages(pages)


def _image_only_pages(pages: list[str]) -> list[str]:
    empty = [
        str(number) for number, page in enumerate(pages, start=1) if len("".join(page.split())) < MIN_CHARS_PER_PAGE
    ]
    if not empty:
        return []
    if len(empty) == 1:
        return [f"Seite {empty[0]} enthält keinen Text (vermutlich eingescannt) und wurde nicht geprüft."]
    return [f"Die Seiten {', '.join(empty)} enthalten keinen Text (vermutlich eingescannt) und wurden nicht geprüft."]
