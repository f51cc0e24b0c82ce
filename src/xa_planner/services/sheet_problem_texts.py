"""The words of a returned sheet's problems, translated in the language active when they are shown."""

from __future__ import annotations

from xa_planner.domain.sheet_problems import SheetProblem, SheetProblemKind
from xa_planner.localization import N_, _

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
