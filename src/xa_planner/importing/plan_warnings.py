"""Warnings about a parsed plan as a whole, shown above the review list."""

from __future__ import annotations

from collections import Counter

from xa_planner.importing.parsed_plan import DOUBT_NO_LEAD, ParsedTask
from xa_planner.localization import _, ngettext


def plan_warnings(tasks: list[ParsedTask]) -> list[str]:
    """No tasks at all, repeated numbering, tasks without a lead."""
    if not tasks:
        return [
            _(
                "Không tìm thấy nhiệm vụ nào trong tệp; hãy kiểm tra lại tệp hoặc thêm nhiệm vụ bằng tay."
            )
        ]
    warnings = []
    repeated = sorted(ref for ref, count in Counter(t.ref for t in tasks).items() if count > 1)
    if repeated:
        warnings.append(
            _("Số thứ tự bị lặp lại trong kế hoạch: {refs}; hãy kiểm tra các nhiệm vụ này.").format(
                refs=", ".join(repeated)
            )
        )
    without_lead = sum(DOUBT_NO_LEAD in t.doubts for t in tasks)
    if without_lead:
        warnings.append(
            ngettext(
                "{count} nhiệm vụ chưa có cơ quan chủ trì.",
                "{count} nhiệm vụ chưa có cơ quan chủ trì.",
                without_lead,
            ).format(count=without_lead)
        )
    return warnings
