"""Read the DATA sheet of a commune's monthly report workbook (untrusted) into plain records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.ooxml_archive import WORKBOOK, SafeArchive
from xa_planner.importing.sheet_cells import cell_text
from xa_planner.importing.xlsx_workbook import open_workbook, present_cells, sheet_rows

DATA_SHEET = "DATA"
SCHEMA_PREFIX = "xa_planner.monthly_report/"
SUPPORTED_SCHEMA = 1
REQUIRED_COLUMNS = ("schema", "record_type", "commune", "month")
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
    return ImportRejected(ImportRefusal.REPORT_FOREIGN)


def read_report_file(path: Path, limits: ImportLimits | None = None) -> ReportData:
    """Read *path*; ImportRejected (a refusal code) for anything that is not a usable report file."""
    limits = limits or ImportLimits()
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise ImportRejected(ImportRefusal.REPORT_TOO_BIG)
        data = path.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise ImportRejected(ImportRefusal.FILE_UNREADABLE, reason=reason) from err
    return read_report_data(data, limits)


def read_report_data(data: bytes, limits: ImportLimits | None = None) -> ReportData:
    limits = limits or ImportLimits()
    archive = SafeArchive(data, limits)
    if not archive.has(WORKBOOK):
        raise _foreign()
    workbook = open_workbook(archive)
    try:
        if DATA_SHEET not in workbook.sheetnames:
            raise _foreign()
        rows = _sheet_rows(workbook[DATA_SHEET], limits)
    finally:
        workbook.close()
    return _report(rows)


def _sheet_rows(sheet: Any, limits: ImportLimits) -> list[list[str]]:
    deadline = Deadline(limits.time_budget_seconds)
    return [
        [cell_text(cell.value) for cell in present_cells(row)]
        for row in sheet_rows(sheet, limits, deadline, limits.max_rows)
    ]


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
        raise ImportRejected(ImportRefusal.REPORT_INCOMPLETE)
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
        raise ImportRejected(ImportRefusal.REPORT_NEWER)


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
