"""ND 30's date padding and line forms, and the one file-name convention."""

from __future__ import annotations

import datetime as dt

import pytest

from xa_planner.exporting import nd30
from xa_planner.exporting.file_names import appendix_file_name, plan_file_name, report_file_name


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2026, 1, 5), "Vĩnh Thủy, ngày 05 tháng 01 năm 2026"),
        (dt.date(2026, 2, 28), "Vĩnh Thủy, ngày 28 tháng 02 năm 2026"),
        (dt.date(2026, 5, 25), "Vĩnh Thủy, ngày 25 tháng 5 năm 2026"),
        (dt.date(2019, 6, 9), "Vĩnh Thủy, ngày 09 tháng 6 năm 2019"),
        (dt.date(2026, 12, 31), "Vĩnh Thủy, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_the_date_line_pads_days_below_ten_and_only_january_and_february(date, expected):
    assert nd30.vn_date_line("Vĩnh Thủy", date) == expected


def test_an_undated_draft_leaves_blanks_for_the_day_and_month_and_prints_the_year():
    # Given a plan of 2026 not yet dated, When its date line is written
    line = nd30.vn_date_line("Vĩnh Thủy", None, 2026)
    # Then day and month are runs of no-break spaces (never collapsed) and the year is printed
    assert line.startswith("Vĩnh Thủy, ngày" + nd30.NO_BREAK_SPACE * 5)
    assert "tháng" + nd30.NO_BREAK_SPACE * 5 in line
    assert line.endswith("năm 2026")


def test_an_unnumbered_document_keeps_a_blank_before_its_symbol():
    # Given the report's stored "     /BC-CAX", When its number line is written
    line = nd30.number_line("     /BC-CAX")
    # Then the blank is about 18 mm of no-break spaces, and a real number is kept as it is
    assert line.startswith("Số: " + nd30.NO_BREAK_SPACE * 12) and line.endswith("/BC-CAX")
    assert nd30.number_line("05/KH-UBND") == "Số: 05/KH-UBND"


def test_the_issuing_body_breaks_after_the_committee_name():
    assert nd30.issuer_lines("ỦY BAN NHÂN DÂN XÃ VĨNH THỦY") == ["ỦY BAN NHÂN DÂN", "XÃ VĨNH THỦY"]
    assert nd30.issuer_lines("CÔNG AN XÃ\nVĨNH THỦY") == ["CÔNG AN XÃ", "VĨNH THỦY"]


def test_recipients_get_dashes_semicolons_and_a_final_full_stop():
    assert nd30.recipient_lines(("UBND tỉnh", "- Công an xã;", "Lưu: VT, CAX")) == [
        "- UBND tỉnh;",
        "- Công an xã;",
        "- Lưu: VT, CAX.",
    ]


def test_the_end_mark_is_added_once():
    assert nd30.with_end_mark("để xem xét, giải quyết.") == "để xem xét, giải quyết./."
    assert nd30.with_end_mark("giải quyết./.") == "giải quyết./."


def test_file_names_follow_one_convention():
    assert plan_file_name("Xã Vĩnh Thủy", 2026, "pdf") == "KH_DA06_2026_Xa-Vinh-Thuy.pdf"
    assert appendix_file_name("Xã Vĩnh Thủy", 2026, ".XLSX") == "PL_DA06_2026_Xa-Vinh-Thuy.xlsx"
    assert (
        report_file_name("Phường Đông Hà", 2026, 6, "docx") == "BC_DA06_2026-06_Phuong-Dong-Ha.docx"
    )
