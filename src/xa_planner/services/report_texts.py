"""Default wording of the monthly report's sections I–V, written from the month's figures.

Document text is always Vietnamese (a legal document), so nothing here goes through ``_()``.
"""

from __future__ import annotations

from xa_planner.domain.monthly_report import Remark, TaskLine
from xa_planner.domain.statuses import ProgressStatus, Timing
from xa_planner.services.report_content import Totals, percent, vn_date

_S = ProgressStatus


def plan_reference(plan_title: str) -> str:
    """The plan as a sentence cites it: its title names what it does ("Triển khai thực hiện …"),
    so the document's kind goes before it ("Kế hoạch triển khai thực hiện …"), never a second verb."""
    title = " ".join(plan_title.split())
    if not title:
        return "Kế hoạch triển khai thực hiện Đề án 06 của xã"
    if title.casefold().startswith("kế hoạch"):
        return title
    return f"Kế hoạch {title[0].lower()}{title[1:]}"


def direction_text(commune: str, plan_title: str, month_label: str) -> tuple[str, ...]:
    plan = plan_reference(plan_title)
    return (
        f"Thực hiện {plan}, trong tháng {month_label} Công an xã đã tham mưu UBND xã {commune} "
        "chỉ đạo các cơ quan, đơn vị triển khai các nhiệm vụ được giao; theo dõi, đôn đốc "
        "tiến độ và tổng hợp kết quả thực hiện của các đơn vị.",
    )


def results_text(totals: Totals) -> tuple[str, ...]:
    """The month's figures in words, the same ones the report's tables count."""
    t, late = totals, Timing.OVERDUE
    paragraphs = [
        f"Tổng số nhiệm vụ theo dõi trong tháng: {t.total}; đã hoàn thành {t.done} "
        f"({percent(t.done, t.total)}), trong đó hoàn thành quá hạn {t.timed(_S.DONE, late)}; "
        f"đang thực hiện {t.of(_S.IN_PROGRESS)}, trong đó quá hạn {t.timed(_S.IN_PROGRESS, late)}; "
        f"chưa triển khai {t.of(_S.NOT_STARTED)}, trong đó quá hạn "
        f"{t.timed(_S.NOT_STARTED, late)}; không thực hiện {t.of(_S.DROPPED)}."
    ]
    if t.undated:
        paragraphs.append(
            f"Trong tổng số có {t.undated} nhiệm vụ không có thời hạn (thực hiện thường xuyên): "
            f"hoàn thành {t.timed(_S.DONE, None)}, đang thực hiện {t.timed(_S.IN_PROGRESS, None)}, "
            f"chưa triển khai {t.timed(_S.NOT_STARTED, None)}."
        )
    paragraphs.append(
        "Kết quả thực hiện của từng đơn vị và kết quả các chỉ tiêu Đề án 06 như các bảng dưới đây."
    )
    return tuple(paragraphs)


def remark_lines(remarks: tuple[Remark, ...], none_text: str) -> tuple[str, ...]:
    if not remarks:
        return (none_text,)
    return tuple(f"- {r.office}: {r.text.rstrip('.;')}." for r in remarks)


def shortcomings_text(
    difficulties: tuple[Remark, ...], overdue: tuple[TaskLine, ...]
) -> tuple[str, ...]:
    lines = list(remark_lines(difficulties, "Trong tháng, các đơn vị không báo cáo khó khăn."))
    if overdue:
        lines.append(f"Còn {len(overdue)} nhiệm vụ quá hạn chưa hoàn thành:")
        lines += [
            f"- {t.content.rstrip('.;')} ({t.lead or 'chưa giao'} chủ trì, hạn {vn_date(t.due)})."
            for t in overdue
        ]
    return tuple(lines)


def focus_text(focus: tuple[TaskLine, ...], month_label: str) -> tuple[str, ...]:
    if not focus:
        return (
            f"Tiếp tục triển khai các nhiệm vụ còn lại của kế hoạch trong tháng {month_label}.",
        )
    lines = []
    for task in focus:
        lead = task.lead or "chưa giao"
        when = (
            f"hoàn thành trước ngày {vn_date(task.due)}" if task.due else "thực hiện thường xuyên"
        )
        lines.append(f"- {task.content.rstrip('.;')} ({lead} chủ trì, {when}).")
    return tuple(lines)


def proposals_text(proposals: tuple[Remark, ...]) -> tuple[str, ...]:
    return remark_lines(proposals, "Không có đề xuất, kiến nghị.")
