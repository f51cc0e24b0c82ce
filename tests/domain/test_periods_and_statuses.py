"""Reporting periods and indicator assessments (a task's standing: test_task_standing.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue, assess
from xa_planner.domain.periods import Period

D = dt.date


@pytest.mark.parametrize("text", ["2026-06", " 2026-06 ", "2026-6"])
def test_a_month_parses_from_year_dash_month(text):
    assert Period.parse(text) == Period(2026, 6)
    assert Period.parse(text).key == "2026-06"


@pytest.mark.parametrize(
    "text", ["2026/06", "06-2026x", "2026-13", "2026-00", "abc", "", "2026-06-01", "1999-05"]
)
def test_anything_else_is_not_a_month(text):
    with pytest.raises(ValueError):
        Period.parse(text)


def test_shifting_crosses_year_ends_both_ways():
    assert Period(2026, 1).shifted(-1) == Period(2025, 12)
    assert Period(2025, 12).shifted(1) == Period(2026, 1)
    assert Period(2026, 6).shifted(-18) == Period(2024, 12)
    assert Period(2026, 6).shifted(0) == Period(2026, 6)


def test_periods_order_by_time():
    assert sorted([Period(2026, 1), Period(2025, 12), Period(2026, 11)])[0] == Period(2025, 12)


def test_first_and_last_days_know_leap_years():
    assert (Period(2028, 2).first_day(), Period(2028, 2).last_day()) == (
        D(2028, 2, 1),
        D(2028, 2, 29),
    )
    assert Period(2026, 2).last_day() == D(2026, 2, 28)
    assert Period(2026, 12).last_day() == D(2026, 12, 31)


@pytest.mark.parametrize(
    ("period", "start_day", "window"),
    [
        (Period(2026, 6), 1, (D(2026, 6, 1), D(2026, 6, 30))),
        (Period(2026, 6), 15, (D(2026, 5, 15), D(2026, 6, 14))),
        (Period(2026, 1), 15, (D(2025, 12, 15), D(2026, 1, 14))),
        (Period(2026, 3), 25, (D(2026, 2, 25), D(2026, 3, 24))),
    ],
)
def test_the_data_window_of_a_month(period, start_day, window):
    assert period.data_window(start_day) == window


@pytest.mark.parametrize(
    ("deadline_day", "start_day", "deadline"),
    [
        (9, 1, D(2026, 7, 9)),
        (10, 1, D(2026, 7, 10)),
        (12, 1, D(2026, 7, 12)),
        (15, 1, D(2026, 7, 15)),
        (15, 15, D(2026, 6, 15)),  # window ends on the 14th: due the next day
        (12, 15, D(2026, 7, 12)),  # the 12th falls inside the window: the next month's 12th
        (10, 25, D(2026, 7, 10)),
    ],
)
def test_the_deadline_is_the_first_deadline_day_after_the_window(deadline_day, start_day, deadline):
    period = Period(2026, 6)
    found = period.deadline(deadline_day, start_day)
    assert found == deadline
    assert found > period.data_window(start_day)[1]


def test_a_december_report_is_due_in_january():
    assert Period(2025, 12).deadline(10, 1) == D(2026, 1, 10)


RATIO = Indicator(
    None, "Tỷ lệ công dân có tài khoản định danh", IndicatorKind.RATIO, assigned_level=81.0
)


@pytest.mark.parametrize(
    ("indicator", "measured", "expected"),
    [
        (RATIO, 85.0, (True, 4.0)),
        (RATIO, 81.0, (True, 0.0)),
        (RATIO, 80.0, (False, -1.0)),
        (
            Indicator(None, "Số vụ", IndicatorKind.NUMBER, "vụ", "<=", assigned_level=5.0),
            3.0,
            (True, 2.0),
        ),
        (
            Indicator(None, "Số vụ", IndicatorKind.NUMBER, "vụ", "<=", assigned_level=5.0),
            7.0,
            (False, -2.0),
        ),
        (RATIO, None, (None, None)),
        (Indicator(None, "Chưa giao", assigned_level=None), 50.0, (None, None)),
    ],
)
def test_an_indicator_is_met_or_not_with_its_margin(indicator, measured, expected):
    assert assess(indicator, measured) == expected


def test_a_ratio_is_measured_as_a_percentage():
    value = IndicatorValue(1, "2026-06", numerator=3402, denominator=4200)
    assert value.measured(IndicatorKind.RATIO) == pytest.approx(81.0)
    assert (
        IndicatorValue(1, "2026-06", numerator=5, denominator=0).measured(IndicatorKind.RATIO)
        is None
    )
    assert IndicatorValue(1, "2026-06", value=12.0).measured(IndicatorKind.NUMBER) == 12.0
