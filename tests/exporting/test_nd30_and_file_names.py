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


def test_an_undated_draft_leaves_blanks_for_the_clerk():
    assert nd30.vn_date_line("Vĩnh Thủy", None).startswith("Vĩnh Thủy, ngày ")


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
