"""The review of a scanned plan shows the page each task was read from, the task's lines framed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.templates.source_page_view import HIGHLIGHT_EDGE
from xa_planner.gui.widgets import prompts
from xa_planner.gui.widgets.background import has_background_work

PLANS = Path(__file__).parents[2] / "data" / "plans"
SCAN = PLANS / "scans" / "scanned_plan.pdf"
SCREEN = (1366, 728)
SHOT = os.environ.get("XA_PLANNER_REVIEW_SHOT")  # where to keep the screenshot, to look at it


@pytest.fixture
def window(qtbot, translator, empty_workspace, today):
    widget = MainWindow(empty_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def review_opened_from_the_window(qtbot, window, monkeypatch, plan: Path, look) -> None:
    """Import *plan* from the window as the officer does; *look(dialog)* runs while the review is open."""
    monkeypatch.setattr(prompts, "choose_plan_file", lambda parent, start: plan)
    seen: list[bool] = []

    def exec_review(dialog: ImportReviewDialog) -> int:
        dialog.resize(*SCREEN)
        dialog.show()
        qtbot.waitExposed(dialog)
        look(dialog)
        seen.append(True)
        dialog.hide()
        return 0

    monkeypatch.setattr(ImportReviewDialog, "exec", exec_review)
    window._ui.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and not has_background_work(), timeout=120000)


def task_index(dialog: ImportReviewDialog, ref: str) -> int:
    return next(i for i, task in enumerate(dialog.draft.tasks) if task.ref == ref)


def test_selecting_a_task_of_a_scan_shows_its_page_with_its_lines_framed(qtbot, window, monkeypatch, tmp_path):
    # Given the officer imported a two-page scanned PDF and the review is open
    def look(dialog: ImportReviewDialog) -> None:
        ui = dialog._ui
        # Then the page tab is shown first, beside the text
        assert ui.source_tabs.count() == 2 and ui.source_tabs.currentWidget() is ui.page_tab
        assert ui.source_tabs.tabBar().isVisible()
        # When they select task 8, printed on the second page
        dialog.select_task(task_index(dialog, "II.8"))
        qtbot.wait(50)
        # Then "Trang 2" is shown above the page, with one frame around the task's lines
        assert ui.page_label.text() == "Trang 2"
        [frame] = ui.page_view.frames()
        canvas = ui.page_view.canvas()
        assert canvas.rect().contains(frame)
        assert frame.height() < canvas.height() / 3
        # And the frame is painted, and in view
        painted = canvas.grab().toImage()
        edge = QColor(painted.pixel(frame.center().x(), frame.top() + 1))
        assert abs(edge.red() - HIGHLIGHT_EDGE.red()) < 40 and edge.blue() < 80
        viewport = ui.page_view.viewport().rect().translated(0, ui.page_view.verticalScrollBar().value())
        assert viewport.contains(frame.topLeft())
        shot = Path(SHOT) if SHOT else tmp_path / "review.png"
        assert dialog.grab().save(str(shot))
        # When they select a task of the first page, Then that page is shown
        dialog.select_task(task_index(dialog, "II.1"))
        assert ui.page_label.text() == "Trang 1"
        assert len(ui.page_view.frames()) == 1

    review_opened_from_the_window(qtbot, window, monkeypatch, SCAN, look)


def test_a_text_plan_is_reviewed_beside_its_text_only(qtbot, window, monkeypatch):
    # Given the officer imported a plain text plan
    def look(dialog: ImportReviewDialog) -> None:
        ui = dialog._ui
        # Then there is no page tab and no tab bar: the text alone, as before
        assert ui.source_tabs.count() == 1 and ui.source_tabs.currentWidget() is ui.text_tab
        assert not ui.source_tabs.tabBar().isVisible()
        dialog.select_task(0)
        assert ui.source_edit.isVisible()

    review_opened_from_the_window(qtbot, window, monkeypatch, next(PLANS.glob("003_*.txt")), look)


def test_a_task_running_onto_the_next_page_shows_both_pages_framed(qtbot, window, monkeypatch, tmp_path):
    # Given the officer imported the two-page scanned PDF and the review is open
    def look(dialog: ImportReviewDialog) -> None:
        ui = dialog._ui
        # When they select task 6, which starts at the foot of page 1 and ends on page 2
        dialog.select_task(task_index(dialog, "II.6"))
        qtbot.wait(50)
        # Then "Trang 1–2" is shown above the two pages, with a frame on each
        assert ui.page_label.text() == "Trang 1–2"
        upper, lower = ui.page_view.frames()
        canvas = ui.page_view.canvas()
        assert canvas.rect().contains(upper) and canvas.rect().contains(lower)
        assert upper.bottom() < lower.top() and lower.top() > canvas.height() / 2
        assert dialog.grab().save(str(tmp_path / "review-two-pages.png"))

    review_opened_from_the_window(qtbot, window, monkeypatch, SCAN, look)


def test_a_photo_sent_on_its_side_is_reviewed_upright_with_the_task_framed(qtbot, window, monkeypatch, tmp_path):
    # Given a phone photo of the plan that reached the officer turned a quarter clockwise
    from PIL import Image

    photo = tmp_path / "anh-ke-hoach.jpg"
    upright = Image.open(PLANS / "scans" / "photographed_plan.jpg")
    upright.rotate(-90, expand=True).save(photo, quality=85)

    def look(dialog: ImportReviewDialog) -> None:
        ui = dialog._ui
        # When they select its first task
        dialog.select_task(task_index(dialog, "I.2"))
        qtbot.wait(50)
        # Then the photo is shown standing up, as the plan reads, not as it was sent
        canvas = ui.page_view.canvas()
        assert canvas.height() > canvas.width()
        # and the frame around the task is a band across the page, as its lines run
        [frame] = ui.page_view.frames()
        assert canvas.rect().contains(frame) and frame.width() > 2 * frame.height()
        shot = Path(SHOT).with_name("review-sideways.png") if SHOT else tmp_path / "review-sideways.png"
        assert dialog.grab().save(str(shot))

    review_opened_from_the_window(qtbot, window, monkeypatch, photo, look)
