"""HomePage: the next report deadline, what is overdue or due soon, sheets not yet back, progress charts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from xa_planner.domain.periods import Period
from xa_planner.gui.forms.home_page_ui import Ui_HomePage
from xa_planner.gui.main.home_charts import indicator_bars, office_bars
from xa_planner.gui.main.home_table_models import (
    PERCENT_ROLE,
    AwaitedSheetTableModel,
    DeadlineTaskTableModel,
    OfficeProgressTableModel,
)
from xa_planner.gui.widgets.background import run_in_background
from xa_planner.gui.widgets.page import Page
from xa_planner.gui.widgets.progress_bar_delegate import ProgressBarDelegate
from xa_planner.gui.widgets.status_labels import ATTENTION_ORDER, category_label
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.gui.workspace.maintenance_table_models import format_moment
from xa_planner.localization import _, format_date, format_number, ngettext
from xa_planner.services.views import AwaitedSheet, HomeDetails, HomeSummary

_log = logging.getLogger(__name__)
_NAMES_SHOWN = 4  # offices named in the sheets line; the tab lists them all
_DETAILS_DELAY_MS = 150


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
    """The non-zero report categories with their counts, in the order that needs attention first."""
    parts = [
        _("{label}: {count}").format(label=category_label(key), count=format_number(counts[key]))
        for key in ATTENTION_ORDER
        if counts.get(key)
    ]
    return "; ".join(parts) if parts else _("chưa có số liệu tháng này")


def awaited_sheets_text(awaited: tuple[AwaitedSheet, ...], period_key: str) -> str:
    """Which offices still owe their sheet for the month, or that none is missing."""
    period = period_text(period_key)
    if not awaited:
        return _("Đã nhận lại phiếu của mọi đơn vị cho {period}.").format(period=period)
    if all(sheet.exported_at is None for sheet in awaited):
        return _("Chưa gửi phiếu {period} cho đơn vị nào (Báo cáo → Gửi phiếu cho các đơn vị).").format(
            period=period
        )
    names = ", ".join(sheet.office for sheet in awaited[:_NAMES_SHOWN])
    if len(awaited) > _NAMES_SHOWN:
        names += ", …"
    return ngettext(
        "{n} đơn vị chưa gửi lại phiếu {period}: {names}",
        "{n} đơn vị chưa gửi lại phiếu {period}: {names}",
        len(awaited),
    ).format(n=len(awaited), period=period, names=names)


class HomePage(Page):
    """The summary paints first; sheets and indicators (slower) are loaded after, in the background."""

    _ui: Ui_HomePage

    def __init__(self, home_service, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._home = home_service
        self._today = today
        self._summary: HomeSummary | None = None
        self._details: HomeDetails | None = None
        self._details_request = 0  # only the latest request's answer is shown
        # A timer owned by the page: it dies with the page, so it can never fire into a closed one.
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(_DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._load_details)
        self._ui = Ui_HomePage()
        self._ui.setupUi(self)
        self._overdue_model = DeadlineTaskTableModel(self)
        self._due_soon_model = DeadlineTaskTableModel(self)
        self._progress_model = OfficeProgressTableModel(self)
        self._awaited_model = AwaitedSheetTableModel(self)
        self._configure_tables()
        self._ui.lists_splitter.setStretchFactor(0, 1)
        self._ui.lists_splitter.setStretchFactor(1, 1)
        self._ui.lists_splitter.setSizes([1, 1])  # halves, whatever the four tab titles would ask for

    def _give_the_tabs_their_width(self) -> None:
        """Titles with a month and a count need more room than the halves the splitter began with:
        take it from the lists on the left, so no tab is pushed out of its bar."""
        splitter, tabs = self._ui.lists_splitter, self._ui.progress_tabs
        left, right = splitter.sizes()
        need = tabs.minimumSizeHint().width() - right
        if need > 0 and left + right > 0:
            splitter.setSizes([max(left - need, 0), right + need])

    def _configure_tables(self) -> None:
        ui = self._ui
        configure_table(ui.overdue_table, self._overdue_model, sortable=True, stretch_column=1, widths={0: 60})
        configure_table(ui.due_soon_table, self._due_soon_model, sortable=True, stretch_column=1, widths={0: 60})
        configure_table(
            ui.office_progress_table, self._progress_model, sortable=True, stretch_column=0,
            widths={1: 80, 2: 90, 3: 76, OfficeProgressTableModel.PERCENT_COLUMN: 100},
        )
        ui.office_progress_table.setItemDelegateForColumn(
            OfficeProgressTableModel.PERCENT_COLUMN, ProgressBarDelegate(PERCENT_ROLE, self)
        )
        configure_table(ui.awaited_sheets_table, self._awaited_model, sortable=True, stretch_column=0,
                        widths={1: 150})
        ui.indicator_chart.set_labels_above(True)  # indicator names are sentences

    @property
    def details(self) -> HomeDetails | None:
        """The sheets and indicators last loaded (None until the background load answers)."""
        return self._details

    def refresh(self) -> None:
        summary = self._home.summary(self._today())
        self._summary = summary
        self._details = None
        self._overdue_model.set_rows(summary.overdue)
        self._due_soon_model.set_rows(summary.due_soon)
        self._progress_model.set_rows(summary.office_progress)
        self._awaited_model.set_rows(())
        self._fill_texts()
        self._details_request += 1
        # After the first paint has reached the screen, so the window never waits for this query.
        self._schedule_details()

    # --- the second look: sheets and indicators ----------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._details is None and self._summary is not None and not self._details_timer.isActive():
            self._schedule_details()  # the page was hidden when its second look was due

    def _schedule_details(self) -> None:
        self._details_timer.start()

    def _load_details(self) -> None:
        request = self._details_request
        if self._summary is None or not self.isVisible():  # hidden: loaded when shown again
            return
        period_key = self._summary.period_key
        run_in_background(
            lambda: self._home.details(period_key),
            lambda details: self._on_details_loaded(request, details),
            lambda err: self._on_details_failed(request, err),
            owner=self,
        )

    def _on_details_loaded(self, request: int, details: HomeDetails) -> None:
        if not shiboken6.isValid(self) or request != self._details_request:
            return
        self._details = details
        self._awaited_model.set_rows(details.awaited_sheets)
        self._fill_detail_texts()

    def _on_details_failed(self, request: int, err: Exception) -> None:
        _log.warning("home page details not loaded: %s", err)
        if shiboken6.isValid(self) and request == self._details_request:
            self._ui.sheets_label.setText(_("Không đọc được tình hình phiếu: {error}").format(error=err))

    def _fill_detail_texts(self) -> None:
        ui, details = self._ui, self._details
        tabs = ui.progress_tabs
        if details is None:
            ui.sheets_label.setText(_("đang tải…"))
            ui.indicator_chart.set_bars(())
            ui.indicator_chart.set_empty_text(_("đang tải…"))
            return
        period = period_text(details.period_key)
        has_plan = bool(self._summary and self._summary.plan_title)
        sheets_text = (
            awaited_sheets_text(details.awaited_sheets, details.period_key)
            if has_plan else _("Chưa có kế hoạch của xã.")
        )
        ui.sheets_label.setText(sheets_text)
        ui.awaited_sheets_label.setText(sheets_text)
        tabs.setTabText(tabs.indexOf(ui.awaited_sheets_tab),
                        _("Phiếu chưa nhận lại ({count})").format(count=len(details.awaited_sheets)))
        tabs.setTabText(tabs.indexOf(ui.indicator_chart_tab), _("Chỉ tiêu {period}").format(period=period))
        self._give_the_tabs_their_width()
        ui.indicator_chart.set_empty_text(
            _("Kế hoạch chưa có chỉ tiêu nào. Thêm chỉ tiêu ở trang Theo dõi.")
            if has_plan else _("Chưa có kế hoạch của xã.")
        )
        ui.indicator_chart.set_bars(indicator_bars(details.indicators))

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
        ui.office_chart.set_empty_text(_("Chưa có nhiệm vụ nào giao cho các đơn vị."))
        ui.office_chart.set_bars(office_bars(summary.office_progress))
        self._fill_detail_texts()

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
        for model in (self._overdue_model, self._due_soon_model, self._progress_model, self._awaited_model):
            model.retranslate()
        self._fill_texts()
