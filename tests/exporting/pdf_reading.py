"""Reading exported PDFs back for the tests: text, page sizes, fonts and positioned strings."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def fonts_in_use(path: Path) -> dict[str, dict]:
    """Every font a page's content actually selects (Tf), by base name, with its dictionary."""
    used: dict[str, dict] = {}
    for page in PdfReader(path).pages:
        resources = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        content = page.get_contents().get_data().decode("latin-1")
        for key in set(re.findall(r"(/[^\s/\[\]()<>]+)\s+[\d.]+\s+Tf", content)):
            font = fonts[key].get_object()
            used[str(font["/BaseFont"])] = font
    return used


def is_embedded(font: dict) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def strings_with_heights(path: Path, page_index: int) -> list[tuple[str, float]]:
    """(text, y) of every shown string on one page, y measured from the page's foot."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), tm[5] * cm[3] + cm[5]))

    PdfReader(path).pages[page_index].extract_text(visitor_text=visit)
    return found
