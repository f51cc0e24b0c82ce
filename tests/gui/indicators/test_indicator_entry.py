"""Typed figures are read the Vietnamese way; results and assessments read as an officer writes them."""

from __future__ import annotations

import pytest

from xa_planner.domain import status_labels as labels
from xa_planner.domain.indicators import Indicator, IndicatorKind, IndicatorValue, assess
from xa_planner.gui.indicators.indicator_entry import (
    EntryError,
    assessment_text,
    level_share,
    parse_number,
    value_arguments,
)
from xa_planner.gui.widgets.status_labels import EXTRACTED_LABELS
from xa_planner.services.views import IndicatorRow


@pytest.mark.parametrize(
    ("text", "number"),
    [("125", 125.0), ("87,5", 87.5), ("1.234", 1234.0), ("1.234,5", 1234.5), ("12.5", 12.5), (" 90% ", 90.0), ("", None)],
)
def test_figures_typed_either_way_are_read(text, number):
    assert parse_number(text) == number


def test_words_are_not_a_figure():
    with pytest.raises(EntryError):
        parse_number("mười")


def _row(kind, level, value, direction=">="):
    indicator = Indicator(1, "x", kind, "%" if kind is IndicatorKind.RATIO else "hồ sơ", direction, level)
    measured = value.measured(kind) if value else None
    met, margin = assess(indicator, measured)
    return IndicatorRow(indicator, value, None, measured, met, margin)


def test_typing_a_numerator_keeps_the_stored_denominator():
    row = _row(IndicatorKind.RATIO, 90.0, IndicatorValue(1, "2026-05", 10, 40))
    assert value_arguments(row, 2, "30") == {"numerator": 30.0, "denominator": 40}


def test_assessments_say_by_how_much():
    assert assessment_text(_row(IndicatorKind.RATIO, 90.0, IndicatorValue(1, "2026-05", 95, 100))) == "Đạt (vượt 5 điểm %)"
    assert assessment_text(_row(IndicatorKind.NUMBER, 100.0, IndicatorValue(1, "2026-05", value=80))) == "Chưa đạt (thiếu 20 hồ sơ)"
    assert assessment_text(_row(IndicatorKind.NUMBER, None, None)) == "Chưa giao mức"


def test_the_bar_measures_towards_the_level_in_either_direction():
    assert level_share(_row(IndicatorKind.NUMBER, 100.0, IndicatorValue(1, "2026-05", value=50))) == 0.5
    assert level_share(_row(IndicatorKind.NUMBER, 10.0, IndicatorValue(1, "2026-05", value=20), "<=")) == 0.5


def test_the_gui_marks_exactly_the_domains_status_vocabulary_for_translation():
    vocabulary = (
        set(labels.CATEGORY_LABELS.values())
        | set(labels.STATUS_LABELS.values())
        | set(labels.TIMING_LABELS.values())
        | set(labels.DUE_SOON_LABELS.values())
        | {labels.FINISHED_ON_TIME_LABEL, labels.NO_DUE_DATE_LABEL}
    )
    assert set(EXTRACTED_LABELS) == vocabulary
