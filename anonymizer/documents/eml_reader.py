"""E-mail files (``.eml``): the header lines with names and addresses, the body, the attachment names.

The sender, the recipients and the subject are personal data as much as the body is, so they are
part of the text detection runs on (as German header lines). An HTML-only body is converted to text;
attachments are not opened, only their names are listed (a file name often carries a name).
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from anonymizer.documents.files import read_limited
from anonymizer.documents.html_text import html_to_text
from anonymizer.errors import InputFileError

HEADER_LABELS = (("From", "Von"), ("To", "An"), ("Cc", "Cc"), ("Date", "Datum"), ("Subject", "Betreff"))


def mail_text(headers: list[tuple[str, str]], body: str, attachments: list[str]) -> str:
    """The common layout of an e-mail as plain text (shared with the ``.msg`` reader)."""
    lines = [f"{label}: {value}" for label, value in headers if value]
    if attachments:
        lines.append("Anhänge: " + ", ".join(attachments))
    return "\n".join(lines) + "\n\n" + body.strip() + "\n"


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return content.replace("\r\n", "\n")


def _header(message: EmailMessage, name: str) -> str:
    try:
        values = message.get_all(name) or []
        return ", ".join(" ".join(str(value).split()) for value in values)
    except (ValueError, IndexError, AttributeError):
        raw = message.get(name, "")
        return " ".join(str(raw).split())


def read_eml(path: Path) -> str:
    """Read an ``.eml`` file into plain text."""
    data = read_limited(path)
    if not data.strip():
        raise InputFileError(f"Die Datei „{path.name}“ ist leer.")
    if b"\x00" in data[:4096]:
        raise InputFileError(f"Die Datei „{path.name}“ ist keine E-Mail-Datei.")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (ValueError, TypeError, IndexError):
        raise InputFileError(f"Die Datei „{path.name}“ ist beschädigt und kann nicht gelesen werden.") from None
    if not isinstance(message, EmailMessage) or not any(message.get(name) for name, _label in HEADER_LABELS):
        raise InputFileError(f"Die Datei „{path.name}“ ist keine E-Mail-Datei.")
    headers = [(label, _header(message, name)) for name, label in HEADER_LABELS]
    attachments = [part.get_filename() or "(ohne Namen)" for part in message.iter_attachments()]
    return mail_text(headers, _body_text(message), attachments)
