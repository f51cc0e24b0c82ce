"""Commune plans whose tasks sit in a table, printed to PDF the ways offices make them (written here, not copied).

Each builder returns the PDF's bytes; ROWS says what every task row holds, so a test can check
each task's lead, supports and deadline, and TRUTH gives the (opening words, lead) pairs for F1.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .plan_builders import FONT

BOLD = FONT.with_name("DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class Row:
    """One task row: what the plan says, and the deadline a reader should find in its time cell."""

    content: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    time: str
    product: str
    due: date | None


GROUPS: list[tuple[str, str, list[Row]]] = [
    (
        "I",
        "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN",
        [
            Row(
                "Xây dựng chuyên mục hỏi đáp về dịch vụ công trực tuyến trên trang thông tin điện tử của xã",
                ("Văn phòng HĐND và UBND xã",),
                ("Phòng Văn hóa - Xã hội",),
                "Trước ngày 30/6/2026",
                "Chuyên mục được vận hành",
                date(2026, 6, 30),
            ),
            Row(
                "Phát thanh hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử trên hệ thống loa truyền thanh",
                ("Phòng Văn hóa - Xã hội",),
                ("Công an xã", "Đoàn Thanh niên xã"),
                "Hằng tuần",
                "Chương trình phát thanh",
                None,
            ),
            Row(
                "Tổ chức hội nghị đối thoại với hộ kinh doanh về thanh toán không dùng tiền mặt tại chợ trung tâm",
                ("Phòng Kinh tế",),
                ("Hội Liên hiệp Phụ nữ xã",),
                "Trước ngày 15/9/2026",
                "Biên bản hội nghị",
                date(2026, 9, 15),
            ),
        ],
    ),
    (
        "II",
        "HOÀN THIỆN HẠ TẦNG VÀ DỮ LIỆU",
        [
            Row(
                "Rà soát, cập nhật thông tin hộ nghèo, hộ cận nghèo vào cơ sở dữ liệu an sinh xã hội",
                ("Phòng Văn hóa - Xã hội",),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",),
                "Trước ngày 15/8/2026",
                "Dữ liệu được làm sạch",
                date(2026, 8, 15),
            ),
            Row(
                "Lắp đặt điểm truy cập mạng không dây miễn phí tại nhà văn hóa các thôn vùng cao",
                ("Phòng Kinh tế",),
                ("Văn phòng HĐND và UBND xã",),
                "Trước ngày 31/10/2026",
                "12 điểm truy cập",
                date(2026, 10, 31),
            ),
            Row(
                "Số hóa sổ hộ tịch lưu trữ tại xã từ năm 1995 đến năm 2015",
                ("Văn phòng HĐND và UBND xã",),
                ("Trung tâm Phục vụ hành chính công xã",),
                "Trước ngày 20/12/2026",
                "Bản số hóa sổ hộ tịch",
                date(2026, 12, 20),
            ),
            Row(
                "Kiểm tra an toàn thông tin các máy tính kết nối mạng nội bộ của cơ quan xã",
                ("Công an xã",),
                ("Văn phòng HĐND và UBND xã",),
                "6 tháng một lần",
                "Báo cáo kiểm tra",
                None,
            ),
        ],
    ),
    (
        "III",
        "PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ",
        [
            Row(
                "Hỗ trợ hợp tác xã đưa nông sản đặc trưng của xã lên sàn thương mại điện tử",
                ("Phòng Kinh tế",),
                ("Hội Nông dân xã",),
                "Trước ngày 30/9/2026",
                "Ít nhất 5 sản phẩm lên sàn",
                date(2026, 9, 30),
            ),
            Row(
                "Triển khai sổ sức khỏe điện tử cho người cao tuổi trên địa bàn",
                ("Trạm Y tế xã",),
                ("Hội Người cao tuổi xã",),
                "Trước ngày 30/11/2026",
                "80% người cao tuổi có sổ",
                date(2026, 11, 30),
            ),
            Row(
                "Thành lập tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
                ("Đoàn Thanh niên xã",),
                ("Công an xã", "Hội Nông dân xã"),
                "Trước ngày 31/3/2026",
                "Quyết định thành lập",
                date(2026, 3, 31),
            ),
            Row(
                "Tập huấn kỹ năng số cơ bản cho cán bộ, công chức và người hoạt động không chuyên trách",
                ("Văn phòng HĐND và UBND xã",),
                ("Trung tâm Phục vụ hành chính công xã",),
                "Trước ngày 30/6/2026",
                "Lớp tập huấn",
                date(2026, 6, 30),
            ),
        ],
    ),
]
ROWS = [row for _, _, rows in GROUPS for row in rows]
TRUTH = [(" ".join(row.content.split()[:7]), set(row.lead)) for row in ROWS]

USUAL = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm")
UNUSUAL = ("Cơ quan chủ trì", "Nhiệm vụ", "Thời hạn", "Cơ quan phối hợp", "Kết quả", "TT")
NUMBERLESS = ("Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả")
FIELDS = {  # header wording → which part of a row goes under it
    "STT": "ref", "TT": "ref", "Nội dung nhiệm vụ": "content", "Nhiệm vụ": "content",
    "Cơ quan chủ trì": "lead", "Cơ quan phối hợp": "support", "Thời gian hoàn thành": "time",
    "Thời hạn": "time", "Sản phẩm": "product", "Kết quả": "product",
}  # fmt: skip
_WIDTHS = {"ref": 32, "content": 190, "lead": 85, "support": 85, "time": 70, "product": 75}
OPENING = [
    "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
    "Số: 27/KH-UBND",
    "KẾ HOẠCH",
    "Thực hiện chuyển đổi số trên địa bàn xã năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đưa các hoạt động của chính quyền xã lên môi trường số, phục vụ người dân tốt hơn. "
    "Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn của từng nhiệm vụ.",
    "II. NHIỆM VỤ CỤ THỂ",
    "Các nhiệm vụ cụ thể được giao trong bảng dưới đây.",
]
CLOSING = [
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 20 hằng tháng.",
]


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(BOLD)))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9, leading=11.5)
    return body, ParagraphStyle("head", parent=body, fontName="DejaVuSans-Bold")


def row_cell(row: Row, ref: str, field: str, units_apart: str = "; ") -> str:
    """What the row holds under *field*; several units parted by *units_apart* (or a line break)."""
    return {
        "ref": ref,
        "content": row.content,
        "lead": units_apart.join(row.lead),
        "support": units_apart.join(row.support),
        "time": row.time,
        "product": row.product,
    }[field]


def _table_data(
    header: tuple[str, ...], span_number: bool, units_apart: str
) -> tuple[list[list[str]], list[int]]:
    """Cell texts row by row, and which rows are group rows merged across the table."""
    fields = [FIELDS[name] for name in header]
    data, groups = [list(header)], []
    for number, title, rows in GROUPS:
        groups.append(len(data))
        first = f"{number}. {title}" if span_number else number
        group = [""] * len(header)
        if span_number:
            group[0] = first
        else:
            group[fields.index("ref")], group[fields.index("content")] = number, title
        data.append(group)
        for index, row in enumerate(rows, start=1):
            data.append([row_cell(row, str(index), field, units_apart) for field in fields])
    return data, groups


def task_table(
    header: tuple[str, ...] = USUAL,
    *,
    ruled: bool = True,
    span_number: bool = False,
    repeat_header: bool = True,
    split_rows: bool = False,
    units_apart: str = "; ",
    unit_width: float = 85,
) -> Table:
    """The task table as Word prints it: wrapped cells, group rows merged across the columns."""
    body, head = _styles()
    data, groups = _table_data(header, span_number, units_apart)
    cells = [[Paragraph(text, head if r == 0 else body) for text in row] for r, row in enumerate(data)]
    sizes = {**_WIDTHS, "lead": unit_width, "support": unit_width}
    widths = [sizes[FIELDS[name]] for name in header]
    table = Table(
        cells, colWidths=widths, repeatRows=1 if repeat_header else 0, splitInRow=int(split_rows)
    )
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    content_at = [FIELDS[name] for name in header].index("content")
    for at in groups:
        start = 0 if span_number else content_at
        style.append(("SPAN", (start, at), (-1, at)))
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _pdf(story: list, *, wide: bool = False) -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4) if wide else A4
    document = SimpleDocTemplate(buffer, pagesize=size, invariant=True, title="Ke hoach")
    document.build(story)
    return buffer.getvalue()


def _prose(lines: list[str]) -> list:
    body, head = _styles()
    return [Paragraph(line, head if line.isupper() else body) for line in lines]


def table_plan_pdf(header: tuple[str, ...] = USUAL, *, wide: bool = False, **options) -> bytes:
    """A one-document plan: opening prose, the task table, closing prose (*wide*: landscape,
    the unit columns half as wide again)."""
    table = task_table(header, unit_width=128 if wide else 85, **options)
    return _pdf([*_prose(OPENING), Spacer(1, 6), table, Spacer(1, 6), *_prose(CLOSING)], wide=wide)


def split_table_pdf(*, repeat_header: bool, ruled: bool = True, split_rows: bool = False) -> bytes:
    """The table starts low on the first page and runs on to the second (a row may break between them)."""
    body, _ = _styles()
    filler = [Paragraph("Năm trước, xã đã đưa 60% hồ sơ thủ tục hành chính lên môi trường mạng.", body)] * 3
    story = [*_prose(OPENING), *filler, Spacer(1, 330), task_table(ruled=ruled, repeat_header=repeat_header, split_rows=split_rows)]
    return _pdf([*story, *_prose(CLOSING)])


PROSE_TASKS = [
    ("Ban hành quy chế vận hành hệ thống quản lý văn bản điều hành của xã", {"Văn phòng HĐND và UBND xã"}),
    ("Rà soát nhu cầu trang bị thiết bị đầu cuối cho bộ phận một cửa", {"Trung tâm Phục vụ hành chính công xã"}),
]
PROSE_BODY = [
    "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH",
    "Số: 31/KH-UBND",
    "KẾ HOẠCH",
    "Thực hiện chuyển đổi số trên địa bàn xã năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đưa các hoạt động của chính quyền xã lên môi trường số.",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "1. Ban hành quy chế vận hành hệ thống quản lý văn bản điều hành của xã.",
    "Chủ trì: Văn phòng HĐND và UBND xã; thời gian: Trước ngày 30/4/2026.",
    "2. Rà soát nhu cầu trang bị thiết bị đầu cuối cho bộ phận một cửa.",
    "Chủ trì: Trung tâm Phục vụ hành chính công xã; phối hợp: Phòng Kinh tế; thời gian: Trước ngày 31/5/2026.",
    "3. Các nhiệm vụ khác thực hiện theo Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 20 hằng tháng.",
]


def prose_with_appendix_pdf() -> bytes:
    """A prose plan whose last page is the appendix table, on a landscape page as offices print it."""
    appendix = _prose(["PHỤ LỤC", "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"])
    return _pdf([*_prose(PROSE_BODY), PageBreak(), *appendix, Spacer(1, 6), task_table(ruled=True)], wide=True)


def busy_grid_pdf(columns: int = 60, rows: int = 80) -> bytes:
    """A hostile page: thousands of tiny ruled cells, each holding a digit."""
    buffer = io.BytesIO()
    _styles()  # registers the font
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setFont("DejaVuSans", 6)
    for x, cell in zip((20, 60, 160, 260), ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"), strict=True):
        pdf.drawString(x, 820, cell)  # a header row over the grid, so the page is looked at
    pdf.setFont("Helvetica", 4)
    for r in range(rows):
        for c in range(columns):
            x, y = 20 + c * 9, 800 - r * 9.5
            pdf.rect(x, y, 9, 9.5)
            pdf.drawString(x + 2, y + 3, str((r + c) % 10))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def prose_pdf(lines: list[str]) -> bytes:
    """A prose plan printed line by line as paragraphs (no table)."""
    body, _ = _styles()
    escaped = (line.replace("&", "&amp;").replace("<", "&lt;") for line in lines if line.strip())
    return _pdf([Paragraph(line, body) for line in escaped])


def two_row_header_pdf(*, ruled: bool) -> bytes:
    """A table whose "Cơ quan thực hiện" header cell spans "Chủ trì" and "Phối hợp" under it."""
    body, head = _styles()
    data = [
        ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời hạn"],
        ["", "", "Chủ trì", "Phối hợp", ""],
    ]
    for number, title, rows in GROUPS:
        data.append([number, title, "", "", ""])
        for index, row in enumerate(rows, start=1):
            data.append([str(index), row.content, "; ".join(row.lead), "; ".join(row.support), row.time])
    cells = [[Paragraph(text, head if r < 2 else body) for text in row] for r, row in enumerate(data)]
    table = Table(cells, colWidths=[32, 200, 90, 90, 80], repeatRows=2)
    style = [("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    style += [("SPAN", (4, 0), (4, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(style))
    return _pdf([*_prose(OPENING), table, *_prose(CLOSING)])


def busy_form_pdf(strokes: int = 40_000) -> bytes:
    """A hostile page under a task header whose drawing hides in a form (a drawing reused by
    reference): tens of thousands of tiny strokes that pdfminer would have to read one by one."""
    _styles()  # registers the font
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.beginForm("strokes")
    for index in range(strokes):
        x, y = 20 + index % 500, 100 + (index // 500) % 600
        pdf.line(x, y, x + 0.5, y + 0.5)
    pdf.endForm()
    pdf.setFont("DejaVuSans", 9)
    for x, cell in zip((20, 60, 160, 260), ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"), strict=True):
        pdf.drawString(x, 800, cell)
    pdf.drawString(20, 780, "1 Rà soát dữ liệu dân cư Công an xã Quý II/2026")
    pdf.doForm("strokes")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
