"""Readable, translated words for the audit log's action codes, entities and fields."""

from __future__ import annotations

import json

from xa_planner.localization import N_, _

ACTIONS = {
    "workspace.create": N_("Tạo dữ liệu mới"),
    "workspace.demo": N_("Tạo dữ liệu mẫu"),
    "workspace.restore": N_("Khôi phục từ bản sao lưu"),
    "profile.save": N_("Sửa thông tin xã"),
    "office.add": N_("Thêm đơn vị"),
    "office.update": N_("Sửa đơn vị"),
    "office.move": N_("Đổi thứ tự đơn vị"),
    "template.import": N_("Nhập kế hoạch của tỉnh"),
    "plan.derive": N_("Lập kế hoạch của xã"),
    "plan.text": N_("Sửa nội dung kế hoạch"),
    "section.add": N_("Thêm nhóm nhiệm vụ"),
    "task.add": N_("Thêm nhiệm vụ"),
    "task.update": N_("Sửa nhiệm vụ"),
    "task.bulk_update": N_("Giao việc hàng loạt"),
    "task.move": N_("Đổi thứ tự nhiệm vụ"),
    "task.remove": N_("Xóa nhiệm vụ"),
    "progress.set": N_("Cập nhật tiến độ"),
    "period.lock": N_("Chốt tháng báo cáo"),
    "period.reopen": N_("Mở lại tháng đã chốt"),
    "indicator.set": N_("Nhập số liệu chỉ tiêu"),
    "indicator.add": N_("Thêm chỉ tiêu"),
    "plan.follow_template": N_("Cập nhật theo kế hoạch sửa đổi của tỉnh"),
    "plan.reworded": N_("Sửa nhiệm vụ theo tỉnh"),
    "plan.added": N_("Thêm nhiệm vụ theo tỉnh"),
    "plan.removed": N_("Bỏ nhiệm vụ theo tỉnh"),
}

ENTITIES = {
    "workspace": N_("dữ liệu"),
    "commune_profile": N_("thông tin xã"),
    "office": N_("đơn vị"),
    "template": N_("kế hoạch của tỉnh"),
    "plan": N_("kế hoạch của xã"),
    "plan_section": N_("nhóm nhiệm vụ"),
    "plan_task": N_("nhiệm vụ"),
    "period": N_("tháng báo cáo"),
    "indicator": N_("chỉ tiêu"),
}

FIELDS = {
    "commune_name": N_("tên xã"),
    "province_name": N_("tỉnh"),
    "chair_name": N_("chủ tịch"),
    "report_deadline_day": N_("hạn báo cáo"),
    "short_name": N_("tên viết tắt"),
    "full_name": N_("tên đầy đủ"),
    "head": N_("thủ trưởng"),
    "retired": N_("ngừng hoạt động"),
    "content": N_("nội dung"),
    "lead_office_id": N_("đơn vị chủ trì"),
    "support_office_ids": N_("đơn vị phối hợp"),
    "responsible_person": N_("người phụ trách"),
    "due": N_("thời hạn"),
    "products": N_("kết quả/sản phẩm"),
    "status": N_("trạng thái"),
    "month": N_("tháng"),
    "reason": N_("lý do"),
    "tasks": N_("số nhiệm vụ"),
    "offices": N_("số đơn vị"),
    "months": N_("số tháng"),
    "issuing_body": N_("cơ quan ban hành"),
    "report_recipient_email": N_("thư điện tử nhận báo cáo"),
    "place_name": N_("địa danh"),
    "data_window_start_day": N_("ngày bắt đầu kỳ số liệu"),
    "unit_kind": N_("loại đơn vị hành chính"),
    "phone": N_("điện thoại"),
    "email": N_("thư điện tử"),
    "position": N_("thứ tự"),
    "from": N_("từ vị trí"),
    "to": N_("đến vị trí"),
    "name": N_("tên"),
    "title": N_("tên"),
    "source": N_("tệp nguồn"),
    "template": N_("mẫu của tỉnh"),
    "unmapped": N_("đơn vị chưa gán"),
    "ref": N_("số thứ tự"),
    "timeframe": N_("thời gian thực hiện"),
    "directing_docs": N_("văn bản chỉ đạo"),
    "section_id": N_("nhóm nhiệm vụ"),
    "recurrence": N_("lặp lại"),
    "numerator": N_("tử số"),
    "denominator": N_("mẫu số"),
    "value": N_("giá trị"),
    "change": N_("thay đổi"),
}


def action_label(code: str) -> str:
    return _(ACTIONS[code]) if code in ACTIONS else code


def entity_label(code: str) -> str:
    return _(ENTITIES[code]) if code in ENTITIES else code


_PLAIN_LISTS = {"unmapped"}  # list values that are not [old, new] pairs


def describe(detail: dict, offices: dict[int, str]) -> str:
    """"đơn vị chủ trì: Công an xã → Phòng Kinh tế; thời hạn: ∅ → 2026-12-01"."""
    parts = []
    for key, value in detail.items():
        label = _(FIELDS[key]) if key in FIELDS else key
        shown = _office_names if key.endswith(("office_id", "office_ids")) else _plain
        if isinstance(value, list) and len(value) == 2 and key not in _PLAIN_LISTS:
            parts.append(f"{label}: {shown(value[0], offices)} → {shown(value[1], offices)}")
        else:
            parts.append(f"{label}: {shown(value, offices)}")
    return "; ".join(parts)


def _plain(value, _offices=None) -> str:
    if value is None or value == "" or value == []:
        return "∅"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _office_names(value, offices: dict[int, str]) -> str:
    if isinstance(value, list):
        return ", ".join(offices.get(v, str(v)) for v in value) or "∅"
    return offices.get(value, _plain(value)) if isinstance(value, int) else _plain(value)
