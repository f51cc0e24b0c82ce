"""parse_timeframe reads the time frames plans write, clean or OCR'd, and admits what it cannot read."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.domain.timeframes import parse_timeframe

D = dt.date


@pytest.mark.parametrize(
    ("text", "due", "recurrence", "start"),
    [
        ("Thường xuyên", None, "continuous", None),
        ("Hằng tháng", None, "monthly", None),
        ("Định kỳ hằng quý", None, "quarterly", None),
        ("Hàng năm", None, "yearly", None),
        ("Quý II/2026", D(2026, 6, 30), None, None),
        ("Hoàn thành trong Quý III năm 2025", D(2025, 9, 30), None, None),
        ("Trong tháng 5/2026", D(2026, 5, 31), None, None),
        ("Trong năm 2026", D(2026, 12, 31), None, None),
        ("Hoàn thành trước ngày 31/12/2026", D(2026, 12, 31), None, None),
        ("trước 10/5/2026", D(2026, 5, 10), None, None),
        ("Từ Quý I năm 2026", None, None, D(2026, 1, 1)),
        ("Khi có chỉ đạo của Bộ Công an", None, "event", None),
        ("Khi có hướng dẫn của Trung ương", None, "event", None),
        ("Ngay sau khi có hướng dẫn của Bộ Xây dựng.", None, "event", None),
        ("Giai đoạn 2026-2030", D(2030, 12, 31), None, D(2026, 1, 1)),
        ("Triển khai từ năm 2026 và duy trì.", None, "continuous", D(2026, 1, 1)),
    ],
)
def test_common_time_frames_are_understood(text, due, recurrence, start):
    frame = parse_timeframe(text, plan_year=2026)
    assert (frame.due, frame.recurrence, frame.start, frame.understood) == (
        due,
        recurrence,
        start,
        True,
    )


def test_several_frames_in_one_text_give_the_earliest_due_date_and_the_recurrence():
    frame = parse_timeframe(
        "Hoàn thành đối chiếu trong năm 2026; hoàn thành đồng bộ trong năm 2027; duy trì đến năm 2035.",
        plan_year=2026,
    )
    assert (frame.due, frame.recurrence) == (D(2026, 12, 31), "continuous")


def test_monthly_report_deadline_makes_the_task_monthly_not_due():
    frame = parse_timeframe(
        "Thực hiện thường xuyên; báo cáo UBND tỉnh trước ngày 10 hàng tháng.", plan_year=2026
    )
    assert (frame.due, frame.recurrence) == (None, "monthly")


def test_quarter_without_year_uses_the_plan_year():
    assert parse_timeframe("Hoàn thành nhân rộng trong Quý IV.", plan_year=2026).due == D(
        2026, 12, 31
    )
    assert parse_timeframe("Hoàn thành nhân rộng trong Quý IV.", plan_year=None).understood is False


@pytest.mark.parametrize(
    ("ocr_text", "due", "recurrence"),
    [
        ("Thuong xuyén.", None, "continuous"),
        ("Khi c6 phat sinh.", None, "event"),
        ("Khi ¢6 huéng dan cia Trung uong.", None, "event"),
        ("Trong ndm 2026.", D(2026, 12, 31), None),
        ("trong thang 0l/2027", D(2027, 1, 31), None),
        ("dén hét Quy 11 nam 2026", D(2026, 6, 30), None),
        ("Dinh ky hang quy.", None, "quarterly"),
    ],
)
def test_ocr_damaged_time_frames_are_understood(ocr_text, due, recurrence):
    frame = parse_timeframe(ocr_text, plan_year=2026)
    assert (frame.due, frame.recurrence, frame.understood) == (due, recurrence, True)


def test_ocr_start_quarter_without_accents():
    assert parse_timeframe("Tir Quy I nam 2026.", plan_year=2026).start == D(2026, 1, 1)


@pytest.mark.parametrize("text", ["", "Theo tiến độ chung", "xyz", "31/02/2026 trước"])
def test_unknown_text_is_not_understood(text):
    assert parse_timeframe(text, plan_year=2026).understood is False
