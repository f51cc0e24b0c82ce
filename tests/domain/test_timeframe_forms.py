"""Every form an officer writes a time frame in is read by the one reader, with the date it names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xa_planner.domain.derivation import schedule
from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.timeframes import parse_date, parse_timeframe
from xa_planner.localization import format_date

D = dt.date
FIRST_DAY, LAST_DAY = D(2020, 1, 1), D(2035, 12, 31)

WRITTEN_FORMS = {
    "calendar": lambda d: d.strftime("%d/%m/%Y"),
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
    "d-m-yyyy": lambda d: f"{d.day}-{d.month}-{d.year}",
    "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
    "words": lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
}
DEADLINE_WORDS = ("", "Trước ", "Trước ngày ", "Hoàn thành trước ngày ", "Chậm nhất ", "Hạn: ", "Trong ngày ")


def _every_day():
    day = FIRST_DAY
    while day <= LAST_DAY:
        yield day
        day += dt.timedelta(days=1)


def test_every_day_the_calendar_can_pick_is_understood_as_that_day(vietnamese):
    # Given the Vietnamese interface, whose calendar writes a picked day with format_date
    misread = []
    for day in _every_day():
        # When each day of 2020–2035 is read back as a deadline
        frame = parse_timeframe(format_date(day), plan_year=2026)
        if (frame.due, frame.start, frame.recurrence, frame.understood) != (day, None, None, True):
            misread.append(format_date(day))
    # Then every one of them is due on exactly that day
    assert misread == []


@settings(max_examples=400)
@given(
    day=st.dates(FIRST_DAY, LAST_DAY),
    form=st.sampled_from(sorted(WRITTEN_FORMS)),
    lead_in=st.sampled_from(DEADLINE_WORDS),
    plan_year=st.one_of(st.none(), st.integers(2020, 2035)),
)
def test_any_day_in_any_written_form_is_due_on_that_day(day, form, lead_in, plan_year):
    # Given a day written the way an officer writes it, after any deadline word
    text = lead_in + WRITTEN_FORMS[form](day)
    # When it is read as a time frame, whatever the plan's year
    frame = parse_timeframe(text, plan_year=plan_year)
    # Then it is understood and due on that very day
    assert (frame.due, frame.understood) == (day, True)


_LOOKALIKES = {"0": "oO", "1": "lI|"}


@settings(max_examples=300)
@given(
    day=st.dates(FIRST_DAY, LAST_DAY),
    form=st.sampled_from(["calendar", "d/m/yyyy", "d-m-yyyy"]),
    data=st.data(),
)
def test_ocr_damaged_digits_and_spacing_do_not_change_the_day(day, form, data):
    # Given a written day where OCR read some 0s as O and 1s as l, and put spaces around separators
    written = WRITTEN_FORMS[form](day)
    damaged = "".join(
        data.draw(st.sampled_from(ch + _LOOKALIKES[ch])) if ch in _LOOKALIKES else ch for ch in written
    )
    if data.draw(st.booleans()):
        damaged = damaged.replace("/", " / ").replace("-", " - ")
    # When it is read
    frame = parse_timeframe("Hoàn thành trước " + damaged, plan_year=2026)
    # Then the day is the one that was written
    assert frame.due == day, damaged


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("30/6/2026", D(2026, 6, 30)),
        ("30/06/2026", D(2026, 6, 30)),
        ("31/12/2026", D(2026, 12, 31)),
        ("31/05/2025", D(2025, 5, 31)),
        ("30-6-2026", D(2026, 6, 30)),
        ("30.6.2026", D(2026, 6, 30)),
        ("2026-06-30", D(2026, 6, 30)),
        ("30/6/26", D(2026, 6, 30)),
        ("ngày 30 tháng 6 năm 2026", D(2026, 6, 30)),
        ("Ngày 30 tháng 6", D(2026, 6, 30)),
        ("30/6", D(2026, 6, 30)),
        ("6/2025", D(2025, 6, 30)),
        ("tháng 6/2026", D(2026, 6, 30)),
        ("Tháng 02 năm 2028", D(2028, 2, 29)),
        ("Trong tháng 12", D(2026, 12, 31)),
        ("Quý II/2026", D(2026, 6, 30)),
        ("Quý 3 năm 2025", D(2025, 9, 30)),
        ("Quý II/năm 2026", D(2026, 6, 30)),
        ("6 tháng đầu năm", D(2026, 6, 30)),
        ("6 tháng cuối năm", D(2026, 12, 31)),
        ("6 tháng đầu năm 2025", D(2025, 6, 30)),
        ("9 tháng đầu năm 2026", D(2026, 9, 30)),
        ("Nửa đầu năm 2027", D(2027, 6, 30)),
        ("trước 30/6/2026", D(2026, 6, 30)),
        ("Trong ngày 30/6/2026", D(2026, 6, 30)),
        ("Chậm nhất ngày 30/6/2026", D(2026, 6, 30)),
        ("Hạn: 30/6/2026", D(2026, 6, 30)),
        ("Hoàn thành trước ngày 30 tháng 6 năm 2026.", D(2026, 6, 30)),
        ("Năm 2026", D(2026, 12, 31)),
        ("Trong năm 2026", D(2026, 12, 31)),
        ("Đến 2030", D(2030, 12, 31)),
    ],
)
def test_a_written_deadline_is_due_on_the_day_it_names(text, due):
    frame = parse_timeframe(text, plan_year=2026)
    assert (frame.due, frame.recurrence, frame.understood) == (due, None, True)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Thường xuyên", "continuous"),
        ("Hằng tháng", "monthly"),
        ("Hàng tháng", "monthly"),
        ("Hằng quý", "quarterly"),
        ("Hằng năm", "yearly"),
        ("Thườngxuyên", "continuous"),
        ("Hang  thang", "monthly"),
        ("Thuong xuyén", "continuous"),
    ],
)
def test_a_recurrence_word_makes_a_recurring_task_without_a_single_due_date(text, recurrence):
    frame = parse_timeframe(text, plan_year=2026)
    assert (frame.due, frame.recurrence, frame.understood) == (None, recurrence, True)


@pytest.mark.parametrize(
    ("text", "start", "due"),
    [
        ("từ 01/3/2026 đến 30/6/2026", D(2026, 3, 1), D(2026, 6, 30)),
        ("Từ ngày 01/3 đến ngày 30/6/2026", D(2026, 3, 1), D(2026, 6, 30)),
        ("01/3/2026 - 30/6/2026", D(2026, 3, 1), D(2026, 6, 30)),
        ("1-3-2026 – 30-6-2026", D(2026, 3, 1), D(2026, 6, 30)),
        ("2026-2030", D(2026, 1, 1), D(2030, 12, 31)),
        ("Giai đoạn 2026 - 2030", D(2026, 1, 1), D(2030, 12, 31)),
        ("Từ năm 2026 đến năm 2030", D(2026, 1, 1), D(2030, 12, 31)),
        ("Quý I-II/2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("Quý I đến Quý III năm 2026", D(2026, 1, 1), D(2026, 9, 30)),
        ("Quý II/2026 - Quý IV/2026", D(2026, 4, 1), D(2026, 12, 31)),
        ("Tháng 3-6/2026", D(2026, 3, 1), D(2026, 6, 30)),
        ("Từ tháng 3 đến tháng 6/2027", D(2027, 3, 1), D(2027, 6, 30)),
    ],
)
def test_a_range_starts_at_its_start_and_is_due_at_its_end(text, start, due):
    frame = parse_timeframe(text, plan_year=2026)
    assert (frame.start, frame.due, frame.understood) == (start, due, True)


@pytest.mark.parametrize(
    ("ocr_text", "due"),
    [
        ("3O/O6/2O26", D(2026, 6, 30)),
        ("3l/12/2026", D(2026, 12, 31)),
        ("30 / 6 / 2026", D(2026, 6, 30)),
        ("Hoan thanh truoc ngay 3O/6/2O26", D(2026, 6, 30)),
        ("Ngay 30 thang 6 nam 2026", D(2026, 6, 30)),
        ("ngày30 tháng6 năm2026", D(2026, 6, 30)),
        ("Quy Il/2026", D(2026, 6, 30)),
        ("Quý1V/2026", D(2026, 12, 31)),
        ("QuýII/2026", D(2026, 6, 30)),
        ("Trong ndm 2026.", D(2026, 12, 31)),
        ("tháng O6/2O26", D(2026, 6, 30)),
        ("Trong tháng l2/2025", D(2025, 12, 31)),
        ("Quý Ill/2026", D(2026, 9, 30)),
        ("Q2/2026", D(2026, 6, 30)),
    ],
)
def test_ocr_damaged_deadlines_are_read_as_written(ocr_text, due):
    assert parse_timeframe(ocr_text, plan_year=2026).due == due


def test_a_day_without_a_year_takes_the_plan_year_and_is_not_guessed_without_one():
    assert parse_timeframe("Trước ngày 15/10", plan_year=2027).due == D(2027, 10, 15)
    assert parse_timeframe("Trước ngày 15/10", plan_year=None).understood is False


def test_a_day_of_every_month_stays_a_monthly_report_not_a_deadline():
    frame = parse_timeframe("Báo cáo trước ngày 10 hằng tháng", plan_year=2026)
    assert (frame.due, frame.recurrence) == (None, "monthly")


@pytest.mark.parametrize(
    "text",
    [
        "Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2025 của UBND tỉnh",
        "Theo Nghị định 08/2025/NĐ-CP",
        "31/02/2026",
        "30/13/2026",
        "Huy động quỹ hai nguồn",
        "Định kỳ 6 tháng 1 lần",
    ],
)
def test_cited_documents_and_impossible_days_set_no_deadline(text):
    assert parse_timeframe(text, plan_year=2026).due is None


def test_a_cited_document_does_not_hide_the_deadline_written_after_it():
    text = "Thực hiện theo Kế hoạch số 12/KH-UBND ngày 05/01/2026; hoàn thành trước 30/9/2026"
    assert parse_timeframe(text, plan_year=2026).due == D(2026, 9, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15/6/2026", D(2026, 6, 15)),
        ("2026-06-05", D(2026, 6, 5)),
        ("ngày 5 tháng 6 năm 2026", D(2026, 6, 5)),
        ("15.6.26", D(2026, 6, 15)),
        ("Đã xong 15-6-2026", D(2026, 6, 15)),
        ("6/2026", None),
        ("31/2/2026", None),
        ("xong", None),
    ],
)
def test_parse_date_reads_one_calendar_day_or_nothing(text, day):
    assert parse_date(text) == day


def test_derivation_dates_a_task_from_a_plain_date_time_frame():
    task = TemplateTask(ref="1", content="Rà soát", timeframe="31/05/2025")
    assert schedule(task, 2025) == (D(2025, 5, 31), None)
