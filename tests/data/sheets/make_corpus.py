"""Write the corpus of edited and hostile office sheets: `python tests/data/sheets/make_corpus.py`.

Every file starts from one sheet written by the real writer, then is damaged the way sheets
come back by email. The secret is fixed so the checksums stay stable.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import openpyxl

from xa_planner.domain.office_sheets import LEAD, SheetIdentification, sheet_checksum
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.exporting.office_sheet_writer import OfficeSheet, SheetTaskRow, write_office_sheet

HERE = Path(__file__).resolve().parent
SECRET = bytes(range(32))
TASK_IDS = (101, 102, 103, 104)


def base_sheet() -> OfficeSheet:
    ident = SheetIdentification(
        "Vĩnh Thủy", 1, "2026-06", 3, "Phòng Kinh tế", TASK_IDS[:3], TASK_IDS[3:]
    )
    ident = SheetIdentification(**{**ident.__dict__, "checksum": sheet_checksum(SECRET, ident)})
    rows = tuple(
        SheetTaskRow(
            t,
            f"I.{n}",
            f"Nhiệm vụ số {n}",
            LEAD if t != 104 else "support",
            "31/12/2026",
            ProgressStatus.IN_PROGRESS,
            "=SUM(A1)",
        )
        for n, t in enumerate(TASK_IDS, start=1)
    )
    return OfficeSheet(
        "Vĩnh Thủy",
        "Quảng Trị",
        1,
        "Kế hoạch Đề án 06 năm 2026",
        "06/2026",
        3,
        "Phòng Kinh tế",
        ("Hướng dẫn: chọn tình trạng.",),
        ident,
        rows,
    )


def _fill(source: Path, target: Path, statuses: dict[int, object], extra=None) -> None:
    workbook = openpyxl.load_workbook(source)
    ws = workbook.worksheets[0]
    header = next(r for r in range(1, 30) if ws.cell(row=r, column=12).value == "Mã NV")
    for row in range(header + 1, header + 5):
        task = int(ws.cell(row=row, column=12).value)
        if task in statuses:
            ws.cell(row=row, column=7).value = statuses[task]
    if extra:
        extra(ws, header)
    workbook.save(target)


def _dates_as_text(ws, header: int) -> None:
    ws.cell(row=header + 1, column=8).value = "ngày 5 tháng 6 năm 2026"
    ws.cell(row=header + 2, column=8).value = "31/02/2026"


def _xlsm(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType='
                    b'"application/vnd.ms-office.vbaProject"/></Types>',
                )
            new.writestr(item, data)
        new.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub')


def _zip_bomb(target: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (120 * 1024 * 1024))
    target.write_bytes(buffer.getvalue())


def _no_identification(source: Path, target: Path) -> None:
    workbook = openpyxl.load_workbook(source)
    del workbook["_xa_id"]
    workbook.save(target)


def main() -> None:
    original = write_office_sheet(base_sheet(), HERE / "original.xlsx")
    _fill(
        original,
        HERE / "statuses_typed_by_hand.xlsx",
        {101: "hoan thanh", 102: "HT", 103: "làm gần xong"},
    )
    _fill(
        original,
        HERE / "dates_as_text.xlsx",
        {101: "Hoàn thành", 102: "Hoàn thành"},
        _dates_as_text,
    )
    _fill(
        original,
        HERE / "support_row_filled.xlsx",
        {104: "Hoàn thành"},
        lambda ws, header: setattr(ws.cell(row=header + 4, column=9), "value", "Đã phối hợp"),
    )
    _xlsm(HERE / "statuses_typed_by_hand.xlsx", HERE / "with_macros.xlsm")
    data = (HERE / "statuses_typed_by_hand.xlsx").read_bytes()
    (HERE / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (HERE / "not_a_sheet.xlsx").write_text(
        "Kính gửi Công an xã,\nĐơn vị xin gửi báo cáo.\n", encoding="utf-8"
    )
    _no_identification(original, HERE / "no_identification.xlsx")
    _zip_bomb(HERE / "zip_bomb.xlsx")


if __name__ == "__main__":
    sys.exit(main())
