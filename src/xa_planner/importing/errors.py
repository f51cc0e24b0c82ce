"""The one error raised for any file the importer cannot read: a refusal code and its data."""

from __future__ import annotations

import enum

RefusalValue = str | int | float


class ImportRefusal(enum.StrEnum):
    """Why a file cannot be imported; services.import_refusal_texts words each one."""

    # any file the importer reads
    EMPTY = "empty"
    FILE_TOO_BIG = "file_too_big"  # size, limit (MB)
    CANNOT_OPEN = "cannot_open"  # name: the file could not be opened at all
    FILE_UNREADABLE = "file_unreadable"  # reason: the system's words for a failed read
    UNREADABLE_CONTENT = "unreadable_content"  # name: the last guard against anything unforeseen
    TOO_COMPLEX = "too_complex"  # nested too deep to read
    TOO_SLOW = "too_slow"  # seconds: the reading's time budget ran out
    TOO_MUCH_TEXT = "too_much_text"  # count, limit (characters)
    TOO_MANY_SHEET_ROWS = "too_many_sheet_rows"  # limit
    TOO_MANY_TABLE_ROWS = "too_many_table_rows"  # limit
    CANCELLED = "cancelled"  # the officer stopped the reading
    # kinds of file
    NOT_TEXT = "not_text"
    PASSWORD_PROTECTED = "password_protected"
    OLD_OFFICE_UNKNOWN = "old_office_unknown"
    RTF = "rtf"
    HEIC = "heic"
    ZIP_BROKEN = "zip_broken"
    ARCHIVE_NOT_OFFICE = "archive_not_office"
    ARCHIVE_CORRUPT = "archive_corrupt"
    ARCHIVE_BOMB = "archive_bomb"
    DANGEROUS_XML = "dangerous_xml"
    XLS_BROKEN = "xls_broken"
    DOC_NEEDS_CONVERTER = "doc_needs_converter"
    DOC_CONVERSION_TOO_SLOW = "doc_conversion_too_slow"
    DOC_CONVERTED_TOO_BIG = "doc_converted_too_big"
    DOC_BROKEN = "doc_broken"
    PDF_BROKEN = "pdf_broken"
    PDF_LOCKED = "pdf_locked"
    # scans and pictures
    IMAGE_BROKEN = "image_broken"
    IMAGE_TOO_BIG = "image_too_big"  # limit (millions of pixels)
    NO_TEXT_IN_SCAN = "no_text_in_scan"
    TESSERACT_MISSING = "tesseract_missing"
    TESSERACT_NO_VIETNAMESE = "tesseract_no_vietnamese"
    PREVIEW_UNAVAILABLE = "preview_unavailable"  # a page of the source cannot be drawn
    # an office's returned sheet
    SHEET_NOT_XLSX = "sheet_not_xlsx"
    SHEET_TOO_BIG = "sheet_too_big"  # size, limit (MB)
    SHEET_TOO_MANY_CELLS = "sheet_too_many_cells"
    SHEET_DAMAGED = "sheet_damaged"
    SHEET_IDENTIFICATION_DAMAGED = "sheet_identification_damaged"
    SHEET_NOT_EXPORTED = "sheet_not_exported"
    SHEET_NO_TASK_TABLE = "sheet_no_task_table"
    # a commune's monthly report file
    REPORT_TOO_BIG = "report_too_big"
    REPORT_FOREIGN = "report_foreign"
    REPORT_INCOMPLETE = "report_incomplete"
    REPORT_NEWER = "report_newer"
    # the province's indicator workbook
    WORKBOOK_TOO_BIG = "workbook_too_big"
    WORKBOOK_FOREIGN = "workbook_foreign"  # name
    WORKBOOK_WITHOUT_SHEET = "workbook_without_sheet"  # name


class ImportRejected(Exception):
    """A file that cannot be imported: *code* names the refusal, *params* the data it quotes.

    The sentence is not held here: services.import_refusal_texts words it in the language of
    the moment it is shown. ``str(err)`` is the code and data, for logs only.
    """

    def __init__(self, code: ImportRefusal, **params: RefusalValue) -> None:
        super().__init__(code)
        self.code = code
        self.params: tuple[tuple[str, RefusalValue], ...] = tuple(sorted(params.items()))

    def __str__(self) -> str:
        data = ", ".join(f"{key}={value!r}" for key, value in self.params)
        return f"{self.code.value} ({data})" if data else self.code.value
