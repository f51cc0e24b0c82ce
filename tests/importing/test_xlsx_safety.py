"""Every .xlsx the app reads (plan appendix, indicator workbook, report data, office sheet) goes
through one openpyxl stack behind the zip and XML checks: hostile parts give one clear sentence."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from collections.abc import Callable

import openpyxl
import pytest

from tests.refusal_words import refused_saying
from xa_planner.importing import ImportLimits, parse_plan_bytes
from xa_planner.importing.indicator_workbook_reader import read_workbook
from xa_planner.importing.office_sheet_reader import read_office_sheet
from xa_planner.importing.report_data_reader import read_report_data
from xa_planner.services.import_refusal_texts import import_refusal_text

from .plan_builders import appendix_xlsx

SHEET = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
LAUGHS = '<!ENTITY a0 "ha">' + "".join(
    f'<!ENTITY a{i} "&a{i - 1};&a{i - 1};">' for i in range(1, 30)
)


def _workbook(*rows: list[object]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_member(data: bytes, name: str, content: bytes) -> bytes:
    """The same workbook with one part replaced, the zip itself intact."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = content if info.filename == name else source.read(info)
            target.writestr(info.filename, body)
    return buffer.getvalue()


READERS: dict[str, Callable[[bytes], object]] = {
    "plan appendix": lambda data: parse_plan_bytes(data, "phu_luc.xlsx"),
    "indicator workbook": lambda data: read_workbook(data, "chi_tieu.xlsx"),
    "report data": read_report_data,
    "office sheet": lambda data: read_office_sheet(data, "phieu.xlsx"),
}


def _with_dtd(data: bytes, name: str) -> bytes:
    """The workbook with a billion-laughs DTD put before the root element of part *name*."""
    body = zipfile.ZipFile(io.BytesIO(data)).read(name).decode()
    root = re.search("<[^?!]", body).start()  # after any XML declaration
    dtd = f"<!DOCTYPE root [{LAUGHS}]>"
    return _with_member(data, name, (body[:root] + dtd + body[root:]).encode())


@pytest.mark.parametrize("part", [SHEET, "xl/workbook.xml", "xl/styles.xml"])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_an_entity_bomb_in_any_part_is_refused_as_dangerous_xml(reader, part):
    # Given a workbook one of whose parts declares a billion-laughs DTD
    data = _with_dtd(_workbook(["Nhiệm vụ", "Hạn"]), part)
    # When any of the app's readers opens it, Then it says the XML is dangerous, in one sentence
    with refused_saying("XML nguy hiểm") as refused:
        READERS[reader](data)
    assert "\n" not in import_refusal_text(refused.value)


@pytest.mark.parametrize("reader", ["plan appendix", "indicator workbook", "report data"])
def test_a_sheet_cut_off_inside_an_intact_zip_is_refused_as_damaged(reader):
    # Given a workbook whose sheet XML stops half-way, though the zip itself is sound
    data = _with_member(
        _workbook(["a", "b"]), SHEET, f'<worksheet xmlns="{MAIN}"><sheetData><row'.encode()
    )
    # When it is read, Then the officer is told the file is damaged
    with refused_saying("bị hỏng"):
        READERS[reader](data)


def test_a_returned_sheet_cut_off_inside_an_intact_zip_asks_for_it_again():
    data = _with_member(
        _workbook(["a", "b"]), SHEET, f'<worksheet xmlns="{MAIN}"><sheetData><row'.encode()
    )
    with refused_saying("hãy xin gửi lại"):
        READERS["office sheet"](data)


def _claiming_size(data: bytes, name: str, claimed: int) -> bytes:
    """The archive with both headers of member *name* claiming *claimed* unpacked bytes."""
    data = bytearray(data)
    for signature, size_at, name_length_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        start = 0
        while (index := data.find(signature, start)) >= 0:
            length = struct.unpack_from("<H", data, index + name_length_at)[0]
            if data[index + name_at : index + name_at + length] == name.encode():
                struct.pack_into("<I", data, index + size_at, claimed)
            start = index + 4
    return bytes(data)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_sheet_unpacking_larger_than_its_headers_say_is_refused_as_damaged(reader):
    # Given a sheet of 3 MB whose zip headers claim 100 bytes
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{" " * 3_000_000}</sheetData></worksheet>'
    data = _claiming_size(_with_member(_workbook(["a", "b"]), SHEET, sheet.encode()), SHEET, 100)
    # When it is read, Then unpacking stops at the claimed size and the file is called damaged
    with refused_saying("bị hỏng"):
        READERS[reader](data)


def test_a_member_larger_than_the_member_limit_is_refused_before_it_is_unpacked():
    # Given an indicator workbook whose one sheet unpacks to 3 MB, with a 2 MB member limit
    data = _with_member(_workbook(["a", "b"]), SHEET, b" " * (3 * 1024 * 1024))
    limits = ImportLimits(max_member_bytes=2 * 1024 * 1024)
    # When it is read, Then it is refused as abnormal compressed content
    with refused_saying("nội dung nén bất thường"):
        read_workbook(data, "chi_tieu.xlsx", limits)


def test_a_sheet_reaching_past_the_row_limit_is_refused_even_with_blank_rows_between():
    # Given a sheet with a heading in row 1 and one stray value far down in row 500
    book = openpyxl.Workbook()
    book.active["A1"], book.active["B1"] = "Xã", "Số vụ"
    book.active["A500"] = "lạc"
    buffer = io.BytesIO()
    book.save(buffer)
    # When it is read with room for 100 rows, Then the limit is named
    with refused_saying("quá nhiều dòng \\(tối đa 100\\)"):
        read_workbook(buffer.getvalue(), "chi_tieu.xlsx", ImportLimits(max_rows=100))


def test_an_appendix_deadline_typed_as_a_date_cell_reads_as_that_date():
    # Given an appendix row whose deadline cell holds a real Excel date
    data = _workbook(
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        [1, "Số hóa hồ sơ hộ tịch", "Sở Tư pháp", dt.date(2026, 10, 31)],
    )
    # When the plan is imported, Then the date is read as a date, not as Excel's serial number
    plan = parse_plan_bytes(data, "phu_luc.xlsx")
    (task,) = plan.tasks
    assert "46326" not in task.timeframe
    assert task.due == dt.date(2026, 10, 31)


def test_the_appendix_reads_the_same_rows_as_before():
    plan = parse_plan_bytes(appendix_xlsx(), "phu_luc.xlsx")
    assert len(plan.tasks) == 6
