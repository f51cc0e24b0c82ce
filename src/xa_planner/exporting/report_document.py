"""The monthly report writers' fixed wording and columns (docx, pdf, xlsx), and the report they take."""

from __future__ import annotations

# The report's value types and their JSON form live in the domain (storage keeps a sent copy
# frozen): xa_planner.domain.monthly_report.
from xa_planner.domain.monthly_report import MonthlyReport

__all__ = [
    "DATA_COLUMNS",
    "DATA_SCHEMA",
    "DATA_SHEET",
    "FOCUS_COLUMNS",
    "INDICATOR_COLUMNS",
    "OFFICE_COLUMNS",
    "SECTION_HEADINGS",
    "SECTION_KEYS",
    "STATUS_COLUMNS",
    "TASK_COLUMNS",
    "attachment_line",
]

SECTION_KEYS = ("direction", "results", "shortcomings", "next_focus", "proposals")
SECTION_HEADINGS = {
    "direction": "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
    "results": "II. KẾT QUẢ THỰC HIỆN",
    "shortcomings": "III. TỒN TẠI, VƯỚNG MẮC",
    "next_focus": "IV. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI",
    "proposals": "V. ĐỀ XUẤT, KIẾN NGHỊ",
}
# The machine-readable DATA sheet of the .xlsx: a contract with the province's consolidation.
DATA_SHEET = "DATA"
DATA_SCHEMA = "xa_planner.monthly_report/1"
DATA_COLUMNS = (
    "schema",
    "record_type",  # "report" (one row), "task" or "indicator"
    "commune",
    "province",
    "month",  # YYYY-MM
    "window_start",
    "window_end",
    "deadline",
    "prepared_on",
    "task_ref",
    "task_content",
    "lead_office",
    "due",
    "recurrence",
    "status_class",
    "status_label",
    "result_note",
    "indicator",
    "indicator_kind",
    "unit",
    "cumulative",
    "direction",
    "numerator",
    "denominator",
    "value",
    "assigned_level",
    "met",
    "margin",
)
OFFICE_COLUMNS = (
    "TT",
    "Đơn vị chủ trì",
    "Số nhiệm vụ",
    "Hoàn thành",
    "Đang thực hiện",
    "Chưa triển khai",
    "Không thực hiện",
    "Quá hạn chưa hoàn thành",
)
STATUS_COLUMNS = (
    "TT",
    "Tình trạng",
    "Đúng hạn, trong hạn",
    "Quá hạn",
    "Không có thời hạn",
    "Tổng số",
    "Tỷ lệ",
)
INDICATOR_COLUMNS = ("TT", "Chỉ tiêu", "Kết quả", "Tỷ lệ", "Mức giao", "Đánh giá")
TASK_COLUMNS = ("TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả")
FOCUS_COLUMNS = ("TT", "Nhiệm vụ", "Chủ trì", "Thời hạn")


def attachment_line(report: MonthlyReport) -> str:
    """ "(Kèm theo Báo cáo kết quả thực hiện Đề án 06 tháng 06/2026)" under the task table."""
    return f"(Kèm theo Báo cáo {report.summary[:1].lower()}{report.summary[1:]})"
