"""One reporting month: the earliest month whose report is not yet sent, moved on only by sending."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.services.demo_service import create_demo
from xa_planner.services.reporting_month import reporting_period
from xa_planner.services.workspace_service import create_empty

D = dt.date
SEP, OCT, NOV, DEC = (Period(2026, m) for m in (9, 10, 11, 12))


@pytest.mark.parametrize(
    ("sent", "recorded", "calendar", "expected"),
    [
        ((), (), NOV, NOV),  # nothing yet: the calendar's month
        ((), (NOV, DEC), DEC, NOV),  # November has data and was never sent
        ((), (DEC,), NOV, NOV),  # data ahead of the month due does not skip it
        ((NOV,), (NOV, DEC), DEC, DEC),  # November sent: December next
        ((NOV,), (NOV,), Period(2027, 2), DEC),  # the calendar alone never moves it on
        ((SEP, NOV), (SEP, OCT, NOV), DEC, OCT),  # a month left unsent is still owed
        ((NOV,), (SEP, OCT, NOV), DEC, DEC),  # months before the first one sent are history
        ((NOV, DEC), (), NOV, Period(2027, 1)),  # December sent early: January is next
    ],
)
def test_the_reporting_month_is_the_earliest_one_not_yet_sent(sent, recorded, calendar, expected):
    assert reporting_period(sent, recorded, calendar) == expected


def _mark_sent(workspace, period: Period, folder, today: dt.date) -> None:
    sent = folder / f"bao-cao-{period.key}.pdf"
    sent.write_bytes(b"%PDF-1.4 sent copy")
    workspace.reports.mark_sent(period, [sent], today=today)


def test_a_deadline_passing_unsent_keeps_the_month_and_counts_past_it(tmp_path):
    # Given a commune tracking November, whose report is due 12 December and not yet sent
    today = D(2026, 12, 3)
    with create_demo(tmp_path / "demo.xaplan", tasks=12, months=2, today=today) as workspace:
        early = workspace.tracking.reporting_month(today)
        # When the deadline passes
        late = workspace.tracking.reporting_month(D(2026, 12, 20))

    # Then November is still the reporting month, now overdue
    assert (early.period, early.deadline) == (NOV, D(2026, 12, 12))
    assert early.days_left(D(2026, 12, 3)) == 9
    assert late.period == NOV and late.days_left(D(2026, 12, 20)) == -8


def test_a_new_commune_reports_the_month_the_calendar_says_is_due(tmp_path):
    with create_empty(tmp_path / "xa.xaplan", "Vĩnh Thủy") as workspace:
        profile = workspace.commune.profile()
        workspace.commune.save_profile(dataclasses.replace(profile, report_deadline_day=12))
        month = workspace.tracking.reporting_month(D(2026, 12, 13))
    assert (month.period, month.deadline) == (DEC, D(2027, 1, 12))


def test_after_the_report_is_sent_home_and_report_move_to_the_next_month(tmp_path):
    # Given a demo commune on 3 December with progress in November and December
    today = D(2026, 12, 3)
    with create_demo(tmp_path / "demo.xaplan", tasks=12, months=2, today=today) as workspace:
        before = workspace.home.summary(today)
        # When November's report is marked sent
        _mark_sent(workspace, NOV, tmp_path, today)
        after = workspace.home.summary(today)
        month = workspace.tracking.reporting_month(today)
        periods = workspace.tracking.periods(today)

    # Then the home page counts down to November, then to December with its own deadline
    assert (before.period_key, before.report_deadline) == ("2026-11", D(2026, 12, 12))
    assert (after.period_key, after.report_deadline) == ("2026-12", D(2027, 1, 12))
    assert month.period == DEC and DEC in periods


def test_progress_entered_for_the_reporting_month_is_in_its_report(tmp_path):
    # Given the reporting month of a demo commune
    today = D(2026, 12, 3)
    with create_demo(tmp_path / "demo.xaplan", tasks=12, months=2, today=today) as workspace:
        period = workspace.tracking.reporting_month(today).period
        plan = workspace.plans.current_plan()
        row = workspace.tracking.tracking_rows(plan.id, period, today)[0]
        # When a task's progress is entered for it
        workspace.tracking.set_progress(
            row.task_id, period, ProgressStatus.DROPPED, result_note="Bỏ theo chỉ đạo mới"
        )
        report = workspace.reports.draft(period, today)

    # Then that month's report shows it
    line = next(t for t in report.tasks if t.ref == row.ref and t.content == row.content)
    assert (line.status_class, line.result_note) == ("dropped", "Bỏ theo chỉ đạo mới")
