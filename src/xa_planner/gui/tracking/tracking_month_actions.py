"""Closing (chốt) and reopening a reporting month from the tracking page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.tracking.reopen_month_dialog import ReopenMonthDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.period_combo import month_caption
from xa_planner.localization import _, format_date
from xa_planner.services.errors import ServiceError


def lock_banner_text(period: Period, locked_at: dt.datetime, locked_by: str) -> str:
    """Tháng 05/2026 đã chốt báo cáo lúc 09:30 12/05/2026 bởi …; số liệu chỉ xem."""
    return _(
        "Tháng {month}/{year} đã chốt báo cáo lúc {time} {day} bởi {user}. Số liệu tháng này chỉ xem, không sửa được."
    ).format(
        month=f"{period.month:02d}",
        year=period.year,
        time=locked_at.strftime("%H:%M"),
        day=format_date(locked_at.date()),
        user=locked_by or _("(không rõ)"),
    )


def lock_month(parent: QWidget, tracking_service, period: Period) -> bool:
    """Ask, then close *period*; True when it was closed."""
    question = _(
        "Chốt số liệu {month}? Sau khi chốt, số liệu tháng này chỉ xem; muốn sửa phải mở lại và ghi lý do."
    ).format(month=month_caption(period).lower())
    if not prompts.confirm(parent, question, _("Chốt tháng")):
        return False
    return _run(parent, lambda: tracking_service.lock_period(period))


def reopen_month(parent: QWidget, tracking_service, period: Period) -> bool:
    """Ask for the reason, then reopen *period*; True when it was reopened."""
    reason = ReopenMonthDialog.ask(parent, month_caption(period))
    if reason is None:
        return False
    return _run(parent, lambda: tracking_service.reopen_period(period, reason))


def _run(parent: QWidget, action) -> bool:
    try:
        action()
    except ServiceError as err:
        prompts.show_error(parent, str(err))
        return False
    return True
