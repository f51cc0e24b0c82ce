"""Readable, translated words for the audit log's action codes, entities and fields."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xa_planner.domain.audit_actions import AuditAction
from xa_planner.domain.status_labels import status_label
from xa_planner.domain.statuses import ProgressStatus
from xa_planner.localization import N_, _, format_date

ACTIONS: dict[AuditAction, str] = {
    AuditAction.WORKSPACE_CREATE: N_("Tạo dữ liệu mới"),
    AuditAction.WORKSPACE_DEMO: N_("Tạo dữ liệu mẫu"),
    AuditAction.WORKSPACE_RESTORE: N_("Khôi phục từ bản sao lưu"),
    AuditAction.PROFILE_SAVE: N_("Sửa thông tin xã"),
    AuditAction.OFFICE_ADD: N_("Thêm đơn vị"),
    AuditAction.OFFICE_UPDATE: N_("Sửa đơn vị"),
    AuditAction.OFFICE_MOVE: N_("Đổi thứ tự đơn vị"),
    AuditAction.TEMPLATE_IMPORT: N_("Nhập kế hoạch của tỉnh"),
    AuditAction.PLAN_DERIVE: N_("Lập kế hoạch của xã"),
    AuditAction.PLAN_TEXT: N_("Sửa nội dung kế hoạch"),
    AuditAction.SECTION_ADD: N_("Thêm nhóm nhiệm vụ"),
    AuditAction.SECTION_RENAME: N_("Đổi tên nhóm nhiệm vụ"),
    AuditAction.SECTION_MOVE: N_("Đổi thứ tự nhóm nhiệm vụ"),
    AuditAction.SECTION_MERGE: N_("Gộp nhóm nhiệm vụ"),
    AuditAction.SECTION_REMOVE: N_("Xóa nhóm nhiệm vụ"),
    AuditAction.SECTION_RESTORE: N_("Khôi phục nhóm nhiệm vụ"),
    AuditAction.TASK_ADD: N_("Thêm nhiệm vụ"),
    AuditAction.TASK_UPDATE: N_("Sửa nhiệm vụ"),
    AuditAction.TASK_BULK_UPDATE: N_("Giao việc hàng loạt"),
    AuditAction.TASK_MOVE: N_("Đổi thứ tự nhiệm vụ"),
    AuditAction.TASK_REMOVE: N_("Xóa nhiệm vụ"),
    AuditAction.PROGRESS_SET: N_("Cập nhật tiến độ"),
    AuditAction.PERIOD_LOCK: N_("Chốt tháng báo cáo"),
    AuditAction.PERIOD_REOPEN: N_("Mở lại tháng đã chốt"),
    AuditAction.INDICATOR_SET: N_("Nhập số liệu chỉ tiêu"),
    AuditAction.INDICATOR_ADD: N_("Thêm chỉ tiêu"),
    AuditAction.PLAN_FOLLOW_TEMPLATE: N_("Cập nhật theo kế hoạch sửa đổi của tỉnh"),
    AuditAction.PLAN_REWORDED: N_("Sửa nhiệm vụ theo tỉnh"),
    AuditAction.PLAN_ADDED: N_("Thêm nhiệm vụ theo tỉnh"),
    AuditAction.PLAN_REMOVED: N_("Bỏ nhiệm vụ theo tỉnh"),
    AuditAction.REPORT_TEXT: N_("Sửa nội dung báo cáo tháng"),
    AuditAction.REPORT_SENT: N_("Đánh dấu đã gửi báo cáo tháng"),
    AuditAction.SHEETS_EXPORT: N_("Xuất phiếu gửi các đơn vị"),
    AuditAction.SHEETS_IMPORT: N_("Nhận phiếu của đơn vị"),
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
    "police_chief_name": N_("trưởng công an xã"),
    "police_chief_title": N_("chức vụ người ký báo cáo"),
    "report_recipient_unit": N_("đơn vị nhận báo cáo"),
    "report_recipient_code": N_("mã đơn vị nhận báo cáo"),
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
    "changes": N_("số thay đổi"),
    "file": N_("tệp"),
    "files": N_("số tệp"),
    "version": N_("phiên bản"),
    "target": N_("chỉ tiêu"),
    "targets": N_("chỉ tiêu"),
    "chair_title": N_("chức danh người ký"),
    "signing_authority": N_("thẩm quyền ký"),
}

# Kept for checks and scripts, meaningless to a reader: left out of the change log's words.
_HIDDEN = {"sha256", "checksum"}
# Lists of [id, old, new] that say how many things changed.
_COUNTED = {
    "tasks": N_("{n} nhiệm vụ đổi trạng thái"),
    "indicators": N_("{n} số liệu chỉ tiêu"),
    "keys": N_("{n} phần nội dung"),
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_STATUSES = {status.value for status in ProgressStatus}
# Statuses stored before status and timing became two axes (kept in old log entries).
_OLD_STATUSES = {"late": N_("Chậm tiến độ")}


@dataclass(frozen=True)
class Names:
    """What the log's ids stand for: office names and plan task numbers."""

    offices: dict[int, str]
    task_refs: dict[int, str]


def action_label(code: str) -> str:
    """The words for a logged action; a code this version does not know is shown as it is."""
    try:
        return _(ACTIONS[AuditAction(code)])
    except ValueError:  # written by a newer version sharing the database
        return code


def entity_label(code: str) -> str:
    return _(ENTITIES[code]) if code in ENTITIES else code


_PLAIN_LISTS = {"unmapped"}  # list values that are not [old, new] pairs


def subject(entity: str, entity_id: int | None, detail: Mapping[str, Any], names: Names) -> str:
    """What was changed, by its name: "Công an xã", "nhiệm vụ I.2", "tháng báo cáo 11/2026"."""
    if entity == "office" and entity_id in names.offices:
        return names.offices[entity_id]
    if entity == "plan_task" and entity_id in names.task_refs:
        return _("nhiệm vụ {ref}").format(ref=names.task_refs[entity_id])
    if entity == "period" and isinstance(detail.get("month"), str):
        return f"{entity_label(entity)} {_value(detail['month'])}"
    return entity_label(entity)


def describe(detail: Mapping[str, Any], names: Names) -> str:
    """"đơn vị chủ trì: Công an xã → Phòng Kinh tế; thời hạn: (trống) → 01/12/2026"."""
    parts = []
    for key, value in detail.items():
        if key in _HIDDEN:
            continue
        if key in _COUNTED and isinstance(value, list):
            if value:
                parts.append(_(_COUNTED[key]).format(n=len(value)))
            continue
        label = _(FIELDS[key]) if key in FIELDS else key.replace("_", " ")
        shown = _office_names if key.endswith(("office_id", "office_ids")) else _plain
        if isinstance(value, list) and len(value) == 2 and key not in _PLAIN_LISTS:
            parts.append(f"{label}: {shown(value[0], names)} → {shown(value[1], names)}")
        else:
            parts.append(f"{label}: {shown(value, names)}")
    return "; ".join(parts)


def _plain(value, _names=None) -> str:
    if value is None or value == "" or value == []:
        return _("(trống)")
    if isinstance(value, bool):
        return _("có") if value else _("không")
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return _value(value)


def _value(value) -> str:
    """A stored value in the reader's words: statuses named, dates and months written as dates."""
    text = str(value)
    if text in _STATUSES:
        return _(status_label(ProgressStatus(text)))
    if text in _OLD_STATUSES:
        return _(_OLD_STATUSES[text])
    if _ISO_DAY.match(text):
        return format_date(dt.date.fromisoformat(text))
    month = _ISO_MONTH.match(text)
    if month:
        return f"{month.group(2)}/{month.group(1)}"
    return text


def _office_names(value, names: Names) -> str:
    if isinstance(value, list):
        return ", ".join(_office_name(v, names) for v in value) or _("(trống)")
    return _office_name(value, names) if isinstance(value, int) else _plain(value)


def _office_name(office_id: int, names: Names) -> str:
    return names.offices.get(office_id, _("(đơn vị đã xóa)"))
