"""Home, Theo dõi, the sheets and the report dialog open on one month, and move on together once it is sent."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QComboBox

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.gui.main.home_page import HomePage
from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.reports.report_dialog import ReportDialog
from xa_planner.gui.tracking.sheets_export_dialog import SheetsExportDialog
from xa_planner.gui.tracking.sheets_import_dialog import summary_text
from xa_planner.gui.tracking.tracking_page import TrackingPage
from xa_planner.gui.tracking.tracking_table_model import TrackingTableModel
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.gui.widgets.period_combo import combo_period
from xa_planner.services.demo_service import create_demo
from xa_planner.settings import Settings

from ...sheets.sheet_filling import fill, task_rows

TODAY = dt.date(2026, 12, 3)  # November's report is due on 12 December
NOVEMBER, DECEMBER = Period(2026, 11), Period(2026, 12)


@pytest.fixture
def workspace(tmp_path):
    """A commune with progress in November and December, no report sent yet."""
    with create_demo(tmp_path / "xa.xaplan", tasks=20, offices=5, months=2, today=TODAY) as opened:
        yield opened


@pytest.fixture
def views(qtbot, translator, workspace):
    home = HomePage(workspace.home, lambda: TODAY)
    tracking = TrackingPage(workspace.tracking, workspace.plans, lambda: TODAY)
    for page in (home, tracking):
        qtbot.addWidget(page)
        page.resize(1366, 728)
        page.show()
    qtbot.waitUntil(lambda: home.details is not None and not has_background_work())
    return home, tracking


def _months_shown(qtbot, tmp_path, workspace, views) -> dict[str, Period]:
    """The month each view opens on, read from its widgets."""
    home, tracking = views
    report = ReportDialog(workspace.reports, workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), TODAY)
    sheets = SheetsExportDialog(workspace.sheets, workspace.tracking, workspace.plans, workspace.commune, tmp_path, TODAY)
    for dialog in (report, sheets):
        qtbot.addWidget(dialog)
    return {
        "home": Period.parse(home._summary.period_key),
        "home text": home._ui.deadline_label.text(),
        "tracking": tracking.current_period(),
        "tracking caption": tracking.ui.period_combo.currentText(),
        "report": report.period(),
        "sheets": combo_period(sheets._ui.period_combo),
        "sheets caption": sheets._ui.period_combo.currentText(),
    }


def _choose_status(page: TrackingPage, position: int, status: ProgressStatus) -> None:
    view = page.ui.tracking_table
    index = page.model.index(position, TrackingTableModel.STATUS_COLUMN)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox, "status_editor")
    combo.setCurrentIndex(combo.findData(status.value))
    combo.activated.emit(combo.currentIndex())


def test_every_view_opens_on_the_earliest_month_not_yet_sent_with_its_deadline(
    qtbot, tmp_path, workspace, views
):
    # When each view is opened on 3 December
    shown = _months_shown(qtbot, tmp_path, workspace, views)

    # Then all show November, and name its deadline
    assert {shown[k] for k in ("home", "tracking", "report", "sheets")} == {NOVEMBER}
    assert "12/12/2026" in shown["home text"] and "11/2026" in shown["home text"]
    assert shown["tracking caption"] == shown["sheets caption"] == (
        "Tháng 11/2026 – hạn báo cáo 12/12/2026"
    )


def test_progress_entered_on_tracking_is_in_that_months_report(qtbot, tmp_path, workspace, views):
    # Given Theo dõi open on the reporting month
    _home, tracking = views
    row = tracking.model.row_at(tracking.model.index(0, 0))
    assert row.status is not ProgressStatus.DROPPED
    dropped_before = workspace.reports.draft(NOVEMBER, TODAY).count_of("dropped")

    # When a task is marked "Không thực hiện" there
    _choose_status(tracking, 0, ProgressStatus.DROPPED)
    qtbot.waitUntil(
        lambda: tracking.model.row_at(tracking.model.index(0, 0)).status is ProgressStatus.DROPPED
    )

    # Then the report dialog, opened next, counts it in November's table
    report = ReportDialog(workspace.reports, workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), TODAY)
    qtbot.addWidget(report)
    counts = report._counts
    dropped = next(
        r for r in range(counts.rowCount()) if counts.index(r, 0).data() == "Không thực hiện"
    )
    assert report.period() == NOVEMBER
    assert counts.index(dropped, 4).data() == str(dropped_before + 1)


def test_marking_the_report_sent_moves_every_view_to_the_next_month(
    qtbot, tmp_path, workspace, views, monkeypatch
):
    # Given November's report exported from the report dialog
    out = tmp_path / "bc"
    out.mkdir()
    report = ReportDialog(workspace.reports, workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), TODAY)
    qtbot.addWidget(report)
    monkeypatch.setattr(prompts, "choose_export_folder", lambda parent, start: out)
    report._ui.export_button.click()
    qtbot.waitUntil(lambda: not report.is_busy() and not has_background_work(), timeout=60000)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)

    # When it is marked sent, and the pages are told the data changed
    report._ui.sent_button.click()
    home, tracking = views
    home.mark_stale()
    tracking.mark_stale()
    qtbot.waitUntil(lambda: not has_background_work())

    # Then every view opens on December, with December's deadline
    assert workspace.tracking.is_locked(NOVEMBER)
    shown = _months_shown(qtbot, tmp_path, workspace, views)
    assert {shown[k] for k in ("home", "tracking", "report", "sheets")} == {DECEMBER}
    assert "12/01/2027" in shown["home text"]
    assert shown["tracking caption"] == "Tháng 12/2026 – hạn báo cáo 12/01/2027"


def test_sheets_brought_back_for_the_month_show_on_tracking_without_switching(
    qtbot, tmp_path, workspace, views
):
    # Given the reporting month's sheets sent out from the sheets dialog's month, one filled in
    _home, tracking = views
    sheets = SheetsExportDialog(workspace.sheets, workspace.tracking, workspace.plans, workspace.commune, tmp_path, TODAY)
    qtbot.addWidget(sheets)
    month = combo_period(sheets._ui.period_combo)
    files = workspace.sheets.export_month(month, tmp_path / "out")
    path = next(f for f in files if "Kinh-te" in f.name)
    task_id = next(iter(task_rows(openpyxl.load_workbook(path).worksheets[0])))
    fill(path, {task_id: {"tinh trang": "Không thực hiện", "ket qua": "Bỏ theo chỉ đạo"}})

    # When the sheet is previewed (naming its month), applied, and Theo dõi told of it
    preview = workspace.sheets.preview_import([path])
    told = summary_text(preview)
    workspace.sheets.apply_import(preview)
    tracking.mark_stale()

    # Then Theo dõi, still on that month, shows what the office wrote
    position = tracking.model.row_of_task(task_id)
    shown = tracking.model.row_at(tracking.model.index(position, 0))
    assert tracking.current_period() == month == NOVEMBER
    assert "Phiếu của tháng 11/2026." in told
    assert (shown.status, shown.result_note) == (ProgressStatus.DROPPED, "Bỏ theo chỉ đạo")
