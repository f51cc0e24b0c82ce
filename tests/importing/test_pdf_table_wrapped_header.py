"""A PDF task table whose narrow header cells wrap mid-phrase ("Cơ quan chủ" / "trì") is still read row by row."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from xa_planner.services.template_service import parse_plan

from . import pdf_table_builders as built

# Header cells as Word wraps them in narrow columns: every phrase broken across lines.
WRAPPED_HEADER = ("TT", "Nội dung<br/>công việc", "Cơ quan chủ<br/>trì", "Cơ quan phối<br/>hợp", "Thời<br/>hạn")
ROWS = (
    ("1", "Rà soát dữ liệu dân cư tại các thôn", "Công an xã", "Trưởng thôn", "Tháng 3/2026"),
    ("2", "Hướng dẫn người dân kích hoạt tài khoản định danh", "Đoàn Thanh niên", "Công an xã",
     "Quý II/2026"),
    ("3", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Công an xã",
     "Trước 30/9/2026"),
)  # fmt: skip


def _plan_pdf() -> bytes:
    body, head = built._styles()
    cells = [[built.Paragraph(text, head) for text in WRAPPED_HEADER]]
    cells += [[built.Paragraph(text, body) for text in row] for row in ROWS]
    table = Table(cells, colWidths=[28, 200, 70, 70, 62])
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return built._pdf(built._prose(built.OPENING) + [table] + built._prose(built.CLOSING))


def test_a_table_whose_header_cells_wrap_mid_phrase_gives_every_row_with_its_lead(tmp_path):
    # Given a plan whose task table was printed with narrow columns, each header phrase wrapped
    path = tmp_path / "ke_hoach_cot_hep.pdf"
    path.write_bytes(_plan_pdf())
    # When the officer imports it
    plan = parse_plan(path)
    # Then each row is a task with its lead and support as written
    found = {task.content: (tuple(task.lead_written), tuple(task.support_written)) for task in plan.tasks}
    for _, content, lead, support, _ in ROWS:
        assert found.get(content) == ((lead,), (support,)), (content, found)
