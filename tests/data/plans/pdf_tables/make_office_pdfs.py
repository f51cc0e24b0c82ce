"""Write the task-table plans of tests/importing/pdf_table_builders.py as Word documents and print
them to PDF with LibreOffice, as an office saves a Word table as PDF.

Run from the repository root: .venv/bin/python tests/data/plans/pdf_tables/make_office_pdfs.py
(needs LibreOffice's soffice; the PDFs are kept in the repository so the tests need no LibreOffice).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from importing.pdf_table_builders import (  # noqa: E402
    CLOSING,
    FIELDS,
    GROUPS,
    OPENING,
    UNUSUAL,
    USUAL,
    row_cell,
)


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _table(document, header: tuple[str, ...], *, borders: bool, merge_number: bool) -> None:
    fields = [FIELDS[name] for name in header]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid" if borders else None
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    _repeat_as_header(table.rows[0])
    for number, title, rows in GROUPS:
        cells = table.add_row().cells
        if merge_number:
            cells[0].merge(cells[-1]).text = f"{number}. {title}"
        else:
            cells[fields.index("ref")].text = number
            cells[1].merge(cells[-1]).text = title
        for index, row in enumerate(rows, start=1):
            for cell, field in zip(table.add_row().cells, fields, strict=True):
                cell.text = row_cell(row, str(index), field)


def _document(header, *, borders: bool, merge_number: bool, landscape: bool) -> Document:
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for line in OPENING + ["Năm trước, xã đã đưa 60% hồ sơ thủ tục hành chính lên môi trường mạng."] * 6:
        document.add_paragraph(line)
    _table(document, header, borders=borders, merge_number=merge_number)
    for line in CLOSING:
        document.add_paragraph(line)
    return document


PLANS = {
    "word_table_grid.pdf": {"header": USUAL, "borders": True, "merge_number": False, "landscape": False},
    "word_table_no_borders.pdf": {"header": USUAL, "borders": False, "merge_number": True, "landscape": True},
    "word_table_unusual_order.pdf": {"header": UNUSUAL, "borders": True, "merge_number": True, "landscape": False},
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, options in PLANS.items():
            source = Path(folder) / name.replace(".pdf", ".docx")
            _document(**options).save(source)
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(source)],
                check=True,
                capture_output=True,
                timeout=180,
            )


if __name__ == "__main__":
    main()
