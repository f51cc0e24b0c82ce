"""The low-level parts of an .xlsx file every reader needs: its sheets, shared strings, cells."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from xml.etree.ElementTree import Element

from xa_planner.importing.ooxml_archive import SafeArchive

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORKBOOK = "xl/workbook.xml"
_COLUMN = re.compile(r"^([A-Z]{1,3})")


def column_index(reference: str) -> int:
    """ "C7" → 2; -1 when the reference has no column letters."""
    match = _COLUMN.match(reference or "")
    if not match:
        return -1
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def shared_strings(archive: SafeArchive) -> list[str]:
    """The workbook's shared strings, without the phonetic (ruby) runs."""
    if not archive.has("xl/sharedStrings.xml"):
        return []
    root = archive.xml("xl/sharedStrings.xml")
    return [
        "".join(t.text or "" for t in si.iter(f"{S}t") if _not_phonetic(si, t))
        for si in root.iter(f"{S}si")
    ]


def _not_phonetic(si: Element, t: Element) -> bool:
    return all(t not in list(rph.iter()) for rph in si.iter(f"{S}rPh"))


def sheet_paths(archive: SafeArchive) -> list[tuple[str, str]]:
    """(sheet name, member path) in workbook order, for the sheets that exist."""
    targets = {}
    rels_name = "xl/_rels/workbook.xml.rels"
    if archive.has(rels_name):
        for rel in archive.xml(rels_name).iter(f"{REL}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[rel.get("Id", "")] = posixpath.normpath(path)
    sheets = []
    for sheet in archive.xml(WORKBOOK).iter(f"{S}sheet"):
        path = targets.get(sheet.get(f"{R}id", ""), "")
        if archive.has(path):
            sheets.append((sheet.get("name", ""), path))
    return sheets


def cell_value(cell: Element, shared: list[str]) -> str:
    """A cell's value as text; whole numbers written as "12.0" come back as "12"."""
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


def row_values(
    row: Element, shared: list[str], max_cells: int, clean: Callable[[str], str] = str.strip
) -> list[str]:
    """A row's cells in column order, gaps filled with "", at most *max_cells*."""
    cells: list[str] = []
    for position, cell in enumerate(row.findall(f"{S}c")):
        index = column_index(cell.get("r", ""))
        index = position if index < 0 else index
        if index >= max_cells:
            break
        cells.extend([""] * (index - len(cells)))
        if index == len(cells):
            cells.append(clean(cell_value(cell, shared)))
    return cells
