"""The months the Báo cáo menu offers, and the one whose report is due next (the default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from xa_planner.domain.periods import Period
from xa_planner.gui.tracking_month_actions import month_caption
from xa_planner.services.home_service import report_period


def due_period(commune, today: dt.date) -> Period:
    """The month whose report is due next, by the commune's deadline and data window."""
    profile = commune.profile()
    return report_period(today, profile.report_deadline_day, profile.data_window_start_day)


def offered_periods(tracking, commune, today: dt.date) -> tuple[list[Period], Period]:
    """Months with data, the current one and the due one (newest first), and the due one."""
    due = due_period(commune, today)
    periods = sorted(set(tracking.periods(today)) | {due}, reverse=True)
    return periods, due


def fill_period_combo(combo: QComboBox, periods: list[Period], chosen: Period) -> None:
    combo.blockSignals(True)
    combo.clear()
    for period in periods:
        combo.addItem(month_caption(period), period.key)
    combo.setCurrentIndex(periods.index(chosen) if chosen in periods else 0)
    combo.blockSignals(False)


def combo_period(combo: QComboBox) -> Period | None:
    key = combo.currentData()
    return Period.parse(key) if key else None
