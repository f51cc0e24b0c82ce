"""Read the sheets of an .xlsx appendix into table rows, streaming each sheet's XML."""

from __future__ import annotations

from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.ooxml_archive import SafeArchive, xml_error
from xa_planner.importing.source_document import SourceDocument
from xa_planner.importing.xlsx_cells import S, row_values, shared_strings, sheet_paths
from xa_planner.localization import _


def _read_sheet(
    archive: SafeArchive, path: str, shared: list[str], state: dict, document: SourceDocument
) -> None:
    try:
        for _event, element in archive.iterparse(path):
            if element.tag != f"{S}row":
                continue
            state["rows"] += 1
            if state["rows"] > state["limits"].max_rows:
                raise ImportRejected(
                    _("Bảng tính có quá nhiều dòng (tối đa {limit}).").format(
                        limit=state["limits"].max_rows
                    )
                )
            if state["rows"] % 256 == 0:
                state["deadline"].check()
            values = row_values(element, shared, state["limits"].max_cells_per_row, clean_cell)
            element.clear()
            if any(values):
                document.add_row(values)
    except (DefusedXmlException, ParseError) as err:
        raise xml_error(err) from err


def read_xlsx(archive: SafeArchive, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Every non-empty row of every sheet, each sheet introduced by its name."""
    shared = shared_strings(archive)
    document = SourceDocument()
    state = {"rows": 0, "limits": limits, "deadline": deadline}
    for name, path in sheet_paths(archive):
        document.add_text(clean_line(name))
        _read_sheet(archive, path, shared, state, document)
    return document
