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
_PAGES_SHOWN = 3  # a task running over more pages is shown on its first three
_PAGE_GAP = 16  # pixels of grey between two pages shown one under the other: where the paper ends
_GAP_GREY = (150, 150, 150)
_MARGIN = 0.004  # of the page: the rectangle stands a little off the letters it surrounds

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels of the page picture


@dataclass(frozen=True)
class SourcePreview:
    """The pages of the source a task was read from, one under the other, and in the picture's
    pixels a rectangle around the task's lines on each page."""

    page: int  # the first, from 1
    image: Image.Image  # RGB; each page's longest side PREVIEW_SIDE at most
    boxes: tuple[Box, ...]  # one a page, top to bottom
    last_page: int


def task_box(places: Sequence[LinePlace], width: int, height: int) -> Box:
    """The rectangle around every line in *places* (one page), in pixels of a *width* × *height* picture."""
    left = max(0.0, min(p.left for p in places) - _MARGIN)
    top = max(0.0, min(p.top for p in places) - _MARGIN)
    right = min(1.0, max(p.right for p in places) + _MARGIN)
    bottom = min(1.0, max(p.bottom for p in places) + _MARGIN)
    return (round(left * width), round(top * height), round(right * width), round(bottom * height))


def upright_place(place: LinePlace) -> LinePlace:
    """*place* on its page stood upright: the page turned its quarter turns counter-clockwise."""
    left, top, right, bottom = place.left, place.top, place.right, place.bottom
    for _turn in range(place.quarter_turns % 4):  # a quarter turn: (x, y) goes to (y, 1 - x)
        left, top, right, bottom = top, 1 - right, bottom, 1 - left
    return LinePlace(place.page, left, top, right, bottom)


def places_by_page(places: Mapping[int, LinePlace], lines: tuple[int, int]) -> dict[int, list[LinePlace]]:
    """The places of the task's lines (*lines*: first, last, 1-based), page by page in order."""
    found: dict[int, list[LinePlace]] = {}
    for number in range(lines[0], max(lines) + 1):
        if number in places:
            found.setdefault(places[number].page, []).append(places[number])
    return found


def _page_turns(places: Sequence[LinePlace]) -> int:
    """The quarter turns that stand a page upright, as its lines were read (0 for a PDF's text)."""
    return places[0].quarter_turns % 4


def stacked(pictures: Sequence[Image.Image]) -> tuple[Image.Image, list[int]]:
    """The pictures one under the other, a grey band between them; and where each one's top is."""
    if len(pictures) == 1:
        return pictures[0], [0]
    width = max(picture.width for picture in pictures)
    height = sum(picture.height for picture in pictures) + _PAGE_GAP * (len(pictures) - 1)
    sheet = Image.new("RGB", (width, height), _GAP_GREY)
    tops, top = [], 0
    for picture in pictures:
        sheet.paste(picture, (0, top))
        tops.append(top)
        top += picture.height + _PAGE_GAP
    return sheet, tops


class SourcePreviewer:
    """One source file opened for the review; pages are drawn when a task on them is chosen."""

    def __init__(self, pages: PreviewPages, places: Mapping[int, LinePlace]) -> None:
        self._pages = pages
        self._places = places
        self._drawn: OrderedDict[int, Image.Image] = OrderedDict()

    def preview(self, lines: tuple[int, int]) -> SourcePreview | None:
        """The pages and rectangles for a task over source *lines*; None when its lines have no place.

        A task running onto the next page is shown on both, one under the other, framed on each.
        Raises InvalidInput when a page can no longer be drawn.
        """
        by_page = places_by_page(self._places, lines)
        pages = [page for page in by_page if page <= self._pages.count][:_PAGES_SHOWN]
        if not pages:
            return None
        # A page scanned or photographed on its side is shown upright, as the officer reads it.
        pictures = [self._page_image(page, _page_turns(by_page[page])) for page in pages]
        image, tops = stacked(pictures)
        boxes = tuple(
            _lowered(task_box([upright_place(p) for p in by_page[page]], picture.width, picture.height), top)
            for page, picture, top in zip(pages, pictures, tops, strict=True)
        )
        return SourcePreview(pages[0], image, boxes, pages[-1])

    def _page_image(self, page: int, quarter_turns: int) -> Image.Image:
        """The page drawn, stood upright by *quarter_turns* counter-clockwise."""
        if page not in self._drawn:
            try:
                picture = self._pages.page(page - 1, PREVIEW_SIDE)
            except ImportRejected as err:
                raise InvalidInput(import_refusal_text(err)) from err
            self._drawn[page] = picture.rotate(90 * quarter_turns, expand=True) if quarter_turns else picture
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


def _lowered(box: Box, top: int) -> Box:
    left, upper, right, lower = box
    return (left, upper + top, right, lower + top)


def page_label(preview: SourcePreview) -> str:
    """ "Trang 2", or "Trang 2–3" for a task running onto the next page, above the picture."""
    if preview.last_page > preview.page:
        return _("Trang {first}–{last}").format(first=preview.page, last=preview.last_page)
    return _("Trang {page}").format(page=preview.page)
