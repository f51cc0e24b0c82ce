"""Times the plan page on a 10,000-task plan: filter keystrokes, sorting, a cell edit round-trip.

Run: python benchmarks/plan_table.py [--tasks N]. Prints each figure and its ratio to the 50 ms bar.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from xa_planner.gui.plan.plan_page import PlanPage  # noqa: E402
from xa_planner.services.demo_service import create_demo  # noqa: E402

BAR_MS = 50.0


def _timed(action, repeat: int = 1) -> float:
    """The worst of *repeat* runs of *action*, in milliseconds, events processed included."""
    app = QApplication.instance()
    worst = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        app.processEvents()
        worst = max(worst, (time.perf_counter() - start) * 1000)
    return worst


def _report(name: str, ms: float) -> None:
    print(f"{name:<46} {ms:8.1f} ms   {ms / BAR_MS:5.2f} × bar")


def _type_search(page: PlanPage, text: str) -> list[float]:
    edit = page._ui.search_edit
    return [_timed(lambda n=n: edit.setText(text[:n])) for n in range(1, len(text) + 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    workspace = create_demo(folder / "bench.xaplan", tasks=args.tasks, offices=14, months=1)
    print(f"demo of {args.tasks} tasks built in {time.perf_counter() - start:.1f} s")
    page = PlanPage(workspace.plans, workspace.editing, workspace.commune)
    page.resize(1400, 800)
    _report("open the page (first load, not under the bar)", _timed(page.show))
    app.processEvents()
    model, ui = page.model, page._ui
    keys = _type_search(page, "cong an xa")
    _report("search keystroke (worst of 10)", max(keys))
    _report("search keystroke (median)", statistics.median(keys))
    _report("clear the search", _timed(lambda: ui.search_edit.setText("")))
    ui.office_combo.setCurrentIndex(1)
    _report("office filter", _timed(lambda: ui.office_combo.setCurrentIndex(2)))
    _report("overdue filter", _timed(lambda: ui.overdue_check.toggle()))
    _report("clear every filter", _timed(ui.clear_filters_button.click))
    _report("sort by task, first time (keys warmed idle)", _timed(lambda: ui.plan_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)))
    _report("sort by lead office, first time", _timed(lambda: ui.plan_table.sortByColumn(3, Qt.SortOrder.AscendingOrder)))
    _report("sort again (descending)", _timed(lambda: ui.plan_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)))
    _report("sort by due date", _timed(lambda: ui.plan_table.sortByColumn(6, Qt.SortOrder.AscendingOrder)))
    row = next(r for r in range(model.rowCount()) if model.row_at(model.index(r, 0)) is not None)
    edits = [
        _timed(lambda i=i: model.setData(model.index(row, 5), f"Người phụ trách {i}"))
        for i in range(10)
    ]
    _report("cell edit → service → model (worst of 10)", max(edits))
    _report("cell edit → service → model (median)", statistics.median(edits))
    _report("undo of a cell edit", _timed(page.task_actions.undo_stack.undo))
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
