"""E-mail files (``.eml``): the header lines with names and addresses, the body, the attachment names.

The sender, the recipients and the subject are personal data as much as the body is, so they are
part of the text detection runs on (as German header lines). An HTML-only body is converted to text;
attachments are not opened, only their names are listed (a file name often carries a name).

Python's e-mail package parses nested parts and nested comments in address headers by recursion, so
a crafted mail (thousands of nested multiparts, ``From: ((((…))))``) would end in a RecursionError.
The reader counts the nesting before it parses: too many multipart or attached-message levels are
refused in German; a header with deeply nested comments is shown as written instead of parsed.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from anonymizer.documents.files import read_limited
from anonymizer.documents.html_text import html_to_text
from anonymizer.errors import InputFileError

HEADER_LABELS = (("From", "Von"), ("To", "An"), ("Cc", "Cc"), ("Date", "Datum"), ("Subject", "Betreff"))
#: More multipart containers or attached messages than any real mail holds (a forwarded chain of
#: twenty mails with attachments needs about forty); the parser recurses once per level.
MAX_NESTED_PARTS = 100
#: Address headers deeper than this in nested "(comments)" are not parsed (the parser recurses).
MAX_COMMENT_DEPTH = 20
_NESTING_MARKERS = re.compile(rb"boundary\s*=|message/rfc822|message/global", re.IGNORECASE)


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


def comment_depth(value: str) -> int:
    """How deeply "(comments)" nest in a header value (escaped parentheses do not count)."""
    depth = deepest = 0
    escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")" and depth:
            depth -= 1
    return deepest


def _raw_header(message: EmailMessage, name: str) -> str:
    """The header as written (unparsed): for values the parser cannot or must not take apart."""
    values = [str(value) for key, value in message.raw_items() if key.lower() == name.lower()]
    return ", ".join(" ".join(value.split()) for value in values)


def _header(message: EmailMessage, name: str) -> str:
    raw = _raw_header(message, name)
    if comment_depth(raw) > MAX_COMMENT_DEPTH:
        return raw
    try:
        values = message.get_all(name) or []
        return ", ".join(" ".join(str(value).split()) for value in values)
    except (ValueError, IndexError, AttributeError, RecursionError):
        return raw


def read_eml(path: Path) -> str:
    """Read an ``.eml`` file into plain text."""
    data = read_limited(path)
    if not data.strip():
        raise InputFileError(f"Die Datei „{path.name}“ ist leer.")
    if b"\x00" in data[:4096]:
        raise InputFileError(f"Die Datei „{path.name}“ ist keine E-Mail-Datei.")
    if len(_NESTING_MARKERS.findall(data)) > MAX_NESTED_PARTS:
        raise InputFileError(
            f"Die E-Mail „{path.name}“ besteht aus mehr als {MAX_NESTED_PARTS} ineinandergeschachtelten Teilen "
            "und wird deshalb nicht geöffnet."
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(message, EmailMessage) or not any(message.raw_items()):
            raise InputFileError(f"Die Datei „{path.name}“ ist keine E-Mail-Datei.")
        headers = [(label, _header(message, name)) for name, label in HEADER_LABELS]
        if not any(value for _label, value in headers):
            raise InputFileError(f"Die Datei „{path.name}“ ist keine E-Mail-Datei.")
        attachments = [part.get_filename() or "(ohne Namen)" for part in message.iter_attachments()]
        return mail_text(headers, _body_text(message), attachments)
    except (ValueError, TypeError, IndexError, RecursionError):
        # RecursionError: a nesting the count above did not catch; the mail cannot be read safely.
        raise InputFileError(f"Die Datei „{path.name}“ ist beschädigt und kann nicht gelesen werden.") from None
