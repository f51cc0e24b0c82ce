"""A document's symbol ("06/QĐ-TTg", "113/KH-UBND") is never broken at its hyphen or slash in a printed workbook."""

from __future__ import annotations

import pytest
from printed_documents import printed, vertical_rules, words
from test_printed_tables import split_tokens

from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx
from xa_planner.exporting.plan_document import AppendixDocument, AppendixRow, AppendixSection

# Rows citing several documents, their symbols falling at every place of a line in turn.
_CITATIONS = [
    "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
    "Quyết định số 06/QĐ-TTg; Chỉ thị số 07/CT-TTg ngày 14/3/2025",
    "Kế hoạch số 113/KH-UBND; Quyết định số 422/QĐ-TTg ngày 04/4/2022",
    "Chỉ thị số 07/CT-TTg; Kế hoạch số 1199/KH-UBND của UBND tỉnh",
    "Theo Quyết định số 206/QĐ-TTg ngày 28/02/2024 của Thủ tướng",
    "Văn bản số 2536/BCA-C06 và Kế hoạch số 113/KH-UBND",
]


def _appendix() -> AppendixDocument:
    rows = tuple(
        AppendixRow(
            str(index + 1),
            "Rà soát, cập nhật dữ liệu dân cư trên địa bàn xã " * (1 + index % 2),
            f"{'Căn cứ ' * (index % 3)}{citation}",
            "Công an xã",
            "Phòng Văn hóa - Xã hội",
            "Thường xuyên",
        )
        for index, citation in enumerate(_CITATIONS * 3)
    )
    return AppendixDocument(
        title="CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026",
        reference_line="(Kèm theo Kế hoạch số    /KH-UBND ngày    tháng    năm 2026)",
        sections=(AppendixSection("I", "NHIỆM VỤ CHUNG", rows),),
    )


def _symbols(appendix: AppendixDocument) -> set[str]:
    cells = [row.directing_docs for section in appendix.sections for row in section.rows]
    return {word.rstrip(";,") for text in cells for word in text.split() if "/" in word}


@pytest.mark.slow
def test_a_document_symbol_is_printed_whole_in_the_appendix_workbook(tmp_path):
    # Given an appendix whose rows cite documents by their symbols
    appendix = _appendix()
    # When it is written as .xlsx and printed as Excel and LibreOffice users print it
    pdf = printed(write_appendix_xlsx(appendix, tmp_path / "appendix.xlsx"))
    # Then no symbol begins at the end of one line and ends on the next
    assert not split_tokens(words(pdf), _symbols(appendix), vertical_rules(pdf))
