"""`xa-planner parse --json` keeps the due date of deadline cells written as bare dates ("31/05/2025", "6/2025")."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PLAN = """\
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 45/KH-UBND                          Quảng Trị, ngày 10 tháng 4 năm 2025

KẾ HOẠCH
Cập nhật dữ liệu dân cư năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm dữ liệu dân cư đúng, đủ, sạch, sống.

II. NHIỆM VỤ CỤ THỂ
1. Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn
+ Cơ quan chủ trì: Sở Tư pháp.
+ Cơ quan phối hợp: Công an tỉnh.
+ Thời gian thực hiện: 31/05/2025
2. Cấp tài khoản định danh điện tử cho người dân
+ Cơ quan chủ trì: Công an tỉnh.
+ Thời gian thực hiện: 6/2025
3. Tổ chức tập huấn cho cán bộ một cửa cấp xã
+ Cơ quan chủ trì: Sở Nội vụ.
+ Thời gian thực hiện: 15-9-2025
4. Tổng kết, báo cáo kết quả thực hiện
+ Cơ quan chủ trì: Văn phòng UBND tỉnh.
+ Thời gian thực hiện: ngày 20 tháng 12 năm 2025
5. Số hóa hồ sơ lưu trữ hộ tịch
+ Cơ quan chủ trì: Sở Tư pháp.
+ Thời gian thực hiện: từ 01/6/2025 đến 30/11/2025
"""


DUE_BY_TIMEFRAME = {
    "31/05/2025": "2025-05-31",
    "6/2025": "2025-06-30",
    "15-9-2025": "2025-09-15",
    "ngày 20 tháng 12 năm 2025": "2025-12-20",
    "từ 01/6/2025 đến 30/11/2025": "2025-11-30",
}


def _xa_planner(tmp_path, *args: str) -> dict:
    """Run the command line in *tmp_path* with its own user folders; its --json answer."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())
    done = subprocess.run(
        [sys.executable, "-m", "xa_planner", *args, "--json"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_bare_date_deadline_cells_keep_their_due_dates_in_the_parsed_json(tmp_path):
    # Given a plan whose deadline cells are bare dates, as real provincial plans write them
    plan = tmp_path / "ke_hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    # When the officer's command line reads it
    tasks = _xa_planner(tmp_path, "parse", str(plan))["tasks"]
    # Then every task is due on the day its cell names, and none is flagged as unreadable
    assert [(t["timeframe"], t["due"]) for t in tasks] == list(DUE_BY_TIMEFRAME.items())
    assert not any("timeframe_not_understood" in t["doubts"] for t in tasks)


def test_a_commune_plan_derived_from_bare_date_deadlines_keeps_them(tmp_path):
    # Given that plan imported as a template into a commune's workspace
    (tmp_path / "ke_hoach.txt").write_text(PLAN, encoding="utf-8")
    _xa_planner(tmp_path, "init", "xa.xaplan", "--commune", "Vĩnh Thủy", "--province", "Quảng Trị")
    template = _xa_planner(tmp_path, "template", "import", "--workspace", "xa.xaplan", "ke_hoach.txt")
    # When the commune plan of 2025 is derived from it
    plan = _xa_planner(tmp_path, "plan", "derive", "--workspace", "xa.xaplan", "--template", str(template["id"]),
                       "--year", "2025")
    # Then each commune task is due on the day its source's cell names
    assert plan["tasks"]
    assert [t["due"] for t in plan["tasks"]] == [DUE_BY_TIMEFRAME[t["timeframe"]] for t in plan["tasks"]]
