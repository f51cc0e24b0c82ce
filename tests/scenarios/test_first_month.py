"""An officer's first month, driven through the real window on a real provincial plan (seed 003).

Each step saves a screenshot at 1366×728 into the folder the test prints, for a person to look
through; the assertions are what that person checks on the screen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QApplication, QDialog

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus, ReportCategory
from xa_planner.gui.derivation.derivation_wizard import DerivationWizard
from xa_planner.gui.main.main_window import HOME, PLAN, TEMPLATES, TRACKING, MainWindow
from xa_planner.gui.main.plan_menu_actions import ExportFolder
from xa_planner.gui.plan.export_dialog import ExportDialog
from xa_planner.gui.plan.plan_group_dialog import PlanGroupDialog
from xa_planner.gui.reports.report_dialog import ReportDialog
from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work
from xa_planner.settings import Settings

from ..gui.app.test_one_reporting_month import _choose_status
from ..gui.plan.test_plan_page_helpers import commit, start_editing
from ..sheets.sheet_filling import fill, task_rows

SEED_003 = next((Path(__file__).parents[1] / "data" / "plans").glob("003_*.txt"))
SCREEN = (1366, 728)
TODAY = dt.date(2026, 1, 12)  # the officer starts in January of the plan's year
DUE_COLUMN = 6


@pytest.fixture
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("first-month-screens")
    print(f"\nscreenshots of the first month: {folder}")
    return folder


@pytest.fixture
def window(qtbot, translator, empty_workspace):
    widget = MainWindow(empty_workspace, "vi", today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    return widget


def _shot(widget, folder: Path, name: str) -> None:
    """The widget as the officer sees it at 1366×728 (dialogs are shown first: exec is replaced)."""
    if not widget.isVisible():
        widget.show()
    QApplication.processEvents()  # layouts asked for by the last change settle, as on a screen
    widget.repaint()
    assert widget.grab().save(str(folder / f"{name}.png"))


def _import_seed(qtbot, window, shots, monkeypatch) -> None:
    """Tệp → Nhập kế hoạch của tỉnh: choose the file, look at the review, save it."""
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: SEED_003)

    def review_then_save(dialog: ImportReviewDialog) -> int:
        dialog.resize(*SCREEN)
        _shot(dialog, shots, "01-import-review")
        save = dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Save)
        save.click()
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", review_then_save)
    window._on_import_plan_action_triggered()
    qtbot.waitUntil(lambda: bool(window._workspace.templates.templates()), timeout=20_000)
    qtbot.waitUntil(lambda: not has_background_work(), timeout=20_000)


def _derive(qtbot, window, shots, monkeypatch) -> DerivationWizard:
    """Kế hoạch → Lập kế hoạch của xã: walk the wizard with its suggestions, finish."""
    seen: list[DerivationWizard] = []

    def walk(wizard: DerivationWizard) -> int:
        seen.append(wizard)
        wizard.resize(*SCREEN)
        wizard.identity_page._ui.number_edit.setText("12/KH-UBND")
        _shot(wizard, shots, "02-derive-identity")
        # The page of deadlines before the plan year shows only when the source has such dates.
        step = 3
        while wizard.currentPage() is not wizard.preview_page:
            wizard.next()
            qtbot.waitUntil(lambda: not has_background_work(), timeout=20_000)
            _shot(wizard, shots, f"0{step}-derive-{type(wizard.currentPage()).__name__}")
            step += 1
        wizard.accept()
        qtbot.waitUntil(lambda: wizard.created_plan_id is not None, timeout=30_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DerivationWizard, "exec", walk)
    window._on_derive_plan_action_triggered(window._workspace.templates.templates()[0].id)
    qtbot.waitUntil(lambda: window._workspace.plans.current_plan() is not None, timeout=30_000)
    return seen[0]


@pytest.mark.slow
def test_the_yearly_plan_from_the_provincial_plan_to_a_typed_deadline(qtbot, window, shots, monkeypatch,
                                                                       tmp_path):
    workspace = window._workspace
    # Given the province's plan imported and reviewed
    _import_seed(qtbot, window, shots, monkeypatch)
    window.show_page(TEMPLATES)
    _shot(window, shots, "01b-templates")
    assert workspace.templates.templates()[0].task_count == 30

    # When the commune plan is derived for 2026
    _derive(qtbot, window, shots, monkeypatch)
    plan = workspace.plans.current_plan()
    # Then its title keeps the Đề án's own name and is about the commune, once
    assert "tầm nhìn đến năm 2030" in plan.title
    assert "Vĩnh Long" not in plan.title
    assert plan.title.count("trên địa bàn") == 1 and "Vĩnh Thủy" in plan.title
    # and nothing is overdue on the day the plan is made
    rows = workspace.plans.plan_rows(plan.id)
    assert not [r.ref for r in rows if r.due is not None and r.due < TODAY]

    # When the officer types a plain date as a deadline in the plan table
    window.show_page(PLAN)
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.plan_page
    qtbot.waitUntil(lambda: page.model.total_count() > 0)
    _shot(window, shots, "10-plan-table")
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(model.index(r, 0)) is not None)
    task_id = model.row_at(model.index(row, 0)).task_id
    editor = start_editing(qtbot, page, row, DUE_COLUMN)
    editor.setText("30/6/2026")
    _shot(window, shots, "11-typing-a-date")
    commit(qtbot, page, editor)
    # Then the date is accepted and stored
    stored = {r.task_id: r for r in workspace.plans.plan_rows(plan.id)}[task_id]
    assert stored.due == dt.date(2026, 6, 30)
    _shot(window, shots, "12-date-stored")

    # When the officer renames the first group from its heading row
    table, model = page._ui.plan_table, page.model
    table.setCurrentIndex(model.index(model.section_rows()[0], 0))
    monkeypatch.setattr(PlanGroupDialog, "ask_name",
                        classmethod(lambda cls, parent, question, name: "Hoàn thiện thể chế, pháp lý"))
    page.task_actions.groups.rename_action.trigger()
    # Then the table and the stored plan carry the new name
    assert "Hoàn thiện thể chế, pháp lý" in model.index(model.section_rows()[0], 0).data()
    _shot(window, shots, "13-group-renamed")

    # When the appendix is exported from Kế hoạch → Xuất (the dialog as the officer fills it)
    out = tmp_path / "xuat"
    out.mkdir()

    def export_appendix(dialog) -> int:
        dialog._ui.appendix_radio.setChecked(True)
        dialog._ui.folder_edit.setText(str(out))
        _shot(dialog, shots, "14-export-dialog")
        dialog._ui.export_button.click()
        qtbot.waitUntil(lambda: dialog.written_folder() is not None and not has_background_work(),
                        timeout=60_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export_appendix)
    monkeypatch.setattr(prompts, "ask_open_folder", lambda *args, **kwargs: None, raising=False)
    window.plan_documents.export("appendix")
    # Then the appendix files are written, and the PDF cites the group by its new name
    written = sorted(p.suffix for p in out.iterdir())
    assert ".pdf" in written and ".docx" in written
    with pdfplumber.open(next(out.glob("*.pdf"))) as pdf:
        printed = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "HOÀN THIỆN THỂ CHẾ, PHÁP LÝ" in printed and "30/6/2026" in printed  # headings in capitals


MONTH_TODAY = dt.date(2026, 2, 3)  # January's report is due in February


@pytest.mark.slow
def test_the_first_month_from_progress_to_the_sent_report(qtbot, translator, empty_workspace, shots, tmp_path,
                                                          monkeypatch):
    # Given the commune plan derived from seed 003, on 3 February 2026
    window = MainWindow(empty_workspace, "vi", today=lambda: MONTH_TODAY)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    workspace = window._workspace
    _import_seed(qtbot, window, shots, monkeypatch)
    _derive(qtbot, window, shots, monkeypatch)
    month = workspace.tracking.reporting_month(MONTH_TODAY).period
    assert month == Period(2026, 1)

    # When the officer marks the first task done on Theo dõi
    window.show_page(TRACKING)
    tracking = window.tracking_page
    qtbot.waitUntil(lambda: tracking.model.total_count() > 0 and not has_background_work(), timeout=20_000)
    assert tracking.current_period() == month
    _choose_status(tracking, 0, ProgressStatus.DONE)
    done_task = tracking.model.row_at(tracking.model.index(0, 0)).task_id
    qtbot.waitUntil(lambda: tracking.model.row_at(tracking.model.index(0, 0)).status is ProgressStatus.DONE)
    _shot(window, shots, "20-tracking-first-status")

    # And an office's sheet for the month comes back with one task in progress
    files = workspace.sheets.export_month(month, tmp_path / "phieu")
    sheet = next(f for f in files if "Kinh-te" in f.name)
    task_id = next(t for t in task_rows(openpyxl.load_workbook(sheet).worksheets[0]) if t != done_task)
    fill(sheet, {task_id: {"tinh trang": "Đang thực hiện", "ket qua": "Đã rà soát 154 thủ tục"}})
    workspace.sheets.apply_import(workspace.sheets.preview_import([sheet]))
    tracking.mark_stale()
    qtbot.waitUntil(lambda: not has_background_work())
    row = tracking.model.row_at(tracking.model.index(tracking.model.row_of_task(task_id), 0))
    assert row.status is ProgressStatus.IN_PROGRESS and tracking.current_period() == month
    _shot(window, shots, "21-tracking-after-sheet")

    # Then the report dialog opens on the same month, and its table counts what was entered
    report = ReportDialog(workspace.reports, workspace.tracking, ExportFolder(Settings(last_export_dir=str(tmp_path))), MONTH_TODAY)
    qtbot.addWidget(report)
    report.resize(*SCREEN)
    _shot(report, shots, "22-report-dialog")
    assert report.period() == month
    draft = workspace.reports.draft(month, MONTH_TODAY)
    tasks = len(workspace.plans.plan_rows(workspace.plans.current_plan().id))
    assert draft.count_of("done_on_time") + draft.count_of("done_undated") == 1
    assert sum(draft.count_of(c.value) for c in ReportCategory) == tasks

    # When it is exported and marked sent
    out = tmp_path / "bao-cao"
    out.mkdir()
    monkeypatch.setattr(prompts, "choose_export_folder", lambda parent, start: out)
    report._ui.export_button.click()
    qtbot.waitUntil(lambda: not report.is_busy() and not has_background_work(), timeout=60_000)
    monkeypatch.setattr(prompts, "confirm", lambda parent, question, title="": True)
    report._ui.sent_button.click()
    window.home_page.mark_stale()
    tracking.mark_stale()
    window.show_page(HOME)
    qtbot.waitUntil(lambda: not has_background_work(), timeout=20_000)
    _shot(window, shots, "23-home-after-sending")

    # Then every view has moved on to February, and January is closed
    assert workspace.tracking.is_locked(month)
    assert workspace.tracking.reporting_month(MONTH_TODAY).period == Period(2026, 2)
    window.show_page(TRACKING)
    qtbot.waitUntil(lambda: not has_background_work(), timeout=20_000)
    assert tracking.current_period() == Period(2026, 2)
