"""The months the Báo cáo dialogs offer, opened on the one reporting month with its deadline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from xa_planner.domain.periods import Period
from xa_planner.localization import _, format_date
from xa_planner.services.reporting_month import ReportingMonth


def month_caption(period: Period) -> str:
    return _("Tháng {month}/{year}").format(month=f"{period.month:02d}", year=period.year)


def reporting_caption(month: ReportingMonth) -> str:
    """ "Tháng 11/2026 – hạn báo cáo 12/12/2026": the month every view opens on."""
    return _("Tháng {month}/{year} – hạn báo cáo {deadline}").format(
        month=f"{month.period.month:02d}", year=month.period.year, deadline=format_date(month.deadline)
    )


def offered_periods(tracking, today: dt.date) -> tuple[list[Period], ReportingMonth]:
    """Months with data, the current one and the reporting one (newest first), and the latter."""
    return tracking.periods(today), tracking.reporting_month(today)


def fill_period_combo(
    combo: QComboBox, periods: list[Period], chosen: Period | None, reporting: ReportingMonth | None = None
) -> None:
    """One entry a month; the reporting month's entry names its deadline."""
    combo.blockSignals(True)
    combo.clear()
    for period in periods:
        due = reporting is not None and period == reporting.period
        caption = reporting_caption(reporting) if reporting is not None and due else month_caption(period)
        combo.addItem(caption, period.key)
    combo.setCurrentIndex(periods.index(chosen) if chosen in periods else 0)
    combo.blockSignals(False)


def combo_period(combo: QComboBox) -> Period | None:
    key = combo.currentData()
    return Period.parse(key) if key else None
