"""A time-frame label written without its colon is read with the plan's year, like any time frame."""

from __future__ import annotations

import datetime as dt

from xa_planner.importing import parse_plan_bytes

PLAN = """UỶ BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 12/KH-UBND
KẾ HOẠCH
Triển khai Đề án 06 năm 2026
II. NHIỆM VỤ CỤ THỂ
1. Rà soát, làm sạch dữ liệu dân cư trên địa bàn
- Đơn vị chủ trì: Công an tỉnh
- Thời gian thực hiện Quý IV
2. Tuyên truyền về dịch vụ công trực tuyến
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
- Thời gian thực hiện: Quý III/2026
"""


def test_a_time_label_without_colon_and_without_year_takes_the_plans_year():
    # Given a 2026 plan whose first task says "Thời gian thực hiện Quý IV" (no colon, no year)
    # When it is imported
    plan = parse_plan_bytes(PLAN.encode("utf-8"), "ke_hoach.txt")

    # Then that line is the task's time frame, due at the end of 2026's fourth quarter
    first, second = plan.tasks
    assert (first.timeframe, first.due) == ("Quý IV", dt.date(2026, 12, 31))
    assert "label_guessed" in first.doubts  # the missing colon is still shown for review
    assert (second.timeframe, second.due) == ("Quý III/2026", dt.date(2026, 9, 30))
