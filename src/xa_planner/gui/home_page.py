"""HomePage: the next report deadline, what is overdue or due soon, and progress per office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.home_page_ui import Ui_HomePage
from xa_planner.gui.home_table_models import (
    PERCENT_ROLE,
    DeadlineTaskTableModel,
    OfficeProgressTableModel,
)
from xa_planner.gui.maintenance_table_models import format_moment
from xa_planner.gui.page import Page
from xa_planner.gui.progress_bar_delegate import ProgressBarDelegate
from xa_planner.gui.status_labels import CLASS_ORDER, class_label
from xa_planner.gui.table_views import configure_table
from xa_planner.localization import _, format_date, format_number, ngettext
from xa_planner.services.views import HomeSummary


def days_left_text(days_left: int) -> str:
    """"còn 5 ngày", "hôm nay là hạn cuối" or "đã quá hạn 2 ngày"."""
    if days_left > 0:
        return ngettext("còn {n} ngày", "còn {n} ngày", days_left).format(n=days_left)
    if days_left == 0:
        return _("hôm nay là hạn cuối")
    late = -days_left
    return ngettext("đã quá hạn {n} ngày", "đã quá hạn {n} ngày", late).format(n=late)


def period_text(period_key: str) -> str:
    """"2026-05" → "tháng 05/2026"."""
    try:
        period = Period.parse(period_key)
    except ValueError:
        return period_key
    return _("tháng {month}/{year}").format(month=f"{period.month:02d}", year=period.year)


def status_counts_text(counts: dict[str, int]) -> str:
    """The non-zero tracking classes with their counts, in the order that needs attention first."""
    parts = [
        _("{label}: {count}").format(label=class_label(key), count=format_number(counts[key]))
        for key in CLASS_ORDER
        if counts.get(key)
    ]
    return "; ".join(parts) if parts else _("chưa có số liệu tháng này")


class HomePage(Page):
    def __init__(self, home_service, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._home = home_service
        self._today = today
        self._summary: HomeSummary | None = None
        self._ui = Ui_HomePage()
        self._ui.setupUi(self)
        self._overdue_model = DeadlineTaskTableModel(self)
        self._due_soon_model = DeadlineTaskTableModel(self)
        self._progress_model = OfficeProgressTableModel(self)
        configure_table(self._ui.overdue_table, self._overdue_model, sortable=True, stretch_column=1, widths={0: 60})
        configure_table(self._ui.due_soon_table, self._due_soon_model, sortable=True, stretch_column=1, widths={0: 60})
        configure_table(
            self._ui.office_progress_table, self._progress_model, sortable=True, stretch_column=0,
            widths={1: 80, 2: 90, 3: 76, OfficeProgressTableModel.PERCENT_COLUMN: 100},
        )
        self._ui.office_progress_table.setItemDelegateForColumn(
            OfficeProgressTableModel.PERCENT_COLUMN, ProgressBarDelegate(PERCENT_ROLE, self)
        )
        self._ui.lists_splitter.setStretchFactor(0, 1)
        self._ui.lists_splitter.setStretchFactor(1, 1)

    def refresh(self) -> None:
        summary = self._home.summary(self._today())
        self._summary = summary
        self._overdue_model.set_rows(summary.overdue)
        self._due_soon_model.set_rows(summary.due_soon)
        self._progress_model.set_rows(summary.office_progress)
        self._fill_texts()

    def _fill_texts(self) -> None:
        summary = self._summary
        if summary is None:
            return
        ui = self._ui
        ui.commune_label.setText(summary.commune_name or _("Chưa có tên xã: mở Công cụ → Thông tin xã… để nhập."))
        ui.plan_label.setText(self._plan_text(summary))
        ui.deadline_label.setText(
            _("{date} (báo cáo {period})").format(
                date=format_date(summary.report_deadline), period=period_text(summary.period_key)
            )
        )
        ui.days_left_label.setText(days_left_text(summary.days_left))
        ui.days_left_label.setProperty("overdue", summary.days_left <= 2)
        ui.days_left_label.style().polish(ui.days_left_label)
        sent = summary.last_report_sent
        ui.last_report_label.setText(format_moment(sent) if sent else _("chưa gửi báo cáo nào"))
        ui.counts_label.setText(status_counts_text(summary.status_counts))
        ui.overdue_caption_label.setText(_("Nhiệm vụ quá hạn: {count}").format(count=len(summary.overdue)))
        ui.due_soon_caption_label.setText(
            _("Sắp đến hạn trong 7 ngày tới: {count}").format(count=len(summary.due_soon))
        )

    @staticmethod
    def _plan_text(summary: HomeSummary) -> str:
        if not summary.plan_title:
            return _(
                "Chưa có kế hoạch của xã. Hãy nhập kế hoạch của tỉnh, rồi xây dựng kế hoạch của xã từ kế hoạch đó."
            )
        return _("Kế hoạch đang thực hiện: {title} ({count} nhiệm vụ)").format(
            title=summary.plan_title, count=format_number(summary.task_count)
        )

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        for model in (self._overdue_model, self._due_soon_model, self._progress_model):
            model.retranslate()
        self._fill_texts()
