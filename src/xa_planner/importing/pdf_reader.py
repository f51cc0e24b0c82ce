"""Read the text layer of a PDF with pypdf, task tables by position; a scan is recognised, a locked file refused."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_line
from xa_planner.importing.ocr_reader import read_scanned_pdf
from xa_planner.importing.pdf_table_rows import PageItem
from xa_planner.importing.pdf_tables import PdfTablePages
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.importing.reading_progress import NO_PROGRESS, ReadingProgress
from xa_planner.importing.source_document import SourceDocument

_MIN_CHARS_PER_PAGE = 15
_MAX_FORMS, _MAX_FORM_DEPTH = 200, 3


def _broken() -> ImportRejected:
    return ImportRejected(ImportRefusal.PDF_BROKEN)


def _locked() -> ImportRejected:
    return ImportRejected(ImportRefusal.PDF_LOCKED)


def _open(data: bytes) -> PdfReader:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as err:  # pypdf raises many error types for damaged files
        raise _broken() from err
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise _locked()
        except ImportRejected:
            raise
        except Exception as err:  # pypdf raises many types for unsupported or broken encryption
            raise _locked() from err
    return reader


def _page_text(pages, index: int) -> str:
    """One page's text; a damaged page reads as empty rather than failing the whole file."""
    try:
        return pages[index].extract_text() or ""
    except Exception:  # pypdf raises many error types for damaged content streams
        return ""


def _page_bytes(pages, index: int) -> int | None:
    """The size of a page's drawing instructions, its own and its forms' (pypdf decodes them
    within its limits, pdfminer without any); None when they cannot be read."""
    try:
        page = pages[index]
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        return size + _forms_bytes(page.get("/Resources"), depth=0)
    except Exception:  # pypdf raises many error types for damaged or oversized streams
        return None


def _forms_bytes(resources, depth: int) -> int:
    """The decoded size of the forms (drawings reused by reference) a page draws, a few levels deep."""
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if resources is not None else None
    if xobjects is None or depth > _MAX_FORM_DEPTH:
        return 0
    size = 0
    for reference in list(xobjects.get_object().values())[:_MAX_FORMS]:
        form = reference.get_object()
        if form.get("/Subtype") == "/Form":
            size += len(form.get_data()) + _forms_bytes(form.get("/Resources"), depth + 1)
    return size


def read_pdf(
    data: bytes, limits: ImportLimits, deadline: Deadline, progress: ReadingProgress = NO_PROGRESS
) -> SourceDocument:
    """The text lines of every page (pages beyond the limit dropped with a warning); a scan is recognised."""
    reader = _open(data)
    document = SourceDocument()
    try:
        pages = reader.pages
        count = len(pages)
    except Exception as err:  # a damaged page tree
        raise _broken() from err
    if count > limits.max_pdf_pages:
        document.warnings.append(
            ParsedWarning.of(PlanWarning.PDF_PAGES_LIMITED, limit=limits.max_pdf_pages)
        )
    letters = rows = 0
    tables = PdfTablePages(data, limits.max_cells_per_row)
    for index in range(min(count, limits.max_pdf_pages)):
        deadline.check()
        text = _page_text(pages, index)
        letters += sum(ch.isalpha() for ch in text)
        rows += _add_page(document, text, tables.page_items(index, text, _page_bytes(pages, index)))
        if rows > limits.max_rows:
            raise ImportRejected(ImportRefusal.TOO_MANY_TABLE_ROWS, limit=limits.max_rows)
    if letters < _MIN_CHARS_PER_PAGE * max(1, min(count, 3)):  # no text layer: a scan
        return read_scanned_pdf(data, limits, deadline, progress)
    document.warnings.extend(tables.warnings)
    return document


def _add_page(document: SourceDocument, text: str, items: list[PageItem] | None) -> int:
    """One page: its plain text lines, or its lines and table rows when it holds a table; the rows added."""
    if items is None:
        for line in text.splitlines():
            document.add_text(clean_line(line))
        return 0
    for item in items:
        if item.cells is None:
            document.add_text(clean_line(item.text))
        else:
            document.add_row(list(item.cells))
    return sum(item.cells is not None for item in items)
