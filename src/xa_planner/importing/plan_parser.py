"""Read an untrusted plan file into a ParsedPlan: pick the reader, then find the document facts and tasks."""

from __future__ import annotations

import logging
from pathlib import Path

from xa_planner.importing.doc_converter import convert_doc
from xa_planner.importing.document_header import read_document_info
from xa_planner.importing.docx_reader import DOCUMENT, read_docx
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.file_sniffer import (
    DOC,
    IMAGE,
    PDF,
    TEXT,
    XLS,
    ZIP,
    extension,
    sniff,
)
from xa_planner.importing.limits import MB, Deadline, ImportLimits, check_text_size
from xa_planner.importing.ocr_reader import read_picture
from xa_planner.importing.ooxml_archive import WORKBOOK, SafeArchive
from xa_planner.importing.outline_builder import build_outline
from xa_planner.importing.paragraph_builder import build_paragraphs
from xa_planner.importing.parsed_plan import ParsedPlan
from xa_planner.importing.pdf_reader import read_pdf
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.importing.plan_warnings import plan_warnings
from xa_planner.importing.reading_progress import NO_PROGRESS, ReadingProgress
from xa_planner.importing.repeated_tasks import merge_repeated_tasks
from xa_planner.importing.source_document import SourceDocument, TextLine
from xa_planner.importing.table_extractor import TableTaskReader
from xa_planner.importing.task_builder import collect_tasks, finish_task
from xa_planner.importing.text_decoder import decode_text, legacy_converter
from xa_planner.importing.text_reader import read_text
from xa_planner.importing.xls_reader import read_xls

log = logging.getLogger(__name__)
SOFT_HYPHEN = "\u00ad"


def _check_size(size: int, limits: ImportLimits) -> None:
    if size == 0:
        raise ImportRejected(ImportRefusal.EMPTY)
    if size > limits.max_file_bytes:
        raise ImportRejected(
            ImportRefusal.FILE_TOO_BIG,
            size=round(size / MB, 1),
            limit=round(limits.max_file_bytes / MB),
        )


def _read_archive(data: bytes, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    archive = SafeArchive(data, limits)
    if archive.has(DOCUMENT):
        return read_docx(archive, limits, deadline)
    if archive.has(WORKBOOK):
        # Imported here: openpyxl is heavy, and most plans come as .docx, .pdf or text.
        from xa_planner.importing.xlsx_reader import read_xlsx

        return read_xlsx(archive, limits, deadline)
    raise ImportRejected(ImportRefusal.ARCHIVE_NOT_OFFICE)


def _read_plain(data: bytes, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    if len(data) > limits.max_text_chars * 4:  # even UTF-32 would hold too many characters
        check_text_size(len(data) // 4, limits)
    text = decode_text(data)
    check_text_size(len(text), limits)
    if not text.strip():
        raise ImportRejected(ImportRefusal.EMPTY)
    return read_text(text, limits, deadline)


def read_source(
    data: bytes,
    filename: str,
    limits: ImportLimits,
    deadline: Deadline,
    progress: ReadingProgress = NO_PROGRESS,
) -> SourceDocument:
    """The file's lines and table rows, whatever its real format; *progress* follows scans page by page."""
    kind = sniff(data, filename)
    if kind == ZIP:
        document = _read_archive(data, limits, deadline)
    elif kind == XLS:
        document = read_xls(data, limits, deadline)
    elif kind == DOC:
        document = _read_archive(convert_doc(data, limits, deadline), limits, deadline)
    elif kind == PDF:
        document = read_pdf(data, limits, deadline, progress)
    elif kind == IMAGE:
        document = read_picture(data, limits, deadline, progress)
    else:
        document = _read_plain(data, limits, deadline)
    whole_text = "\n".join(document.lines)
    check_text_size(len(whole_text), limits)
    convert = legacy_converter(whole_text) if kind in (ZIP, PDF, XLS, DOC) else None
    if convert or SOFT_HYPHEN in whole_text:
        document = document.converted(
            lambda text: (convert(text) if convert else text).replace(SOFT_HYPHEN, "")
        )
    if extension(filename) in ("docx", "xlsx", "pdf", "doc", "xls") and kind == TEXT:
        document.warnings.append(
            ParsedWarning.of(PlanWarning.PLAIN_TEXT_EXTENSION, ext=extension(filename))
        )
    return document


def interpret(document: SourceDocument, deadline: Deadline) -> ParsedPlan:
    """Document facts and tasks from the running text and from any task tables."""
    tables = TableTaskReader()
    text_lines: list[TextLine] = []
    for block in document.blocks:
        if isinstance(block, TextLine):
            text_lines.append(block)
        elif not tables.feed(block):
            text_lines.extend(
                TextLine(part, block.number) for cell in block.cells for part in cell.split("\n")
            )
    info, plan_year = read_document_info(text_lines)
    outline = build_outline(build_paragraphs(text_lines, deadline), plan_year)
    deadline.check()
    tasks = collect_tasks(outline, plan_year) + [finish_task(d, plan_year) for d in tables.drafts()]
    tasks.sort(key=lambda task: task.source_lines[0])
    tasks, merged = merge_repeated_tasks(tasks)
    warnings = list(document.warnings) + merged + plan_warnings(tasks)
    return ParsedPlan(
        document=info,
        tasks=tasks,
        source_lines=list(document.lines),
        warnings=warnings,
        source_places=dict(document.places),
    )


def parse_plan_bytes(
    data: bytes,
    filename: str,
    *,
    limits: ImportLimits | None = None,
    progress: ReadingProgress = NO_PROGRESS,
) -> ParsedPlan:
    """Parse a plan from its bytes; any unreadable input raises ImportRejected and nothing else.

    A scan reports each recognised page to *progress* and stops (ImportCancelled) when it asks.
    """
    limits = limits or ImportLimits()
    try:
        _check_size(len(data), limits)
        deadline = Deadline(limits.time_budget_seconds)
        return interpret(read_source(data, filename, limits, deadline, progress), deadline)
    except ImportRejected:
        raise
    except (MemoryError, RecursionError) as err:
        raise ImportRejected(ImportRefusal.TOO_COMPLEX) from err
    except Exception as err:  # the last guard: a hostile file must never crash the application
        log.exception("unexpected error while parsing %s", filename)
        raise ImportRejected(ImportRefusal.UNREADABLE_CONTENT, name=filename) from err


def parse_plan_file(
    path: Path, *, limits: ImportLimits | None = None, progress: ReadingProgress = NO_PROGRESS
) -> ParsedPlan:
    """Parse a plan file from disk, refusing an oversized file before reading it."""
    limits = limits or ImportLimits()
    try:
        size = path.stat().st_size
        _check_size(size, limits)
        data = path.read_bytes()
    except OSError as err:
        raise ImportRejected(ImportRefusal.CANNOT_OPEN, name=path.name) from err
    return parse_plan_bytes(data, path.name, limits=limits, progress=progress)
