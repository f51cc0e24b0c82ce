"""The words of a returned sheet's problems and refusals, translated in the language active when shown."""

from __future__ import annotations

from xa_planner.domain.sheet_problems import SheetProblem, SheetProblemKind
from xa_planner.localization import N_, _
from xa_planner.services.import_refusal_texts import import_refusal_text
from xa_planner.services.sheet_views import SheetRefusal, SheetRefusalKind

_K = SheetProblemKind
# One sentence per kind; {row} and {task} come from the problem, the rest from its params.
_SENTENCES: dict[SheetProblemKind, str] = {
    _K.FORMULA: N_("Ô {cell} chứa công thức; công thức không được nhập, hãy gõ giá trị."),
    _K.NO_TASK_CODE: N_("Dòng {row} có ghi nội dung nhưng không có mã nhiệm vụ nên bị bỏ qua."),
    _K.SUPPORT_ROW: N_(
        "Dòng {row}: đơn vị chỉ phối hợp nhiệm vụ này, đơn vị chủ trì báo cáo; "
        "nội dung ghi ở dòng này không được nhập."
    ),
    _K.NOT_THIS_OFFICE: N_(
        "Dòng {row}: nhiệm vụ mã {task} không thuộc phiếu của đơn vị này nên bị bỏ qua."
    ),
    _K.DUPLICATE_ROW: N_(
        "Dòng {row}: nhiệm vụ mã {task} xuất hiện lần thứ hai nên dòng này bị bỏ qua."
    ),
    _K.UNKNOWN_STATUS: N_(
        "Dòng {row}: không hiểu tình trạng “{text}”; dòng này chưa được nhập, hãy chọn "
        "một trong năm tình trạng của danh sách."
    ),
    _K.BAD_DATE: N_(
        "Dòng {row}: ngày hoàn thành “{text}” không đọc được (ghi dạng ngày/tháng/năm); "
        "ngày này bị bỏ qua."
    ),
    _K.BAD_NUMBER: N_("Dòng {row}: kết quả chỉ tiêu “{text}” không phải là số nên bị bỏ qua."),
    _K.MISSING_STATUS: N_(
        "Dòng {row}: có ghi kết quả nhưng chưa chọn tình trạng nên chưa được nhập."
    ),
}


def sheet_problem_text(problem: SheetProblem) -> str:
    """The sentence *problem* stands for, in the active language, its row and words filled in."""
    words = dict(problem.params)
    return _(_SENTENCES[problem.kind]).format(row=problem.row, task=problem.task_id, **words)


_R = SheetRefusalKind
# Why a whole file is refused: one sentence per kind, filled from the refusal's params.
_REFUSALS: dict[SheetRefusalKind, str] = {
    _R.MONTH_UNREADABLE: N_("Phần nhận dạng ẩn của phiếu {file} bị hỏng (tháng không đọc được)."),
    _R.OTHER_COMMUNE: N_("Phiếu {file} là của xã {other}, không phải của xã {commune}."),
    _R.OTHER_PLAN: N_(
        "Phiếu {file} thuộc kế hoạch số {other}, không phải kế hoạch đang theo dõi (số {plan})."
    ),
    _R.OTHER_MONTH: N_("Phiếu {file} là của tháng {other}, không phải tháng {month} đang nhập."),
    _R.OFFICE_GONE: N_(
        "Phiếu {file} là của đơn vị {office} (mã {id}), không còn trong danh sách đơn vị "
        "của xã."
    ),
    _R.CHECKSUM: N_(
        "Phần nhận dạng của phiếu {file} không khớp mã kiểm tra (phiếu ghi: xã {commune}, "
        "tháng {month}, đơn vị {office}): phiếu đã bị sửa hoặc do dữ liệu khác xuất ra."
    ),
    _R.MONTH_LOCKED: N_(
        "Tháng {month} đã chốt báo cáo nên phiếu {file} không được nhập; muốn nhập phải "
        "mở lại tháng này."
    ),
    _R.DUPLICATE: N_(
        "Phiếu {file} trùng đơn vị và tháng với phiếu {other} trong cùng lần nhập nên bị bỏ qua."
    ),
}
# A file that cannot be read as a sheet at all: "Phiếu {file}: {reason}", the reason from these.
_UNREADABLE: dict[SheetRefusalKind, str] = {
    _R.TOO_LARGE: N_("tệp quá lớn để là một phiếu báo cáo."),
    _R.NOT_FOUND: N_("không tìm thấy tệp."),
    _R.UNREADABLE: N_("không đọc được tệp ({reason})."),
}


def sheet_refusal_text(refusal: SheetRefusal) -> str:
    """The sentence saying why a returned file is not imported, in the active language."""
    words = dict(refusal.params)
    if refusal.kind in _REFUSALS:
        return _(_REFUSALS[refusal.kind]).format(**words)
    if refusal.rejected is not None:
        reason = import_refusal_text(refusal.rejected)
    else:
        reason = _(_UNREADABLE[refusal.kind]).format(**words)
    return _("Phiếu {file}: {reason}").format(file=words["file"], reason=reason)
