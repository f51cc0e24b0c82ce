"""The line that asks for a signer's name the profile does not have yet."""

from __future__ import annotations

from xa_planner.localization import _


def plan_signer_missing() -> str:
    return _(
        "Chưa có tên người ký kế hoạch (Chủ tịch UBND): văn bản để dòng chấm để ký tên bằng tay. "
        "Nhập tên tại Công cụ → Thông tin xã."
    )


def report_signer_missing() -> str:
    return _(
        "Chưa có tên người ký báo cáo (Trưởng Công an xã): văn bản để dòng chấm để ký tên bằng "
        "tay. Nhập tên tại Công cụ → Thông tin xã."
    )
