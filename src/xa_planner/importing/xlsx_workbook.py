"""The one way an untrusted .xlsx is read: openpyxl, only behind the zip and XML safety checks."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.workbook.workbook import Workbook

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.ooxml_archive import SafeArchive, corrupt_archive, xml_error

# How openpyxl reports a damaged part: a missing member (KeyError), a value it cannot take
# (ValueError, TypeError, AttributeError, IndexError), malformed XML (SyntaxError, from
# ElementTree and from lxml alike) or a broken zip stream. All mean the file is damaged.
_DAMAGE = (
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    SyntaxError,
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
)


@contextmanager
def damage_refused(damaged: Callable[[], ImportRejected] = corrupt_archive) -> Iterator[None]:
    """Whatever openpyxl raises on a damaged or dangerous part becomes one ImportRejected."""
    try:
        yield
    except DefusedXmlException as err:  # before _DAMAGE: it is a ValueError too
        raise xml_error(err) from err
    except _DAMAGE as err:
        raise damaged() from err


def open_workbook(
    archive: SafeArchive,
    *,
    read_only: bool = True,
    formulas: bool = False,
    damaged: Callable[[], ImportRejected] = corrupt_archive,
) -> Workbook:
    """The checked archive as an openpyxl workbook: values only, no macros, no external links.

    *read_only* streams the sheets (merged cells are then unknown); *formulas* keeps a
    formula cell's formula instead of the value Excel last computed for it.
    """
    archive.refuse_dtds()  # openpyxl parses some parts with lxml, which takes a DTD silently
    with damage_refused(damaged):
        return openpyxl.load_workbook(
            archive.stream(),
            read_only=read_only,
            data_only=not formulas,
            keep_vba=False,
            keep_links=False,
        )


def sheet_rows(
    sheet: Any, limits: ImportLimits, deadline: Deadline, budget: int
) -> Iterator[tuple[Any, ...]]:
    """A sheet's rows of cells, at most ``max_cells_per_row`` wide, refused past *budget* rows.

    *budget* is what is left of ``max_rows`` for this sheet. Every row counts, blank ones
    too: a sheet reaching past the budget is refused even when the rows in between are empty.
    """
    with damage_refused():
        for position, row in enumerate(sheet.iter_rows(max_col=limits.max_cells_per_row)):
            if position >= budget:
                raise ImportRejected(ImportRefusal.TOO_MANY_SHEET_ROWS, limit=limits.max_rows)
            if position % 256 == 0:
                deadline.check()
            yield row


def present_cells(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A streamed row's cells up to the last one the file holds, even blank (the rest is padding)."""
    end = len(row)
    while end and row[end - 1] is EMPTY_CELL:
        end -= 1
    return row[:end]
