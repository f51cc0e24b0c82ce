"""Read the sheets of an .xlsx appendix into table rows, streaming each sheet's XML."""

from __future__ import annotations

import posixpath
import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.ooxml_archive import SafeArchive, xml_error
from xa_planner.importing.source_document import SourceDocument
from xa_planner.localization import _

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORKBOOK = "xl/workbook.xml"
_COLUMN = re.compile(r"^([A-Z]{1,3})")


def _column_index(reference: str) -> int:
    match = _COLUMN.match(reference or "")
    if not match:
        return -1
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _shared_strings(archive: SafeArchive) -> list[str]:
    if not archive.has("xl/sharedStrings.xml"):
        return []
    root = archive.xml("xl/sharedStrings.xml")
    return [
        "".join(t.text or "" for t in si.iter(f"{S}t") if _not_phonetic(si, t))
        for si in root.iter(f"{S}si")
    ]


def _not_phonetic(si: Element, t: Element) -> bool:
    return all(t not in list(rph.iter()) for rph in si.iter(f"{S}rPh"))


def _sheet_paths(archive: SafeArchive) -> list[tuple[str, str]]:
    """(sheet name, member path) in workbook order."""
    workbook = archive.xml(WORKBOOK)
    targets = {}
    rels_name = "xl/_rels/workbook.xml.rels"
    if archive.has(rels_name):
        for rel in archive.xml(rels_name).iter(f"{REL}Relationship"):
            target = rel.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[rel.get("Id", "")] = path
    sheets = []
    for sheet in workbook.iter(f"{S}sheet"):
        path = targets.get(sheet.get(f"{R}id", ""), "")
        if archive.has(path):
            sheets.append((sheet.get("name", ""), path))
    return sheets


def _cell_value(cell: Element, shared: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{S}t"))
    value = cell.find(f"{S}v")
    text = value.text if value is not None and value.text else ""
    if kind == "s":
        return shared[int(text)] if text.isdigit() and int(text) < len(shared) else ""
    if kind == "n" and re.fullmatch(r"-?\d+\.0+", text):
        return text.split(".")[0]
    return text


def _row_values(row: Element, shared: list[str], limits: ImportLimits) -> list[str]:
    cells: list[str] = []
    for position, cell in enumerate(row.findall(f"{S}c")):
        index = _column_index(cell.get("r", ""))
        index = position if index < 0 else index
        if index >= limits.max_cells_per_row:
            break
        cells.extend([""] * (index - len(cells)))
        if index == len(cells):
            cells.append(clean_cell(_cell_value(cell, shared)))
    return cells


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
            values = _row_values(element, shared, state["limits"])
            element.clear()
            if any(values):
                document.add_row(values)
    except (DefusedXmlException, ParseError) as err:
        raise xml_error(err) from err


def read_xlsx(archive: SafeArchive, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Every non-empty row of every sheet, each sheet introduced by its name."""
    shared = _shared_strings(archive)
    document = SourceDocument()
    state = {"rows": 0, "limits": limits, "deadline": deadline}
    for name, path in _sheet_paths(archive):
        document.add_text(clean_line(name))
        _read_sheet(archive, path, shared, state, document)
    return document
