"""Where a task came from in a scanned or PDF plan: the page, its picture and a rectangle around the task's lines."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.file_sniffer import IMAGE, PDF, sniff
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.pdf_text_places import text_line_places
from xa_planner.importing.preview_pages import PdfPreviewPages, PicturePreviewPages, PreviewPages
from xa_planner.importing.source_document import LinePlace
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput
from xa_planner.services.import_refusal_texts import import_refusal_text

PREVIEW_SIDE = 1400  # pixels along the page's longest side: an A4 page at about 120 dpi, easy to read
_PAGES_KEPT = 3  # pages drawn recently, so moving between neighbouring tasks draws nothing again
_MARGIN = 0.004  # of the page: the rectangle stands a little off the letters it surrounds

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels of the page picture


@dataclass(frozen=True)
class SourcePreview:
    """One page of the source and, in its pixels, the rectangle around the task's lines on it."""

    page: int  # from 1
    image: Image.Image  # RGB, longest side PREVIEW_SIDE at most
    boxes: tuple[Box, ...]


def task_box(places: Sequence[LinePlace], width: int, height: int) -> Box:
    """The rectangle around every line in *places* (one page), in pixels of a *width* × *height* picture."""
    left = max(0.0, min(p.left for p in places) - _MARGIN)
    top = max(0.0, min(p.top for p in places) - _MARGIN)
    right = min(1.0, max(p.right for p in places) + _MARGIN)
    bottom = min(1.0, max(p.bottom for p in places) + _MARGIN)
    return (round(left * width), round(top * height), round(right * width), round(bottom * height))


def first_page_places(places: Mapping[int, LinePlace], lines: tuple[int, int]) -> list[LinePlace]:
    """The places of the task's lines (*lines*: first, last, 1-based) on the page where the first of them is."""
    found = [places[n] for n in range(lines[0], max(lines) + 1) if n in places]
    return [place for place in found if place.page == found[0].page] if found else []


class SourcePreviewer:
    """One source file opened for the review; pages are drawn when a task on them is chosen."""

    def __init__(self, pages: PreviewPages, places: Mapping[int, LinePlace]) -> None:
        self._pages = pages
        self._places = places
        self._drawn: OrderedDict[int, Image.Image] = OrderedDict()

    def preview(self, lines: tuple[int, int]) -> SourcePreview | None:
        """The page and rectangle for a task over source *lines*; None when its lines have no place.

        Raises InvalidInput when the page can no longer be drawn.
        """
        on_page = first_page_places(self._places, lines)
        if not on_page or on_page[0].page > self._pages.count:
            return None
        image = self._page_image(on_page[0].page)
        return SourcePreview(on_page[0].page, image, (task_box(on_page, image.width, image.height),))

    def _page_image(self, page: int) -> Image.Image:
        if page not in self._drawn:
            try:
                self._drawn[page] = self._pages.page(page - 1, PREVIEW_SIDE)
            except ImportRejected as err:
                raise InvalidInput(import_refusal_text(err)) from err
            if len(self._drawn) > _PAGES_KEPT:
                self._drawn.popitem(last=False)
        self._drawn.move_to_end(page)
        return self._drawn[page]

    def close(self) -> None:
        self._pages.close()
        self._drawn.clear()


def open_source_preview(
    path: Path,
    sha256: str,
    places: Mapping[int, LinePlace],
    source_lines: Sequence[str],
    limits: ImportLimits | None = None,
) -> SourcePreviewer | None:
    """A previewer for the imported *path*, or None when the source has no pages to show.

    None for a Word, Excel or text file, and for a file changed since it was read (*sha256*);
    a text-layer PDF's lines are found on its pages here, a scan's were placed when read.
    """
    limits = limits or ImportLimits()
    data = _unchanged_bytes(path, sha256, limits)
    if data is None:
        return None
    try:
        kind = sniff(data, path.name)
        if kind == IMAGE:
            return SourcePreviewer(PicturePreviewPages(data, limits), places)
        if kind != PDF:
            return None
        if not places:
            places = text_line_places(data, source_lines, limits.max_pdf_pages)
        return SourcePreviewer(PdfPreviewPages(data, limits), places)
    except ImportRejected:
        return None


def _unchanged_bytes(path: Path, sha256: str, limits: ImportLimits) -> bytes | None:
    try:
        if path.stat().st_size > limits.max_file_bytes:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def page_label(preview: SourcePreview) -> str:
    """ "Trang 2", as the review shows above the picture."""
    return _("Trang {page}").format(page=preview.page)
