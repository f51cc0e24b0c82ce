"""The words of the domain's reasons, translated in the language active when they are shown."""

from __future__ import annotations

import enum

from xa_planner.domain.derivation import RelevanceCode
from xa_planner.domain.reasons import Reason
from xa_planner.domain.unit_mapping import MappingCode
from xa_planner.localization import N_, _

_R, _M = RelevanceCode, MappingCode
# One sentence per code; the reason's params fill its {placeholders}.
_SENTENCES: dict[enum.StrEnum, str] = {
    _R.COMMUNE_LEADS: N_("Cấp xã chủ trì: {unit}"),
    _R.PROVINCIAL_ONLY: N_("Việc riêng của cấp tỉnh: “{words}”"),
    _R.POLICE_CASCADE: N_("Công an tỉnh chủ trì, triển khai đến Công an xã"),
    _R.CONTENT_CASCADES: N_("Nội dung triển khai đến cơ sở: “{words}”"),
    _R.COMMUNE_SUPPORTS: N_("Cấp xã phối hợp: {unit}"),
    _R.COMMUNE_FIELD: N_("{unit} có phòng, ban tương ứng ở xã cho lĩnh vực này"),
    _R.NO_COMMUNE_ROLE: N_("Không thấy vai trò của cấp xã trong nhiệm vụ"),
    _M.REMEMBERED: N_("Theo lựa chọn đã ghi nhớ"),
    _M.SAME_NAME: N_("Trùng tên phòng, ban của xã"),
    _M.TABLE: N_("Bảng mặc định: {unit} → {office}"),
    _M.CONTEXT: N_("Theo nội dung nhiệm vụ: {unit} → {office}"),
    _M.COMMUNE_DEFAULT: N_("Cấp xã thực hiện; đề xuất {office}, cán bộ chọn lại nếu cần"),
    _M.COLLECTIVE: N_("Một nhóm cơ quan, không phải một phòng, ban cụ thể"),
    _M.NO_COUNTERPART: N_("Cấp xã không có cơ quan tương ứng"),
    _M.ROLE_MISSING: N_("Xã chưa có phòng, ban tương ứng trong danh sách"),
    _M.UNKNOWN: N_("Không nhận ra đơn vị này"),
}


def reason_text(reason: Reason) -> str:
    """The sentence *reason* stands for, in the active language, its words filled in."""
    return _(_SENTENCES[reason.code]).format(**dict(reason.params))
