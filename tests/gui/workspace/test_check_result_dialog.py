"""Công cụ → Kiểm tra dữ liệu answers in words, in the interface's language: no "ok", no code names."""

from __future__ import annotations

import re

from xa_planner.gui.widgets.translator import install_language
from xa_planner.gui.workspace.check_result_dialog import CheckResultDialog
from xa_planner.services.views import CheckReport
from xa_planner.storage import schema


def _shown(dialog: CheckResultDialog) -> list[str]:
    ui = dialog._ui
    return [ui.verdict_label.text(), ui.integrity_label.text(), ui.links_label.text(), ui.revision_label.text()]


def test_a_healthy_workspace_is_reported_in_vietnamese_words(qtbot, translator, demo_workspace):
    dialog = CheckResultDialog(demo_workspace.maintenance.check())
    qtbot.addWidget(dialog)
    shown = _shown(dialog)
    assert shown[0] == "Dữ liệu không có lỗi." and shown[1] == "Tốt"
    head = int(schema.HEAD_REVISION.split("_")[0])
    assert shown[3] == f"phiên bản {head}"
    assert not [t for t in shown if t.lower() == "ok" or re.search(r"[a-z]_[a-z]", t)]


def test_the_check_speaks_english_when_english_is_chosen(qtbot, qapp, translator, demo_workspace):
    dialog = CheckResultDialog(demo_workspace.maintenance.check())
    qtbot.addWidget(dialog)
    install_language(qapp, translator, "en")
    shown = _shown(dialog)
    assert shown[1] == "Good" and shown[3].startswith("version ")


def test_damage_is_counted_and_its_technical_details_kept_for_whoever_helps(qtbot, translator):
    report = CheckReport(False, "row 3 missing from index", 0, "0002_add_tracking_tables",
                         ("row 3 missing from index", "wrong # of entries in index"))
    dialog = CheckResultDialog(report)
    qtbot.addWidget(dialog)
    assert _shown(dialog)[1] == "Có 2 chỗ hỏng (chi tiết kỹ thuật ở dưới)"
    assert _shown(dialog)[3] == "phiên bản 2"
    assert dialog._ui.messages_list.count() == 2
