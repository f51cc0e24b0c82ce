"""An officer's first month, driven through the real window on a real provincial plan (seed 003).

Each step saves a screenshot at 1366×728 into the folder the test prints, for a person to look
through; the assertions are what that person checks on the screen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from xa_planner.gui import prompts
from xa_planner.gui.background import has_background_work
from xa_planner.gui.derivation_wizard import DerivationWizard
from xa_planner.gui.import_review_dialog import ImportReviewDialog
from xa_planner.gui.main_window import PLAN, TEMPLATES, MainWindow

from ..gui.test_plan_page_helpers import commit, start_editing

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
def test_the_yearly_plan_from_the_provincial_plan_to_a_typed_deadline(qtbot, window, shots, monkeypatch):
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
