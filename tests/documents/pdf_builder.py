"""Writes small real PDFs by hand: pages with a text layer (Helvetica, WinAnsi), or only an image (a "scan")."""

from __future__ import annotations


def _escape(line: str) -> str:
    out = []
    for byte in line.encode("cp1252"):
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif byte < 32 or byte > 126:
            out.append(f"\\{byte:03o}")
        else:
            out.append(char)
    return "".join(out)


def _assemble(objects: list[bytes]) -> bytes:
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(data)
    data += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        data += f"{offset:010d} 00000 n \n".encode()
    data += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(data)


def _stream(content: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(content)}{extra} >>\nstream\n".encode() + content + b"\nendstream"


def build_text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages show the given lines as real text."""
    count = len(pages)
    page_ids = [4 + 2 * index for index in range(count)]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{pid} 0 R' for pid in page_ids)}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, lines in enumerate(pages):
        commands = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
        for line in lines:
            commands.append(f"({_escape(line)}) Tj T*")
        commands.append("ET")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {page_ids[index] + 1} 0 R >>".encode()
        )
        objects.append(_stream("\n".join(commands).encode("ascii")))
    return _assemble(objects)


def build_scan_pdf() -> bytes:
    """A one-page PDF that only paints a 2×2 grey image: what a scanner without OCR produces."""
    image = _stream(
        b"\x80\x90\xa0\xb0",
        " /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        image,
        _stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q"),
    ]
    return _assemble(objects)


def build_pdf_with_to_unicode(line: str, mapping: dict[str, str]) -> bytes:
    """A one-page PDF whose font has a ToUnicode map: each character of ``mapping`` reads as the
    UTF-16 code units (hex) given for it, e.g. ``{"#": "D800"}`` — a lone surrogate, as broken PDF
    generators write."""
    entries = "\n".join(f"<{ord(char):02X}> <{units}>" for char, units in mapping.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Test def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{len(mapping)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 5 0 R >>",
        _stream(f"BT /F1 12 Tf 72 720 Td ({_escape(line)}) Tj ET".encode("ascii")),
        _stream(cmap.encode("ascii")),
    ]
    return _assemble(objects)
