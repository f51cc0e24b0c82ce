"""Switching the language changes every visible text live, Qt's own buttons included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.widgets.translator import install_language


def test_the_menus_switch_to_english_and_back_without_restart(qtbot, qapp, translator, demo_workspace, today):
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    assert window.menu_titles() == ["&Tệp", "&Kế hoạch", "&Báo cáo", "&Công cụ", "Trợ &giúp"]

    install_language(qapp, translator, "en")

    assert window.menu_titles() == ["&File", "&Plan", "&Reports", "&Tools", "&Help"]
    assert window.plan_page.model.headerData(1, Qt.Orientation.Horizontal) == "Task"
    assert "Commune:" in window._commune_label.text()

    install_language(qapp, translator, "vi")

    assert window.menu_titles()[0] == "&Tệp"
    assert "Xã:" in window._commune_label.text()


def test_choosing_english_in_the_menu_asks_the_app_to_switch(qtbot, translator, demo_workspace, today):
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.language_chosen) as signal:
        window._ui.english_action.trigger()
    assert signal.args == ["en"]


def test_standard_buttons_speak_vietnamese_and_english(qtbot, qapp, translator):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Hủy"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"

    install_language(qapp, translator, "en")

    assert cancel.text() == "Cancel"


def test_home_page_texts_follow_the_language(qtbot, qapp, translator, demo_workspace, today):
    window = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    label = window.home_page._ui.days_left_label
    assert "ngày" in label.text() or "hạn" in label.text()

    install_language(qapp, translator, "en")

    assert "day" in label.text() or "deadline" in label.text()


def test_qts_own_file_dialog_speaks_vietnamese_and_english_when_chosen(qtbot, qapp, translator, tmp_path):
    # The dialog an officer meets on a Linux desktop without a portal: Qt's own widgets.
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {name: dialog.findChild(QLabel, name) for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    assert [labels[n].text() for n in labels] == ["&Tìm trong:", "Tên &tệp:", "&Loại tệp:"]
    install_language(qapp, translator, "en")
    assert labels["lookInLabel"].text() == "&Look in:"
