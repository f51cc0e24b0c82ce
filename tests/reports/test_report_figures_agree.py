"""Over generated workspaces, the report's text, its tables and the home page count the same tasks."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.exporting.report_tables import office_table, status_table, task_table
from xa_planner.services.demo_service import create_demo

_NUMBER = r"(\d+)"
# The figures of section II, in the words report_texts writes them.
_RESULTS = re.compile(
    rf"Tổng số nhiệm vụ theo dõi trong tháng: {_NUMBER}; đã hoàn thành {_NUMBER} \([^)]*\), "
    rf"trong đó hoàn thành quá hạn {_NUMBER}; đang thực hiện {_NUMBER}, trong đó quá hạn "
    rf"{_NUMBER}; chưa triển khai {_NUMBER}, trong đó quá hạn {_NUMBER}; không thực hiện "
    rf"{_NUMBER}\."
)
_UNDATED = re.compile(
    rf"có {_NUMBER} nhiệm vụ không có thời hạn \(thực hiện thường xuyên\): hoàn thành "
    rf"{_NUMBER}, đang thực hiện {_NUMBER}, chưa triển khai {_NUMBER}\."
)
_KEYS = ("total", "done", "done_late", "running", "running_late", "idle", "idle_late", "dropped")


def text_figures(paragraphs: tuple[str, ...]) -> dict[str, int]:
    """The counts the report's text states (undated ones 0 when the text names none)."""
    text = " ".join(paragraphs)
    found = _RESULTS.search(text)
    assert found, text
    figures = dict(zip(_KEYS, map(int, found.groups()), strict=True))
    undated = _UNDATED.search(text)
    numbers = list(map(int, undated.groups())) if undated else [0, 0, 0, 0]
    figures |= dict(zip(("undated", "done_undated", "running_undated", "idle_undated"), numbers, strict=True))
    return figures


def _column(table, title: str) -> list[str]:
    index = table.columns.index(title)
    return [row[index] for row in table.rows]


def _by_status(table, title: str) -> dict[str, int]:
    """Status label → figure of *title* in the status table (its total row as "Tổng cộng")."""
    return {row[1]: int(row[table.columns.index(title)] or 0) for row in table.rows}


def assert_tables_match_text(report, figures: dict[str, int]) -> None:
    status = status_table(report)
    totals = _by_status(status, "Tổng số")
    assert totals == {
        "Hoàn thành": figures["done"],
        "Đang thực hiện": figures["running"],
        "Chưa triển khai": figures["idle"],
        "Không thực hiện": figures["dropped"],
        "Tổng cộng": figures["total"],
    }
    late = _by_status(status, "Quá hạn")
    assert (late["Hoàn thành"], late["Đang thực hiện"], late["Chưa triển khai"]) == (
        figures["done_late"], figures["running_late"], figures["idle_late"]
    )
    undated = _by_status(status, "Không có thời hạn")
    assert undated["Tổng cộng"] == figures["undated"]
    assert (undated["Hoàn thành"], undated["Đang thực hiện"], undated["Chưa triển khai"]) == (
        figures["done_undated"], figures["running_undated"], figures["idle_undated"]
    )
    offices = office_table(report)
    office_total = dict(zip(offices.columns, offices.rows[-1], strict=True))
    assert {k: int(v) for k, v in list(office_total.items())[2:]} == {
        "Số nhiệm vụ": figures["total"],
        "Hoàn thành": figures["done"],
        "Đang thực hiện": figures["running"],
        "Chưa triển khai": figures["idle"],
        "Không thực hiện": figures["dropped"],
        "Quá hạn chưa hoàn thành": figures["running_late"] + figures["idle_late"],
    }
    labels = _column(task_table(report), "Tình trạng")
    assert len(labels) == figures["total"]
    assert sum(label.startswith("Hoàn thành") for label in labels) == figures["done"]
    assert sum(label.startswith("Chưa triển khai") for label in labels) == figures["idle"]
    assert sum(label.startswith("Đang thực hiện") for label in labels) == figures["running"]


def assert_home_matches_report(summary, report, figures: dict[str, int]) -> None:
    assert summary.period_key == report.period_key
    assert summary.task_count == figures["total"]
    assert summary.status_counts == {c.status_class: c.count for c in report.status_counts if c.count}
    assert len(summary.overdue) == figures["running_late"] + figures["idle_late"]
    assert sum(o.done for o in summary.office_progress) == figures["done"]
    assert sum(o.overdue for o in summary.office_progress) == len(summary.overdue)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    tasks=st.integers(10, 40),
    months=st.integers(0, 3),
    today=st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    edits=st.lists(
        st.tuples(st.integers(0, 39), st.sampled_from(list(ProgressStatus))), max_size=8
    ),
)
def test_the_reports_tables_and_the_home_page_count_what_its_text_says(tasks, months, today, edits):
    # Given a generated commune with some months of progress and a few statuses changed since
    with tempfile.TemporaryDirectory(prefix="xa-figures-") as folder, create_demo(
        Path(folder) / "demo.xaplan", tasks=tasks, months=months, offices=6, today=today
    ) as workspace:
        summary = workspace.home.summary(today)
        period = Period.parse(summary.period_key)
        plan = workspace.plans.current_plan()
        rows = workspace.tracking.tracking_rows(plan.id, period, today)
        for index, status in edits:
            row = rows[index % len(rows)]
            workspace.tracking.set_progress(row.task_id, period, status)

        # When the home page and the month's report are drawn up
        summary = workspace.home.summary(today)
        report = workspace.reports.draft(period, today)

    # Then every table and the home page count what the report's text says
    figures = text_figures(report.section("results").paragraphs)
    assert figures["total"] == tasks
    assert (
        figures["done"] + figures["running"] + figures["idle"] + figures["dropped"]
        == figures["total"]
    )
    assert_tables_match_text(report, figures)
    assert_home_matches_report(summary, report, figures)
    overdue = figures["running_late"] + figures["idle_late"]
    shortcomings = " ".join(report.section("shortcomings").paragraphs)
    assert (f"Còn {overdue} nhiệm vụ quá hạn chưa hoàn thành" in shortcomings) == (overdue > 0)
