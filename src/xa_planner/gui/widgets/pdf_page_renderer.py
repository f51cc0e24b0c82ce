"""Our own PDFs as page images (pypdfium2 → QImage), for the print preview and for printing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from xa_planner.services.plan_export_service import PDFIUM_LOCK

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 300.0

# PDFium is not thread-safe: the preview, a print job and the scan reader share one lock.
_pdfium_lock = PDFIUM_LOCK


def page_count(pdf_path: Path) -> int:
    with _pdfium_lock:
        document = pdfium.PdfDocument(str(pdf_path))
        try:
            return len(document)
        finally:
            document.close()


def render_pages(pdf_path: Path, dpi: float) -> list[QImage]:
    """Every page of *pdf_path* as an image at *dpi* (safe to call off the GUI thread)."""
    return [render_page(pdf_path, index, dpi) for index in range(page_count(pdf_path))]


def render_page(pdf_path: Path, index: int, dpi: float) -> QImage:
    """Page *index* (from 0) at *dpi*, white background, as a QImage that owns its pixels."""
    with _pdfium_lock:
        document = pdfium.PdfDocument(str(pdf_path))
        try:
            page = document[index]
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA,
                rev_byteorder=True,
            )
            image = _to_qimage(bitmap)
            bitmap.close()
            page.close()
            return image
        finally:
            document.close()


def _to_qimage(bitmap) -> QImage:
    # The QImage only borrows PDFium's buffer; copy() gives it pixels of its own before
    # the bitmap is closed.
    view = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBA8888
    )
    return view.copy()


def print_pdf(pdf_path: Path, printer: QPrinter, max_dpi: float = MAX_PRINT_DPI) -> int:
    """Paint every page of *pdf_path* on *printer*, each page in its own orientation.

    Rendering at the printer's resolution (capped: a 1200 dpi A4 page would need half a
    gigabyte) keeps the text sharp. Safe to call off the GUI thread; returns the page count.
    """
    count = page_count(pdf_path)
    dpi = min(float(printer.resolution()), max_dpi)
    printer.setFullPage(True)
    painter = QPainter()
    for index in range(count):
        image = render_page(pdf_path, index, dpi)
        printer.setPageOrientation(_orientation(image))
        if index == 0:
            if not painter.begin(printer):
                raise PrintError(printer.outputFileName())
        else:
            printer.newPage()
        full = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.drawImage(QRect(0, 0, full.width(), full.height()), image)
    painter.end()
    return count


def _orientation(image: QImage) -> QPageLayout.Orientation:
    if image.width() > image.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


class PrintError(Exception):
    """The printer (or the PDF file a test prints to) could not be opened."""
