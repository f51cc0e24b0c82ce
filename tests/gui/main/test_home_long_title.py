"""A long plan title wraps on the home page and is drawn whole, not under the figures below it."""

from __future__ import annotations

import sqlite3

from xa_planner.gui.main.main_window import MainWindow

LONG_TITLE = (
    "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác "
    "thực điện tử phục vụ chuyển đổi số quốc gia, giai đoạn 2022 - 2025 tầm nhìn đến năm 2030” "
    "trên địa bàn xã Vĩnh Thủy năm 2026"
)


def test_a_long_plan_title_gets_the_lines_it_needs(qtbot, translator, demo_workspace, today):
    with sqlite3.connect(demo_workspace.path) as conn:
        conn.execute("UPDATE plans SET title = ?", (LONG_TITLE,))
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    label = window.home_page._ui.plan_label
    qtbot.waitUntil(lambda: LONG_TITLE in label.text())
    qtbot.wait(50)
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5  # it wraps
    assert label.height() >= label.heightForWidth(label.width())
    window.resize(1280, 720)
    qtbot.wait(50)
    assert label.height() >= label.heightForWidth(label.width())
