"""The monthly report drafted from a demo workspace: counts, indicators, next month, texts, freezing."""

from __future__ import annotations

from collections import Counter

import pytest

from xa_planner.domain.indicators import assess
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.errors import InvalidInput
from xa_planner.services.report_content import recurs_in

from .conftest import MONTH, TODAY


def test_status_counts_equal_the_tracking_rows_categories(workspace, report):
    plan = workspace.plans.current_plan()
    rows = workspace.tracking.tracking_rows(plan.id, MONTH, TODAY)
    expected = Counter(row.standing.category.value for row in rows)
    assert {c.status_class: c.count for c in report.status_counts if c.count} == dict(expected)
    assert report.task_total == len(rows) == 60
    assert sum(o.led for o in report.offices) == 60
    for office in report.offices:
        assert office.done + office.in_progress + office.not_started + office.dropped == office.led
        assert office.overdue <= office.in_progress + office.not_started


def test_the_indicator_assessment_follows_the_assigned_level(workspace, report):
    plan = workspace.plans.current_plan()
    with workspace.database.session_scope(write=False) as session:
        from xa_planner.storage.tracking_repository import TrackingRepository

        indicators = TrackingRepository(session).indicators(plan.id)
        values = TrackingRepository(session).indicator_values(plan.id, MONTH)
    assert len(report.indicators) == len(indicators) > 0
    for line, indicator in zip(report.indicators, indicators, strict=True):
        measured = values[indicator.id].measured(indicator.kind)
        met, margin = assess(indicator, measured)
        assert (line.met, line.margin) == (met, margin)
        if met is True:
            assert line.assessment.startswith("Đạt")
        elif met is False:
            assert line.assessment.startswith("Chưa đạt, còn thiếu")
        scope = "lũy kế từ đầu năm" if indicator.cumulative else "trong kỳ"
        assert scope in line.assessment


def test_next_months_focus_is_the_tasks_due_then_and_the_recurring_ones(workspace, report):
    next_month = MONTH.shifted(1)
    expected_dated = {
        t.ref
        for t in report.tasks
        if t.due
        and next_month.first_day() <= t.due <= next_month.last_day()
        and not t.status_class.startswith("done")
        and t.status_class != "dropped"
    }
    expected_recurring = {
        t.ref for t in report.tasks if t.due is None and recurs_in(t.recurrence, next_month)
    }
    focus = {t.ref for t in report.next_focus}
    assert focus == expected_dated | expected_recurring
    assert expected_recurring, "the demo plan has recurring tasks"
    assert all(
        t.content.rstrip(".;")[:30] in " ".join(report.section("next_focus").paragraphs)
        for t in report.next_focus
    )


def test_difficulties_are_said_once_per_office_with_the_office_named(report):
    offices = [remark.office for remark in report.difficulties]
    assert offices and len(offices) == len(set(offices))  # one line per office
    for remark in report.difficulties:
        texts = remark.text.split("; ")
        assert len(texts) == len(set(texts))  # each of its texts once
    text = " ".join(report.section("shortcomings").paragraphs)
    assert all(text.count(f"- {office}:") == 1 for office in offices)


def test_report_tasks_follow_the_plans_order(workspace, report):
    plan = workspace.plans.current_plan()
    assert [t.ref for t in report.tasks] == [r.ref for r in workspace.plans.plan_rows(plan.id)]


def test_the_officers_edits_are_kept_for_that_month_only(workspace):
    workspace.reports.save_draft_text(
        MONTH, {"direction": "Đoạn một.\nĐoạn hai.", "number": "07/BC-CAX"}
    )
    edited = workspace.reports.draft(MONTH, TODAY)
    assert edited.section("direction").paragraphs == ("Đoạn một.", "Đoạn hai.")
    assert edited.number == "07/BC-CAX"
    other = workspace.reports.draft(MONTH.shifted(-1), TODAY)
    assert other.section("direction").paragraphs != ("Đoạn một.", "Đoạn hai.")
    workspace.reports.save_draft_text(MONTH, {"direction": ""})
    assert (
        workspace.reports.draft(MONTH, TODAY)
        .section("direction")
        .paragraphs[0]
        .startswith("Thực hiện")
    )


def test_an_unknown_section_is_refused(workspace):
    with pytest.raises(InvalidInput):
        workspace.reports.save_draft_text(MONTH, {"VI": "?"})


def test_mark_sent_freezes_the_report_and_locks_the_month(workspace, tmp_path):
    files = [workspace.reports.export(MONTH, fmt, tmp_path, today=TODAY) for fmt in ("pdf", "xlsx")]
    workspace.reports.mark_sent(MONTH, files, today=TODAY)
    frozen = workspace.reports.sent_report(MONTH)
    assert [f.name for f in frozen.files] == [f.name for f in files]
    assert workspace.tracking.is_locked(MONTH)
    task_id = workspace.tracking.tracking_rows(workspace.plans.current_plan().id, MONTH, TODAY)[
        0
    ].task_id
    with pytest.raises(InvalidInput):
        workspace.tracking.set_progress(task_id, MONTH, ProgressStatus.DROPPED)
    with pytest.raises(InvalidInput):
        workspace.reports.save_draft_text(MONTH, {"direction": "Sửa sau khi gửi"})
    with pytest.raises(InvalidInput):
        workspace.reports.mark_sent(MONTH, files)
    assert workspace.reports.sent_report(MONTH) == frozen
    assert workspace.reports.report(MONTH, TODAY) == frozen.report


def test_the_report_survives_its_json_form(report):
    from xa_planner.domain.monthly_report import MonthlyReport

    assert MonthlyReport.from_json(report.to_json()) == report
