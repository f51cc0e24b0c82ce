"""Demo workspaces: the size asked for, every task led, progress ending with this month."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput

TODAY = dt.date(2026, 6, 15)


def _check_demo(tmp_path, tasks: int, offices: int, months: int) -> None:
    # When a demo workspace of that size is created
    with create_demo(
        tmp_path / "demo.xaplan", tasks=tasks, offices=offices, months=months, today=TODAY
    ) as ws:
        plan = ws.plans.current_plan()
        rows = ws.plans.plan_rows(plan.id)
        active = ws.commune.offices(include_retired=False)
        periods = ws.tracking.periods(TODAY)
        months_with_rows = {
            p.key: ws.tracking.tracking_rows(plan.id, p, TODAY) for p in periods[:months]
        }
        check = ws.maintenance.check()

    # Then the counts are right and every task has a lead office among the active ones
    assert plan.task_count == tasks == len(rows)
    assert len(active) == offices
    assert all(r.lead_office for r in rows)
    assert {r.lead_office for r in rows} <= {o.short_name for o in active}
    # and the months of progress end with the current month, every task reported in each
    expected = [Period.containing(TODAY).shifted(-k) for k in range(months)]
    assert periods[:months] == expected and len(periods) == max(months, 1)
    for key, tracked in months_with_rows.items():
        assert all(r.status is not None for r in tracked), key
    assert check.ok


def test_a_ten_task_demo_workspace(tmp_path):
    _check_demo(tmp_path, tasks=10, offices=5, months=3)


def test_a_thousand_task_demo_workspace(tmp_path):
    _check_demo(tmp_path, tasks=1000, offices=14, months=3)


@pytest.mark.slow
def test_a_ten_thousand_task_demo_workspace(tmp_path):
    _check_demo(tmp_path, tasks=10_000, offices=40, months=2)


def test_a_demo_with_more_offices_than_the_standard_ones_adds_villages(tmp_path):
    with create_demo(tmp_path / "d.xaplan", tasks=20, offices=20, today=TODAY) as ws:
        names = [o.short_name for o in ws.commune.offices(include_retired=False)]
    assert len(names) == 20 and "Thôn 1" in names


@pytest.mark.parametrize(
    ("tasks", "offices", "months"), [(9, 14, 3), (10_001, 14, 3), (10, 0, 3), (10, 14, 25)]
)
def test_a_demo_of_an_impossible_size_is_refused_and_leaves_no_file(
    tmp_path, tasks, offices, months
):
    path = tmp_path / "d.xaplan"
    with pytest.raises(InvalidInput):
        create_demo(path, tasks=tasks, offices=offices, months=months)
    assert not path.exists()
