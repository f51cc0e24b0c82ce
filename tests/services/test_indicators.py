"""Indicator values month by month and their assessment against the assigned level."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.periods import Period
from xa_planner.services.demo_service import create_demo
from xa_planner.services.errors import InvalidInput

TODAY = dt.date(2026, 6, 20)


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "i.xaplan", tasks=20, months=2, today=TODAY) as opened:
        yield opened


def _rows(workspace, period):
    return workspace.indicators.indicator_rows(workspace.plans.current_plan().id, period)


def test_a_ratio_is_assessed_against_its_assigned_level(workspace):
    june = Period(2026, 6)
    ratio = next(r for r in _rows(workspace, june) if r.indicator.unit == "%")
    workspace.indicators.set_value(ratio.indicator.id, june, numerator=3500, denominator=4000)
    row = next(r for r in _rows(workspace, june) if r.indicator.id == ratio.indicator.id)
    assert row.measured == pytest.approx(87.5)
    assert row.met is (ratio.indicator.assigned_level <= 87.5)
    assert row.margin == pytest.approx(87.5 - ratio.indicator.assigned_level)
    assert row.previous is not None and row.previous.period_key == "2026-05"


def test_impossible_figures_are_refused_and_nothing_changes(workspace):
    june = Period(2026, 6)
    row = _rows(workspace, june)[0]
    with pytest.raises(InvalidInput):
        workspace.indicators.set_value(row.indicator.id, june, numerator=5, denominator=0)
    with pytest.raises(InvalidInput):
        workspace.indicators.set_value(row.indicator.id, june, numerator=9, denominator=5)
    assert _rows(workspace, june)[0] == row


def test_a_locked_month_refuses_indicator_values(workspace):
    may = Period(2026, 5)
    workspace.tracking.lock_period(may)
    row = _rows(workspace, may)[0]
    with pytest.raises(InvalidInput):
        workspace.indicators.set_value(row.indicator.id, may, value=1)
