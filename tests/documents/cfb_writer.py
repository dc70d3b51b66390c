"""A minimal writer for OLE compound files (CFB, version 3), to build real test inputs.

Outlook ``.msg`` files, old ``.doc`` files and password-protected Office files are OLE containers;
no library in the project writes them, so the tests build them here: streams under 4096 bytes go
into the mini stream, larger ones into regular sectors, storages may nest.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[Entry] = field(default_factory=list)
    start: int = END
    index: int = 0


def _order(entry: Entry) -> tuple[int, str]:
    return len(entry.name), entry.name.upper()


def _build_tree(streams: dict[str, bytes]) -> Entry:
    root = Entry("Root Entry", 5)
    for path, data in streams.items():
        node = root
        *folders, leaf = path.split("/")
        for folder in folders:
            existing = next((child for child in node.children if child.name == folder and child.kind == 1), None)
            if existing is None:
                existing = Entry(folder, 1)
                node.children.append(existing)
            node = existing
        node.children.append(Entry(leaf, 2, data))
    return root


def _flatten(root: Entry) -> list[Entry]:
    entries = [root]
    pending = [root]
    while pending:
        node = pending.pop(0)
        node.children.sort(key=_order)
        for child in node.children:
            child.index = len(entries)
            entries.append(child)
            pending.append(child)
    return entries


def _chain(fat: list[int], first: int, count: int) -> None:
    for offset in range(count):
        fat[first + offset] = first + offset + 1 if offset + 1 < count else END


def build_cfb(streams: dict[str, bytes]) -> bytes:
    """The bytes of a compound file holding ``streams`` (paths use "/" between storage names)."""
    entries = _flatten(_build_tree(streams))
    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        if len(entry.data) < CUTOFF:
            if not entry.data:
                entry.start = END
                continue
            sectors = -(-len(entry.data) // MINI)
            entry.start = len(mini_fat)
            _chain_list = [entry.start + offset + 1 if offset + 1 < sectors else END for offset in range(sectors)]
            mini_fat.extend(_chain_list)
            mini_stream += entry.data + b"\x00" * (sectors * MINI - len(entry.data))
        else:
            big.append(entry)
    dir_sectors = -(-len(entries) * 128 // SECTOR)
    minifat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    ministream_sectors = -(-len(mini_stream) // SECTOR)
    big_sectors = [-(-len(entry.data) // SECTOR) for entry in big]
    other = dir_sectors + minifat_sectors + ministream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < fat_sectors + other:
        fat_sectors += 1
    assert fat_sectors <= 109
    total = fat_sectors + other
    fat = [FREE] * (fat_sectors * SECTOR // 4)
    for number in range(fat_sectors):
        fat[number] = FATSECT
    position = fat_sectors
    dir_start = position
    _chain(fat, position, dir_sectors)
    position += dir_sectors
    minifat_start = position if minifat_sectors else END
    _chain(fat, position, minifat_sectors)
    position += minifat_sectors
    root = entries[0]
    root.start = position if ministream_sectors else END
    _chain(fat, position, ministream_sectors)
    position += ministream_sectors
    for entry, count in zip(big, big_sectors, strict=True):
        entry.start = position
        _chain(fat, position, count)
        position += count
    assert position == total

    header = bytearray(SECTOR)
    header[0:8] = SIGNATURE
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIIII", header, 40, 0, fat_sectors, dir_start, 0, CUTOFF, minifat_start, minifat_sectors, END, 0
    )
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)

    directory = bytearray(dir_sectors * SECTOR)
    for slot in range(dir_sectors * SECTOR // 128):
        struct.pack_into("<III", directory, slot * 128 + 68, NOSTREAM, NOSTREAM, NOSTREAM)
    parents = {id(child): node for node in entries for child in node.children}
    for entry in entries:
        base = entry.index * 128
        encoded = entry.name.encode("utf-16-le")
        directory[base : base + len(encoded)] = encoded
        struct.pack_into("<HBB", directory, base + 64, len(encoded) + 2, entry.kind, 1)
        parent = parents.get(id(entry))
        right = NOSTREAM
        if parent is not None:
            siblings = parent.children
            position_in = siblings.index(entry)
            if position_in + 1 < len(siblings):
                right = siblings[position_in + 1].index
        child = entry.children[0].index if entry.children else NOSTREAM
        struct.pack_into("<III", directory, base + 68, NOSTREAM, right, child)
        size = len(mini_stream) if entry.kind == 5 else len(entry.data)
        struct.pack_into("<IQ", directory, base + 116, entry.start if entry.kind != 1 else 0, size)

    body = bytearray()
    body += struct.pack(f"<{len(fat)}I", *fat)
    body += directory
    minifat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat) if mini_fat else b""
    body += minifat_bytes + struct.pack("<I", FREE) * ((minifat_sectors * SECTOR - len(minifat_bytes)) // 4)
    body += mini_stream + b"\x00" * (ministream_sectors * SECTOR - len(mini_stream))
    for entry, count in zip(big, big_sectors, strict=True):
        body += entry.data + b"\x00" * (count * SECTOR - len(entry.data))
    return bytes(header + body)
