"""Outlook files (``.msg``, read with extract-msg): sender, recipients, subject, body, attachment names.

The layout of the text is the same as for ``.eml`` files, so a clerk sees the same thing whichever
way the e-mail was saved. Attachments are not opened; their names are listed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from anonymizer.documents.eml_reader import mail_text
from anonymizer.documents.files import OLE_SIGNATURE, read_limited
from anonymizer.documents.html_text import html_to_text
from anonymizer.documents.rtf_text import rtf_to_text
from anonymizer.errors import InputFileError


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return " ".join(str(value).split())


def _body(message: Any) -> str:
    """Plain text, else HTML, else the RTF body (extract-msg fails on real rich text, so read it here)."""
    try:
        body = getattr(message, "body", None)
        if isinstance(body, str) and body.strip():
            return body.replace("\r\n", "\n")
        html = getattr(message, "htmlBody", None)
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        if isinstance(html, str) and html.strip():
            return html_to_text(html)
    except Exception:  # extract-msg's RTF de-encapsulation raises on plain rich text
        pass
    rtf = getattr(message, "rtfBody", None)
    return rtf_to_text(rtf) if isinstance(rtf, bytes) else ""


def read_msg(path: Path) -> str:
    """Read an Outlook ``.msg`` file into plain text."""
    data = read_limited(path)
    if not data.startswith(OLE_SIGNATURE):
        raise InputFileError(f"Die Datei „{path.name}“ ist keine Outlook-Nachricht oder ist beschädigt.")
    import extract_msg  # imported here: it is slow to import and only needed for .msg files

    # extract-msg logs every unusual property at WARNING; those are not the user's concern.
    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        message: Any = extract_msg.openMsg(data, delayAttachments=False)
    except Exception:  # extract-msg raises many kinds of errors for broken files; all mean the same here
        raise InputFileError(f"Die Datei „{path.name}“ ist keine Outlook-Nachricht oder ist beschädigt.") from None
    try:
        headers = [
            ("Von", _text(getattr(message, "sender", None))),
            ("An", _text(getattr(message, "to", None))),
            ("Cc", _text(getattr(message, "cc", None))),
            ("Datum", _text(getattr(message, "date", None))),
            ("Betreff", _text(getattr(message, "subject", None))),
        ]
        attachments = []
        for attachment in getattr(message, "attachments", []):
            name = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None)
            attachments.append(_text(name) or "(ohne Namen)")
        body = _body(message)
        if not body.strip() and getattr(message, "rtfBody", None):
            raise InputFileError(
                f"Der Text der Outlook-Nachricht „{path.name}“ liegt nur im RTF-Format vor und kann nicht gelesen "
                "werden; bitte die Nachricht in Outlook als Text oder HTML speichern."
            )
    except InputFileError:
        raise
    except Exception:
        raise InputFileError(
            f"Die Datei „{path.name}“ ist beschädigt und kann nicht vollständig gelesen werden."
        ) from None
    finally:
        message.close()
    return mail_text(headers, body, attachments)
