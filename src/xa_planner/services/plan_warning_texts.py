"""The words of the importer's warnings about a plan, translated in the language active when shown."""

from __future__ import annotations

from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning
from xa_planner.localization import N_, _, ngettext

_W = PlanWarning
# One sentence per code; the warning's params fill its {placeholders}. The count of tasks
# without a lead takes a plural form: plan_warning_text words that one itself.
_SENTENCES: dict[PlanWarning, str] = {
    _W.NO_TASKS: N_(
        "Không tìm thấy nhiệm vụ nào trong tệp; hãy kiểm tra lại tệp hoặc thêm nhiệm vụ bằng tay."
    ),
    _W.REPEATED_NUMBERS: N_(
        "Số thứ tự bị lặp lại trong kế hoạch: {refs}; hãy kiểm tra các nhiệm vụ này."
    ),
    _W.REPEATED_TASK_MERGED: N_(
        "Nhiệm vụ {ref} được nêu lại ở {other}; đã gộp thành một nhiệm vụ."
    ),
    _W.PLAIN_TEXT_EXTENSION: N_(
        "Tệp có đuôi .{ext} nhưng thực chất là văn bản thường; đã đọc như văn bản."
    ),
    _W.LINES_TRUNCATED: N_("Chỉ đọc {limit} dòng đầu của tệp."),
    _W.PDF_PAGES_LIMITED: N_("Chỉ đọc {limit} trang đầu của tệp PDF."),
    _W.PDF_TABLES_LIMITED: N_(
        "Chỉ tìm bảng trong {count} trang đầu vì tệp PDF quá dài; "
        "các trang sau đọc như văn bản thường."
    ),
    _W.PDF_PAGE_TOO_BUSY: N_(
        "Trang {page} có quá nhiều ô hoặc đường kẻ; đã đọc như văn bản thường."
    ),
    _W.SCAN_PAGES_LIMITED: N_("Chỉ nhận dạng {limit} trang đầu của bản quét."),
    _W.SCAN_PAGE_SKIPPED: N_("Trang {page} nhận dạng quá lâu hoặc bị lỗi nên đã bỏ qua."),
}


def plan_warning_text(warning: ParsedWarning) -> str:
    """The sentence *warning* stands for, in the active language, its data filled in."""
    params = dict(warning.params)
    if warning.code is PlanWarning.TASKS_WITHOUT_LEAD:
        count = int(params["count"])
        return ngettext(
            "{count} nhiệm vụ chưa có cơ quan chủ trì.",
            "{count} nhiệm vụ chưa có cơ quan chủ trì.",
            count,
        ).format(count=count)
    return _(_SENTENCES[warning.code]).format(**params)

