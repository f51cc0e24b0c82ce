"""Read a scanned plan (an image-only PDF, a photo, a multi-page TIFF) with Tesseract, page by page."""

from __future__ import annotations

import io
import os
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, replace

from PIL import Image

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_line
from xa_planner.importing.ocr_lines import (
    OcrLine,
    lines_from_tsv,
    mean_confidence,
    repair_heading_numbers,
    sideways_turns,
)
from xa_planner.importing.page_deskew import deskewed, leveling_angle
from xa_planner.importing.page_turns import PageTurn
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.importing.reading_progress import NO_PROGRESS, ReadingProgress
from xa_planner.importing.scan_pages import PageImage, PdfScanPages, PictureScanPages, ScanPages
from xa_planner.importing.source_document import SourceDocument
from xa_planner.importing.tesseract_engine import (
    TesseractEngine,
    find_engine,
    page_turn,
    recognise_tsv,
)

# Each Tesseract process uses one core; two pages at a time keep a two-core PC busy, not swamped.
_PAGES_AT_ONCE = max(1, min(2, os.cpu_count() or 1))
_DOUBTFUL_CONFIDENCE = 70.0  # an upright page of print scores about 90; a sideways one under 50


@dataclass(frozen=True)
class PageText:
    """What one page gave: its lines, the size of the page as stored and the turns before recognition."""

    lines: list[OcrLine]
    width: int
    height: int
    turns: tuple[PageTurn, ...] = ()  # the line boxes are on the page after these turns


@dataclass(frozen=True)
class _Job:
    """What recognising a page needs besides the page itself."""

    engine: TesseractEngine
    limits: ImportLimits
    progress: ReadingProgress


def _pnm(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")  # uncompressed: no time lost encoding for another process
    return buffer.getvalue()


def _recognise_page(job: _Job, page: PageImage) -> PageText | None:
    """The page's lines, or None when Tesseract took too long or failed on it.

    A page read with little confidence, or whose lines run down it, may lie sideways or upside
    down (a photo sent without its orientation, a landscape table scanned upright): it is turned
    the way Tesseract's orientation model says and read again. (Read on its side, a page loses
    words where its lines break.)
    """
    turns: list[PageTurn] = []
    image = _levelled(page.image, turns)
    seconds = job.limits.ocr_page_seconds
    tsv = recognise_tsv(job.engine, _pnm(image), page.dpi, seconds, job.progress)
    if tsv is not None and _may_lie_turned(tsv):
        turn = page_turn(job.engine, _pnm(image), seconds, job.progress)
        if turn:
            turns.append(PageTurn(-turn, image.width, image.height))
            image = _levelled(image.rotate(-turn, expand=True), turns)
            tsv = recognise_tsv(job.engine, _pnm(image), page.dpi, seconds, job.progress)
    if tsv is None:
        return None
    return PageText(lines_from_tsv(tsv), page.image.width, page.image.height, tuple(turns))


def _may_lie_turned(tsv: str) -> bool:
    confidence = mean_confidence(tsv)
    if confidence == 0:  # blank: nothing to turn
        return False
    return confidence < _DOUBTFUL_CONFIDENCE or sideways_turns(lines_from_tsv(tsv)) != 0


def _levelled(image: Image.Image, turns: list[PageTurn]) -> Image.Image:
    """*image* deskewed; the turn is noted so the line boxes can be put back on the page as stored."""
    angle = leveling_angle(image)
    if angle:
        turns.append(PageTurn(angle, image.width, image.height))
    return deskewed(image, angle)


def _recognised_pages(pages: ScanPages, total: int, job: _Job):
    """Each page's PageText (or None) in page order; pages render here, recognition runs alongside."""
    pool = ThreadPoolExecutor(_PAGES_AT_ONCE, thread_name_prefix="ocr")
    try:
        waiting: deque[Future[PageText | None]] = deque()
        for index in range(total):
            job.progress.check()
            waiting.append(pool.submit(_recognise_page, job, pages.page(index)))
            if len(waiting) >= _PAGES_AT_ONCE:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _add_page(document: SourceDocument, number: int, page: PageText) -> None:
    """The page's lines; a blank line before each new paragraph, as a text export would have it."""
    places = [line.place(number, page.width, page.height, page.turns) for line in page.lines]
    # A page Tesseract read lying on its side, as it was (no turn of ours): how to stand it up.
    upright = 0 if any(p.quarter_turns for p in places) else sideways_turns(page.lines)
    if upright:
        places = [replace(place, quarter_turns=upright) for place in places]
    paragraph = None
    for line, place in zip(page.lines, places, strict=True):
        if paragraph is not None and line.paragraph != paragraph:
            document.add_text("")
        paragraph = line.paragraph
        document.add_text(clean_line(line.text), place)
    document.add_text("")


def read_scan(
    pages: ScanPages, limits: ImportLimits, deadline: Deadline, progress: ReadingProgress = NO_PROGRESS
) -> SourceDocument:
    """The recognised lines of every page (up to the limit), each with its page and box."""
    engine = find_engine()
    total = min(pages.count, limits.max_ocr_pages)
    document = SourceDocument()
    if pages.count > total:
        document.warnings.append(ParsedWarning.of(PlanWarning.SCAN_PAGES_LIMITED, limit=total))
    progress.report(0, total)  # the caller can show the scan's size before the first page ends
    started = time.monotonic()
    # closing(): a stop or an error ends the pages still being read now, not when collected.
    with closing(_recognised_pages(pages, total, _Job(engine, limits, progress))) as recognised:
        for number, page in enumerate(recognised, 1):
            if page is None:
                document.warnings.append(
                    ParsedWarning.of(PlanWarning.SCAN_PAGE_SKIPPED, page=number)
                )
            else:
                _add_page(document, number, page)
            progress.report(number, total)
            progress.check()  # the next page may be done already: a cancel still wins
    deadline.extend(time.monotonic() - started)  # recognition is bounded per page instead
    if not any(line.strip() for line in document.lines):
        raise ImportRejected(ImportRefusal.NO_TEXT_IN_SCAN)
    return _with_heading_numbers_repaired(document)


def _with_heading_numbers_repaired(document: SourceDocument) -> SourceDocument:
    repaired = SourceDocument(warnings=list(document.warnings), places=dict(document.places))
    for text in repair_heading_numbers(document.lines):
        repaired.add_text(text)
    return repaired


def read_scanned_pdf(
    data: bytes, limits: ImportLimits, deadline: Deadline, progress: ReadingProgress = NO_PROGRESS
) -> SourceDocument:
    """An image-only PDF read by recognising each page."""
    pages = PdfScanPages(data)
    try:
        return read_scan(pages, limits, deadline, progress)
    finally:
        pages.close()


def read_picture(
    data: bytes, limits: ImportLimits, deadline: Deadline, progress: ReadingProgress = NO_PROGRESS
) -> SourceDocument:
    """A photo or scanned image file (every frame of a multi-page TIFF) read by recognition."""
    pages = PictureScanPages(data, limits)
    try:
        return read_scan(pages, limits, deadline, progress)
    finally:
        pages.close()
