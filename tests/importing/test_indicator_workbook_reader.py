"""The provincial indicator workbook is read sheet by sheet, numbers Vietnamese-style, hostile files refused."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.indicator_workbook_reader import read_workbook
from xa_planner.services.import_refusal_texts import import_refusal_text


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Hướng dẫn"
    notes["A1"] = "Mỗi xã một dòng"
    sheet = book.create_sheet("Chỉ tiêu tháng")
    sheet.append(["BẢNG CHỈ TIÊU ĐỀ ÁN 06"])
    sheet.append(["STT", "Đơn vị", "Tỷ lệ hồ sơ trực tuyến", "Số CCCD", None, "Ghi chú"])
    sheet.append([1, "Xã Vĩnh Thủy", 0.875, "1.234", None, ""])
    sheet["C3"].number_format = "0.0%"
    sheet.append([])
    sheet.append([2, "Phường An Hòa", "80,5%", 12.5, None, "gửi muộn"])
    other = book.create_sheet("Quý")
    other.append(["Xã", "Số vụ"])
    other.append(["Vĩnh Thủy", 3])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_every_sheet_with_a_header_is_read_below_its_title_lines():
    workbook = read_workbook(_xlsx(), "chi_tieu.xlsx")
    assert [sheet.name for sheet in workbook.sheets] == ["Chỉ tiêu tháng", "Quý"]
    sheet = workbook.sheet("Chỉ tiêu tháng")
    assert sheet.header == ["STT", "Đơn vị", "Tỷ lệ hồ sơ trực tuyến", "Số CCCD", "E", "Ghi chú"]
    assert sheet.rows == [
        ["1", "Xã Vĩnh Thủy", "87,5%", "1.234", "", ""],
        ["2", "Phường An Hòa", "80,5%", "12,5", "", "gửi muộn"],
    ]
    assert workbook.sheet("Quý").rows == [["Vĩnh Thủy", "3"]]


def test_a_file_that_is_not_a_workbook_is_refused_with_one_sentence():
    with pytest.raises(ImportRejected) as refused:
        read_workbook(b"%PDF-1.7 not a workbook", "bang.xlsx")
    assert "bang.xlsx" in import_refusal_text(refused.value)


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (300 * 1024 * 1024))
    with pytest.raises(ImportRejected) as refused:
        read_workbook(buffer.getvalue(), "bom.xlsx")
    assert "giải nén" in import_refusal_text(refused.value)


def test_a_zip_without_a_workbook_inside_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportRejected):
        read_workbook(buffer.getvalue(), "van_ban.docx")
