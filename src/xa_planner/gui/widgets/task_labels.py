"""Vietnamese names of the importer's doubts, the derivation's flags and recurrences, as the GUI shows them."""

from __future__ import annotations

import datetime as dt

from xa_planner.localization import N_, _, format_date

_DOUBT_LABELS = {
    "label_guessed": N_("Nhãn trường được đoán từ chữ bị lỗi"),
    "no_lead": N_("Chưa có đơn vị chủ trì"),
    "unit_not_recognised": N_("Không nhận ra đơn vị chủ trì"),
    "timeframe_not_understood": N_("Không hiểu thời gian thực hiện"),
    "target_unclear": N_("Chưa rõ chỉ tiêu đo cái gì"),
    "unit_renamed": N_("Cơ quan đã đổi tên; tên hiện nay được đề xuất"),
}

_FLAG_LABELS = {
    "no_lead": N_("Chưa có đơn vị chủ trì"),
    "no_due": N_("Chưa có thời hạn"),
    "no_product": N_("Chưa có kết quả/sản phẩm"),
    "lead_to_confirm": N_("Cần xác nhận đơn vị chủ trì"),
}

_RECURRENCE_LABELS = {
    "monthly": N_("Hằng tháng"),
    "quarterly": N_("Hằng quý"),
    "yearly": N_("Hằng năm"),
    "continuous": N_("Thường xuyên"),
    "event": N_("Khi có chỉ đạo"),
}

# Flags that make a derived task unusable as it stands (shown in red, not orange).
SERIOUS_FLAGS = frozenset({"no_lead"})


def doubt_label(code: str) -> str:
    return _(_DOUBT_LABELS[code]) if code in _DOUBT_LABELS else code


def flag_label(code: str) -> str:
    return _(_FLAG_LABELS[code]) if code in _FLAG_LABELS else code


def recurrence_label(code: str | None) -> str:
    if not code:
        return ""
    return _(_RECURRENCE_LABELS[code]) if code in _RECURRENCE_LABELS else code


def schedule_text(due: dt.date | None, recurrence: str | None) -> str:
    """ "30/06/2026", "Hằng tháng", "Hằng tháng, đến 31/12/2026" or "" when neither is known."""
    if due and recurrence:
        return _("{recurrence}, đến {due}").format(recurrence=recurrence_label(recurrence), due=format_date(due))
    if due:
        return format_date(due)
    return recurrence_label(recurrence)
