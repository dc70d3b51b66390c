"""Builds real Outlook ``.msg`` files (MS-OXMSG layout in an OLE compound file) for the reader tests."""

from __future__ import annotations

import struct

from cfb_writer import build_cfb

PT_LONG, PT_UNICODE, PT_BINARY = 0x0003, 0x001F, 0x0102


def _stream_name(prop_id: int, prop_type: int) -> str:
    return f"__substg1.0_{prop_id:04X}{prop_type:04X}"


def _properties(header: bytes, strings: dict[int, str], longs: dict[int, int], binaries: dict[int, bytes]) -> bytes:
    entries = bytearray(header)
    for prop_id, value in strings.items():
        size = len(value.encode("utf-16-le")) + 2
        entries += struct.pack("<IIII", (prop_id << 16) | PT_UNICODE, 6, size, 0)
    for prop_id, number in longs.items():
        entries += struct.pack("<IIII", (prop_id << 16) | PT_LONG, 6, number, 0)
    for prop_id, data in binaries.items():
        entries += struct.pack("<IIII", (prop_id << 16) | PT_BINARY, 6, len(data), 0)
    return bytes(entries)


def _storage(
    prefix: str, header: bytes, strings: dict[int, str], longs: dict[int, int], binaries: dict[int, bytes]
) -> dict[str, bytes]:
    streams = {f"{prefix}__properties_version1.0": _properties(header, strings, longs, binaries)}
    for prop_id, value in strings.items():
        streams[prefix + _stream_name(prop_id, PT_UNICODE)] = value.encode("utf-16-le")
    for prop_id, data in binaries.items():
        streams[prefix + _stream_name(prop_id, PT_BINARY)] = data
    return streams


def build_msg(
    *,
    sender_name: str,
    sender_email: str,
    to: list[tuple[str, str]],
    cc: list[tuple[str, str]],
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes]],
    rtf: bytes | None = None,
) -> bytes:
    """An Outlook message with the given header fields, plain-text body and attachments."""
    recipients = [(name, email, 1) for name, email in to] + [(name, email, 2) for name, email in cc]
    top_header = struct.pack("<8xIIII8x", len(recipients), len(attachments), len(recipients), len(attachments))
    strings = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x1000: body,
        0x0C1A: sender_name,
        0x0C1F: sender_email,
        0x5D01: sender_email,
        0x0C1E: "SMTP",
        0x0E04: "; ".join(name for name, _email in to),
        0x0E03: "; ".join(name for name, _email in cc),
    }
    if rtf is not None:  # an Outlook "Rich Text" message: the body only as compressed RTF
        del strings[0x1000]
    streams = _storage("", top_header, strings, {0x3FDE: 65001}, {} if rtf is None else {0x1009: rtf})
    for stream in ("00020102", "00030102", "00040102"):  # the (empty) named-property mapping
        streams[f"__nameid_version1.0/__substg1.0_{stream}"] = b""
    for number, (name, email, kind) in enumerate(recipients):
        streams.update(
            _storage(
                f"__recip_version1.0_#{number:08X}/",
                b"\x00" * 8,
                {0x3001: name, 0x3003: email, 0x39FE: email, 0x3002: "SMTP"},
                {0x0C15: kind},
                {},
            )
        )
    for number, (filename, data) in enumerate(attachments):
        streams.update(
            _storage(
                f"__attach_version1.0_#{number:08X}/",
                b"\x00" * 8,
                {0x3707: filename, 0x3704: filename[:8], 0x3001: filename},
                {0x3705: 1},
                {0x3701: data},
            )
        )
    return build_cfb(streams)
