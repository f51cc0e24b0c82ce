"""The province's consolidation counts communes' tasks in the same report categories, old files too."""

from __future__ import annotations

from pathlib import Path

from xa_planner.domain.status_labels import CATEGORY_LABELS, CATEGORY_ORDER
from xa_planner.domain.statuses import ReportCategory
from xa_planner.importing.report_data_reader import ReportData, TaskRecord
from xa_planner.services.aggregation_service import _consolidated, _submission


def _data(*categories: str) -> ReportData:
    tasks = tuple(TaskRecord(str(i), "Công an xã", "", c) for i, c in enumerate(categories))
    return ReportData("Vĩnh Thủy", "Quảng Trị", "2026-11", "2026-12-12", "2026-12-10", tasks, ())


def test_every_task_of_a_workbook_is_counted_in_its_category():
    submission = _submission(Path("a.xlsx"), _data("done_late", "not_started_undated", "dropped"), {})
    counts = dict(zip(CATEGORY_ORDER, submission.status_counts, strict=True))
    assert sum(counts.values()) == 3
    assert counts[ReportCategory.DONE_LATE] == counts[ReportCategory.NOT_STARTED_UNDATED] == 1
    assert counts[ReportCategory.DROPPED] == 1


def test_workbooks_made_before_the_two_axes_still_add_up():
    # Given a workbook that still says "sắp đến hạn" and "chưa có hạn" as if they were statuses
    submission = _submission(Path("old.xlsx"), _data("due_soon", "no_deadline", "done_on_time"), {})

    # Then no task is lost: they count as under way, in time or without a due date
    assert sum(submission.status_counts) == 3
    assert submission.done_percent == 100.0 / 3


def test_the_consolidated_columns_are_the_report_categories():
    report = _consolidated("2026-11", {("vinh thuy", "2026-11"): (Path("a.xlsx"), _data())}, (), [])
    assert report.status_labels == tuple(CATEGORY_LABELS[c] for c in CATEGORY_ORDER)
