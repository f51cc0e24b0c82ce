"""Indicators (chỉ tiêu) of a plan: their values month by month and the month's assessment."""

from __future__ import annotations

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue, assess
from xa_planner.domain.periods import Period
from xa_planner.localization import _
from xa_planner.services.errors import InvalidInput
from xa_planner.services.unit_of_work import ServiceBase
from xa_planner.services.views import IndicatorRow
from xa_planner.storage.repositories import AuditRepository
from xa_planner.storage.tracking_repository import TrackingRepository


def check_figures(numerator: float | None, denominator: float | None) -> None:
    """Refuse a ratio that cannot be: a denominator of 0 or less, a numerator above it."""
    if denominator is not None and denominator <= 0:
        raise InvalidInput(_("Mẫu số phải lớn hơn 0."))
    if numerator is not None and denominator is not None and numerator > denominator:
        raise InvalidInput(_("Tử số không được lớn hơn mẫu số."))


def refuse_locked_month(tracking: TrackingRepository, period: Period) -> None:
    locked_at, _by = tracking.lock_state(period)
    if locked_at is not None:
        raise InvalidInput(
            _("Tháng {month} đã chốt báo cáo; muốn sửa phải mở lại.").format(
                month=f"{period.month:02d}/{period.year}"
            )
        )


class IndicatorService(ServiceBase):
    def indicator_rows(self, plan_id: int, period: Period) -> list[IndicatorRow]:
        with self._read() as session:
            tracking = TrackingRepository(session)
            indicators = tracking.indicators(plan_id)
            now = tracking.indicator_values(plan_id, period)
            before = tracking.indicator_values(plan_id, period.shifted(-1))
        rows = []
        for indicator in indicators:
            value = now.get(indicator.id)
            measured = value.measured(indicator.kind) if value else None
            met, margin = assess(indicator, measured)
            rows.append(
                IndicatorRow(indicator, value, before.get(indicator.id), measured, met, margin)
            )
        return rows

    def set_value(
        self,
        indicator_id: int,
        period: Period,
        *,
        numerator: float | None = None,
        denominator: float | None = None,
        value: float | None = None,
        source: str = "manual",
    ) -> None:
        """Record an indicator's figure for a month (refused in a locked month)."""
        check_figures(numerator, denominator)
        with self._write() as session:
            tracking = TrackingRepository(session)
            refuse_locked_month(tracking, period)
            tracking.set_indicator_value(
                IndicatorValue(indicator_id, period.key, numerator, denominator, value), source
            )
            AuditRepository(session).record(
                self._user,
                AuditAction.INDICATOR_SET,
                "indicator",
                indicator_id,
                {
                    "month": period.key,
                    "numerator": numerator,
                    "denominator": denominator,
                    "value": value,
                },
            )

    def add_indicator(self, plan_id: int, indicator: Indicator) -> int:
        if not indicator.name.strip():
            raise InvalidInput(_("Hãy nhập tên chỉ tiêu."))
        if indicator.kind is IndicatorKind.RATIO and indicator.unit not in ("%", ""):
            raise InvalidInput(_("Chỉ tiêu tỷ lệ tính bằng phần trăm."))
        with self._write() as session:
            indicator_id = TrackingRepository(session).add_indicator(plan_id, indicator)
            AuditRepository(session).record(
                self._user, AuditAction.INDICATOR_ADD, "indicator", indicator_id, {"name": indicator.name}
            )
            return indicator_id
