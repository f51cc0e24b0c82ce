"""Take the month's indicator figures from the provincial police's indicator workbook (.xlsx)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.indicator_workbook_mapping import ColumnChoice, WorkbookMapping
from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue
from xa_planner.domain.periods import Period
from xa_planner.domain.stored import StoredIndicator
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.indicator_workbook_reader import (
    IndicatorWorkbook,
    WorkbookSheet,
    read_workbook,
)
from xa_planner.importing.limits import ImportLimits
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput
from xa_planner.services.indicator_service import check_figures, refuse_locked_month
from xa_planner.services.indicator_workbook_mapping import (
    commune_row,
    parse_number,
    suggest_mapping,
)
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.storage.indicator_workbook_repository import IndicatorWorkbookRepository
from xa_planner.storage.repositories import AuditRepository, PlanRepository, ProfileRepository
from xa_planner.storage.tracking_repository import TrackingRepository

__all__ = ["ApplySummary", "ColumnChoice", "IndicatorWorkbookService", "WorkbookMapping"]

WORKBOOK_LIMITS = ImportLimits(max_file_bytes=20 * 1024 * 1024, max_rows=20_000, max_cells_per_row=200)
SOURCE = "workbook"


@dataclass(frozen=True)
class ApplySummary:
    """What one application of the workbook did: figures stored, indicators whose cells were empty."""

    commune: str
    applied: tuple[str, ...]
    skipped: tuple[str, ...]


class IndicatorWorkbookService(ServiceBase):
    def preview(self, path: Path) -> IndicatorWorkbook:
        """The workbook's sheets; ImportRejected (a refusal code) when it cannot be read."""
        path = Path(path)
        try:
            if path.stat().st_size > WORKBOOK_LIMITS.max_file_bytes:
                raise ImportRejected(ImportRefusal.WORKBOOK_TOO_BIG)
            data = path.read_bytes()
        except OSError as err:
            reason = err.strerror or str(err)
            raise ImportRejected(ImportRefusal.FILE_UNREADABLE, reason=reason) from err
        return read_workbook(data, path.name, WORKBOOK_LIMITS)

    def remembered_mapping(self) -> WorkbookMapping | None:
        with self._read() as session:
            return IndicatorWorkbookRepository(session).mapping()

    def suggest_mapping(self, workbook: IndicatorWorkbook, indicators: list[Indicator]) -> WorkbookMapping:
        """The remembered choice when it fits one of the sheets, else a guess from the headings."""
        remembered = self.remembered_mapping()
        sheet = workbook.sheet(remembered.sheet) if remembered else None
        if remembered and sheet is not None and remembered.commune_column in sheet.header:
            return remembered
        return suggest_mapping(_likeliest_sheet(workbook, indicators), indicators)

    def commune_name(self) -> str:
        with self._read() as session:
            return ProfileRepository(session).get().commune_name

    def commune_values(self, sheet: WorkbookSheet, commune_column: str) -> dict[str, str] | None:
        """The commune's row (heading → cell), or None when the sheet has no row for it."""
        return commune_row(sheet, commune_column, self.commune_name())

    def apply(
        self, path: Path, mapping: WorkbookMapping, period: Period, plan_id: int | None = None
    ) -> ApplySummary:
        """Store every mapped figure of the commune's row in one transaction and remember the choice."""
        sheet = self.preview(path).sheet(mapping.sheet)
        if sheet is None:
            raise InvalidInput(_("Bảng tính không có trang “{sheet}”.").format(sheet=mapping.sheet))
        with self._write() as session:
            tracking = TrackingRepository(session)
            refuse_locked_month(tracking, period)
            commune = ProfileRepository(session).get().commune_name
            row = commune_row(sheet, mapping.commune_column, commune)
            if row is None:
                raise InvalidInput(
                    _("Trang “{sheet}” không có dòng nào của {commune} ở cột “{column}”.").format(
                        sheet=sheet.name, commune=commune or _("xã (chưa nhập tên xã)"), column=mapping.commune_column
                    )
                )
            plan_id = plan_id if plan_id is not None else PlanRepository(session).current_id()
            indicators = {i.id: i for i in tracking.indicators(plan_id)} if plan_id is not None else {}
            values, skipped = _values(row, mapping, indicators, period)
            audit = AuditRepository(session)
            for value in values:
                tracking.set_indicator_value(value, SOURCE)
                audit.record(self._user, AuditAction.INDICATOR_SET, "indicator", value.indicator_id, _audit_detail(value))
            IndicatorWorkbookRepository(session).remember(mapping)
        names = tuple(indicators[v.indicator_id].name for v in values)
        return ApplySummary(commune, names, skipped)


def _likeliest_sheet(workbook: IndicatorWorkbook, indicators: list[Indicator]) -> WorkbookSheet:
    """The sheet whose headings match the most indicators (the first sheet on a tie)."""
    return max(workbook.sheets, key=lambda s: len(suggest_mapping(s, indicators).indicators))


def _values(
    row: dict[str, str], mapping: WorkbookMapping, indicators: dict[int, StoredIndicator], period: Period
) -> tuple[list[IndicatorValue], tuple[str, ...]]:
    values, skipped = [], []
    for indicator_id, choice in mapping.indicators.items():
        indicator = indicators.get(indicator_id)
        if indicator is None or choice.empty:
            continue  # an indicator removed from the plan since the choice was remembered
        value = _value(row, choice, indicator, period)
        if value is None:
            skipped.append(indicator.name)
        else:
            values.append(value)
    return values, tuple(skipped)


def _value(row: dict[str, str], choice: ColumnChoice, indicator: StoredIndicator, period: Period) -> IndicatorValue | None:
    numerator = _cell(row, choice.numerator, indicator)
    denominator = _cell(row, choice.denominator, indicator)
    value = _cell(row, choice.value, indicator)
    if numerator is None or denominator is None:
        numerator = denominator = None
    if numerator is None and value is None:
        return None
    try:
        check_figures(numerator, denominator)
    except InvalidInput as err:
        raise InvalidInput(f"{indicator.name}: {err}") from err
    if indicator.kind is IndicatorKind.RATIO and numerator is not None:
        value = None  # the ratio is computed from its two figures
    return IndicatorValue(indicator.id, period.key, numerator, denominator, value)


def _cell(row: dict[str, str], column: str | None, indicator: Indicator) -> float | None:
    if not column:
        return None
    if column not in row:
        raise InvalidInput(_("Bảng tính không có cột “{column}”; hãy chọn lại cột.").format(column=column))
    try:
        return parse_number(row[column], indicator.kind)
    except ValueError as err:
        raise InvalidInput(
            _("Cột “{column}” ghi “{text}”, không phải một con số (chỉ tiêu “{name}”).").format(
                column=column, text=row[column], name=indicator.name
            )
        ) from err


def _audit_detail(value: IndicatorValue) -> dict:
    return {
        "month": value.period_key,
        "numerator": value.numerator,
        "denominator": value.denominator,
        "value": value.value,
        "source": SOURCE,
    }
