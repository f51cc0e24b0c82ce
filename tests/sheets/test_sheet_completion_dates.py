"""A completion date typed as text in a returned sheet is read by the same reader as deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.importing.sheet_cells import cell_date


@pytest.mark.parametrize(
    "typed",
    ["30/6/2026", "30/06/2026", "30-6-2026", "30.6.2026", "30/6/26", "ngày 30 tháng 6 năm 2026", "3O/O6/2O26"],
)
def test_a_completion_date_typed_in_any_common_form_is_read(typed):
    assert cell_date(typed) == dt.date(2026, 6, 30)


@pytest.mark.parametrize("typed", ["31/02/2026", "đang làm", "6/2026"])
def test_text_that_names_no_single_day_is_no_completion_date(typed):
    assert cell_date(typed) is None
