"""Advance widths and line height of a TrueType face, read from its tables without reportlab."""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class FontFileError(ValueError):
    """The file is not a TrueType font with the tables measuring needs."""


@dataclass(frozen=True)
class FaceMetrics:
    """What measuring text needs of one face: advances per character, vertical metrics."""

    units_per_em: int
    ascender: int
    descender: int  # negative, below the baseline
    line_gap: int
    advances: dict[int, int]  # code point -> advance width in font units
    missing_advance: int  # glyph 0's, as reportlab uses for a character the face lacks

    def covers(self, letters: Iterable[str]) -> bool:
        return all(ord(letter) in self.advances for letter in letters)

    def text_width(self, text: str, size: float) -> float:
        """Width in points, the sum of the advances as reportlab and office programs lay it."""
        get, missing = self.advances.get, self.missing_advance
        return sum(get(ord(char), missing) for char in text) * size / self.units_per_em

    def line_pixels(self, size: float, dpi: float = 96) -> int:
        """One line's height on a *dpi* screen, whole pixels: ascent, descent and line gap."""
        units = self.ascender - self.descender + self.line_gap
        return math.ceil(units * size * dpi / 72 / self.units_per_em - 1e-9)


def read_face(path: Path) -> FaceMetrics:
    """Parse the head, hhea, hmtx and cmap tables of the TrueType file at *path*."""
    data = path.read_bytes()
    try:
        tables = _table_directory(data)
        units_per_em = _u16(data, tables["head"] + 18)
        hhea = tables["hhea"]
        ascender, descender, line_gap = struct.unpack_from(">hhh", data, hhea + 4)
        metrics_count = _u16(data, hhea + 34)
        glyph_advances = struct.unpack_from(f">{2 * metrics_count}H", data, tables["hmtx"])[::2]
        glyphs = _unicode_cmap(data, tables["cmap"])
    except (KeyError, struct.error) as error:
        raise FontFileError(f"{path}: not a readable TrueType font ({error})") from error
    last = glyph_advances[-1]  # glyphs past the metrics count share the last advance
    advances = {
        code: glyph_advances[glyph] if glyph < metrics_count else last
        for code, glyph in glyphs.items()
        if glyph
    }
    if 0x20 in advances:  # reportlab gives the no-break space the space's width, so do we
        advances[0xA0] = advances[0x20]
    return FaceMetrics(
        units_per_em, ascender, descender, line_gap, advances, glyph_advances[0]
    )


def _u16(data: bytes, offset: int) -> int:
    return struct.unpack_from(">H", data, offset)[0]


def _table_directory(data: bytes) -> dict[str, int]:
    version, count = struct.unpack_from(">IH", data, 0)
    if version not in (0x00010000, 0x74727565):  # TrueType outlines ("true" on old Macs)
        raise FontFileError("not a TrueType font file")
    tables = {}
    for index in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = offset
    return tables


def _unicode_cmap(data: bytes, cmap: int) -> dict[int, int]:
    """Code point -> glyph from the best Unicode subtable: full repertoire (12), else BMP (4)."""
    count = _u16(data, cmap + 2)
    subtables = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        subtables[(platform, encoding)] = cmap + offset
    for key in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0)):
        if key in subtables:
            offset = subtables[key]
            kind = _u16(data, offset)
            if kind == 12:
                return _cmap_format_12(data, offset)
            if kind == 4:
                return _cmap_format_4(data, offset)
    raise FontFileError("no Unicode character map of format 4 or 12")


def _cmap_format_4(data: bytes, offset: int) -> dict[int, int]:
    segments = _u16(data, offset + 6) // 2
    ends_at = offset + 14
    starts_at = ends_at + 2 * segments + 2  # past the reserved pad
    deltas_at = starts_at + 2 * segments
    ranges_at = deltas_at + 2 * segments
    ends = struct.unpack_from(f">{segments}H", data, ends_at)
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, deltas_at)
    ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
    glyphs: dict[int, int] = {}
    for k in range(segments):
        start, end, delta, range_offset = starts[k], ends[k], deltas[k], ranges[k]
        if start == 0xFFFF:
            continue
        if range_offset == 0:
            glyphs.update((code, (code + delta) & 0xFFFF) for code in range(start, end + 1))
            continue
        base = ranges_at + 2 * k + range_offset
        for code in range(start, end + 1):
            glyph = _u16(data, base + 2 * (code - start))
            glyphs[code] = (glyph + delta) & 0xFFFF if glyph else 0
    return glyphs


def _cmap_format_12(data: bytes, offset: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", data, offset + 12)[0]
    glyphs: dict[int, int] = {}
    for index in range(groups):
        start, end, first = struct.unpack_from(">III", data, offset + 16 + 12 * index)
        glyphs.update((code, first + code - start) for code in range(start, end + 1))
    return glyphs
