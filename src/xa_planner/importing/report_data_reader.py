"""Read the DATA sheet of a commune's monthly report workbook (untrusted) into plain records."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.ooxml_archive import SafeArchive, xml_error
from xa_planner.localization import _

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DATA_SHEET = "DATA"
SCHEMA_PREFIX = "xa_planner.monthly_report/"
SUPPORTED_SCHEMA = 1
REQUIRED_COLUMNS = ("schema", "record_type", "commune", "month")
_COLUMN = re.compile(r"^([A-Z]{1,3})")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class TaskRecord:
    ref: str
    lead_office: str
    due: str
    status_class: str


@dataclass(frozen=True)
class IndicatorRecord:
    name: str
    kind: str
    unit: str
    value: float | None
    assigned_level: float | None
    met: bool | None
    margin: float | None
    cumulative: bool


@dataclass(frozen=True)
class ReportData:
    """One commune's month as its report workbook states it."""

    commune: str
    province: str
    month: str
    deadline: str
    prepared_on: str
    tasks: tuple[TaskRecord, ...]
    indicators: tuple[IndicatorRecord, ...]


def _foreign() -> ImportRejected:
    return ImportRejected(
        _("Tệp không phải tệp số liệu báo cáo tháng của ứng dụng (không có trang DATA hợp lệ).")
    )


def read_report_file(path: Path, limits: ImportLimits | None = None) -> ReportData:
    """Read *path*; ImportRejected (one sentence) for anything that is not a usable report file."""
    limits = limits or ImportLimits()
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise ImportRejected(_("Tệp quá lớn để là một báo cáo tháng."))
        data = path.read_bytes()
    except OSError as err:
        raise ImportRejected(
            _("Không đọc được tệp: {reason}").format(reason=err.strerror or err)
        ) from err
    return read_report_data(data, limits)


def read_report_data(data: bytes, limits: ImportLimits | None = None) -> ReportData:
    limits = limits or ImportLimits()
    archive = SafeArchive(data, limits)
    if not archive.has("xl/workbook.xml"):
        raise _foreign()
    path = _data_sheet_path(archive)
    if path is None:
        raise _foreign()
    rows = _sheet_rows(archive, path, _shared_strings(archive), limits)
    return _report(rows)


def _shared_strings(archive: SafeArchive) -> list[str]:
    if not archive.has("xl/sharedStrings.xml"):
        return []
    root = archive.xml("xl/sharedStrings.xml")
    return ["".join(t.text or "" for t in si.iter(f"{S}t")) for si in root.iter(f"{S}si")]


def _data_sheet_path(archive: SafeArchive) -> str | None:
    rels_name = "xl/_rels/workbook.xml.rels"
    if not archive.has(rels_name):
        return None
    targets = {}
    for rel in archive.xml(rels_name).iter(f"{REL}Relationship"):
        target = rel.get("Target", "")
        full = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id", "")] = posixpath.normpath(full)
    for sheet in archive.xml("xl/workbook.xml").iter(f"{S}sheet"):
        if sheet.get("name", "") == DATA_SHEET:
            path = targets.get(sheet.get(f"{R}id", ""), "")
            return path if archive.has(path) else None
    return None


def _column_index(reference: str) -> int:
    match = _COLUMN.match(reference or "")
    if not match:
        return -1
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _cell_text(cell, shared: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{S}t"))
    value = cell.find(f"{S}v")
    text = value.text if value is not None and value.text else ""
    if kind == "s":
        return shared[int(text)] if text.isdigit() and int(text) < len(shared) else ""
    return text


def _sheet_rows(archive: SafeArchive, path: str, shared: list[str], limits: ImportLimits):
    deadline, rows = Deadline(limits.time_budget_seconds), []
    try:
        for _event, element in archive.iterparse(path):
            if element.tag != f"{S}row":
                continue
            if len(rows) >= limits.max_rows:
                raise ImportRejected(
                    _("Bảng tính có quá nhiều dòng (tối đa {limit}).").format(limit=limits.max_rows)
                )
            if len(rows) % 256 == 0:
                deadline.check()
            rows.append(_row(element, shared, limits.max_cells_per_row))
            element.clear()
    except (DefusedXmlException, ParseError) as err:
        raise xml_error(err) from err
    return rows


def _row(element, shared: list[str], max_cells: int) -> list[str]:
    cells: list[str] = []
    for position, cell in enumerate(element.findall(f"{S}c")):
        index = _column_index(cell.get("r", ""))
        index = position if index < 0 else index
        if index >= max_cells:
            break
        cells.extend([""] * (index - len(cells)))
        if index == len(cells):
            cells.append(_cell_text(cell, shared).strip())
    return cells


def _report(rows: list[list[str]]) -> ReportData:
    if not rows:
        raise _foreign()
    header = {name: i for i, name in enumerate(rows[0]) if name}
    if any(column not in header for column in REQUIRED_COLUMNS):
        raise _foreign()
    records = [{k: (r[i] if i < len(r) else "") for k, i in header.items()} for r in rows[1:]]
    heads = [r for r in records if r["record_type"] == "report"]
    if len(heads) != 1:
        raise _foreign()
    head = heads[0]
    _check_schema(head["schema"])
    if not head["commune"] or not _MONTH.match(head["month"]):
        raise ImportRejected(_("Tệp báo cáo thiếu tên xã hoặc tháng báo cáo."))
    return ReportData(
        commune=head["commune"],
        province=head.get("province", ""),
        month=head["month"],
        deadline=head.get("deadline", ""),
        prepared_on=head.get("prepared_on", ""),
        tasks=tuple(_task(r) for r in records if r["record_type"] == "task"),
        indicators=tuple(_indicator(r) for r in records if r["record_type"] == "indicator"),
    )


def _check_schema(schema: str) -> None:
    if not schema.startswith(SCHEMA_PREFIX):
        raise _foreign()
    version = schema[len(SCHEMA_PREFIX) :]
    if not version.isdigit() or int(version) > SUPPORTED_SCHEMA:
        raise ImportRejected(
            _("Tệp báo cáo do phiên bản mới hơn của ứng dụng tạo ra; hãy cập nhật ứng dụng.")
        )


def _task(record: dict) -> TaskRecord:
    return TaskRecord(
        record.get("task_ref", ""),
        record.get("lead_office", ""),
        record.get("due", ""),
        record.get("status_class", ""),
    )


def _number(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _indicator(record: dict) -> IndicatorRecord:
    met = {"yes": True, "no": False}.get(record.get("met", ""))
    return IndicatorRecord(
        name=record.get("indicator", ""),
        kind=record.get("indicator_kind", ""),
        unit=record.get("unit", ""),
        value=_number(record.get("value", "")),
        assigned_level=_number(record.get("assigned_level", "")),
        met=met,
        margin=_number(record.get("margin", "")),
        cumulative=record.get("cumulative", "") == "yes",
    )
