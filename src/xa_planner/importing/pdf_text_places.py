"""Where the lines of a text-layer PDF sit on their pages: each found again, in order, in PDFium's text."""

from __future__ import annotations

import ctypes
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium

from xa_planner.importing.pdfium_lock import PDFIUM_LOCK
from xa_planner.importing.source_document import LinePlace

_MIN_KEY = 3  # letters and digits: shorter lines ("a)", "-") match anywhere and place nothing
_LOOK_AHEAD = 4000  # key characters searched past the last line found before a line counts as absent
ROW_SEPARATOR = " | "  # how SourceDocument.add_row joins a table row's cells into its line
_DEVICE_SIDE = 10_000  # the page mapped onto a grid this fine, then turned into fractions


@dataclass(frozen=True)
class _Match:
    page: int  # from 0
    chars: tuple[int, ...]  # PDFium's indexes of the first and last letter of each part found on that page


def line_key(text: str) -> tuple[str, list[int]]:
    """The line's letters and digits, case folded (the text two readers agree on), and where each came from."""
    key, origin = [], []
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        if char.isalnum():
            key.append(char.casefold()[0])
            origin.append(index)
    return "".join(key), origin


def text_line_places(data: bytes, lines: Sequence[str], max_pages: int) -> dict[int, LinePlace]:
    """Line number (1-based in *lines*) → its box as fractions of its page, for each line found."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            pages = [document[index] for index in range(min(len(document), max_pages))]
            texts = [page.get_textpage() for page in pages]
            matches = _aligned(lines, [text.get_text_range() for text in texts])
            return {number: _place(pages[m.page], texts[m.page], m) for number, m in matches.items()}
        finally:
            document.close()


def _aligned(lines: Sequence[str], page_texts: list[str]) -> dict[int, _Match]:
    """Each line matched in reading order, never before the line found ahead of it.

    A table row ("cell | cell") is matched cell by cell: PDFium reads a table a cell at a time.
    """
    stream, where = "", list[tuple[int, int]]()  # every page's key, one after the other; (page, char index) of each letter
    for page, text in enumerate(page_texts):
        key, origin = line_key(text)
        stream += key
        where.extend((page, index) for index in origin)
    matches, cursor = {}, 0
    for number, line in enumerate(lines, 1):
        spans = []
        for part in line.split(ROW_SEPARATOR):
            key, _origin = line_key(part)
            found = stream.find(key, cursor, cursor + len(key) + _LOOK_AHEAD) if len(key) >= _MIN_KEY else -1
            if found >= 0:
                cursor = found + len(key)
                spans.append((found, cursor))
        if spans:
            matches[number] = _ends(where, spans)
    return matches


def _ends(where: list[tuple[int, int]], spans: list[tuple[int, int]]) -> _Match:
    """The page of the first part, and the first and last letter of each part on it: a line's box needs no more."""
    page = where[spans[0][0]][0]
    chars: list[int] = []
    for start, end in spans:
        on_page = [index for p, index in where[start:end] if p == page]
        chars += [on_page[0], on_page[-1]] if on_page else []
    return _Match(page, tuple(chars))


def _place(page: pdfium.PdfPage, text: pdfium.PdfTextPage, match: _Match) -> LinePlace:
    boxes = [text.get_charbox(index) for index in match.chars]  # left, bottom, right, top in points
    left, bottom = min(box[0] for box in boxes), min(box[1] for box in boxes)
    right, top = max(box[2] for box in boxes), max(box[3] for box in boxes)
    width, height = page.get_size()
    device_height = round(_DEVICE_SIDE * height / width)
    # All four corners: on a page turned by its /Rotate any of them may end up top left.
    corners = [_to_device(page, x, y, device_height) for x in (left, right) for y in (bottom, top)]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return LinePlace(
        match.page + 1,
        round(max(0.0, min(xs) / _DEVICE_SIDE), 4),
        round(max(0.0, min(ys) / device_height), 4),
        round(min(1.0, max(xs) / _DEVICE_SIDE), 4),
        round(min(1.0, max(ys) / device_height), 4),
    )


def _to_device(page: pdfium.PdfPage, x: float, y: float, device_height: int) -> tuple[int, int]:
    """A point of the page (PDF points) on the page as rendered: PDFium applies the crop box and rotation."""
    device_x, device_y = ctypes.c_int(), ctypes.c_int()
    pdfium.raw.FPDF_PageToDevice(
        page, 0, 0, _DEVICE_SIDE, device_height, 0, x, y, device_x, device_y
    )
    return device_x.value, device_y.value
